"""Near copies across the project's evaluation sets: a held-out, test or reserved document that is
(nearly) the same text as a document of a tuning set.

SaudiNewsNet carries the same wire story several times (another outlet's header, other punctuation,
a paragraph more or less). A held-out document that is a near copy of a tuning document was in
effect seen while the rules were chosen, and flatters the held-out figure. This compares texts
only: no set is scored and no error of any set is read.

Near copy (the measure of the dev7 draw, ``quantity_gold_select_dev7.py``, which imports it from
here): at least a third (``NEAR_COPY_SHARE``) of one document's word 6-grams are in the other. A
pair is listed when either of its two documents passes; the table gives both shares.

Pairs compared, each set with its role (``SETS``):

- a held-out or test set against every tuning set: quantities ``test`` against ``dev`` to ``dev6``,
  the attribution golds' held-out halves (``heldout`` in ``attribution_gold2.jsonl``,
  ``old_heldout`` in ``attribution_gold.jsonl``, the split ``attribution_eval.py`` scores by default
  and the first file's two held-out days) against ``dev`` to ``dev6`` and ``dev8``, and each
  against the other task's tuning sets (marked «other task»: the rules of one stage were not
  chosen on them);
- the two clitic dev sets against each other (both tuning; dev3 gave the unseen estimate of its round);
- every set against the reserved sets (role ``reserved`` in ``SETS``; in session 26 attribution
  ``dev24``, drawn in session 25, and quantity ``dev21``, drawn in session 26; quantity ``dev20``, drawn in
  session 24, is a tuning set since session 26; the first were quantity ``dev7`` and attribution ``dev7`` =
  ``attribution_gold8.jsonl``, which is left out, with a note, where it is not in the checkout).

Documents: a quantity gold document's text (SaudiNewsNet article, WikiNews line or ANERcorp
sentence), an attribution gold's article, a clitic gold's excerpt (its article up to ``end``); each
text is checked against its SHA-1. Gold items: quantities; attributions and negative sentences;
scored words (clitics).

``--all`` lists the pairs of any two sets, two tuning sets too: a later set's first scoring was an
unseen estimate, flattered by a near copy in an earlier one. ``--snapshot`` adds, per reserved or
held-out set, its documents that are (near copies of) texts of ``benchmarks/snapshot.py``: their
default-pipeline output is compared between two checkouts.

Usage: python benchmarks/gold_overlap.py [--data DIR] [--attribution-dev7 PATH] [--all] [--snapshot]
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabicnews.evaluate.quantities import TextReader, load_gold  # noqa: E402
from arabicnews.evaluate.segmentation import ARABIC_RUN  # noqa: E402
from arabicnews.evaluate.tokens_dev2 import dev2_excerpts  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from snapshot import texts as snapshot_texts  # noqa: E402

BENCH = ROOT / "benchmarks"
NEAR_COPY_SHARE = 1 / 3  # of a document's word 6-grams found in one other text
K = TypeVar("K", bound=Hashable)


@functools.lru_cache(maxsize=12_000)
def word_6grams(text: str) -> frozenset[tuple[str, ...]]:
    """The text's runs of six consecutive words (``\\w+``), as a set; kept for the last 12,000 texts (the
    SaudiNewsNet days are about 9,200 articles), as the draws and their tests index the same articles many
    times in one process (``tests/test_gold_selection.py`` runs the select scripts in its own)."""
    words = regex.findall(r"\w+", text)
    return frozenset(tuple(words[i : i + 6]) for i in range(len(words) - 5))


class NearCopyIndex(Generic[K]):
    """The word 6-grams of the texts ``of``, indexed once for many near-copy tests against them (a draw
    tests one candidate at a time, ``quantity_gold_select_dev17.py``)."""

    def __init__(self, of: Mapping[K, str]) -> None:
        self.where: dict[tuple[str, ...], set[K]] = {}
        self.size: dict[K, int] = {}
        for key, text in of.items():
            grams = word_6grams(text)
            self.size[key] = len(grams)
            for s in grams:
                self.where.setdefault(s, set()).add(key)

    def _shared(self, key: K, text: str) -> tuple[int, Counter[K]]:
        own = word_6grams(text)
        return len(own), Counter(k for s in own for k in self.where.get(s, ()) if k != key)

    def holding(self, key: K, text: str) -> dict[K, float]:
        """``other key: share`` for each indexed text (another key than ``key``) that holds at least
        ``NEAR_COPY_SHARE`` of ``text``'s word 6-grams, the share that it holds."""
        n, shared = self._shared(key, text)
        return {other: c / n for other, c in shared.items() if c >= NEAR_COPY_SHARE * n}

    def held_by(self, key: K, text: str) -> dict[K, float]:
        """``other key: share`` for each indexed text (another key than ``key``) of which ``text`` holds at
        least ``NEAR_COPY_SHARE`` of the word 6-grams, the share of them it holds (the other way round)."""
        _, shared = self._shared(key, text)
        return {other: c / self.size[other] for other, c in shared.items() if c >= NEAR_COPY_SHARE * self.size[other]}


