"""How the documents of ``benchmarks/quantity_gold_dev13.jsonl`` (split ``dev13``) were chosen.

Run once, before any annotation of them and before any system output on them was looked at (issue
15, thirteenth fresh set, RESERVED from session 14: scored once on main's stage when drawn and again by
the lead at the end of a session, as an unseen check; no rule is chosen on it and its errors are not
read). Drawn as dev11 and dev12 were (``draw`` of ``quantity_gold_select_dev11.py``: the same function
and pool: SaudiNewsNet of 2015-08-06 and 2015-08-10 only, 500-1,500 characters, at least 8 numbers an
article, none among the snapshot's texts, an equal text or a near copy of a left-out one left out, the
later of two near copies in the draw left out; WikiNews lines and ANERcorp train sentences with a
digit in no quantity gold; 24 + 3 + 3 documents, as dev12) with a new seed (``SEED``).

Left out besides dev11's left-out documents (every quantity gold to dev10, attribution golds to
``attribution_gold11.jsonl``, clitic golds dev2 to dev5, the review samples of sessions 8 to 11): the
golds made since (``LATER_GOLDS``: quantity dev11, dev12 and its second annotation dev12b, attribution
dev11 to dev13 and dev12's second annotation, clitic dev6; named, not globbed, so that a gold added later
does not shift the draw) and session 12's quantity review sample (``LATER_REVIEWS``). The other samples
of sessions 12 and 13 (``attribution_content_sample_s12.py``, ``attribution_thanks_sample_s12.py``,
``attribution_cue_sample_s13.py``, ``clitic_unseen_sample.py``) read 2015-07-22 and 2015-07-31 only,
outside the pool.

Usage: python benchmarks/quantity_gold_select_dev13.py [DATA_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quantity_gold_select_dev11 import draw, reviewed_keys

SEED = 13131
LATER_GOLDS = (
    "quantity_gold_dev11.jsonl",
    "quantity_gold_dev12.jsonl",
    "quantity_gold_dev12b.jsonl",
    "attribution_gold12.jsonl",
    "attribution_gold13.jsonl",
    "attribution_gold14.jsonl",
    "attribution_dev12b.jsonl",
    "clitic_gold_dev6.jsonl",
)
LATER_REVIEWS = ("quantity_sample_s12.tsv",)


def main(data: Path) -> None:
    for line in draw(data, SEED, "dev13", LATER_GOLDS, frozenset(reviewed_keys(LATER_REVIEWS))):
        print(line)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
