"""A word type's record made in C on first sight is the record the Python loops make, to the bit (issue 20).

``_fastner.word_record`` makes the feature strings of ``FeatureExtractor._make_info`` from the
word's forms (``FeatureExtractor.forms``, the rules in Python), sums their weights and builds the
``_WordType``, as ``NerModel._word`` does. ``tests/test_ner_native.py`` compares the records of
news text; these tests add words at the edges of the feature templates (the article, short and
empty words, Latin, digits, a bar), random words, and models without the frequency table or the
lexicon. They skip where the extension was not built.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from functools import cache
from types import MappingProxyType

import pytest

from arabicnews.core._native import NATIVE
from arabicnews.stages.entities.perceptron import _NO_PAIRS, _NO_US, _ZEROS, NerModel, _WordType

pytestmark = pytest.mark.skipif(NATIVE is None, reason="the C extension _fastner is not built (or disabled)")

EDGE_WORDS = [
    "", "ا", "ال", "الا", "الاب", "الكتب", "الكتاب", "والكتاب", "للكتاب", "وللمدرسة", "بسوريا", "لمكسيكو",
    "برلين", "كاتب", "ترامب", "الرئيس", "السعودية", "مُحَمَّد", "ســـلام", "x|y", "ال|ب", "Obama", "obama",
    "COVID-19", "2015", "١٢٣", "،", ".", "«", "-", "ـ", "<s>", "</s>", "a" * 40, "ب" * 30,
]  # fmt: skip


def _record(r: _WordType) -> tuple[object, ...]:
    """Every double as float.hex, and which values are the shared ones."""
    return (
        type(r),
        *r[:3],
        *(tuple(map(float.hex, v)) for v in r[3:8]),
        *(float.hex(x) for x in r[8:13]),
        tuple(None if p is None else (type(p), tuple(map(float.hex, p.dense)), float.hex(p.rise)) for p in r.us),
        r.us is _NO_US,
        r.ss_prev,
        r.ss_next,
        r.ss_prev is _NO_PAIRS,
        r.ss_next is _NO_PAIRS,
        tuple(v is _ZEROS for v in r[3:8]),
    )


@cache
def _shipped() -> NerModel:
    return NerModel.load()


def _pair(zipf: object = None, lexicon: object = None) -> tuple[NerModel, NerModel]:
    """A model on the compiled loops and one on the Python loops, with the shipped weights."""
    base = _shipped()
    made = []
    for _ in range(2):
        model = NerModel.__new__(NerModel)
        for slot in NerModel.__slots__:
            setattr(model, slot, getattr(base, slot))
        model._types = {}
        model._store = None  # the records built, not read from the store (tests/test_ner_records.py)
        model.extract = type(base.extract)(
            base.vocab,
            base.gazetteer,
            base.extract.zipf if zipf is None else zipf,  # type: ignore[arg-type]
            base.extract.lexicon if lexicon is None else lexicon,  # type: ignore[arg-type]
        )
        made.append(model)
    made[1]._native = False
    return made[0], made[1]


def _same(words: Iterable[str], compiled: NerModel, python: NerModel) -> None:
    for word in words:
        assert _record(compiled._word(word)) == _record(python._word(word)), word


def _random_words(n: int) -> list[str]:
    rng = random.Random(20)
    letters = "ابتثجحخدذرسشصضطظعغفقكلمنهويةىءأإآؤئ"
    starts = ["", "", "ال", "و", "وال", "ب", "بال", "لل", "ف", "ك", "س"]
    ends = ["", "", "ه", "ها", "هم", "ي", "ين", "ون", "ات", "ية"]
    return [
        rng.choice(starts) + "".join(rng.choice(letters) for _ in range(rng.randint(1, 7))) + rng.choice(ends)
        for _ in range(n)
    ]


def test_edge_words_make_the_same_records() -> None:
    _same(EDGE_WORDS, *_pair())


def test_random_words_make_the_same_records() -> None:
    compiled, python = _pair()
    words = _random_words(3000)
    _same(words, compiled, python)
    assert compiled._types.keys() == python._types.keys()


@pytest.mark.parametrize(("zipf", "lexicon"), [({}, {}), ({}, None), (None, {})])
def test_models_without_the_frequency_table_or_the_lexicon(zipf: object, lexicon: object) -> None:
    _same(EDGE_WORDS + _random_words(300), *_pair(zipf, lexicon))


def test_odd_frequency_values_are_taken_as_python_takes_them() -> None:
    """The bands are ints in the model file; other numbers give Python's str() and arithmetic."""
    words = _random_words(300)
    zipf = {**_shipped().extract.zipf, **{w: 2.5 for w in words[:100]}, **{"ال" + w: -7 for w in words[100:200]}}
    _same(EDGE_WORDS + words, *_pair(zipf))


def test_tables_other_than_dicts_take_the_python_loops() -> None:
    compiled, python = _pair(MappingProxyType(dict(_shipped().extract.zipf)))
    _same(EDGE_WORDS, compiled, python)
