"""Where an entity starts in its first token: only at a boundary the tokens layer made, never inside a listed name."""

from __future__ import annotations

import pytest

import arabicnews
from arabicnews import Document
from arabicnews.core.normalize import normalize
from arabicnews.core.rules import Rule
from arabicnews.stages.entities.perceptron import default_model
from arabicnews.stages.entities.stage import ENTITY_START, FirstToken, entities_of
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage

TEXTS = [
    "وقال رئيس الحزب التقدمي الاشتراكي وليد جنبلاط إن الحكومة ستسقط.",
    "وقال الأمين العام للأمم المتحدة بان كي مون إن الوضع خطير.",
    "التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي. وقال كيري إن المحادثات مفيدة.",
    "وأكد هاموند لمكسيكو سيتى أن الزيارة ناجحة، وزار بسوريا وبلبنان وبرلين.",
]


def _doc(text: str) -> Document:
    return SentenceStage()(TokenizerStage()(Document(text)))


def _names(text: str) -> list[str]:
    return [e.text for e in entities_of(_doc(text))]


@pytest.mark.parametrize("rule", ENTITY_START.rules, ids=lambda r: r.name)
def test_each_rule_decides_in_its_example(rule: Rule[FirstToken, int]) -> None:
    found = arabicnews.explain(rule.example, "entities")
    mine = [d for d in found.decisions if d.rule == rule.name]
    assert mine and all(d.table == ENTITY_START.name and d.verdict == "took" for d in mine)
    entities = {(e.start, e.end) for e in found.document.entities}
    assert {(d.start, d.end) for d in mine} <= entities


def test_a_word_left_whole_loses_no_letter() -> None:
    # Before: «يد جنبلاط» (و + ل split off a word the tokens layer left whole).
    assert "وليد جنبلاط" in _names(TEXTS[0])


def test_a_listed_name_keeps_the_letter_the_segmenter_split_off() -> None:
    # The tokens layer splits «بان» as ب + «ان»; «بان» is a name of the lists. Before: «ان كي مون».
    assert "بان كي مون" in _names(TEXTS[1])


def test_a_propagated_name_keeps_its_letters() -> None:
    # Before: the propagated mention was «يري» (ك split off «كيري»).
    names = _names(TEXTS[2])
    assert "جون كيري" in names
    assert "كيري" in names
    assert "يري" not in names


def test_proclitics_the_tokens_layer_split_off_are_still_left_out() -> None:
    names = _names(TEXTS[3])
    assert "مكسيكو سيتى" in names
    assert "سوريا" in names


@pytest.mark.parametrize("text", TEXTS)
def test_an_entity_starts_at_a_token_or_segment_boundary(text: str) -> None:
    doc = _doc(text)
    names = default_model().extract.names
    for e in entities_of(doc):
        token = next(t for t in doc.tokens if t.start <= e.start < t.end)
        assert e.start in {token.start, *(s.start for s in token.segments)}
        if normalize(token.text) in names:
            assert e.start == token.start, e.text


def test_the_table_is_the_entity_layers() -> None:
    assert ENTITY_START.layer == "entities"
    names = [r.name for r in ENTITY_START.rules]
    assert len(set(names)) == len(names)
