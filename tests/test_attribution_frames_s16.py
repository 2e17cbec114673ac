"""The frames of verbs that take their content after «بـ», past an adjunct closed by a comma (issue 14,
session 16, attr16a).

Made-up variants, written before the change: a verb whose content is a «بـ» phrase («طالب», «تعهد»,
«اعترف», «أشاد», «اتهم») may have an adjunct between its subject (or addressee) and that phrase: a venue, a
time or place phrase, a relative clause on its subject. Where a comma closes that adjunct, the «بـ» word
after the comma cannot belong to it («على المدينة بكاملها» has none), so it opens the verb's content. Traps:
a «بـ» word that opens an adjunct of its own (`ba_adjuncts.txt`: «، بحضور المحافظ», «، بالتعاون مع»,
«، بحيث»), and «، وبـ», which joins one more phrase to the one before.
"""

from __future__ import annotations

import pytest

import arabicnews


def readings(text: str) -> list[tuple[str, str]]:
    return [(a.cue.text.split()[0], a.content.text if a.content else "") for a in arabicnews.analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("وتعهدت الحكومة عقب استعادة القاعدة من المتمردين، بتوسيع العمليات.", "تعهدت", "توسيع العمليات"),
        ("وطالب الداعية الذي تحدث إلى الحضور في الملتقى، بوقوف عربي.", "طالب", "وقوف عربي"),
        ("واعترف المتهم أمام المحكمة، بسرقة المحل.", "اعترف", "سرقة المحل"),
        ("وأشاد الوزير في مؤتمر صحفي مع نظيره، بالاجتماع الذي عقد أمس.", "أشاد", "الاجتماع الذي عقد أمس"),
        ("واتهمت وسائل إعلام الحزب وهو حزب معارض، بمحاولة استغلال الهجوم.", "اتهمت", "محاولة استغلال الهجوم"),
        # past an adjunct of its own, the next «بـ» word after a comma is the content
        ("وأشاد الوزير خلال الاجتماع، بحضور المحافظ، بجهود رجال الأمن.", "أشاد", "جهود رجال الأمن"),
    ],
)
def test_ba_content_after_a_closed_adjunct(text: str, cue: str, content: str) -> None:
    assert (cue, content) in [(c[: len(cue)], t) for c, t in readings(text)]


@pytest.mark.parametrize(
    "text",
    [
        # the «بـ» word after the comma opens an adjunct of its own: no content
        "وأشاد الوزير خلال الاجتماع، بحضور المحافظ.",
        "وطالب سكان في المدينة، بالتعاون مع البلدية.",
        "وكانت الوزارة مطالبة في الفترة المقبلة بمزيد من الجولات، بحيث تتمكن من المراقبة.",
        # «، وبـ» joins a phrase to the one before
        "شكر خلالها جميع الحضور مهنئاً ومباركاً لهم المناسبة العزيزة على قلوبنا، وبمساعدة نائبه تم تكريم النادي.",
        # no comma: past a place phrase the «بـ» still belongs to it, as before
        "وطالب سكان في المدينة بكاملها.",
    ],
)
def test_ba_adjunct_after_a_comma_is_no_content(text: str) -> None:
    assert not any(t.startswith(("حضور", "تعاون", "حيث", "مساعدة", "كامل")) for _, t in readings(text))
