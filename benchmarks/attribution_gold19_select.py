"""Draw the articles of the dev18 attribution set (issue 14, session 18), reproducibly.

dev18 is a reserved set beside the held-out half and dev17, now that dev16 is a tuning set (session 18): 30
articles drawn as dev17 was (``attribution_gold18_select.py``: only 2015-08-06 and 2015-08-10, never 2015-08-11;
the pool of dev11, none of it among ``benchmarks/snapshot.py``'s texts) with a new seed, without dev17's draw
and its left-out places, and without the files added since dev17's pool was fixed, named, not globbed
(``NEW_GOLD``: attribution dev17 and quantity dev16; no review sample file was added since), matched by file
and index and by the SHA-1 of the text (``draw_after`` of ``attribution_gold4_select.py``). The pool is
shuffled whole with ``SEED`` and taken in that order with at most 3 per outlet, skipping the near copies found
in the shuffled order before anything was annotated (``LEFT_OUT``). dev18 is reserved: scored once on main when
it was annotated, then only by the lead at the end of a session; nobody reads its errors or tunes on it.

Usage::

    python benchmarks/attribution_gold19_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import attribution_gold18_select as dev17  # noqa: E402
from attribution_gold4_select import draw_after, print_draw  # noqa: E402

SEED = 20261801
BENCH = ROOT / "benchmarks"
# only their articles' places and SHA-1s are read
NEW_GOLD = [BENCH / "attribution_gold18.jsonl", BENCH / "quantity_gold_dev16.jsonl"]
# Near copies of articles of other sets (benchmarks/gold_overlap.py's measure: share of the drawn article's word
# 6-grams in the other, and of the other's in it; a pair when either passes a third; every set of
# gold_overlap.SETS, the review samples' articles and the snapshot's texts compared), found in the shuffled order
# before anything was annotated and skipped (they do not count for their outlet): 2015-08-06.json:1587 (100 % / 94 %
# with attribution dev17's 2015-08-06.json:2301), 2015-08-06.json:2281 (46 % / 53 % with quantity dev11's
# saudinewsnet-dev11-08 = 2015-08-06.json:1133; 25 % / 35 % with a quantity test document), 2015-08-06.json:310
# (54 % / 52 % with 2015-08-06.json:1170 of quantity_sample.tsv), 2015-08-10.json:1142 (92 % / 91 % with quantity
# dev9's saudinewsnet-dev9-04 = 2015-08-10.json:1605), 2015-08-06.json:2763 (31 % / 42 % with attribution dev15's
# 2015-08-06.json:2283), 2015-08-10.json:393 (23 % / 40 % with 2015-08-10.json:1394 of
# attribution_sample_review2.tsv), 2015-08-06.json:876 (30 % / 54 % with quantity dev12's saudinewsnet-dev12-05 =
# 2015-08-06.json:1247), 2015-08-06.json:2341 (61 % / 64 % with attribution dev10's 2015-08-06.json:3155, found in
# the second round of the draw), 2015-08-06.json:2347 (81 % / 84 % with attribution dev2's 2015-08-06.json:3154,
# found in the third round), 2015-08-06.json:380 (23 % / 56 % with quantity dev11's saudinewsnet-dev11-11 =
# 2015-08-06.json:1871, found before the fourth round, which reached it as the 30th article; its place went to
# 2015-08-06.json:337, in no near-copy pair, annotated by the lead by reading before any attribution code ran on it).
LEFT_OUT = {
    ("2015-08-06.json", 1587),
    ("2015-08-06.json", 2281),
    ("2015-08-06.json", 310),
    ("2015-08-10.json", 1142),
    ("2015-08-06.json", 2763),
    ("2015-08-10.json", 393),
    ("2015-08-06.json", 876),
    ("2015-08-06.json", 2341),
    ("2015-08-06.json", 2347),
    ("2015-08-06.json", 380),
}


pool, draw = draw_after(dev17, NEW_GOLD, SEED, LEFT_OUT)  # dev17's pool less its draw and NEW_GOLD, shuffled

if __name__ == "__main__":
    print_draw(draw, __doc__)
