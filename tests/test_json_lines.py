"""document_to_json: the command line's JSON Lines, the same bytes with msgspec (the fast extra) and without."""

from __future__ import annotations

import json
import math
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from attrs import frozen
from hypothesis import given, settings, strategies as st

import arabicnews
from arabicnews import Document
from arabicnews.core import serialize
from arabicnews.core.errors import SerializationError
from arabicnews.core.parallel import AsJSON
from arabicnews.core.serialize import document_to_json

msgspec = pytest.importorskip("msgspec")

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_805b287045dc9b63.txt"

TEXTS = [
    SEED.read_text(encoding="utf-8"),
    "قال الوزير إن ٣٥ شخصا وصلوا إلى «الرياض» يوم 5 مايو 2015، وأكد أن 1.5 مليون ريال صرفت.",
    'He said "no" \\ \t tab\x01\x1f\x7f \u2028 \ufeff 😀',
    "",
    "قال \ud800 الوزير",  # a lone surrogate, written as code points
]


def _json(doc: Document) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False)


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_bytes_with_and_without_msgspec(text: str) -> None:
    doc = arabicnews.analyze(text)
    expected = _json(doc)
    assert document_to_json(doc, fast=False) == expected
    assert document_to_json(doc, fast=True) == expected
    assert document_to_json(doc) == expected


def test_the_command_line_function_writes_it() -> None:
    nlp = arabicnews.default_pipeline()
    assert AsJSON(nlp)(TEXTS[1]) == _json(nlp(TEXTS[1]))


@frozen
class Reading:
    """A user's annotation with values msgspec would write otherwise."""

    text: str
    start: int
    end: int
    value: Any = None


@pytest.mark.parametrize(
    "value",
    [
        1e-05,
        1e16,
        -2.5e-300,
        math.inf,
        -math.inf,
        math.nan,
        0.1,
        -0.0,
        2**70,
        -(2**64),
        Fraction(1, 3),
        Decimal("1.50"),
        {"a": 1, 2: [1e20, None]},
        ("x", 0.5, True),
    ],
)
def test_values_msgspec_writes_otherwise_go_through_json(value: object) -> None:
    doc = Document("رقم").with_layer("readings", [Reading("رقم", 0, 3, value)])
    assert document_to_json(doc, fast=True) == _json(doc)


@settings(max_examples=200, deadline=None)
@given(st.floats(allow_nan=True, allow_infinity=True))
def test_any_float(value: float) -> None:
    doc = Document("رقم").with_layer("readings", [Reading("رقم", 0, 3, value)])
    assert document_to_json(doc, fast=True) == _json(doc)


def test_fast_needs_msgspec(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(serialize, "_MSGSPEC", [None])
    doc = arabicnews.analyze(TEXTS[1])
    with pytest.raises(SerializationError, match=r"arabicnews\[fast\]"):
        document_to_json(doc, fast=True)
    assert document_to_json(doc) == _json(doc)  # without msgspec: json
