"""Cues, content scope and negatives added in issue 14, session 10 (attr14i).

Each case is a made-up sentence in the style of the dev errors it stands for; the rule tables'
own examples and traps are checked by ``test_attribution_rules.py``.
"""

from __future__ import annotations

import pytest

import arabicnews
from arabicnews.model.attribution import Attribution


def attributions(text: str) -> list[Attribution]:
    return list(arabicnews.analyze(text).attributions)


def found(text: str) -> list[tuple[str, list[str], str]]:
    return [(text[a.cue.start : a.cue.end], [s.text for s in a.sources], a.content.text) for a in attributions(text)]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("وطلب فرع الوزارة من الجميع المساهمة في حماية العاملين.", "طلب", "المساهمة في حماية العاملين"),
        ("وشرح هاموند أن القضية النووية ما زالت معلقة.", "شرح", "القضية النووية ما زالت معلقة"),
        ("واشترط المصنع أن تكون التمور نظيفة.", "اشترط", "تكون التمور نظيفة"),
        ("وتعهدت الحكومة بتوسيع نطاق العمليات.", "تعهدت", "توسيع نطاق العمليات"),
        ("ويتوقع المتابعون انحصار المنافسة بين الفريقين.", "يتوقع", "انحصار المنافسة بين الفريقين"),
    ],
)
def test_new_cues_report(text: str, cue: str, content: str) -> None:
    got = found(text)
    assert any(c == cue and body == content for c, _, body in got), got


def test_asked_needs_its_addressee_for_a_noun_phrase() -> None:
    # with no «من» after a subject, what is asked for cannot be told from who asks
    assert not any(c == "طلبت" for c, _, _ in found("ولكنها في المساء استيقظت وطلبت المساعدة حتى سمع الحارس صرخاتها."))


def test_asking_to_withhold_a_name_leaves_the_source_whole() -> None:
    got = found("وقال مسؤول كبير في الإدارة وطلب عدم نشر اسمه إن الهدف هو الأمن.")
    assert [(c, s) for c, s, _ in got] == [("قال", ["مسؤول كبير في الإدارة وطلب عدم نشر اسمه"])], got


def test_a_request_told_inside_a_report_does_not_end_it() -> None:
    text = "وأكد الشمري أنه لم يصدق عرض الراعي فطلب الراعي الذهاب إلى المحافظة."
    got = found(text)
    assert ("أكد", ["الشمري"], "أنه لم يصدق عرض الراعي فطلب الراعي الذهاب إلى المحافظة") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "وتم الانتهاء بقبول نهائي لـ1500 طالب بعد قبولهم.",  # «طالب» student after a number
        "وقدم المواطن طلب الالتحاق بالجامعة أمس.",  # «طلب» request after a verb and its subject
        "وأوضح المخرج امين طالب أن المسرحيات تهدف إلى الترفيه.",  # a name word, not «طالب»
    ],
)
def test_noun_homographs_are_no_cue(text: str) -> None:
    assert not any(c in ("طالب", "طلب") for c, _, _ in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "وفي حال وجود خبرة في طبيعة العمل فيلزم إثباتها حسب المتبع نظاما.",
        "وقد تم تبويبها وفق الأساليب الصحافية المهنية.",
        "والأسماء الثلاثة بارزة وناجحة حسب تقييم الجماهير.",
        'لأنه وبحسب أنظمة "الفيفا" يحظر على أي اتحاد موقوف التواصل مع غيره.',
        "وأكد أن الأسعار تحدد وفقاً للائحة الهيئة والاشتراطات.",
        "وتشير التكهنات إلى أن الفريق المضيف تلقى تعليمات.",
        'وكانت "شل" أعلنت انخفاض صافي ربح الربع الأول.',
        "غير أن مصادر كشفت عن مطالبة عدة دول بتأجيل الاجتماع.",
    ],
)
def test_negatives(text: str) -> None:
    cues = [c for c, _, _ in found(text)]
    assert not any(c in ("حسب", "وفق", "بحسب", "وفقاً", "تشير", "أعلنت", "مطالبة") for c in cues), found(text)


def test_an_outlet_with_a_quoted_name_is_still_a_source() -> None:
    got = found("ووفقا لموقع “توتال سبورتيك”، فقد فرضت الصفقة نفسها بقوة.")
    assert any(c == "ووفقا" or c.endswith("وفقا") or c.startswith("وفقا") for c, _, _ in got), got


def test_saying_without_marks_is_a_direct_quote() -> None:
    text = "وأكد المدرب أهمية المباراة، قائلاً لا نلعب على النتائج، بل نلعب من أجل الفوز."
    got = [a for a in attributions(text) if a.cue.text.startswith("قائل")]
    assert got and got[0].kind == "direct"
    assert got[0].content.text == "لا نلعب على النتائج، بل نلعب من أجل الفوز"
