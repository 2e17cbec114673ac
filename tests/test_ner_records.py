"""The store of entity records (``ner/records.bin``, :mod:`arabicnews.stages.entities.records`).

The store holds, for the words of ``ner/record_words.txt``, the record the tagger builds on a word
type's first sight; the C extension reads it in place. It must be built from the current model and
word list (else it is not read, and this file fails with the command that rebuilds it), every stored
record must be the record the tagger builds (to the bit), and tagging with it must be tagging
without it (``tests/test_ner_native.py`` compares whole articles).
"""

from __future__ import annotations

import pickle
from functools import cache

import pytest

from arabicnews.core._native import NATIVE
from arabicnews.core.resources import data_path
from arabicnews.stages.entities import records
from arabicnews.stages.entities.bio import MAX_NAME_WORDS
from arabicnews.stages.entities.perceptron import _ZEROS, MODEL_FILE, NerModel, _StoredType, _WordType

REBUILD = "stale: rebuild it with `python -m arabicnews.stages.entities.records` and commit it"

needs_native = pytest.mark.skipif(NATIVE is None, reason="the C extension _fastner is not built (or disabled)")


def _record(r: _WordType) -> tuple[object, ...]:
    """A record with every double as float.hex (so -0.0 and 0.0 differ)."""
    us = tuple(None if p is None else (tuple(map(float.hex, p.dense)), float.hex(p.rise)) for p in r.us)
    return (
        *r[:3],
        *(tuple(map(float.hex, v)) for v in r[3:8]),
        *(float.hex(x) for x in r[8:13]),
        us,
        r.ss_prev,
        r.ss_next,
    )


@cache
def _models() -> tuple[NerModel, NerModel]:
    """The shipped model with its store, and one building every record in Python."""
    stored, built = NerModel.load(), NerModel.load()
    built._native = False
    return stored, built


def test_the_store_is_up_to_date() -> None:
    with data_path(records.STORE_FILE).open("rb") as fh:
        fmt, digest, _ = records._HEAD.unpack(fh.read(records._HEAD.size))
    assert fmt == records.FORMAT, REBUILD
    assert digest == records.store_digest(MODEL_FILE), REBUILD


def test_the_word_list_has_each_word_once() -> None:
    words = records.words()
    assert len(words) == 30_000
    assert len(set(words)) == len(words)
    assert words[:3] == ["في", "من", "على"]  # the most frequent first


@needs_native
def test_the_shipped_model_reads_its_store() -> None:
    stored, _ = _models()
    assert stored._store is not None, REBUILD
    got = stored._word("الرياض")
    assert type(got) is _StoredType
    assert (got.norm, got.stem, got.rare) == ("الرياض", "الرياض", "0")
    assert type(stored._word("<s>")) is _WordType  # the sentence ends are not stored
    assert records.load_store("ner/model_aqmar.json.gz") is None  # only the default model has a store


@needs_native
def test_every_stored_record_is_the_record_the_tagger_builds() -> None:
    stored, built = _models()
    words = records.words()
    n = 0
    for word in words:
        got = stored._word(word)
        if type(got) is _StoredType:
            n += 1
            assert _record(stored._full(got)) == _record(built._full(built._word(word))), word
    assert n == 30_000


@needs_native
def test_a_stale_store_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(records, "store_digest", lambda name: b"\0" * 32)
    assert records.load_store(MODEL_FILE) is None
    model = NerModel.load()
    assert model._store is None
    assert type(model._word("الرياض")) is _WordType


@needs_native
def test_a_pickled_model_leaves_its_store_and_stored_types() -> None:
    stored, built = _models()
    words = ["قال", "وزير", "الخارجية", "عادل", "الجبير", "في", "الرياض", "إن", "الحويماني"]
    assert any(type(stored._word(w)) is _StoredType for w in words)
    again = pickle.loads(pickle.dumps(stored))
    assert again._store is None
    assert not any(type(t) is _StoredType for t in again._types.values())
    assert again._tag_words(words)[:3] == stored._tag_words(words)[:3] == built._tag_words(words)[:3]


@needs_native
def test_bad_stores_are_refused() -> None:
    assert NATIVE is not None
    stored, _ = _models()
    assert stored._store is not None
    with pytest.raises(ValueError, match="not a store of entity records"):
        NATIVE.record_store(b"ANREC001" + bytes(16))
    with pytest.raises(TypeError):
        NATIVE.stored_type(stored._store.records, stored._store.keys, "في", (_StoredType, {}, {}, {}))
    # A stored word type tagged without its store, or with a row outside it
    word = stored._word("في")
    assert type(word) is _StoredType
    _, vecs, keys = stored._context(["في"])
    base = (stored._combos, stored._combo, stored._trans, stored._start, stored.prune, -1e9, MAX_NAME_WORDS, _ZEROS)
    with pytest.raises(ValueError, match="needs its store"):
        NATIVE.tag(vecs, keys, *base)
    far = word._replace(row=10**6)
    with pytest.raises(ValueError, match="needs its store"):
        NATIVE.tag([*vecs[:2], far, *vecs[3:]], keys, *base, stored._store.records)
