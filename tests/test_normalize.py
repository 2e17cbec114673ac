from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from arabicnews.core.normalize import (
    _FAST_FOLD,
    _FAST_TABLE,
    _LONG,
    _ONE_TO_ONE_FOLD,
    _TABLE,
    NormalizedText,
    _OneToOne,
    normalize,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أحمد", "احمد"),
        ("إسرائيل", "اسراءيل"),
        ("آلاف", "الاف"),
        ("ٱلله", "الله"),
        ("فى", "في"),
        ("مستشفى", "مستشفي"),
        ("مدينة", "مدينه"),
        ("مسؤول", "مسءول"),
        ("مسئول", "مسءول"),
        ("رئيس", "رءيس"),
        ("مسو\u0654ول", "مسءول"),  # ؤ typed decomposed (NFD): و + hamza above
        ("ري\u0654يس", "رءيس"),  # ئ typed decomposed
        ("و\u064f\u0654", "ء"),  # NFD puts the damma of «ؤُ» before the hamza
        ("مـــصر", "مصر"),
        ("ضربةً جويّةً", "ضربه جويه"),
        ("مُحَمَّد", "محمد"),
        ("هٰذا", "هذا"),
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
        ("٣٫٥", "3.5"),
        ("١٬٥٠٠", "1,500"),
        ("٥٠٪", "50%"),
        ("ﻻ", "لا"),
        ("ﺑﻴﺖ", "بيت"),
        ("\u200fقال\u200e", "قال"),
        ("کتاب", "كتاب"),
        ("Latin 123", "Latin 123"),
        ("", ""),
    ],
)
def test_normalize_rules(raw: str, expected: str) -> None:
    assert normalize(raw) == expected
    assert NormalizedText.of(raw).text == expected


def test_offsets_skip_removed_characters() -> None:
    view = NormalizedText.of("ضربةً جويّة")
    assert view.text == "ضربه جويه"
    start = view.text.index("جويه")
    assert view.to_original(start, start + 4) == (6, 11)
    assert view.original[6:11] == "جويّة"


def test_offsets_of_an_expansion_cover_the_original_character() -> None:
    view = NormalizedText.of("ﻻ بد")
    assert view.text == "لا بد"
    assert view.to_original(0, 1) == (0, 1)
    assert view.to_original(0, 2) == (0, 1)
    assert view.to_original(3, 5) == (2, 4)


def test_from_original_inverts_to_original() -> None:
    view = NormalizedText.of("قالَ المرصدُ")
    ns, ne = view.from_original(5, 12)
    assert view.text[ns:ne] == "المرصد"
    assert view.to_original(ns, ne) == (5, 11)


def test_out_of_range_raises_offset_error() -> None:
    from arabicnews.core.errors import OffsetError

    with pytest.raises(OffsetError):
        NormalizedText.of("abc").to_original(0, 9)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_fast_and_mapped_normalisation_agree(text: str) -> None:
    view = NormalizedText.of(text)
    assert view.text == normalize(text)
    assert len(view.offsets) == len(view.text)
    assert list(view.offsets) == sorted(view.offsets)
    assert all(0 <= o < len(text) for o in view.offsets)


# Characters that exercise every path of the normalised view: Arabic letters and their variants,
# diacritics, tatweel, digits of three systems, presentation forms and ligatures (length-changing),
# format characters, full-width forms, and ordinary Latin and white space.
_MIXED = st.sampled_from(
    [
        *"قالمرصدأإآٱىیةۀئؤکاً ّ ُ ٰـ٣٫٥٬٪۴",
        *("\ufefb", "\ufdf2", "\ufb01", "\ufe8d", "\uff21", "\u200f", "\u200c", "\ufeff", "\u00ad", "\u2066"),
        *(" ", "\n", "a", "7", ".", "\u0610", "\u08f0", "\u06d6"),
    ]
)


@given(st.lists(_MIXED, max_size=80).map("".join))
def test_view_equals_the_character_by_character_reference(text: str) -> None:
    fast = NormalizedText.of(text)
    slow = NormalizedText._of_by_character(text)
    assert fast.text == slow.text
    assert list(fast.offsets) == list(slow.offsets)
    assert fast.text == normalize(text)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_view_equals_the_reference_on_any_text(text: str) -> None:
    fast = NormalizedText.of(text)
    slow = NormalizedText._of_by_character(text)
    assert (fast.text, list(fast.offsets)) == (slow.text, list(slow.offsets))


def test_long_text_with_rare_changes_keeps_offsets() -> None:
    text = ("قال المسؤول " * 200) + "جويّةً" + ("ﻻ " * 3) + ("مدينة " * 200)
    view = NormalizedText.of(text)
    ref = NormalizedText._of_by_character(text)
    assert view == ref
    start = view.text.index("جويه")
    assert view.original[slice(*view.to_original(start, start + 4))] == "جويّة"


_EVERY = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
"""Every character of the Basic Multilingual Plane but the surrogates."""


@pytest.mark.parametrize(("fold", "table"), [(_ONE_TO_ONE_FOLD, _TABLE), (_FAST_FOLD, _FAST_TABLE)])
def test_one_to_one_folds_give_what_translate_gives(fold: _OneToOne, table: dict[int, str | None]) -> None:
    # long (replaced key by key) and short (translated with the dense table) strings, every character
    pieces = [_EVERY, _EVERY[::-1], "ـأإآ" * 30, "٣٫٥" * 20]
    pieces += [_EVERY[i : i + n] for n in (1, _LONG - 1, _LONG, 200) for i in range(0, len(_EVERY), n * 7 + 1)]
    for text in pieces:
        assert fold(text) == text.translate(table)


@given(st.lists(_MIXED, min_size=_LONG - 8, max_size=3 * _LONG).map("".join))
def test_one_to_one_folds_agree_with_translate_on_mixed_text(text: str) -> None:
    assert _ONE_TO_ONE_FOLD(text) == text.translate(_TABLE)
    assert _FAST_FOLD(text) == text.translate(_FAST_TABLE)


def test_a_table_whose_values_hold_its_keys_is_refused() -> None:
    # replaced key by key, «a» → «b» then «b» → «c» would turn «a» into «c»; translate gives «b»
    with pytest.raises(ValueError, match="key by key"):
        _OneToOne({ord("a"): "b", ord("b"): "c"})
