"""How the documents of ``benchmarks/quantity_gold_dev20.jsonl`` (split ``dev20``) were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, twentieth fresh set, RESERVED from session 24: scored once by the lead on main after the merge and again
at the end of a session as an unseen check; nobody chooses a rule on it or reads its errors).
dev19's draw (``draw_lazily`` of ``quantity_gold_select_dev17.py``: 24 SaudiNewsNet articles of 500-1,500
characters of **2015-08-06 and 2015-08-10 only** (``DAYS20`` = dev19's ``DAYS19``) with at least ``MIN_NUMBERS``
figures (``NUM``), 3 WikiNews lines and 3 ANERcorp train sentences with a digit, one ``random.Random(SEED)``;
the slow checks, not among or a near copy either way of ``benchmarks/snapshot.py``'s texts, of a left-out
article or of an article already drawn, run per candidate in the shuffled order), with a new seed and the
golds and review sample made since dev19's draw left out too. Quantity work of session 24 reads unannotated
2015-07-22 / 2015-07-31 text, so the reserved set comes from the other two days; never 2015-08-11.json.

The parameters were fixed before any article was read: the seed, the days and the length as above, and
``MIN_NUMBERS`` by dev19's way, the count of SaudiNewsNet lines the draw prints (ids only): 9 printed 1, 8
printed 8, 7 (and 6, 5) printed 24, so 7, dev19's limit, is the highest that fills the 24. Before the slow
checks the two days held 134 articles with at least 9 figures, 160 with 8 and 227 with 7 that no gold or review
had taken; the draw asked 106 of them in the shuffled order and passed over 82 (53 a near copy of a snapshot
text, 29 of a left-out article) before 24 passed.

Left out: everything dev19's draw left out (every gold of its ``LATER_GOLDS`` and dev11's lists, a text
equal to one of theirs, the TSV reviews, the two scripted 300-article samples of 2015-07-22 / 2015-07-31), the
golds made since (``LATER_GOLDS``: quantity dev19 = ``quantity_gold_dev19.jsonl``, attribution dev22 =
``attribution_gold23.jsonl`` and dev23 = ``attribution_gold24.jsonl``; named, not globbed) and the review
sample made since (``LATER_REVIEWS``: session 23's ``quantity_sample_s23.tsv``, of 2015-07-22 / 2015-07-31, so
outside these days). Not reproducible here, so not left out: helpers' ad-hoc seeded reads (none an annotation).

Usage: python benchmarks/quantity_gold_select_dev20.py [DATA_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quantity_gold_select_dev17 import draw_lazily
from quantity_gold_select_dev19 import DAYS19, LATER_GOLDS as DEV19_LATER_GOLDS

SEED = 20262401
MIN_NUMBERS = 7
DAYS20 = DAYS19
LATER_GOLDS = (*DEV19_LATER_GOLDS, "quantity_gold_dev19.jsonl", "attribution_gold23.jsonl", "attribution_gold24.jsonl")
LATER_REVIEWS = ("quantity_sample_s23.tsv",)


def dev20_draw(data: Path) -> list[str]:
    """The draw's JSON lines (the docstring's filters; the slow ones only on candidates in shuffled order)."""
    return draw_lazily(data, SEED, "dev20", LATER_GOLDS, MIN_NUMBERS, DAYS20, LATER_REVIEWS)


if __name__ == "__main__":
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data"
    for line in dev20_draw(data):
        print(line)
