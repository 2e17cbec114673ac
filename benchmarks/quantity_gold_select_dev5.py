"""How the documents of the ``dev5`` split of ``benchmarks/quantity_gold.jsonl`` were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, fifth development set: dev, dev2, dev3 and dev4 had all been used as guides). The same mix of
styles as dev4, by the same function (``draw_dev_documents``) with a new seed. Documents already
in any gold of the project are excluded: every document of the quantity gold (dev, test, dev2,
dev3, dev4), of the attribution golds (``benchmarks/attribution_gold.jsonl``, ``2``, ``3``, ``4``,
``5``: the ones that existed then) and of the precision-review sample
``benchmarks/quantity_sample.tsv`` (its articles were read while choosing rules), and so is a text
equal to one of theirs.

- SaudiNewsNet: the four allowed days (never 2015-08-11.json); articles of 500-1,500 characters
  with at least 8 digits or number-like words, not in a gold; shuffled with
  ``random.Random(5055)`` and the first 24 distinct texts taken.
- WikiNews: lines with a digit, shorter than 900 characters, not in the gold; the same generator,
  the first 3.
- ANERcorp train: sentences with a digit, shorter than 600 characters, not in the gold; the same
  generator, the first 3.

Usage: python benchmarks/quantity_gold_select_dev5.py [DATA_DIR]
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quantity_gold_select import draw_dev_documents, earlier_golds


def reviewed_articles(data: Path) -> tuple[set[tuple[object, object, object, object]], frozenset[str]]:
    """The SaudiNewsNet articles of the precision review (``quantity_sample.tsv``), as gold keys and
    text SHA-1s."""
    rows = (Path(__file__).resolve().parent / "quantity_sample.tsv").read_text(encoding="utf-8").splitlines()
    keys = {(r.split("\t")[1], int(r.split("\t")[2])) for r in rows if r and not r.startswith(("#", "n\t"))}
    days: dict[str, list[dict[str, object]]] = {}
    sha1s = set()
    for file, index in keys:
        if file not in days:
            days[file] = json.loads((data / "saudinewsnet" / file).read_text(encoding="utf-8"))
        text = str(days[file][index].get("content") or "")
        sha1s.add(hashlib.sha1(text.encode("utf-8")).hexdigest())
    return {(file, index, None, None) for file, index in keys}, frozenset(sha1s)


def main(data: Path) -> None:
    # the earlier golds (named, so that a rerun after a later split was added picks the same)
    seen, seen_sha1 = earlier_golds(("dev", "test", "dev2", "dev3", "dev4"), ("", "2", "3", "4", "5"))
    reviewed, reviewed_sha1 = reviewed_articles(data)
    for line in draw_dev_documents(data, 5055, "dev5", seen | reviewed, seen_sha1 | reviewed_sha1, distinct=True):
        print(line)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
