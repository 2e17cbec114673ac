"""Write the default pipeline's JSON output for 1,201 real texts, to compare two checkouts exactly.

Usage::

    python benchmarks/snapshot.py OUT.jsonl [--data-dir ../shared/data]
    cmp BEFORE.jsonl AFTER.jsonl        # a restructure must leave every byte as it was

The texts: the seed articles (``../shared/seeds``) and the title and content of the first 300
articles of four SaudiNewsNet days (never ``2015-08-11.json``, which is kept for independent
evaluation). Run it from each checkout (the checkout's own package is imported).

A text that holds a document of a held-out, test or reserved gold set, or a near copy of one
(``gold_overlap.withheld_snapshot_texts``), is not analysed: its line is a placeholder, so that the
file keeps one line per text and reading what a change altered never shows those documents'
outputs (reading them would tune the rules on the sets that are meant to be unseen).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import arabicnews  # noqa: E402

DAYS = ("2015-07-22.json", "2015-07-31.json", "2015-08-06.json", "2015-08-10.json")


def texts(data_dir: Path, seeds_dir: Path) -> list[str]:
    """The seed articles, then the first 300 articles of each day, as title and content."""
    out = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    for day in DAYS:
        articles = json.loads((data_dir / "saudinewsnet" / day).read_text(encoding="utf-8"))
        out += [a["title"] + "\n" + a["content"] for a in articles[:300]]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path, help="the JSON Lines file to write")
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--seeds-dir", type=Path, default=ROOT.parent / "shared" / "seeds")
    args = parser.parse_args()
    from gold_overlap import withheld_snapshot_texts  # here: gold_overlap reads this module's texts()

    all_texts = texts(args.data_dir, args.seeds_dir)
    withheld = withheld_snapshot_texts(args.data_dir, args.seeds_dir)
    with args.out.open("w", encoding="utf-8") as out:
        for i, text in enumerate(all_texts):
            if i in withheld:
                out.write(json.dumps({"withheld": "a held-out, test or reserved gold document"}) + "\n")
                continue
            doc = arabicnews.analyze(text)
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
    print(len(all_texts), "texts,", len(withheld), "withheld (held-out, test or reserved gold documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
