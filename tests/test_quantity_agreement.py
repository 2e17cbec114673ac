"""benchmarks/quantity_agreement.py: one quantity annotation scored against another (issue 15)."""

from __future__ import annotations

import sys
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from arabicnews.evaluate.quantities import GoldDocument, GoldError, Item

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
# Tests benchmarks/quantity_agreement.py of the checkout, not the installed package:
# the wheel stage of .ci/run leaves it out (pyproject.toml's «checkout» marker).
pytestmark = pytest.mark.checkout


@pytest.fixture(scope="module")
def agreement() -> Any:
    sys.path.insert(0, str(BENCH))
    try:
        import quantity_agreement
    finally:
        sys.path.remove(str(BENCH))
    return quantity_agreement


def _count(start: int, end: int, value: int, unit: str | None = None) -> Item:
    v = Fraction(value)
    return Item(start=start, end=end, kind="count", value=v, low=v, high=v, unit=unit)


def _doc(items: tuple[Item, ...], sha1: str = "a" * 40) -> GoldDocument:
    return GoldDocument("d", "saudinewsnet", "x", sha1, {"file": "f.json", "index": 0}, items)


A_ITEMS = (_count(0, 5, 3, "أفراد"), _count(10, 14, 7), _count(20, 30, 50, "مركزا"), _count(40, 44, 12, "عاما"))


def test_identical_annotations_agree_fully(agreement: Any) -> None:
    tallies, errors = agreement.agreement([(_doc(A_ITEMS), _doc(A_ITEMS))])
    t = tallies["all"]
    assert errors == [] and t.overlap_prf == (1.0, 1.0, 1.0) and t.exact_prf == (1.0, 1.0, 1.0)
    assert t.fully_right == 1.0 and agreement.fully_over_both(t) == 1.0
    assert all(t.on_matched(name) == 1.0 for name in ("value", "qualifier", "kind", "unit"))


def test_a_known_perturbation(agreement: Any) -> None:
    """B drops A's last item, adds one, writes a unit A left out and stretches a span (attributes equal)."""
    b_items = (_count(0, 9, 3, "أفراد"), _count(10, 14, 7, "آخرين"), _count(20, 30, 50, "مركزا"), _count(50, 52, 8))
    a, b = _doc(A_ITEMS), _doc(b_items)
    tallies, errors = agreement.agreement([(a, b)])
    t = tallies["all"]
    assert (t.gold, t.predicted, t.matched, t.exact, t.unit, t.fully) == (4, 4, 3, 2, 2, 2)
    assert t.overlap_prf == (0.75, 0.75, 0.75) and t.fully_right == 0.5 and agreement.fully_over_both(t) == 0.5
    assert agreement.disagreement_classes(errors) == {
        "only in A (count)": 1,
        "only in B (count)": 1,
        "unit differs (count)": 1,
    }
    assert agreement.span_only(a, b) == 1


def test_the_documents_must_be_the_same(agreement: Any) -> None:
    with pytest.raises(GoldError):
        agreement.pair_documents([_doc(A_ITEMS)], [_doc(A_ITEMS, sha1="b" * 40)])


def test_the_second_annotation_of_dev12_covers_dev12(agreement: Any) -> None:
    a = agreement.load_annotation(BENCH / "quantity_gold_dev12.jsonl")
    b = agreement.load_annotation(BENCH / "quantity_gold_dev12b.jsonl")
    pairs = agreement.pair_documents(a, b)
    assert len(pairs) == 30 and {d.split for d in b} == {"dev12b"}
    assert all(q.end <= 2500 for _, d in pairs for q in d.quantities)
