"""Speed of the quantities stage alone on the content of the first 300 articles of one SaudiNewsNet day.

Usage::

    python benchmarks/quantities_speed.py [--data-dir ../shared/data] [--day 2015-07-22.json] [--articles 300]

Prints the words (whitespace-separated) and, best of 7 runs in CPU time, ``find_quantities`` on
the strings (building the normalised view included) and on their normalised views (as inside a
pipeline, where ``doc.normalized`` is already built), in words per second.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from speed import best_cpu  # noqa: E402

from arabicnews.core.normalize import NormalizedText  # noqa: E402
from arabicnews.stages.quantities import find_quantities  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--day", default="2015-07-22.json")
    ap.add_argument("--articles", type=int, default=300)
    args = ap.parse_args()
    articles = json.loads((args.data_dir / "saudinewsnet" / args.day).read_text(encoding="utf-8"))
    texts = [a["content"] for a in articles[: args.articles]]
    words = sum(len(t.split()) for t in texts)
    views = [NormalizedText.of(t) for t in texts]
    for t in texts[:20]:
        find_quantities(t)  # load the lexicons and compile the patterns first
    on_text = best_cpu(lambda: [find_quantities(t) for t in texts], 7)
    on_view = best_cpu(lambda: [find_quantities(v) for v in views], 7)
    print(f"{len(texts)} articles, {words} words")
    print(f"find_quantities(text): {on_text:.3f} s, {words / on_text:,.0f} words/s")
    print(f"find_quantities(normalised view): {on_view:.3f} s, {words / on_view:,.0f} words/s")


if __name__ == "__main__":
    main()
