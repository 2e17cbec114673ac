"""Loading a model with the compiled loops builds what the Python loops build, to the bit (issue 20).

``_fastner.weight_pairs`` and ``_fastner.pair_tables`` repeat ``perceptron._weight_pairs`` (the loop
of ``NerModel.from_dict``) and ``perceptron._pair_tables`` (of ``NerModel.__init__``), the start-up
every process and worker pays. These tests compare the two on the shipped models (every key in its
order, every label's type, every double as ``float.hex``) and on edge cases; they skip where the
extension was not built.
"""

from __future__ import annotations

import gzip
from collections.abc import Mapping
from functools import cache
from typing import Any

import pytest

from arabicnews.core._native import NATIVE
from arabicnews.core.resources import data_path
from arabicnews.stages.entities.perceptron import (
    AQMAR_MODEL_FILE,
    MODEL_FILE,
    NerModel,
    _decode_json,
    _Pair,
    _pair_tables,
    _weight_pairs,
)

pytestmark = pytest.mark.skipif(NATIVE is None, reason="the C extension _fastner is not built (or disabled)")


@cache
def _flat(name: str) -> dict[str, Any]:
    with data_path(name).open("rb") as fh, gzip.open(fh) as raw:
        data: dict[str, Any] = _decode_json(raw.read())
    return data


def _weights_key(weights: Mapping[str, Any]) -> list[tuple[object, ...]]:
    return [(f, tuple((y, type(y), float.hex(w), type(w)) for y, w in wl)) for f, wl in weights.items()]


def _tables_key(tables: Mapping[str, Mapping[str, Any]]) -> list[tuple[object, ...]]:
    return [
        (a, [(b, type(p), tuple(map(float.hex, p.dense)), float.hex(p.rise)) for b, p in inner.items()])
        for a, inner in tables.items()
    ]


@pytest.mark.parametrize("name", [MODEL_FILE, AQMAR_MODEL_FILE])
def test_the_shipped_models_load_the_same(name: str) -> None:
    assert NATIVE is not None
    flat = _flat(name)["weights"]
    python = _weight_pairs(flat)
    compiled = NATIVE.weight_pairs(flat)
    assert _weights_key(compiled) == _weights_key(python)
    for prefix in ("ss-1=", "ss+1="):
        want = _pair_tables(python, prefix)
        assert want  # the shipped models have stem-pair features
        assert _tables_key(NATIVE.pair_tables(python, prefix, _Pair)) == _tables_key(want)


def test_a_loaded_model_holds_what_the_python_loops_build() -> None:
    compiled = NerModel.load()
    python = NerModel(_weight_pairs(_flat(MODEL_FILE)["weights"]), [[0.0] * 9] * 10, {}, compiled.gazetteer)
    python._ss_prev, python._ss_next = _pair_tables(python.weights, "ss-1="), _pair_tables(python.weights, "ss+1=")
    assert _weights_key(compiled.weights) == _weights_key(python.weights)
    assert _tables_key(compiled._ss_prev) == _tables_key(python._ss_prev)
    assert _tables_key(compiled._ss_next) == _tables_key(python._ss_next)
    assert compiled._scale.hex() == python._scale.hex()


def test_edge_cases_convert_as_python_does() -> None:
    assert NATIVE is not None
    flat: dict[str, Any] = {
        "a": [1, 2.5, 0, -0.0],
        "b": [1.0, 2, True, "0.25"],  # int() and float() of other numbers and of a string
        "c": [],
        "ss-1=x|y|z": [3, 1e-300, -1, 7.0, 3, 2.0],  # a bar in a stem; label -1 is the last, as a list index
        "ss+1=|": [0, 1.0],
        "ss-1": [0, 1.0],  # shorter than the prefix
    }
    python, compiled = _weight_pairs(flat), NATIVE.weight_pairs(flat)
    assert _weights_key(compiled) == _weights_key(python)
    for prefix in ("ss-1=", "ss+1="):
        assert _tables_key(NATIVE.pair_tables(python, prefix, _Pair)) == _tables_key(_pair_tables(python, prefix))


@pytest.mark.parametrize(
    ("flat", "error"),
    [({"a": [1, 2.0, 3]}, ValueError), ({"a": ["x", 1.0]}, ValueError), ({"a": [1, None]}, TypeError)],
)
def test_bad_weights_fail_as_in_python(flat: dict[str, Any], error: type[Exception]) -> None:
    assert NATIVE is not None
    with pytest.raises(error):
        _weight_pairs(flat)
    with pytest.raises(error):
        NATIVE.weight_pairs(flat)


def test_a_label_out_of_range_fails_as_in_python() -> None:
    assert NATIVE is not None
    weights: dict[str, tuple[tuple[int, float], ...]] = {"ss-1=a|b": ((9, 1.0),)}
    with pytest.raises(IndexError):
        _pair_tables(weights, "ss-1=")
    with pytest.raises(IndexError):
        NATIVE.pair_tables(weights, "ss-1=", _Pair)


def test_the_pairs_share_their_zeros_as_in_python() -> None:
    """A label no weight was added to holds the one shared 0.0 (else 9 MB more floats a process)."""
    assert NATIVE is not None
    weights = _weight_pairs(_flat(MODEL_FILE)["weights"])
    for prefix in ("ss-1=", "ss+1="):
        python, compiled = _pair_tables(weights, prefix), NATIVE.pair_tables(weights, prefix, _Pair)

        def distinct(tables: Mapping[str, Mapping[str, _Pair]]) -> int:
            return len({id(v) for inner in tables.values() for p in inner.values() for v in p.dense})

        assert distinct(compiled) == distinct(python)
