"""Draw the articles of the dev12 attribution set (issue 14, session 12), reproducibly.

dev12 is a tuning set of 30 articles drawn as dev11 was (``attribution_gold12_select.py``: the same two days,
2015-08-06 and 2015-08-10, never 2015-08-11; the same pool, none of it among ``benchmarks/snapshot.py``'s
texts) with a new seed and with dev11's draw and its two near copies left out too (``leave_out``), matched by
file and index and by the SHA-1 of the text. The pool is shuffled whole with ``SEED`` (``draw_from``) and
taken in that order with at most 3 per outlet, skipping the near copies found in the shuffled order before
anything was annotated (``LEFT_OUT``; they do not count for their outlet: the two days have only 11 outlets,
and counting them would leave fewer than 30). The files are named, not globbed, so a later gold does not
shift it. dev12 is a tuning set: after its first scoring anyone may read its errors and tune on it.

Usage::

    python benchmarks/attribution_gold13_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import attribution_gold12_select as dev11  # noqa: E402
from attribution_gold4_select import Article, draw_from, print_draw  # noqa: E402

SEED = 20261231
# Near copies of articles of other sets (benchmarks/gold_overlap.py; share of the drawn article's word 6-grams
# in the other, or of the other's in it), found in the draw before anything was annotated and skipped:
# 2015-08-10.json:321 (52 % in attribution heldout's 2015-08-10.json:1354: a tuning copy would flatter the
# held-out half), 2015-08-10.json:1432 (70 % in attribution dev10's 2015-08-10.json:867), 2015-08-06.json:1438
# (holds 34 % of clitic dev3's clitics-dev3-05) and 2015-08-06.json:2532 (holds 37 % of quantity dev9's
# saudinewsnet-dev9-00): copies of articles already annotated add nothing new. 2015-08-06.json:419 was drawn
# too, and left out after its first scoring: the quantity tuning set dev12 (``quantity_gold_dev12.jsonl``,
# drawn at the same time from the same days by another helper and committed first) holds the same article.
LEFT_OUT = {
    ("2015-08-10.json", 321),
    ("2015-08-10.json", 1432),
    ("2015-08-06.json", 1438),
    ("2015-08-06.json", 2532),
    ("2015-08-06.json", 419),
}


def draw(data: Path, n: int, per_outlet: int = 3) -> list[tuple[str, int, Article]]:
    """The drawn articles, in the drawn order."""
    first = dev11.draw(data, 30)
    shas = {hashlib.sha1(art["content"].encode("utf-8")).hexdigest() for _, _, art in first}
    pool = [
        d
        for d in dev11.pool(data, frozenset({(d[0], d[1]) for d in first} | dev11.LEFT_OUT))
        if hashlib.sha1(d[2]["content"].encode("utf-8")).hexdigest() not in shas
    ]
    return draw_from(pool, SEED, n, per_outlet, skip=LEFT_OUT)


def main() -> None:
    print_draw(draw, __doc__)


if __name__ == "__main__":
    main()
