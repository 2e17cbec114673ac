"""How the documents of ``benchmarks/quantity_gold_dev14.jsonl`` (split ``dev14``) were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, fourteenth fresh set, RESERVED from session 15: scored once on main's stage when drawn and again by
the lead at the end of a session as an unseen check; nobody chooses a rule on it or reads its errors).
The draw is dev13's (``quantity_gold_select_dev13.py`` documents the function, the pool of 2015-08-06 and
2015-08-10, the limits and the 24 + 3 + 3 mix), called with a new seed (``SEED``) and more left out.

Left out besides dev13's left-out documents (every quantity gold to dev12b, attribution golds to
``attribution_gold14.jsonl``, clitic golds dev2 to dev6, the review samples of sessions 8 to 12): the
golds made since (``LATER_GOLDS``: quantity dev13 and attribution dev14, ``attribution_gold15.jsonl``;
named, not globbed, so that a gold added later does not shift the draw). No review sample of sessions
13 and 14 reads these two days (``attribution_cue_sample_s13.py``, ``clitic_unseen_sample.py`` and
session 14's unseen reads of ``quantity_sample_s12.py`` take 2015-07-22 and 2015-07-31 only).

Usage: python benchmarks/quantity_gold_select_dev14.py [DATA_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quantity_gold_select_dev11 import draw, reviewed_keys
from quantity_gold_select_dev13 import LATER_GOLDS as DEV13_LATER_GOLDS, LATER_REVIEWS

SEED = 14141
LATER_GOLDS = (*DEV13_LATER_GOLDS, "quantity_gold_dev13.jsonl", "attribution_gold15.jsonl")


def print_draw(data: Path, seed: int, split: str, golds: tuple[str, ...]) -> None:
    """Print the draw's JSON lines: dev11's ``draw`` with ``seed``, leaving out ``golds`` and the articles of
    dev13's ``LATER_REVIEWS`` (used by dev15's script too)."""
    for line in draw(data, seed, split, golds, frozenset(reviewed_keys(LATER_REVIEWS))):
        print(line)


def main(data: Path) -> None:
    print_draw(data, SEED, "dev14", LATER_GOLDS)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
