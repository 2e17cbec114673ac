"""How the documents of ``benchmarks/quantity_gold_dev19.jsonl`` (split ``dev19``) were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, nineteenth fresh set, RESERVED from session 22: scored once on main's stage when drawn and again by
the lead at the end of a session as an unseen check; nobody chooses a rule on it or reads its errors).
dev18's draw (``draw_lazily`` of ``quantity_gold_select_dev17.py``: 24 SaudiNewsNet articles of 500-1,500
characters with at least ``MIN_NUMBERS`` figures (``NUM``), 3 WikiNews lines and 3 ANERcorp train sentences with a
digit, one ``random.Random(SEED)``; the slow checks, not among or a near copy either way of
``benchmarks/snapshot.py``'s texts, of a left-out article or of an article already drawn, run per candidate
in the shuffled order), with a new seed, the golds made since dev18's draw left out too, and **the days
2015-08-06 and 2015-08-10** (``DAYS19``; ``draw_lazily``'s ``days``): quantity work of session 22 reads
unannotated 2015-07-22 / 2015-07-31 text, so the reserved set comes from the other two days; never
2015-08-11.json.

How 7 was fixed (dev16's way, by the count of SaudiNewsNet lines the draw prints, before any article was read):
dev16 to dev18's limit, 9, printed 2 (dev9 to dev16 and the attribution golds had taken these days' articles
with many figures); 8 printed 14; 7, 6 and 5 each printed 24. 7 is the highest limit that fills the 24 from
the two days, so this set holds fewer figures per article than dev18.

Left out: everything dev18's draw left out (every gold of its ``LATER_GOLDS`` and dev11's lists, a text
equal to one of theirs, the scripted review samples: the TSV reviews and the two 300-article samples of
2015-07-22 / 2015-07-31), and the golds made since (``LATER_GOLDS``: quantity dev18 =
``quantity_gold_dev18.jsonl``, attribution dev20 = ``attribution_gold21.jsonl`` and dev21 =
``attribution_gold22.jsonl``; named, not globbed). Not reproducible here, so not left out: helpers' ad-hoc
seeded reads (none an annotation).

Usage: python benchmarks/quantity_gold_select_dev19.py [DATA_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quantity_gold_select_dev17 import draw_lazily
from quantity_gold_select_dev18 import LATER_GOLDS as DEV18_LATER_GOLDS

SEED = 20262202
MIN_NUMBERS = 7
DAYS19 = ("2015-08-06", "2015-08-10")
LATER_GOLDS = (*DEV18_LATER_GOLDS, "quantity_gold_dev18.jsonl", "attribution_gold21.jsonl", "attribution_gold22.jsonl")


def dev19_draw(data: Path) -> list[str]:
    """The draw's JSON lines (the docstring's filters; the slow ones only on candidates in shuffled order)."""
    return draw_lazily(data, SEED, "dev19", LATER_GOLDS, MIN_NUMBERS, DAYS19)


if __name__ == "__main__":
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data"
    for line in dev19_draw(data):
        print(line)
