"""Property tests: any text in, a Document that keeps every invariant out."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from invariants import check_document

import arabicnews

ARABIC_HEAVY = st.one_of(
    st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويىةءأإآؤئ")),
    st.sampled_from(["ال", "و", "ب", "لل", "ها", "هم", "ـ", "فى", "قال", "أكثر من"]),
    st.characters(min_codepoint=0x064B, max_codepoint=0x0652),  # diacritics
    st.characters(min_codepoint=0x0660, max_codepoint=0x0669),  # Eastern digits
    st.characters(min_codepoint=0x06F0, max_codepoint=0x06F9),  # Persian digits
    st.sampled_from(list("0123456789.,%٫٬٪«»،؛؟!?:\"'()-…")),
    st.sampled_from([" ", "  ", "\n", "\t", "\u200f", "\u200e", "\u200c", "\u200d", "\ufeff"]),
    st.sampled_from(["😀", "👍🏽", "$", "\x00", "\ud800", "\udfff", "ﻻ", "ﷲ", "ﺑ", "https://a.b/c", "@x", "#س"]),
    st.characters(),
)

texts = st.lists(ARABIC_HEAVY, max_size=80).map("".join)


@given(texts)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_default_pipeline_keeps_invariants(text: str) -> None:
    check_document(arabicnews.analyze(text), text)


@pytest.mark.slow
@given(texts)
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_default_pipeline_keeps_invariants_nightly(text: str) -> None:
    check_document(arabicnews.analyze(text), text)


def test_very_long_token() -> None:
    text = "ب" * 20_000 + " " + "٣" * 20_000
    doc = arabicnews.analyze(text)
    assert [t.kind for t in doc.tokens] == ["word", "number"]
    check_document(doc, text)


def test_seed_article_keeps_invariants(seed_text: str) -> None:
    check_document(arabicnews.analyze(seed_text), seed_text)


def test_json_serialisation_of_odd_text() -> None:
    text = "قال\x00 \ud800 «٣٥»"
    doc = arabicnews.analyze(text)
    data = json.loads(json.dumps(doc.to_dict()))
    assert arabicnews.Document.from_dict(data) == doc
