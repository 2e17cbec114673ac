"""The numpy paths tried for the entity tagger (issue 20, session 9): outputs to the bit, and their CPU time.

Usage::

    python benchmarks/entity_numpy.py [--data-dir ../shared/data] [--articles 300] [--repeat 3]

Needs numpy (it comes with torch). Neither path is in the package: they did not pay (see
docs/history/performance.md, "A numpy path for the entity tagger"); they are kept here so that the figures
can be made again. For the first ``--articles`` non-empty SaudiNewsNet articles (those of
``speed.py``), made into Documents by the stages before ``entities``:

1. **Word-type records** (``NerModel._word``): the model's weights as a dense matrix (a row per
   feature, a column per label, 0.0 where a feature has no weight for a label), and each document's
   new word types summed at once: their features' rows gathered and added one position at a time,
   so that every sum adds its weights in the Python loop's order. Every record is compared with
   ``_word``'s, every double to the bit; then the CPU time of making the records of all the
   articles, document by document, both ways (interleaved, best of ``--repeat``), the matrix's
   build time and size, and numpy's import time in a fresh interpreter.
2. **Emissions** (``NerModel._tag_words``, caches warm as on a second pass): the scores of a
   sentence's words summed with numpy, per sentence and per document (the sentences of a document
   laid end to end), then the candidates and the same decoder. Tags and margins are compared to the
   bit with ``_tag_words``'s; then the CPU time of the three (interleaved, best of ``--repeat``).
"""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
import time
from array import array
from collections.abc import Callable, Mapping, Sequence
from itertools import chain, repeat
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import numpy as np  # noqa: E402
from speed import load_articles  # noqa: E402

import arabicnews  # noqa: E402
from arabicnews.model.columns import token_texts  # noqa: E402
from arabicnews.stages.entities import perceptron as P  # noqa: E402
from arabicnews.stages.entities.bio import MAX_NAME_WORDS  # noqa: E402
from arabicnews.stages.entities.perceptron import LABELS, NerModel  # noqa: E402
from arabicnews.stages.entities.stage import _chunks  # noqa: E402

N = len(LABELS)
ROLES = ("own", "before", "after", "two_before", "two_after")


class Dense:
    """The weights as a matrix: row 0 all zeros (a feature the model lacks), features from row 1."""

    def __init__(self, weights: Mapping[str, Sequence[tuple[int, float]]]) -> None:
        n = len(weights)
        counts = np.fromiter(map(len, weights.values()), dtype=np.intp, count=n)
        pairs = np.fromiter(chain.from_iterable(chain.from_iterable(weights.values())), dtype=np.float64)
        cols, vals = pairs[0::2].astype(np.intp), pairs[1::2]
        cells = np.repeat(np.arange(1, n + 1, dtype=np.intp), counts) * N + cols
        # Two weights of one feature for one label would be added first in a dense row (another
        # rounding): the training command writes each label once, in ascending order.
        assert bool((cells[1:] > cells[:-1]).all())
        self.matrix = np.zeros((n + 1, N), dtype=np.float64)
        self.matrix.reshape(-1)[cells] = vals
        self.ids = dict(zip(weights, range(1, n + 1), strict=True))

    def sums(self, groups: Sequence[Sequence[str]]) -> tuple[array[float], list[float], list[int]]:
        """Per group of features: the sum of their weights (laid end to end), its rise, how many the model has."""
        flat = np.fromiter(map(self.ids.get, chain.from_iterable(groups), repeat(0)), dtype=np.intp)
        lens = np.fromiter(map(len, groups), dtype=np.intp, count=len(groups))
        width = int(lens.max(initial=0))
        index = np.zeros((len(groups), width), dtype=np.intp)
        index[np.arange(width) < lens[:, None]] = flat
        order = np.argsort(-lens, kind="stable")  # the longest first
        index = index[order]
        rows = np.count_nonzero(lens[:, None] > np.arange(width), axis=0).tolist()
        acc = np.zeros((len(groups), N), dtype=np.float64)
        for k, m in enumerate(rows):  # one position at a time: each sum in the Python loop's order
            acc[:m] += self.matrix[index[:m, k]]
        hits = np.empty(len(groups), dtype=np.intp)
        hits[order] = np.count_nonzero(index, axis=1)
        sums = np.empty_like(acc)
        sums[order] = acc
        rises = (sums[:, 1:].max(axis=1) - sums[:, 0]).tolist() if sums.size else []
        return array("d", sums.tobytes()), rises, hits.tolist()


