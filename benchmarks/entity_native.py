"""The entity tagger's compiled loops (``_fastner``) against its Python loops, in one interpreter (issue 20).

Usage::

    python benchmarks/entity_native.py [--data-dir ../shared/data] [--articles 300] [--rounds 3]

For the first ``--articles`` non-empty SaudiNewsNet articles (those of ``speed.py``), made into
Documents by the stages before ``entities``, runs the entity stage alone with a fresh model (its
word-type cache empty) a first and a second time, once with the compiled loops and once with the
Python ones (``NerModel._native = False``), alternately, ``--rounds`` times; prints the CPU seconds
of each pass (collector off), their ratios, and whether the two paths gave the same entities and
scores. Then the parts, best of five: the word-type records (``NerModel._word``) of all the types,
and ``_tag_words`` over all the sentences with the records made (as on a second pass). Run it from
a checkout where the extension is built (``python setup.py build_ext --inplace`` or an install).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from speed import best_cpu, load_articles  # noqa: E402

import arabicnews  # noqa: E402
from arabicnews.core._native import NATIVE  # noqa: E402
from arabicnews.core.document import Document  # noqa: E402
from arabicnews.model.columns import token_texts  # noqa: E402
from arabicnews.model.spans import sentence_token_ranges  # noqa: E402
from arabicnews.stages.entities.perceptron import NerModel  # noqa: E402
from arabicnews.stages.entities.stage import EntityStage  # noqa: E402


def fresh(native: bool) -> NerModel:
    model = NerModel.load()
    if not native:
        model._native = False
    return model


def passes(docs: Sequence[Document], native: bool) -> tuple[float, float, list[tuple[object, ...]]]:
    """CPU seconds of a first and a second pass of the entity stage (fresh model), and the first pass's entities."""
    stage = EntityStage(fresh(native))
    times = []
    found: list[tuple[object, ...]] = []
    gc.collect()
    gc.disable()
    try:
        for k in range(2):
            c = time.process_time()
            out = [stage(d) for d in docs]
            times.append(time.process_time() - c)
            if k == 0:
                found = [(e.start, e.end, e.label, float.hex(e.score)) for d in out for e in d.entities]
    finally:
        gc.enable()
    return times[0], times[1], found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    if NATIVE is None:
        raise SystemExit("the extension _fastner is not built here (or ARABICNEWS_PURE_PYTHON is set)")
    texts = load_articles(args.data_dir, args.articles)
    nlp = arabicnews.default_pipeline()
    before = arabicnews.Pipeline([st for st in nlp.stages if st.name in ("tokens", "sentences")])
    docs = [before(t) for t in texts]
    words = [token_texts(d.tokens) for d in docs]
    sentences = [
        ws[s:e] for d, ws in zip(docs, words, strict=True) for s, e in sentence_token_ranges(d.tokens, d.sentences)
    ]
    sentences = [s for s in sentences if s]
    types = list(dict.fromkeys(w for ws in words for w in ws))
    tokens = sum(map(len, words))
    print(f"{len(texts)} articles, {tokens:,} tokens, {len(sentences):,} sentences, {len(types):,} word types")
    print("1. the entity stage alone, fresh model, CPU s (collector off), the two paths alternately")
    got: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
    same = True
    for r in range(args.rounds):
        order = (False, True) if r % 2 == 0 else (True, False)
        found = {}
        for native in order:
            first, second, found[native] = passes(docs, native)
            got[native].append((first, second))
            print(
                f"  round {r + 1} {'C     ' if native else 'Python'} first pass {first:.3f}  second pass {second:.3f}"
            )
        same = same and found[True] == found[False]
    print(f"  entities and scores the same on both paths: {same}")
    for k, name in ((0, "first pass"), (1, "second pass")):
        py = statistics.median(t[k] for t in got[False])
        c = statistics.median(t[k] for t in got[True])
        print(f"  median {name}: Python {py:.3f} s, C {c:.3f} s, {py / c:.2f}x")
    print("2. the parts, CPU s, best of 5")
    for native in (False, True):
        model = fresh(native)

        def records(model: NerModel = model) -> None:
            model._types.clear()
            for w in types:
                model._word(w)

        def tag(model: NerModel = model) -> None:
            for ws in sentences:
                model._tag_words(ws)

        rec = best_cpu(records)
        tagged = best_cpu(tag)
        label = "C     " if native else "Python"
        print(f"  {label} records {rec:.3f} s ({rec / len(types) * 1e6:.1f} µs a type)  _tag_words warm {tagged:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
