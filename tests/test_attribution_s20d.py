"""A short quoted name inside the source, its content marker a few words on, issue 14 session 20 (attr20d).

The class of sources cut short at a quoted name is one of the largest at the source/content boundary over the
eighteen tuning sets (13 paired attributions in 9 sets) and occurs in the unannotated 2015-07-22/07-31 text (79
contents in 73 of 3,864 articles): a short quoted name after a noun of the subject («جماعة "لايون إيد"», «مدير عام
«تمكين»», «الدكتور "الغامدي"») with the words that go on naming the subject after it (a genitive, the person's
name) and then the verb's content marker: «أن/إن», the verb's own preposition and «أن», or a «بـ» written on the
next word. A reporting verb takes one complement, so a short quote its marker still follows is a name in the
source, not the content (docs/history/attribution.md, "attr20d"). Traps: a cue, a quote or a full stop between the
name and the «أن», a «أن» after a stop word («رغم أن») or after «إذ», a long quote, a quote after the cue's own
preposition, a quote after a plain name before «بـ» (the one accused). The sentences are the tests' own."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content, sources


@pytest.mark.parametrize(
    ("text", "cue", "want_sources", "want_content"),
    [
        (
            'وقالت جماعة "أسود الغابة" للحفاظ على الحيوانات إن الأسد أصيب بسهم.',
            "قالت",
            ['جماعة "أسود الغابة" للحفاظ على الحيوانات'],
            "الأسد أصيب بسهم",
        ),
        (
            "وأوضح مدير عام «تمكين» خالد بن سعد الخان أن الجمعية قدمت فعاليات.",
            "أوضح",
            ["مدير عام «تمكين» خالد بن سعد الخان"],
            "الجمعية قدمت فعاليات",
        ),
        (
            'وقال صندوق "سند" لدعم الإنتاج إنه عقد شراكة مع المهرجان.',
            "قال",
            ['صندوق "سند" لدعم الإنتاج'],
            "إنه عقد شراكة مع المهرجان",
        ),
        (
            'وأوضح مدير عام الشركة الوطنية "سياحية" المهندس صالح قدح، أن الفعالية تحظى باهتمام الزوار.',
            "أوضح",
            ['مدير عام الشركة الوطنية "سياحية" المهندس صالح قدح'],
            "الفعالية تحظى باهتمام الزوار",
        ),
        # a venue after the name is where it was said: out of the source, and the content still after «إن»
        (
            'وقالت حركة "نور الدين" في بيان لها اليوم إنها استعادت البلدة.',
            "قالت",
            ['حركة "نور الدين"'],
            "إنها استعادت البلدة",
        ),
        # the verb's own preposition is its marker
        (
            'وأشار مدير عام "تمكين" الأستاذ خالد الخان إلى أن الجمعية قدمت فعاليات.',
            "أشار",
            ['مدير عام "تمكين" الأستاذ خالد الخان'],
            "الجمعية قدمت فعاليات",
        ),
    ],
)
def test_a_short_quoted_name_before_the_marker_is_in_the_source(
    text: str, cue: str, want_sources: list[str], want_content: str
) -> None:
    assert sources(text)[cue] == want_sources
    assert content(text, cue) == want_content


@pytest.mark.parametrize(
    ("text", "cue", "want_content"),
    [
        # another cue between the quote and the «أن»: the quote is the first verb's content
        ('وقال الوزير "الأسعار ستنخفض" مؤكدا أن الخطة نجحت.', "قال", "الأسعار ستنخفض"),
        # a full stop between: the «أن» is another sentence's
        ('وقال الوزير "الأسعار ستنخفض". ويرى الخبراء أن الخطة نجحت.', "قال", "الأسعار ستنخفض"),
        # a second quote between the name and the «أن»
        ('وقال الوزير "إنها ستنخفض" في بيان "نشره" أمس بعد أن اجتمع باللجنة.', "قال", '"إنها ستنخفض"'),
        # a long quote is what was said, not a name
        (
            'وقال الوزير "إن الأسعار ستنخفض في الأشهر المقبلة بعد الاتفاق" رغم أن السوق مضطربة.',
            "قال",
            '"إن الأسعار ستنخفض في الأشهر المقبلة بعد الاتفاق"',
        ),
    ],
)
def test_a_quote_the_marker_does_not_follow_stays_the_content(text: str, cue: str, want_content: str) -> None:
    # the quote's marks are out of a direct content, in a mixed one
    assert content(text, cue).strip('"').startswith(want_content.strip('"'))


def test_a_stop_word_before_the_complementiser_does_not_make_the_quote_a_name() -> None:
    # «رغم أن» is the writer's concession, not the verb's complementiser
    text = 'وأكد الوزير "نجاح الخطة" رغم أن السوق مضطربة.'
    assert content(text, "أكد").startswith('"نجاح الخطة"')


def test_the_verbs_own_ba_written_on_the_word_after_a_quoted_name() -> None:
    # «أشاد بـ»: the «بـ» on «بالدعم» is the marker, so «"الغامدي"» is the name the title asks for
    text = 'وأشاد الدكتور "الغامدي" بالدعم الذي تحظى به الكلية.'
    assert sources(text)["أشاد"] == ['الدكتور "الغامدي"']
    assert content(text, "أشاد") == "الدعم الذي تحظى به الكلية"


@pytest.mark.parametrize(
    ("text", "cue", "want_content"),
    [
        # a quote after the «بـ» of «وصف» is the name given, whatever «أن» comes later
        ('ووصف أحد السكان طيور النورس ب"عدو الشعب" إذ أن التلاميذ خائفون.', "وصف", "عدو الشعب"),
        # a quote after the verb's preposition, a verb before the next «إلى»
        ("بينما تشير الحركة الى “مرض” غامض أدى الى وفاته.", "تشير", "مرض"),
    ],
)
def test_a_quote_after_a_preposition_is_no_name_of_the_subject(text: str, cue: str, want_content: str) -> None:
    assert content(text, cue).strip('“”"').startswith(want_content)


def test_a_quote_after_a_name_before_the_ba_is_the_one_accused() -> None:
    # «اتهم X بـ»: after a name (no title or body noun) the quoted word is the one accused, not the source's
    text = "واتهم أوباما «آيباك» بإنفاق ملايين الدولارات على الإعلانات."
    assert sources(text)["اتهم"] == ["أوباما"]


def test_the_one_accused_in_quotes_is_out_of_the_content() -> None:
    # «اتهم X «Y» بـ»: the accused is out of the content, as the guideline has it for an unquoted one
    text = "واتهمت كوريا الجنوبية “بيونغيانغ” بزرع ألغام على الحدود."
    assert sources(text)["اتهمت"] == ["كوريا الجنوبية"]
    assert content(text, "اتهمت") == "زرع ألغام على الحدود"
