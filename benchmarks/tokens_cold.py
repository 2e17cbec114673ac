"""CPU time of the tokens stage with cold and warm word caches, to compare two checkouts (issue 19).

Usage::

    python benchmarks/tokens_cold.py [--data-dir ../shared/data] [--articles 300]

For the title and content of the first ``--articles`` SaudiNewsNet articles of 2015-07-22, prints
the CPU seconds of a bare ``regex`` word pass (mean of five), then, best of three, of a fresh
tokenizer and segmenter over them (cold: every distinct word's clitic split decided once) and of a
second pass (warm), each also as a ratio to the bare pass, and their difference: what the first
sight of the word types costs (issue 20). The segmenter's tables load before timing. Run it from
each checkout (the checkout's own package is imported), interleaved.

``--decisions`` measures the clitic decision table instead (``arabicnews/data/clitics/decisions.tsv``,
whatever size it holds: ``python -m arabicnews.train clitics --decisions --decisions-size N`` writes
another): each of ``--rounds`` rounds times loading it (``read_decisions``), then a fresh tokenizer's
first pass without the table and with it (in alternating order), and a second pass with it. What
the table saves on a first pass is paid for by its load, once per process.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabicnews.arabic.clitics import CliticModel, CliticSegmenter, load_model, read_decisions  # noqa: E402
from arabicnews.stages.tokens import Tokenizer  # noqa: E402

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--decisions", action="store_true", help="the decision table's load against its saving")
    parser.add_argument("--rounds", type=int, default=5, help="with --decisions: how many rounds")
    args = parser.parse_args(argv)
    with (args.data_dir / "saudinewsnet" / "2015-07-22.json").open(encoding="utf-8") as fh:
        texts = [a["title"] + "\n" + a["content"] for a in json.load(fh)[: args.articles]]
    if args.decisions:
        return decisions(texts, args.rounds)
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


def _passes(model: CliticModel, table: Mapping[str, str], texts: Sequence[str]) -> tuple[float, float, int, int]:
    """CPU seconds of a fresh tokenizer's first and second pass over ``texts`` with the decision
    table ``table``, how many word types it met and how many of them the table holds."""
    segmenter = CliticSegmenter(model)
    segmenter._decisions = table  # as the packaged segmenter holds it after its lazy load
    tokenizer = Tokenizer(segmenter)
    gc.collect()
    start = time.process_time()
    for text in texts:
        tokenizer(text)
    first = time.process_time() - start
    start = time.process_time()
    for text in texts:
        tokenizer(text)
    second = time.process_time() - start
    return first, second, len(tokenizer._words), sum(w in table for w in tokenizer._words)


def decisions(texts: Sequence[str], rounds: int) -> int:
    """Print the decision table's load and what it saves on the tokens stage's first pass."""
    model = load_model()
    loads: list[float] = []
    without: list[float] = []
    with_table: list[float] = []
    second: list[float] = []
    entries = types = hits = 0
    for r in range(rounds):
        gc.collect()
        start = time.process_time()
        table = read_decisions()
        loads.append(time.process_time() - start)
        entries = len(table)
        for use in (False, True) if r % 2 == 0 else (True, False):
            first, again, types, answered = _passes(model, table if use else {}, texts)
            (with_table if use else without).append(first)
            if use:
                second.append(again)
                hits = answered
    print(
        f"{ROOT.name}: {len(texts)} articles, {types:,} word types;"
        f" the decision table holds {entries:,} word forms, {hits:,} of the types met"
    )
    print(f"CPU s, {rounds} rounds: min, median (each round)")

    def show(name: str, xs: list[float]) -> None:
        each = " ".join(f"{x:.3f}" for x in xs)
        print(f"  {name:<32} {min(xs):.3f} {statistics.median(xs):.3f}   ({each})")

    show("load the table", loads)
    show("first pass without the table", without)
    show("first pass with it", with_table)
    show("second pass with it", second)
    saved = [a - b for a, b in zip(without, with_table, strict=True)]
    show("saved on the first pass", saved)
    print(f"  saved / load, medians: {statistics.median(saved) / max(statistics.median(loads), 1e-9):.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
