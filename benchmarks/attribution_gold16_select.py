"""Draw the articles of the dev15 attribution set (issue 14, session 15), reproducibly.

dev15 is a fourth reserved set, beside the held-out half and dev14, now that dev13 is a tuning set (session
15): 30 articles drawn as dev14 was (``attribution_gold15_select.py``: only 2015-08-06 and 2015-08-10, never
2015-08-11; review samples come from 2015-07-22 and 2015-07-31; the pool of dev11, none of it among
``benchmarks/snapshot.py``'s texts) with a new seed, without dev14's draw and its near copies (``LEFT_OUT``),
and without the files added since dev14's pool was fixed, named, not globbed, so that a later gold does not
shift it (``NEW_GOLD``: attribution dev14 and quantity dev13; no review sample file was added since), matched
by file and index and by the SHA-1 of the text. The pool is shuffled whole with ``SEED`` (``draw_from``) and
taken in that order with at most 3 per outlet, skipping the near copies found in the shuffled order before
anything was annotated (``LEFT_OUT``). dev15 is reserved: scored once on main when it was annotated, then
only by the lead at the end of a session; nobody reads its errors or tunes on it.

Usage::

    python benchmarks/attribution_gold16_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import attribution_gold15_select as dev14  # noqa: E402
from attribution_gold4_select import Article, draw_from, pool_without, print_draw  # noqa: E402

SEED = 20261501
BENCH = ROOT / "benchmarks"
# only their articles' places and SHA-1s are read
NEW_GOLD = [BENCH / "attribution_gold15.jsonl", BENCH / "quantity_gold_dev13.jsonl"]
# Near copies of articles of other sets (benchmarks/gold_overlap.py's measure: share of the drawn article's word
# 6-grams in the other, and of the other's in it; a pair when either passes a third; every set of
# gold_overlap.SETS and the snapshot's texts compared), found in the shuffled order before anything was
# annotated and skipped (they do not count for their outlet): 2015-08-06.json:1344 (29 % / 38 % with the
# attribution held-out half's 2015-08-06.json:607), :651 (44 % / 45 % with attribution dev14's
# 2015-08-06.json:1833), 2015-08-10.json:912 (65 % / 63 % with quantity dev13's saudinewsnet-dev13-20,
# 2015-08-10.json:381), 2015-08-06.json:1614 (30 % / 34 % with attribution dev11's 2015-08-06.json:2003),
# 2015-08-10.json:1163 (91 % / 88 % with quantity dev13's saudinewsnet-dev13-08, 2015-08-10.json:1655), then,
# in the order that followed, 2015-08-06.json:565 (29 % / 60 % with attribution dev13's 2015-08-06.json:942):
# copies of articles already annotated add nothing new. 2015-08-10.json:1551 is skipped too: quantity dev14
# (fresh15q, drawn at the same time from the same days and committed first) holds it.
LEFT_OUT = {
    ("2015-08-06.json", 1344),
    ("2015-08-06.json", 651),
    ("2015-08-10.json", 912),
    ("2015-08-06.json", 1614),
    ("2015-08-10.json", 1163),
    ("2015-08-06.json", 565),
    ("2015-08-10.json", 1551),
}


def pool(data: Path) -> list[tuple[str, int, Article]]:
    """dev14's pool without dev14's draw, its near copies and the golds added since."""
    return pool_without(dev14.pool(data), dev14.draw(data, 30), dev14.LEFT_OUT, NEW_GOLD)


def draw(data: Path, n: int, per_outlet: int = 3) -> list[tuple[str, int, Article]]:
    """The drawn articles, in the drawn order."""
    return draw_from(pool(data), SEED, n, per_outlet, skip=LEFT_OUT)


def main() -> None:
    print_draw(draw, __doc__)


if __name__ == "__main__":
    main()
