"""``python -m arabicnews.evaluate quantities [--split SPLIT]``: the quantity stage against a gold.

The gold (``benchmarks/quantity_gold.jsonl``) is hand-annotated, one JSON line per document: where
its text is in the public corpora (SaudiNewsNet article, WikiNews line, ANERcorp train sentence),
the SHA-1 of that text, the document's split and its quantities as ``[start, end)`` offsets with
their fields. The texts are read from ``../shared/data`` at evaluation time and never stored in the
repository. The guideline and the scoring rules are in docs/quantities.md («Evaluation against a
hand-annotated gold»).

Scoring: a system quantity matches a gold one when their spans overlap (one to one, largest
overlap first); detection P/R/F1 count the matches (and, for the exact-span figures, only matches
with equal spans); value, qualifier, kind and unit are judged on matched pairs; «fully right» is
the share of all gold quantities matched with all four right.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import regex
from attrs import define, field, frozen

from arabicnews.core.errors import ArabicNewsError
from arabicnews.core.normalize import normalize
from arabicnews.evaluate.corpora import default_data_dir, read_anercorp
from arabicnews.evaluate.scores import precision_recall_f1
from arabicnews.model.quantity import Quantity

STYLES: tuple[str, ...] = ("saudinewsnet", "wikinews", "anercorp")
SPLITS: tuple[str, ...] = ("dev", "dev2", "dev3", "dev4", "dev5", "test", "all")
# The gold's splits: «dev» (the first development set), «dev2» (a fresh one, annotated after dev was
# used up as a guide), «dev3» (a third, annotated after dev2 was used up too), «dev4» (a fourth, after
# dev3), «dev5» (a fifth, after dev4), «test» (held out).
GOLD_SPLITS: tuple[str, ...] = ("dev", "dev2", "dev3", "dev4", "dev5", "test")
# Dates and ordinals have no unit; a date's calendar, part and relative word stand in for it.
NO_UNIT_KINDS = frozenset({"date", "ordinal"})
RESERVED_FILE = "2015-08-11.json"  # SaudiNewsNet day kept for independent evaluation
# Splits kept in a gold file of their own: «dev6» (issue 15, session 9) is reserved, an unseen check
# scored on main when it was drawn and again at the end of the session, never tuned on; «dev7» (issue
# 15, session 10) likewise, in its turn; both are tuning sets since. «dev8» (issue 15, session 10) is a
# tuning set, rich in figures. «dev9» (issue 15, session 11) was reserved like dev6 and dev7, a tuning
# set since session 12; «dev10» (session 11) is a tuning set. «dev11» (session 12) was reserved, a
# tuning set since session 14; «dev12» (session 12) is a tuning set. «dev13» (session 14) was reserved, a
# tuning set since session 15; «dev14» (session 15) was reserved, a tuning set since session 16; «dev15»
# (session 16) was reserved, a tuning set since session 17; «dev16» (session 17) was reserved, a tuning set
# since session 18; «dev17» (session 18, 2015-07-22 / 2015-07-31) was reserved, a tuning set since session 20.
# «dev18» (session 20, 2015-07-22 / 2015-07-31 again) was reserved in sessions 20-21, a tuning set since
# session 22. «dev19» (session 22, 2015-08-06 / 2015-08-10) was reserved in sessions 22-23 (scored by
# the lead only), a tuning set since session 24. «dev20» (session 24, 2015-08-06 / 2015-08-10 again) was reserved
# in sessions 24-25 (scored by the lead only), a tuning set since session 26. «dev21» (session 26, 2015-08-06 /
# 2015-08-10 again) is reserved: scored once by the lead on main after its merge and at a session's end, never
# tuned on, its errors never read.
OWN_FILE_SPLITS: dict[str, str] = {
    "dev6": "quantity_gold_dev6.jsonl",
    "dev7": "quantity_gold_dev7.jsonl",
    "dev8": "quantity_gold_dev8.jsonl",
    "dev9": "quantity_gold_dev9.jsonl",
    "dev10": "quantity_gold_dev10.jsonl",
    "dev11": "quantity_gold_dev11.jsonl",
    "dev12": "quantity_gold_dev12.jsonl",
    "dev13": "quantity_gold_dev13.jsonl",
    "dev14": "quantity_gold_dev14.jsonl",
    "dev15": "quantity_gold_dev15.jsonl",
    "dev16": "quantity_gold_dev16.jsonl",
    "dev17": "quantity_gold_dev17.jsonl",
    "dev18": "quantity_gold_dev18.jsonl",
    "dev19": "quantity_gold_dev19.jsonl",
    "dev20": "quantity_gold_dev20.jsonl",
    "dev21": "quantity_gold_dev21.jsonl",
}
SPLITS = (*SPLITS, *OWN_FILE_SPLITS)


def default_gold_path(split: str = "dev") -> Path:
    """``benchmarks/quantity_gold.jsonl`` of the project checkout (for «dev6» to «dev21», their own files)."""
    return Path(__file__).resolve().parents[2] / "benchmarks" / OWN_FILE_SPLITS.get(split, "quantity_gold.jsonl")


class GoldError(ArabicNewsError, ValueError):
    """A gold file that cannot be read, or a text that is not the one the gold was made on."""


def _number(value: object) -> Fraction | None:
    """An exact number from a gold string («1/2», «3.5», «45500000») or a system value."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise GoldError(f"not a number: {value!r}")
    if isinstance(value, int | Fraction):
        return Fraction(value)
    if isinstance(value, Decimal):
        return Fraction(value)
    if isinstance(value, str):
        try:
            return Fraction(value)
        except ValueError:
            raise GoldError(f"not a number: {value!r} (write «3.5», «1/3» or «45500000»)") from None
    raise GoldError(f"not a number: {value!r}")


