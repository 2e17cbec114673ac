"""Draw the articles of the dev10 attribution set (issue 14, session 11, round 2), reproducibly.

dev10 is a tuning set of 30 articles drawn as dev9 was (``attribution_gold10_select.py``: the same two
days, 2015-08-06 and 2015-08-10, never 2015-08-11; the same pool) with a new seed and with dev9's
first draw left out too; matched by file and index and by the SHA-1 of the text; at
most 3 per outlet; three near copies drawn out (``LEFT_OUT``). The files are named, not globbed, so a
later gold does not shift it. dev10 is a tuning set: after its first scoring anyone may read its errors and tune on it.

Round 3: the seven articles of dev9's first draw that are among ``benchmarks/snapshot.py``'s texts (annotated as
dev9, none a near copy of a dev10 article) moved here; the script prints the 30 drawn, then those seven in dev9's
drawn order. What this draw leaves out is dev9's first draw (``attribution_gold10_select.first_draw``), not
the dev9 gold file, whose seven replacements came later and must not shift this draw.

Usage::

    python benchmarks/attribution_gold11_select.py            # prints file, index, outlet, length, url
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import attribution_gold8_select as dev7  # noqa: E402
import attribution_gold10_select as dev9  # noqa: E402
from attribution_gold4_select import Article, draw_from, print_draw, unused_articles  # noqa: E402

SEED = 20261221
# Near copies of articles of other sets (benchmarks/gold_overlap.py), found in the draw before anything was
# annotated and drawn out as dev9's were (``--n`` more drawn, these dropped): 2015-08-06.json:2271 (92 % of
# its word 6-grams in quantity dev2's saudinewsnet-dev2-09) and 2015-08-06.json:2290 (45 % in quantity dev7's
# saudinewsnet-dev7-20), then 2015-08-06.json:450 (100 % in quantity dev8's saudinewsnet-dev8-01, drawn in
# their place). All three are tuning sets, which gold_overlap.py does not compare with a tuning set, but a
# copy of an article already annotated adds nothing new.
LEFT_OUT = {("2015-08-06.json", 2271), ("2015-08-06.json", 2290), ("2015-08-06.json", 450)}


def used(data: Path) -> tuple[set[tuple[str, int]], set[str]]:
    """What dev9's draw left out (dev9's near copies included), and dev9's first draw."""
    places, shas = dev9.used()
    first = dev9.first_draw(data)
    more_shas = {hashlib.sha1(art["content"].encode("utf-8")).hexdigest() for _, _, art in first}
    return places | {(d[0], d[1]) for d in first} | dev9.LEFT_OUT, shas | more_shas


def draw(data: Path, n: int, per_outlet: int = 3) -> list[tuple[str, int, Article]]:
    """The drawn articles, in the drawn order, then the seven moved from dev9."""
    places, shas = used(data)
    pool = unused_articles(data, 900, 2200, places, shas | dev7.reviewed_texts(data, places))
    drawn = draw_from([d for d in pool if d[0] in dev9.DAYS], SEED, n + len(LEFT_OUT), per_outlet)
    first = dev9.first_draw(data)
    moved = [d for d in first if (d[0], d[1]) in dev9.among_snapshot(data, first)]
    return [d for d in drawn if (d[0], d[1]) not in LEFT_OUT][:n] + moved


def main() -> None:
    print_draw(draw, __doc__)


if __name__ == "__main__":
    main()
