"""Draw the articles of the dev9 attribution set (issue 14, session 11), reproducibly.

dev9 is reserved: 30 articles drawn like dev7's (``attribution_gold8_select.py``) with a new seed, but
only from 2015-08-06 and 2015-08-10 (never 2015-08-11), since review samples drawn at the same time
come from 2015-07-22 and 2015-07-31 and must not overlap it. The pool is every article of those two
days with 900–2,200 characters of content that dev8's draw left out (``attribution_gold9_select.py``:
the attribution golds to dev7, both reviewed attribution samples, the quantity review, the quantity
golds to dev7, the clitic golds dev2 and dev3) and that is in none of the golds added since
(``attribution_gold9.jsonl``, dev8; ``quantity_gold_dev8.jsonl``; ``clitic_gold_dev4.jsonl``);
matched by file and index and by the SHA-1 of the text. The pool, in day order then index order, is
shuffled with ``random.Random(SEED).shuffle`` and taken in that order with at most 3 per outlet until
``--n`` are drawn (``draw_unused`` has no day filter: the pool is built with ``unused_articles``,
filtered by day and drawn with ``draw_from``, the two steps ``draw_unused`` is made of). The files are
named, not globbed, so a later gold does not shift it. dev9 is reserved: scored once on main when it
was annotated, then only by the lead at the end of the session; nobody tunes on it.

Usage::

    python benchmarks/attribution_gold10_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import attribution_gold8_select as dev7  # noqa: E402
import attribution_gold9_select as dev8  # noqa: E402
from attribution_gold4_select import Article, draw_from, gold_articles, print_draw, unused_articles  # noqa: E402

SEED = 20261220
BENCH = ROOT / "benchmarks"
DAYS = ("2015-08-06.json", "2015-08-10.json")  # the other allowed days are the review samples' this session
GOLD = [BENCH / "attribution_gold9.jsonl", BENCH / "quantity_gold_dev8.jsonl", BENCH / "clitic_gold_dev4.jsonl"]
# Near copies of articles of other sets (benchmarks/gold_overlap.py; share of the drawn article's word
# 6-grams in the other), found in the draw before anything was annotated; the draw takes ``--n`` more
# than it prints and drops them (so the others keep their drawn order; each still counted for its outlet):
# 2015-08-06.json:1982 (37 % in attribution dev3's 2015-08-06.json:2770), 2015-08-06.json:427 (44 % in
# attribution dev's 2015-08-06.json:3149 and quantity dev2's saudinewsnet-dev2-02), 2015-08-10.json:84
# (68 % in attribution dev's 2015-08-10.json:918), 2015-08-10.json:874 (39 % in attribution dev's
# 2015-08-10.json:1001).
LEFT_OUT = {("2015-08-06.json", 1982), ("2015-08-06.json", 427), ("2015-08-10.json", 84), ("2015-08-10.json", 874)}


def used() -> tuple[set[tuple[str, int]], set[str]]:
    """What dev8's draw left out (with the SHA-1s of the reviewed texts), and the golds added since."""
    places, shas = dev8.used()
    more_places, more_shas = gold_articles(GOLD)
    return places | more_places, shas | more_shas


def draw(data: Path, n: int, per_outlet: int = 3) -> list[tuple[str, int, Article]]:
    """The drawn articles, in the drawn order."""
    places, shas = used()
    pool = unused_articles(data, 900, 2200, places, shas | dev7.reviewed_texts(data, places))
    drawn = draw_from([d for d in pool if d[0] in DAYS], SEED, n + len(LEFT_OUT), per_outlet)
    return [d for d in drawn if (d[0], d[1]) not in LEFT_OUT][:n]


def main() -> None:
    print_draw(draw, __doc__)


if __name__ == "__main__":
    main()
