"""Draw the articles of the dev4 attribution set (issue 14, session 10), reproducibly.

The same draw as dev3's (``attribution_gold4_select.py``), with a new seed, and with the articles
of the precision-review sample left out too: every article of 2015-07-22, 07-31, 08-06 and 08-10
(never 2015-08-11) with 900–2,200 characters of content that is in none of the gold files that
existed before this draw (``attribution_gold.jsonl`` to ``attribution_gold4.jsonl``, and the dev,
test, dev2 and dev3 records of ``quantity_gold.jsonl``; matched by file and index and by the SHA-1
of the text) and not one of the 60 articles of the reviewed precision sample
(``attribution_sample_reviewed.tsv``: ``attribution_sample.py`` draws them from what the pipeline
finds, so they are kept as a list rather than drawn again), pooled in day order then index order,
shuffled with ``random.Random(SEED).shuffle`` and taken in that order with at most 3 per outlet
until ``--n`` are drawn. The gold files are named, not globbed, so a later gold does not shift it.

Usage::

    python benchmarks/attribution_gold5_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from attribution_gold4_select import Article, draw_unused, gold_articles, print_draw  # noqa: E402

SEED = 20261210
GOLD = [
    *(ROOT / "benchmarks" / f"attribution_gold{n}.jsonl" for n in ("", "2", "3", "4")),
    ROOT / "benchmarks" / "quantity_gold.jsonl",
]
QUANTITY_SPLITS = {"dev", "test", "dev2", "dev3"}  # the quantity gold's splits when dev4 was drawn
REVIEWED = ROOT / "benchmarks" / "attribution_sample_reviewed.tsv"


def used() -> tuple[set[tuple[str, int]], set[str]]:
    """The articles already in a gold file or in the reviewed precision sample when dev4 was drawn."""
    places, shas = gold_articles(
        GOLD, lambda path, rec: path.name == "quantity_gold.jsonl" and rec.get("split") not in QUANTITY_SPLITS
    )
    for line in REVIEWED.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            day, index, _outlet, sha = line.split("\t")
            places.add((day, int(index)))
            shas.add(sha)
    return places, shas


def draw(data: Path, n: int, per_outlet: int = 3) -> list[tuple[str, int, Article]]:
    """The drawn articles, in the drawn order."""
    return draw_unused(data, used(), SEED, n, per_outlet)


def main() -> None:
    print_draw(draw, __doc__)


if __name__ == "__main__":
    main()
