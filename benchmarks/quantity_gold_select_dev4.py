"""How the documents of the ``dev4`` split of ``benchmarks/quantity_gold.jsonl`` were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, fourth development set: dev, dev2 and dev3 had all been used as guides). The same mix of
styles as dev3, by the same function (``draw_dev_documents``) with a new seed. Documents already
in any gold of the project are excluded: every document of the quantity gold (dev, test, dev2,
dev3) and of the attribution golds (``benchmarks/attribution_gold.jsonl``, ``2``, ``3``, ``4``:
the ones that existed then), and so is a text equal to one of theirs.

- SaudiNewsNet: the four allowed days (never 2015-08-11.json); articles of 500-1,500 characters
  with at least 8 digits or number-like words, not in a gold; shuffled with
  ``random.Random(4044)`` and the first 24 distinct texts taken.
- WikiNews: lines with a digit, shorter than 900 characters, not in the gold; the same generator,
  the first 3.
- ANERcorp train: sentences with a digit, shorter than 600 characters, not in the gold; the same
  generator, the first 3.

Usage: python benchmarks/quantity_gold_select_dev4.py [DATA_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quantity_gold_select import draw_dev_documents, earlier_golds


def main(data: Path) -> None:
    # the earlier golds (named, so that a rerun after a later split was added picks the same)
    seen, seen_sha1 = earlier_golds(("dev", "test", "dev2", "dev3"), ("", "2", "3", "4"))
    for line in draw_dev_documents(data, 4044, "dev4", seen, seen_sha1, distinct=True):
        print(line)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
