"""Draw the articles of the dev19 attribution set (issue 14, session 19), reproducibly.

dev19 is a reserved set beside the held-out half and dev18, now that dev17 is a tuning set (session 19): 30
articles drawn as dev18 was (``attribution_gold19_select.py``: only 2015-08-06 and 2015-08-10, never 2015-08-11;
the pool of dev11, none of it among ``benchmarks/snapshot.py``'s texts) with a new seed, without dev18's draw
and its left-out places, and without the files added since dev18's pool was fixed, named, not globbed
(``NEW_GOLD``: attribution dev18 and quantity dev17, whose places lie in 2015-07-22 / 2015-07-31 and so outside
this pool's days; no review sample file was added since), matched by file and index and by the SHA-1 of the
text (``draw_after`` of ``attribution_gold4_select.py``). The pool is shuffled whole with ``SEED`` and taken in
that order with at most 3 per outlet, skipping the near copies found in the shuffled order before anything was
annotated (``LEFT_OUT``). dev19 is reserved: scored once on main when it was annotated, then only by the lead
at the end of a session; nobody reads its errors or tunes on it.

Usage::

    python benchmarks/attribution_gold20_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import attribution_gold19_select as dev18  # noqa: E402
from attribution_gold4_select import draw_after, print_draw  # noqa: E402

SEED = 20261901
BENCH = ROOT / "benchmarks"
# only their articles' places and SHA-1s are read
NEW_GOLD = [BENCH / "attribution_gold19.jsonl", BENCH / "quantity_gold_dev17.jsonl"]
# Near copies of articles of other sets (benchmarks/gold_overlap.py's measure: share of the drawn article's word
# 6-grams in the other, and of the other's in it; a pair when either passes a third; every set of
# gold_overlap.SETS, the review samples' articles and the snapshot's texts compared), found in the shuffled order
# before anything was annotated and skipped (they do not count for their outlet): 2015-08-06.json:2421 (45 % / 47 %
# with the first attribution set's dev 2015-08-06.json:2767 = quantity dev's saudinewsnet-028), 2015-08-06.json:1951
# (83 % / 81 % with attribution dev15's 2015-08-06.json:2742), 2015-08-06.json:1796 (62 % / 61 % with attribution
# dev9's 2015-08-06.json:3184), 2015-08-06.json:1019 (50 % / 60 % with attribution dev11's 2015-08-06.json:2873),
# 2015-08-06.json:3083 (49 % / 43 % with attribution dev16's 2015-08-06.json:1078), 2015-08-10.json:1618 (92 % / 100 %
# with the first attribution set's dev 2015-08-10.json:1254), and, found in the second round of the draw,
# 2015-08-06.json:2706 (41 % of its 6-grams in attribution dev11's 2015-08-06.json:639). The third round drew 30
# articles in no near-copy pair with any set, review sample, snapshot text or one another.
LEFT_OUT = {
    ("2015-08-06.json", 2421),
    ("2015-08-06.json", 1951),
    ("2015-08-06.json", 1796),
    ("2015-08-06.json", 1019),
    ("2015-08-06.json", 3083),
    ("2015-08-10.json", 1618),
    ("2015-08-06.json", 2706),
}


pool, draw = draw_after(dev18, NEW_GOLD, SEED, LEFT_OUT)  # dev18's pool less its draw and NEW_GOLD, shuffled

if __name__ == "__main__":
    print_draw(draw, __doc__)
