"""What a first pass costs the entity stage beyond a second: the records of the word types it meets (issue 20).

Usage::

    python benchmarks/entity_first_sight.py [--data-dir ../shared/data] [--articles 300]

For the first ``--articles`` non-empty SaudiNewsNet articles (those of ``speed.py``), made into
Documents by the stages before ``entities``, prints the CPU seconds of the entity stage alone on a
first and a second pass with a fresh model (its word-type cache empty), then the same after the
records of every word type of the articles were made beforehand (``NerModel._word``): when the
first pass then costs what the second does, the records are the whole of the first pass's extra
cost. Last, per word type, the CPU time of the parts of a record (best of five): the feature
strings (``FeatureExtractor._make_info``), the sums of the weights of the features the model has,
and ``_word`` in all, with how many features and label weights a type adds up; with the C extension
built, also the parts of the compiled path: the word's forms (``FeatureExtractor.forms``, Python), the
compiled record made from them (``_fastner.word_record``, as ``_word`` calls it), and the same record
against empty weights and stem-pair tables (its feature strings made, hashed and looked up, nothing
found: what a record costs beyond adding weights). Run it from each checkout (the checkout's own
package is imported); each part runs in this one interpreter.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from array import array
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from speed import best_cpu, load_articles  # noqa: E402

import arabicnews  # noqa: E402
from arabicnews.core._native import NATIVE  # noqa: E402
from arabicnews.model.columns import token_texts  # noqa: E402
from arabicnews.stages.entities import perceptron  # noqa: E402
from arabicnews.stages.entities.perceptron import LABELS, NerModel, default_model  # noqa: E402
from arabicnews.stages.entities.stage import EntityStage  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args(argv)
    texts = load_articles(args.data_dir, args.articles)
    nlp = arabicnews.default_pipeline()
    before = arabicnews.Pipeline([st for st in nlp.stages if st.name in ("tokens", "sentences")])
    docs = [before(t) for t in texts]
    words = [token_texts(d.tokens) for d in docs]
    types = list(dict.fromkeys(w for ws in words for w in ws))
    model = default_model()
    stage = EntityStage(model)
    print(f"{len(texts)} articles, {sum(map(len, words)):,} tokens, {len(types):,} word types")
    print("the entity stage alone, CPU s (collector off)")
    gc.collect()
    gc.disable()
    try:
        for made in (False, True):
            model._types.clear()
            c = time.process_time()
            if made:
                for w in types:
                    model._word(w)
            made_in = time.process_time() - c
            passes = []
            for _ in range(2):
                c = time.process_time()
                for d in docs:
                    stage(d)
                passes.append(time.process_time() - c)
            label = f"records made first ({made_in:.3f} s)" if made else "fresh model"
            print(f"  {label:<32} first pass {passes[0]:.3f}  second pass {passes[1]:.3f}")
    finally:
        gc.enable()
    fresh = NerModel.load()
    infos = [fresh.extract._make_info(w) for w in types]
    get = fresh.weights.get

    def sums() -> None:
        for info in infos:
            for feats in (info.local, *info.roles):
                scores: list[float] | None = None
                for wl in map(get, feats):
                    if wl is not None:
                        if scores is None:
                            scores = [0.0] * len(LABELS)
                        for y, w in wl:
                            scores[y] += w
                if scores is not None:
                    array("d", scores)

    def records() -> None:
        for w in types:
            fresh._word(w)
        fresh._types.clear()

    present = [f for info in infos for feats in (info.local, *info.roles) for f in feats if f in fresh.weights]
    n = len(types)
    print(
        f"per word type ({len(present) / n:.1f} features the model has, "
        f"{sum(len(fresh.weights[f]) for f in present) / n:.1f} label weights), CPU µs, best of 5"
    )
    parts: list[tuple[str, Callable[[], object]]] = [
        ("feature strings", lambda: [fresh.extract._make_info(w) for w in types]),
        ("sums of their weights", sums),
        ("_word in all", records),
    ]
    record = getattr(NATIVE, "word_record", None) if fresh._native else None
    if record is not None:
        extract = fresh.extract
        forms = [extract.forms(w) for w in types]
        records()  # makes the model's weight table (fresh._table), as a first record does
        model_tuple = fresh._record_model()
        assert model_tuple is not None
        nothing: dict[str, object] = {}
        empty = (nothing, model_tuple[1], extract.lexicon, nothing, nothing)
        kit = perceptron._RECORD_KIT
        parts += [
            ("compiled: forms", lambda: [extract.forms(w) for w in types]),
            ("compiled: record", lambda: [record(model_tuple, kit, *f) for f in forms]),
            ("compiled: nothing found", lambda: [record(empty, kit, *f) for f in forms]),
        ]
    for label, fn in parts:
        print(f"  {label:<24} {best_cpu(fn) / n * 1e6:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