def batch_records(model: NerModel, dense: Dense, words: Sequence[str]) -> None:
    """``model._word`` for the types of ``words`` not cached yet, their sums made by :meth:`Dense.sums`."""
    types = model._types
    new = [w for w in dict.fromkeys(words) if w not in types]
    if not new:
        return
    infos = [model.extract._make_info(w) for w in new]
    data, rises, hits = dense.sums([feats for info in infos for feats in (info.local, *info.roles)])
    vectors = [data[k : k + N] if hit else P._ZEROS for k, hit in zip(range(0, len(data), N), hits, strict=True)]
    kept = [rise if hit and rise != 0.0 else P._ZERO for rise, hit in zip(rises, hits, strict=True)]
    weights = model.weights
    for g, (word, info) in enumerate(zip(new, infos, strict=True)):
        stem = info.stem
        us = (P._maybe_pair(weights.get("us-1=0|" + stem)), P._maybe_pair(weights.get("us-1=1|" + stem)))
        types[word] = P._WordType(
            info.norm,
            stem,
            info.rare,
            *vectors[5 * g : 5 * g + 5],
            *kept[5 * g : 5 * g + 5],
            P._NO_US if us == P._NO_US else us,
            model._ss_prev.get(stem, P._NO_PAIRS),
            model._ss_next.get(stem, P._NO_PAIRS),
        )


def same_record(a: Any, b: Any) -> bool:
    if (a.norm, a.stem, a.rare, a.us, a.ss_prev, a.ss_next) != (b.norm, b.stem, b.rare, b.us, b.ss_prev, b.ss_next):
        return False
    for role in ROLES:
        x, y = getattr(a, role), getattr(b, role)
        if x.tobytes() != y.tobytes() or (x is P._ZEROS) != (y is P._ZEROS):
            return False
        x, y = getattr(a, "rise_" + role), getattr(b, "rise_" + role)
        if x.hex() != y.hex() or (x is P._ZERO) != (y is P._ZERO):
            return False
    return True


def _candidates(
    model: NerModel, emit: list[list[float]], rows: Any, opened: list[int], n: int, t0: int
) -> tuple[list[list[float]], list[list[int]]]:
    """``_tag_words``' candidates of a sentence whose words ``t0 + t`` in ``opened`` may be more than O."""
    gap = model.prune
    cands: list[list[int]] = [[0] for _ in range(n)]
    needs: list[tuple[int, list[int]]] = []
    for g in opened:
        t = g - t0
        row = emit[t] = rows[g].tolist()
        floor = row[0] - gap
        kept = [y for y in range(N) if row[y] >= floor]
        cands[t] = kept
        need = [y for y in kept if P._INSIDE[y]]
        if need and t:
            needs.append((t, need))
    for t, need in reversed(needs):
        model._open(cands[t - 1], need)
        if emit[t - 1] is P._UNSCORED:
            emit[t - 1] = rows[t0 + t - 1].tolist()
    cands[0] = [y for y in cands[0] if not P._INSIDE[y]]
    return emit, cands


def tag_numpy(model: NerModel, sentences: Sequence[Sequence[str]]) -> list[tuple[list[int], list[float]]]:
    """``_tag_words`` of each sentence, the scores of all of them summed at once with numpy."""
    gap = model.prune
    limit = -gap - 1e-6 * (1.0 + model._scale + abs(model._outside_bias))
    contexts = [model._context(s) for s in sentences]
    flat = list(chain.from_iterable(c[1] for c in contexts))  # each sentence with its two ends each side
    keys = list(chain.from_iterable(c[2] for c in contexts))
    pos: list[int] = []
    o = 0
    for s in sentences:
        pos.extend(range(o + 2, o + 2 + len(s)))
        o += len(s) + 4
    records = list({id(r): r for r in flat}.values())
    where = {id(r): i for i, r in enumerate(records)}
    loc = np.fromiter(map(where.__getitem__, map(id, flat)), dtype=np.intp, count=len(flat))
    sums = np.frombuffer(
        b"".join(chain.from_iterable((r.own, r.before, r.after, r.two_before, r.two_after) for r in records)),
        dtype=np.float64,
    ).reshape(-1, 5, N)
    rises = np.array([(r.rise_own, r.rise_before, r.rise_after, r.rise_two_before, r.rise_two_after) for r in records])
    at = np.array(pos, dtype=np.intp)
    combo_ids: dict[tuple[str, str, str, str], int] = {}
    cid = np.fromiter((combo_ids.setdefault(k, len(combo_ids)) for k in keys), dtype=np.intp, count=len(keys))
    combos = [model._combos.get(k) or model._combo(k) for k in combo_ids]
    c_rows, c_rises = np.array([c[0] for c in combos]), np.array([c[1] for c in combos])
    # The order of _tag_words' sums: own, before, after, two before, two after, combination, pairs.
    me, prev, after, far_prev, far_after = loc[at], loc[at - 1], loc[at + 1], loc[at - 2], loc[at + 2]
    emit_all = sums[me, 0] + sums[prev, 1] + sums[after, 2] + sums[far_prev, 3] + sums[far_after, 4] + c_rows[cid]
    rise = c_rises[cid] + (
        (((rises[me, 0] + rises[prev, 1]) + rises[after, 2]) + rises[far_prev, 3]) + rises[far_after, 4]
    )
    prevs, curs, afters = [flat[p - 1] for p in pos], [flat[p] for p in pos], [flat[p + 1] for p in pos]
    for got in (
        [p.us[c.rare == "1"] for p, c in zip(prevs, curs, strict=True)],
        [p.ss_prev.get(c.stem) if p.ss_prev else None for p, c in zip(prevs, curs, strict=True)],
        [c.ss_next.get(a.stem) if c.ss_next else None for c, a in zip(curs, afters, strict=True)],
    ):
        idx = [t for t, pair in enumerate(got) if pair is not None]
        if idx:
            pairs = [got[t] for t in idx]
            emit_all[idx] += np.array([pair.dense for pair in pairs])
            rise[idx] += np.array([pair.rise for pair in pairs])
    floor = emit_all[:, 0] - gap
    opened = np.flatnonzero((rise >= limit) & (emit_all[:, 1:].max(axis=1) >= floor)).tolist()
    out = []
    t0 = k = 0
    for s in sentences:
        n = len(s)
        end = t0 + n
        mine = []
        while k < len(opened) and opened[k] < end:
            mine.append(opened[k])
            k += 1
        if n:
            emit, cands = _candidates(model, [P._UNSCORED] * n, emit_all, mine, n, t0)
            out.append(model._decode_stretches(emit, cands, gap, MAX_NAME_WORDS))
        else:
            out.append(([], []))
        t0 = end
    return out


