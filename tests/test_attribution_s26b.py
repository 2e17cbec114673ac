"""Who says a participle or a «و»-joined verb after a verb that is no cue, issue 14 session 26 (attr26b): made-up
variants of the constructions counted in the unannotated 2015-08-06 / 08-10 text (docs/history/attribution.md,
"attr26b").

The participle (or a speech verb joined by «و») shares the subject of the verb that opens its sentence: after a
topic shift («من جانب آخر حددت الوزارة ...، مشيرة»), with no «و» on that verb («توعدت قيادة المقاومة ...،
مشيرة»), an indefinite subject told from the object by its case («أعد برلماني فرنسي تقريرا ...، قائلا»: no
accusative alif, a nisba after it), and a verb joined to that first verb («وزار وزير الصحة مدينة جدة وقال»).

Traps stay unresolved: a feminine or plural participle or verb that does not agree, an accusative noun after the
verb (its object, the subject dropped), a noun that shows no case («وشهدت جلسة»), a negation for a verb, a
byline's name before a colon, a preposition's object after the verb, a feminine head with a masculine verb. The
sentences are the tests' own, not corpus text.
"""

from __future__ import annotations

import pytest
from test_attribution_speakers_s19 import speaker_of


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("أعد برلماني فرنسي تقريرا من 90 صفحة، قائلا إن لدينا 1818 متطرفا.", "قائلا", "برلماني فرنسي"),
        (
            "أعد برلماني فرنسي تقريرًا من 90 صفحة اقترح فيه خطة لمكافحة الإرهاب قائلا: لدينا 1818 متطرفا.",
            "قائلا",
            "برلماني فرنسي",
        ),
        ("اخترق هكر سعودي اليوم موقع الأمانة، مؤكداً أن 3 مواقع أخرى ضعيفة.", "مؤكداً", "هكر سعودي"),
        (
            "من جانب آخر حددت الوزارة اشتراطات البرنامج للأيتام، مشيرة إلى وجوب توافر 8 اشتراطات.",
            "مشيرة",
            "الوزارة",
        ),
        (
            "من جانبها؛ أهابت وزارة الزراعة بالمزارعين باستخدام نظم الري، معتبرة أن 40 في المئة من المياه تهدر.",
            "معتبرة",
            "وزارة الزراعة",
        ),
        (
            "رفضت القنصلية الإندونيسية توقيع عقود التأشيرات، مؤكدة أن 12 مكتبا خالف الشروط.",
            "مؤكدة",
            "القنصلية الإندونيسية",
        ),
        ("وزار وزير الصحة مدينة جدة أمس وقال إن المستشفى الجديد يضم 500 سرير.", "قال", "وزير الصحة"),
        (
            "من جانبه طمأن مدير الكرة بنادي الفتح سمير السعود على سلامة البعثة وقال: وصلت البعثة عصر اليوم.",
            "قال",
            "مدير الكرة بنادي الفتح سمير السعود",
        ),
        ("ابتكر مهندس ياباني وسيلة نقل صغيرة ويقول إن وزنها 3 كيلوغرامات.", "يقول", "مهندس ياباني"),
    ],
)
def test_subject_of_the_first_verb(text: str, cue: str, speaker: str) -> None:
    assert speaker_of(text, cue) == speaker


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a feminine participle with a masculine subject, a plural participle with a singular one
        ("أعد برلماني فرنسي تقريرا من 90 صفحة، قائلة إن لدينا 1818 متطرفا.", "قائلة"),
        ("احتفل خالد عبدالرحمن بزفاف ابنته في جدة، متمنين له أن يعيش 100 عام.", "متمنين"),
        # an accusative noun after the verb is its object; the subject is dropped
        ("أصدر بيانا رسميا من 3 صفحات، قائلا إن لدينا 1818 متطرفا.", "قائلا"),
        # a noun in ة shows no case
        ("وشهدت جلسة اليوم اعترافا من المتهم، مضيفا أن السيارة نقلت 3 أشخاص.", "مضيفا"),
        # a negation is no verb
        ("لا ريب أن القرار صائب، مؤكدا أن 3 مشاريع ستبدأ.", "مؤكدا"),
        # a byline's name before the colon: no verb, no subject
        ("أيمن حسن- متابعة: حدد الكاتب ثلاثة أسباب؛ مؤكداً أن 3 دول رفعت الرواتب.", "مؤكداً"),
        # a joined verb that does not agree (feminine, plural), a verb with its object and no subject
        ("وزار وزير الصحة مدينة جدة أمس وقالت إن المستشفى الجديد يضم 500 سرير.", "قالت"),
        ("وزار وزير الصحة مدينة جدة أمس وقالوا إن المستشفى الجديد يضم 500 سرير.", "قالوا"),
        ("وخاطب الحضور في الحفل وقال إن المستشفى الجديد يضم 500 سرير.", "قال"),
        # a relative clause before the joined verb: it may join the relative clause's verb
        ("وكافح ميسي ليكون على مستوى مارادونا الذي قاد بلاده للقب وقال إن 1986 عام لا ينسى.", "قال"),
        # a feminine head («إدارة») with a masculine verb: «ويتوقع» is "it is expected"
        ("تنتظر إدارة الاتحاد التقرير الفني الذي سيقدمه المدرب ويتوقع أن 3 لاعبين يرحلون.", "يتوقع"),
    ],
)
def test_traps_stay_unresolved(text: str, cue: str) -> None:
    assert speaker_of(text, cue) is None
