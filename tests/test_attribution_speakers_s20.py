"""A circumstantial participle goes on with the main report of its sentence, not with a report
inside that report's content (issue 14, session 20, attr20c).

«وأوضح X أن الدورة التي قدمها المدرب عبر الدائرة ... تضمنت شرحاً، مبيناً أن»: the participle after the
content qualifies the sentence's main verb, so X is who goes on, not the (true or false) report
inside X's words. Traps keep the previous speaker: the content that is itself a relayed report
(«نقلت الوكالة أن الرئيس قال إن ...، مشيرا»), a report opening a clause of its own inside a content
that ran on («، إلا أن وكيل اللاعب أكد», «، حيث أكد», «، من جانبه قال», «، وكان ... قد انتقد»), a
new sentence, and a participle that does not agree (left unresolved). On main c3c57b9 the three
variants fail and the seven traps pass.
"""

from __future__ import annotations

import pytest
from test_attribution_speakers_s19 import speaker_of  # the same pipeline and look-up


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "وأوضح مدير الإدارة المهندس خالد العتيبي أن الدورة التي قال المدرب إنها الأولى تضمنت شرحا مفصلا، "
            "مبينا أن 20 مدربة حضرن.",
            "مبينا",
            "مدير الإدارة المهندس خالد العتيبي",
        ),
        (
            "وأكد الوزير أن المشروع الذي وصفه الخبراء بأنه الأكبر سيكتمل خلال 3 أعوام، "
            "مشيرا إلى أن تكلفته 5 مليارات ريال.",
            "مشيرا",
            "الوزير",
        ),
        (
            "وأوضحت الوزارة أن الحملة التي أعلن المتحدث أنها الأولى شملت 300 موقع، مبينة أن العمل سيستمر شهرا.",
            "مبينة",
            "الوزارة",
        ),
    ],
)
def test_a_participle_goes_on_with_its_sentences_main_report(text: str, cue: str, speaker: str) -> None:
    assert speaker_of(text, cue) == speaker


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # the content is itself a relayed report: its speaker goes on
        (
            "ونقلت وكالة الأنباء أن الرئيس الفرنسي قال إن بلاده سترسل 200 جندي، مشيرا إلى أن القوات ستصل قريبا.",
            "مشيرا",
            "الرئيس الفرنسي",
        ),
        # a report opening a clause of its own after «إلا أن» (the first content ran on into it)
        (
            "ونفى رئيس النادي أن يكون النادي وقع أي تنازل، إلا أن وكيل اللاعب أكد أن العقد رسمي، "
            "مشيرا إلى أن اللاعب سيصل خلال 3 أيام.",
            "مشيرا",
            "وكيل اللاعب",
        ),
        # ... and after «حيث»
        (
            "وأكد رئيس النادي أن الإدارة سلكت الطرق النظامية، حيث أكد نائب الرئيس أن الشيك محفوظ، "
            "موضحا أن قيمته 3 ملايين ريال.",
            "موضحا",
            "نائب الرئيس",
        ),
        # ... after «من جانبه» (a topic shift with the speaker's pronoun)
        (
            "وقال عضو المجلس فايع الحياني: إن هذا العمل جبان، من جانبه قال عضو المجلس علي البارقي إن الحادث جبان، "
            "مؤكداً أن 3 متهمين قبض عليهم.",
            "مؤكداً",
            "عضو المجلس علي البارقي",
        ),
        # ... and after «وكان»
        (
            "وهو ما اعتبر لافروف أنه سيأتي بنتائج عكسية، وكان المتحدث باسم الكرملين قد انتقد الخطط الأميركية، "
            "معتبرًا أن 5 دول تدعم المعارضة.",
            "معتبرًا",
            "المتحدث باسم الكرملين",
        ),
        # a new sentence: the report inside the statement goes on (the previous speaker's rule)
        ("وقال البيان إن المبعوث الأممي شدد على الحل السياسي. وأكد أن 3 جولات ستعقد.", "أكد", "المبعوث الأممي"),
        # the participle does not agree with the main report's source: unresolved, not the inner one
        (
            "وأوضح مدير الإدارة المهندس خالد العتيبي أن الدورة التي قال المدرب إنها الأولى تضمنت شرحا مفصلا، "
            "مبينة أن 20 مدربة حضرن.",
            "مبينة",
            None,
        ),
    ],
)
def test_traps_keep_the_previous_speaker(text: str, cue: str, speaker: str | None) -> None:
    assert speaker_of(text, cue) == speaker
