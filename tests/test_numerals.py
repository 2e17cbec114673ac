"""The number-word parser and the number lexicons."""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from fractions import Fraction

import pytest

from arabicnews.arabic.numerals import Numeral, exact, lexicon, parse_digits, parse_numeral, split_words
from arabicnews.core.normalize import normalize
from arabicnews.core.resources import read_lines


def _parse(text: str) -> Numeral | None:
    n = normalize(text)
    return parse_numeral(split_words(n, 0, len(n)))


def _value(text: str) -> object:
    num = _parse(text)
    assert num is not None, text
    assert num.value is not None, text
    return exact(num.value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("صفر", 0),
        ("واحد", 1),
        ("واحدة", 1),
        ("اثنان", 2),
        ("اثنين", 2),
        ("اثنتين", 2),
        ("ثلاث", 3),
        ("ثلاثة", 3),
        ("ثلاثه", 3),
        ("أربع", 4),
        ("اربعة", 4),
        ("خمسة", 5),
        ("ستة", 6),
        ("سبع", 7),
        ("ثماني", 8),
        ("ثمانية", 8),
        ("تسعة", 9),
        ("عشر", 10),
        ("عشرة", 10),
    ],
)
def test_units_both_genders(text: str, value: int) -> None:
    assert _value(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("أحد عشر", 11),
        ("إحدى عشرة", 11),
        ("اثنا عشر", 12),
        ("اثني عشر", 12),
        ("اثنى عشر", 12),
        ("اثنتا عشرة", 12),
        ("ثلاثة عشر", 13),
        ("ثلاث عشرة", 13),
        ("تسعة عشر", 19),
        ("عشرون", 20),
        ("عشرين", 20),
        ("تسعين", 90),
        ("خمسة وعشرين", 25),
        ("خمسة و عشرين", 25),
        ("واحد وعشرون", 21),
        ("ثلاث وأربعين", 43),
    ],
)
def test_teens_tens_and_compounds(text: str, value: int) -> None:
    assert _value(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("مائة", 100),
        ("مئة", 100),
        ("مائه", 100),
        ("مائتا", 200),
        ("مئتين", 200),
        ("ثلاثمائة", 300),
        ("ثلاثمئة", 300),
        ("ثلاث مئة", 300),
        ("ثلاث مائة", 300),
        ("تسعمائة", 900),
        ("مائة وخمسة", 105),
        ("ثلاثمائة وعشرون", 320),
        ("ألف", 1000),
        ("الف", 1000),
        ("ألفان", 2000),
        ("ألفين", 2000),
        ("ألفا", 2000),
        ("ثلاثة آلاف", 3000),
        ("عشرون ألفا", 20000),
        ("اثنا عشر ألفا", 12000),
        ("ألف وخمسمائة", 1500),
        ("الف وخمسمئة", 1500),
        ("ثلاثة آلاف وخمسمائة وعشرون", 3520),
        ("مليون", 1_000_000),
        ("مليونين", 2_000_000),
        ("ثلاثة ملايين", 3_000_000),
        ("مليار", 1_000_000_000),
        ("خمسة مليارات", 5_000_000_000),
        ("بليون", 1_000_000_000),
        ("مليون وثلاثمائة ألف", 1_300_000),
    ],
)
def test_hundreds_and_scales(text: str, value: int) -> None:
    assert _value(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("مليار ونصف", 1_500_000_000),
        ("مليون ونصف", 1_500_000),
        ("مليونين ونصف مليون", 2_500_000),
        ("نصف مليون", 500_000),
        ("ربع مليون", 250_000),
        ("ثلاثة ونصف", Decimal("3.5")),
        ("ثلاثة أرباع", Decimal("0.75")),
        ("سبعة أعشار", Decimal("0.7")),
    ],
)
def test_fractions_with_numbers(text: str, value: object) -> None:
    assert _value(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3 ملايين", 3_000_000),
        ("2.5 مليار", 2_500_000_000),
        ("15 ألف", 15_000),
        ("١٥ ألف", 15_000),
        ("٣٫٥ مليون", 3_500_000),
    ],
)
def test_digits_with_scale_words(text: str, value: int) -> None:
    assert _value(text) == value


