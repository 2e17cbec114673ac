"""Draw the articles of the dev6 attribution set (issue 14, session 13, round 2), reproducibly.

The same draw as dev5's (``attribution_gold6_select.py``), with a new seed, and with dev5's articles
left out too: every article of 2015-07-22, 07-31, 08-06 and 08-10 (never 2015-08-11) with 900–2,200
characters of content that is in none of the gold files that existed before this draw
(``attribution_gold.jsonl`` to ``attribution_gold6.jsonl``, and the dev, test, dev2, dev3 and dev4
records of ``quantity_gold.jsonl``; by file and index and by the SHA-1 of the text) and in neither
reviewed precision sample, pooled in day order then index order, shuffled with
``random.Random(SEED).shuffle`` and taken in that order with at most 3 per outlet until ``--n`` are
drawn. dev6 is reserved: scored once on main when it was annotated, then only by the lead at the
end of the session; nobody tunes on it.

Usage::

    python benchmarks/attribution_gold7_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import attribution_gold6_select as dev5  # noqa: E402
from attribution_gold4_select import Article, draw_unused, gold_articles, print_draw  # noqa: E402

SEED = 20261217
DEV5_GOLD = ROOT / "benchmarks" / "attribution_gold6.jsonl"


def used() -> tuple[set[tuple[str, int]], set[str]]:
    """The articles already in a gold file or in a reviewed precision sample when dev6 was drawn: those
    dev5's draw left out, and dev5's own."""
    places, shas = dev5.used()
    more_places, more_shas = gold_articles([DEV5_GOLD])
    return places | more_places, shas | more_shas


def draw(data: Path, n: int, per_outlet: int = 3) -> list[tuple[str, int, Article]]:
    """The drawn articles, in the drawn order."""
    return draw_unused(data, used(), SEED, n, per_outlet)


def main() -> None:
    print_draw(draw, __doc__)


if __name__ == "__main__":
    main()
