"""Draw the articles of the dev23 attribution set (issue 14, session 23), reproducibly.

dev23 is a reserved set beside the held-out half and dev22, now that dev21 is a tuning set (session 23). This
session's attribution helpers read unannotated 2015-08-06 / 2015-08-10 text, so dev23 comes, as dev21 and dev22 did,
from **2015-07-22 and 2015-07-31** (never 2015-08-11): dev22's pool (``attribution_gold23_select.pool``: dev21's pool
less dev21's draw and its left-out near copy and ``attribution_gold22.jsonl``) less dev22's draw and its left-out near
copy and the gold files of ``NEW_GOLD`` (``draw_after`` of ``attribution_gold4_select.py``: dev22's
``attribution_gold23.jsonl``, and quantity dev19's ``quantity_gold_dev19.jsonl``, the one other gold made since,
drawn from 2015-08-06 / 08-10, named so that a text it shares by SHA-1 is left out too; no review sample was added
since). The parameters were fixed before any article was read: seed 20262301, 30 articles, at most 3 per outlet, the
pool shuffled whole with ``SEED`` and taken in that order (``draw_over``), skipping the near copies of any gold,
review sample, snapshot text or article drawn before it found in the shuffled order before anything was annotated
(``LEFT_OUT``). dev23 is reserved: scored once on main by the lead after it is merged, then only by the lead at the
end of a session; nobody reads its errors or tunes on it.

Usage::

    python benchmarks/attribution_gold24_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import attribution_gold23_select as dev22  # noqa: E402
from attribution_gold4_select import draw_after, print_draw  # noqa: E402

SEED = 20262301
NEW_GOLD = [  # the golds made since dev22 was drawn: dev22 itself and quantity dev19
    ROOT / "benchmarks" / "attribution_gold23.jsonl",
    ROOT / "benchmarks" / "quantity_gold_dev19.jsonl",
]
# Near copies of articles of other sets (benchmarks/gold_overlap.py's measure: share of the drawn article's word
# 6-grams in the other, and of the other's in it; a pair when either passes a third; every set of
# gold_overlap.SETS, the review samples' articles, the scripted clitic sample's texts, the snapshot's texts and the
# articles drawn before it compared), found in the shuffled order before anything was annotated and skipped (they do
# not count for their outlet): 2015-07-22.json:1710 (69 % / 55 % with 2015-07-22.json:503, whose head is clitic
# dev2's first text) and 2015-07-31.json:730 (89 % / 72 % with the reviewed 2015-07-31.json:1521, which is also in
# the scripted clitic sample). One pass in the shuffled order (each candidate tested against all of them before it
# was taken) drew 30 articles, 3 from each of the 10 outlets the pool holds, in no near-copy pair with any set,
# review sample, snapshot text or one another.
LEFT_OUT = {("2015-07-22.json", 1710), ("2015-07-31.json", 730)}


pool, draw = draw_after(dev22, NEW_GOLD, SEED, LEFT_OUT)  # dev22's pool less its draw and NEW_GOLD, shuffled

if __name__ == "__main__":
    print_draw(draw, __doc__)