def best_of(runs: dict[str, Callable[[], object]], repeat_: int) -> dict[str, float]:
    """The shortest CPU time of each function, the functions run in turn ``repeat_`` times."""
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat_):
        for label, fn in runs.items():
            c = time.process_time()
            fn()
            best[label] = min(best[label], time.process_time() - c)
    return best


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    texts = load_articles(args.data_dir, args.articles)
    nlp = arabicnews.default_pipeline()
    before = arabicnews.Pipeline([st for st in nlp.stages if st.name in ("tokens", "sentences")])
    docs = [before(t) for t in texts]
    words = [list(token_texts(d.tokens)) for d in docs]
    sentences = [[list(token_texts(d.tokens)[lo:hi]) for lo, hi in _chunks(d, d.tokens)] for d in docs]
    n_types = len(dict.fromkeys(chain.from_iterable(words)))
    print(f"{len(texts)} articles, {sum(map(len, words)):,} tokens, {n_types:,} word types, numpy {np.__version__}")

    model = NerModel.load()
    c = time.process_time()
    dense = Dense(model.weights)
    built = time.process_time() - c
    ids_size = sys.getsizeof(dense.ids)
    print(
        f"weight matrix: {dense.matrix.shape[0]:,} x {N} doubles ({dense.matrix.nbytes / 2**20:.1f} MB, "
        f"feature index {ids_size / 2**20:.1f} MB), built in {built:.3f} CPU s"
    )
    code = "import time; c = time.process_time(); import numpy; print(time.process_time() - c)"
    imports = [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(3)]
    print(f"import numpy in a fresh interpreter: {min(imports):.3f} CPU s (best of 3)")

    print("1. word-type records, document by document")
    python, fast = NerModel.load(), NerModel.load()
    python._store = fast._store = None  # records built, as the numpy paths build theirs (not the stored ones)
    for ws in words:
        for w in ws:
            python._word(w)
        batch_records(fast, dense, ws)
    differ = sum(not same_record(python._types[w], fast._types[w]) for w in python._types if w in fast._types)
    print(f"  records compared: {len(fast._types):,}, differing: {differ}")

    def records_python() -> None:
        python._types.clear()
        for ws in words:
            for w in ws:
                python._types.get(w) or python._word(w)

    def records_numpy() -> None:
        fast._types.clear()
        for ws in words:
            batch_records(fast, dense, ws)

    gc.collect()
    gc.disable()
    try:
        best = best_of({"python": records_python, "numpy": records_numpy}, args.repeat)
    finally:
        gc.enable()
    for label, cpu in best.items():
        print(f"  {label:<8} {cpu:.3f} CPU s  ({cpu / n_types * 1e6:.1f} µs a type)")

    print("2. emissions and decoding, caches warm (as on a second pass)")
    model = python
    flat_sentences = [s for doc in sentences for s in doc if s]
    reference = [model._tag_words(s)[:2] for s in flat_sentences]
    per_sentence = [tag_numpy(model, [s])[0] for s in flat_sentences]
    per_document = [r for doc in sentences for s, r in zip(doc, tag_numpy(model, doc), strict=True) if s]

    def key(r: tuple[list[int], list[float]]) -> tuple[list[int], list[str]]:
        return r[0], [m.hex() for m in r[1]]

    for label, got in (("per sentence", per_sentence), ("per document", per_document)):
        differ = sum(key(a) != key(b) for a, b in zip(reference, got, strict=True))
        print(f"  numpy {label}: {len(got):,} sentences compared, tags or margins differing: {differ}")
    gc.collect()
    gc.disable()
    try:
        best = best_of(
            {
                "python (_tag_words)": lambda: [model._tag_words(s) for s in flat_sentences],
                "numpy per sentence": lambda: [tag_numpy(model, [s]) for s in flat_sentences],
                "numpy per document": lambda: [tag_numpy(model, doc) for doc in sentences],
            },
            args.repeat,
        )
    finally:
        gc.enable()
    for label, cpu in best.items():
        print(f"  {label:<20} {cpu:.3f} CPU s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