@functools.lru_cache(maxsize=2)
def _index_of(of: tuple[tuple[K, str], ...]) -> NearCopyIndex[K]:
    """The index of the texts ``of``, kept for the next call with the same texts (a draw tests candidate after
    candidate against the same golds: ``clitic_gold_select_dev5.py``, ``clitic_gold_select_dev6.py``)."""
    return NearCopyIndex(dict(of))


def near_copy_pairs(articles: Mapping[K, str], of: Mapping[K, str]) -> dict[tuple[K, K], float]:
    """``(article key, other key): share`` for each text of ``of`` (another key than the article's own)
    that holds at least ``NEAR_COPY_SHARE`` of the article's word 6-grams, the share that it holds."""
    index = _index_of(tuple(of.items())) if len(of) <= 5_000 else NearCopyIndex(of)
    return {(key, other): share for key, text in articles.items() for other, share in index.holding(key, text).items()}


def near_copies(articles: Mapping[K, str], of: Mapping[K, str]) -> set[K]:
    """The keys of ``articles`` whose word 6-grams are at least ``NEAR_COPY_SHARE`` in one text of ``of``
    (another key than their own)."""
    return {key for key, _ in near_copy_pairs(articles, of)}


def shared_share(text: str, other: str) -> float:
    """The share of ``text``'s word 6-grams that are in ``other`` (0 for a text of fewer than six words)."""
    own = word_6grams(text)
    return len(own & word_6grams(other)) / len(own) if own else 0.0


@dataclass(frozen=True)
class GoldSet:
    """One evaluation set: its task, split, role and gold files."""

    task: str  # quantities, attributions, clitics
    split: str
    role: str  # tuning, heldout (held-out or test), reserved
    files: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"{self.task} {self.split}"


