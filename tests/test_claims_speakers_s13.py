"""Claims credited to the speaker's fullest mention (issue 14, session 13, attr14v).

Made-up sentences in the style of the tuning sets' errors; the rule table's own example and trap are
checked by ``test_attribution_rules.py``. The scorer's test of a full mention is checked here too.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from arabicnews.core.pipeline import Pipeline
from arabicnews.stages.attribution import AttributionStage, claims
from arabicnews.stages.quantities.stage import QuantityStage
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.attribution_eval import _same_person

NLP = Pipeline([TokenizerStage(), SentenceStage(), QuantityStage(), AttributionStage()])
FULL = "البرتغالي جوزيه مورينيو مدرب تشيلسي"


def _claims(text: str) -> list[tuple[str, str]]:
    return [(c.quantity.text, c.source) for c in claims(NLP(text))]


def test_a_role_with_a_nationality_claims_in_the_fuller_mention() -> None:
    text = f"وقال {FULL} إن الفريق جاهز. وقال المدرب البرتغالي إن تشيلسي حقق اللقب أربع مرات."
    assert ("أربع مرات", FULL) in _claims(text)


def test_the_speaker_who_goes_on_is_the_fuller_mention_too() -> None:
    text = f"وقال {FULL} إن الفريق جاهز. وقال المدرب البرتغالي إن الموسم صعب. وأضاف أن تشيلسي حقق اللقب أربع مرات."
    assert ("أربع مرات", FULL) in _claims(text)


def test_a_title_and_family_name_with_an_abbreviated_title() -> None:
    full = "رئيس البلدية م. محارب بن منصور المطيري"
    text = f"وأوضح {full} أن العمل مستمر. وأفاد المهندس المطيري أن البلدية نفذت 50 جولة."
    assert ("50 جولة", full) in _claims(text)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # another role of the same nationality is another person
        (
            f"وقال {FULL} إن الفريق جاهز. وقال المدرب الإسباني إن ريال مدريد حقق اللقب أربع مرات.",
            "أربع مرات",
            "المدرب الإسباني",
        ),
        # a family name with another first name is another person
        (
            "وقال رئيس البلدية المهندس سعود العنزي إن العمل مستمر. وقال المواطن يزيد العنزي إن البلدية نفذت 50 جولة.",
            "50 جولة",
            "المواطن يزيد العنزي",
        ),
    ],
)
def test_no_fuller_mention_without_every_word(text: str, figure: str, source: str) -> None:
    assert (figure, source) in _claims(text)


def test_the_scorer_takes_a_fuller_mention_not_a_shorter_one() -> None:
    assert _same_person("رئيس اللجنة أ. د. عبدالله الحربش استشاري طب الأطفال", "أ. د. الحربش")
    assert _same_person("المتحدث الرسمي العقيد ناصر الشريف", "العقيد ناصر الشريف")
    assert not _same_person("المدرب البرتغالي", FULL)
    assert not _same_person("المواطن يزيد العنزي", "رئيس بلدية تيماء المهندس سعود العنزي")


def test_the_antecedent_of_a_relative_speaks_and_goes_on() -> None:
    text = (
        "ورأس الاجتماع رئيس وفد البريد صالح بن حسن الضعيان الذي أوضح أن الاجتماع ناقش عددا من البنود، "
        "مبينا أن عدد العطاءات بلغ (12) عطاءً."
    )
    assert ("12) عطاءً", "رئيس وفد البريد صالح بن حسن الضعيان") in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "وتحدث الوزير عن الخطة التي قال إنها ستكلف 3 ملايين ريال.",  # «التي» with «قال»: not her words
        "وأشاد المواطن بالحبحب الذي وصفه بأنه أرخص من 10 ريالات.",  # «وصفه»: the relative is the object
    ],
)
def test_a_relative_that_is_not_the_subject_gives_no_speaker(text: str) -> None:
    atts = [a for a in NLP(text).attributions if a.cue.text in ("قال", "وصفه")]
    assert all(a.speaker is None or a.speaker.name not in ("الخطة", "الحبحب") for a in atts)