@frozen
class Item:
    """One quantity, gold or predicted, reduced to what is scored (numbers as exact fractions)."""

    start: int
    end: int
    kind: str
    qualifier: str = "exact"
    value: Fraction | None = None
    low: Fraction | None = None
    high: Fraction | None = None
    unit: str | None = None
    currency: str | None = None
    magnitude: int | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    calendar: str | None = None
    part: str | None = None
    relative: str | None = None

    @classmethod
    def from_quantity(cls, q: Quantity) -> Item:
        """The scored fields of a system quantity."""
        return cls(
            start=q.start,
            end=q.end,
            kind=q.kind,
            qualifier=q.qualifier,
            value=_number(q.value),
            low=_number(q.low),
            high=_number(q.high),
            unit=q.unit,
            currency=q.currency,
            magnitude=q.magnitude,
            day=q.day,
            month=q.month,
            year=q.year,
            calendar=q.calendar,
            part=q.part,
            relative=q.relative,
        )

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Item:
        """A gold quantity from its JSON record (absent fields are ``None``)."""
        try:
            start, end, kind = int(d["start"]), int(d["end"]), str(d["kind"])
        except KeyError as exc:
            raise GoldError(f"a gold quantity needs start, end and kind; {exc.args[0]!r} is missing: {d}") from None

        def opt_int(key: str) -> int | None:
            v = d.get(key)
            return None if v is None else int(v)

        def opt_str(key: str) -> str | None:
            v = d.get(key)
            return None if v is None else str(v)

        return cls(
            start=start,
            end=end,
            kind=kind,
            qualifier=str(d.get("qualifier", "exact")),
            value=_number(d.get("value")),
            low=_number(d.get("low")),
            high=_number(d.get("high")),
            unit=opt_str("unit"),
            currency=opt_str("currency"),
            magnitude=opt_int("magnitude"),
            day=opt_int("day"),
            month=opt_int("month"),
            year=opt_int("year"),
            calendar=opt_str("calendar"),
            part=opt_str("part"),
            relative=opt_str("relative"),
        )


@frozen
class GoldDocument:
    """One annotated document: where its text is, its SHA-1, its split and its gold quantities."""

    id: str
    style: str
    split: str
    sha1: str
    locator: Mapping[str, Any]
    quantities: tuple[Item, ...]


