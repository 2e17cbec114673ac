"""How the excerpts of ``benchmarks/clitic_gold_dev3.jsonl`` were chosen (kept for the record).

Run once, before any annotation and before the segmenter was run on them (issue 19, session 9: a
third, fresh dev set for the clitic split). The draw of dev2 (``clitic_gold_select.py``, seed 1919)
is left as it was; this one reuses its helpers and its four allowed days (never 2015-08-11.json):

- SaudiNewsNet articles of 600-6,000 characters, in corpus order, shuffled with
  ``random.Random(1920)``; the articles of dev2 (and any article with the same text) left out;
  at most two per outlet, the first 16 distinct texts taken.
- Each excerpt is the article's beginning up to the end of its 95th word holding an Arabic letter.

Usage: python benchmarks/clitic_gold_select_dev3.py [DATA_DIR]   (prints one JSON line per excerpt,
with its text, for the annotator)
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clitic_gold_select import ARTICLES, DAYS, PER_SOURCE, draw, excerpt_end

SEED = 1920


def draw_excerpts(
    data: Path,
    earlier: list[dict[str, object]],
    seed: int,
    articles: int,
    days: tuple[str, ...] = DAYS,
    keep: Callable[[str, list[str]], bool] | None = None,
) -> list[dict[str, object]]:
    """``articles`` excerpts not in ``earlier`` (by place or text), drawn with ``seed``: file, index,
    source, sha1 of the whole content, end offset, text (the draw of dev3, and of dev4 and dev5 after
    it). ``days`` are the SaudiNewsNet days drawn from; ``keep(content, drawn contents)``, when given,
    says whether a candidate may be taken (dev5: no near copy of a gold or of an article drawn)."""
    taken = {(d["file"], d["index"]) for d in earlier}
    texts = {str(d["sha1"]) for d in earlier}
    cands = []
    for day in days:
        for i, a in enumerate(json.loads((data / "saudinewsnet" / f"{day}.json").read_text(encoding="utf-8"))):
            c = a.get("content") or ""
            if 600 <= len(c) <= 6000 and (day + ".json", i) not in taken:
                cands.append((day + ".json", i, a.get("source", ""), c))
    random.Random(seed).shuffle(cands)
    out: list[dict[str, object]] = []
    per: Counter[str] = Counter()
    drawn: list[str] = []
    for file, i, source, c in cands:
        sha1 = hashlib.sha1(c.encode("utf-8")).hexdigest()
        if per[source] >= PER_SOURCE or sha1 in texts or (keep is not None and not keep(c, drawn)):
            continue
        drawn.append(c)
        per[source] += 1
        texts.add(sha1)
        end = excerpt_end(c)
        out.append(dict(file=file, index=i, source=source, sha1=sha1, end=end, text=c[:end]))
        if len(out) == articles:
            break
    return out


def draw_dev3(data: Path) -> list[dict[str, object]]:
    """The chosen excerpts: file, index, source, sha1 of the whole content, end offset, text."""
    return draw_excerpts(data, draw(data), SEED, ARTICLES)


def main(data: Path) -> None:
    for d in draw_dev3(data):
        print(json.dumps(d, ensure_ascii=False))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
