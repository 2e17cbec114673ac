"""A short quoted name past which the statement's adjuncts run to the content marker, issue 14 session 21 (attr21b).

A reporting verb takes one complement, so a short quote that the verb's content marker (a complementiser, the
verb's preposition and «أن», or a colon) still follows is a name, not what was said, also when the statement's
time, venue or audience stands between («قالت "أوفكوم" في تقريرها السنوي إن», «قال ... لـ«عكاظ» أمس:»,
«وقالت «دلتا» منذ أشهر، إن»). attr20d's rule read the name only up to naming words; in the unannotated
2015-08-06/08-10 text 50 contents in 49 of 3,966 articles still opened at such a name (docs/history/attribution.md,
"attr21b"). After a verb of informing the quote right after it is the one told («أبلغ "الاقتصادية" مسؤول بحريني،
أن»). Traps: a participle after the quote (it has no subject of its own, and the quote is what it says), a
complementiser right after a stop word that is no time word («منذ أن», «بعد أن»), a cue or a participle between,
a quote the sentence stage cut in two. The sentences are the tests' own.
"""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content, sources


@pytest.mark.parametrize(
    ("text", "cue", "want_content"),
    [
        # the venue of the statement between the name and «إن»
        (
            'وقالت هيئة تنظيم الاتصالات "أوفكوم" في تقريرها السنوي إن بريطانيا أصبحت مجتمعا رقميا.',
            "قالت",
            "بريطانيا أصبحت مجتمعا رقميا",
        ),
        # a time word right before «إن»
        ('وقالت الشركة الخاصة "أبريشيا" للمستحضرات الدوائية أمس إن العقار أجيز.', "قالت", "العقار أجيز"),
        # the copy the newspaper received, a comma and a time word
        (
            'وقالت وزارة الداخلية في بيان تلقت "الوطن" نسخة منه، أمس إن المدرعة تعرضت لهجوم.',
            "قالت",
            "المدرعة تعرضت لهجوم",
        ),
        # the speaker's quoted name right after the verb, then a time phrase and a comma
        ("وقالت «دلتا» منذ أشهر، إن خفض طاقة التشغيل سيستمر.", "قالت", "خفض طاقة التشغيل سيستمر"),
        # ... then a venue and the outlet told, quoted after «لـ»
        (
            'وقال "آل مرعي" في حديثه لـ"سبق" إن معالجة الفكر المنحرف تبدأ من الأسرة.',
            "قال",
            "معالجة الفكر المنحرف تبدأ من الأسرة",
        ),
        # a colon after the venue opens a direct quote
        ('وقال "العصيمي" في تغريدة: "سيصدر القرار الأسبوع القادم".', "قال", "سيصدر القرار الأسبوع القادم"),
        # the one told by «أبلغ», quoted right after the verb, then the subject
        (
            'وأبلغ "الاقتصادية" مسؤول بحريني، أن الحكومة ستجري مراجعة شاملة.',
            "أبلغ",
            "الحكومة ستجري مراجعة شاملة",
        ),
    ],
)
def test_a_quoted_name_before_the_adjuncts_is_no_content(text: str, cue: str, want_content: str) -> None:
    assert content(text, cue) == want_content


def test_the_source_stops_at_the_first_adjunct() -> None:
    # the name stays in the source, the time word after it does not
    text = 'وقالت الشركة "أبريشيا" أمس إن العقار أجيز.'
    assert sources(text)["قالت"] == ['الشركة "أبريشيا"']
    assert content(text, "قالت") == "العقار أجيز"


@pytest.mark.parametrize(
    ("text", "cue", "want_start"),
    [
        # a complementiser right after «منذ» is the writer's time clause, not the verb's
        ('وقال المسؤول "الوضع مستقر" منذ أن بدأت الهدنة.', "قال", '"الوضع مستقر"'),
        # «بعد أن»: likewise
        ('وأكد المدير "لا تراجع" بعد أن اجتمع بالموظفين.', "أكد", '"لا تراجع"'),
        # another cue between the quote and the «أن»
        ('وقال الوزير "سنعمل بجد" في الاجتماع ثم أضاف أن العمل مستمر.', "قال", '"سنعمل بجد"'),
        # a participle between: it opens a clause of its own, the «أن» is not the verb's
        ('وكتب الصحفي في "السفير" متحدثا عن ثروة المملكة، دون أن ينتبه إلى ذلك.', "كتب", '"السفير"'),
    ],
)
def test_a_quote_the_marker_does_not_follow_past_adjuncts_stays(text: str, cue: str, want_start: str) -> None:
    assert content(text, cue).startswith(want_start)


def test_after_a_participle_the_quote_is_what_it_says() -> None:
    # «مضيفا» has no subject of its own: a quote right after it is its content, whatever follows
    text = 'وقال الوزير إن العمل مستمر، مضيفا "سنعمل بجد" في الأيام المقبلة، مؤكدا أن الخطة نجحت.'
    assert content(text, "مضيفا").startswith('"سنعمل بجد"')


def test_a_quote_after_the_verbs_preposition_is_the_content() -> None:
    # «طالب بـ«...»»: the quote after the verb's own «بـ» is what was demanded, and «وبأن» adds a second demand
    text = "وأدان المجلس الهجوم، وطالب بـ«محاسبة» المسؤولين عن هذه الكارثة وبأن «تتعاون» كل الدول في هذا الصدد."
    assert content(text, "طالب بـ").startswith("«محاسبة» المسؤولين")
