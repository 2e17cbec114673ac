"""Speakers of honorifics with a pronoun (issue 14, session 17, attr17d).

Made-up variants, written before the change (on main 2b45ff2 every speaker checked here but the traps
was None): «وأوضح معاليه», «وأكد سموه», «وأضاف سماحته» name the person titled with that honorific (the
gender check read the pronoun's ه as a ta marbuta, so the chain after such a source broke too).
Traps: a feminine pronoun after a masculine speaker and an honorific with no one before it stay
unresolved.
"""

from __future__ import annotations

import pytest

from arabicnews.core.pipeline import Pipeline
from arabicnews.stages.attribution.stage import AttributionStage
from arabicnews.stages.quantities.stage import QuantityStage
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage

NLP = Pipeline([TokenizerStage(), SentenceStage(), QuantityStage(), AttributionStage()])

RECTOR = "معالي مدير الجامعة الدكتور بكري عساس"
PRINCE = "صاحب السمو الملكي الأمير فيصل بن سلمان أمير منطقة المدينة المنورة"
MUFTI = "رئيس هيئة كبار العلماء سماحة الشيخ عبدالعزيز آل الشيخ"


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(a.cue.text, a.speaker.name if a.speaker else None) for a in NLP(text).attributions]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (f"وقال {RECTOR} إن الحفل نجح. وأوضح معاليه أن الجامعة قبلت 21 ألف طالب.", "أوضح", RECTOR),
        (f"وقال {PRINCE} إن المشروع مهم. وأكد سموه أن المشروع يضم 300 وحدة.", "أكد", PRINCE),
        (f"وقال {MUFTI} إن الصيام واجب. وأضاف سماحته أن 20 عالما حضروا.", "أضاف", MUFTI),
        # the chain after the honorific goes on with the person, not with «معاليه»
        (f"وقال {RECTOR} إن الحفل نجح. وأوضح معاليه أن الجامعة قبلت الطلاب. وأكد أن العدد 21 ألفا.", "أكد", RECTOR),
        # the titled one further back when the previous report has no one speaker
        (
            f"وقال {RECTOR} إن الحفل نجح. وأفادت التقارير والبيانات أن الطلاب كثر. وهطلت الأمطار. "
            "وتوقفت الدراسة. وأوضح معاليه أن الجامعة قبلت 21 ألف طالب.",
            "أوضح",
            RECTOR,
        ),
        # traps: a feminine pronoun after a masculine speaker; an honorific with no one before it
        ("وقال وزير الصحة إن المستشفيات جاهزة. وأوضحت سماحتها أن الوزارة عينت 500 طبيب.", "أوضحت", None),
        ("وأوضح معاليه أن الجامعة قبلت 21 ألف طالب.", "أوضح", None),
    ],
)
def test_an_honorific_with_a_pronoun_names_the_titled_person(text: str, cue: str, speaker: str | None) -> None:
    assert (cue, speaker) in speakers(text)


def test_the_claim_row_carries_the_resolved_speaker() -> None:
    doc = NLP(f"وقال {RECTOR} إن الحفل نجح. وأوضح معاليه أن الجامعة قبلت 21 ألف طالب.")
    (claim,) = doc.claims()
    assert claim.quantity.text == "21 ألف طالب"
    assert claim.source == RECTOR
    assert [s.text for s in claim.attribution.sources] == ["معاليه"]
