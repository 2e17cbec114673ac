"""How the documents of ``benchmarks/quantity_gold_dev17.jsonl`` (split ``dev17``) were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, seventeenth fresh set, RESERVED from session 18: scored once on main's stage when drawn and again by
the lead at the end of a session as an unseen check; nobody chooses a rule on it or reads its errors).
dev16's mix (24 SaudiNewsNet articles of 500-1,500 characters, 3 WikiNews lines and 3 ANERcorp train
sentences with a digit, in no gold; ``draw_dev_documents`` of ``quantity_gold_select.py``, one
``random.Random(SEED)``), with two changes fixed before drawing:

- **the days are 2015-07-22 and 2015-07-31** (``DAYS17``), not dev9 to dev16's 2015-08-06 / 2015-08-10: at
  dev16's draw those two days held 26 articles with at least 9 figures (near copies both ways out) and
  dev16 took 24 of them (session 18's first attempt, docs/history/quantities.md); never 2015-08-11.json.
  The review samples read these two days, so their articles are left out (below): the set is outside
  every gold's articles and every review sample's articles that a script can reproduce.
- **the slow checks run lazily**: the cheap filters first (key and text SHA-1 not left out, the two days,
  length, at least ``MIN_NUMBERS`` figures (``NUM``), dev16's 9), then the shuffle, then, in the shuffled
  order and only until 24 pass (``accept``): not among ``benchmarks/snapshot.py``'s texts (dev9's
  ``in_snapshot`` test), not a near copy either way of a left-out article (``gold_overlap.py``'s
  ``near_copy_pairs``, a third of the word 6-grams; dev16's ``copies_of_left_out`` the other way), and
  not a near copy either way of an article already drawn. dev16's draw ran the near-copy test over every
  article of its days first; the same tests applied per candidate give the same kind of set at a small
  part of the cost.

Left out: every document of every gold (dev16's ``left_out`` set with ``LATER_GOLDS``: dev16's and quantity
dev16, ``attribution_gold18.jsonl`` = attribution dev17; named, not globbed), a text equal to one of theirs,
the review samples' articles: the TSV samples (``REVIEWS`` of dev11, ``LATER_REVIEWS`` of dev13), the
300-article sample of ``attribution_content_sample_s12.py`` (also read by
``attribution_thanks_sample_s12.py``) and the 300-article sample of ``clitic_unseen_sample.py`` (by text,
its default seed). Not reproducible here, so not left out: ``attribution_cue_sample_s13.py``'s reads (draws
among attributions a pipeline found) and the ad-hoc seeded reads of helpers' scratch scripts; none of them
was an annotation. Attribution dev18 (fresh18a, drawn at the same time from these days): its
``/tmp/fresh18a/drawn.txt`` did not exist when this draw was made; the two draws were compared after both
were written (docs/history/quantities.md, session 18).

Usage: python benchmarks/quantity_gold_select_dev17.py [DATA_DIR]
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_overlap import NearCopyIndex, near_copy_pairs, snapshot_texts
from quantity_gold_select import Key, draw_dev_documents
from quantity_gold_select_dev7 import saudinewsnet_articles
from quantity_gold_select_dev11 import left_out, reviewed_keys
from quantity_gold_select_dev13 import LATER_REVIEWS
from quantity_gold_select_dev16 import LATER_GOLDS as DEV16_LATER_GOLDS

SEED = 17171
MIN_NUMBERS = 9
DAYS17 = ("2015-07-22", "2015-07-31")
LATER_GOLDS = (*DEV16_LATER_GOLDS, "quantity_gold_dev16.jsonl", "attribution_gold18.jsonl")
SAMPLE_SIZE = 300  # the default size of the two scripted samples of these days


def sampled(data: Path) -> tuple[set[Key], frozenset[str]]:
    """The keys and text SHA-1s of the articles of the two scripted 300-article samples of ``DAYS17``."""
    from attribution_content_sample_s12 import sample as content_sample
    from clitic_unseen_sample import sample as clitic_sample

    keys: set[Key] = {(day + ".json", i, None, None) for day, i, _ in content_sample(data, SAMPLE_SIZE)}
    sha1s = frozenset(hashlib.sha1(t.encode("utf-8")).hexdigest() for t in clitic_sample(data, SAMPLE_SIZE))
    return keys, sha1s


def dev17_draw(data: Path) -> list[str]:
    """The draw's JSON lines (the docstring's filters; the slow ones only on candidates in shuffled order)."""
    return draw_lazily(data, SEED, "dev17", LATER_GOLDS, MIN_NUMBERS)


def draw_lazily(
    data: Path,
    seed: int,
    split: str,
    golds: tuple[str, ...],
    min_numbers: int,
    days: tuple[str, ...] = DAYS17,
    reviews: tuple[str, ...] = (),
) -> list[str]:
    """A draw of ``days`` (``DAYS17`` unless given) as the docstring says, with ``seed``, ``split``'s ids, the
    gold files ``golds`` left out besides dev11's, the review TSVs ``reviews`` besides dev13's and at least
    ``min_numbers`` figures (also used by the dev18, dev19 and dev20 draws)."""
    seen, seen_sha1 = left_out(data, golds)
    seen |= reviewed_keys((*LATER_REVIEWS, *reviews))
    more, more_sha1 = sampled(data)
    seen |= more
    articles = saudinewsnet_articles(data)
    indexes = (
        NearCopyIndex(dict(enumerate(snapshot_texts(data, data.parent / "seeds")))),
        NearCopyIndex({k: t for k, t in articles.items() if k in seen}),
    )
    drawn: dict[Key, str] = {}

    def accept(key: Key, text: str) -> bool:
        if any(index.holding(key, text) or index.held_by(key, text) for index in indexes):
            return False
        if near_copy_pairs({key: text}, drawn) or near_copy_pairs(drawn, {key: text}):
            return False
        drawn[key] = text
        return True

    return draw_dev_documents(data, seed, split, seen, seen_sha1 | more_sha1, True, days, min_numbers, accept)


if __name__ == "__main__":
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data"
    for line in dev17_draw(data):
        print(line)
