"""The entity tagger's compiled loops give what the Python loops give, to the bit (issue 20).

``arabicnews/core/_fastner.c`` repeats loops of ``perceptron.py``; these tests run the
same text through a model using it and a model with ``_native = None`` (the Python loops, the
reference) and compare word-type records, tags, margins (as ``float.hex``) and entity scores. They
skip where the extension was not built (no compiler), where the suite then tests the Python path.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import pytest
from conftest import PACKAGE_ROOT

import arabicnews
from arabicnews.core._native import NATIVE
from arabicnews.model.columns import token_texts
from arabicnews.model.spans import sentence_token_ranges
from arabicnews.stages.entities.bio import MAX_NAME_WORDS
from arabicnews.stages.entities.perceptron import (
    _ZEROS,
    AQMAR_MODEL_FILE,
    MODEL_FILE,
    NerModel,
    _StoredType,
    _WordType,
)
from arabicnews.stages.entities.stage import EntityStage

needs_native = pytest.mark.skipif(NATIVE is None, reason="the C extension _fastner is not built (or disabled)")

RESERVED = "2015-08-11.json"  # held out for independent evaluation: never read


@cache
def _models(name: str = MODEL_FILE) -> tuple[NerModel, NerModel]:
    """A model on the compiled loops and one on the Python loops, loaded once (the tests compare all their records)."""
    compiled, python = NerModel.load(name), NerModel.load(name)
    python._native = False
    assert compiled._native
    return compiled, python


def _record(r: _WordType) -> tuple[object, ...]:
    """A record with every double as float.hex (so -0.0 and 0.0 differ)."""
    return (
        *r[:3],
        *(tuple(map(float.hex, v)) for v in r[3:8]),
        *(float.hex(x) for x in r[8:13]),
        *r[13:],
    )


def _sentences(texts: Sequence[str]) -> list[Sequence[str]]:
    before = arabicnews.Pipeline(
        [st for st in arabicnews.default_pipeline().stages if st.name in ("tokens", "sentences")]
    )
    out = []
    for text in texts:
        doc = before(text)
        words = token_texts(doc.tokens)
        out += [words[s:e] for s, e in sentence_token_ranges(doc.tokens, doc.sentences) if e > s]
    return out


def _articles(data_dir: Path, limit: int) -> list[str]:
    folder = data_dir / "saudinewsnet"
    texts: list[str] = []
    for path in sorted(folder.glob("*.json")):
        if path.name == RESERVED:
            continue
        for article in json.loads(path.read_text(encoding="utf-8")):
            if (article.get("content") or "").strip():
                texts.append(article["content"])
                if len(texts) == limit:
                    return texts
    return texts


def _same_tagging(compiled: NerModel, python: NerModel, sentences: Sequence[Sequence[str]]) -> None:
    """The same tags, margins, classes and records (a stored word type's record read from the store)."""
    for words in sentences:
        got, want = compiled._tag_words(words), python._tag_words(words)
        assert got[0] == want[0], words
        assert list(map(float.hex, got[1])) == list(map(float.hex, want[1])), words
        assert got[2] == want[2]
        assert [_record(compiled._full(r)) for r in got[3]] == [_record(python._full(r)) for r in want[3]]
    assert compiled._types.keys() == python._types.keys()
    for word, record in compiled._types.items():
        assert _record(compiled._full(record)) == _record(python._full(python._types[word])), word


@needs_native
@pytest.mark.parametrize("name", [MODEL_FILE, AQMAR_MODEL_FILE])
def test_the_seed_article_is_tagged_the_same(seed_text: str, name: str) -> None:
    compiled, python = _models(name)
    _same_tagging(compiled, python, _sentences([seed_text]))


@needs_native
def test_news_articles_are_tagged_the_same(data_dir: Path) -> None:
    compiled, python = _models()
    sentences = _sentences(_articles(data_dir, 25))
    assert len(sentences) > 400
    _same_tagging(compiled, python, sentences)
    # A second pass (every record cached) takes the same path through the compiled loop.
    _same_tagging(compiled, python, sentences[:100])
    # The compiled model read a good part of its word types from the store of entity records.
    assert compiled._store is not None and python._store is not None
    stored = [w for w, t in compiled._types.items() if type(t) is _StoredType]
    assert len(stored) > len(compiled._types) // 4
    assert not any(type(t) is _StoredType for t in python._types.values())


@needs_native
def test_entities_and_scores_are_the_same(seed_text: str) -> None:
    compiled, python = _models()
    got, want = EntityStage(compiled)(arabicnews.analyze(seed_text)), EntityStage(python)(arabicnews.analyze(seed_text))
    assert got.entities
    assert [(e.start, e.end, e.label, float.hex(e.score)) for e in got.entities] == [
        (e.start, e.end, e.label, float.hex(e.score)) for e in want.entities
    ]


@needs_native
def test_a_run_too_long_for_one_entity_falls_back_to_python() -> None:
    """A stretch whose best path holds an entity over MAX_NAME_WORDS words is decoded by the Python bounded decoder."""
    compiled, python = _models()
    words = ["فيليب", "هاموند", "مدير", "المرصد", "رامي"] * (MAX_NAME_WORDS + 3)
    sentences = [words, ["وقال", *words, "."]]
    assert NATIVE is not None
    for ws in sentences:  # the compiled loop gives up on it ...
        _, vecs, keys = compiled._context(ws)
        limit = -compiled.prune - 1e-6 * (1.0 + compiled._scale + abs(compiled.outside_bias))
        assert compiled._store is not None
        args = (
            compiled._trans,
            compiled._start,
            compiled.prune,
            limit,
            MAX_NAME_WORDS,
            _ZEROS,
            compiled._store.records,
        )
        assert NATIVE.tag(vecs, keys, compiled._combos, compiled._combo, *args) is None
    _same_tagging(compiled, python, sentences)  # ... and the Python one decodes it


@needs_native
def test_bad_records_are_refused() -> None:
    assert NATIVE is not None
    with pytest.raises(TypeError):
        NATIVE.word_sums({"b": ((0, "x"),)}, (("b",),), _ZEROS, 0.0)
    with pytest.raises(IndexError):
        NATIVE.word_sums({"b": ((9, 1.0),)}, (("b",),), _ZEROS, 0.0)


@needs_native
def test_a_model_pickles_with_its_choice_of_loops(seed_text: str) -> None:
    compiled, python = _models()
    words = _sentences([seed_text])[0]
    for model in (compiled, python):
        copy = pickle.loads(pickle.dumps(model))
        assert copy._native == model._native
        assert copy._tag_words(words)[:2] == model._tag_words(words)[:2]


def test_the_environment_variable_turns_the_compiled_loops_off() -> None:
    code = "from arabicnews.core._native import NATIVE; print(NATIVE is None)"
    env = {**os.environ, "ARABICNEWS_PURE_PYTHON": "1", "PYTHONPATH": str(PACKAGE_ROOT)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
