"""The entity model's built form (``ner/model.pickle.gz``): up to date, equal to the JSON's model, and
never read when it is stale."""

from __future__ import annotations

import hashlib
import io
import pickle
from typing import Any

import pytest

from arabicnews.core.resources import data_path
from arabicnews.stages.entities import pack
from arabicnews.stages.entities.perceptron import MODEL_FILE, NerModel, default_model

REBUILD = "stale: rebuild it with `python -m arabicnews.stages.entities.pack` and commit it"


def _state(obj: Any) -> Any:
    """A model (or its feature extractor, or gazetteer) as nested dicts of its slots, for ``==``
    (order-insensitive for dicts: ``known`` is filled from a set, whose order varies by process)."""
    if isinstance(obj, NerModel):
        return {name: _state(value) for name, value in obj.__getstate__().items()}
    slots = getattr(type(obj), "__slots__", None)
    if slots and not isinstance(obj, tuple):
        return {"class": type(obj).__name__} | {name: _state(getattr(obj, name)) for name in slots}
    return obj


def _float_hexes(model: NerModel) -> list[str]:
    """Every weight of ``model`` as its hex, in feature order (``==`` does not tell -0.0 from 0.0)."""
    return [w.hex() for f in sorted(model.weights) for _, w in model.weights[f]]


def test_the_built_model_is_up_to_date() -> None:
    assert pack.load_built(MODEL_FILE) is not None, REBUILD


def test_the_built_model_equals_the_json_one_to_the_bit() -> None:
    built = pack.load_built(MODEL_FILE)
    assert built is not None, REBUILD
    fresh = NerModel.load_json(MODEL_FILE)
    assert _state(built) == _state(fresh), REBUILD
    assert _float_hexes(built) == _float_hexes(fresh), REBUILD


def test_the_default_model_is_the_built_one_and_tags_the_same() -> None:
    text = "قال وزير الخارجية السعودي عادل الجبير في الرياض إن شركة أرامكو ستفتتح مكتبا في باريس"
    from arabicnews import analyze
    from arabicnews.stages.entities.stage import EntityStage

    json_doc = EntityStage(NerModel.load_json(MODEL_FILE))(analyze(text))
    assert [(e.start, e.end, e.label) for e in analyze(text).entities] == [
        (e.start, e.end, e.label) for e in json_doc.entities
    ]
    assert type(default_model()) is NerModel


def test_a_stale_built_model_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pack, "source_digest", lambda name: "0" * 64)
    assert pack.load_built(MODEL_FILE) is None
    model = NerModel.load(MODEL_FILE)  # the JSON, then
    assert model.weights == default_model().weights


def test_a_missing_built_model_is_not_read() -> None:
    assert pack.load_built("ner/model_aqmar.json.gz") is None  # only the default model is built
    with pytest.raises(ValueError, match="not a packaged model name"):
        pack.built_name("ner/gazetteer.tsv")


def test_only_arabicnews_classes_are_unpickled() -> None:
    blob = pickle.dumps((pack.FORMAT, "x", io.BytesIO()))
    with pytest.raises(pickle.UnpicklingError, match=r"_io\.BytesIO is not unpickled"):
        pack._Unpickler(io.BytesIO(blob)).load()


def test_the_digest_covers_the_gazetteers() -> None:
    assert pack.source_digest(MODEL_FILE) != hashlib.sha256(data_path(MODEL_FILE).read_bytes()).hexdigest()