def load_gold(path: Path) -> list[GoldDocument]:
    """The documents of a gold file (JSON Lines, one document a line)."""
    docs: list[GoldDocument] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            style, split, sha1 = str(rec["style"]), str(rec["split"]), str(rec["sha1"])
        except (json.JSONDecodeError, KeyError) as exc:
            raise GoldError(f"{path}:{n}: not a gold document ({exc})") from None
        if style not in STYLES:
            raise GoldError(f"{path}:{n}: unknown style {style!r}; choose one of {', '.join(STYLES)}")
        if split not in GOLD_SPLITS and split not in OWN_FILE_SPLITS:
            raise GoldError(f"{path}:{n}: split must be one of {', '.join(GOLD_SPLITS)}, not {split!r}")
        if rec.get("file") == RESERVED_FILE:
            raise GoldError(f"{path}:{n}: {RESERVED_FILE} is reserved for independent evaluation")
        locator = {k: v for k, v in rec.items() if k in ("file", "index", "line", "sentence", "url", "source")}
        items = tuple(Item.from_dict(q) for q in rec.get("quantities", ()))
        docs.append(GoldDocument(str(rec.get("id", f"line-{n}")), style, split, sha1, locator, items))
    return docs


@define
class TextReader:
    """Reads the text of a gold document from the corpora in ``data_dir``, each corpus file once."""

    data_dir: Path
    _json: dict[str, list[dict[str, Any]]] = field(factory=dict)
    _lines: list[str] | None = None
    _anercorp: list[str] | None = None

    def text(self, doc: GoldDocument) -> str:
        """The document's text, checked against its SHA-1."""
        loc = doc.locator
        if doc.style == "saudinewsnet":
            name = str(loc["file"])
            if name not in self._json:
                path = self.data_dir / "saudinewsnet" / name
                self._json[name] = json.loads(path.read_text(encoding="utf-8"))
            text = str(self._json[name][int(loc["index"])].get("content") or "")
        elif doc.style == "wikinews":
            if self._lines is None:
                path = self.data_dir / "wikinews_qcri_segmentation" / "WikiNewsTruth.txt"
                self._lines = path.read_text(encoding="utf-8").split("\n")
            text = self._lines[int(loc["line"])]
        else:
            if self._anercorp is None:
                self._anercorp = [" ".join(s.tokens) for s in read_anercorp(self.data_dir, "train")]
            text = self._anercorp[int(loc["sentence"])]
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != doc.sha1:
            raise GoldError(
                f"{doc.id}: the text in {self.data_dir} is not the one the gold was annotated on "
                f"(SHA-1 differs); check the corpus copy ({dict(loc)})"
            )
        return text


