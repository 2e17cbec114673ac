"""How the documents of ``benchmarks/quantity_gold_dev15.jsonl`` (split ``dev15``) were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, fifteenth fresh set, RESERVED from session 16: scored once on main's stage when drawn and again by
the lead at the end of a session as an unseen check; nobody chooses a rule on it or reads its errors).
The draw is dev14's (``quantity_gold_select_dev14.py``'s ``print_draw``; dev13's and dev11's ``draw``: the pool of
2015-08-06 and 2015-08-10, the limits and the 24 + 3 + 3 mix), called with a new seed (``SEED``) and more
left out.

Left out besides dev14's left-out documents: the golds made since (``LATER_GOLDS``: quantity dev14 and
attribution dev15, ``attribution_gold16.jsonl``; named, not globbed, so that a gold added later does not
shift the draw). No review sample was added in session 15.

Usage: python benchmarks/quantity_gold_select_dev15.py [DATA_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quantity_gold_select_dev14 import LATER_GOLDS as DEV14_LATER_GOLDS, print_draw

SEED = 15151
LATER_GOLDS = (*DEV14_LATER_GOLDS, "quantity_gold_dev14.jsonl", "attribution_gold16.jsonl")

if __name__ == "__main__":
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data"
    print_draw(data, SEED, "dev15", LATER_GOLDS)
