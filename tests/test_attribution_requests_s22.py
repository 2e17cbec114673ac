"""«طلب» + a subject + the thing asked with no «من», issue 14 session 22 (attr22e): made-up variants.

The subject written after the verb is the source and the thing asked the content where a definite subject
(«القائدان», «الوزير خالد الفالح») meets an indefinite noun («عدم», «دعما», «زيادة»), which can be neither
its adjective nor its genitive (tuning golds: dev9, dev14, dev18, dev19 and dev4, dev6 take the subject as
source and the thing asked as content); the ones asked as a relative clause after the subject («ممن ...،») are
neither. Traps: a name after a role (the subject's: «الرئيس الأمريكي باراك أوباما»), a definite noun after a
definite subject («الراعي الذهاب»: adjective or object cannot be told), a dropped subject («وطلبت المساعدة»), a
particle that opens a clause («حتى»), a preposition with its pronoun («المجني عليها»). The sentences are the
tests' own, not corpus text."""

from __future__ import annotations

import pytest

import arabicnews


def _asked(text: str) -> list[tuple[str, list[str], str]]:
    doc = arabicnews.analyze(text)
    return [(a.cue.text, [s.text for s in a.sources], a.content.text) for a in doc.attributions if a.cue.lemma == "طلب"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وطلب القائدان عدم نشر اسميهما.", ("طلب", ["القائدان"], "عدم نشر اسميهما")),
        ("طلبت الصين دعما أمريكيا في محاربة المتشددين.", ("طلبت", ["الصين"], "دعما أمريكيا في محاربة المتشددين")),
        ("وطلب النادي رفع العقوبة عن اللاعبين الثلاثة.", ("طلب", ["النادي"], "رفع العقوبة عن اللاعبين الثلاثة")),
        ("وطلب الوزير خالد الفالح زيادة الإنتاج.", ("طلب", ["الوزير خالد الفالح"], "زيادة الإنتاج")),
        ("وطلب الأهالي سرعة التدخل لإصلاح الطريق.", ("طلب", ["الأهالي"], "سرعة التدخل لإصلاح الطريق")),
        (
            "وطلبت الكلية ممن تنطبق عليهم الشروط، زيارة الموقع الإلكتروني للجامعة.",
            ("طلبت", ["الكلية"], "زيارة الموقع الإلكتروني للجامعة"),
        ),
    ],
)
def test_the_subject_asks_and_the_indefinite_noun_is_the_thing_asked(
    text: str, want: tuple[str, list[str], str]
) -> None:
    assert _asked(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "وطلب الرئيس الأمريكي باراك أوباما وقف القتال.",
        "فطلب الراعي الذهاب إلى المحافظة.",
        "وطلبت المساعدة من الجيران.",
        "ولكنها استيقظت وطلبت المساعدة حتى سمع الحارس صرخاتها.",
        "وطلبت المجني عليها إرسال رسالة نصية باسم المشتري.",
        "وقدم المواطن طلب نقل العداد إلى البلدية.",
    ],
)
def test_no_thing_asked_is_told_from_the_subject(text: str) -> None:
    assert _asked(text) == []


def test_a_request_with_whom_it_asks_is_read_as_before() -> None:
    got = _asked("وطلب فرع الوزارة من الجميع المساهمة في حماية العاملين.")
    assert got == [("طلب", ["فرع الوزارة"], "المساهمة في حماية العاملين")]
