"""Draw the articles of the dev17 attribution set (issue 14, session 17), reproducibly.

dev17 is a reserved set beside the held-out half and dev16, now that dev15 is a tuning set (session 17): 30
articles drawn as dev16 was (``attribution_gold17_select.py``: only 2015-08-06 and 2015-08-10, never 2015-08-11;
the pool of dev11, none of it among ``benchmarks/snapshot.py``'s texts) with a new seed, without dev16's draw
and its left-out places, and without the files added since dev16's pool was fixed, named, not globbed
(``NEW_GOLD``: attribution dev16 and quantity dev15; no review sample file was added since), matched by file
and index and by the SHA-1 of the text (``draw_after`` of ``attribution_gold4_select.py``). The pool is
shuffled whole with ``SEED`` and taken in that order with at most 3 per outlet, skipping the near copies found
in the shuffled order before anything was annotated (``LEFT_OUT``). dev17 is reserved: scored once on main when
it was annotated, then only by the lead at the end of a session; nobody reads its errors or tunes on it.

Usage::

    python benchmarks/attribution_gold18_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import attribution_gold17_select as dev16  # noqa: E402
from attribution_gold4_select import draw_after, print_draw  # noqa: E402

SEED = 20261701
BENCH = ROOT / "benchmarks"
# only their articles' places and SHA-1s are read
NEW_GOLD = [BENCH / "attribution_gold17.jsonl", BENCH / "quantity_gold_dev15.jsonl"]
# Near copies of articles of other sets (benchmarks/gold_overlap.py's measure: share of the drawn article's word
# 6-grams in the other, and of the other's in it; a pair when either passes a third; every set of
# gold_overlap.SETS, the review samples' articles and the snapshot's texts compared), found in the shuffled order
# before anything was annotated and skipped (they do not count for their outlet): 2015-08-10.json:1301 (39 % / 60 %
# with attribution dev's 2015-08-10.json:1001), 2015-08-06.json:1588 (38 % / 45 % with quantity dev14's
# saudinewsnet-dev14-13; 34 % / 33 % with 2015-08-06.json:2756, which quantity dev16, fresh17q, drew at the same
# time), 2015-08-10.json:1194 (92 % / 90 % with 2015-08-10.json:1614 of attribution_sample_review2.tsv),
# 2015-08-06.json:3063 (42 % / 35 % with attribution dev9's 2015-08-06.json:1332), 2015-08-06.json:316 (85 % / 85 %
# with 2015-08-06.json:1887 of attribution_sample_reviewed.tsv), 2015-08-06.json:2380 (57 % / 61 % with attribution
# dev9's 2015-08-06.json:3184), 2015-08-06.json:3196 (72 % / 75 % with attribution dev12's 2015-08-06.json:2360),
# 2015-08-10.json:1166 (94 % / 93 % with attribution dev14's 2015-08-10.json:1639). No article of quantity dev16's
# draw (fresh17q) is among the 30.
LEFT_OUT = {
    ("2015-08-10.json", 1301),
    ("2015-08-06.json", 1588),
    ("2015-08-10.json", 1194),
    ("2015-08-06.json", 3063),
    ("2015-08-06.json", 316),
    ("2015-08-06.json", 2380),
    ("2015-08-06.json", 3196),
    ("2015-08-10.json", 1166),
}


pool, draw = draw_after(dev16, NEW_GOLD, SEED, LEFT_OUT)  # dev16's pool less its draw and NEW_GOLD, shuffled

if __name__ == "__main__":
    print_draw(draw, __doc__)
