"""Quoted names read as what was said, issue 14 session 26 (attr26d).

1. A short name-shaped quote after the cue that the verb's own marker still follows later in its sentence, past
   the words that go on naming or placing the subject, is a name: the content follows the marker («وقالت «أجوكو»،
   وهي شركة نفطية، إن ...», «وتقول «ICG»، وهي منظمة ...، إنه», «وأكد «تريفور هايل»، مدير ...، "لا داعي ..."»).
   The verb's «بـ» may be written on its noun («"أسامة زيتوني"؛ بتسبب»). Traps: a cue or a word that ends a content
   after a comma before the marker, «وصف», a quote after the verb's preposition or «بـ», an «أن» with no comma before
   it («، ومن الممكن أن»), «بالرغم».
2. A short quoted name before the verb is no quote of what was said where it sits inside the fronted words past a
   comma («وفي رد على سؤال لـ"الرياض"، نفى ...») or opens a headline right before the verb («"السوبر" كشف ...»).
   Trap: a quote that opens its sentence and a comma, then the verb (««الأسعار ستنخفض»، قال مسؤول»).
The sentences are the tests' own (docs/history/attribution.md, "attr26d").
"""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import NLP


def readings(text: str, cue: str) -> list[tuple[str, list[str], str]]:
    """The kind, the sources' texts and the content of each attribution whose cue is ``cue``."""
    doc = NLP(text)
    doc.validate()
    return [(a.kind, [s.text for s in a.sources], a.content.text) for a in doc.attributions if a.cue.text == cue]


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        (
            "وقالت «أجوكو»، وهي شركة نفطية، إن إنتاجها يبلغ 220 ألف برميل يوميا.",
            "قالت",
            ("indirect", ["أجوكو"], "إنتاجها يبلغ 220 ألف برميل يوميا"),
        ),
        (
            'وقالت نشرة "أوتشا"، الأسبوعية الصادرة أمس، إنه جرى تسيير بعثة إلى القرية.',
            "قالت",
            ("indirect", ['نشرة "أوتشا"'], "إنه جرى تسيير بعثة إلى القرية"),
        ),
        (
            'واعترف الناطق الإعلامي للأمانة "أسامة زيتوني"؛ بتسبب إحدى الشركات في الحفريات.',
            "اعترف",
            ("indirect", ['الناطق الإعلامي للأمانة "أسامة زيتوني"'], "تسبب إحدى الشركات في الحفريات"),
        ),
        (
            'وطالب "خالد المنصور"، بالرغم من الظروف، بتحسين الخدمات.',
            "طالب",
            ("indirect", ["خالد المنصور"], "تحسين الخدمات"),
        ),
        (
            'وأكد "تريفور هايل"، مدير الشؤون الإعلامية في الشركة، "لا داعي لأن نغير أسلوب القيادة بشكل جذري".',
            "أكد",
            ("direct", ["تريفور هايل"], "لا داعي لأن نغير أسلوب القيادة بشكل جذري"),
        ),
    ],
)
def test_a_short_quoted_name_before_the_verbs_own_marker_is_no_content(
    text: str, cue: str, want: tuple[str, list[str], str]
) -> None:
    assert readings(text, cue) == [want]


@pytest.mark.parametrize(
    ("text", "cue", "not_content"),
    [
        ("وقال الوزير «الأسعار ستنخفض»، في حين أن الطلب تراجع.", "قال", "الطلب تراجع"),
        ("وقال الوزير «الأسعار ستنخفض»، مشيرا إلى أن الطلب تراجع.", "قال", "الطلب تراجع"),
        ("وأعلن ولاءه لتنظيم «القاعدة»، ومن الممكن أن يكون من قادته.", "أعلن", "يكون من قادته"),
        ('وطالب "خالد المنصور"، بالرغم من الظروف، بتحسين الخدمات.', "طالب", "الرغم من الظروف، بتحسين الخدمات"),
    ],
)
def test_no_marker_of_the_verb_past_the_quote(text: str, cue: str, not_content: str) -> None:
    assert all(content != not_content for _, _, content in readings(text, cue))


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        (
            'وفي رد على سؤال لـ"الرياض"، نفى الدكتور الغفيص اتخاذ أي إجراءات في شأن تعليق الدراسة.',
            "نفى",
            [("indirect", ["الدكتور الغفيص"], "اتخاذ أي إجراءات في شأن تعليق الدراسة")],
        ),
        ('"السوبر" كشف كل شيء في الاتحاد.', "كشف", []),
        ("«الأسعار ستنخفض»، قال مسؤول في الوزارة.", "قال", [("direct", ["مسؤول في الوزارة"], "الأسعار ستنخفض")]),
    ],
)
def test_a_short_quoted_name_before_the_verb_is_no_quote_of_it(
    text: str, cue: str, want: list[tuple[str, list[str], str]]
) -> None:
    assert readings(text, cue) == want
