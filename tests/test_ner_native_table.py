"""The weights laid out for the records' look-ups give the records the dict gives, to the bit (issue 20).

``_fastner.weight_table`` copies a model's weights (``{feature: ((label, weight), ...)}``) into flat
arrays found by the features' hashes, which ``_fastner.word_record`` reads instead of the dict
(``NerModel._word`` makes the table on the first record). These tests compare the records made
through the table with those made through the dict, and check that a dict the table cannot copy
exactly (a key not a str, a value not a tuple of (int, float) pairs), or a table made from
another dict, leaves the dict to be looked up; and that the built model's weights, read in place
from their stored bytes (``_fastner.packed_table``, session 19), give the same records. They skip
where the extension was not built.
"""

from __future__ import annotations

import pickle
from functools import cache
from typing import Any

import pytest
from test_ner_native_record import EDGE_WORDS, _random_words, _record, _shipped

from arabicnews.core import stored
from arabicnews.core._native import NATIVE
from arabicnews.stages.entities import perceptron
from arabicnews.stages.entities.perceptron import NerModel

pytestmark = pytest.mark.skipif(
    NATIVE is None or not hasattr(NATIVE, "weight_table"), reason="the C extension _fastner is not built (or disabled)"
)


def _records(model: NerModel, words: list[str], extra: tuple[Any, ...]) -> list[tuple[object, ...]]:
    """``word_record`` of each word with the model's weights, and ``extra`` (the table, or nothing) after them."""
    ex = model.extract
    stored = model._record_model()
    assert stored is not None
    args = (model.weights, stored[1], ex.lexicon, model._ss_prev, model._ss_next, *extra)
    return [_record(NATIVE.word_record(args, perceptron._RECORD_KIT, *ex.forms(w))) for w in words]  # type: ignore[union-attr]


def _words() -> list[str]:
    return [w for w in EDGE_WORDS + _random_words(3000) if w not in ("<s>", "</s>")]


@cache
def _json_model() -> NerModel:
    """The shipped model read from its JSON: its weights a dict (the built one's are packed)."""
    return NerModel.load_json(perceptron.MODEL_FILE)


@pytest.mark.parametrize("name", [perceptron.MODEL_FILE, perceptron.AQMAR_MODEL_FILE])
def test_records_through_the_table_are_those_through_the_dict(name: str) -> None:
    model = _json_model() if name == perceptron.MODEL_FILE else NerModel.load(name)
    table = NATIVE.weight_table(model.weights)  # type: ignore[union-attr]
    assert table is not None
    words = _words()
    assert _records(model, words, (table,)) == _records(model, words, ())


def test_records_through_the_packed_weights_are_those_through_the_dict() -> None:
    """The built model's weights (``stored.PackedWeights``, read in place by ``_fastner.packed_table``)
    give every record the JSON model's dict gives, to the bit; a packed table is read whatever the
    first item of the model tuple is."""
    built, fresh = _shipped(), _json_model()
    assert isinstance(built.weights, stored.PackedWeights)
    words = _words()
    expected = _records(fresh, words, ())
    assert _records(built, words, (built.weights.table,)) == expected
    ex = built.extract
    assert isinstance(ex.zipf, stored.PackedInts)
    args = (None, ex.zipf.table, ex.lexicon, built._ss_prev, built._ss_next, built.weights.table)
    record = NATIVE.word_record  # type: ignore[union-attr]
    assert [_record(record(args, perceptron._RECORD_KIT, *ex.forms(w))) for w in words[:200]] == expected[:200]
    repacked = NATIVE.packed_table(stored.pack_weights(fresh.weights))  # type: ignore[union-attr]
    assert _records(fresh, words, (repacked,)) == expected


def test_a_model_makes_its_table_on_the_first_record_and_pickles_without_it() -> None:
    base = _shipped()
    model = pickle.loads(pickle.dumps(base))  # a model of its own
    model._types.clear()
    assert model._table is None
    words = _words()[:300]
    first = [_record(model._word(w)) for w in words]
    assert model._table  # made by the first record
    again = pickle.loads(pickle.dumps(model))
    assert again._table is None
    again._types.clear()  # the records pickled with it: made again, through a table of its own
    assert [_record(again._word(w)) for w in words] == first
    python = pickle.loads(pickle.dumps(base))
    python._types.clear()
    python._native = False
    assert [_record(python._word(w)) for w in words] == first


_GOOD = {"b": ((0, 1.5), (3, -2.0)), "w=كتاب": ((1, 0.25),), "s=كتاب": ()}


class _Float(float):
    pass


class _Str(str):
    __slots__ = ()


@pytest.mark.parametrize(
    "weights",
    [
        {**_GOOD, 5: ((0, 1.0),)},  # a key not a str
        {**_GOOD, _Str("x"): ((0, 1.0),)},  # a str subclass
        {**_GOOD, "x": [(0, 1.0)]},  # a value not a tuple
        {**_GOOD, "x": ((0, 1.0, 2.0),)},  # not a pair
        {**_GOOD, "x": ((9, 1.0),)},  # a label out of range
        {**_GOOD, "x": ((-1, 1.0),)},
        {**_GOOD, "x": ((True, 1.0),)},  # a bool label
        {**_GOOD, "x": ((0, _Float(1.0)),)},  # a float subclass
        {**_GOOD, "x": ((0, "1.0"),)},  # not a number
        {**_GOOD, "x": ((0, 10**400),)},  # an int too large for a double
    ],
)
def test_a_dict_the_table_cannot_copy_exactly_gets_none(weights: dict[Any, Any]) -> None:
    assert NATIVE.weight_table(weights) is None  # type: ignore[union-attr]


def test_ints_copy_as_doubles_and_an_empty_dict_copies() -> None:
    assert NATIVE.weight_table({"b": ((0, 1),), "x": ((8, -3),)}) is not None  # type: ignore[union-attr]
    assert NATIVE.weight_table({}) is not None  # type: ignore[union-attr]
    with pytest.raises(TypeError):
        NATIVE.weight_table([])  # type: ignore[union-attr]


def test_a_table_of_another_dict_is_not_read() -> None:
    """A table is read only with the dict it was made from, at the size it had: else the dict is."""
    model = _json_model()
    words = _words()[:200]
    expected = _records(model, words, ())
    other = NATIVE.weight_table({"b": ((0, 123.0),)})  # type: ignore[union-attr]
    assert _records(model, words, (other,)) == expected
    assert _records(model, words, (False,)) == expected
    assert _records(model, words, (None,)) == expected
    grown = dict(model.weights)
    table = NATIVE.weight_table(grown)  # type: ignore[union-attr]
    grown["b"] = ((0, 1e6),)
    grown["no such feature"] = ()
    ex = model.extract
    args = (grown, ex.zipf, ex.lexicon, model._ss_prev, model._ss_next)
    via_dict = [_record(NATIVE.word_record(args, perceptron._RECORD_KIT, *ex.forms(w))) for w in words]  # type: ignore[union-attr]
    via_table = [_record(NATIVE.word_record((*args, table), perceptron._RECORD_KIT, *ex.forms(w))) for w in words]  # type: ignore[union-attr]
    assert via_table == via_dict  # its size changed: the dict is read
    assert via_dict != expected
