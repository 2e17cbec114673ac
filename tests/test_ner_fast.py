"""The entity model's numpy path (issue 20) gives what its pure-Python path gives, to the bit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import DATA_DIR

from arabicnews.stages.entities import perceptron
from arabicnews.stages.entities.dense import NO_NUMPY_VARIABLE, DenseWeights
from arabicnews.stages.entities.features import Gazetteer
from arabicnews.stages.entities.perceptron import AQMAR_MODEL_FILE, LABELS, MODEL_FILE, NerModel
from arabicnews.stages.tokens import tokenize

pytest.importorskip("numpy")


def _texts(seed_text: str, data_dir: Path | None, articles: int = 40) -> list[str]:
    texts = [seed_text]
    if data_dir is not None:
        raw = json.loads((data_dir / "saudinewsnet" / "2015-07-22.json").read_text(encoding="utf-8"))
        texts += [a["content"] for a in raw if (a.get("content") or "").strip()][:articles]
    return texts


def _sentences(text: str, size: int = 40) -> list[list[str]]:
    words = [t.text for t in tokenize(text)]
    return [words[i : i + size] for i in range(0, len(words), size)]


def _pair(name: str) -> tuple[NerModel, NerModel]:
    """The same model loaded twice: one on the Python path, one on numpy's (whatever the environment says)."""
    python, fast = NerModel.load(name), NerModel.load(name)
    python._dense = None
    fast._dense = DenseWeights.build(fast.weights, len(LABELS))
    assert fast._dense is not None
    return python, fast


def _same_record(a: perceptron._WordType, b: perceptron._WordType) -> None:
    for field in ("norm", "stem", "rare", "us", "ss_prev", "ss_next"):
        assert getattr(a, field) == getattr(b, field), field
    for field in ("own", "before", "after", "two_before", "two_after"):
        x, y = getattr(a, field), getattr(b, field)
        assert x.typecode == y.typecode == "d"
        assert x.tobytes() == y.tobytes(), field  # every double to the bit
        assert (x is perceptron._ZEROS) == (y is perceptron._ZEROS), field  # tagging tests for the shared zeros
    for field in ("rise_own", "rise_before", "rise_after", "rise_two_before", "rise_two_after"):
        x, y = getattr(a, field), getattr(b, field)
        assert x.hex() == y.hex(), field
        assert (x is perceptron._ZERO) == (y is perceptron._ZERO), field


@pytest.fixture(scope="module")
def real_sentences(seed_text: str) -> list[list[list[str]]]:
    """Per document, its sentences of words: the seed article, and 40 SaudiNewsNet articles if the corpora are here."""
    texts = _texts(seed_text, DATA_DIR if DATA_DIR.is_dir() else None)
    return [_sentences(t) for t in texts]


@pytest.mark.parametrize("name", [MODEL_FILE, AQMAR_MODEL_FILE])
def test_word_type_records_are_the_same_doubles(name: str, real_sentences: list[list[list[str]]]) -> None:
    python, fast = _pair(name)
    words = list(dict.fromkeys(w for doc in real_sentences for s in doc for w in s))
    for doc in real_sentences:
        fast._words(doc)  # a document's new word types at once, as tagging makes them
    assert set(fast._types) >= set(words)
    for w in words:
        _same_record(python._word(w), fast._types[w])


def test_tags_margins_and_entities_are_the_same(real_sentences: list[list[list[str]]]) -> None:
    python, fast = _pair(MODEL_FILE)
    for doc in real_sentences:
        a, b = python.tag_document(doc), fast.tag_document(doc)
        assert [tags for tags, _ in a] == [tags for tags, _ in b]
        assert [[m.hex() for m in margins] for _, margins in a] == [[m.hex() for m in margins] for _, margins in b]
    assert python._dense is None


def test_entity_stage_output_is_the_same(seed_text: str) -> None:
    import arabicnews
    from arabicnews.stages.entities.stage import entities_of

    python, fast = _pair(MODEL_FILE)
    doc = arabicnews.Pipeline([s for s in arabicnews.default_pipeline().stages if s.name in ("tokens", "sentences")])(
        seed_text
    )
    a, b = entities_of(doc, python), entities_of(doc, fast)
    assert a == b
    assert [e.score.hex() for e in a] == [e.score.hex() for e in b]


def test_the_environment_variable_turns_numpy_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(NO_NUMPY_VARIABLE, "1")
    model = NerModel.load()
    assert model._dense_weights() is None
    model.tag(["قال", "الرئيس", "في", "موسكو"])
    monkeypatch.setenv(NO_NUMPY_VARIABLE, "0")
    assert NerModel.load()._dense_weights() is not None


def _tiny(weights: dict[str, tuple[tuple[int, float], ...]]) -> NerModel:
    trans = [[0.0] * len(LABELS) for _ in range(len(LABELS) + 1)]
    return NerModel(weights, trans, {}, Gazetteer([]))


def test_a_feature_with_a_label_twice_leaves_the_sums_to_python() -> None:
    """Two weights for one label would be added first in a dense row: another rounding, so no matrix."""
    assert DenseWeights.build({"b": ((1, 0.1), (1, 0.2))}, len(LABELS)) is None
    model = _tiny({"b": ((1, 0.1), (1, 0.2)), "w=زيد": ((2, 1.0),)})
    assert model._dense_weights() is None
    model.tag(["زيد", "قال"])
    assert model._types["زيد"].own[1] == 0.0 + 0.1 + 0.2


def test_labels_out_of_order_and_missing_features() -> None:
    """A model written with a feature's labels in any order; features the model lacks add nothing."""
    weights: dict[str, tuple[tuple[int, float], ...]] = {
        "b": ((3, 0.3), (1, 0.1)),
        "w=زيد": ((2, 1e-17), (0, 1.0)),
        "s=زيد": ((2, 1.0), (4, -2.5)),
    }
    python, fast = _tiny(weights), _tiny(weights)
    python._dense = None
    fast._dense = DenseWeights.build(fast.weights, len(LABELS))
    assert fast._dense is not None
    words = ["زيد", "قال", "عمرو", "زيد"]
    fast._words([words])
    for w in words:
        _same_record(python._word(w), fast._types[w])
    assert python.tag(words) == fast.tag(words)
