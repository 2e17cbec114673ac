from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arabicnews.normalize import NormalizedText, normalize


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
    from arabicnews.errors import OffsetError

    with pytest.raises(OffsetError):
        NormalizedText.of("abc").to_original(0, 9)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_fast_and_mapped_normalisation_agree(text: str) -> None:
    view = NormalizedText.of(text)
    assert view.text == normalize(text)
    assert len(view.offsets) == len(view.text)
    assert list(view.offsets) == sorted(view.offsets)
    assert all(0 <= o < len(text) for o in view.offsets)
