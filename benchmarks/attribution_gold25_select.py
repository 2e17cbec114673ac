"""Draw the articles of the dev24 attribution set (issue 14, session 25), reproducibly.

dev24 is a reserved set beside the held-out half, now that dev23 is a tuning set (session 25). This session's
attribution helpers read unannotated 2015-08-06 / 2015-08-10 text, so dev24 comes, as dev21 to dev23 did, from
**2015-07-22 and 2015-07-31** (never 2015-08-11): dev23's pool (``attribution_gold24_select.pool``) less dev23's draw
and its two left-out near copies, the gold files of ``NEW_GOLD`` and the articles of the review samples of
``LATER_REVIEWS`` (``pool_without`` of ``attribution_gold4_select.py``, as ``draw_after`` does, with the reviewed
articles taken out by place and by the SHA-1 of their text as a draw's are): ``NEW_GOLD`` names the golds made since
dev23 was drawn (dev23's ``attribution_gold24.jsonl`` and quantity dev20's ``quantity_gold_dev20.jsonl``, drawn from
2015-08-06 / 08-10, named so that a text it shares by SHA-1 is left out too); ``LATER_REVIEWS`` the one review sample
committed since (session 23's ``quantity_sample_s23.tsv``, 420 precision items and 45 recall probes of 2015-07-22 /
07-31, committed minutes after dev23's draw; 128 of its articles were in the pool). The parameters were fixed before
any article was read: seed 20262501, 30 articles, at most 3 per outlet, the pool shuffled whole with ``SEED`` and
taken in that order (``draw_over``), skipping the near copies of any gold, review sample, snapshot text or article
drawn before it found in the shuffled order before anything was annotated (``LEFT_OUT``). dev24 is reserved: scored
once on main by the lead after it is merged, then only by the lead at the end of a session; nobody reads its errors
or tunes on it.

Usage::

    python benchmarks/attribution_gold25_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import attribution_gold24_select as dev23  # noqa: E402
from attribution_gold4_select import Article, draw_over, pool_without, print_draw  # noqa: E402
from attribution_gold14_select import reviewed  # noqa: E402

SEED = 20262501
NEW_GOLD = [  # the golds made since dev23 was drawn: dev23 itself and quantity dev20
    ROOT / "benchmarks" / "attribution_gold24.jsonl",
    ROOT / "benchmarks" / "quantity_gold_dev20.jsonl",
]
LATER_REVIEWS = [ROOT / "benchmarks" / "quantity_sample_s23.tsv"]  # the review sample committed since dev23's draw
# Near copies of articles of other sets (benchmarks/gold_overlap.py's measure: share of the drawn article's word
# 6-grams in the other, and of the other's in it; a pair when either passes a third; every set of
# gold_overlap.SETS, the review samples' articles, the scripted clitic sample's texts, the snapshot's texts and the
# articles drawn before it compared), found in the shuffled order before anything was annotated and skipped (they do
# not count for their outlet): 2015-07-22.json:1724 (98 % of its 6-grams in the reviewed 2015-07-22.json:611, 98 % in
# the reviewed :349, all in clitic dev6's clitics-dev6-08), 2015-07-31.json:833 (61 % in the reviewed
# 2015-07-31.json:1361), 2015-07-31.json:1160 (97 % in attribution dev7's 2015-07-31.json:719), 2015-07-22.json:1594
# (97 % in quantity dev7's 2015-07-22.json:1199 and in a scripted clitic sample text), 2015-07-31.json:2111 (64 % in
# quantity dev4's 2015-07-31.json:745), 2015-07-22.json:1705 (74 % in the reviewed 2015-07-22.json:1819, 58 % in the
# old held-out half's 2015-07-22.json:508), 2015-07-22.json:1564 (37 % in the reviewed 2015-07-22.json:1609),
# 2015-07-31.json:2089 (63 % in attribution dev8's 2015-07-31.json:959, 59 % in the reviewed :1044) and
# 2015-07-31.json:338 (35 % in the reviewed 2015-07-31.json:476). One pass in the shuffled order (each candidate tested
# against all of them before it was taken) drew 30 articles, 3 from each of the 10 outlets the pool holds, in no
# near-copy pair with any set, review sample, snapshot text or one another.
LEFT_OUT = {
    ("2015-07-22.json", 1724),
    ("2015-07-31.json", 833),
    ("2015-07-31.json", 1160),
    ("2015-07-22.json", 1594),
    ("2015-07-31.json", 2111),
    ("2015-07-22.json", 1705),
    ("2015-07-22.json", 1564),
    ("2015-07-31.json", 2089),
    ("2015-07-31.json", 338),
}


def reviewed_articles(data: Path) -> list[tuple[str, int, Article]]:
    """The articles of the review samples ``LATER_REVIEWS`` (file, index, article), in place order."""
    places = sorted(reviewed(LATER_REVIEWS))
    days = {day: json.loads((data / "saudinewsnet" / day).read_text(encoding="utf-8")) for day, _ in places}
    return [(day, i, days[day][i]) for day, i in places]


def _pool(data: Path) -> list[tuple[str, int, Article]]:
    taken = [*dev23.draw(data, 30), *reviewed_articles(data)]
    return pool_without(dev23.pool(data), taken, dev23.LEFT_OUT, NEW_GOLD)


pool, draw = draw_over(_pool, SEED, LEFT_OUT)  # dev23's pool less its draw, NEW_GOLD and LATER_REVIEWS, shuffled

if __name__ == "__main__":
    print_draw(draw, __doc__)
