"""Session 24 (issue 14, attr24d): a cause or purpose «بـ», and «أبلغ» with the one it tells.

A bare «بـ» + a noun of `ba_causes.txt` («بسبب», «بدعوى», «بغرض», «بهدف», «بحجة») opens no «بـ» content
of the verb before it («وتهدد حتى وجوده بسبب حدوده»: nothing is threatened in words); with the article
the noun may be content («أشاد المدرب بالهدف الثاني»). «أبلغ/أخبر» keep the one told out of the source: a
short quoted name right after the verb («أبلغ "الوطن" مصدر مطلع أن»), an outlet noun or a quoted outlet
after the subject («وأبلغ مصدر قضائي الصحيفة أن»), a noun with a possessive pronoun after the subject
(«وأبلغ الوزير نظيره بـ»). «أبلغ» takes its «بـ»/«عن» content («أبلغ نظيره الإيراني باستحالة», «أبلغت
مصادر رسمية عن عمليات فرار»), but no bare noun phrase («ثم أبلغ الشرطة.»), no «بـ» past a comma
(«وأبلغهم، وكل هذا ... بما») and no means «بالهاتف». Counts and readings on 2015-08-06 / 08-10:
docs/history/attribution.md, "attr24d". The sentences are the tests' own.
"""

from __future__ import annotations

import pytest

import arabicnews


def _found(text: str) -> list[tuple[str, list[str], str]]:
    doc = arabicnews.analyze(text)
    return [(a.cue.text, [s.text for s in a.sources], a.content.text) for a in doc.attributions]


@pytest.mark.parametrize(
    "text",
    [
        "وتهدد الأزمة حتى وجود الدولة بسبب حدودها مع دولتين منهارتين.",
        "وحضر الابن حاملا سلاحا وهدده به، فاستدرجه الأب بحجة توصيله إلى المزرعة.",
        "وطالب الأهالي بهدف حماية أبنائهم بإغلاق المحل.",
        "وهدد المتظاهرون بدعوى الظلم بالاعتصام أمام الوزارة.",
    ],
)
def test_cause_or_purpose_ba_opens_no_content(text: str) -> None:
    assert not [f for f in _found(text) if f[2].startswith(("سبب", "حجة", "هدف", "دعوى", "ب"))]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وأشاد المدرب بالهدف الثاني للفريق.", ("أشاد", ["المدرب"], "الهدف الثاني للفريق")),
        ("وهدد الرئيس بفرض عقوبات على الشركات.", ("هدد", ["الرئيس"], "فرض عقوبات على الشركات")),
        ("وطالب الأهالي بحماية أبنائهم من الحوادث.", ("طالب", [], "حماية أبنائهم من الحوادث")),
    ],
)
def test_other_ba_contents_stay(text: str, want: tuple[str, list[str], str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'وأبلغ "الوطن" مصدر مطلع على التحقيقات أن الإمام لم يحصل على موافقة الفرع.',
            ("أبلغ", ["مصدر مطلع"], "الإمام لم يحصل على موافقة الفرع"),
        ),
        (
            'أبلغ "الاقتصادية" مسؤول في وزارة العدل أن الوزارة ستطبق نظام البصمة.',
            ("أبلغ", ["مسؤول في وزارة العدل"], "الوزارة ستطبق نظام البصمة"),
        ),
        (
            "وأبلغ مصدر قضائي الصحيفة أن أغلب أسباب العضل مادية.",
            ("أبلغ", ["مصدر قضائي"], "أغلب أسباب العضل مادية"),
        ),
        (
            'وأبلغ الوزير "الوطن" أن الإمام لم يحصل على موافقة الفرع.',
            ("أبلغ", ["الوزير"], "الإمام لم يحصل على موافقة الفرع"),
        ),
        (
            "وأبلغ أوباما نظيره الروسي أن الحل العسكري مستحيل.",
            ("أبلغ", ["أوباما"], "الحل العسكري مستحيل"),
        ),
    ],
)
def test_the_one_told_is_no_source(text: str, want: tuple[str, list[str], str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a noun in construct takes the outlet or the possessed noun as its genitive
        ('وأبلغ رئيس تحرير "الوطن" الموظفين أن الصحيفة ستغلق.', "رئيس تحرير"),
        ("وأبلغ رئيس وزرائها الوفد أن الحل العسكري مستحيل.", "رئيس وزرائها"),
        # a quoted kunya after a role is the subject's own name
        ('وأبلغ القيادي "أبو أحمد" أن الإمام لم يحصل على موافقة.', 'القيادي "أبو أحمد"'),
        # a verb that tells no one: the outlet is where one spoke
        ("وقال مصدر قضائي في الصحيفة إن أغلب الأسباب مادية.", "مصدر قضائي في الصحيفة"),
    ],
)
def test_the_one_told_traps(text: str, source: str) -> None:
    found = _found(text)
    assert found and found[0][1] and found[0][1][0].startswith(source)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "فإن الرئيس أردوغان أبلغ نظيره الإيراني باستحالة إحلال الأمن في سوريا.",
            ("أبلغ", ["الرئيس أردوغان"], "استحالة إحلال الأمن في سوريا"),
        ),
        (
            "وأبلغت مصادر رسمية عن عمليات فرار جماعي في عدة مناطق.",
            ("أبلغت", ["مصادر رسمية"], "عمليات فرار جماعي في عدة مناطق"),
        ),
        ("وأبلغ الوزير نظيره باستحالة الحل العسكري.", ("أبلغ", ["الوزير"], "استحالة الحل العسكري")),
        (
            "لكنه أبلغ مؤتمرا بالهاتف مع الصحفيين أنه من المتوقع أن تزيد الوفورات.",
            ("أبلغ", [], "أنه من المتوقع أن تزيد الوفورات"),
        ),
    ],
)
def test_informing_with_ba_or_an_content(text: str, want: tuple[str, list[str], str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "وانتظر حتى هرب المتهم ثم أبلغ الشرطة.",
        "وأبلغت الشركة الجهات المختصة والشركات الشقيقة.",
        "ولبيد من أبرز الشعراء وأبلغهم، وكل هذا يعكس حجم العمل بما يتضمنه من أحداث.",
    ],
)
def test_informing_without_its_content_is_no_report(text: str) -> None:
    assert not [f for f in _found(text) if f[0].startswith(("أبلغ", "وأبلغ"))]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("وأبلغ ذووها الجهات الأمنية باختفائها.", ["ذووها"]),
        ("وأبلغ سموه الحضور أن المشروع سيبدأ العام المقبل.", ["سموه"]),
        # an elative or a nisba after the possessed noun is its adjective
        ("وأبلغ ابنه الأكبر الشرطة عن اختفاء السيارة.", ["ابنه الأكبر"]),
    ],
)
def test_a_definite_word_after_a_possessed_subject(text: str, source: list[str]) -> None:
    found = [f for f in _found(text) if f[0] == "أبلغ"]
    assert found and (found[0][1] == source or found[0][1][0].startswith(source[0] + " "))


def test_ban_is_no_ba_content() -> None:
    # «بان» that is no «بأن» clause is the name Ban: the «أن» after the one told is the content
    found = _found("والاتحاد الأوروبي أبلغت بان كي مون الأمين العام للأمم المتحدة، أنها تعتزم وضع آلية.")
    assert [f for f in found if f[0] == "أبلغت" and f[2].startswith("أنها تعتزم")]
