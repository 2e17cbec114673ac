"""A time phrase after the subject ends the source; a verb that takes no object has no one called on before
its preposition. Issue 14, session 22 (attr22a).

A noun of time with its adjective («الأسبوع الماضي», «الشهر الماضي», «العام المقبل») is an adverb of
time: it says when the words were said, never who said them, so no source's noun phrase takes it in.
The rules knew it right after the verb (the sources rule «a time right after the verb is not its
subject»: «وجه العام الماضي أمير المنطقة بـ»); after the subject the source ran on through it
(«وقال ماس الأسبوع الماضي إنه» → «ماس الأسبوع الماضي»: dev20, docs/history/attribution.md, "attr22a").

A verb whose preposition follows its subject directly («أشاد الوزير بـ», «اعترف المتهم بـ», «رحبت الحكومة
بـ», «شدد على», «أشار إلى») takes no object, so no noun phrase before the preposition is one called on: the
sources rule «the addressee of a call is not its source» split such a subject after a title or a role
(«أشاد المهاجم | سلمان المؤشر بـ»: dev7; «رحبت الحكومة الألمانية بـ» lost its source: dev12). Calls,
accusations and directives («دعا الوزير المواطنين إلى», «اتهم الحزب انقرة بـ») keep their addressee.

Traps: a time right after the verb (the older rule, unchanged), a time inside the content, a role
whose words are no time phrase («مدير عام الشركة»), a single time word of stops.txt («أمس»). The
sentences are the tests' own.
"""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content, sources


@pytest.mark.parametrize(
    ("text", "cue", "want_sources", "want_content"),
    [
        ("وقال ماس الأسبوع الماضي إنه يشك في نية الصحفيين.", "قال", ["ماس"], "إنه يشك في نية الصحفيين"),
        ("وقال الوزير الشهر الماضي إن الأسعار ستنخفض.", "قال", ["الوزير"], "الأسعار ستنخفض"),
        (
            "وقال متحدث باسم المستشفى الأسبوع الماضي إن حالة المريض مستقرة.",
            "قال",
            ["متحدث باسم المستشفى"],
            "حالة المريض مستقرة",
        ),
        # a venue after the time: the source still ends at the time
        ("وقال سوري الشهر الماضي في مقابلة إن الشركة ستعود.", "قال", ["سوري"], "الشركة ستعود"),
        ("وأكد رئيس النادي العام الماضي أن الفريق سيعود.", "أكد", ["رئيس النادي"], "الفريق سيعود"),
    ],
)
def test_a_time_phrase_after_the_subject_ends_the_source(
    text: str, cue: str, want_sources: list[str], want_content: str
) -> None:
    assert sources(text)[cue] == want_sources
    assert content(text, cue) == want_content


@pytest.mark.parametrize(
    ("text", "cue", "want_sources"),
    [
        # right after the verb: the older rule, the subject after the time
        ("وقال الأسبوع الماضي وزير المالية إن العجز تراجع.", "قال", ["وزير المالية"]),
        # a role with «عام» that is no time phrase
        ("وقال مدير عام الشركة إن الأرباح ارتفعت.", "قال", ["مدير عام الشركة"]),
        # a single time word of stops.txt, as before
        ("وقال الوزير أمس إن الأسعار ستنخفض.", "قال", ["الوزير"]),
    ],
)
def test_other_times_and_roles_are_read_as_before(text: str, cue: str, want_sources: list[str]) -> None:
    assert sources(text)[cue] == want_sources


def test_a_time_phrase_inside_the_content_stays_there() -> None:
    text = "وقال الوزير إن الأسعار ستنخفض الشهر المقبل."
    assert sources(text)["قال"] == ["الوزير"]
    assert content(text, "قال") == "الأسعار ستنخفض الشهر المقبل"


@pytest.mark.parametrize(
    ("text", "cue", "want_sources"),
    [
        ("ومن جانبه، أشاد المهاجم سلمان المؤشر بالأجواء التي غلفت معسكر فريقه.", "أشاد", ["المهاجم سلمان المؤشر"]),
        ("واعترف المتهم الرئيسي عبدالرحمن العلي بالتنسيق مع منفذ الهجوم.", "اعترف", ["المتهم الرئيسي عبدالرحمن العلي"]),
        ("ورحبت الحكومة الألمانية بقرار البرلمان تشكيل المحكمة.", "رحبت", ["الحكومة الألمانية"]),
        ("ومن جانبه، شدد المدرب عبدالله فوال على ضرورة اللعب مع فرق قوية.", "شدد", ["المدرب عبدالله فوال"]),
    ],
)
def test_a_verb_with_no_object_keeps_its_whole_subject(text: str, cue: str, want_sources: list[str]) -> None:
    assert sources(text)[cue] == want_sources


@pytest.mark.parametrize(
    ("text", "cue", "want_sources"),
    [
        # a call, an accusation: the second noun phrase is the one called on or accused
        ("ودعا الوزير المواطنين إلى الابتعاد عن مجاري السيول.", "دعا", ["الوزير"]),
        ("واتهم الحزب الكردي انقرة بقصف القرى.", "اتهم", ["الحزب الكردي"]),
    ],
)
def test_calls_and_accusations_keep_their_addressee_out(text: str, cue: str, want_sources: list[str]) -> None:
    assert sources(text)[cue] == want_sources
