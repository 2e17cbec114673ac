"""The attribution rule tables: every rule decides its own example and none of its traps."""

from __future__ import annotations

from typing import Any

import pytest

import arabicnews
from arabicnews.core.rules import Decision, Rule, RuleTable, Trace, current_trace, tracing
from arabicnews.stages.attribution import AttributionStage
from arabicnews.stages.attribution.learned import LEARNED_SOURCES
from arabicnews.stages.defaults import default_pipeline

TABLES = AttributionStage.rule_tables
RULES = [(table, rule) for table in TABLES for rule in table.rules]
# the learned source step is off by default: its rule is tried with the step on
WITH_LEARNED = default_pipeline().replace("attributions", AttributionStage(learned_sources=True))


def decisions(text: str, table: RuleTable[Any, Any] | None = None) -> list[Decision]:
    nlp = WITH_LEARNED if table is LEARNED_SOURCES else default_pipeline()
    with tracing(text) as trace:
        nlp(text)
    return [d for d in trace.decisions if d.layer != "tokens"]  # the clitic segmenter's are its own


def rule_id(item: Any) -> str:
    if isinstance(item, RuleTable):
        return item.name
    assert isinstance(item, Rule)
    return item.name


@pytest.mark.parametrize(("table", "rule"), RULES, ids=rule_id)
def test_the_rule_decides_its_example(table: RuleTable[Any, Any], rule: Rule[Any, Any]) -> None:
    found = decisions(rule.example, table)
    assert any(d.table == table.name and d.rule == rule.name for d in found), [(d.table, d.rule) for d in found]


@pytest.mark.parametrize(
    ("table", "rule", "trap"),
    [(table, rule, trap) for table, rule in RULES for trap in rule.traps],
    ids=lambda item: item if isinstance(item, str) else rule_id(item),
)
def test_the_rule_does_not_decide_its_traps(table: RuleTable[Any, Any], rule: Rule[Any, Any], trap: str) -> None:
    found = decisions(trap, table)
    assert not any(d.table == table.name and d.rule == rule.name for d in found), [(d.table, d.rule) for d in found]


def test_every_decision_is_of_the_attributions_layer_and_spans_the_cue() -> None:
    text = "وقال وزير الصحة إن المستشفيات تعمل بكامل طاقتها، بحسب مصادر طبية."
    found = decisions(text)
    assert found
    for d in found:
        assert d.layer == "attributions"
        assert text[d.start : d.end] == d.text


@pytest.mark.parametrize("table", TABLES, ids=rule_id)
def test_rule_names_are_unique_in_each_table(table: RuleTable[Any, Any]) -> None:
    names = [rule.name for rule in table.rules]
    assert len(names) == len(set(names))


def test_table_names_are_unique_and_every_rule_has_an_example() -> None:
    assert len({t.name for t in TABLES}) == len(TABLES)
    assert all(rule.example and rule.name for _, rule in RULES)


def test_nothing_is_recorded_with_no_trace_open(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any) -> None:
        raise AssertionError("a decision was recorded with no trace open")

    monkeypatch.setattr(Trace, "record", refuse)
    assert current_trace() is None
    doc = arabicnews.analyze("وقال وزير الصحة إن المستشفيات تعمل بكامل طاقتها، بحسب مصادر طبية.")
    assert len(doc.attributions) == 2


def test_the_stage_declares_its_tables_and_what_it_uses() -> None:
    assert AttributionStage.uses == ("entities",)
    assert AttributionStage.requires == ("tokens", "sentences")
    assert {t.layer for t in TABLES} == {"attributions"}
