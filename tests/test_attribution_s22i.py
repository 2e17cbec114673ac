"""The subject/object split of a noun-phrase reading mended from the grammar. Issue 14, session 22
(attr22i).

With no complementiser after the verb, the readings rule «a verb takes its subject and a noun phrase as
content» takes the noun phrase after the verb as its subject (`Phrases.np_end`) and the rest as the
content. Over the twenty tuning sets it was right 29 times and wrong 58 (attr22d's audit); most often
the subject was cut short and its rest run into the content, or the object was taken as the subject
(docs/history/attribution.md, "attr22i"). Mended here: a family name with the article ends a name
(«سعد بن جميل القرشي»); «لـ» + a body noun and a role noun after a name head are in construct with their
definite genitive («الأمانة العامة لهيئة كبار العلماء», «دول مجلس التعاون», «عضو فريق العمل»), and a
definite noun after that genitive is the object; an honorific with a pronoun takes no genitive
(«معاليه»); a role's apposition after a name, or a seat with «بـ», closed by a comma before the content
stays in the subject; a verb with a plural or dual ending, or a possessed noun before a preposition right
after the verb, means the subject is in the verb or dropped, and the noun phrase is the content.

Traps: an object after a name, an outlet after a person (the audience), a comma after the content, a
partitive after a plural verb, a possessed noun with a noun after it. The sentences are the tests' own.
"""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content, sources


@pytest.mark.parametrize(
    ("text", "cue", "want_sources", "want_content"),
    [
        ("وانتقد سعد بن جميل القرشي سياسة تحديد الأسعار.", "انتقد", ["سعد بن جميل القرشي"], "سياسة تحديد الأسعار"),
        ("ووصف عبدالله الأحمري، هذا العمل بالجبان.", "وصف", ["عبدالله الأحمري"], "هذا العمل بالجبان"),
        ("وأكد أحمد العلي أهمية الحدث.", "أكد", ["أحمد العلي"], "أهمية الحدث"),
        (
            "وأدانت الأمانة العامة لهيئة كبار العلماء العمل الإجرامي.",
            "أدانت",
            ["الأمانة العامة لهيئة كبار العلماء"],
            "العمل الإجرامي",
        ),
        (
            "وأدانت دول مجلس التعاون لدول الخليج العربية بشدة حادث التفجير.",
            "أدانت",
            ["دول مجلس التعاون لدول الخليج العربية"],
            "حادث التفجير",
        ),
        ("وأكد عبدالله بترجي عضو فريق العمل أهمية المشروع.", "أكد", ["عبدالله بترجي عضو فريق العمل"], "أهمية المشروع"),
        (
            "وأكد معاليه تصميم دول المجلس على محاربة الإرهاب.",
            "أكد",
            ["معاليه"],
            "تصميم دول المجلس على محاربة الإرهاب",
        ),
        (
            "ونفى الدكتور أشرف تادرس رئيس قسم الفلك بالمعهد القومي، وجود علاقة بين الحرارة والعاصفة.",
            "نفى",
            ["الدكتور أشرف تادرس رئيس قسم الفلك بالمعهد القومي"],
            "وجود علاقة بين الحرارة والعاصفة",
        ),
        (
            "وأكد المدير العام للتعليم بالمنطقة، أهمية العناية بالبيئة الصفية.",
            "أكد",
            ["المدير العام للتعليم بالمنطقة"],
            "أهمية العناية بالبيئة الصفية",
        ),
    ],
)
def test_the_subject_runs_to_its_end(text: str, cue: str, want_sources: list[str], want_content: str) -> None:
    assert sources(text)[cue] == want_sources
    assert content(text, cue) == want_content


@pytest.mark.parametrize(
    ("text", "cue", "want_content"),
    [
        ("وأكدا ضرورة اتخاذ الإجراءات اللازمة.", "أكدا", "ضرورة اتخاذ الإجراءات اللازمة"),
        ("وأنكروا علاقتهم بهذا الشخص.", "أنكروا", "علاقتهم بهذا الشخص"),
        ("وأكد عزمهم على التركيز.", "أكد", "عزمهم على التركيز"),
    ],
)
def test_the_subject_in_the_verb_or_dropped(text: str, cue: str, want_content: str) -> None:
    assert sources(text)[cue] == []
    assert content(text, cue) == want_content


@pytest.mark.parametrize(
    ("text", "cue", "want_sources", "want_content"),
    [
        # a name, then an object that is no family name
        ("وأكد محمد الحاجة إلى حل سياسي.", "أكد", ["محمد"], "الحاجة إلى حل سياسي"),
        # a comma after the content: the content stays
        ("وأكد الوزير أهمية الحدث، خاصة في ظل الظروف.", "أكد", ["الوزير"], "أهمية الحدث، خاصة في ظل الظروف"),
        # a partitive after a plural verb is its subject
        ("وعزوا بعض التجار ارتفاع السعر إلى المصنعية.", "عزوا", ["بعض التجار"], "ارتفاع السعر إلى المصنعية"),
        # a possessed noun with a noun after it stays the subject
        ("وأكدت والدته براءته من التهمة.", "أكدت", ["والدته"], "براءته من التهمة"),
    ],
)
def test_traps(text: str, cue: str, want_sources: list[str], want_content: str) -> None:
    assert sources(text)[cue] == want_sources
    assert content(text, cue) == want_content


def test_an_outlet_after_a_person_is_not_in_construct() -> None:
    # «لوكالة أنباء الشرق»: the audience, not a body's genitive
    text = "وأكد الوزير لوكالة أنباء الشرق الأوسط أهمية الحدث."
    assert sources(text)["أكد"] == ["الوزير"]
