"""How the documents of the ``dev3`` split of ``benchmarks/quantity_gold.jsonl`` were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, third development set: dev and dev2 had both been used up as guides). Documents already in any
gold of the project are excluded: the quantity gold (dev, test, dev2) and the attribution golds
(``benchmarks/attribution_gold.jsonl``, ``2``, ``3``: the ones that existed then), and so is a text
equal to one of theirs.

- SaudiNewsNet: the four allowed days (never 2015-08-11.json); articles of 500-1,500 characters
  with at least 8 digits or number-like words (the pattern of ``quantity_gold_select.py``), not in
  a gold; shuffled with ``random.Random(3033)`` and the first 24 distinct texts taken.
- WikiNews: lines with a digit, shorter than 900 characters, not in the gold; the same generator,
  the first 3.
- ANERcorp train: sentences with a digit, shorter than 600 characters, not in the gold; the same
  generator, the first 3.

Usage: python benchmarks/quantity_gold_select_dev3.py [DATA_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quantity_gold_select import draw_dev_documents, earlier_golds


def main(data: Path) -> None:
    # the earlier golds (named, so that a rerun after a later split was added picks the same)
    seen, seen_sha1 = earlier_golds(("dev", "test", "dev2"), ("", "2", "3"))
    for line in draw_dev_documents(data, 3033, "dev3", seen, seen_sha1, distinct=True):
        print(line)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
