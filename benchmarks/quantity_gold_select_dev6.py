"""How the documents of ``benchmarks/quantity_gold_dev6.jsonl`` (split ``dev6``) were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, sixth fresh set, RESERVED: scored once on main and again by the lead at the end of session 9 as
an unseen check; no rule is tuned on it). The same mix of styles as dev4 and dev5, by the same
function (``draw_dev_documents``) with a new seed. Documents already in any gold of the project are
excluded: every document of the quantity gold (dev, test, dev2, dev3, dev4 and dev5), of the
attribution golds (``benchmarks/attribution_gold.jsonl``, ``2`` to ``6``: the ones on main then)
and of the precision-review sample ``benchmarks/quantity_sample.tsv``, and so is a text equal to
one of theirs. dev5's documents are taken from its own draw (``quantity_gold_select_dev5.py``), so
this draw is the same before and after dev5's gold lines reach ``quantity_gold.jsonl``.

- SaudiNewsNet: the four allowed days (never 2015-08-11.json); articles of 500-1,500 characters
  with at least 8 digits or number-like words, not in a gold; shuffled with
  ``random.Random(6066)`` and the first 24 distinct texts taken.
- WikiNews: lines with a digit, shorter than 900 characters, not in the gold; the same generator,
  the first 3.
- ANERcorp train: sentences with a digit, shorter than 600 characters, not in the gold; the same
  generator, the first 3.

Usage: python benchmarks/quantity_gold_select_dev6.py [DATA_DIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quantity_gold_select import draw_dev_documents, earlier_golds, gold_key
from quantity_gold_select_dev5 import reviewed_articles


def main(data: Path) -> None:
    # the earlier golds (named, so that a rerun after a later split was added picks the same)
    seen, seen_sha1 = earlier_golds(("dev", "test", "dev2", "dev3", "dev4"), ("", "2", "3", "4", "5", "6"))
    reviewed, reviewed_sha1 = reviewed_articles(data)
    # dev5 as its script drew it (its exclusions: the golds before it and the review sample)
    seen5, seen5_sha1 = earlier_golds(("dev", "test", "dev2", "dev3", "dev4"), ("", "2", "3", "4", "5"))
    dev5 = [
        json.loads(x)
        for x in draw_dev_documents(data, 5055, "dev5", seen5 | reviewed, seen5_sha1 | reviewed_sha1, distinct=True)
    ]
    seen |= reviewed | {gold_key(g) for g in dev5}
    seen_sha1 |= reviewed_sha1 | {str(g["sha1"]) for g in dev5}
    for line in draw_dev_documents(data, 6066, "dev6", seen, seen_sha1, distinct=True):
        print(line)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
