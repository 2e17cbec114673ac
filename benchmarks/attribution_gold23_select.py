"""Draw the articles of the dev22 attribution set (issue 14, session 22), reproducibly.

dev22 is a reserved set beside the held-out half and dev21, now that dev20 is a tuning set (session 22). This
session's attribution helpers read unannotated 2015-08-06 / 2015-08-10 text, so dev22 comes, as dev21 did, from
**2015-07-22 and 2015-07-31** (never 2015-08-11): dev21's pool (``attribution_gold22_select.pool``: dev11's pool
asked for those two days, less every gold file up to gold21 and dev12b, every quantity gold to dev18, every clitic
gold and every review sample, by place and SHA-1) less dev21's draw and its left-out near copies and the gold files
of ``NEW_GOLD`` (``draw_after`` of ``attribution_gold4_select.py``: dev21's ``attribution_gold22.jsonl``; no other
gold or review sample was added since). The pool is shuffled whole with ``SEED`` and taken in that order with at
most 3 per outlet (``draw_over``), skipping the near copies found in the shuffled order before anything was
annotated (``LEFT_OUT``). dev22 is reserved: scored once on main when it was annotated, then only by the lead at the
end of a session; nobody reads its errors or tunes on it.

Usage::

    python benchmarks/attribution_gold23_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import attribution_gold22_select as dev21  # noqa: E402
from attribution_gold4_select import draw_after, print_draw  # noqa: E402

SEED = 20262201
NEW_GOLD = [ROOT / "benchmarks" / "attribution_gold22.jsonl"]  # dev21, the set drawn before it
# Near copies of articles of other sets (benchmarks/gold_overlap.py's measure: share of the drawn article's word
# 6-grams in the other, and of the other's in it; a pair when either passes a third; every set of
# gold_overlap.SETS, the review samples' articles, the scripted clitic sample's texts, the snapshot's texts and the
# articles drawn before it compared), found in the shuffled order before anything was annotated and skipped (it does
# not count for its outlet): 2015-07-31.json:2105 (53 % of it in the reviewed 2015-07-31.json:1742, which is also
# in the scripted clitic sample; it holds 40 % of the reviewed 2015-07-22.json:1609). One pass in the shuffled order
# (each candidate tested against all of them before it was taken) drew 30 articles, 3 from each of the 10 outlets the
# pool holds, in no near-copy pair with any set, review sample, snapshot text or one another.
LEFT_OUT = {("2015-07-31.json", 2105)}


pool, draw = draw_after(dev21, NEW_GOLD, SEED, LEFT_OUT)  # dev21's pool less its draw and NEW_GOLD, shuffled

if __name__ == "__main__":
    print_draw(draw, __doc__)
