"""Draw the articles of the dev21 attribution set (issue 14, session 21), reproducibly.

dev21 is a reserved set beside the held-out half and dev20, now that dev19 is a tuning set (session 21). The
2015-08-06 / 2015-08-10 pool that dev11 to dev20 came from is nearly spent (33 drawable articles at dev20's draw)
and this session's attribution helpers read those two days' unannotated text, so dev21 comes from **2015-07-22 and
2015-07-31** (``DAYS``; never 2015-08-11): dev11's pool (``attribution_gold12_select.pool``: articles of
900-2,200 characters in no gold or review sample up to session 11, none among ``benchmarks/snapshot.py``'s texts)
asked for those two days, less the articles of every gold file, named, not globbed (``GOLD``: attribution gold to
gold21 = dev20 and the second annotation dev12b, every quantity gold to dev18, every clitic gold), less every review
sample's articles (the TSV samples, ``REVIEWS`` of ``attribution_gold14_select.py``, and the two scripted 300-article
samples of these days, ``sampled`` of ``quantity_gold_select_dev17.py``), matched by file and index and by the SHA-1
of the text. The pool is shuffled whole with ``SEED`` and taken in that order with at most 3 per outlet
(``draw_over`` of ``attribution_gold4_select.py``), skipping the near copies found in the shuffled order before
anything was annotated (``LEFT_OUT``). dev21 is reserved: scored once on main when it was annotated, then only by
the lead at the end of a session; nobody reads its errors or tunes on it.

Usage::

    python benchmarks/attribution_gold22_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import attribution_gold8_select as dev7  # noqa: E402
import attribution_gold12_select as dev11  # noqa: E402
import attribution_gold14_select as dev13  # noqa: E402
from attribution_gold4_select import Article, draw_over, pool_without, print_draw  # noqa: E402
from quantity_gold_select_dev17 import sampled  # noqa: E402

SEED = 20262101
DAYS = ("2015-07-22.json", "2015-07-31.json")
BENCH = ROOT / "benchmarks"
# only their articles' places and SHA-1s are read
GOLD = [
    *(BENCH / f"attribution_gold{n}.jsonl" for n in ("", *map(str, range(2, 22)))),
    BENCH / "attribution_dev12b.jsonl",
    BENCH / "quantity_gold.jsonl",
    *(BENCH / f"quantity_gold_dev{n}.jsonl" for n in (*map(str, range(6, 12)), "12", "12b", *map(str, range(13, 19)))),
    *(BENCH / f"clitic_gold_dev{n}.jsonl" for n in range(2, 7)),
]
# Near copies of articles of other sets (benchmarks/gold_overlap.py's measure: share of the drawn article's word
# 6-grams in the other, and of the other's in it; a pair when either passes a third; every set of
# gold_overlap.SETS, the review samples' articles, the snapshot's texts and the articles drawn before it compared),
# found in the shuffled order before anything was annotated and skipped (they do not count for their outlet):
# 2015-07-31.json:2132 (64 % / 62 % with attribution dev3's 2015-07-31.json:1158, 47 % / 49 % with quantity test's
# saudinewsnet-023 and the reviewed 2015-07-31.json:1582), 2015-07-31.json:1697 (46 % / 42 % with the reviewed
# 2015-07-31.json:900, 59 % of the reviewed 2015-07-31.json:2014 in it), 2015-07-22.json:1350 (35 % of quantity
# dev17's saudinewsnet-dev17-02 in it), 2015-07-31.json:1762 (40 % of the reviewed 2015-07-31.json:1361 in it),
# 2015-07-31.json:2103 (68 % / 65 % with the reviewed 2015-07-31.json:1742, 37 % / 75 % with the reviewed
# 2015-07-31.json:1961), 2015-07-31.json:369 (38 % of the snapshot's text 847 in it), 2015-07-22.json:300 (95 % /
# 96 % with attribution dev8's 2015-07-22.json:639), 2015-07-31.json:631 (72 % / 69 % with the reviewed
# 2015-07-31.json:1464), 2015-07-22.json:310 (97 % / 97 % with quantity dev4's saudinewsnet-dev4-15). One pass in the
# shuffled order (each candidate tested against all of them before it was taken) drew 30 articles, 3 from each of
# the 10 outlets the pool holds, in no near-copy pair with any set, review sample, snapshot text or one another.
LEFT_OUT = {
    ("2015-07-31.json", 2132),
    ("2015-07-31.json", 1697),
    ("2015-07-22.json", 1350),
    ("2015-07-31.json", 1762),
    ("2015-07-31.json", 2103),
    ("2015-07-31.json", 369),
    ("2015-07-22.json", 300),
    ("2015-07-31.json", 631),
    ("2015-07-22.json", 310),
}


def fresh_pool(data: Path) -> list[tuple[str, int, Article]]:
    """dev11's pool of ``DAYS`` less every gold's and every review sample's articles (by place and SHA-1)."""
    keys, sample_shas = sampled(data)
    reviewed = dev13.reviewed(dev13.REVIEWS) | {(str(k[0]), int(str(k[1]))) for k in keys}
    shas = dev7.reviewed_texts(data, reviewed) | sample_shas
    return [
        d
        for d in pool_without(dev11.pool(data, frozenset(reviewed), DAYS), (), (), GOLD)
        if hashlib.sha1(d[2]["content"].encode("utf-8")).hexdigest() not in shas
    ]


pool, draw = draw_over(fresh_pool, SEED, LEFT_OUT)

if __name__ == "__main__":
    print_draw(draw, __doc__)
