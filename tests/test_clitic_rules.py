"""The rule table of the clitic segmenter: every rule decides its example and none of its traps;
listed names keep their first letter."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
import regex

from arabicnews.arabic.clitics import SPLIT_RULES, CliticSegmenter, analyse, analyse_word, load_model
from arabicnews.core.rules import Decision, Rule, tracing

_QUOTED = regex.compile(r"«([^»]+)»")
model_once = cache(load_model)


def decisions(text: str) -> list[Decision]:
    """The rule decisions made while each «...» word of ``text`` is analysed afresh (no cache)."""
    model = model_once()
    found: list[Decision] = []
    for word in _QUOTED.findall(text):
        with tracing(word) as trace:
            analyse_word(model, word)
        found.extend(trace.decisions)
    return found


@pytest.mark.parametrize("rule", SPLIT_RULES.rules, ids=lambda r: r.name)
def test_rule_decides_its_example(rule: Rule[Any, Any]) -> None:
    assert _QUOTED.search(rule.example), rule.example
    found = decisions(rule.example)
    assert any(d.rule == rule.name and d.verdict == rule.verdict for d in found), [d.rule for d in found]


@pytest.mark.parametrize("rule", [r for r in SPLIT_RULES.rules if r.traps], ids=lambda r: r.name)
def test_rule_decides_none_of_its_traps(rule: Rule[Any, Any]) -> None:
    for trap in rule.traps:
        assert not any(d.rule == rule.name for d in decisions(trap)), trap


@pytest.mark.parametrize(
    ("word", "split"),
    [
        ("بوستون", "بوستون"),  # a listed name, not ب + «وستون»
        ("بعداً", "بعداً"),  # the accusative after a preposition
        ("مستهلكي", "مستهلكي"),  # the construct plural
        ("طلبنا", "طلبنا"),  # a past verb and its subject
        ("حياتنا", "حيات+نا"),
        ("يجعلنا", "يجعل+نا"),
        ("للأسف", "ل+لأسف"),
        ("بالتأكيد", "ب+التأكيد"),
        ("بأنه", "ب+أن+ه"),  # listed as a «name», still a preposition and a function word
        ("بلندن", "ب+لندن"),
        ("بني", "بني"),  # a preposition takes ي, not ني
    ],
)
def test_the_rules_on_words(word: str, split: str) -> None:
    segs = CliticSegmenter(model_once()).segment(word, 0)
    assert "+".join(s.text for s in segs) == split


def test_no_listed_name_loses_a_proclitic() -> None:
    # The person and place lists of the entity tagger: a word of a name splits off a proclitic only
    # where the WikiNews gold splits it, before a function word (the lists hold «بأنه», «لذلك»), or
    # where it is a bare preposition and pronoun («بك»).
    model = model_once()
    assert len(model.names) > 20_000
    split = []
    for word in sorted(model.names):
        a = analyse(model, word, word.endswith("ة"))
        rest = word[a.proclitic_len : len(word) - a.enclitic_len]
        if a.proclitic_len and not a.bare and word not in model.gold and rest not in model.function_words:
            split.append(word)
    assert split == []
