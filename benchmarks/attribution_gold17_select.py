"""Draw the articles of the dev16 attribution set (issue 14, session 16), reproducibly.

dev16 is a reserved set beside the held-out half and dev15, now that dev14 is a tuning set (session 16): 30
articles drawn as dev15 was (``attribution_gold16_select.py``: only 2015-08-06 and 2015-08-10, never 2015-08-11;
the pool of dev11, none of it among ``benchmarks/snapshot.py``'s texts) with a new seed, without dev15's draw
and its left-out places, and without the files added since dev15's pool was fixed, named, not globbed
(``NEW_GOLD``: attribution dev15 and quantity dev14; no review sample file was added since), matched by file
and index and by the SHA-1 of the text (``draw_after`` of ``attribution_gold4_select.py``). The pool is
shuffled whole with ``SEED`` and taken in that order with at most 3 per outlet, skipping the near copies found
in the shuffled order before anything was annotated (``LEFT_OUT``). dev16 is reserved: scored once on main when
it was annotated, then only by the lead at the end of a session; nobody reads its errors or tunes on it.

Usage::

    python benchmarks/attribution_gold17_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import attribution_gold16_select as dev15  # noqa: E402
from attribution_gold4_select import draw_after, print_draw  # noqa: E402

SEED = 20261601
BENCH = ROOT / "benchmarks"
# only their articles' places and SHA-1s are read
NEW_GOLD = [BENCH / "attribution_gold16.jsonl", BENCH / "quantity_gold_dev14.jsonl"]
# Near copies of articles of other sets (benchmarks/gold_overlap.py's measure: share of the drawn article's word
# 6-grams in the other, and of the other's in it; a pair when either passes a third; every set of
# gold_overlap.SETS and the snapshot's texts compared), found in the shuffled order before anything was
# annotated and skipped (they do not count for their outlet): 2015-08-10.json:1387 (37 % / 36 % with attribution
# dev15's 2015-08-10.json:1006), 2015-08-06.json:578 (75 % / 71 % with the old held-out half's
# 2015-08-06.json:2082), 2015-08-10.json:1546 (94 % / 94 % with attribution dev14's 2015-08-10.json:1122).
# 2015-08-10.json:1660 is skipped too: quantity dev15 (fresh16q), drawn at the same time from the same days and
# committed first (cf45bc2), holds it.
LEFT_OUT = {
    ("2015-08-10.json", 1387),
    ("2015-08-06.json", 578),
    ("2015-08-10.json", 1546),
    ("2015-08-10.json", 1660),
}


pool, draw = draw_after(dev15, NEW_GOLD, SEED, LEFT_OUT)  # dev15's pool less its draw and NEW_GOLD, shuffled

if __name__ == "__main__":
    print_draw(draw, __doc__)
