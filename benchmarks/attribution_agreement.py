"""Inter-annotator agreement: score one attribution annotation against another (issue 14).

Two annotations of the same articles (same format as the gold files: ``file``, ``index``, ``sha1``,
``attributions``, ``negatives``) are compared with the counts of ``benchmarks/attribution_eval.py``:
its ``evaluate_records`` is run with annotation B standing in for the system's output, so pairing by
overlapping cues, exact and token scores, kind agreement and the negative-sentence count are the very
ones the system is scored with. Claims are not scored (both sides are annotations). The tokens for
token overlap are the tokenizer stage's, as in the evaluation.

Exact and token F1 come out the same in both directions (precision and recall swap); the pairing and the
negatives do not (B's attributions inside A's negative sentences, and A's inside B's), so both directions
are printed. ``--show`` lists every disagreement by class: attributions only one side has, cue, source
(one side empty, one inside the other, or different), content (start, end or both; what only one side
holds), kind, and negative sentences only one side marked.

Usage::

    python benchmarks/attribution_agreement.py                      # dev12 (A) against dev12b (B)
    python benchmarks/attribution_agreement.py --show               # and every disagreement, by class
    python benchmarks/attribution_agreement.py --a X.jsonl --b Y.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

from attribution_eval import Result, _edge_diff, _overlap, evaluate_records, load_articles, load_gold  # noqa: E402

from arabicnews.stages.tokens import TokenizerStage  # noqa: E402

Pair = tuple[int, int]
Record = dict[str, Any]


@dataclass(frozen=True)
class _Span:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class _Attr:
    kind: str
    cue: _Span
    sources: list[_Span]
    content: _Span


class _AnnotatedDoc:
    """What ``evaluate_records`` reads of a document, taken from an annotation instead of the stage."""

    def __init__(self, text: str, rec: Record, tokens: Sequence[Any]) -> None:
        def span(p: Sequence[int]) -> _Span:
            return _Span(text[p[0] : p[1]], p[0], p[1])

        self.tokens = tokens
        self.attributions = [
            _Attr(a["kind"], span(a["cue"]), [span(s) for s in a["sources"]], span(a["content"]))
            for a in rec["attributions"]
        ]

    def has_layer(self, name: str) -> bool:
        return False  # no quantities: claims are not scored between annotations


def _key(rec: Record) -> tuple[str, int]:
    return (rec["file"], rec["index"])


def aligned(a: Sequence[Record], b: Sequence[Record]) -> list[tuple[Record, Record]]:
    """The records of A and B for the same articles, in A's order; a different text is refused."""
    by_b = {_key(r): r for r in b}
    missing = [_key(r) for r in a if _key(r) not in by_b]
    if missing or len(a) != len(b):
        raise SystemExit(f"the two annotations cover different articles (only in A: {missing})")
    pairs = []
    for ra in a:
        rb = by_b[_key(ra)]
        if ra["sha1"] != rb["sha1"]:
            raise SystemExit(f"{_key(ra)}: the two annotations were made on different texts")
        pairs.append((ra, rb))
    return pairs


def score(gold: Sequence[Record], pred: Sequence[Record], data: Path) -> Result:
    """``pred`` scored against ``gold`` with ``attribution_eval.evaluate_records``'s counts."""
    arts = load_articles(data, (r["file"] for r in gold))
    tokenize = TokenizerStage()
    by_text: dict[str, Record] = {}
    for g, p in aligned(gold, pred):
        text = arts[g["file"]][g["index"]]["content"]
        if hashlib.sha1(text.encode()).hexdigest() != g["sha1"]:
            raise SystemExit(f"{_key(g)} differs from the annotated text")
        if text in by_text and by_text[text] is not p:
            raise SystemExit(f"{_key(g)}: two records hold the same text")
        by_text[text] = p

    def nlp(text: str) -> _AnnotatedDoc:
        from arabicnews.core.document import Document

        doc = tokenize(Document(text))
        return _AnnotatedDoc(text, by_text[text], list(doc.tokens))

    annotated: Callable[[str], Any] = nlp  # stands in for the pipeline: evaluate_records reads only these fields
    return evaluate_records(gold, data, annotated)  # type: ignore[arg-type]


def _f1s(res: Result) -> dict[str, float]:
    from arabicnews.evaluate.scores import precision_recall_f1

    out = {}
    for name, sc in (("cue", res.cue), ("source", res.src), ("content", res.con)):
        out[f"{name} exact"] = 100 * precision_recall_f1(sc.exact_tp, sc.n_pred, sc.exact_tp, sc.n_gold)[2]
        out[f"{name} token"] = 100 * precision_recall_f1(sc.tok_p, sc.pred_tokens, sc.tok_r, sc.gold_tokens)[2]
    out["kind"] = 100 * res.kind_right / res.matched if res.matched else 100.0
    return out


def summary(a: Sequence[Record], b: Sequence[Record], data: Path) -> tuple[Result, Result, dict[str, float]]:
    """B against A and A against B, and the agreement figures (F1 from B against A)."""
    ba, ab = score(a, b, data), score(b, a, data)
    figs = _f1s(ba)
    neg_a = {(_key(r), tuple(n)) for r in a for n in r.get("negatives", ())}
    neg_b = {(_key(r), tuple(n)) for r in b for n in r.get("negatives", ())}
    figs["negatives same span"] = float(len(neg_a & neg_b))
    return ba, ab, figs


