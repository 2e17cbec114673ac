"""The attribution stage's shortcuts of session 26 (speed26x) give what the long ways gave."""

from __future__ import annotations

import pytest

import arabicnews
from arabicnews.arabic.letters import CONJUNCTIONS
from arabicnews.core.normalize import normalize
from arabicnews.core.resources import read_table
from arabicnews.model.attribution import Source
from arabicnews.model.columns import token_norms
from arabicnews.stages.attribution import rules
from arabicnews.stages.attribution.engine import _Analysis
from arabicnews.stages.attribution.lexicon import grammar, lexicon
from arabicnews.stages.attribution.phrases import _heads
from arabicnews.stages.attribution.rules import TABLES, SpeechCue
from arabicnews.stages.quantities.lexicon import PLACE_LISTS, place_names

EXAMPLES = sorted({text for table in TABLES for rule in table.rules for text in (rule.example, *rule.traps)})
"""Every example and trap of the attribution rule tables: texts where each rule decides, or must not."""


@pytest.fixture(scope="module")
def docs() -> list[arabicnews.Document]:
    nlp = arabicnews.default_pipeline()
    return [nlp(text) for text in EXAMPLES]


def test_a_cue_starts_where_its_first_word_stands_bare_or_after_a_conjunction(docs: list[arabicnews.Document]) -> None:
    lex = lexicon()
    norms = {norm for doc in docs for norm in token_norms(doc.tokens)}
    norms |= {c + first for c in CONJUNCTIONS for first in lex.firsts} | {"و", "ف", "", "وو", "والله"}
    for norm in norms:
        old = norm in lex.firsts or (norm[:1] in CONJUNCTIONS and norm[1:] in lex.firsts)
        assert (norm in lex.starters) == old, norm


def test_a_prayer_opens_only_on_a_head_word(docs: list[arabicnews.Document]) -> None:
    prayers = grammar().prayers
    heads = _heads(prayers)
    assert {p.split(" ")[0] for p in prayers if " " in p} <= heads
    assert _heads(frozenset({"a b c"})) == {"a", "a b"}
    checked = 0
    for doc in [*docs, arabicnews.analyze("قدم الوزير تعازيه لذوي المتوفى سائلا الله له الرحمة.")]:
        ix = _Analysis(doc, lexicon(), None)
        for j in range(ix.n):
            if ix.prayer_at(j):
                checked += 1
                assert ix.norm[j] in heads
    assert checked


def test_the_clause_after_an_is_worked_out_once_per_cue(
    docs: list[arabicnews.Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: dict[int, int] = {}
    kept: list[SpeechCue] = []  # alive, so that no two candidates share an id
    reading = rules._comp_clause_reading

    def counted(cand: SpeechCue) -> rules.Reading | None:
        kept.append(cand)
        asked[id(cand)] = asked.get(id(cand), 0) + 1
        return reading(cand)

    monkeypatch.setattr(rules, "_comp_clause_reading", counted)
    nlp = arabicnews.default_pipeline()
    memo = [nlp(doc.text).attributions for doc in docs]
    assert memo == [doc.attributions for doc in docs]
    assert asked and max(asked.values()) == 1
    # the long way: worked out each time a rule asks (as before the memo): the same attributions
    monkeypatch.setattr(SpeechCue, "comp_clause", lambda cand: counted(cand))
    asked.clear()
    assert [nlp(doc.text).attributions for doc in docs] == memo
    assert max(asked.values()) > 1  # the contrast and nested rules ask before the clause rule


def test_the_clause_memo_follows_the_sources(docs: list[arabicnews.Document]) -> None:
    doc = next(d for d in docs if d.text == "وأكد الوزير أن الأسعار ستنخفض قريبا.")
    ix = _Analysis(doc, lexicon(), None)
    i = next(iter(ix.cue_at))
    cand = rules.speech_cue(ix, i, ix.cue_at[i])
    first = cand.comp_clause()
    assert first is not None and first.sources == ()
    cand.sources = (Source("الوزير", 5, 11),)
    again = cand.comp_clause()
    assert again is not None and again.sources == cand.sources


def test_the_place_names_normalised_together_are_each_normalised_alone() -> None:
    alone = frozenset(
        normalize(phrase)
        for name, wanted in PLACE_LISTS
        for cls, phrase in read_table(name, 2)
        if cls == wanted and " " not in phrase.strip()
    )
    assert place_names() == alone
    assert len(alone) > 8000