def match(gold: Sequence[Item], predicted: Sequence[Item]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, predicted index)`` of overlapping spans, largest overlap first."""
    candidates: list[tuple[int, int, int]] = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                candidates.append((-overlap, i, j))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def unit_key(unit: str | None) -> str | None:
    """A unit text compared as the project matches text: normalised, whitespace collapsed."""
    if unit is None:
        return None
    key = regex.sub(r"\s+", " ", normalize(unit)).strip()
    return key or None


@frozen
class Judgement:
    """Which attributes of a matched system quantity agree with the gold one."""

    value: bool
    qualifier: bool
    kind: bool
    unit: bool

    @property
    def fully(self) -> bool:
        return self.value and self.qualifier and self.kind and self.unit

    def wrong(self) -> list[str]:
        """The names of the attributes that disagree."""
        return [name for name in ("value", "qualifier", "kind", "unit") if not getattr(self, name)]


def judge(gold: Item, pred: Item) -> Judgement:
    """Compare a matched pair (the rules are in docs/quantities.md, «How it is scored»)."""
    if gold.kind == "date":
        value = (gold.day, gold.month, gold.year, gold.low, gold.high) == (
            pred.day,
            pred.month,
            pred.year,
            pred.low,
            pred.high,
        )
        unit = (
            gold.part == pred.part
            and gold.relative == pred.relative
            and (gold.calendar is None or gold.calendar == pred.calendar)
        )
    else:
        if gold.qualifier == "vague":
            value = gold.magnitude == pred.magnitude
        elif gold.value is None:  # a range: its two ends
            value = (gold.low, gold.high) == (pred.low, pred.high)
        else:  # the number itself; the bound it sets is the qualifier's business
            value = gold.value == pred.value
        if gold.kind in NO_UNIT_KINDS:
            unit = True
        else:
            unit = unit_key(gold.unit) == unit_key(pred.unit)
            if gold.kind == "money":
                unit = unit and gold.currency == pred.currency
    return Judgement(value, gold.qualifier == pred.qualifier, gold.kind == pred.kind, unit)


@define
class Tally:
    """Counts of one set of documents."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    value: int = 0
    qualifier: int = 0
    kind: int = 0
    unit: int = 0
    fully: int = 0

    def add(self, other: Tally) -> None:
        for name in ("gold", "predicted", "matched", "exact", "value", "qualifier", "kind", "unit", "fully"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def overlap_prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1 of detection, spans matched by overlap."""
        return precision_recall_f1(self.matched, self.predicted, self.matched, self.gold)

    @property
    def exact_prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1 of detection, only equal spans counted."""
        return precision_recall_f1(self.exact, self.predicted, self.exact, self.gold)

    def on_matched(self, name: str) -> float:
        """The share of matched items whose attribute ``name`` is right."""
        return getattr(self, name) / self.matched if self.matched else 0.0

    @property
    def fully_right(self) -> float:
        """The share of all gold quantities found with value, qualifier, kind and unit right."""
        return self.fully / self.gold if self.gold else 0.0


@frozen
class Error:
    """A missed, extra or wrong quantity, for ``--show-errors``."""

    doc: str
    what: str  # "missed", "extra" or "wrong: value, unit"
    text: str
    start: int
    end: int
    gold: Item | None
    pred: Item | None


def score_document(
    gold: Sequence[Item], predicted: Sequence[Item], doc: str = "", text: str = ""
) -> tuple[Tally, list[Error]]:
    """The counts of one document and its errors."""
    tally = Tally(gold=len(gold), predicted=len(predicted))
    errors: list[Error] = []
    pairs = match(gold, predicted)
    for i, j in pairs:
        g, p = gold[i], predicted[j]
        j_ = judge(g, p)
        tally.matched += 1
        tally.exact += (g.start, g.end) == (p.start, p.end)
        tally.value += j_.value
        tally.qualifier += j_.qualifier
        tally.kind += j_.kind
        tally.unit += j_.unit
        tally.fully += j_.fully
        if not j_.fully:
            errors.append(Error(doc, "wrong: " + ", ".join(j_.wrong()), text, g.start, g.end, g, p))
    found_g = {i for i, _ in pairs}
    found_p = {j for _, j in pairs}
    errors += [Error(doc, "missed", text, g.start, g.end, g, None) for i, g in enumerate(gold) if i not in found_g]
    errors += [Error(doc, "extra", text, p.start, p.end, None, p) for j, p in enumerate(predicted) if j not in found_p]
    return tally, errors


def predict(text: str) -> list[Item]:
    """The quantity stage's output on ``text``, as scored items."""
    from arabicnews.stages.quantities import find_quantities

    return [Item.from_quantity(q) for q in find_quantities(text)]


def format_table(tallies: Mapping[str, Tally]) -> str:
    """A Markdown table: detection by overlap and exact span, attributes on matched, fully right."""
    lines = [
        "| style | gold | system | overlap P / R / F1 | exact span P / R / F1 "
        "| value | qualifier | kind | unit | fully right (all gold) |",
        "|---|---:|---:|---|---|---:|---:|---:|---:|---:|",
    ]
    for name, t in tallies.items():
        op, orr, of = t.overlap_prf
        ep, er, ef = t.exact_prf
        lines.append(
            f"| {name} | {t.gold} | {t.predicted} | {100 * op:.1f} / {100 * orr:.1f} / {100 * of:.1f} "
            f"| {100 * ep:.1f} / {100 * er:.1f} / {100 * ef:.1f} "
            f"| {100 * t.on_matched('value'):.1f} | {100 * t.on_matched('qualifier'):.1f} "
            f"| {100 * t.on_matched('kind'):.1f} | {100 * t.on_matched('unit'):.1f} "
            f"| {100 * t.fully_right:.1f} % |"
        )
    return "\n".join(lines)


def _describe(item: Item | None) -> str:
    if item is None:
        return "-"
    fields: dict[str, object]
    if item.kind == "date":
        fields = {"day": item.day, "month": item.month, "year": item.year, "low": item.low, "high": item.high}
        fields |= {"calendar": item.calendar, "part": item.part, "relative": item.relative}
    else:
        fields = {"value": item.value, "low": item.low, "high": item.high, "unit": item.unit}
        fields |= {"currency": item.currency, "magnitude": item.magnitude}
    shown = " ".join(f"{k}={v}" for k, v in fields.items() if v is not None)
    return f"{item.kind}/{item.qualifier} {shown}".strip()


def format_errors(errors: Iterable[Error], limit: int) -> str:
    """Up to ``limit`` errors of each sort (missed, extra, wrong), in context."""
    by_sort: dict[str, list[Error]] = {"missed": [], "extra": [], "wrong": []}
    for e in errors:
        by_sort[e.what.split(":")[0]].append(e)
    out: list[str] = []
    for sort, errs in by_sort.items():
        out.append(f"\n{sort}: {len(errs)}")
        for e in errs[:limit]:
            left = e.text[max(0, e.start - 30) : e.start].replace("\n", " ")
            right = e.text[e.end : e.end + 30].replace("\n", " ")
            span = e.text[e.start : e.end]
            if e.gold is not None and e.pred is not None:
                span += f" | system span «{e.text[e.pred.start : e.pred.end]}»"
            out.append(f"  {e.doc} [{e.what}] …{left}«{span}»{right}…")
            out.append(f"      gold:   {_describe(e.gold)}")
            out.append(f"      system: {_describe(e.pred)}")
    return "\n".join(out)


def evaluate(
    docs: Sequence[GoldDocument], reader: TextReader, split: str = "dev"
) -> tuple[dict[str, Tally], list[Error]]:
    """Score the stage on the documents of ``split``: tallies for ``all`` and per style, and the errors."""
    tallies: dict[str, Tally] = {"all": Tally(), **{s: Tally() for s in STYLES}}
    errors: list[Error] = []
    for doc in docs:
        if split != "all" and doc.split != split:
            continue
        text = reader.text(doc)
        tally, errs = score_document(doc.quantities, predict(text), doc.id, text)
        tallies["all"].add(tally)
        tallies[doc.style].add(tally)
        errors += errs
    return tallies, errors


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m arabicnews.evaluate quantities",
        description="Score the quantity stage against the hand-annotated gold (docs/quantities.md).",
    )
    parser.add_argument("--split", choices=SPLITS, default="dev",
                        help="dev (default), dev2 to dev21 (dev21 reserved), test (score once), all")  # fmt: skip
    parser.add_argument("--show-errors", type=int, default=0, metavar="N",
                        help="print up to N missed, N extra and N wrong quantities in context")  # fmt: skip
    parser.add_argument("--gold", type=Path, default=None,
                        help="default: benchmarks/quantity_gold.jsonl (dev6 to dev21: their own files)")  # fmt: skip
    parser.add_argument("--data-dir", type=Path, default=None, help="default: ../shared/data")
    args = parser.parse_args(list(argv))
    gold_path: Path = args.gold or default_gold_path(args.split)
    data_dir: Path = args.data_dir or default_data_dir()
    try:
        docs = load_gold(gold_path)
        tallies, errors = evaluate(docs, TextReader(data_dir), args.split)
    except (OSError, GoldError, IndexError, KeyError) as exc:
        print(f"cannot score quantities ({gold_path}, {data_dir}): {exc}", file=sys.stderr)
        return 2
    n_docs = sum(1 for d in docs if args.split == "all" or d.split == args.split)
    print(f"quantities, split {args.split}: {n_docs} documents, {tallies['all'].gold} gold quantities")
    print(format_table({k: t for k, t in tallies.items() if k == "all" or t.gold or t.predicted}))
    if args.show_errors:
        print(format_errors(errors, args.show_errors))
    return 0
