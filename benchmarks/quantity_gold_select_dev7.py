"""How the documents of ``benchmarks/quantity_gold_dev7.jsonl`` (split ``dev7``) were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, seventh fresh set, RESERVED: scored once on main at the session's start and again by the lead
at the end of session 10 as an unseen check; no rule is tuned on it and its errors are not read).
The same mix of styles as dev4 to dev6, by the same function (``draw_dev_documents``) with a new
seed. Documents already in any gold of the project are excluded: every document of the quantity
gold (dev, test, dev2 to dev5 in ``quantity_gold.jsonl``, dev6 in ``quantity_gold_dev6.jsonl``), of
the attribution golds (``benchmarks/attribution_gold.jsonl``, ``2`` to ``7``: the ones on main then)
and of the precision-review sample ``benchmarks/quantity_sample.tsv``, and so is a text equal to
one of theirs. New for dev7: a SaudiNewsNet article that is a near copy of one of those documents
(the same wire story under another header, or with its punctuation changed) is left out too, and
so is the later of two near copies in the draw itself: the draw as dev6's left 6 of its 24 articles
sharing 68-100 % of their word 6-grams with a gold article (three of them in the quantity gold the
rules were tuned on), which an unseen check must not contain. Near copy: at least a third of the
article's word 6-grams are in the other text (``near_copies`` of ``gold_overlap.py``, which checks
the golds against each other with the same measure).

- SaudiNewsNet: the four allowed days (never 2015-08-11.json); articles of 500-1,500 characters
  with at least 8 digits or number-like words, not in a gold; shuffled with
  ``random.Random(7077)`` and the first 24 distinct texts taken.
- WikiNews: lines with a digit, shorter than 900 characters, not in the gold; the same generator,
  the first 3.
- ANERcorp train: sentences with a digit, shorter than 600 characters, not in the gold; the same
  generator, the first 3.

Usage: python benchmarks/quantity_gold_select_dev7.py [DATA_DIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_overlap import near_copies
from quantity_gold_select import DAYS, Key, draw_dev_documents, earlier_golds, gold_key
from quantity_gold_select_dev5 import reviewed_articles


def saudinewsnet_articles(data: Path) -> dict[Key, str]:
    """Every article of the four allowed days by its gold key, with its content."""
    return {
        (day + ".json", i, None, None): str(a.get("content") or "")
        for day in DAYS
        for i, a in enumerate(json.loads((data / "saudinewsnet" / f"{day}.json").read_text(encoding="utf-8")))
    }


def draw_without_near_copies(
    data: Path, seed: int, split: str, seen: set[Key], seen_sha1: frozenset[str], also_left_out: set[Key]
) -> list[str]:
    """The draw's JSON lines: the near copies of left-out articles left out too, then ``also_left_out``;
    the later of two near copies in the draw goes and the draw is made again (dev7, dev8)."""
    articles = saudinewsnet_articles(data)
    earlier = {k: t for k, t in articles.items() if k in seen}
    seen = seen | near_copies({k: t for k, t in articles.items() if k not in seen}, earlier) | also_left_out
    while True:
        lines = draw_dev_documents(data, seed, split, seen, seen_sha1, distinct=True)
        drawn = [gold_key(json.loads(x)) for x in lines if json.loads(x)["style"] == "saudinewsnet"]
        later = [k for n, k in enumerate(drawn) if near_copies({k: articles[k]}, {d: articles[d] for d in drawn[:n]})]
        if not later:
            return lines
        seen.add(later[0])


def main(data: Path) -> None:
    # the earlier golds (named, so that a rerun after a later split or gold file was added picks the same)
    seen, seen_sha1 = earlier_golds(("dev", "test", "dev2", "dev3", "dev4", "dev5"), ("", "2", "3", "4", "5", "6", "7"))
    reviewed, reviewed_sha1 = reviewed_articles(data)
    dev6_path = Path(__file__).resolve().parent / "quantity_gold_dev6.jsonl"
    dev6 = [json.loads(x) for x in dev6_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    seen |= reviewed | {gold_key(g) for g in dev6}
    seen_sha1 |= reviewed_sha1 | {str(g["sha1"]) for g in dev6}
    for line in draw_without_near_copies(data, 7077, "dev7", seen, seen_sha1, set()):
        print(line)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
