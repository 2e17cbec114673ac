"""How the documents of ``benchmarks/quantity_gold_dev12.jsonl`` (split ``dev12``) were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, twelfth fresh set, a TUNING set for session 12: scored once when drawn, then anyone may read its
errors and tune on it). Drawn as dev11 was (``draw`` of ``quantity_gold_select_dev11.py``: the same
function, pool and left-out documents: SaudiNewsNet of 2015-08-06 and 2015-08-10 only, at least 8
numbers an article, none among the snapshot's texts, every gold and review document, an equal text or a
near copy of one left out) with a new seed (``SEED``), and dev11's documents (reserved) and their near
copies left out too (``first_draw``).

One replacement: the first draw's ``saudinewsnet-dev12-04`` (2015-08-06.json, index 419), annotated and
scored, was also in the first draw of attribution dev12 (``attribution_gold13.jsonl``), drawn from the
same days at the same time on another branch (which dropped it too in the end), and no quantity gold shares
a document with an attribution gold. It is removed (``ATTRIBUTION_DEV12``, named here because that draw was
not on this branch) and replaced by the first
SaudiNewsNet article of a second draw with its own seed (``REPLACEMENT_SEED``; the same pool, the first
draw's documents and that article left out too), ``saudinewsnet-dev12-30``, after the 29 kept, annotated
from its text before the stage ran on it. (Leaving the article out of the first draw itself would have
reshuffled the whole draw.)

Usage: python benchmarks/quantity_gold_select_dev12.py [DATA_DIR]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quantity_gold_select import Key, gold_key
from quantity_gold_select_dev11 import draw

SEED = 12121
REPLACEMENT_SEED = 12122
# the article of attribution dev12 (session 12, another branch) that the first draw took too
ATTRIBUTION_DEV12: frozenset[Key] = frozenset({("2015-08-06.json", 419, None, None)})
DEV11 = ("quantity_gold_dev11.jsonl",)


def first_draw(data: Path) -> list[str]:
    """The JSON lines of the first draw (seed ``SEED``), as annotated first."""
    return draw(data, SEED, "dev12", DEV11)


def main(data: Path) -> None:
    first = first_draw(data)
    kept = [x for x in first if gold_key(json.loads(x)) not in ATTRIBUTION_DEV12]
    taken = frozenset(gold_key(json.loads(x)) for x in first) | ATTRIBUTION_DEV12
    again = [json.loads(x) for x in draw(data, REPLACEMENT_SEED, "dev12", DEV11, taken)]
    new = [r for r in again if r["style"] == "saudinewsnet"][: len(first) - len(kept)]
    for line in kept:
        print(line)
    for n, rec in enumerate(new):
        print(json.dumps(rec | {"id": f"saudinewsnet-dev12-{30 + n}"}, ensure_ascii=False))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
