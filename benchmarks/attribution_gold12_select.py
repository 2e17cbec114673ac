"""Draw the articles of the dev11 attribution set (issue 14, session 12), reproducibly.

dev11 is reserved: 30 articles drawn as dev9 was (``attribution_gold10_select.py``) with a new seed, only
from 2015-08-06 and 2015-08-10 (never 2015-08-11; review samples drawn at the same time come from 2015-07-22
and 2015-07-31). The pool is every article of those two days with 900–2,200 characters of content that
dev10's draw left out (``attribution_gold11_select.used``: the attribution golds to dev8, dev9's first draw
and the near copies drawn out of dev9 and dev10, the reviewed samples, the quantity golds to dev8, the
clitic golds dev2 to dev4) and that is in none of the files added since, named, not globbed, so that a
later gold does not shift it (``NEW_GOLD``: attribution dev9 and dev10, quantity dev9 and dev10, clitic
dev5; ``REVIEWS``: session 11's review samples), matched by file and index and by the SHA-1 of the text,
and that is not among the texts of ``benchmarks/snapshot.py`` (``attribution_gold10_select.among_snapshot``:
a third or more of its word 6-grams in one snapshot text), whose outputs other helpers compare and read.
The pool, in day order then index order, is shuffled with ``random.Random(SEED).shuffle`` and taken in
that order with at most 3 per outlet (``draw_from``) until ``--n`` are drawn, the near copies found in the
draw before anything was annotated (``LEFT_OUT``) dropped. dev11 is reserved: scored once on main when
it was annotated, then only by the lead at the end of the session; nobody reads its errors or tunes on it.

Usage::

    python benchmarks/attribution_gold12_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import sys
from collections.abc import Collection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import attribution_gold8_select as dev7  # noqa: E402
import attribution_gold10_select as dev9  # noqa: E402
import attribution_gold11_select as dev10  # noqa: E402
from attribution_gold4_select import Article, draw_from, gold_articles, print_draw, unused_articles  # noqa: E402

SEED = 20261230
BENCH = ROOT / "benchmarks"
NEW_GOLD = [
    BENCH / name
    for name in (
        "attribution_gold10.jsonl",
        "attribution_gold11.jsonl",
        "quantity_gold_dev9.jsonl",
        "quantity_gold_dev10.jsonl",
        "clitic_gold_dev5.jsonl",
    )
]
# session 11's review samples (file and index in the second and third columns)
REVIEWS = [
    BENCH / name
    for name in (
        "attribution_sample_contents_s11.tsv",
        "attribution_sample_sources_s11.tsv",
        "attribution_sample_sources_s11.review2.tsv",
        "quantity_sample_s11.tsv",
    )
]
# Near copies of articles of other sets (benchmarks/gold_overlap.py; share of the drawn article's word
# 6-grams in the other), found in the draw before anything was annotated; the draw takes ``--n`` more than
# it prints and drops them (the others keep their drawn order; each still counted for its outlet):
# 2015-08-06.json:980 (46 % in attribution dev9's 2015-08-06.json:1432) and 2015-08-06.json:2755 (53 % in
# quantity dev8's saudinewsnet-dev8-16).
LEFT_OUT = {("2015-08-06.json", 980), ("2015-08-06.json", 2755)}


def used(data: Path) -> tuple[set[tuple[str, int]], set[str]]:
    """What dev10's draw left out, dev10's near copies, the golds added since and session 11's reviews."""
    places, shas = dev10.used(data)
    more_places, more_shas = gold_articles(NEW_GOLD)
    places |= more_places | dev10.LEFT_OUT | dev9.LEFT_OUT2
    for path in REVIEWS:
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if line.strip() and not line.startswith(("#", "n\t")):
                places.add((cols[1], int(cols[2])))
    return places, shas | more_shas | dev7.reviewed_texts(data, places)


def pool(
    data: Path, leave_out: frozenset[tuple[str, int]] = frozenset(), days: Collection[str] = dev9.DAYS
) -> list[tuple[str, int, Article]]:
    """The articles of the two ``days`` (2015-08-06 and 08-10 unless told; dev21's draw asks for 2015-07-22 and
    07-31) not in ``used`` nor ``leave_out``, none among the snapshot's texts."""
    places, shas = used(data)
    found = [d for d in unused_articles(data, 900, 2200, places | leave_out, shas) if d[0] in days]
    seen = dev9.among_snapshot(data, found)
    return [d for d in found if (d[0], d[1]) not in seen]


def draw(data: Path, n: int, per_outlet: int = 3) -> list[tuple[str, int, Article]]:
    """The drawn articles, in the drawn order."""
    drawn = draw_from(pool(data), SEED, n + len(LEFT_OUT), per_outlet)
    return [d for d in drawn if (d[0], d[1]) not in LEFT_OUT][:n]


def main() -> None:
    print_draw(draw, __doc__)


if __name__ == "__main__":
    main()
