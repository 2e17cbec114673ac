"""The per-rule audit (``benchmarks/attribution_rule_audit.py``): its counting on a made-up two-sentence gold."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from arabicnews.core.pipeline import Pipeline
from arabicnews.core.rules import tracing
from arabicnews.stages.attribution import AttributionStage
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import benchmarks.attribution_rule_audit as audit

# Tests benchmarks/attribution_rule_audit.py of the checkout, not the installed package:
# the wheel stage of .ci/run leaves it out (pyproject.toml's «checkout» marker).
pytestmark = pytest.mark.checkout

# «قال» is a report whose gold content is shorter than the rules' one; «تحدث ... عن أن» is made a gold cue
# that the speech-cue rule refuses; «كشف» after «في» is refused as a verbal noun and no gold cue is there.
TEXT = "وقال الوزير إن الاقتصاد ينمو بسرعة. وتحدث المدير في كشف الحقائق عن أن الشركة ربحت."

SOURCES = ("sources", "the words between the verb and its content are the source")
READING = ("readings", "the clause after «أن» or «إن» is the content")
TALKED = ("speech cues", "«تحدث» reports only what follows its «عن»")
NOUN = ("cues", "a cue word right after a preposition is a verbal noun, not a verb")
THAT = ("complementisers", "«أن», «إن» and «بأن» open reported content")


def span(word: str, start: int = 0) -> list[int]:
    at = TEXT.index(word, start)
    return [at, at + len(word)]


def gold() -> dict[str, Any]:
    said = {"kind": "indirect", "cue": span("قال"), "sources": [span("الوزير")], "content": span("الاقتصاد ينمو")}
    talked = {"kind": "indirect", "cue": span("تحدث"), "sources": [span("المدير")], "content": span("الشركة ربحت")}
    return {"attributions": [said, talked], "negatives": []}


def judged(rec: dict[str, Any]) -> Any:
    nlp = Pipeline([TokenizerStage(), SentenceStage(), AttributionStage()])
    with tracing(TEXT) as trace:
        doc = nlp(TEXT)
    result = audit.Audit()
    decisions = [d for d in trace.decisions if d.layer == "attributions"]
    audit.judge(result, "dev13", TEXT, rec, decisions, doc.attributions)
    return result


def test_each_rule_is_judged_on_the_part_it_decides() -> None:
    result = judged(gold())
    tally = {key: result.over(key, ["dev13"]) for key in (SOURCES, READING, TALKED, NOUN, THAT)}
    # the source is exact: the source rule was right
    assert (tally[SOURCES].took, tally[SOURCES].right, tally[SOURCES].wrong) == (1, 1, 0)
    assert (tally[SOURCES].found, tally[SOURCES].source_exact) == (1, 1)
    # the content runs past the gold's: the reading rule was wrong, though the cue was found
    assert (tally[READING].took, tally[READING].right, tally[READING].wrong) == (1, 0, 1)
    assert (tally[READING].found, tally[READING].false, tally[READING].content_exact) == (1, 0, 0)
    # refusing a gold cue that nothing else found is wrong; refusing where no gold cue is, right
    assert (tally[TALKED].refused, tally[TALKED].right, tally[TALKED].wrong) == (1, 0, 1)
    assert (tally[NOUN].refused, tally[NOUN].right, tally[NOUN].wrong) == (1, 1, 0)
    # complementisers decide words: counted, never judged
    assert (tally[THAT].took, tally[THAT].right, tally[THAT].wrong) == (2, 0, 0)
    assert tally[READING].net == -1 and tally[NOUN].net == 1
    assert result.over(READING, ["dev2"]).took == 0  # another set's tally is apart


def test_a_false_attribution_is_wrong_for_its_reading_and_not_judged_for_its_source() -> None:
    rec = gold()
    rec["attributions"] = rec["attributions"][1:]  # «قال» is no longer a gold cue
    result = judged(rec)
    assert (result.over(READING, ["dev13"]).false, result.over(READING, ["dev13"]).wrong) == (1, 1)
    assert (result.over(SOURCES, ["dev13"]).false, result.over(SOURCES, ["dev13"]).wrong) == (1, 0)


def test_an_article_kept_for_its_negatives_is_judged_inside_them_only() -> None:
    second = TEXT.index("وتحدث")
    rec = {"attributions": [], "negatives": [[second, len(TEXT)]], "negatives_only": True}
    result = judged(rec)
    assert (result.over(TALKED, ["dev13"]).right, result.over(TALKED, ["dev13"]).wrong) == (1, 0)
    assert (result.over(NOUN, ["dev13"]).right, result.over(NOUN, ["dev13"]).wrong) == (1, 0)
    said = result.over(READING, ["dev13"])
    assert said.took == 1 and said.right + said.wrong + said.false == 0  # «قال» lies outside the negatives


def test_the_sets_a_rule_saw_are_those_tuned_on_at_its_commit() -> None:
    tuning = sys.modules["attribution_pooled"].TUNING
    after = {s: {"old", "new"} if s == "dev" else {"new"} if s == "dev2" else set() for s in tuning}
    assert audit.earlier_sets("old", after) == ("dev",)
    assert audit.earlier_sets("new", after) == ("dev", "dev2")
    assert set(audit.TUNED_AT) == set(sys.modules["attribution_pooled"].TUNING)
    assert audit._sets(["dev13", "dev14", "dev15"]) == "dev13–dev15" and audit._sets([]) == "none"
