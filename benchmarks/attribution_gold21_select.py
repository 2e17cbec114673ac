"""Draw the articles of the dev20 attribution set (issue 14, session 20), reproducibly.

dev20 is a reserved set beside the held-out half and dev19, now that dev18 is a tuning set (session 20): 30
articles drawn as dev19 was (``attribution_gold20_select.py``: only 2015-08-06 and 2015-08-10, never 2015-08-11;
the pool of dev11, none of it among ``benchmarks/snapshot.py``'s texts) with a new seed, without dev19's draw
and its left-out places, and without the files added since dev19's pool was fixed, named, not globbed
(``NEW_GOLD``: attribution dev19; no quantity, clitic or review sample file was added since — quantity dev18,
drawn in session 20, lies in 2015-07-22 / 2015-07-31, outside this pool's days), matched by file and index and
by the SHA-1 of the text (``draw_after`` of ``attribution_gold4_select.py``). The pool is shuffled whole with
``SEED`` and taken in that order with at most 3 per outlet, skipping the near copies found in the shuffled order
before anything was annotated (``LEFT_OUT``). dev20 is reserved: scored once on main when it was annotated, then
only by the lead at the end of a session; nobody reads its errors or tunes on it.

Usage::

    python benchmarks/attribution_gold21_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import attribution_gold20_select as dev19  # noqa: E402
from attribution_gold4_select import draw_after, print_draw  # noqa: E402

SEED = 20262001
BENCH = ROOT / "benchmarks"
# only their articles' places and SHA-1s are read
NEW_GOLD = [BENCH / "attribution_gold20.jsonl"]
# Near copies of articles of other sets (benchmarks/gold_overlap.py's measure: share of the drawn article's word
# 6-grams in the other, and of the other's in it; a pair when either passes a third; every set of
# gold_overlap.SETS, the review samples' articles, the snapshot's texts and the articles drawn before it compared),
# found in the shuffled order before anything was annotated and skipped (they do not count for their outlet):
# 2015-08-06.json:1889 (34 % / 33 % with attribution dev11's 2015-08-06.json:639), 2015-08-06.json:1809 (97 % / 90 %
# with quantity dev2's saudinewsnet-dev2-00 = 2015-08-06.json:2261), 2015-08-06.json:2465 (100 % / 96 % with
# attribution dev8's 2015-08-06.json:2260), 2015-08-06.json:667 (90 % / 82 % with the same quantity dev2 article, 92 % /
# 91 % with 1809), 2015-08-06.json:1017 (66 % / 65 % with attribution dev4's 2015-08-06.json:909), 2015-08-06.json:3215
# (70 % / 69 % with attribution dev15's 2015-08-06.json:2742), 2015-08-06.json:573 (25 % / 46 % with the snapshot's
# text 2015-08-06.json:48), 2015-08-06.json:2295 (48 % / 29 % with 2015-08-06.json:2589, drawn before it here), and,
# found in the second round, 2015-08-10.json:845 (81 % / 81 % with attribution dev8's 2015-08-10.json:654),
# 2015-08-06.json:1081 (32 % / 39 % with attribution dev11's 2015-08-06.json:2873) and 2015-08-06.json:1606 (84 % /
# 84 % with attribution dev15's 2015-08-06.json:1165). The third round drew 30 articles (33, the cap's limit over 11
# outlets) in no near-copy pair with any set, review sample, snapshot text or one another.
LEFT_OUT = {
    ("2015-08-06.json", 1889),
    ("2015-08-06.json", 1809),
    ("2015-08-06.json", 2465),
    ("2015-08-06.json", 667),
    ("2015-08-06.json", 1017),
    ("2015-08-06.json", 3215),
    ("2015-08-06.json", 573),
    ("2015-08-06.json", 2295),
    ("2015-08-10.json", 845),
    ("2015-08-06.json", 1081),
    ("2015-08-06.json", 1606),
}


pool, draw = draw_after(dev19, NEW_GOLD, SEED, LEFT_OUT)  # dev19's pool less its draw and NEW_GOLD, shuffled

if __name__ == "__main__":
    print_draw(draw, __doc__)
