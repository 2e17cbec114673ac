"""Decimals turned round by the text direction (issue 15, session 13, q15o): made-up sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from arabicnews.arabic.numerals import TURNED_DECIMAL, turned_decimals
from arabicnews.stages.quantities.finder import find_quantities

# (text, the number's original text, value): each written for this test, none from a gold set.
TURNED = [
    ("وقدرت الشركة خسائرها بنحو 4.\u200f12 مليار ريال خلال العام", "4.\u200f12 مليار", 12_400_000_000),
    ("وارتفع المؤشر بنسبة 6.\u200e3 في المئة أمس", "6.\u200e3", Decimal("3.6")),
    ("وزار المعرض ٥.\u061c١ مليون زائر", "٥.\u061c١ مليون", 1_500_000),
    ("وبلغ سعر الأوقية 25.\u200f1210 دولار", "25.\u200f1210", Decimal("1210.25")),
    ("وبلغت الصفقة 8. 2 مليار دولار", "8. 2 مليار", 2_800_000_000),
    ("وصلت القيمة السوقية إلى 7 .312 مليار جنيه", "7 .312 مليار", 312_700_000_000),
]


@pytest.mark.parametrize(("text", "number", "value"), TURNED, ids=[t[:25] for t, _, _ in TURNED])
def test_turned_decimal_is_read_in_reading_order(text: str, number: str, value: object) -> None:
    [q] = find_quantities(text)
    assert q.value == value
    assert q.number_span is not None
    assert q.number_span.text == number  # the offsets cover the original digits, mark and all


@pytest.mark.parametrize(
    "text",
    [
        "وصل الوفد في 11.7.2015 إلى الرياض",  # a date: dots only, nothing turned
        "وصل الوفد في 11.\u200f7.2015 إلى الرياض",  # a mark inside a date: more digits follow
        "البنود:\n7. 11 مليون ريال للتعليم",  # a list item at a line start
        "وجاء في المرتبة 7. 11 لاعبا شاركوا",  # a space and no scale word: a sentence end
        "وبلغت 3.5 مليار دولار",  # a plain decimal
        "المادة 5 .ويبلغ 20 مليار",  # a point ending a sentence before a word
        "في عام 2015 .489 مليار",  # four digits before the point: not a fraction's
    ],
)
def test_not_turned(text: str) -> None:
    assert turned_decimals(text) == []


def test_pattern_groups() -> None:
    m = TURNED_DECIMAL.search("بتكلفة 7.\u200f11 مليار")
    assert m is not None and (m.group("a"), m.group("b")) == ("7", "11")


def test_plain_date_unchanged() -> None:
    values = [q.value for q in find_quantities("وصل الوفد في 11.7.2015 إلى الرياض")]
    assert 117 not in values and Decimal("7.11") not in values
