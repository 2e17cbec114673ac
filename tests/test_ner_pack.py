"""The entity model's built form (``ner/model.pickle``): up to date, equal to the JSON's model, and
never read when it is stale."""

from __future__ import annotations

import hashlib
import io
import pickle
import struct
from collections.abc import Mapping
from typing import Any

import pytest

from arabicnews.core import stored
from arabicnews.core._native import NATIVE
from arabicnews.core.resources import data_path
from arabicnews.stages.entities import pack
from arabicnews.stages.entities.perceptron import MODEL_FILE, NerModel, default_model

REBUILD = "stale: rebuild it with `python -m arabicnews.stages.entities.pack` and commit it"


def _state(obj: Any) -> Any:
    """A model (or its feature extractor, or gazetteer) as nested dicts of its slots, for ``==``
    (order-insensitive for dicts: ``known`` is filled from a set, whose order varies by process)."""
    if isinstance(obj, NerModel):
        return {name: _state(value) for name, value in obj.__getstate__().items()}
    if isinstance(obj, stored.PackedWeights | stored.PackedInts):
        return dict(obj)
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
    assert list(built.weights) == list(fresh.weights), REBUILD  # the same order of features too
    assert list(built.extract.zipf) == list(fresh.extract.zipf), REBUILD


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


_WEIGHTS = {"b": ((0, 1.5), (3, -2.0)), "w=كتاب": ((1, -0.0), (8, 1e-300)), "s=": (), "x=𝔸é": ((2, 0.1),)}


def _hexes(weights: Mapping[str, Any]) -> list[tuple[str, list[tuple[int, str]]]]:
    return [(f, [(y, w.hex()) for y, w in wl]) for f, wl in weights.items()]


def test_packed_weights_give_the_dict_back_in_order_to_the_bit() -> None:
    blob = stored.pack_weights(_WEIGHTS)
    assert _hexes(stored.unpack_weights(blob)) == _hexes(_WEIGHTS)
    assert stored.unpack_weights(stored.pack_weights({})) == {}


@pytest.mark.parametrize("bad", [{"x": ((0, 1),)}, {"x": ((9, 1.0),)}, {"x": ((-1, 1.0),)}, {"x": ((True, 1.0),)}])
def test_only_labels_and_floats_are_packed(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="a weight must be"):
        stored.pack_weights(bad)


_INTS = {"a": 1, "كتاب": -(2**40), "": 0, "𝔸": 7}


def test_packed_ints_give_the_dict_back_in_order() -> None:
    assert list(stored.unpack_ints(stored.pack_ints(_INTS)).items()) == list(_INTS.items())
    with pytest.raises(ValueError, match="must be ints"):
        stored.pack_ints({"a": 1.0})  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="not a packed table"):
        stored.unpack_ints(stored.pack_weights(_WEIGHTS))


def test_without_the_extension_the_stored_maps_are_dicts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stored, "NATIVE", None)
    got = stored.weights_from(stored.pack_weights(_WEIGHTS))
    assert type(got) is dict
    assert _hexes(got) == _hexes(_WEIGHTS)
    ints = stored.ints_from(stored.pack_ints(_INTS))
    assert type(ints) is dict and list(ints.items()) == list(_INTS.items())


@pytest.mark.skipif(NATIVE is None, reason="the C extension _fastner is not built (or disabled)")
def test_the_extension_reads_the_packed_ints_as_the_dict() -> None:
    got = stored.ints_from(stored.pack_ints(_INTS))
    assert isinstance(got, stored.PackedInts)
    assert list(got.items()) == list(_INTS.items()) and len(got) == 4
    assert got.get("b") is None and got.get("b", 0) == 0 and "" in got and got["كتاب"] == -(2**40)
    again = pickle.loads(pickle.dumps(got))
    assert isinstance(again, stored.PackedInts) and dict(again) == _INTS
    assert isinstance(default_model().extract.zipf, stored.PackedInts)  # the built model's
    with pytest.raises(ValueError, match="not a packed map of ints"):
        NATIVE.packed_ints(stored.pack_weights(_WEIGHTS))  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="not a packed weight table"):
        NATIVE.packed_table(stored.pack_ints(_INTS))  # type: ignore[union-attr]


@pytest.mark.skipif(NATIVE is None, reason="the C extension _fastner is not built (or disabled)")
def test_the_extension_reads_the_packed_weights_as_the_dict() -> None:
    got = stored.weights_from(stored.pack_weights(_WEIGHTS))
    assert isinstance(got, stored.PackedWeights)
    assert _hexes(got) == _hexes(_WEIGHTS)
    assert len(got) == 4 and list(got) == list(_WEIGHTS)
    assert got.get("nothing") is None and got.get("nothing", 5) == 5 and "nothing" not in got and "s=" in got
    assert got.get(3) is None  # not a str: no feature
    with pytest.raises(KeyError):
        got["w=كتا"]
    again = pickle.loads(pickle.dumps(got))
    assert isinstance(again, stored.PackedWeights) and _hexes(again) == _hexes(_WEIGHTS)
    assert isinstance(default_model().weights, stored.PackedWeights)  # the built model's


def _spoilt(blob: bytes, at: int, value: bytes) -> bytes:
    return blob[:at] + value + blob[at + len(value) :]


@pytest.mark.skipif(NATIVE is None, reason="the C extension _fastner is not built (or disabled)")
def test_a_malformed_packed_table_is_refused() -> None:
    blob = stored.pack_weights({"ab": ((0, 1.0),), "cd": ((1, 2.0),)})
    n_head = 24
    labels = len(blob) - 4 - 2  # the two labels, then the keys «abcd»
    assert NATIVE.packed_table(blob) is not None  # type: ignore[union-attr]
    for bad in (
        blob[:-1],  # truncated
        b"X" + blob[1:],  # another magic
        _spoilt(blob, labels, b"\x09"),  # a label out of range
        _spoilt(blob, len(blob) - 2, b"ab"),  # a key twice
        _spoilt(blob, len(blob) - 2, b"\xff\xfe"),  # not UTF-8
        _spoilt(blob, n_head + 4, struct.pack("<I", 5)),  # key offsets out of order
    ):
        with pytest.raises(ValueError, match="not a packed weight table"):
            NATIVE.packed_table(bad)  # type: ignore[union-attr]
