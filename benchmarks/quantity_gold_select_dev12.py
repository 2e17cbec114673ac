"""How the documents of ``benchmarks/quantity_gold_dev12.jsonl`` (split ``dev12``) were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, twelfth fresh set, a TUNING set for session 12: scored once when drawn, then anyone may read its
errors and tune on it). Drawn as dev11 was (``draw`` of ``quantity_gold_select_dev11.py``: the same
function, pool and left-out documents: SaudiNewsNet of 2015-08-06 and 2015-08-10 only, at least 8
numbers an article, none among the snapshot's texts, every gold and review document, an equal text or a
near copy of one left out) with a new seed, and dev11's documents (reserved) and their near copies left
out too.

Usage: python benchmarks/quantity_gold_select_dev12.py [DATA_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quantity_gold_select_dev11 import draw

SEED = 12121


def main(data: Path) -> None:
    for line in draw(data, SEED, "dev12", ("quantity_gold_dev11.jsonl",)):
        print(line)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
