"""Words per second of the transformers entity stage beside the default one, on the same documents.

    python benchmarks/transformer_speed.py --data-dir ../shared/data --articles 100
    python benchmarks/transformer_speed.py --data-dir ../shared/data --articles 5 --repeat 1 --threads 1 --base-size

The models are built here, randomly initialised (``tests/tiny_transformers.py``): nothing is
downloaded, so **no figure is the real CAMeL model's**. The tiny model (2 layers, hidden size 32) times
the stage's own work (tokenizing, windows, batches, spans) with almost no model cost.
``--base-size`` adds a random model of BERT-base's shape (12 layers, hidden 768, 12 heads, the shape of
CAMeLBERT) with the tests' letter-level vocabulary: its words split into several times more
sub-words than CAMeLBERT's 30,000-piece vocabulary splits them (the script prints sub-words per word),
so its time is an upper bound of the real model's, not a measure of it.

Each stage runs alone on Documents that already hold tokens and sentences; runs are interleaved
(default, transformers, default, ...) and the best of ``--repeat`` is kept, for torch with 1 and with
2 threads (``--threads``). The ratio (default / transformers) is the steadier figure on a shared machine.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import torch  # noqa: E402
from speed import count_words, load_articles  # noqa: E402
from tiny_transformers import build_tiny_model  # noqa: E402

from arabicnews import Document, Pipeline  # noqa: E402
from arabicnews.stages.entities.stage import EntityStage  # noqa: E402
from arabicnews.stages.entities.transformer import TransformerEntityStage  # noqa: E402
from arabicnews.stages.sentences import SentenceStage  # noqa: E402
from arabicnews.stages.tokens import TokenizerStage  # noqa: E402


def best_time(stage: object, docs: Sequence[Document]) -> float:
    began = time.perf_counter()
    for doc in docs:
        stage(doc)  # type: ignore[operator]
    return time.perf_counter() - began


def sub_words_per_word(stage: TransformerEntityStage, docs: Sequence[Document]) -> float:
    tokenizer = stage._state().tokenizer
    words = [t.text for d in docs for t in d.tokens]
    pieces = tokenizer(words, add_special_tokens=False)["input_ids"]
    return sum(len(p) for p in pieces) / max(1, len(words))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--base-size", action="store_true", help="also a random model of BERT-base's shape")
    parser.add_argument("--threads", default="1,2", help="torch thread counts to time, comma-separated (default 1,2)")
    args = parser.parse_args(argv)

    texts = load_articles(args.data_dir, args.articles)
    words = count_words(texts)
    prepare = Pipeline([TokenizerStage(), SentenceStage()])
    docs = [prepare(t) for t in texts]
    print(f"{len(texts)} SaudiNewsNet articles, {words:,} words, {sum(len(d.tokens) for d in docs):,} tokens")
    print(f"torch {torch.__version__}, machine threads default {torch.get_num_threads()}")

    with tempfile.TemporaryDirectory() as tmp:
        shapes = {"tiny (2 layers, hidden 32)": {"layers": 2, "max_positions": 512}}
        if args.base_size:
            shapes["BERT-base shape (12 layers, hidden 768)"] = {"base": True, "max_positions": 512}
        stages: dict[str, TransformerEntityStage] = {}
        for i, (name, shape) in enumerate(shapes.items()):
            directory = Path(tmp) / f"m{i}"
            if shape.get("base"):
                build_tiny_model(directory, seed=0, max_positions=512, hidden=768, layers=12, heads=12)
            else:
                build_tiny_model(directory, seed=0, layers=int(shape["layers"]), max_positions=512)
            stages[name] = TransformerEntityStage(directory, batch_size=args.batch_size).load()
        default = EntityStage()
        default(docs[0])  # load the shipped model before timing
        for name, stage in stages.items():
            stage(docs[0])
            print(f"{name}: {sub_words_per_word(stage, docs):.2f} sub-words per token")
        threads_before = torch.get_num_threads()
        for threads in (int(n) for n in args.threads.split(",")):
            torch.set_num_threads(threads)
            times: dict[str, float] = {"default": float("inf")} | {name: float("inf") for name in stages}
            for _ in range(args.repeat):
                times["default"] = min(times["default"], best_time(default, docs))
                for name, stage in stages.items():
                    times[name] = min(times[name], best_time(stage, docs))
            print(f"\ntorch threads {threads}")
            print(f"  default EntityStage                  {words / times['default']:>10,.0f} words/s")
            for name in stages:
                ratio = times[name] / times["default"]
                speed = words / times[name]
                print(f"  transformers, {name:<24} {speed:>10,.0f} words/s  ({ratio:.1f}x the default's time)")
        torch.set_num_threads(threads_before)
    return 0


if __name__ == "__main__":
    sys.exit(main())
