"""A role mention stands for the earlier mention holding it after «و» (issue 14, session 18, attr18d).

Made-up variants, written before the change (on main 0b8bc9c each speaker checked here but the traps
was the short role itself): a speaker introduced with several roles joined by «و» («... رئيس اللجنة
التنظيمية والمتحدث باسم الوزارة المهندس خالد الحربي») and later named by one of them alone («ونفى
المتحدث باسم الوزارة») is the same person, and the dropped-subject cues after that go on with him.
The words of the two mentions are compared with the conjunction before the article dropped
(«والمتحدث» is «و» + «المتحدث»). Traps: a role the earlier mention does not hold, and a word that only
looks like «و» + the article («والدها»), stay unresolved.
"""

from __future__ import annotations

import pytest

from arabicnews.core.pipeline import Pipeline
from arabicnews.stages.attribution.stage import AttributionStage
from arabicnews.stages.quantities.stage import QuantityStage
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage

NLP = Pipeline([TokenizerStage(), SentenceStage(), QuantityStage(), AttributionStage()])

SPOKESMAN = "عضو اللجنة العامة للانتخابات رئيس اللجنة التنظيمية والمتحدث باسم الوزارة المهندس خالد الحربي"
SUPERVISOR = "عضو مجلس الإدارة رئيس لجنة المشاريع والمشرف على المشروع الدكتور سعد العمري"


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(a.cue.text, a.speaker.name if a.speaker else None) for a in NLP(text).attributions]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (f"وقال {SPOKESMAN} إن اللجان جاهزة. ونفى المتحدث باسم الوزارة بيع أي أصوات.", "نفى", SPOKESMAN),
        # the dropped subjects after the role mention go on with the person
        (
            f"وقال {SPOKESMAN} إن اللجان جاهزة. ونفى المتحدث باسم الوزارة بيع أي أصوات. "
            "وقال إنه تم إنشاء 16 لجنة للطعون.",
            "قال",
            SPOKESMAN,
        ),
        (
            f"وأكد {SUPERVISOR} أن العمل يسير. وأوضح المشرف على المشروع أن المرحلة الأولى تضم 83 سريرا.",
            "أوضح",
            SUPERVISOR,
        ),
    ],
)
def test_a_role_joined_by_and_names_the_earlier_person(text: str, cue: str, speaker: str) -> None:
    assert (cue, speaker) in speakers(text)


@pytest.mark.parametrize(
    ("text", "cue", "not_speaker"),
    [
        # a role the earlier mention does not hold
        (f"وقال {SPOKESMAN} إن اللجان جاهزة. ونفى المتحدث باسم الشرطة وقوع أي حوادث.", "نفى", SPOKESMAN),
        # «والدها» is a word of its own, not «و» + «الدها»
        (
            "وقال المواطن محمد والدها العلي إن الطفلة بخير. وأوضح المواطن الدها أن عمرها 5 سنوات.",
            "أوضح",
            "المواطن محمد والدها العلي",
        ),
    ],
)
def test_other_roles_stay_their_own(text: str, cue: str, not_speaker: str) -> None:
    found = [s for c, s in speakers(text) if c == cue]
    assert found and not_speaker not in found


def test_the_claim_row_carries_the_full_mention() -> None:
    doc = NLP(f"وقال {SPOKESMAN} إن اللجان جاهزة. ونفى المتحدث باسم الوزارة بيع أي أصوات. وقال إنه تم إنشاء 16 لجنة.")
    (claim,) = doc.claims()
    assert claim.quantity.text == "16 لجنة"
    assert claim.source == SPOKESMAN
