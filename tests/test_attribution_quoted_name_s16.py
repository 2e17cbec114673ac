"""A short quoted name right after a reporting verb, issue 14 session 16 (attr16e): class BQ of
docs/history/attribution.md. When the verb's frame goes on right after the quote (its own preposition:
«شدد على», «حذّر من»; or a comma and then a complementiser, «إلى» or that preposition), the quote is the
speaker's name, not what was said. The traps keep the quote as the content: a title or a slogan with a
preposition or a verb inside, a quote that ends the clause, a quote after an according-to word. The
sentences are the tests' own, made up before the rule, not corpus text."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content, sources

import arabicnews


@pytest.mark.parametrize(
    ("text", "cue", "want", "start"),
    [
        # the verb's own preposition after the name
        ('وشدد "الحوشان" على أن الوزارة تدعم الجمعيات.', "شدد", ["الحوشان"], "الوزارة"),
        ("وحذّر «السديس» من آفة المخدرات وترويجها.", "حذّر", ["السديس"], "آفة"),
        # a comma after the name, then a complementiser or «إلى»
        ('وأكد "الحوشان"، أن الأنظمة تتيح الانضمام.', "أكد", ["الحوشان"], "الأنظمة"),
        ('وأشار "ابن ريحان"، إلى أنه سيجري السحب يوميا.', "أشار", ["ابن ريحان"], "أنه"),
        ("وأضاف “آل صالح”، أنه بفضل الله نجح الطلبة.", "أضاف", ["آل صالح"], "أنه"),
    ],
)
def test_quoted_name_then_the_verbs_frame(text: str, cue: str, want: list[str], start: str) -> None:
    assert sources(text)[cue] == want
    assert content(text, cue).startswith(start)


@pytest.mark.parametrize(
    ("text", "cue", "start"),
    [
        # a quote that ends the clause is what was said
        ('وقال الوزير "الأسعار ستنخفض".', "قال", "الأسعار"),
        # a slogan with a preposition inside, then a comma and «إن»: no name's shape
        ('وقال "لا للفساد"، إن الشعب سئم الانتظار.', "قال", "لا للفساد"),
        # a title of a book with a preposition inside: said, not a speaker
        ('وقال "عودة إلى الجذور"، ثم صمت طويلا.', "قال", "عودة إلى الجذور"),
    ],
)
def test_quote_that_is_no_name_stays_the_content(text: str, cue: str, start: str) -> None:
    assert content(text, cue).lstrip('"«“').startswith(start)


def test_quoted_outlet_after_an_according_to_word_is_no_speaker() -> None:
    """«وأضاف بحسب «رويترز»، أن»: the comma and «أن» after the outlet do not make it the speaker of «أضاف»."""
    text = "وقال الوزير إن الأسعار مستقرة. وأضاف بحسب «رويترز»، أن الإنتاج لن ينخفض."
    assert sources(text)["أضاف"] != ["بحسب «رويترز»"]


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # a body's head noun (bodies.txt) in construct with its quoted name, then an adjective, a place or a venue
        ('وأعلنت جامعة "بيرمنغهام" البريطانية أنها عثرت على مخطوطة.', "أعلنت", ['جامعة "بيرمنغهام" البريطانية']),
        ("وأعلن مستشفى «الأمل» في جدة أن المريض غادر.", "أعلن", ["مستشفى «الأمل» في جدة"]),
        ("وقالت حركة «حماس» في بيان إن الوفد سيزور موسكو.", "قالت", ["حركة «حماس»"]),
        # a role noun did so before (the existing path)
        ('وذكرت صحيفة "الغارديان" البريطانية أن الحكومة ستستقيل.', "ذكرت", ['صحيفة "الغارديان" البريطانية']),
    ],
)
def test_body_noun_with_its_quoted_name(text: str, cue: str, want: list[str]) -> None:
    assert sources(text)[cue] == want


def test_body_noun_with_the_article_takes_no_quote_as_its_name() -> None:
    """«الجامعة» is definite: the quote after it is no genitive, and what was said stays the content."""
    text = 'وقالت الجامعة "نحن مستعدون للعام الجديد".'
    assert sources(text)["قالت"] == ["الجامعة"]
    assert "مستعدون" in content(text, "قالت")


@pytest.mark.parametrize(
    "text",
    [
        # a measure and a criterion after an according-to word (not_sources.txt): no one speaks
        "وتراجعت الأجور المعدلة وفقا للتضخم بمعدل سنوي بلغ 2 في المئة.",
        "ونأمل أن يسير أبناؤنا وفق قيم آبائهم العالية.",
        "وتحدد الرسوم بحسب القيم الجديدة التي اعتمدتها الوزارة.",
    ],
)
def test_according_to_a_measure_or_a_criterion_is_no_attribution(text: str) -> None:
    assert arabicnews.analyze(text).attributions == ()


def test_according_to_a_report_on_inflation_still_attributes() -> None:
    """The trap: a document about inflation after «وفقا لـ» still names who reports."""
    text = "وارتفعت الأسعار 3 في المئة، وفقا لتقرير التضخم الصادر عن البنك المركزي."
    assert [a.cue.text for a in arabicnews.analyze(text).attributions] == ["وفقا"]
