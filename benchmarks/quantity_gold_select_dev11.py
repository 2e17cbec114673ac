"""How the documents of ``benchmarks/quantity_gold_dev11.jsonl`` (split ``dev11``) were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, eleventh fresh set, RESERVED for session 12: scored once on main's start rules when drawn and
again by the lead at the end of the session, as an unseen check; no rule is chosen on it and its
errors are not read). The same mix of styles as dev4 to dev10, by the same function
(``draw_dev_documents``) with a new seed, dev7's near-copy rule and dev9's pool: SaudiNewsNet
articles only from 2015-08-06 and 2015-08-10 (``POOL_DAYS``; the review samples of session 12 come
from 2015-07-22 and 2015-07-31), at least 8 digit runs or number-like words, none among the texts of
``benchmarks/snapshot.py`` (``in_snapshot`` of ``quantity_gold_select_dev9.py``).

Left out (``left_out``; the files are named, not globbed, so that a gold added later does not shift
the draw): every document of every quantity gold (``quantity_gold.jsonl``, ``quantity_gold_dev6`` to
``dev10``), of the attribution golds (``attribution_gold.jsonl``, ``2`` to ``11``), of the clitic
golds (dev2 to dev5), of every review sample (``REVIEWS``: the quantity and attribution precision
reviews of sessions 8 to 11), a text equal to one of theirs (SaudiNewsNet by SHA-1; a WikiNews line
or ANERcorp sentence with the text of a gold document, dev10's ``same_texts``), a near copy of one of
them, and the later of two near copies in the draw itself.

- SaudiNewsNet: 2015-08-06 and 2015-08-10 only (never 2015-08-11.json); articles of 500-1,500
  characters with at least 8 digits or number-like words, not left out; shuffled with
  ``random.Random(SEED)`` and the first 24 distinct texts taken.
- WikiNews: lines with a digit, shorter than 900 characters, not in a gold; the same generator,
  the first 3.
- ANERcorp train: sentences with a digit, shorter than 600 characters, not in a gold; the same
  generator, the first 3.

Usage: python benchmarks/quantity_gold_select_dev11.py [DATA_DIR]
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quantity_gold_select import Key, gold_key
from quantity_gold_select_dev7 import draw_without_near_copies, saudinewsnet_articles
from quantity_gold_select_dev9 import in_snapshot, other_days
from quantity_gold_select_dev10 import same_texts

SEED = 11111
BENCH = Path(__file__).resolve().parent
QUANTITY_GOLDS = ("quantity_gold.jsonl", *(f"quantity_gold_dev{n}.jsonl" for n in range(6, 11)))
ATTRIBUTION_GOLDS = tuple(f"attribution_gold{n}.jsonl" for n in ("", *map(str, range(2, 12))))
CLITIC_GOLDS = tuple(f"clitic_gold_dev{n}.jsonl" for n in range(2, 6))
REVIEWS = (
    "quantity_sample.tsv",
    "quantity_sample_s11.tsv",
    "attribution_sample_reviewed.tsv",
    "attribution_sample_review2.tsv",
    "attribution_sample_contents_s11.tsv",
    "attribution_sample_sources_s11.tsv",
    "attribution_sample_sources_s11.review2.tsv",
)
_DAY_FILE = regex.compile(r"2015-\d\d-\d\d\.json")


def reviewed_keys(names: tuple[str, ...]) -> set[Key]:
    """The SaudiNewsNet articles of the review samples ``names``: each row's day file and the index after it."""
    out: set[Key] = set()
    for name in names:
        for row in (BENCH / name).read_text(encoding="utf-8").splitlines():
            cols = row.split("\t")
            at = next((i for i, c in enumerate(cols[:-1]) if _DAY_FILE.fullmatch(c) and cols[i + 1].isdigit()), None)
            if not row.startswith("#") and at is not None:
                out.add((cols[at], int(cols[at + 1]), None, None))
    return out


def gold_documents(names: tuple[str, ...]) -> tuple[set[Key], frozenset[str]]:
    """The gold keys and SHA-1s of every document of the gold files ``names`` (in ``benchmarks/``)."""
    recs = [json.loads(x) for n in names for x in (BENCH / n).read_text(encoding="utf-8").splitlines() if x.strip()]
    return {gold_key(g) for g in recs}, frozenset(str(g["sha1"]) for g in recs if g.get("sha1"))


def left_out(data: Path, golds: tuple[str, ...] = ()) -> tuple[set[Key], frozenset[str]]:
    """The keys and text SHA-1s of every document named in the docstring (and of the gold files ``golds``)."""
    seen, seen_sha1 = gold_documents(QUANTITY_GOLDS + ATTRIBUTION_GOLDS + CLITIC_GOLDS + golds)
    seen |= reviewed_keys(REVIEWS)
    articles = saudinewsnet_articles(data)
    left = {hashlib.sha1(t.encode("utf-8")).hexdigest() for k, t in articles.items() if k in seen}
    return seen | same_texts(data, seen_sha1), seen_sha1 | frozenset(left)


def draw(
    data: Path, seed: int, split: str, golds: tuple[str, ...] = (), also: frozenset[Key] = frozenset()
) -> list[str]:
    """The draw's JSON lines: ``seed``, the two days, nothing left out (nor the articles ``also``), no article
    among the snapshot's texts."""
    seen, seen_sha1 = left_out(data, golds)
    articles = saudinewsnet_articles(data)
    skip = other_days(data) | also
    skip |= in_snapshot(data, {k: t for k, t in articles.items() if k not in seen and k not in skip})
    return draw_without_near_copies(data, seed, split, seen, seen_sha1, skip)


def main(data: Path) -> None:
    for line in draw(data, SEED, "dev11"):
        print(line)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
