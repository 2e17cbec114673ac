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

Round 3 of session 11 (``first_draw`` is the draw above, unchanged): 6 of those 30 documents
(``saudinewsnet-dev9-01``, ``-05``, ``-18``, ``-19``, ``-20``, ``-23``) are among the texts of
``benchmarks/snapshot.py`` (``in_snapshot``: gold_overlap's near-copy test against its
``snapshot_texts``, at least a third of the article's word 6-grams in one of them; four are among
the first 300 articles of their day, two near copies of one), whose full default-pipeline outputs
the helpers compare, so the set would not stay unseen. They are replaced by a second draw
(``replacements``) with its own seed, ``REPLACEMENT_SEED`` (9199): the same function and pool (the
two days, 500-1,500 characters, at least 8 figures); left out: everything the first draw left out,
the first draw's 30 documents, dev10's 30 drawn ones (the first 30 lines of
``quantity_gold_dev10.jsonl``: drawn in between, tuning), their near copies, and every article of
any of the four days that is among the snapshot's texts (by the same test). Its first 6 SaudiNewsNet
articles are taken, as ``saudinewsnet-dev9-30`` to ``-35``, after the 24 kept documents. The 6
removed documents, already annotated, moved to dev10 (``split_first``, used by
``quantity_gold_select_dev10.py``).

Usage: python benchmarks/quantity_gold_select_dev9.py [DATA_DIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_overlap import near_copies, snapshot_texts
from quantity_gold_select import Key, gold_key
from quantity_gold_select_dev7 import draw_without_near_copies, saudinewsnet_articles
from quantity_gold_select_dev8 import left_out as dev8_left_out

SEED = 9099
REPLACEMENT_SEED = 9199  # round 3: the replacements of the documents among the snapshot's texts
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


def first_draw(data: Path) -> list[str]:
    """The JSON lines of the first draw (seed ``SEED``): the 30 documents of dev9 as annotated first."""
    seen, seen_sha1 = left_out(data)
    return draw_without_near_copies(data, SEED, "dev9", seen, seen_sha1, other_days(data))


def in_snapshot(data: Path, texts: dict[Key, str]) -> set[Key]:
    """The keys of ``texts`` that are among ``benchmarks/snapshot.py``'s texts (gold_overlap's near-copy
    test; the seeds are ``DATA/../seeds``, as the snapshot's default)."""
    return near_copies(texts, dict(enumerate(snapshot_texts(data, data.parent / "seeds"))))


def split_first(data: Path, lines: list[str]) -> tuple[list[str], list[str]]:
    """The first draw's ``lines``: those kept (not among the snapshot's texts) and those removed (moved to
    dev10)."""
    articles = saudinewsnet_articles(data)
    hit = in_snapshot(data, {k: articles[k] for k in map(gold_key, map(json.loads, lines)) if k in articles})
    kept = [x for x in lines if gold_key(json.loads(x)) not in hit]
    return kept, [x for x in lines if x not in kept]


def replacements(data: Path, n: int) -> list[str]:
    """The JSON lines of the second draw's first ``n`` SaudiNewsNet articles (seed ``REPLACEMENT_SEED``),
    numbered from 30."""
    seen, seen_sha1 = left_out(data)
    first = [json.loads(x) for x in first_draw(data)]
    # dev10's 30 drawn documents (its first 30 lines; the 6 moved from dev9 after them are in ``first``)
    lines10 = (BENCH / "quantity_gold_dev10.jsonl").read_text(encoding="utf-8").splitlines()
    dev10 = [json.loads(x) for x in lines10[:30]]
    seen |= {gold_key(g) for g in first + dev10}
    seen_sha1 |= {str(g["sha1"]) for g in first + dev10}
    articles = saudinewsnet_articles(data)
    skip = other_days(data) | in_snapshot(data, {k: t for k, t in articles.items() if k not in seen})
    lines = draw_without_near_copies(data, REPLACEMENT_SEED, "dev9", seen, seen_sha1, skip)
    out = []
    for i, x in enumerate([x for x in lines if json.loads(x)["style"] == "saudinewsnet"][:n]):
        rec = json.loads(x) | {"id": f"saudinewsnet-dev9-{30 + i}"}
        out.append(json.dumps(rec, ensure_ascii=False))
    return out


def main(data: Path) -> None:
    kept, gone = split_first(data, first_draw(data))
    for line in kept + replacements(data, len(gone)):
        print(line)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