_Q, _A, _C = "quantities", "attributions", "clitics"
# second annotations of a set's documents (benchmarks/quantity_agreement.py): the same texts, never loaded here
SECOND_ANNOTATIONS = frozenset({"quantity_gold_dev12b.jsonl"})
_ATTRIBUTION_FILES = tuple(f"attribution_gold{n}.jsonl" for n in ("", "2", "3", "4", "5", "6", "7"))
SETS: tuple[GoldSet, ...] = (
    GoldSet(_Q, "test", "heldout", ("quantity_gold.jsonl",)),
    *(GoldSet(_Q, s, "tuning", ("quantity_gold.jsonl",)) for s in ("dev", "dev2", "dev3", "dev4", "dev5")),
    GoldSet(_Q, "dev6", "tuning", ("quantity_gold_dev6.jsonl",)),  # reserved in session 9, tuning since
    GoldSet(_Q, "dev7", "tuning", ("quantity_gold_dev7.jsonl",)),  # reserved in session 10, tuning since
    GoldSet(_Q, "dev8", "tuning", ("quantity_gold_dev8.jsonl",)),  # session 10: tuning from the start
    GoldSet(_Q, "dev9", "tuning", ("quantity_gold_dev9.jsonl",)),  # reserved in session 11, tuning since
    GoldSet(_Q, "dev10", "tuning", ("quantity_gold_dev10.jsonl",)),  # session 11: tuning from the start
    GoldSet(_Q, "dev11", "tuning", ("quantity_gold_dev11.jsonl",)),  # reserved in session 12, tuning since session 14
    # session 12: tuning from the start; dev12b is a second annotation of its documents (issue 15, agreement)
    GoldSet(_Q, "dev12", "tuning", ("quantity_gold_dev12.jsonl", "quantity_gold_dev12b.jsonl")),
    GoldSet(_Q, "dev13", "tuning", ("quantity_gold_dev13.jsonl",)),  # reserved in session 14, tuning since session 15
    GoldSet(_Q, "dev14", "tuning", ("quantity_gold_dev14.jsonl",)),  # reserved in session 15, tuning since session 16
    GoldSet(_Q, "dev15", "tuning", ("quantity_gold_dev15.jsonl",)),  # reserved in session 16, tuning since 17
    GoldSet(_Q, "dev16", "tuning", ("quantity_gold_dev16.jsonl",)),  # reserved in session 17, tuning since 18
    GoldSet(_Q, "dev17", "tuning", ("quantity_gold_dev17.jsonl",)),  # reserved in sessions 18-19, tuning since 20
    GoldSet(_Q, "dev18", "tuning", ("quantity_gold_dev18.jsonl",)),  # reserved in sessions 20-21, tuning since 22
    GoldSet(_Q, "dev19", "tuning", ("quantity_gold_dev19.jsonl",)),  # reserved in sessions 22-23, tuning since 24
    GoldSet(_Q, "dev20", "tuning", ("quantity_gold_dev20.jsonl",)),  # reserved in sessions 24-25, tuning since 26
    GoldSet(_Q, "dev21", "reserved", ("quantity_gold_dev21.jsonl",)),  # session 26: reserved
    GoldSet(_A, "heldout", "heldout", _ATTRIBUTION_FILES[1:2]),
    GoldSet(_A, "old_heldout", "heldout", _ATTRIBUTION_FILES[:1]),
    *(GoldSet(_A, s, "tuning", _ATTRIBUTION_FILES) for s in ("dev", "dev2", "dev3", "dev4", "dev5")),
    GoldSet(_A, "dev6", "tuning", ("attribution_gold7.jsonl",)),  # reserved in session 13, tuning since
    GoldSet(_A, "dev7", "tuning", ("attribution_gold8.jsonl",)),  # reserved in session 10, tuning since
    GoldSet(_A, "dev8", "tuning", ("attribution_gold9.jsonl",)),  # session 10, round 2: tuning from the start
    GoldSet(_A, "dev9", "tuning", ("attribution_gold10.jsonl",)),  # reserved in session 11, tuning since
    GoldSet(_A, "dev10", "tuning", ("attribution_gold11.jsonl",)),  # session 11, round 2: tuning from the start
    GoldSet(_A, "dev11", "tuning", ("attribution_gold12.jsonl",)),  # reserved in sessions 12-13, tuning since
    GoldSet(_A, "dev12", "tuning", ("attribution_gold13.jsonl",)),  # session 12: tuning from the start
    GoldSet(_A, "dev13", "tuning", ("attribution_gold14.jsonl",)),  # reserved in sessions 13-14, tuning since
    GoldSet(_A, "dev14", "tuning", ("attribution_gold15.jsonl",)),  # reserved in sessions 14-15, tuning since 16
    GoldSet(_A, "dev15", "tuning", ("attribution_gold16.jsonl",)),  # reserved in sessions 15-16, tuning since 17
    GoldSet(_A, "dev16", "tuning", ("attribution_gold17.jsonl",)),  # reserved in sessions 16-17, tuning since 18
    GoldSet(_A, "dev17", "tuning", ("attribution_gold18.jsonl",)),  # reserved in sessions 17-18, tuning since 19
    GoldSet(_A, "dev18", "tuning", ("attribution_gold19.jsonl",)),  # reserved in sessions 18-19, tuning since 20
    GoldSet(_A, "dev19", "tuning", ("attribution_gold20.jsonl",)),  # reserved in sessions 19-20, tuning since 21
    GoldSet(_A, "dev20", "tuning", ("attribution_gold21.jsonl",)),  # reserved in sessions 20-21, tuning since 22
    GoldSet(_A, "dev21", "tuning", ("attribution_gold22.jsonl",)),  # reserved in sessions 21-22, tuning since 23
    GoldSet(_A, "dev22", "tuning", ("attribution_gold23.jsonl",)),  # reserved in sessions 22-23, tuning since 24
    GoldSet(_A, "dev23", "tuning", ("attribution_gold24.jsonl",)),  # reserved in sessions 23-24, tuning since 25
    GoldSet(_A, "dev24", "reserved", ("attribution_gold25.jsonl",)),  # session 25: reserved beside the held-out half
    GoldSet(_C, "dev2", "tuning", ("clitic_gold_dev2.jsonl",)),
    GoldSet(_C, "dev3", "tuning", ("clitic_gold_dev3.jsonl",)),
    GoldSet(_C, "dev4", "tuning", ("clitic_gold_dev4.jsonl",)),
    GoldSet(_C, "dev5", "tuning", ("clitic_gold_dev5.jsonl",)),  # session 11: tuning from the start
    GoldSet(_C, "dev6", "tuning", ("clitic_gold_dev6.jsonl",)),  # session 12: tuning from the start
)


