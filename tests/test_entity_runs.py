"""Runs of name-like words without separators: no entity longer than MAX_NAME_WORDS (issue 18).

The time growth is measured by ``benchmarks/entity_runs.py``, not asserted here.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from pathlib import Path

import pytest

import arabicnews
from arabicnews.model.spans import Token
from arabicnews.stages.entities.bio import MAX_NAME_WORDS, bio_spans
from arabicnews.stages.entities.perceptron import LABELS, default_model
from arabicnews.stages.entities.postprocess import harmonise_labels, propagate

RUNS = [
    "فيليب هاموند ",
    "مدير المرصد رامي ",
    "وفيليب وهاموند ",
    "بفيليب هاموند وللرئيس رامي ",
    "فيليب هاموند ٣ رامي عبدالرحمن ",
    "فيليب ٢٠١٥ هاموند ",
    "رامي عبدالرحمن٣ فيليب ",
    "الأمين العام للأمم المتحدة بان كي مون ",
]


def _words(entity_start: int, entity_end: int, tokens: Sequence[Token]) -> int:
    return sum(1 for t in tokens if t.start < entity_end and t.end > entity_start)


@pytest.mark.parametrize("unit", RUNS)
def test_a_run_of_names_becomes_short_entities(unit: str) -> None:
    doc = arabicnews.analyze(unit * 300)
    lengths = [_words(e.start, e.end, doc.tokens) for e in doc.entities]
    assert max(lengths, default=0) <= MAX_NAME_WORDS
    # Several entities or none, never one spanning the run.
    assert len(lengths) != 1


def test_a_run_with_separators_keeps_its_names() -> None:
    doc = arabicnews.analyze("فيليب هاموند، " * 200)
    assert {e.text for e in doc.entities} == {"فيليب هاموند"}
    assert len(doc.entities) == 200


def test_the_decoder_never_exceeds_the_maximum() -> None:
    model = default_model()
    rng = random.Random(18)
    for _ in range(50):
        n = rng.randint(1, 40)
        emit = [[rng.gauss(0, 2) for _ in LABELS] for _ in range(n)]
        for row in emit:  # names everywhere: I-X scores high
            for y, tag in enumerate(LABELS):
                if tag.startswith("I-"):
                    row[y] += 8.0
        for most in (2, 3, 5):
            path, margins = model.decode(emit, most=most)
            tags = [LABELS[y] for y in path]
            assert all(b - a <= most for a, b, _ in bio_spans(tags)), tags
            assert len(margins) == n
        # With room for the longest entity, the bound changes nothing.
        assert model.decode(emit, most=n + 1) == model.decode(emit, most=n + 2)


def _score(emit: list[list[float]], path: list[int]) -> float:
    model = default_model()
    total = model._start[path[0]] + emit[0][path[0]]
    for t in range(1, len(path)):
        total += model._trans[path[t - 1]][path[t]] + emit[t][path[t]]
    return total


def test_the_bounded_decoder_finds_the_best_bounded_path() -> None:
    """Against every path of a few words: the best with no entity over 2 words, and its margins."""
    model = default_model()
    rng = random.Random(7)
    for _ in range(15):
        n = rng.randint(2, 4)
        emit = [[rng.gauss(0, 3) for _ in LABELS] for _ in range(n)]
        paths = []
        for path in itertools.product(range(len(LABELS)), repeat=n):
            tags = [LABELS[y] for y in path]
            spans = bio_spans(tags)
            well_formed = not tags[0].startswith("I-") and all(
                not tags[t].startswith("I-") or tags[t - 1][2:] == tags[t][2:] for t in range(1, n)
            )
            if well_formed and all(b - a <= 2 for a, b, _ in spans):
                paths.append((_score(emit, list(path)), path))
        best = max(paths)[1]
        got, _ = model.decode(emit, prune=float("inf"), most=2)
        assert tuple(got) == best
        # decode keeps the margins of the unbounded decoding when its path is short enough; the
        # bounded decoding's own margins compare the best bounded paths.
        cands = [[y for y in range(len(LABELS)) if t or not LABELS[y].startswith("I-")] for t in range(n)]
        got, margins = [0] * n, [0.0] * n
        model._decode_island_bounded(emit, cands, 0, n, got, margins, 2)
        assert tuple(got) == best
        for t in range(n):
            by_label: dict[int, float] = {}
            for score, path in paths:
                by_label[path[t]] = max(by_label.get(path[t], -1e18), score)
            mine = by_label.pop(best[t])
            assert margins[t] == pytest.approx(mine - max(by_label.values()))


def test_post_processing_skips_overlong_names() -> None:
    n = MAX_NAME_WORDS + 5
    tags = [["B-PER"] + ["I-PER"] * (n - 1), ["O"] * n]
    stems = [["فيليب", "هاموند"] * (n // 2) + ["فيليب"] * (n % 2)] * 2
    # Not propagated: the second sentence stays untagged.
    assert propagate(tags, stems)[1] == ["O"] * n
    margins = [[1.0] * n, [0.0] * n]
    assert harmonise_labels(tags, margins, stems) == tags


@pytest.mark.slow
def test_the_maximum_covers_the_training_names(data_dir: Path) -> None:
    """MAX_NAME_WORDS is at least the longest name of the training data plus a quarter."""
    from arabicnews.evaluate.corpora import read_corpus

    longest = 0
    for corpus in ("anercorp", "aqmar"):
        for sent in read_corpus(corpus, data_dir, "train"):
            longest = max([longest, *(b - a for a, b, _ in bio_spans(sent.tags))])
    assert longest * 5 // 4 <= MAX_NAME_WORDS