def test_tens_after_ten_start_a_new_number() -> None:
    # «عشرة وعشرين» is ten, then twenty (a range once «بين» precedes), never thirty.
    num = _parse("عشرة وعشرين")
    assert num is not None
    assert num.value == 10
    assert num.words == 1


@pytest.mark.parametrize("text", ["أحد", "إحدى", "اثنا", "الثلاثاء", "الأحد", "مدينة"])
def test_words_that_are_not_numbers(text: str) -> None:
    assert _parse(text) is None


@pytest.mark.parametrize(
    ("text", "magnitude", "low", "high"),
    [
        ("العشرات", 10, 20, 100),
        ("عشرات", 10, 20, 100),
        ("المئات", 100, 200, 1000),
        ("آلاف", 1000, 2000, 10000),
        ("عشرات الآلاف", 10000, 20000, 100000),
        ("بضعة آلاف", 1000, 3000, 9000),
        ("عدة", 1, 3, None),
    ],
)
def test_vague(text: str, magnitude: int, low: int, high: int | None) -> None:
    num = _parse(text)
    assert num is not None
    assert (num.kind, num.value, num.magnitude, num.low, num.high) == ("vague", None, magnitude, low, high)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Fraction(7, 2), Decimal("3.5")),
        (Fraction(1, 3), Fraction(1, 3)),
        (Fraction(6, 2), 3),
        (Fraction(1, 8), Decimal("0.125")),
    ],
)
def test_exact_types(value: Fraction, expected: object) -> None:
    out = exact(value)
    assert out == expected
    assert type(out) is type(expected)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,500", Fraction(1500)),
        ("3.5", Fraction(7, 2)),
        ("12", Fraction(12)),
        ("1,5", Fraction(3, 2)),
        ("1,500.5", Fraction(3001, 2)),
        ("1,5000", None),
        ("a", None),
    ],
)
def test_parse_digits(text: str, value: Fraction | None) -> None:
    assert parse_digits(text) == value


@pytest.mark.parametrize(
    "name",
    [
        "numbers.tsv",
        "vague.tsv",
        "ordinals.tsv",
        "qualifiers.tsv",
        "units.tsv",
        "currencies.tsv",
        "months.tsv",
        "date_cues.tsv",
        "not_units.txt",
        "designators.txt",
        "ranks.txt",
        "idioms.txt",
        "nouns_like_clitics.txt",
        "percent.txt",
        "subunits.tsv",
        "adjective_numbers.txt",
    ],
)
def test_data_files_are_nfc_arabic_without_presentation_forms(name: str) -> None:
    for line in read_lines(f"quantities/{name}"):
        assert unicodedata.normalize("NFC", line) == line, line
        for ch in line:
            cp = ord(ch)
            assert not (0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF), f"presentation form in {line!r}"
            assert not (0x064B <= cp <= 0x065F), f"diacritic in {line!r}"


@pytest.mark.parametrize(
    ("name", "key_columns"),
    [
        ("numbers.tsv", (0,)),
        ("vague.tsv", (0,)),
        ("ordinals.tsv", (0,)),
        ("qualifiers.tsv", (0, 2)),
        ("units.tsv", (0,)),
        ("currencies.tsv", (0,)),
        ("months.tsv", (0,)),
        ("date_cues.tsv", (0,)),
        ("not_units.txt", (0,)),
        ("percent.txt", (0,)),
        ("designators.txt", (0,)),
        ("idioms.txt", (0,)),
        ("ranks.txt", (0,)),
        ("nouns_like_clitics.txt", (0,)),
        ("adjective_numbers.txt", (0,)),
    ],
)
def test_no_entry_is_listed_twice_once_normalised(name: str, key_columns: tuple[int, ...]) -> None:
    # Two spellings that fold to one key are one entry: the second would silently win or be dead.
    seen: dict[tuple[str, ...], str] = {}
    for line in read_lines(f"quantities/{name}"):
        parts = line.split("\t")
        key = tuple(normalize(parts[c]) for c in key_columns)
        assert key not in seen, f"{line!r} repeats {seen[key]!r}"
        seen[key] = line


def test_lexicon_covers_every_unit_and_ten() -> None:
    values = {int(e.value) for e in lexicon().words.values() if e.cls in ("unit", "ten")}
    assert values == set(range(11)) | set(range(20, 100, 10))
