"""How the documents of ``benchmarks/quantity_gold_dev21.jsonl`` (split ``dev21``) were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, twenty-first fresh set, RESERVED from session 26: scored once by the lead on main after the merge and again
at the end of a session as an unseen check; nobody chooses a rule on it or reads its errors).
dev20's draw (``draw_lazily`` of ``quantity_gold_select_dev17.py``: 24 SaudiNewsNet articles of 500-1,500
characters of **2015-08-06 and 2015-08-10 only** (``DAYS21`` = dev20's ``DAYS20``) with at least ``MIN_NUMBERS``
figures (``NUM``), 3 WikiNews lines and 3 ANERcorp train sentences with a digit, one ``random.Random(SEED)``;
the slow checks, not among or a near copy either way of ``benchmarks/snapshot.py``'s texts, of a left-out
article or of an article already drawn, run per candidate in the shuffled order), with a new seed and the
golds made since dev20's draw left out too. Quantity work of session 26 reads unannotated 2015-07-22 /
2015-07-31 text, so the reserved set comes from the other two days; never 2015-08-11.json.

The parameters were fixed before any article was read: the seed, the days and the length as above, and
``MIN_NUMBERS`` by dev20's way, the count of SaudiNewsNet lines the draw prints (ids only): 9 printed 1, 8
printed 4, 7 (and 6) printed 24, so 7, dev20's limit, is the highest that fills the 24. Before the slow
checks the two days held 134 articles with at least 9 figures, 156 with 8 and 203 with 7 that no gold or review
had taken (dev20 took 24 of the 227 with 7 of its draw); the draw asked 183 of the 203 in the shuffled order and
passed over 159 (97 a near copy of a snapshot text, 62 of a left-out article, none of an article already drawn)
before 24 passed: the number-rich articles of these two days are nearly spent (20 left unasked).

Left out: everything dev20's draw left out (every gold of its ``LATER_GOLDS`` and dev11's lists, a text
equal to one of theirs, the TSV reviews with dev20's ``LATER_REVIEWS``, the two scripted 300-article samples of
2015-07-22 / 2015-07-31), and the golds made since (``LATER_GOLDS``: quantity dev20 =
``quantity_gold_dev20.jsonl``, so dev20's draw, and attribution dev24 = ``attribution_gold25.jsonl``; named,
not globbed). No review sample was written since dev20's draw (``LATER_REVIEWS`` = dev20's). Not reproducible
here, so not left out: helpers' ad-hoc seeded reads (none an annotation).

Usage: python benchmarks/quantity_gold_select_dev21.py [DATA_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quantity_gold_select_dev17 import draw_lazily
from quantity_gold_select_dev20 import DAYS20, LATER_GOLDS as DEV20_LATER_GOLDS, LATER_REVIEWS as DEV20_LATER_REVIEWS

SEED = 20262601
MIN_NUMBERS = 7
DAYS21 = DAYS20
LATER_GOLDS = (*DEV20_LATER_GOLDS, "quantity_gold_dev20.jsonl", "attribution_gold25.jsonl")
LATER_REVIEWS = DEV20_LATER_REVIEWS


def dev21_draw(data: Path, min_numbers: int = MIN_NUMBERS) -> list[str]:
    """The draw's JSON lines (the docstring's filters; the slow ones only on candidates in shuffled order)."""
    return draw_lazily(data, SEED, "dev21", LATER_GOLDS, min_numbers, DAYS21, LATER_REVIEWS)


if __name__ == "__main__":
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data"
    for line in dev21_draw(data):
        print(line)
