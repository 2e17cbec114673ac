"""What a load keeps is taken off the cyclic collector's lists (``_fastner.untrack``, issue 20, session 21).

A full collection walks every container the collector tracks; the loaded models and lexicons hold
only strings and numbers and can be in no reference cycle, so :func:`~arabicnews.core._native.untracked`
takes them off its lists. These tests check what it takes off and what it must leave on (anything
that could come to hold a cycle), and that the default pipeline's loaded tables are off; they skip
where the extension was not built.
"""

from __future__ import annotations

import gc
from typing import Any, NamedTuple

import pytest

from arabicnews.core import stored
from arabicnews.core._native import NATIVE, untracked

pytestmark = pytest.mark.skipif(NATIVE is None, reason="the C extension _fastner is not built (or disabled)")


class _Pair(NamedTuple):
    dense: tuple[float, ...]
    rise: float


def _fresh_tuple(*items: object) -> tuple[Any, ...]:
    return tuple(list(items))  # not a constant: a new tuple, tracked until a collection


def test_tables_of_atoms_are_untracked_with_their_containers() -> None:
    pair = _Pair(_fresh_tuple(1.5, 0.0), 2.0)
    inner = {"b": pair}
    table = {"a": inner, "c": {}}
    names = frozenset(["x", "y", _fresh_tuple("z", 1)])
    assert gc.is_tracked(pair) and gc.is_tracked(inner) and gc.is_tracked(table) and gc.is_tracked(names)
    assert untracked(table) is table
    assert not gc.is_tracked(table) and not gc.is_tracked(inner) and not gc.is_tracked(pair)
    assert not gc.is_tracked(pair.dense)
    assert table == {"a": {"b": _Pair((1.5, 0.0), 2.0)}, "c": {}}
    untracked(names)
    assert not gc.is_tracked(names)


def test_what_could_hold_a_cycle_stays_tracked() -> None:
    holder = {"a": [1, 2]}  # a list can be given anything later
    untracked(holder)
    assert gc.is_tracked(holder) and gc.is_tracked(holder["a"])
    deep = {"a": {"b": {"c": {"d": {"e": {"f": {"g": {"h": 1.0}}}}}}}}  # deeper than untrack looks
    untracked(deep)
    assert gc.is_tracked(deep)
    with_set = frozenset([_fresh_tuple("a", untracked)])  # a function: tracked
    untracked(with_set)
    assert gc.is_tracked(with_set)
    mutable = {1, 2}
    untracked(mutable)
    assert gc.is_tracked(mutable)


def test_a_dict_given_a_tracked_value_later_is_tracked_again() -> None:
    table = {"a": 1.0}
    untracked(table)
    assert not gc.is_tracked(table)
    table["b"] = [1]
    assert gc.is_tracked(table)


def test_the_loaded_tables_are_off_the_lists() -> None:
    from arabicnews.arabic.clitics import name_words, read_decisions
    from arabicnews.stages.entities.perceptron import default_model
    from arabicnews.stages.quantities.lexicon import lexicons, place_names

    model = default_model()
    for table in (model._ss_prev, model._ss_next):
        assert not gc.is_tracked(table)
        row = next(iter(table.values()))
        assert not gc.is_tracked(row) and not gc.is_tracked(next(iter(row.values())))
    assert not gc.is_tracked(model.extract.names)
    assert not gc.is_tracked(name_words()) and not gc.is_tracked(place_names())
    lex = lexicons()
    assert not gc.is_tracked(lex.first_words) and not gc.is_tracked(lex.not_units)
    decisions = read_decisions()
    if isinstance(decisions, stored.PackedRows):
        assert not gc.is_tracked(decisions._rows)
