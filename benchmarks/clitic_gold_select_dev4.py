"""How the excerpts of ``benchmarks/clitic_gold_dev4.jsonl`` were chosen (kept for the record).

Run once, before any annotation and before the segmenter was run on them (issue 19, session 10: a
fourth, fresh dev set for the clitic split). The draws of dev2 (``clitic_gold_select.py``, seed 1919)
and dev3 (``clitic_gold_select_dev3.py``, seed 1920) are left as they were; this one reuses their
helpers and the four allowed days (never 2015-08-11.json):

- SaudiNewsNet articles of 600-6,000 characters, in corpus order, shuffled with
  ``random.Random(1921)``; the articles of dev2 and dev3 (and any article with the same text) left
  out; at most two per outlet, the first 18 distinct texts taken.
- Each excerpt is the article's beginning up to the end of its 95th word holding an Arabic letter.

Usage: python benchmarks/clitic_gold_select_dev4.py [DATA_DIR]   (prints one JSON line per excerpt,
with its text, for the annotator)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clitic_gold_select import draw
from clitic_gold_select_dev3 import draw_dev3, draw_excerpts

SEED = 1921
ARTICLES = 18


def draw_dev4(data: Path) -> list[dict[str, object]]:
    """The chosen excerpts: file, index, source, sha1 of the whole content, end offset, text."""
    return draw_excerpts(data, draw(data) + draw_dev3(data), SEED, ARTICLES)


def main(data: Path) -> None:
    for d in draw_dev4(data):
        print(json.dumps(d, ensure_ascii=False))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
