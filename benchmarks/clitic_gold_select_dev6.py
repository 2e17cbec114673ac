"""How the excerpts of ``benchmarks/clitic_gold_dev6.jsonl`` were chosen (kept for the record).

Run once, before any annotation and before the segmenter was run on them (issue 19, session 12: a
sixth, fresh dev set for the clitic split). The draws of dev2 to dev5 (seeds 1919 to 1922) are left
as they were; this one reuses dev5's helpers and rules (the days 2015-07-22 and 2015-07-31 only, never
2015-08-11.json; no near copy of a gold's document or of an article drawn before it), with one more
exclusion: the 300 articles of ``clitic_unseen_sample.py`` (seed 1923), whose segmentations session 11
read, are left out as well.

Otherwise as dev5: SaudiNewsNet articles of 600-6,000 characters, in corpus order, shuffled with
``random.Random(1924)``; the articles of dev2 to dev5 (and any article with the same text) left out;
at most two per outlet, the first 21 distinct texts taken; each excerpt is the article's beginning
up to the end of its 95th word holding an Arabic letter.

Usage: python benchmarks/clitic_gold_select_dev6.py [DATA_DIR]   (prints one JSON line per excerpt,
with its text, for the annotator)
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clitic_gold_select import draw
from clitic_gold_select_dev3 import draw_dev3, draw_excerpts
from clitic_gold_select_dev4 import draw_dev4
from clitic_gold_select_dev5 import DAYS, draw_dev5
from clitic_unseen_sample import sample
from gold_overlap import load_documents, near_copies

SEED = 1924
ARTICLES = 21
# the golds whose documents a dev6 article may not copy (``gold_overlap.SETS`` at the draw), by name
# so that a rerun after a later set was added picks the same
GOLDS = (
    *(f"quantities {s}" for s in ("test", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8")),
    *(f"quantities {s}" for s in ("dev9", "dev10")),
    *(f"attributions {s}" for s in ("heldout", "old_heldout", "dev", "dev2", "dev3", "dev4", "dev5")),
    *(f"attributions {s}" for s in ("dev6", "dev7", "dev8", "dev9", "dev10")),
    *(f"clitics {s}" for s in ("dev2", "dev3", "dev4", "dev5")),
)
SAMPLE_ARTICLES = 300  # clitic_unseen_sample.py's default


def draw_dev6(data: Path) -> list[dict[str, object]]:
    """The chosen excerpts: file, index, source, sha1 of the whole content, end offset, text."""
    golds = {n: d.text for n, d in enumerate(x for x in load_documents(data) if x.set.name in GOLDS)}
    read = {hashlib.sha1(c.encode("utf-8")).hexdigest() for c in sample(data, SAMPLE_ARTICLES)}

    def keep(content: str, drawn: list[str]) -> bool:
        if hashlib.sha1(content.encode("utf-8")).hexdigest() in read:
            return False
        return not near_copies({-1: content}, golds | {-2 - n: t for n, t in enumerate(drawn)})

    earlier = draw(data) + draw_dev3(data) + draw_dev4(data) + draw_dev5(data)
    return draw_excerpts(data, earlier, SEED, ARTICLES, days=DAYS, keep=keep)


def main(data: Path) -> None:
    for d in draw_dev6(data):
        print(json.dumps(d, ensure_ascii=False))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
