"""A time word between a verb's subject and the «بـ» of its content (issue 14, session 15, attr15f).

Made-up variants, written before the change: a verb that takes its content after «بـ» written on the
word («طالب الوزير بتوظيف المواطنين») keeps that «بـ» past a time word of `times.txt` right after the
subject («طالب الوزير أمس بتوظيف», «يوم الاثنين», «اليوم»): a time adverb governs no «بـ», unlike a
place or a venue phrase («على المدينة بكاملها»), after which the «بـ» still belongs to that phrase.
The «لـ» trap («وجهت لرئيس الوزراء انتقادات ... إثر إدلائه أمس بتصريحات») was added after the snapshot
showed it.
"""

from __future__ import annotations

import pytest

import arabicnews


def readings(text: str) -> list[tuple[str, str]]:
    return [(a.cue.text.split()[0], a.content.text if a.content else "") for a in arabicnews.analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("وطالب الوزير أمس بتوظيف المواطنين في الشركات.", "طالب", "توظيف المواطنين في الشركات"),
        ("وطالب الوزير يوم الاثنين بتوظيف المواطنين في الشركات.", "طالب", "توظيف المواطنين في الشركات"),
        ("وندد الوزير اليوم بالهجوم على السفارة.", "ندد", "الهجوم على السفارة"),
        ("وتعهدت الحكومة أمس بتوسيع العمليات العسكرية.", "تعهد", "توسيع العمليات العسكرية"),
        ("واعترف المتهم الأحد بسرقة المحل.", "اعترف", "سرقة المحل"),
    ],
)
def test_ba_content_after_a_time_word(text: str, cue: str, content: str) -> None:
    assert (cue, content) in [(c[: len(cue)], t) for c, t in readings(text)]


@pytest.mark.parametrize(
    "text",
    [
        # past a place phrase the «بـ» still belongs to it, as before
        "وطالب سكان في المدينة بكاملها.",
        "وأشاد الوزير على المستوى المحلي بكامله.",
        # a «لـ» phrase before the time word: the «بـ» is the verbal noun's («إدلائه ... بتصريحات»)
        "وجهت لرئيس الوزراء انتقادات شديدة إثر إدلائه أمس بتصريحات مثيرة للجدل.",
    ],
)
def test_ba_after_a_place_phrase_is_no_content(text: str) -> None:
    assert not any(t.startswith(("كامل", "تصريحات")) for _, t in readings(text))
