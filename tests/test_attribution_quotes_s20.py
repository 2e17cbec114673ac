"""Quote pairing, issue 14 session 20 (attr20e): a quote inside a quote written with the same straight marks.

attr20b found direct contents cut short at the opening mark of a quoted name inside them («على نظام "إحالتي"
...», «فريق "طيران ناس"»): the pairing closed the outer quote at the inner one's opening mark (6 items in 5 tuning
sets, 15 direct contents in the unannotated 2015-07-22/07-31 text). A straight mark with a space before it and a
word glued after it has an opening mark's shape; inside an open quote of the same mark, and with a closing-shaped
mark after it and one more mark to close the outer quote before the paragraph ends, it opens a quote inside the
open one (docs/history/attribution.md, "attr20e"). Traps: marks glued to words on either side, unbalanced marks,
«» inside "" and the reverse, a sloppy closing mark with a space before it. A cue word inside the outer quote does not
take the inner name as its content past its subject (dev16 «نقل ... فريق "طيران ناس"»).

Then «تساءل» takes «عن» + what was asked (its row of cues.tsv; dev6, dev18, 18 uses in the unannotated text), and the
noun «تساؤل», spelled like it once the hamza is folded, is no cue. The sentences are the tests' own."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content

import arabicnews


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # a quoted name inside a direct content with the same straight marks
        (
            'وقال المدير: "سجلنا الطلب على نظام "إحالتي" وننتظر الرد من الوزارة".',
            "قال",
            'سجلنا الطلب على نظام "إحالتي" وننتظر الرد من الوزارة',
        ),
        (
            'وأضاف الوزير "وقعنا العقد مع فريق "طيران ناس" لتشغيل الرحلات الجديدة".',
            "أضاف",
            'وقعنا العقد مع فريق "طيران ناس" لتشغيل الرحلات الجديدة',
        ),
        # a title of two words inside the content, the outer marks with spaces inside them
        (
            'وقال المخرج: " بدأنا تصوير مسلسل "الحب الأول" في الرياض الشهر الماضي " .',
            "قال",
            'بدأنا تصوير مسلسل "الحب الأول" في الرياض الشهر الماضي',
        ),
        # «» inside "" and "" inside «» were paired before and still are
        (
            'وقال المدير: "سجلنا الطلب على نظام «إحالتي» وننتظر الرد".',
            "قال",
            "سجلنا الطلب على نظام «إحالتي» وننتظر الرد",
        ),
        (
            'وقال المدير: «سجلنا الطلب على نظام "إحالتي" وننتظر الرد».',
            "قال",
            'سجلنا الطلب على نظام "إحالتي" وننتظر الرد',
        ),
    ],
)
def test_a_quote_inside_a_quote_with_the_same_marks(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # two quotes one after the other: the second opens after the first closed
        (
            'وقال المدير: "الطلب سجل" وأضاف "ننتظر الرد من الوزارة".',
            "أضاف",
            "ننتظر الرد من الوزارة",
        ),
        # a closing mark written with a space before it and a comma after it closes
        (
            'وقال المدير: "سجلنا الطلب على النظام "، وأضاف أن الرد تأخر.',
            "قال",
            "سجلنا الطلب على النظام",
        ),
        # unbalanced: a sloppy closing mark glued to the next word, and a quote that opens after it
        (
            'وقال المدير: "سجلنا الطلب على النظام "وأضاف أن "الرد" تأخر.',
            "قال",
            "سجلنا الطلب على النظام",
        ),
        # an opening-shaped mark with no mark left to close an outer quote: it closes (three marks)
        (
            'وقال المدير: "سجلنا الطلب على نظام "إحالتي" وننتظر الرد.',
            "قال",
            "سجلنا الطلب على نظام",
        ),
    ],
)
def test_the_traps_keep_their_pairing(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want


def test_the_marks_pair_as_nested_quotes() -> None:
    text = 'وقال المدير: "سجلنا الطلب على نظام "إحالتي" وننتظر الرد".'
    doc = arabicnews.analyze(text)
    (att,) = [a for a in doc.attributions if a.cue.text == "قال"]
    assert att.kind == "direct"
    assert att.content.text.count('"') == 2


def test_a_cue_word_inside_the_quote_does_not_take_the_inner_name_as_its_content() -> None:
    # «نقل» (carrying) inside the quote, another clause between it and the quoted name: no report
    text = 'وقال المدير: "لا شك أن نقل مليون ضيف يمثل إنجازا كبيرا يعكس جهود فريق "طيران ناس" بالكامل".'
    cues = [a.cue.text for a in arabicnews.analyze(text).attributions]
    assert cues == ["قال"]


def test_a_report_inside_the_quote_right_after_its_subject_keeps_the_inner_quote() -> None:
    text = 'وقال المدير: "أكد الوزير "الطالب زبوني" في كل لقاء".'
    assert content(text, "أكد") == '"الطالب زبوني" في كل لقاء'


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # «تساءل عن» + what was asked (the row's preposition), past or with a subject between
        ("وتساءل الخريجون عن موقف الوزارة من حقهم في التعيين.", "تساءل", "موقف الوزارة من حقهم في التعيين"),
        ("وتساءلت القناة عن مدى دقة الفيديو.", "تساءلت", "مدى دقة الفيديو"),
        # a colon or a quote after the verb still opens its content
        ('وتساءل الوزير: "من المسؤول؟".', "تساءل", "من المسؤول؟"),
    ],
)
def test_wondered_about_takes_what_follows_its_preposition(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want


def test_the_noun_question_is_no_cue() -> None:
    # «تساؤل» “a question” written with ؤ, after «طرحت»: spelled like the verb once the hamza is folded
    text = "وطرحت المجلة تساؤل عن المساهمة في إقالة الشركات من عثراتها."
    assert [a.cue.text for a in arabicnews.analyze(text).attributions] == []
