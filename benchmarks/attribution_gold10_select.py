"""Draw the articles of the dev9 attribution set (issue 14, session 11), reproducibly.

dev9 is reserved: 30 articles drawn like dev7's (``attribution_gold8_select.py``) with a new seed, but
only from 2015-08-06 and 2015-08-10 (never 2015-08-11), since review samples drawn at the same time
come from 2015-07-22 and 2015-07-31 and must not overlap it. The pool is every article of those two
days with 900–2,200 characters of content that dev8's draw left out (``attribution_gold9_select.py``:
the attribution golds to dev7, both reviewed attribution samples, the quantity review, the quantity
golds to dev7, the clitic golds dev2 and dev3) and that is in none of the golds added since
(``attribution_gold9.jsonl``, dev8; ``quantity_gold_dev8.jsonl``; ``clitic_gold_dev4.jsonl``);
matched by file and index and by the SHA-1 of the text. The pool, in day order then index order, is
shuffled with ``random.Random(SEED).shuffle`` and taken in that order with at most 3 per outlet until
``--n`` are drawn (``draw_unused`` has no day filter: the pool is built with ``unused_articles``,
filtered by day and drawn with ``draw_from``, the two steps ``draw_unused`` is made of). The files are
named, not globbed, so a later gold does not shift it. dev9 is reserved: scored once on main when it
was annotated, then only by the lead at the end of the session; nobody tunes on it.

Round 3 (session 11): seven articles of that first draw were among the texts of ``benchmarks/snapshot.py``,
whose outputs the other helpers compare (by ``gold_overlap``'s test: a third or more of the article's word
6-grams in one snapshot text). They went to dev10 (a tuning set, ``attribution_gold11_select.py``) and
were replaced by a second draw with its own seed (``SEED2``) from the same two days and the same pool,
without the first draw's 30 and its near copies (``LEFT_OUT``), dev10 (``attribution_gold11.jsonl``
and its near copies) and every article that is among the snapshot's texts: the pool's articles whose
word 6-grams are a third or more in one of them (the seed articles and the first 300 of each of the
four days, all four, title and content), with at most 3 per outlet counting the 23 kept. The
script prints the 23 kept in their drawn order, then the replacements in theirs.

Usage::

    python benchmarks/attribution_gold10_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import attribution_gold8_select as dev7  # noqa: E402
import attribution_gold9_select as dev8  # noqa: E402
from attribution_gold4_select import Article, draw_from, gold_articles, print_draw, unused_articles  # noqa: E402
from gold_overlap import near_copies  # noqa: E402
from snapshot import texts as snapshot_texts  # noqa: E402

SEED = 20261220
SEED2 = 20261222  # the replacements' draw (round 3)
BENCH = ROOT / "benchmarks"
DAYS = ("2015-08-06.json", "2015-08-10.json")  # the other allowed days are the review samples' this session
GOLD = [BENCH / "attribution_gold9.jsonl", BENCH / "quantity_gold_dev8.jsonl", BENCH / "clitic_gold_dev4.jsonl"]
# Near copies of articles of other sets (benchmarks/gold_overlap.py; share of the drawn article's word
# 6-grams in the other), found in the draw before anything was annotated; the draw takes ``--n`` more
# than it prints and drops them (so the others keep their drawn order; each still counted for its outlet):
# 2015-08-06.json:1982 (37 % in attribution dev3's 2015-08-06.json:2770), 2015-08-06.json:427 (44 % in
# attribution dev's 2015-08-06.json:3149 and quantity dev2's saudinewsnet-dev2-02), 2015-08-10.json:84
# (68 % in attribution dev's 2015-08-10.json:918), 2015-08-10.json:874 (39 % in attribution dev's
# 2015-08-10.json:1001).
LEFT_OUT = {("2015-08-06.json", 1982), ("2015-08-06.json", 427), ("2015-08-10.json", 84), ("2015-08-10.json", 874)}
# The same check on the replacements' draw: none.
LEFT_OUT2: set[tuple[str, int]] = set()


def used() -> tuple[set[tuple[str, int]], set[str]]:
    """What dev8's draw left out (with the SHA-1s of the reviewed texts), and the golds added since."""
    places, shas = dev8.used()
    more_places, more_shas = gold_articles(GOLD)
    return places | more_places, shas | more_shas


def first_draw(data: Path, n: int = 30, per_outlet: int = 3) -> list[tuple[str, int, Article]]:
    """The first draw (round 1), in the drawn order: what dev10's draw leaves out."""
    places, shas = used()
    pool = unused_articles(data, 900, 2200, places, shas | dev7.reviewed_texts(data, places))
    drawn = draw_from([d for d in pool if d[0] in DAYS], SEED, n + len(LEFT_OUT), per_outlet)
    return [d for d in drawn if (d[0], d[1]) not in LEFT_OUT][:n]


def among_snapshot(data: Path, articles: list[tuple[str, int, Article]]) -> set[tuple[str, int]]:
    """The (file, index) of the ``articles`` that are among ``snapshot.py``'s texts: a third or more of the
    content's word 6-grams in one of them (``gold_overlap``'s near copy, the test of its ``--snapshot``)."""
    snap = dict(enumerate(snapshot_texts(data, data.parent / "seeds")))
    return near_copies({(day, i): art["content"] for day, i, art in articles}, snap)


def draw(data: Path, n: int, per_outlet: int = 3) -> list[tuple[str, int, Article]]:
    """dev9: the first draw's articles not among the snapshot's texts, then their replacements."""
    import attribution_gold11_select as dev10  # here: dev10's draw imports this module

    first = first_draw(data, n, per_outlet)
    seen = among_snapshot(data, first)
    kept = [d for d in first if (d[0], d[1]) not in seen]
    places, shas = used()
    dev10_places, dev10_shas = gold_articles([BENCH / "attribution_gold11.jsonl"])
    places |= {(d[0], d[1]) for d in first} | LEFT_OUT | dev10_places | dev10.LEFT_OUT
    shas |= dev10_shas | dev7.reviewed_texts(data, places)
    pool = [d for d in unused_articles(data, 900, 2200, places, shas) if d[0] in DAYS]
    in_snapshot = among_snapshot(data, pool)
    pool = [d for d in pool if (d[0], d[1]) not in in_snapshot]
    per = Counter(art["source"] for _, _, art in kept)
    more = draw_from(pool, SEED2, len(pool), len(pool))  # the whole pool in SEED2's order
    out = []
    for day, i, art in more:
        if (day, i) in LEFT_OUT2 or per[art["source"]] >= per_outlet:
            continue
        per[art["source"]] += 1
        out.append((day, i, art))
        if len(out) == len(seen):
            break
    return kept + out


def main() -> None:
    print_draw(draw, __doc__)


if __name__ == "__main__":
    main()
