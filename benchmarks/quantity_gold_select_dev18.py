"""How the documents of ``benchmarks/quantity_gold_dev18.jsonl`` (split ``dev18``) were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, eighteenth fresh set, RESERVED from session 20: scored once on main's stage when drawn and again by
the lead at the end of a session as an unseen check; nobody chooses a rule on it or reads its errors).
dev17's draw (``draw_lazily`` of ``quantity_gold_select_dev17.py``: 24 SaudiNewsNet articles of 500-1,500
characters of **2015-07-22 and 2015-07-31 only** with at least 9 figures, 3 WikiNews lines and 3 ANERcorp
train sentences with a digit, one ``random.Random(SEED)``; the slow checks, not among or a near copy either
way of ``benchmarks/snapshot.py``'s texts, of a left-out article or of an article already drawn, run per
candidate in the shuffled order), with a new seed and the golds made since dev17's draw left out too.
Quantity work of session 20 reads 2015-08-06 / 2015-08-10; never 2015-08-11.json.

Left out: everything dev17's draw left out (every gold of its ``LATER_GOLDS`` and dev11's lists, a text
equal to one of theirs, the scripted review samples and the two 300-article samples of these days), and
the golds made since (``LATER_GOLDS``: quantity dev17 = ``quantity_gold_dev17.jsonl``, attribution dev18 =
``attribution_gold19.jsonl`` and dev19 = ``attribution_gold20.jsonl``; named, not globbed). Attribution
dev20 (fresh20a, drawn this session) comes from 2015-08-06 / 2015-08-10, so shares no article with this
draw. Not reproducible here, so not left out: helpers' ad-hoc seeded reads (none an annotation).

Usage: python benchmarks/quantity_gold_select_dev18.py [DATA_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quantity_gold_select_dev17 import LATER_GOLDS as DEV17_LATER_GOLDS, MIN_NUMBERS, draw_lazily

SEED = 20262002
LATER_GOLDS = (*DEV17_LATER_GOLDS, "quantity_gold_dev17.jsonl", "attribution_gold19.jsonl", "attribution_gold20.jsonl")


def dev18_draw(data: Path) -> list[str]:
    """The draw's JSON lines (the docstring's filters; the slow ones only on candidates in shuffled order)."""
    return draw_lazily(data, SEED, "dev18", LATER_GOLDS, MIN_NUMBERS)


if __name__ == "__main__":
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data"
    for line in dev18_draw(data):
        print(line)
