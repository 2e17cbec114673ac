"""Score the attributions stage against hand annotations of SaudiNewsNet articles.

The gold file (``benchmarks/attribution_gold.jsonl``) holds offsets only: one line per article
with its file, index, url, the SHA-1 of its text, and each attribution's cue, sources and content
as ``[start, end)`` character offsets into the article's ``content``. The text itself (licensed
CC BY-NC-SA 4.0) is read from ``../shared/data/saudinewsnet`` at evaluation time.

Usage::

    python benchmarks/attribution_eval.py [--data ../shared/data] [--gold benchmarks/attribution_gold.jsonl]
    python benchmarks/attribution_eval.py --speed    # also time the stage on every article of one day

Scores: precision, recall and F1 of cue, source and content spans, exact and by token overlap
(the share of the tokens of predicted spans that lie in the paired gold span, and the reverse).
Predicted and gold attributions are paired by overlapping cues.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabicnews.core.pipeline import Pipeline  # noqa: E402
from arabicnews.stages.attribution.stage import AttributionStage  # noqa: E402
from arabicnews.stages.sentences import SentenceStage  # noqa: E402
from arabicnews.stages.tokens import TokenizerStage  # noqa: E402

Pair = tuple[int, int]


def _prf(tp_p: float, n_p: float, tp_r: float, n_r: float) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


class Scorer:
    """Counts for exact and token-overlap scores of one kind of span."""

    def __init__(self) -> None:
        self.exact_tp = 0
        self.n_pred = 0
        self.n_gold = 0
        self.tok_p = 0.0
        self.tok_r = 0.0
        self.pred_tokens = 0
        self.gold_tokens = 0

    def add(self, pred: Sequence[Pair], gold: Sequence[Pair], tokens: Sequence[Pair]) -> None:
        """Score the spans of one paired attribution (or unpaired ones, with the other side empty)."""
        self.n_pred += len(pred)
        self.n_gold += len(gold)
        self.exact_tp += len(set(pred) & set(gold))

        def toks(span: Pair) -> set[int]:
            return {i for i, (s, e) in enumerate(tokens) if s < span[1] and e > span[0]}

        gold_toks = set().union(*(toks(g) for g in gold)) if gold else set()
        pred_toks = set().union(*(toks(p) for p in pred)) if pred else set()
        self.pred_tokens += len(pred_toks)
        self.gold_tokens += len(gold_toks)
        self.tok_p += len(pred_toks & gold_toks)
        self.tok_r += len(pred_toks & gold_toks)

    def row(self, name: str) -> str:
        ep, er, ef = _prf(self.exact_tp, self.n_pred, self.exact_tp, self.n_gold)
        tp, tr, tf = _prf(self.tok_p, self.pred_tokens, self.tok_r, self.gold_tokens)
        return (
            f"| {name} | {self.n_gold} | {self.n_pred} | {100 * ep:.1f} | {100 * er:.1f} | {100 * ef:.1f} "
            f"| {100 * tp:.1f} | {100 * tr:.1f} | {100 * tf:.1f} |"
        )


def _overlap(a: Pair, b: Pair) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def load_articles(data: Path, names: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for name in sorted(set(names)):
        out[name] = json.loads((data / "saudinewsnet" / name).read_text(encoding="utf-8"))
    return out


def evaluate(gold_path: Path, data: Path, nlp: Pipeline, show: bool = False, only: Sequence[str] | None = None) -> str:
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = [g for g in gold if not only or g["file"] in only]
    arts = load_articles(data, (g["file"] for g in gold))
    cue, src, con = Scorer(), Scorer(), Scorer()
    n_gold = 0
    for rec in gold:
        text = arts[rec["file"]][rec["index"]]["content"]
        if hashlib.sha1(text.encode()).hexdigest() != rec["sha1"]:
            raise SystemExit(f"{rec['file']}[{rec['index']}] differs from the annotated text")
        doc = nlp(text)
        tokens = [(t.start, t.end) for t in doc.tokens]
        preds = list(doc.attributions)
        golds = rec["attributions"]
        n_gold += len(golds)
        used: set[int] = set()
        for g in golds:
            gc = tuple(g["cue"])
            match = next(
                (i for i, p in enumerate(preds) if i not in used and _overlap((p.cue.start, p.cue.end), gc)), None
            )
            gsrc = [tuple(s) for s in g["sources"]]
            if match is None:
                cue.add([], [gc], tokens)
                src.add([], gsrc, tokens)
                con.add([], [tuple(g["content"])], tokens)
                if show:
                    print("MISS", rec["index"], text[gc[0] : gc[1]], "|", text[g["content"][0] : g["content"][1]][:60])
                continue
            used.add(match)
            p = preds[match]
            cue.add([(p.cue.start, p.cue.end)], [gc], tokens)
            src.add([(s.start, s.end) for s in p.sources], gsrc, tokens)
            con.add([(p.content.start, p.content.end)], [tuple(g["content"])], tokens)
            if show and (
                (p.content.start, p.content.end) != tuple(g["content"]) or [(s.start, s.end) for s in p.sources] != gsrc
            ):
                print("DIFF", rec["index"], p.cue.text, [s.text for s in p.sources], "|", p.content.text[:50])
                print("   gold", [text[a:b] for a, b in gsrc], "|", text[g["content"][0] : g["content"][1]][:50])
        for i, p in enumerate(preds):
            if i not in used:
                cue.add([(p.cue.start, p.cue.end)], [], tokens)
                src.add([(s.start, s.end) for s in p.sources], [], tokens)
                con.add([(p.content.start, p.content.end)], [], tokens)
                if show:
                    print("EXTRA", rec["index"], p.cue.text, "|", p.content.text[:60])
    head = (
        f"{len(gold)} articles, {n_gold} gold attributions\n\n"
        "| span | gold | predicted | exact P | exact R | exact F1 | token P | token R | token F1 |\n"
        "|---|---|---|---|---|---|---|---|---|"
    )
    return "\n".join([head, cue.row("cue"), src.row("source"), con.row("content")])


def speed(data: Path, name: str) -> str:
    arts = json.loads((data / "saudinewsnet" / name).read_text(encoding="utf-8"))
    base = Pipeline([TokenizerStage(), SentenceStage()])
    docs = [base(a["content"]) for a in arts]
    stage = AttributionStage()
    stage(docs[0])
    t0 = time.perf_counter()
    found = sum(len(stage(d).attributions) for d in docs)
    dt = time.perf_counter() - t0
    chars = sum(len(d.text) for d in docs)
    return (
        f"{len(docs)} articles ({chars:,} characters) of {name}: {found} attributions, "
        f"{1000 * dt / len(docs):.2f} ms per article, {chars / dt / 1e6:.2f} M characters/s (attribution stage only)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--gold", type=Path, default=ROOT / "benchmarks" / "attribution_gold.jsonl")
    ap.add_argument("--show", action="store_true", help="print each miss, extra and difference")
    ap.add_argument(
        "--file",
        action="append",
        help="score only the articles of this corpus file; repeat for several (2015-08-10.json is the dev half)",
    )
    ap.add_argument("--entities", action="store_true", help="run the entities stage before attributions")
    ap.add_argument("--speed", action="store_true", help="also time the stage on 2015-08-10.json")
    args = ap.parse_args(argv)
    if not (args.data / "saudinewsnet").is_dir():
        print(f"saudinewsnet not found under {args.data}; nothing to evaluate", file=sys.stderr)
        return 0
    nlp = Pipeline([TokenizerStage(), SentenceStage(), AttributionStage()])
    if args.entities:
        from arabicnews.stages.entities.stage import EntityStage

        nlp = nlp.add(EntityStage(), before="attributions")
    print(evaluate(args.gold, args.data, nlp, show=args.show, only=args.file))
    if args.speed:
        print(speed(args.data, "2015-08-10.json"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
