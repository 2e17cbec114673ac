"""Score the attribution tuning sets one by one and pooled: cue, source and content exact F1.

Issue 14, session 13 (attr14s): the cue inventory's before/after table. The tuning sets are dev..dev10
and dev12, dev11 from session 14 on, dev13 from session 15 on, dev14 from session 16 on, dev15 from
session 17 on, dev16 from session 18 on, dev17 from session 19 on, dev18 from session 20 on, dev19 from
session 21 on, dev20 from session 22 on, dev21 from session 23 on, dev22 from session 24 on and dev23 from
session 25 on (never the held-out half nor the reserved dev24 and later reserved sets).
``--misses FILE`` writes every gold cue the
stage does not find (MISS), every attribution it finds that no gold pairs with (EXTRA) and every negative
sentence it hits (NEG), each with its set and article, for classification.

Usage::

    python benchmarks/attribution_pooled.py
    python benchmarks/attribution_pooled.py --misses /tmp/misses.tsv
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from attribution_eval import GOLD_FILES, ROOT, Result, evaluate_records, load_gold

from arabicnews.core.pipeline import Pipeline
from arabicnews.stages.attribution.stage import AttributionStage
from arabicnews.stages.quantities.stage import QuantityStage
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage

TUNING = (
    "dev",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
    "dev12",
    "dev13",
    "dev14",
    "dev15",
    "dev16",
    "dev17",
    "dev18",
    "dev19",
    "dev20",
    "dev21",
    "dev22",
    "dev23",
)


def _f1(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return 100 * p, 100 * r, 100 * (2 * p * r / (p + r) if p + r else 0.0)


def _row(name: str, res: Result) -> str:
    cp, cr, cf = _f1(res.cue.exact_tp, res.cue.n_pred, res.cue.n_gold)
    sf = _f1(res.src.exact_tp, res.src.n_pred, res.src.n_gold)[2]
    tf = _f1(res.con.exact_tp, res.con.n_pred, res.con.n_gold)[2]
    return (
        f"| {name} | {res.cue.n_gold} | {res.cue.n_pred} | {cp:.1f} | {cr:.1f} | {cf:.1f} | {sf:.1f} | {tf:.1f} "
        f"| {res.negatives_hit}/{res.negatives} |"
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--misses", type=Path, help="write the missed gold cues to this file")
    args = ap.parse_args(argv)
    if not (args.data / "saudinewsnet").is_dir():
        print(f"saudinewsnet not found under {args.data}; nothing to evaluate", file=sys.stderr)
        return 0
    nlp = Pipeline([TokenizerStage(), SentenceStage(), QuantityStage(), AttributionStage()])
    gold = load_gold(GOLD_FILES)
    pooled = Result()
    print("| set | gold cues | predicted | cue P | cue R | cue F1 | source F1 | content F1 | negatives hit |")
    print("|---|---|---|---|---|---|---|---|---|")
    misses: list[str] = []
    for split in TUNING:
        recs = [g for g in gold if g.get("split") == split]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            res = evaluate_records(recs, args.data, nlp, show=args.misses is not None)
        misses += [
            f"{split}\t{line}" for line in out.getvalue().splitlines() if line.startswith(("MISS", "NEG", "EXTRA"))
        ]
        print(_row(split, res))
        pooled.add(res)
    print(_row("pooled", pooled))
    if args.misses is not None:
        args.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