def _source_class(pa: Sequence[Pair], pb: Sequence[Pair]) -> str:
    if not pa or not pb:
        return "source: one side empty (explicit subject or pronoun)"
    a0, a1 = min(s for s, _ in pa), max(e for _, e in pa)
    b0, b1 = min(s for s, _ in pb), max(e for _, e in pb)
    if len(pa) != len(pb):
        return "source: split into a different number of sources"
    if b0 >= a0 and b1 <= a1:
        return "source: B inside A (A longer)"
    if a0 >= b0 and a1 <= b1:
        return "source: A inside B (B longer)"
    return "source: different mentions"


def disagreements(a: Sequence[Record], b: Sequence[Record], data: Path) -> dict[str, list[str]]:
    """Every disagreement, by class, with the article and the spans of both sides."""
    arts = load_articles(data, (r["file"] for r in a))
    out: dict[str, list[str]] = defaultdict(list)
    for ra, rb in aligned(a, b):
        text = arts[ra["file"]][ra["index"]]["content"]
        where = f"{ra['file']}:{ra['index']}"

        def t(p: Sequence[int], text: str = text) -> str:
            return text[p[0] : p[1]]

        used: set[int] = set()
        for ga in ra["attributions"]:
            ca = tuple(ga["cue"])
            j = next(
                (i for i, gb in enumerate(rb["attributions"]) if i not in used and _overlap(tuple(gb["cue"]), ca)),
                None,
            )
            if j is None:
                out["only A"].append(f"{where} {t(ca)} | {[t(s) for s in ga['sources']]} | {t(ga['content'])[:60]}")
                continue
            used.add(j)
            gb = rb["attributions"][j]
            head = f"{where} {t(ca)}"
            if tuple(gb["cue"]) != ca:
                out["cue"].append(f"{head}: A «{t(ca)}» B «{t(gb['cue'])}»")
            sa = [tuple(s) for s in ga["sources"]]
            sb = [tuple(s) for s in gb["sources"]]
            if sa != sb:
                out[_source_class(sa, sb)].append(f"{head}: A {[t(s) for s in sa]} B {[t(s) for s in sb]}")
            pa, pb = tuple(ga["content"]), tuple(gb["content"])
            if pa != pb:
                side = "start and end" if pa[0] != pb[0] and pa[1] != pb[1] else "start" if pa[0] != pb[0] else "end"
                out[f"content: {side}"].append(f"{head}: B against A: {_edge_diff(text, pb, pa)}")
            if ga["kind"] != gb["kind"]:
                out["kind"].append(f"{head}: A {ga['kind']} B {gb['kind']}")
        for i, gb in enumerate(rb["attributions"]):
            if i not in used:
                out["only B"].append(
                    f"{where} {t(gb['cue'])} | {[t(s) for s in gb['sources']]} | {t(gb['content'])[:60]}"
                )
        na = {tuple(n) for n in ra.get("negatives", ())}
        nb = {tuple(n) for n in rb.get("negatives", ())}
        for n in sorted(na - nb):
            out["negative only A"].append(f"{where} {t(n)[:70]}")
        for n in sorted(nb - na):
            out["negative only B"].append(f"{where} {t(n)[:70]}")
    return dict(out)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--a", type=Path, default=ROOT / "benchmarks" / "attribution_gold13.jsonl", help="annotation A")
    ap.add_argument("--b", type=Path, default=ROOT / "benchmarks" / "attribution_dev12b.jsonl", help="annotation B")
    ap.add_argument("--show", action="store_true", help="list every disagreement, by class")
    args = ap.parse_args(argv)
    if not (args.data / "saudinewsnet").is_dir():
        print(f"saudinewsnet not found under {args.data}; nothing to compare", file=sys.stderr)
        return 0
    a, b = load_gold([args.a]), load_gold([args.b])
    ba, ab, figs = summary(a, b, args.data)
    print(ba.table(f"B ({args.b.name}) scored against A ({args.a.name})"))
    print()
    print(ab.table(f"A ({args.a.name}) scored against B ({args.b.name})"))
    print()
    print("| agreement | exact F1 | token F1 |\n|---|---:|---:|")
    for name in ("cue", "source", "content"):
        print(f"| {name} | {figs[f'{name} exact']:.1f} | {figs[f'{name} token']:.1f} |")
    n_a = sum(len(r.get("negatives", ())) for r in a)
    n_b = sum(len(r.get("negatives", ())) for r in b)
    print(
        f"\nkind agreement on paired attributions: {ba.kind_right} of {ba.matched} ({figs['kind']:.1f} %); "
        f"negative sentences: A marks {n_a}, B marks {n_b}, both the same span {int(figs['negatives same span'])}; "
        f"A's negatives holding a B cue: {ba.negatives_hit}; B's negatives holding an A cue: {ab.negatives_hit}"
    )
    if args.show:
        for cls, items in sorted(disagreements(a, b, args.data).items()):
            print(f"\n## {cls} ({len(items)})")
            for item in items:
                print("-", item)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
