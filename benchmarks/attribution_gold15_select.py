"""Draw the articles of the dev14 attribution set (issue 14, session 14), reproducibly.

dev14 is a third reserved set, beside the held-out half and dev13, now that dev11 is a tuning set (session
14): 30 articles drawn as dev13 was (``attribution_gold14_select.py``: only 2015-08-06 and 2015-08-10, never
2015-08-11; review samples come from 2015-07-22 and 2015-07-31; the pool of dev11, none of it among
``benchmarks/snapshot.py``'s texts) with a new seed, without dev11's, dev12's and dev13's draws and their near
copies (``LEFT_OUT`` of each), and without the files added since dev13's pool was fixed, named, not globbed,
so that a later gold does not shift it (``NEW_GOLD``: attribution dev13; dev13's own list covers the
quantity, clitic and review files up to session 13, and no review sample file was added since), matched by
file and index and by the SHA-1 of the text. The pool is shuffled whole with ``SEED`` (``draw_from``) and
taken in that order with at most 3 per outlet, skipping the near copies found in the shuffled order before
anything was annotated (``LEFT_OUT``). dev14 is reserved: scored once on main when it was annotated, then
only by the lead at the end of a session; nobody reads its errors or tunes on it.

Usage::

    python benchmarks/attribution_gold15_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import attribution_gold14_select as dev13  # noqa: E402
from attribution_gold4_select import Article, draw_from, pool_without, print_draw  # noqa: E402

SEED = 20261401
NEW_GOLD = [ROOT / "benchmarks" / "attribution_gold14.jsonl"]  # only its articles' places and SHA-1s are read
# Near copies of articles of other sets (benchmarks/gold_overlap.py's measure: share of the drawn article's word
# 6-grams in the other, and of the other's in it; every set of gold_overlap.SETS and the snapshot's texts
# compared), found in the shuffled order before anything was annotated and skipped (they do not count for their
# outlet): 2015-08-06.json:577 (78 % / 75 % with attribution dev12's 2015-08-06.json:1580) and :2291 (50 % / 55 %
# with attribution dev9's 2015-08-06.json:1332), then, in the order that followed, :2386 (90 % / 100 % with
# attribution dev11's 2015-08-06.json:684): copies of articles already annotated add nothing new.
LEFT_OUT = {
    ("2015-08-06.json", 577),
    ("2015-08-06.json", 2291),
    ("2015-08-06.json", 2386),
}


def pool(data: Path) -> list[tuple[str, int, Article]]:
    """dev13's pool without dev13's draw, its near copies and the golds added since."""
    return pool_without(dev13.pool(data), dev13.draw(data, 30), dev13.LEFT_OUT, NEW_GOLD)


def draw(data: Path, n: int, per_outlet: int = 3) -> list[tuple[str, int, Article]]:
    """The drawn articles, in the drawn order."""
    return draw_from(pool(data), SEED, n, per_outlet, skip=LEFT_OUT)


def main() -> None:
    print_draw(draw, __doc__)


if __name__ == "__main__":
    main()
