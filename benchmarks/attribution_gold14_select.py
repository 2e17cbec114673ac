"""Draw the articles of the dev13 attribution set (issue 14, session 13), reproducibly.

dev13 is a second reserved set beside dev11, so that the end-of-session transfer check rests on about twice
as many unseen attributions: 30 articles drawn as dev12 was (``attribution_gold13_select.py``: only
2015-08-06 and 2015-08-10, never 2015-08-11; review samples come from 2015-07-22 and 2015-07-31; the pool of
dev11, none of it among ``benchmarks/snapshot.py``'s texts) with a new seed, without dev11's and dev12's
draws and their near copies (``leave_out``), and without the files added since dev11's pool was fixed,
named, not globbed, so that a later gold does not shift it (``NEW_GOLD``: attribution dev11, dev12 and its
second annotation dev12b, quantity dev11, dev12 and dev12b, clitic dev6; ``REVIEWS``: every review sample
of ``benchmarks/*sample*.tsv`` up to session 12), matched by file and index and by the SHA-1 of the text.
The pool is shuffled whole with ``SEED`` (``draw_from``) and taken in that order with at most 3 per outlet,
skipping the near copies found in the shuffled order before anything was annotated (``LEFT_OUT``; they do
not count for their outlet, as in dev12's draw). dev13 is reserved: scored once on main when it was
annotated, then only by the lead at the end of the session; nobody reads its errors or tunes on it.

Usage::

    python benchmarks/attribution_gold14_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import attribution_gold8_select as dev7  # noqa: E402
import attribution_gold12_select as dev11  # noqa: E402
import attribution_gold13_select as dev12  # noqa: E402
from attribution_gold4_select import Article, draw_from, gold_articles, print_draw  # noqa: E402

SEED = 20261301
BENCH = ROOT / "benchmarks"
NEW_GOLD = [
    BENCH / name
    for name in (
        "attribution_gold12.jsonl",  # only its articles' places and SHA-1s are read
        "attribution_gold13.jsonl",
        "attribution_dev12b.jsonl",
        "quantity_gold_dev11.jsonl",
        "quantity_gold_dev12.jsonl",
        "quantity_gold_dev12b.jsonl",
        "clitic_gold_dev6.jsonl",
    )
]
# every review sample up to session 12 (some already in dev11's pool; a repeat costs nothing)
REVIEWS = [
    BENCH / name
    for name in (
        "attribution_sample_contents_s11.tsv",
        "attribution_sample_review2.tsv",
        "attribution_sample_reviewed.tsv",
        "attribution_sample_sources_s11.review2.tsv",
        "attribution_sample_sources_s11.tsv",
        "quantity_sample.tsv",
        "quantity_sample_s11.tsv",
        "quantity_sample_s12.tsv",
    )
]
DAY_FILE = regex.compile(r"\d{4}-\d\d-\d\d\.json")
# Near copies of articles of other sets (benchmarks/gold_overlap.py; share of the drawn article's word 6-grams
# in the other, and of the other's in it), found in the shuffled order before anything was annotated and
# skipped: 2015-08-06.json:1729 (61 % / 68 % with attribution dev4's 2015-08-06.json:3046), :542 (42 % / 43 %
# with attribution dev's 2015-08-06.json:2767 and quantity dev's saudinewsnet-028), :3084 (43 % / 40 % with
# attribution dev3's :2276), :644 (56 % / 30 % with attribution dev5's :1679), 2015-08-10.json:1336 (49 % / 66 %
# with attribution dev8's 2015-08-10.json:654) and :1151 (96 % / 95 % with attribution dev4's :1570), then, in
# the order that followed, 2015-08-06.json:442 (97 % / 90 % with quantity dev2's saudinewsnet-dev2-00) and :669
# (77 % / 72 % with attribution dev8's 2015-08-06.json:2260): copies of
# articles already annotated add nothing new.
LEFT_OUT = {
    ("2015-08-06.json", 1729),
    ("2015-08-06.json", 542),
    ("2015-08-06.json", 3084),
    ("2015-08-06.json", 644),
    ("2015-08-10.json", 1336),
    ("2015-08-10.json", 1151),
    ("2015-08-06.json", 442),
    ("2015-08-06.json", 669),
}


def reviewed(paths: list[Path]) -> set[tuple[str, int]]:
    """The (file, index) of each row of the review samples ``paths`` (the column naming a day's file and the
    index after it: the samples' layouts differ)."""
    places = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            for k, col in enumerate(cols[:-1]):
                if DAY_FILE.fullmatch(col) and cols[k + 1].isdigit():
                    places.add((col, int(cols[k + 1])))
                    break
    return places


def pool(data: Path) -> list[tuple[str, int, Article]]:
    """dev11's pool without dev11's and dev12's draws, their near copies, the golds and reviews added since."""
    taken = dev11.draw(data, 30) + dev12.draw(data, 30)
    places, shas = gold_articles(NEW_GOLD)
    places |= reviewed(REVIEWS) | {(d[0], d[1]) for d in taken} | dev11.LEFT_OUT | dev12.LEFT_OUT
    shas |= {hashlib.sha1(art["content"].encode("utf-8")).hexdigest() for _, _, art in taken}
    shas |= dev7.reviewed_texts(data, places)
    return [
        d
        for d in dev11.pool(data, frozenset(places))
        if hashlib.sha1(d[2]["content"].encode("utf-8")).hexdigest() not in shas
    ]


def draw(data: Path, n: int, per_outlet: int = 3) -> list[tuple[str, int, Article]]:
    """The drawn articles, in the drawn order."""
    whole = pool(data)
    return draw_from(whole, SEED, n, per_outlet, skip=LEFT_OUT)


def main() -> None:
    print_draw(draw, __doc__)


if __name__ == "__main__":
    main()
