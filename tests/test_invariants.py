"""Property tests: any text in, a Document that keeps every invariant out.

The generator is Arabic-heavy and hostile: letters, clitics, diacritics, tatweel, digits of every
system with their separators, Arabic and Latin punctuation, quotes, bidi and zero-width marks,
emoji, NUL, lone surrogates, presentation forms, very long tokens, number words, attribution cues
and line breaks, glued together or spaced. The default run tries a few hundred texts; the
``slow`` run (``python -m pytest -m slow tests/test_invariants.py``) tries 10,000.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from invariants import InvariantError, check_document

import arabicnews
from arabicnews import Document, Segment, Sentence, Span, Token

LETTERS = "ابتثجحخدذرسشصضطظعغفقكلمنهويىةءأإآؤئ"
NUMBER_WORDS = ["ثلاثة", "عشرين", "وعشرين", "ألف", "آلاف", "مليون", "مليار", "نصف", "ثلث", "العشرات", "مئة", "مائة"]
CUES = ["قال", "وقال", "وفق", "وفقا ل", "بحسب", "حسب", "وأضاف", "أكد", "مشيرا إلى أن", "إن", "أن", "بأن", "لـ"]
PHRASES = [
    "أكثر من",
    "نحو",
    "بين 10 و20",
    "في المئة",
    "٪",
    "دولار",
    "ريال",
    "مايو",
    "١٤٣٦ هـ",
    "المرصد السوري",
    "الرياض",
]

ARABIC_HEAVY = st.one_of(
    st.sampled_from(list(LETTERS)),
    st.sampled_from(["ال", "و", "ب", "لل", "ها", "هم", "ـ", "ــــ", "فى", "لا", "ﻻ", "ﷲ", "ﺑ", "ﻷ"]),
    st.characters(min_codepoint=0x064B, max_codepoint=0x0652),  # diacritics
    st.sampled_from(["\u0670", "\u0640", "\u06d6", "\u0610"]),  # dagger alef, tatweel, Quranic marks
    st.characters(min_codepoint=0x0660, max_codepoint=0x0669),  # Eastern Arabic digits
    st.characters(min_codepoint=0x06F0, max_codepoint=0x06F9),  # Persian digits
    st.characters(min_codepoint=0x0030, max_codepoint=0x0039),  # Western digits
    st.sampled_from(["٫", "٬", ".", ",", "%", "٪", "/", "-", ":", "ر"]),  # number separators
    st.sampled_from(list("«»،؛؟!?:\"'()[]{}-–—…“”‹›")),
    st.sampled_from(NUMBER_WORDS + CUES + PHRASES),
    st.sampled_from([" ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2009", "\u3000"]),
    st.sampled_from(["\u200f", "\u200e", "\u200c", "\u200d", "\ufeff", "\u202b", "\u202c", "\u2066"]),
    st.sampled_from(["😀", "👍🏽", "🇸🇦", "$", "€", "£", "\x00", "\x07", "\ud800", "\udfff", "\ufffd", "Ø§Ù„"]),
    st.sampled_from(["https://a.b/c?x=«1»", "www.spa.gov.sa", "a@b.sa", "@x", "#س", "<p>", "&nbsp;", "</div>"]),
    st.integers(50, 300).map(lambda n: "ب" * n),  # very long tokens
    st.integers(50, 300).map(lambda n: "٣" * n),
    st.integers(20, 200).map(lambda n: "«" * n),
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
    doc = arabicnews.analyze(seed_text)
    assert doc.quantities and doc.entities and doc.attributions  # every layer is exercised
    check_document(doc, seed_text)


def test_json_serialisation_of_odd_text() -> None:
    text = "قال\x00 \ud800 «٣٥»"
    doc = arabicnews.analyze(text)
    data = json.loads(json.dumps(doc.to_dict()))
    assert arabicnews.Document.from_dict(data) == doc
    check_document(doc, text)


@pytest.mark.parametrize("text", ["\u061c", "\u061cقال", "قال\u061c", "\u0600", "\u06dd١", "\u08e2"])
def test_arabic_format_characters_stay_out_of_tokens(text: str) -> None:
    check_document(arabicnews.analyze(text), text)


# -- the checker catches what it should --------------------------------------------------------


def _tok(text: str, start: int, end: int, segments: tuple[Segment, ...] | None = None) -> Token:
    piece = text[start:end]
    segs = segments if segments is not None else (Segment(piece, start, end, "stem"),)
    return Token(piece, start, end, "word", piece, segs)


def _doc(text: str, tokens: list[Token], sentences: list[Sentence] | None = None) -> Document:
    if sentences is None:
        sentences = (
            [Sentence(text[tokens[0].start : tokens[-1].end], tokens[0].start, tokens[-1].end)] if tokens else []
        )
    layers = {"tokens": tuple(tokens), "sentences": tuple(sentences)}
    return Document(text, layers)


def test_checker_accepts_a_sound_document() -> None:
    text = "قال الوزير"
    check_document(_doc(text, [_tok(text, 0, 3), _tok(text, 4, 10)]), text)


def test_checker_rejects_a_different_text() -> None:
    with pytest.raises(InvariantError, match="not the text that was analysed"):
        check_document(arabicnews.analyze("قال"), "قال ")


def test_checker_rejects_an_uncovered_character() -> None:
    text = "قال الوزير"
    with pytest.raises(InvariantError, match="is in no token"):
        check_document(_doc(text, [_tok(text, 0, 3)]), text)


def test_checker_rejects_overlapping_tokens() -> None:
    text = "قال الوزير"
    with pytest.raises(InvariantError, match="overlaps"):
        check_document(_doc(text, [_tok(text, 0, 3), _tok(text, 2, 10)]), text)


def test_checker_rejects_a_token_ending_in_space() -> None:
    text = "قال الوزير"
    with pytest.raises(InvariantError, match="white space"):
        check_document(_doc(text, [_tok(text, 0, 4), _tok(text, 4, 10)]), text)


def test_checker_rejects_segments_that_do_not_tile() -> None:
    text = "للبيت"
    bad = (Segment("ل", 0, 1, "proclitic"), Segment("بيت", 2, 5, "stem"))
    with pytest.raises(InvariantError, match="segment 1"):
        check_document(_doc(text, [_tok(text, 0, 5, bad)]), text)


def test_checker_rejects_a_wrong_nested_text() -> None:
    text = "قال الوزير"
    tok = _tok(text, 0, 3, (Segment("قول", 0, 3, "stem"),))
    with pytest.raises(InvariantError, match=r"tokens\[0\]\.segments\[0\]"):
        check_document(_doc(text, [tok, _tok(text, 4, 10)]), text)


def test_checker_rejects_an_unsorted_layer() -> None:
    text = "قال الوزير"
    doc = _doc(text, [_tok(text, 0, 3), _tok(text, 4, 10)])
    # with_layer sorts; build the layers directly to get an unsorted one
    doc = Document(text, {**doc.layers, "extra": (Span("الوزير", 4, 10), Span("قال", 0, 3))})
    with pytest.raises(InvariantError, match="not sorted"):
        check_document(doc, text)


def test_checker_rejects_sentences_that_miss_tokens() -> None:
    text = "قال الوزير"
    with pytest.raises(InvariantError, match="sentences run over"):
        check_document(_doc(text, [_tok(text, 0, 3), _tok(text, 4, 10)], [Sentence("قال", 0, 3)]), text)


def test_checker_rejects_a_quote_outside_the_content() -> None:
    text = "قال الوزير إن «الوضع» جيد"
    doc = arabicnews.analyze(text)
    (att,) = doc.attributions
    import attrs

    bad = attrs.evolve(att, quotes=(Span("قال", 0, 3),))
    with pytest.raises(InvariantError, match="outside the content"):
        check_document(Document(text, {**doc.layers, "attributions": (bad,)}), text)
