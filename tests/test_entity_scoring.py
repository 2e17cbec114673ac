"""The entity tagger's fast scoring (issue 20) gives exactly what the plain computation gives."""

from __future__ import annotations

import gzip
import json
import struct
import sys

import pytest

from arabicnews.core.resources import data_path
from arabicnews.stages.entities.features import Gazetteer, trigger_states
from arabicnews.stages.entities.perceptron import LABELS, MODEL_FILE, NerModel, _decode_json, default_model


def _sentences(text: str, size: int = 40) -> list[list[str]]:
    from arabicnews.stages.tokens import tokenize

    words = [t.text for t in tokenize(text)]
    return [words[i : i + size] for i in range(0, len(words), size)]


def test_skipping_o_only_words_changes_no_tag_or_margin(seed_text: str) -> None:
    """Tagging scores only the words that may be more than O; decoding all the scores gives the same."""
    model = default_model()
    skipped = 0
    for words in _sentences(seed_text):
        path, margins, gaz, _ = model._tag_words(words)
        emit, gaz2 = model.sentence_emissions(words)
        assert (path, margins) == model.decode(emit)
        assert gaz == gaz2
        skipped += sum(margin == model.prune for margin in margins)
    assert skipped  # most words of news text are O-only


def test_stem_pair_features_with_a_bar_in_a_stem_are_found() -> None:
    """A stem pair is looked up as the feature string would be built, «|» in a stem included."""
    trans = [[0.0] * len(LABELS) for _ in range(len(LABELS) + 1)]
    weights = {"ss-1=a|b|c": ((1, 3.0),), "ss+1=a|b|c": ((3, 5.0),), "us-1=1|a|b": ((5, 7.0),)}
    model = NerModel(weights, trans, {}, Gazetteer([]))
    for words, want in (
        (["a|b", "c"], {"ss-1": (1, 1), "ss+1": (0, 3)}),
        (["a", "b|c"], {"ss-1": (1, 1), "ss+1": (0, 3)}),
    ):
        emit, _ = model.sentence_emissions(words)
        feats, _ = model.extract.analyse(words)
        assert emit == model.emissions(feats)
        for t, y in want.values():
            assert emit[t][y] > 0.0


def test_a_new_outside_bias_reaches_the_bound() -> None:
    """The bound that skips O-only words reads the current outside bias."""
    model = default_model()
    words = ["قال", "الرئيس", "فلاديمير", "بوتين", "في", "موسكو", "."]
    before = model._tag_words(words)[:2]
    old = model.outside_bias
    try:
        model.outside_bias = old - 30.0
        emit, _ = model.sentence_emissions(words)
        assert model._tag_words(words)[:2] == model.decode(emit)
    finally:
        model.outside_bias = old
    assert model._tag_words(words)[:2] == before


def _same(a: object, b: object) -> bool:
    """Equal values of equal types, dictionaries in the same order, floats to the bit."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return struct.pack("<d", a) == struct.pack("<d", b)
    if isinstance(a, dict):
        assert isinstance(b, dict)
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        assert isinstance(b, list)
        return len(a) == len(b) and all(map(_same, a, b))
    return a == b


def test_the_model_file_decodes_to_the_same_values_with_msgspec() -> None:
    """msgspec (the ``fast`` extra), when installed, reads the shipped model as json does, every weight to the bit."""
    pytest.importorskip("msgspec")
    raw = gzip.decompress(data_path(MODEL_FILE).read_bytes())
    assert _same(_decode_json(raw), json.loads(raw))


def test_the_model_loads_without_msgspec(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without msgspec the model file is read by json."""
    monkeypatch.setitem(sys.modules, "msgspec", None)  # import msgspec raises ImportError
    assert _decode_json(b'{"weights": {"b": [0, 1.5]}}') == {"weights": {"b": [0, 1.5]}}


def test_trigger_states_give_the_four_words_after_a_trigger_its_class_and_age() -> None:
    gaz = ["", "T-PER", "", "", "", "", "", "T-LOC", "", "T-ORG", "", "B-T-PER", "I-T-PER", ""]
    assert trigger_states(gaz) == [
        "9",
        "9",
        "T-PER0",
        "T-PER1",
        "T-PER2",
        "T-PER3",
        "9",
        "9",
        "T-LOC0",
        "T-LOC1",  # the trigger's own state is the one before it; the next word starts afresh
        "T-ORG0",
        "T-ORG1",  # a multi-word trigger of the gazetteer («B-T-PER») is not a trigger state
        "T-ORG2",
        "T-ORG3",
    ]
    assert trigger_states(["T-PER", ""]) == ["9", "T-PER0"]  # the sentence ends first
    assert trigger_states([]) == []
