"""The rule tables of the quantities stage: every rule decides its example and none of its traps."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
import regex

from arabicnews.core.normalize import normalize
from arabicnews.core.resources import read_lines
from arabicnews.core.rules import Decision, Rule, RuleTable, current_trace, tracing
from arabicnews.model.quantity import Quantity
from arabicnews.stages.quantities import QuantityStage, find_quantities, lexicons
from arabicnews.stages.quantities.rules import (
    ADJECTIVE,
    AFTER_DUAL,
    BOUND_APART,
    BOUNDS,
    LATER_QUALIFIER,
    NOUN_BEFORE_ONE,
    PARTITIVE,
    SCALE_ALONE,
)

TABLES = QuantityStage.rule_tables
RULES = [(table, rule) for table in TABLES for rule in table.rules]
IDS = [f"{table.name}: {rule.name}" for table, rule in RULES]
TRAPPED = [(table, rule) for table, rule in RULES if rule.traps]
TRAPPED_IDS = [f"{table.name}: {rule.name}" for table, rule in TRAPPED]
VERDICTS = {(table.name, rule.name): rule.verdict for table, rule in RULES}
ARABIC = regex.compile(r"\p{Arabic}")


def decisions(text: str) -> list[Decision]:
    with tracing(text) as trace:
        find_quantities(text)
    return trace.decisions


@pytest.mark.parametrize(("table", "rule"), RULES, ids=IDS)
def test_rule_decides_its_example(table: RuleTable[Any, Any], rule: Rule[Any, Any]) -> None:
    found = decisions(rule.example)
    assert any(d.table == table.name and d.rule == rule.name for d in found), [(d.table, d.rule) for d in found]


@pytest.mark.parametrize(
    ("table", "rule"),
    [(t, r) for t, r in RULES if r.traps],
    ids=[i for (t, r), i in zip(RULES, IDS, strict=True) if r.traps],
)
def test_rule_does_not_decide_its_traps(table: RuleTable[Any, Any], rule: Rule[Any, Any]) -> None:
    for trap in rule.traps:
        found = decisions(trap)
        assert not any(d.table == table.name and d.rule == rule.name for d in found), trap


def test_every_decision_records_the_verdict_and_the_text_of_its_rule() -> None:
    for _, rule in RULES:
        for d in decisions(rule.example):
            assert d.layer == "quantities"
            assert (
                d.verdict == next(r for t in TABLES if t.name == d.table for r in t.rules if r.name == d.rule).verdict
            )
            assert rule.example[d.start : d.end] == d.text and d.text


@pytest.mark.parametrize("table", TABLES, ids=[t.name for t in TABLES])
def test_rule_names_are_unique_and_examples_are_arabic(table: RuleTable[Any, Any]) -> None:
    names = [r.name for r in table.rules]
    assert len(names) == len(set(names))
    assert table.layer == "quantities"
    for rule in table.rules:
        assert ARABIC.search(rule.example), rule.name
        assert all(ARABIC.search(trap) for trap in rule.traps), rule.name


def test_table_names_are_unique() -> None:
    assert len({t.name for t in TABLES}) == len(TABLES)


def test_nothing_is_recorded_without_a_trace() -> None:
    assert current_trace() is None
    with tracing("قتل 5 أشخاص") as trace:
        pass
    for _, rule in RULES:
        find_quantities(rule.example)
    assert trace.decisions == []
    assert current_trace() is None


def test_a_traced_text_gives_the_same_quantities() -> None:
    for _, rule in RULES:
        plain = find_quantities(rule.example)
        with tracing(rule.example):
            assert find_quantities(rule.example) == plain


def test_a_decision_points_at_the_original_text() -> None:
    text = "قُتِلَ أكثرُ من ٣٥ شخصاً"
    found = decisions(text)
    assert [(d.table, d.rule, d.verdict, d.text) for d in found] == [
        ("counted noun", "the word after a number is the noun it counts", "took", "شخصا"),
        ("count", "a number is a count, an amount or a measure of the noun after it", "took", "٣٥"),
    ]


def test_yesterday_list_is_nfc_arabic_without_marks() -> None:
    for line in read_lines("quantities/yesterday.txt"):
        assert unicodedata.normalize("NFC", line) == line
        assert all(ARABIC.fullmatch(ch) and not 0x064B <= ord(ch) <= 0x065F for ch in line), line


def test_the_relative_words_after_a_bare_day_are_the_day_rows_of_date_cues() -> None:
    # «في 25 الجاري»: the masculine relative words only (they agree with an unsaid «شهر»), not «الفائت».
    lx = lexicons()
    assert lx.day_relative == {normalize(w) for w in ("الجاري", "الحالي", "المقبل", "القادم", "الماضي", "المنصرم")}
    assert all(lx.cues[w][0] == "relative" for w in lx.day_relative)
    assert lx.day_before == {"امس", "وامس", "البارحه"}


def test_the_docs_list_every_rule_in_order() -> None:
    docs = (Path(__file__).resolve().parents[1] / "docs" / "quantities.md").read_text(encoding="utf-8")
    section = docs[docs.index("## How the finder decides") :]
    for table in TABLES:
        at = section.index(f"**{table.name}**")
        for i, rule in enumerate(table.rules, 1):
            at = section.index(f"{i}. {rule.name} — *{rule.verdict}*", at)


def only_decision(table: RuleTable[Any, Any], rule: Rule[Any, Any]) -> tuple[Decision, tuple[Quantity, ...]]:
    """The last decision ``table`` makes on ``rule``'s example (it must be ``rule``'s: an adjective after
    an adjective, «قطعة أثرية وتراثية», is the second), and the quantities."""
    with tracing(rule.example) as trace:
        found = find_quantities(rule.example)
    *_, d = [d for d in trace.decisions if d.table == table.name]
    assert d.rule == rule.name
    return d, found


@pytest.mark.parametrize("rule", BOUND_APART.rules, ids=[r.name for r in BOUND_APART.rules])
def test_a_verb_of_exceeding_bounds_the_numbers_it_takes_and_no_other(rule: Rule[Any, Any]) -> None:
    # the number the table decided gets a bound exactly when the rule took it (a refusal leaves it exact)
    d, found = only_decision(BOUND_APART, rule)
    (q,) = [
        q for q in found if q.number_span is not None and q.number_span.start < d.end and d.start < q.number_span.end
    ]
    assert (q.qualifier in BOUNDS) == (rule.verdict == "took"), q


@pytest.mark.parametrize("rule", ADJECTIVE.rules, ids=[r.name for r in ADJECTIVE.rules])
def test_an_adjective_the_table_takes_is_in_the_unit_and_one_it_refuses_is_not(rule: Rule[Any, Any]) -> None:
    d, found = only_decision(ADJECTIVE, rule)
    (q,) = [q for q in found if q.start <= d.start]
    assert q.unit is not None
    # a word taken ends the unit and the quantity; a word refused is left after them
    assert (q.end == d.end and q.unit.endswith(d.text)) if rule.verdict == "took" else q.end <= d.start, q


@pytest.mark.parametrize("rule", PARTITIVE.rules, ids=[r.name for r in PARTITIVE.rules])
def test_a_partitive_the_table_takes_ends_the_quantity_and_one_it_refuses_is_left_out(rule: Rule[Any, Any]) -> None:
    # the decision covers «من» and the noun after it; taken, they end the number's quantity (the noun is
    # its unit; a currency makes it money); refused, every quantity before them ends before «من»
    d, found = only_decision(PARTITIVE, rule)
    before = [q for q in found if q.start < d.start]
    if rule.verdict == "took":
        (q,) = before
        noun = d.text.split()[-1]
        assert q.end == d.end and q.unit == noun and (q.kind == "money") == (q.currency is not None), q
    else:
        assert all(q.end <= d.start for q in before), before


@pytest.mark.parametrize("rule", NOUN_BEFORE_ONE.rules, ids=[r.name for r in NOUN_BEFORE_ONE.rules])
def test_a_noun_the_one_table_takes_is_counted_and_one_it_refuses_is_not(rule: Rule[Any, Any]) -> None:
    # the decision covers the word before «واحد» and «واحد»; taken, that word starts or ends the unit of
    # a quantity over both; refused, no quantity holds the word
    d, found = only_decision(NOUN_BEFORE_ONE, rule)
    word = d.text.split()[0]
    holding = [q for q in found if q.start <= d.start < q.end]
    if rule.verdict == "took":
        (q,) = holding
        assert q.end >= d.end and q.unit is not None and word.endswith(q.unit.split()[-1]), q
    else:
        assert not holding, holding


@pytest.mark.parametrize("rule", LATER_QUALIFIER.rules, ids=[r.name for r in LATER_QUALIFIER.rules])
def test_a_later_qualifier_the_table_takes_replaces_the_one_before(rule: Rule[Any, Any]) -> None:
    # the example cut after its counted noun has only the qualifier before the number: taken, the later
    # qualifier replaces it; refused, the count keeps it
    d, found = only_decision(LATER_QUALIFIER, rule)
    (q,) = found
    assert q.text == d.text and q.unit is not None and q.number_span is not None
    cut = rule.example.index(q.unit, q.number_span.end) + len(q.unit)
    (alone,) = find_quantities(rule.example[:cut])
    assert (q.qualifier != alone.qualifier) == (rule.verdict == "took"), (q, alone)


@pytest.mark.parametrize("rule", AFTER_DUAL.rules, ids=[r.name for r in AFTER_DUAL.rules])
def test_a_word_the_dual_table_takes_is_in_the_quantity_and_one_it_refuses_is_not(rule: Rule[Any, Any]) -> None:
    d, found = only_decision(AFTER_DUAL, rule)
    (q,) = [q for q in found if q.start < d.start]
    assert q.end >= d.end if rule.verdict == "took" else q.end <= d.start, q


@pytest.mark.parametrize("rule", SCALE_ALONE.rules, ids=[r.name for r in SCALE_ALONE.rules])
def test_a_scale_the_table_takes_alone_is_one_of_it_and_one_it_refuses_is_two(rule: Rule[Any, Any]) -> None:
    d, found = only_decision(SCALE_ALONE, rule)
    (q,) = [q for q in found if q.number_span is not None and q.number_span.text == d.text]
    scale = lexicons().numbers.words[normalize(d.text)].value
    assert q.value == (scale if rule.verdict == "took" else 2 * scale), q
