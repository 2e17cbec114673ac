"""The rule-table machinery (arabicnews.core.rules) and arabicnews.explain on a stage of the test's own."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
import regex

import arabicnews
from arabicnews import Document, Pipeline, Span, TokenizerStage
from arabicnews.core.rules import Rule, RuleTable, current_trace, tracing

_DIGITS = regex.compile(r"[0-9]+")


def _year(m: regex.Match[str]) -> str | None:
    return "year" if len(m.group()) == 4 else None


def _small(m: regex.Match[str]) -> str | None:
    return "refused" if int(m.group()) < 10 else None


def _any(m: regex.Match[str]) -> str | None:
    return "number"


NUMBERS: RuleTable[regex.Match[str], str] = RuleTable(
    "a run of digits",
    "numbers",
    (
        Rule("four digits are a year", "«في 2015»", "took", _year, traps=("«في 35»",)),
        Rule("a digit alone is no number", "«البند 3»", "refused", _small),
        Rule("any other run of digits is a number", "«قتل 35»", "took", _any),
    ),
)


class NumberStage:
    name: ClassVar[str] = "numbers"
    requires: ClassVar[tuple[str, ...]] = ()
    provides: ClassVar[tuple[str, ...]] = ("numbers",)
    rule_tables: ClassVar[tuple[RuleTable[Any, Any], ...]] = (NUMBERS,)

    def __call__(self, doc: Document) -> Document:
        trace = current_trace()
        found = []
        for m in _DIGITS.finditer(doc.text):
            decided = NUMBERS.first(m, trace, m.span())
            if decided is not None and decided[0].verdict == "took":
                found.append(Span(m.group(), m.start(), m.end(), decided[1]))
        return doc.with_layer("numbers", found)


NLP = Pipeline([TokenizerStage(), NumberStage()])


def test_first_rule_that_decides_wins_and_is_recorded() -> None:
    text = "في 2015 قتل 35 في البند 3"
    with tracing(text) as trace:
        doc = NLP(text)
    assert [(s.text, s.label) for s in doc.layer("numbers")] == [("2015", "year"), ("35", "number")]
    assert [(d.rule, d.verdict, d.text, text[d.start : d.end]) for d in trace.decisions] == [
        ("four digits are a year", "took", "2015", "2015"),
        ("any other run of digits is a number", "took", "35", "35"),
        ("a digit alone is no number", "refused", "3", "3"),
    ]
    assert {d.layer for d in trace.decisions} == {"numbers"}
    assert {d.table for d in trace.decisions} == {"a run of digits"}


def test_nothing_is_recorded_without_a_trace() -> None:
    assert current_trace() is None
    with tracing("x") as trace:
        assert current_trace() is trace
    assert current_trace() is None


def test_a_rule_by_name() -> None:
    assert NUMBERS.rule("a digit alone is no number").verdict == "refused"
    with pytest.raises(KeyError, match="four digits are a year"):
        NUMBERS.rule("no such rule")


@pytest.mark.parametrize("rule", NUMBERS.rules, ids=lambda r: r.name)
def test_each_example_is_decided_by_its_rule(rule: Rule[Any, Any]) -> None:
    found = arabicnews.explain(rule.example, "numbers", pipeline=NLP)
    assert rule.name in {d.rule for d in found.decisions}
    for trap in rule.traps:
        assert rule.name not in {d.rule for d in arabicnews.explain(trap, "numbers", pipeline=NLP).decisions}


def test_explain_returns_the_document_and_readable_lines() -> None:
    found = arabicnews.explain("قتل 35", "numbers", pipeline=NLP)
    assert found.layer == "numbers"
    assert found.document.layer("numbers")[0].text == "35"
    assert found.lines() == ["     4      6  took    a run of digits: any other run of digits is a number\t35"]
    assert str(found) == found.lines()[0]


def test_explain_names_the_layers_it_can_explain() -> None:
    with pytest.raises(arabicnews.ExplainError, match=r"explain one of: 'numbers', 'tokens'") as info:
        arabicnews.explain("قتل 35", "sentences", pipeline=NLP)
    assert isinstance(info.value, ValueError)
    assert info.value.explainable == ("numbers", "tokens")


def test_explain_refuses_non_text() -> None:
    with pytest.raises(TypeError):
        arabicnews.explain(b"35", "numbers", pipeline=NLP)  # type: ignore[arg-type]
