"""Draw the articles of the dev5 attribution set (issue 14, session 13), reproducibly.

The same draw as dev4's (``attribution_gold5_select.py``), with a new seed, and with the articles
of both precision-review samples left out too: every article of 2015-07-22, 07-31, 08-06 and 08-10
(never 2015-08-11) with 900–2,200 characters of content that is in none of the gold files that
existed before this draw (``attribution_gold.jsonl`` to ``attribution_gold5.jsonl``, and the dev,
test, dev2, dev3 and dev4 records of ``quantity_gold.jsonl``; matched by file and index and by the
SHA-1 of the text) and not one of the articles of the two reviewed precision samples
(``attribution_sample_reviewed.tsv``, session 9, and ``attribution_sample_review2.tsv``, session 12:
``attribution_sample.py`` draws them from what the pipeline finds, so they are kept as lists rather
than drawn again), pooled in day order then index order, shuffled with
``random.Random(SEED).shuffle`` and taken in that order with at most 3 per outlet until ``--n`` are
drawn. The gold files are named, not globbed, so a later gold does not shift it.

Usage::

    python benchmarks/attribution_gold6_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from attribution_gold4_select import Article, draw_unused, gold_articles, print_draw  # noqa: E402

SEED = 20261216
GOLD = [
    *(ROOT / "benchmarks" / f"attribution_gold{n}.jsonl" for n in ("", "2", "3", "4", "5")),
    ROOT / "benchmarks" / "quantity_gold.jsonl",
]
QUANTITY_SPLITS = {"dev", "test", "dev2", "dev3", "dev4"}  # the quantity gold's splits when dev5 was drawn
# the two reviewed precision samples: (file, index, SHA-1) in columns 0, 1, 3 of the first and 1, 2, 4 of
# the second (which numbers its rows first)
REVIEWED = {
    ROOT / "benchmarks" / "attribution_sample_reviewed.tsv": 0,
    ROOT / "benchmarks" / "attribution_sample_review2.tsv": 1,
}


def used() -> tuple[set[tuple[str, int]], set[str]]:
    """The articles already in a gold file or in a reviewed precision sample when dev5 was drawn."""
    places, shas = gold_articles(
        GOLD, lambda path, rec: path.name == "quantity_gold.jsonl" and rec.get("split") not in QUANTITY_SPLITS
    )
    for path, first in REVIEWED.items():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                cols = line.split("\t")
                places.add((cols[first], int(cols[first + 1])))
                shas.add(cols[first + 3])
    return places, shas


def draw(data: Path, n: int, per_outlet: int = 3) -> list[tuple[str, int, Article]]:
    """The drawn articles, in the drawn order."""
    return draw_unused(data, used(), SEED, n, per_outlet)


def main() -> None:
    print_draw(draw, __doc__)


if __name__ == "__main__":
    main()
