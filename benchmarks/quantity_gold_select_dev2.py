"""How the documents of the ``dev2`` split of ``benchmarks/quantity_gold.jsonl`` were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, second development set: dev had been used up as a guide). Documents already in the gold are
excluded.

- SaudiNewsNet: the four allowed days (never 2015-08-11.json); articles of 500-1,500 characters
  with at least 8 digits or number-like words (the pattern of ``quantity_gold_select.py``), not in
  the gold; shuffled with ``random.Random(2026)`` and the first 24 taken.
- WikiNews: lines with a digit, shorter than 900 characters, not in the gold; the same generator,
  the first 3.
- ANERcorp train: sentences with a digit, shorter than 600 characters, not in the gold; the same
  generator, the first 3.

Usage: python benchmarks/quantity_gold_select_dev2.py [DATA_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quantity_gold_select import draw_dev_documents, earlier_golds


def main(data: Path) -> None:
    # the documents of the first gold (dev and test), so that a rerun after dev2 was added picks the same
    seen, _ = earlier_golds(("dev", "test"))
    for line in draw_dev_documents(data, 2026, "dev2", seen):
        print(line)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
