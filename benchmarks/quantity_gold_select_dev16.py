"""How the documents of ``benchmarks/quantity_gold_dev16.jsonl`` (split ``dev16``) were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, sixteenth fresh set, RESERVED from session 17: scored once on main's stage when drawn and again by
the lead at the end of a session as an unseen check; nobody chooses a rule on it or reads its errors).
The draw is dev15's (``quantity_gold_select_dev14.py``'s ``print_draw``; dev11's ``draw``: the pool of
2015-08-06 and 2015-08-10, 500-1,500 characters, none among the snapshot's texts, near copies of left-out
documents and of each other left out, the 24 + 3 + 3 mix), called with a new seed (``SEED``), more left
out, and two changes, both fixed before any article was annotated:

- a SaudiNewsNet article needs at least ``MIN_NUMBERS`` (9) digit runs or number-like words (``NUM`` of
  ``quantity_gold_select.py``), not 8, because dev15's draw held fewer figures than the sets before it
  (208 quantities); the articles under the limit are added to the left-out keys before the draw (``draw``
  has no limit parameter; dev9 left out the other two days the same way);
- a near copy the other way round is left out too (``copies_of_left_out``): an article of the two days
  that holds at least a third of a left-out article's word 6-grams. ``draw`` leaves out an article when a
  third of *its* 6-grams are in a left-out one; ``gold_overlap.py`` lists a pair when either share passes,
  and a second run of this draw held ``2015-08-06.json:2532``, which holds 37 % of the 6-grams of dev9's
  ``saudinewsnet-dev9-00`` (a tuning article) while under a third of its own are there.

How 9 was fixed, by counts of the pool only (500-1,500 characters, not left out, none among the snapshot's
texts, no near copy either way): a first run with dev8's limit, 12, printed 15 SaudiNewsNet articles (the
pool had run out); a second with 10 printed 24, one of them the near copy above (its place and the first
six articles of that run were seen; they are in this draw or not as the seed gives). Counted then with the
near copies both ways left out: 38 articles with at least 8, 26 with 9, 23 with 10, 14 with 12. 9 is the
highest limit that still fills the 24 from the two reserved days; 2015-07-22 and 2015-07-31 were not
needed.

Left out besides dev15's left-out documents (its ``LATER_GOLDS``, imported, and dev13's ``LATER_REVIEWS``):
the golds made since (``LATER_GOLDS``: quantity dev15 and attribution dev16, ``attribution_gold17.jsonl``;
named, not globbed, so that a gold added later does not shift the draw). No review sample of session 16
reads these two days (``clitic_construct_context.py`` reads the clitic dev sets only). Attribution dev17
(fresh17a) was drawn from the same two days at the same time; its draw was not written when this one was
made, so nothing of it is left out here (the two draws were compared after both were committed).

Usage: python benchmarks/quantity_gold_select_dev16.py [DATA_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_overlap import near_copy_pairs
from quantity_gold_select import NUM, Key
from quantity_gold_select_dev7 import saudinewsnet_articles
from quantity_gold_select_dev9 import POOL_DAYS
from quantity_gold_select_dev11 import draw, left_out, reviewed_keys
from quantity_gold_select_dev13 import LATER_REVIEWS
from quantity_gold_select_dev15 import LATER_GOLDS as DEV15_LATER_GOLDS

SEED = 16161
MIN_NUMBERS = 9
LATER_GOLDS = (*DEV15_LATER_GOLDS, "quantity_gold_dev15.jsonl", "attribution_gold17.jsonl")


def few_numbers(data: Path) -> frozenset[Key]:
    """The SaudiNewsNet articles with fewer than ``MIN_NUMBERS`` digit runs or number-like words."""
    return frozenset(k for k, t in saudinewsnet_articles(data).items() if len(NUM.findall(t)) < MIN_NUMBERS)


def copies_of_left_out(data: Path) -> frozenset[Key]:
    """The articles of ``POOL_DAYS`` not left out that hold at least a third of the word 6-grams of a left-out
    article (dev11's ``left_out`` with ``LATER_GOLDS``, and the articles of ``LATER_REVIEWS``)."""
    seen = left_out(data, LATER_GOLDS)[0] | reviewed_keys(LATER_REVIEWS)
    articles = saudinewsnet_articles(data)
    pool = {k: t for k, t in articles.items() if k[0] in POOL_DAYS and k not in seen}
    return frozenset(k for _, k in near_copy_pairs({k: t for k, t in articles.items() if k in seen}, pool))


def dev16_draw(data: Path) -> list[str]:
    """The draw's JSON lines: dev15's draw with ``SEED`` and ``LATER_GOLDS``, the articles of ``few_numbers``
    and of ``copies_of_left_out`` left out too."""
    also = frozenset(reviewed_keys(LATER_REVIEWS)) | few_numbers(data) | copies_of_left_out(data)
    return draw(data, SEED, "dev16", LATER_GOLDS, also)


if __name__ == "__main__":
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data"
    for line in dev16_draw(data):
        print(line)
