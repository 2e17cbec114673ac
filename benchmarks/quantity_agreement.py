"""Inter-annotator agreement on quantities: one annotation of a set scored against another.

Usage: python benchmarks/quantity_agreement.py [A] [B] [--show N] [--data-dir DIR]

A (default ``benchmarks/quantity_gold_dev12.jsonl``) plays the gold and B (default
``benchmarks/quantity_gold_dev12b.jsonl``, the second annotation of the same documents) the system, with
the matching and the attribute judgements of ``python -m arabicnews.evaluate quantities`` (its ``match``,
``judge`` and ``score_document`` are imported, not copied): detection P/R/F1 by overlap and exact span
(P is B's items found in A, R is A's items found in B, so F1 is symmetric), value, qualifier, kind and
unit agreement on matched items, and "fully right" agreement (matched with all four equal) over A's
items, over B's and over both (2·fully / (|A| + |B|)). Then the disagreements by class: only in A, only
in B, and each attribute that differs on a matched pair (with the span differing alone counted apart),
each class split by A's kind, and with ``--show N`` up to N of each sort in context («gold» is A,
«system» B). The two files must hold the same documents (same SHA-1); splits may differ.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from arabicnews.evaluate.corpora import default_data_dir
from arabicnews.evaluate.quantities import (
    Error,
    GoldDocument,
    GoldError,
    Item,
    Tally,
    TextReader,
    format_errors,
    format_table,
    judge,
    match,
    score_document,
)

BENCH = Path(__file__).resolve().parent


def load_annotation(path: Path) -> list[GoldDocument]:
    """The documents of a gold-format file, whatever its split name (``load_gold`` accepts known splits only)."""
    docs: list[GoldDocument] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec.get("file") == "2015-08-11.json":
            raise GoldError(f"{path}:{n}: 2015-08-11.json is reserved for independent evaluation")
        locator = {k: v for k, v in rec.items() if k in ("file", "index", "line", "sentence", "url", "source")}
        items = tuple(Item.from_dict(q) for q in rec.get("quantities", ()))
        docs.append(
            GoldDocument(str(rec["id"]), str(rec["style"]), str(rec["split"]), str(rec["sha1"]), locator, items)
        )
    return docs


def pair_documents(a: Sequence[GoldDocument], b: Sequence[GoldDocument]) -> list[tuple[GoldDocument, GoldDocument]]:
    """A's and B's annotation of each document, paired by SHA-1 and locator; both must cover the same set."""

    def key(d: GoldDocument) -> tuple[str, str]:
        return d.sha1, json.dumps(dict(d.locator), sort_keys=True)

    by_key = {key(d): d for d in b}
    if len(by_key) != len(b) or {key(d) for d in a} != set(by_key):
        raise GoldError("the two annotations do not hold the same documents")
    return [(d, by_key[key(d)]) for d in a]


def agreement(
    pairs: Sequence[tuple[GoldDocument, GoldDocument]], texts: Sequence[str] | None = None
) -> tuple[dict[str, Tally], list[Error]]:
    """Tallies (``all`` and per style) of B scored against A, and the disagreements."""
    tallies: dict[str, Tally] = {"all": Tally()}
    errors: list[Error] = []
    for n, (a, b) in enumerate(pairs):
        text = texts[n] if texts is not None else ""
        tally, errs = score_document(a.quantities, b.quantities, a.id, text)
        tallies["all"].add(tally)
        tallies.setdefault(a.style, Tally()).add(tally)
        errors += errs
    return tallies, errors


def fully_over_both(t: Tally) -> float:
    """Fully-right agreement over both annotations' items: 2·fully / (|A| + |B|)."""
    return 2 * t.fully / (t.gold + t.predicted) if t.gold + t.predicted else 0.0


def disagreement_classes(errors: Sequence[Error]) -> Counter[str]:
    """Disagreements by class: ``only in A``, ``only in B`` or ``<attribute> differs``, each with A's kind."""
    classes: Counter[str] = Counter()
    for e in errors:
        if e.what == "missed":
            assert e.gold is not None
            classes[f"only in A ({e.gold.kind})"] += 1
        elif e.what == "extra":
            assert e.pred is not None
            classes[f"only in B ({e.pred.kind})"] += 1
        else:
            assert e.gold is not None
            for name in e.what.removeprefix("wrong: ").split(", "):
                classes[f"{name} differs ({e.gold.kind})"] += 1
    return classes


def span_only(a: GoldDocument, b: GoldDocument) -> int:
    """Matched pairs with all four attributes equal whose spans differ (the score does not count them)."""
    return sum(
        1
        for i, j in match(a.quantities, b.quantities)
        if judge(a.quantities[i], b.quantities[j]).fully
        and (a.quantities[i].start, a.quantities[i].end) != (b.quantities[j].start, b.quantities[j].end)
    )


def report(tallies: dict[str, Tally], errors: Sequence[Error], n_docs: int, spans: int) -> str:
    """The printed report: the table, the fully-right agreements and the disagreement classes."""
    t = tallies["all"]
    lines = [
        f"{n_docs} documents; A has {t.gold} quantities, B {t.predicted}",
        format_table(tallies),
        f"fully-right agreement: {100 * t.fully_right:.1f} % of A's items, "
        f"{100 * t.fully / t.predicted if t.predicted else 0.0:.1f} % of B's, "
        f"{100 * fully_over_both(t):.1f} % of both ({t.fully} pairs)",
        f"matched pairs with all four attributes equal but different spans: {spans}",
        "disagreements by class:",
    ]
    lines += [
        f"  {n:4d}  {name}" for name, n in sorted(disagreement_classes(errors).items(), key=lambda x: (-x[1], x[0]))
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("a", nargs="?", type=Path, default=BENCH / "quantity_gold_dev12.jsonl")
    parser.add_argument("b", nargs="?", type=Path, default=BENCH / "quantity_gold_dev12b.jsonl")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print up to N disagreements of each sort")
    parser.add_argument("--data-dir", type=Path, default=None, help="default: ../shared/data")
    args = parser.parse_args(argv)
    pairs = pair_documents(load_annotation(args.a), load_annotation(args.b))
    texts = None
    if args.show:
        reader = TextReader(args.data_dir or default_data_dir())
        texts = [reader.text(a) for a, _ in pairs]
    tallies, errors = agreement(pairs, texts)
    spans = sum(span_only(a, b) for a, b in pairs)
    print(f"A = {args.a.name}, B = {args.b.name}")
    print(report(tallies, errors, len(pairs), spans))
    if args.show:
        print(format_errors(errors, args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
