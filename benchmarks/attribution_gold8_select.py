"""Draw the articles of the dev7 attribution set (issue 14, session 14), reproducibly.

The same draw as dev6's (``attribution_gold7_select.py``), with a new seed, and with more left out:
every article of 2015-07-22, 07-31, 08-06 and 08-10 (never 2015-08-11) with 900–2,200 characters of
content that is in none of the attribution golds that existed before this draw
(``attribution_gold.jsonl`` to ``attribution_gold7.jsonl``, dev6's own articles included), in no record
of the quantity golds (every split of ``quantity_gold.jsonl``, dev5 included, and
``quantity_gold_dev6.jsonl``), in neither clitic gold (``clitic_gold_dev2.jsonl``,
``clitic_gold_dev3.jsonl``), and not one of the articles of the two reviewed attribution precision
samples (``attribution_sample_reviewed.tsv``, ``attribution_sample_review2.tsv``) or of the quantity
precision review (``quantity_sample.tsv``); matched by file and index and by the SHA-1 of the text.
Pooled in day order then index order, shuffled with ``random.Random(SEED).shuffle`` and taken in that
order with at most 3 per outlet until ``--n`` are drawn. The files are named, not globbed, so a later
gold does not shift it. dev7 is reserved: scored once on main when it was annotated, then only by the
lead at the end of the session; nobody tunes on it.

Usage::

    python benchmarks/attribution_gold8_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import attribution_gold7_select as dev6  # noqa: E402
from attribution_gold4_select import DAYS, Article, draw_unused, gold_articles, print_draw  # noqa: E402

SEED = 20261218
BENCH = ROOT / "benchmarks"
# every record of these is left out (the quantity golds' WikiNews and ANERcorp records add only SHA-1s)
GOLD = [
    BENCH / "attribution_gold7.jsonl",
    BENCH / "quantity_gold.jsonl",
    BENCH / "quantity_gold_dev6.jsonl",
    BENCH / "clitic_gold_dev2.jsonl",
    BENCH / "clitic_gold_dev3.jsonl",
]
QUANTITY_REVIEW = BENCH / "quantity_sample.tsv"  # n, file, index, ...: the articles, not their texts


def used() -> tuple[set[tuple[str, int]], set[str]]:
    """The articles already in a gold file or in a reviewed precision sample when dev7 was drawn: those
    dev6's draw left out (attribution golds to gold6, both attribution reviews), and the rest of ``GOLD``."""
    places, shas = dev6.used()
    more_places, more_shas = gold_articles(GOLD)
    places |= more_places
    for line in QUANTITY_REVIEW.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.strip() and not line.startswith(("#", "n\t")):
            places.add((cols[1], int(cols[2])))
    return places, shas | more_shas


def reviewed_texts(data: Path, places: set[tuple[str, int]]) -> set[str]:
    """The SHA-1s of the texts at ``places`` on the four allowed days (the quantity review gives no
    SHA-1: a copy of a left-out article under another index is left out too)."""
    shas = set()
    for day in sorted({day for day, _ in places} & set(DAYS)):
        arts = json.loads((data / "saudinewsnet" / day).read_text(encoding="utf-8"))
        shas |= {hashlib.sha1(arts[i]["content"].encode("utf-8")).hexdigest() for d, i in places if d == day}
    return shas


def draw(data: Path, n: int, per_outlet: int = 3) -> list[tuple[str, int, Article]]:
    """The drawn articles, in the drawn order."""
    places, shas = used()
    return draw_unused(data, (places, shas | reviewed_texts(data, places)), SEED, n, per_outlet)


def main() -> None:
    print_draw(draw, __doc__)


if __name__ == "__main__":
    main()
