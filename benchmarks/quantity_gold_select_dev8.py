"""How the documents of ``benchmarks/quantity_gold_dev8.jsonl`` (split ``dev8``) were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, eighth fresh set, a TUNING set for the quantity-rule helper of session 10: scored once on main
when drawn, then anyone may read its errors and tune on it). The same mix of styles as dev4 to dev7,
by the same function (``draw_dev_documents``) with a new seed, and dev7's near-copy rule
(``near_copies`` of ``quantity_gold_select_dev7.py``). Left out: every document of the quantity gold
(dev, test, dev2 to dev5 in ``quantity_gold.jsonl``, dev6 and dev7 in their own files), of the
attribution golds (``attribution_gold.jsonl``, ``2`` to ``9``: dev8 of attribution included), of the
clitic golds, of the precision reviews (``quantity_sample.tsv``, ``attribution_sample_reviewed.tsv``,
``attribution_sample_review2.tsv``: the articles ``attribution_gold9_select.used`` lists), a text equal
to one of theirs, a near copy of one of them, and the later of two near copies in the draw itself.

New for dev8, richer in figures: a SaudiNewsNet article must have at least ``MIN_NUMBERS`` (12)
digit runs or number-like words (``NUM`` of ``quantity_gold_select.py``) rather than the 8 of the
earlier draws; ``draw_dev_documents`` has no filter hook, so the articles below that are added to the
left-out keys before the draw (cheap: one regex count per article).

- SaudiNewsNet: the four allowed days (never 2015-08-11.json); articles of 500-1,500 characters
  with at least 12 digits or number-like words, not left out; shuffled with
  ``random.Random(8088)`` and the first 24 distinct texts taken.
- WikiNews: lines with a digit, shorter than 900 characters, not in a gold; the same generator,
  the first 3.
- ANERcorp train: sentences with a digit, shorter than 600 characters, not in a gold; the same
  generator, the first 3.

Usage: python benchmarks/quantity_gold_select_dev8.py [DATA_DIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import attribution_gold9_select as attribution_dev8
from attribution_gold4_select import gold_articles
from quantity_gold_select import NUM, Key, earlier_golds, gold_key
from quantity_gold_select_dev5 import reviewed_articles
from quantity_gold_select_dev7 import draw_without_near_copies, saudinewsnet_articles

SEED = 8088
MIN_NUMBERS = 12
BENCH = Path(__file__).resolve().parent


def left_out(data: Path) -> tuple[set[Key], frozenset[str]]:
    """The keys and text SHA-1s of every gold document and reviewed article named in the docstring."""
    seen, seen_sha1 = earlier_golds(
        ("dev", "test", "dev2", "dev3", "dev4", "dev5"), ("", "2", "3", "4", "5", "6", "7", "8", "9")
    )
    reviewed, reviewed_sha1 = reviewed_articles(data)
    own = [BENCH / "quantity_gold_dev6.jsonl", BENCH / "quantity_gold_dev7.jsonl"]
    recs = [json.loads(x) for p in own for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
    # the attribution side's list: its golds, the clitic golds and all three reviews, by file and index
    places, shas = attribution_dev8.used()
    more_places, more_shas = gold_articles([BENCH / "attribution_gold9.jsonl"])
    places |= more_places
    shas |= more_shas | attribution_dev8.dev7.reviewed_texts(data, places)
    seen |= reviewed | {gold_key(g) for g in recs} | {(f, i, None, None) for f, i in places}
    return seen, seen_sha1 | reviewed_sha1 | {str(g["sha1"]) for g in recs} | frozenset(shas)


def main(data: Path) -> None:
    seen, seen_sha1 = left_out(data)
    few = {k for k, t in saudinewsnet_articles(data).items() if len(NUM.findall(t)) < MIN_NUMBERS}
    for line in draw_without_near_copies(data, SEED, "dev8", seen, seen_sha1, few):
        print(line)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
