"""Speakers, session 22 (issue 14, attr22c): a participle goes on with a body or a name that is the
subject of its sentence's verb; «بالقول» right after a verb with a dropped subject continues the
previous speaker.

«ودانت الجامعة العربية التفجير ...، مؤكدة أن»: a circumstantial participle qualifies its sentence's
verb and shares its subject; the clause-subject rule took only a role or an entity, so a body's head
noun (bodies.txt) or a name of the shipped lists («وسعى نتنياهو ... قائلا») left it unresolved.
«ومضى بالقول» / «واستطرد بالقول»: the verbal noun qualifies the verb before it, whose dropped subject
goes on from the previous report (the verb's own ending decides the agreement: «وتابعت بالقول»).
Traps: an object after the verb (no body, no name), a participle in the next sentence, a subject
written before «بالقول», a word after «لا», a man's verb with a one-word feminine body, a name that does not agree. On
main 3d9b745 the seven variants fail and the six traps pass.
"""

from __future__ import annotations

import pytest
from test_attribution_speakers_s19 import speaker_of  # the same pipeline and look-up


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "ودانت الجامعة العربية التفجير الذي استهدف مسجدا في أبها، مؤكدة أن الإرهاب لا دين له.",
            "مؤكدة",
            "الجامعة العربية",
        ),
        (
            "وسعى نتنياهو الى التهوين من هذه المخاوف قائلا إن الشركات العالمية ستفكر مرتين.",
            "قائلا",
            "نتنياهو",
        ),
        (
            "وشنت تركيا غارات على مواقع التنظيم، مشيرة إلى أنها ستواصل الضربات.",
            "مشيرة",
            "تركيا",
        ),
        (
            "واستقبل أوباما الرئيس الفرنسي في البيت الأبيض، مؤكدا أن العلاقات قوية.",
            "مؤكدا",
            "أوباما",
        ),
    ],
)
def test_a_participle_goes_on_with_its_verbs_named_subject(text: str, cue: str, speaker: str) -> None:
    assert speaker_of(text, cue) == speaker


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "وقال نائب الرئيس اليمني خالد بحاح إن الحرب ستنتهي. ومضى بالقول إن صالح هو أساس المشكلات.",
            "بالقول",
            "نائب الرئيس اليمني خالد بحاح",
        ),
        (
            'وقال نائب الرئيس اليمني خالد بحاح إن الحرب ستنتهي. واستطرد بالقول "صالح هو أساس المشكلات".',
            "بالقول",
            "نائب الرئيس اليمني خالد بحاح",
        ),
        (
            "وأكدت الوزارة أن الحرب ستنتهي. وتابعت بالقول إن المدارس ستفتح في الموعد.",
            "بالقول",
            "الوزارة",
        ),
    ],
)
def test_saying_after_a_verb_continues_the_previous_speaker(text: str, cue: str, speaker: str) -> None:
    assert speaker_of(text, cue) == speaker


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # an object after the verb, the subject dropped: neither a body nor a name
        ("وخاطب الحضور في الحفل، شاكرا الجميع على حضورهم.", "شاكرا"),
        ("وقدم شكره للحضور، مؤكدا أن الحفل نجح.", "مؤكدا"),
        # no verb with «و» before the word: «لا أرى» is the writer's "I do not see"
        ("لا أرى مبررا في التباطؤ في إنشاء المحاكم، مؤكدا أن المحاكم ضرورية.", "مؤكدا"),
        # a name that does not agree with the participle («مشيرة» after a man's name)
        ("واستقبل أوباما الرئيس الفرنسي في البيت الأبيض، مشيرة إلى أن العلاقات قوية.", "مشيرة"),
        # a masculine «ومضى» after a one-word feminine body: not told
        ("وأكدت الوزارة أن الحرب ستنتهي. ومضى بالقول إن المدارس ستفتح في الموعد.", "بالقول"),
    ],
)
def test_traps_stay_unresolved(text: str, cue: str) -> None:
    assert speaker_of(text, cue) is None


def test_a_subject_written_before_saying_is_the_source() -> None:
    text = "وقال نائب الرئيس اليمني خالد بحاح إن الحرب ستنتهي. ومضى الصباغ بالقول إن صالح هو أساس المشكلات."
    assert speaker_of(text, "بالقول") != "نائب الرئيس اليمني خالد بحاح"
