"""How the excerpts of ``benchmarks/clitic_gold_dev2.jsonl`` were chosen (kept for the record).

Run once, before any annotation and before the segmenter was run on them (issue 19, a second dev
set for the clitic split). The gold stores offsets and the annotated splits only; the texts are
read from ``../shared/data`` (SaudiNewsNet is CC BY-NC-SA 4.0: no article is copied here).

- SaudiNewsNet, the four allowed days (never 2015-08-11.json): articles of 600-6,000 characters,
  in corpus order (days in order, then index), shuffled with ``random.Random(1919)``; at most two
  per outlet, the first 16 distinct texts taken.
- Each excerpt is the article's beginning up to the end of its 95th word holding an Arabic letter.

Usage: python benchmarks/clitic_gold_select.py [DATA_DIR]   (prints one JSON line per excerpt,
with its text, for the annotator)
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

import regex

DAYS = ("2015-07-22", "2015-07-31", "2015-08-06", "2015-08-10")
ARTICLES = 16
PER_SOURCE = 2
WORDS = 95
_ARABIC_WORD = regex.compile(r"\S*[\p{Arabic}&&\p{L}]\S*", regex.V1)


def excerpt_end(text: str, words: int = WORDS) -> int:
    """The offset just after the ``words``-th whitespace word of ``text`` holding an Arabic letter."""
    end = len(text)
    for k, m in enumerate(_ARABIC_WORD.finditer(text), 1):
        end = m.end()
        if k == words:
            break
    return end


def draw(data: Path) -> list[dict[str, object]]:
    """The chosen excerpts: file, index, source, sha1 of the whole content, end offset, text."""
    cands = []
    for day in DAYS:
        for i, a in enumerate(json.loads((data / "saudinewsnet" / f"{day}.json").read_text(encoding="utf-8"))):
            c = a.get("content") or ""
            if 600 <= len(c) <= 6000:
                cands.append((day + ".json", i, a.get("source", ""), c))
    random.Random(1919).shuffle(cands)
    out: list[dict[str, object]] = []
    per: Counter[str] = Counter()
    texts: set[str] = set()
    for file, i, source, c in cands:
        if per[source] >= PER_SOURCE or c in texts:
            continue
        per[source] += 1
        texts.add(c)
        end = excerpt_end(c)
        sha1 = hashlib.sha1(c.encode("utf-8")).hexdigest()
        out.append(dict(file=file, index=i, source=source, sha1=sha1, end=end, text=c[:end]))
        if len(out) == ARTICLES:
            break
    return out


def main(data: Path) -> None:
    for d in draw(data):
        print(json.dumps(d, ensure_ascii=False))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "data")