@dataclass(frozen=True)
class GoldDoc:
    """One document of a set: its id, its text and how many gold items it holds (quantities,
    attributions or scored words; an attribution gold's negative sentences apart)."""

    set: GoldSet
    id: str
    text: str
    items: int
    negatives: int = 0

    @property
    def held(self) -> str:
        return f"{self.items} + {self.negatives} neg." if self.set.task == _A else str(self.items)


def _records(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def load_documents(data: Path, paths: Mapping[str, Path] | None = None) -> list[GoldDoc]:
    """Every document of every set in ``SETS`` whose gold file exists (``paths`` maps a file name to
    another location), with its text checked against its SHA-1."""
    paths = {name: BENCH / name for s in SETS for name in s.files} | dict(paths or {})
    reader = TextReader(data)
    articles: dict[str, list[dict[str, object]]] = {}
    out: list[GoldDoc] = []
    for gs in SETS:
        for name in gs.files:
            path = paths[name]
            if not path.is_file() or name in SECOND_ANNOTATIONS:
                continue
            if gs.task == _Q:
                for d in load_gold(path):
                    if d.split == gs.split:
                        out.append(GoldDoc(gs, d.id, reader.text(d), len(d.quantities)))
            elif gs.task == _A:
                for r in _records(path):
                    if r.get("split") != gs.split:
                        continue
                    file, index = str(r["file"]), int(str(r["index"]))
                    if file not in articles:
                        articles[file] = json.loads((data / "saudinewsnet" / file).read_text(encoding="utf-8"))
                    text = str(articles[file][index].get("content") or "")
                    if _sha1(text) != r["sha1"]:
                        raise ValueError(f"{name}: {file} article {index} is not the one annotated (SHA-1 differs)")
                    negatives, found = list(r.get("negatives") or ()), list(r["attributions"])  # type: ignore[call-overload]
                    n = 0 if r.get("negatives_only") else len(found)  # such a record counts for its negatives only
                    out.append(GoldDoc(gs, f"{file}:{index}", text, n, len(negatives)))
            else:
                for g, text in dev2_excerpts(data, path):
                    skip = {(int(s), int(e)) for s, e in g["skip"]}
                    words = sum(1 for m in ARABIC_RUN.finditer(text) if m.span() not in skip)
                    out.append(GoldDoc(gs, str(g["id"]), text, words))
    return out


def compared(a: GoldSet, b: GoldSet) -> bool:
    """Whether documents of ``a`` and ``b`` are compared: held-out against tuning, either reserved,
    or the two clitic sets."""
    if a == b:
        return False
    roles = {a.role, b.role}
    return roles == {"heldout", "tuning"} or "reserved" in roles or a.task == b.task == _C


def _first(a: GoldSet, b: GoldSet) -> bool:
    """Whether ``a`` is the side a row starts with: reserved, then held-out, then the later set in ``SETS``."""
    rank = {"reserved": 0, "heldout": 1, "tuning": 2}
    return (rank[a.role], -SETS.index(a)) < (rank[b.role], -SETS.index(b))


@dataclass(frozen=True)
class Pair:
    """A near copy: ``a`` (the reserved or held-out side) and ``b``, and the share of each one's
    word 6-grams in the other."""

    a: GoldDoc
    b: GoldDoc
    a_in_b: float
    b_in_a: float

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.a.set.name, self.a.id, self.b.set.name, self.b.id)

    @property
    def kind(self) -> str:
        if "reserved" in (self.a.set.role, self.b.set.role):
            return "reserved"
        if self.a.set.role == self.b.set.role:
            return f"both {self.a.set.role}"
        return "held-out, same task" if self.a.set.task == self.b.set.task else "held-out, other task"


def find_pairs(docs: Sequence[GoldDoc], every: bool = False) -> list[Pair]:
    """Every near-copy pair between documents of two compared sets (``every``: of any two sets), in a
    fixed order."""
    texts = {n: d.text for n, d in enumerate(docs)}
    found = near_copy_pairs(texts, texts)
    seen: set[tuple[int, int]] = set()
    out = []
    for i, j in sorted(found):
        a, b = (i, j) if _first(docs[i].set, docs[j].set) else (j, i)
        if (a, b) in seen or docs[a].set == docs[b].set or not (every or compared(docs[a].set, docs[b].set)):
            continue
        seen.add((a, b))
        out.append(
            Pair(docs[a], docs[b], shared_share(docs[a].text, docs[b].text), shared_share(docs[b].text, docs[a].text))
        )
    kinds = ("held-out, same task", "held-out, other task", "reserved", "both tuning", "both heldout")
    return sorted(out, key=lambda p: (kinds.index(p.kind), p.key))


