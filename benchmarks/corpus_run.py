"""Run the default pipeline over SaudiNewsNet and check every invariant on every Document.

Each text field of each article (``title``, ``author`` and ``content``; empty fields skipped) is
analysed as a Document of its own, then checked with :func:`arabicnews.surfaces.validate.find_violations`
(offsets, sorting, token coverage, segment tiling, sentences, the JSON round trip, the text
untouched). The run prints the counts (articles, documents, words, characters, exceptions,
invariant violations), the time, and the slowest documents; it exits with status 1 if any
document raised or broke an invariant.

Usage::

    python benchmarks/corpus_run.py [--data-dir ../shared/data] [--limit N] [--jobs N] [--slowest 10]

``--limit N`` takes N articles spread evenly over the corpus (the first of every ``total // N``).
Times are wall-clock seconds of the analysis alone (not of the checks), per document.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TextIO

from attrs import frozen

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import arabicnews  # noqa: E402
from arabicnews.surfaces.validate import find_violations  # noqa: E402

FIELDS = ("title", "author", "content")
CORPUS = "saudinewsnet"


@frozen
class Item:
    """One text to analyse: where it comes from and the text."""

    where: str  # file:index:field
    text: str


@frozen
class Result:
    """What analysing and checking one text gave."""

    where: str
    chars: int
    words: int
    seconds: float
    error: str | None
    violations: tuple[str, ...]


def read_articles(data_dir: Path) -> list[tuple[str, int, dict[str, object]]]:
    """Every article of the corpus as ``(file name, index in the file, article)``, in file order."""
    folder = data_dir / CORPUS
    files = sorted(folder.glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no SaudiNewsNet JSON files in {folder}")
    out: list[tuple[str, int, dict[str, object]]] = []
    for path in files:
        with path.open(encoding="utf-8") as fh:
            articles = json.load(fh)
        out.extend((path.name, i, a) for i, a in enumerate(articles))
    return out


def sample(
    articles: Sequence[tuple[str, int, dict[str, object]]], limit: int | None
) -> list[tuple[str, int, dict[str, object]]]:
    """``limit`` articles spread evenly over ``articles`` (all of them without a limit)."""
    if limit is None or limit >= len(articles):
        return list(articles)
    step = len(articles) / max(limit, 1)
    return [articles[int(i * step)] for i in range(limit)]


def items(articles: Sequence[tuple[str, int, dict[str, object]]]) -> Iterator[Item]:
    """The non-empty text fields of ``articles``."""
    for name, index, article in articles:
        for field in FIELDS:
            value = article.get(field)
            if isinstance(value, str) and value:
                yield Item(f"{name}:{index}:{field}", value)


def warm_up() -> None:
    """Load every lexicon and model once, so that the first document's time is its own."""
    arabicnews.analyze("وقال المتحدث إن ٣٥ شخصا قتلوا في الرياض يوم ٣ مايو ٢٠١٥.")


def run_one(item: Item) -> Result:
    """Analyse one text with the default pipeline, time it, and check its invariants."""
    words = len(item.text.split())
    t0 = time.perf_counter()
    try:
        doc = arabicnews.analyze(item.text)
    except Exception as exc:
        seconds = time.perf_counter() - t0
        tb = traceback.format_exception_only(type(exc), exc)[-1].strip()
        return Result(item.where, len(item.text), words, seconds, tb, ())
    seconds = time.perf_counter() - t0
    try:
        violations = tuple(find_violations(doc, item.text))
    except Exception as exc:  # a crash of the checker is reported as a violation, never hidden
        violations = (f"the invariant check crashed: {type(exc).__name__}: {exc}",)
    return Result(item.where, len(item.text), words, seconds, None, violations)


def run(data_dir: Path, limit: int | None = None, jobs: int = 1, slowest: int = 10, out: TextIO | None = None) -> int:
    """Run the corpus, print the report to ``out`` (stdout by default); the number of failing documents."""
    stream = out if out is not None else sys.stdout

    def say(line: str = "") -> None:
        print(line, file=stream)

    articles = sample(read_articles(data_dir), limit)
    todo = list(items(articles))
    t0 = time.perf_counter()  # the wall time includes loading the lexicons
    if jobs > 1:
        with ProcessPoolExecutor(jobs, initializer=warm_up) as pool:
            results = list(pool.map(run_one, todo, chunksize=16))
    else:
        warm_up()
        results = [run_one(item) for item in todo]
    wall = time.perf_counter() - t0
    errors = [r for r in results if r.error is not None]
    broken = [r for r in results if r.violations]
    analysis = sum(r.seconds for r in results)
    chars = sum(r.chars for r in results)
    say(f"corpus:               {data_dir / CORPUS}")
    say(f"articles:             {len(articles):,}")
    say(f"documents:            {len(results):,} (fields: {', '.join(FIELDS)}; empty ones skipped)")
    say(f"words:                {sum(r.words for r in results):,} (white-space separated)")
    say(f"characters:           {chars:,}")
    say(f"exceptions:           {len(errors):,}")
    say(f"invariant violations: {sum(len(r.violations) for r in broken):,} in {len(broken):,} document(s)")
    speed = chars / max(analysis, 1e-9) / 1000
    say(f"analysis time:        {analysis:.1f} s ({speed:,.0f} k chars/s), wall {wall:.1f} s, jobs {jobs}")
    say(f"slowest {slowest} documents:")
    for r in sorted(results, key=lambda r: r.seconds, reverse=True)[:slowest]:
        say(f"  {r.seconds * 1000:9.1f} ms  {r.chars:7,} chars  {r.where}")
    for r in errors[:20]:
        say(f"EXCEPTION {r.where}: {r.error}")
    for r in broken[:20]:
        say(f"VIOLATION {r.where}: {'; '.join(r.violations[:3])}")
    return len(errors) + len(broken)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=None, help="analyse N articles spread over the corpus")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--slowest", type=int, default=10, help="how many of the slowest documents to list")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    failing = run(args.data_dir, args.limit, args.jobs, args.slowest)
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
