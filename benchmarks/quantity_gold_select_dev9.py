"""How the documents of ``benchmarks/quantity_gold_dev9.jsonl`` (split ``dev9``) were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, ninth fresh set, RESERVED for session 11: scored once on main's start rules when drawn and again
by the lead at the end of the session, as an unseen check; no rule is chosen on it and its errors are
not read). The same mix of styles as dev4 to dev8, by the same function (``draw_dev_documents``) with
a new seed, dev7's near-copy rule and dev8's left-out documents (``left_out`` of
``quantity_gold_select_dev8.py``: every document of the quantity gold, dev6 and dev7 included, of
the attribution golds ``attribution_gold.jsonl`` to ``attribution_gold9.jsonl``, of the clitic golds
and of the three precision reviews, a text equal to one of theirs, a near copy of one of them), plus
dev8's own documents.

New for dev9: SaudiNewsNet articles only from the days 2015-08-06 and 2015-08-10 (``POOL_DAYS``):
other helpers of the same session draw review samples from 2015-07-22 and 2015-07-31, so a reserved
set from the other two days cannot hold an article they read. ``draw_dev_documents`` has no filter
hook, so the articles of the other two days are added to the left-out keys before the draw. An
article needs at least 8 digit runs or number-like words (``NUM``), as for dev4 to dev7 (the reserved
sets), not dev8's 12.

- SaudiNewsNet: 2015-08-06 and 2015-08-10 only (never 2015-08-11.json); articles of 500-1,500
  characters with at least 8 digits or number-like words, not left out; shuffled with
  ``random.Random(9099)`` and the first 24 distinct texts taken (the later of two near copies in
  the draw left out and the draw made again).
- WikiNews: lines with a digit, shorter than 900 characters, not in a gold; the same generator,
  the first 3.
- ANERcorp train: sentences with a digit, shorter than 600 characters, not in a gold; the same
  generator, the first 3.

Usage: python benchmarks/quantity_gold_select_dev9.py [DATA_DIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quantity_gold_select import Key, gold_key
from quantity_gold_select_dev7 import draw_without_near_copies, saudinewsnet_articles
from quantity_gold_select_dev8 import left_out as dev8_left_out

SEED = 9099
POOL_DAYS = ("2015-08-06.json", "2015-08-10.json")
BENCH = Path(__file__).resolve().parent


def own_golds(*names: str) -> tuple[set[Key], frozenset[str]]:
    """The gold keys and text SHA-1s of the quantity gold files ``names`` (in ``benchmarks/``)."""
    recs = [json.loads(x) for n in names for x in (BENCH / n).read_text(encoding="utf-8").splitlines() if x.strip()]
    return {gold_key(g) for g in recs}, frozenset(str(g["sha1"]) for g in recs)


def left_out(data: Path) -> tuple[set[Key], frozenset[str]]:
    """dev8's left-out documents (named in its docstring) and dev8's own."""
    seen, seen_sha1 = dev8_left_out(data)
    dev8, dev8_sha1 = own_golds("quantity_gold_dev8.jsonl")
    return seen | dev8, seen_sha1 | dev8_sha1


def other_days(data: Path) -> set[Key]:
    """The SaudiNewsNet articles of the allowed days outside ``POOL_DAYS``."""
    return {k for k in saudinewsnet_articles(data) if k[0] not in POOL_DAYS}


def main(data: Path) -> None:
    seen, seen_sha1 = left_out(data)
    for line in draw_without_near_copies(data, SEED, "dev9", seen, seen_sha1, other_days(data)):
        print(line)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