def table(pairs: Sequence[Pair], docs: Sequence[GoldDoc]) -> str:
    """The pairs as a Markdown table, then per reserved or held-out set what its listed documents hold."""
    rows = [
        "| kind | a: reserved, held-out or later set | document | items | b: other set | document | items "
        "| a in b | b in a |",
        "|---|---|---|---:|---|---|---:|---:|---:|",
    ]
    for p in pairs:
        rows.append(
            f"| {p.kind} | {p.a.set.name} | {p.a.id} | {p.a.held} | {p.b.set.name} | {p.b.id} | {p.b.held} "
            f"| {100 * p.a_in_b:.1f} % | {100 * p.b_in_a:.1f} % |"
        )
    rows += [
        "",
        "| set | role | documents | items | documents in a listed pair | their items |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for gs in SETS:
        own = [d for d in docs if d.set == gs]
        if not own:
            rows.append(f"| {gs.name} | {gs.role} | not in this checkout ({', '.join(gs.files)}) | | | |")
            continue
        listed = {p.a.id for p in pairs if p.a.set == gs} | {p.b.id for p in pairs if p.b.set == gs}
        hit = [d for d in own if d.id in listed]
        rows.append(f"| {gs.name} | {gs.role} | {len(own)} | {_held(own)} | {len(hit)} | {_held(hit)} |")
    return "\n".join(rows)


def in_snapshot(docs: Sequence[GoldDoc], data: Path, seeds: Path) -> str:
    """Per reserved or held-out set, its documents that are (near copies of) texts of ``snapshot.py``,
    whose default-pipeline output is compared between checkouts and read where it changed."""
    snap = dict(enumerate(snapshot_texts(data, seeds)))
    watched = {n: d.text for n, d in enumerate(docs) if d.set.role != "tuning"}
    hit = {n for n, _ in near_copy_pairs(watched, snap)}
    rows = [
        "| set | role | documents | items | in the snapshot's texts | their items |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for gs in SETS:
        own = [n for n in watched if docs[n].set == gs]
        if own:
            all_, seen = [docs[n] for n in own], [docs[n] for n in own if n in hit]
            rows.append(f"| {gs.name} | {gs.role} | {len(own)} | {_held(all_)} | {len(seen)} | {_held(seen)} |")
    return "\n".join(rows)


def withheld_snapshot_texts(data: Path, seeds: Path) -> set[int]:
    """The positions of ``snapshot.py``'s texts that hold a held-out, test or reserved gold document (or a
    near copy of one): the snapshot writes a placeholder for them, so that reading what a change
    altered never shows those documents' outputs."""
    docs = load_documents(data)
    snap = dict(enumerate(snapshot_texts(data, seeds)))
    watched = {n: d.text for n, d in enumerate(docs) if d.set.role != "tuning"}
    return {i for _, i in near_copy_pairs(watched, snap)}


def _held(docs: Sequence[GoldDoc]) -> str:
    items, negatives = sum(d.items for d in docs), sum(d.negatives for d in docs)
    return f"{items} + {negatives} neg." if docs and docs[0].set.task == _A else str(items)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument(
        "--attribution-dev7",
        type=Path,
        help="attribution_gold8.jsonl from elsewhere (e.g. `git show BRANCH:benchmarks/attribution_gold8.jsonl`)",
    )
    ap.add_argument(
        "--snapshot",
        action="store_true",
        help="also: which reserved or held-out documents are (near copies of) texts of benchmarks/snapshot.py",
    )
    ap.add_argument(
        "--all", action="store_true", help="pairs of any two sets, tuning ones too (earlier unseen estimates)"
    )
    ap.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds", help="with --snapshot")
    args = ap.parse_args(argv)
    paths = {"attribution_gold8.jsonl": args.attribution_dev7} if args.attribution_dev7 else {}
    docs = load_documents(args.data, paths)
    pairs = find_pairs(docs, every=args.all)
    share = f"{100 * NEAR_COPY_SHARE:.1f} %"
    print(f"near copies (at least {share} of one document's word 6-grams in the other): {len(pairs)}")
    print()
    print(table(pairs, docs))
    if args.snapshot:
        print()
        print(in_snapshot(docs, args.data, args.seeds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
