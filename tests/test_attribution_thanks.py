"""Thanks, condolences and congratulations as reports (issue 14, session 12, attr14q).

The guideline counts thanking, congratulating and condoling as reports with the thanks as content
(docs/attribution.md, "Decisions added for the larger set"): a verb of giving («قدّم», «تقدّم بـ»,
«رفع», «مقدّما», «رافعين») before a noun of thanks.txt is the cue, the words between are the source,
and the content starts at the noun (or at a superlative before it). Without such a noun the verb is
no cue at all.
"""

from __future__ import annotations

import pytest

import arabicnews
from arabicnews.model.attribution import Attribution


def found(text: str) -> list[Attribution]:
    return list(arabicnews.analyze(text).attributions)


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "وقدم معاليه شكره وتقديره لمقام خادم الحرمين الشريفين.",
            "قدم",
            "معاليه",
            "شكره وتقديره لمقام خادم الحرمين الشريفين",
        ),
        (
            "وتقدم المعيويد بالشكر للملحقية الثقافية على دعمها للأندية.",
            "تقدم",
            "المعيويد",
            "الشكر للملحقية الثقافية على دعمها للأندية",
        ),
        ("ورفع الأمير أحر التعازي لأسر الشهداء.", "رفع", "الأمير", "أحر التعازي لأسر الشهداء"),
        ("وقد رفع مدير الجامعة أسمى آيات الشكر لمعالي الوزير.", "رفع", "مدير الجامعة", "أسمى آيات الشكر لمعالي الوزير"),
        ("وقدّم مدير الجوازات، من جهته، شكره لمنسوبي الجوازات.", "قدّم", "مدير الجوازات", "شكره لمنسوبي الجوازات"),
        (
            "وأثنى الوزير على ما حققه برنامج الابتعاث من خطوات.",
            "أثنى",
            "الوزير",
            "ما حققه برنامج الابتعاث من خطوات",
        ),
    ],
)
def test_thanks_reported(text: str, cue: str, source: str, content: str) -> None:
    atts = found(text)
    assert len(atts) == 1
    att = atts[0]
    assert att.cue.text == cue
    assert [s.text for s in att.sources] == [source]
    assert att.content.text == content


def test_participle_after_a_report() -> None:
    text = "وأكد المدرب أن الفريق جاهز، مقدما شكره لإدارة النادي على دعمها."
    atts = found(text)
    assert [a.cue.text for a in atts] == ["أكد", "مقدما"]
    assert atts[0].content.text == "الفريق جاهز"
    assert atts[1].content.text == "شكره لإدارة النادي على دعمها"


@pytest.mark.parametrize(
    "text",
    [
        "وقدم الأمير متعب واجب العزاء لأسرة الشهيد.",  # a visit: «العزاء» is no thanks noun
        "ويتقبل العزاء في منزل والده بالرياض.",
        "وقدم الفريق عرضا قويا في المباراة.",
        "ورفع التاجر الأسعار في السوق.",
        "وحصل الفائز على جوائز مالية مقدمة من الاتحاد.",
        "وقال اللاعب: «شكرا لكل الجماهير».",  # «شكرا» inside the quote is an interjection
    ],
)
def test_no_thanks_no_giving_cue(text: str) -> None:
    assert all(a.cue.lemma not in ("قدم", "تقدم", "رفع", "مقدما") for a in found(text))


def test_unthanked_giving_ends_no_content() -> None:
    # «مقدمة» "presented" inside the content is no cue, so the content runs on past it.
    text = "وكشفت مصادر أنه لا توجد جوائز مالية مقدمة من الاتحاد لبطل الكأس."
    atts = found(text)
    assert len(atts) == 1
    assert atts[0].content.text.endswith("مقدمة من الاتحاد لبطل الكأس")


def test_no_pronoun_form_of_giving_after_ala_ma() -> None:
    # «على ما رفعه معالي الرئيس»: what the president submitted, not an according-to phrase.
    text = "وصدر القرار بعد الاطلاع على ما رفعه معالي رئيس الهيئة."
    assert found(text) == []
