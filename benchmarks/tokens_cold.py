"""CPU time of the tokens stage with cold and warm word caches, to compare two checkouts (issue 19).

Usage::

    python benchmarks/tokens_cold.py [--data-dir ../shared/data] [--articles 300]

For the title and content of the first ``--articles`` SaudiNewsNet articles of 2015-07-22, prints
the CPU seconds of a bare ``regex`` word pass (mean of five), then, best of three, of a fresh
tokenizer and segmenter over them (cold: every distinct word's clitic split decided once) and of a
second pass (warm), each also as a ratio to the bare pass, and their difference: what the first
sight of the word types costs (issue 20). The segmenter's tables load before timing. Run it from
each checkout (the checkout's own package is imported), interleaved.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabicnews.arabic.clitics import CliticSegmenter, load_model  # noqa: E402
from arabicnews.stages.tokens import Tokenizer  # noqa: E402

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args(argv)
    with (args.data_dir / "saudinewsnet" / "2015-07-22.json").open(encoding="utf-8") as fh:
        texts = [a["title"] + "\n" + a["content"] for a in json.load(fh)[: args.articles]]
    start = time.process_time()
    for _ in range(5):
        for text in texts:
            _WORD.findall(text)
    bare = (time.process_time() - start) / 5
    model = load_model()
    cold, warm = [], []
    for _ in range(3):
        tokenizer = Tokenizer(CliticSegmenter(model))
        start = time.process_time()
        for text in texts:
            tokenizer(text)
        cold.append(time.process_time() - start)
        start = time.process_time()
        for text in texts:
            tokenizer(text)
        warm.append(time.process_time() - start)
    print(
        f"{ROOT.name}: bare {bare:.3f} s; tokens cold {min(cold):.3f} s ({min(cold) / bare:.1f}x bare),"
        f" warm {min(warm):.3f} s ({min(warm) / bare:.1f}x bare); first sight (cold - warm)"
        f" {min(cold) - min(warm):.3f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
