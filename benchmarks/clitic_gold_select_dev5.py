"""How the excerpts of ``benchmarks/clitic_gold_dev5.jsonl`` were chosen (kept for the record).

Run once, before any annotation and before the segmenter was run on them (issue 19, session 11: a
fifth, fresh dev set for the clitic split). The draws of dev2 (``clitic_gold_select.py``, seed 1919),
dev3 (``clitic_gold_select_dev3.py``, seed 1920) and dev4 (``clitic_gold_select_dev4.py``, seed 1921)
are left as they were; this one reuses their helpers, with two changes:

- only the days 2015-07-22 and 2015-07-31 (the session's reserved sets are drawn from the others;
  never 2015-08-11.json);
- an article that is a near copy (``near_copies`` of ``gold_overlap.py``: a third of its word
  6-grams in the other text) of a document of any gold named in ``GOLDS`` (the sets of
  ``gold_overlap.SETS`` when this was drawn), or of an article drawn before it, is left out.

Otherwise as dev4: SaudiNewsNet articles of 600-6,000 characters, in corpus order, shuffled with
``random.Random(1922)``; the articles of dev2, dev3 and dev4 (and any article with the same text)
left out; at most two per outlet, the first 21 distinct texts taken; each excerpt is the article's
beginning up to the end of its 95th word holding an Arabic letter.

Usage: python benchmarks/clitic_gold_select_dev5.py [DATA_DIR]   (prints one JSON line per excerpt,
with its text, for the annotator)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clitic_gold_select import draw
from clitic_gold_select_dev3 import draw_dev3, draw_excerpts
from clitic_gold_select_dev4 import draw_dev4
from gold_overlap import load_documents, near_copies

SEED = 1922
ARTICLES = 21
DAYS = ("2015-07-22", "2015-07-31")
# the golds whose documents a dev5 article may not copy (``gold_overlap.SETS`` at the draw), by name
# so that a rerun after a later set was added picks the same
GOLDS = (
    *(f"quantities {s}" for s in ("test", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8")),
    *(f"attributions {s}" for s in ("heldout", "old_heldout", "dev", "dev2", "dev3", "dev4", "dev5")),
    *(f"attributions {s}" for s in ("dev6", "dev7", "dev8")),
    *(f"clitics {s}" for s in ("dev2", "dev3", "dev4")),
)


def draw_dev5(data: Path) -> list[dict[str, object]]:
    """The chosen excerpts: file, index, source, sha1 of the whole content, end offset, text."""
    golds = {n: d.text for n, d in enumerate(x for x in load_documents(data) if x.set.name in GOLDS)}

    def keep(content: str, drawn: list[str]) -> bool:
        return not near_copies({-1: content}, golds | {-2 - n: t for n, t in enumerate(drawn)})

    earlier = draw(data) + draw_dev3(data) + draw_dev4(data)
    return draw_excerpts(data, earlier, SEED, ARTICLES, days=DAYS, keep=keep)


def main(data: Path) -> None:
    for d in draw_dev5(data):
        print(json.dumps(d, ensure_ascii=False))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
