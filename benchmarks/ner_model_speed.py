"""The entity stage's speed with two model files, interleaved in one process (CPU time, best of N).

Usage::

    python benchmarks/ner_model_speed.py BEFORE.json.gz AFTER.json.gz [--articles 300] [--rounds 3]

The texts are the first ``--articles`` SaudiNewsNet articles in file order (the first days; never
the held-out ``2015-08-11.json``), tokenised and split into sentences once; each round tags them all
with each model in turn, on a warm cache (one untimed pass each first). CPU time, not wall-clock,
so that other jobs on a shared machine matter less; the ratio of the two is the figure to read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from arabicnews.core.document import Document  # noqa: E402
from arabicnews.evaluate.corpora import default_data_dir  # noqa: E402
from arabicnews.evaluate.ner import load_model  # noqa: E402
from arabicnews.stages.entities.stage import EntityStage  # noqa: E402
from arabicnews.stages.sentences import SentenceStage  # noqa: E402
from arabicnews.stages.tokens import TokenizerStage  # noqa: E402

HELD_OUT = "2015-08-11.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", type=Path, nargs=2)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--data-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    data_dir = args.data_dir or default_data_dir()
    texts: list[str] = []
    for path in sorted((data_dir / "saudinewsnet").glob("*.json")):
        if path.name == HELD_OUT:
            continue
        texts.extend(str(a.get("content") or "") for a in json.loads(path.read_text(encoding="utf-8")))
        if len(texts) >= args.articles:
            break
    texts = texts[: args.articles]
    tok, sent = TokenizerStage(), SentenceStage()
    docs = [sent(tok(Document(t))) for t in texts]
    words = sum(sum(1 for x in d.tokens if x.kind == "word") for d in docs)
    stages = [EntityStage(load_model(m)) for m in args.models]
    for stage in stages:
        for d in docs:
            stage(d)
    best = [float("inf")] * len(stages)
    for _ in range(args.rounds):
        for k, stage in enumerate(stages):
            t0 = time.process_time()
            for d in docs:
                stage(d)
            best[k] = min(best[k], time.process_time() - t0)
    print(f"{len(texts)} articles, {words:,} words; entity stage alone, best of {args.rounds} (CPU time):")
    for model, secs in zip(args.models, best, strict=True):
        print(f"  {model}: {words / secs:,.0f} words per CPU second")
    print(f"ratio second / first: {best[0] / best[1]:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
