"""The frames of «أبلغ/أخبر» and «أبدى»: the one told and the feeling are no source (issue 14, session 13, attr14y).

The guideline keeps an addressee out of the source. «أبلغ/أخبر» take the one told as a direct object:
a pronoun on the verb («أبلغه»), or the first noun phrase after it (with the subject before the verb or
dropped), or the second one (with the subject right after the verb). «أبدى» takes the feeling it
expresses as its object («أبدوا سعادة كبيرة»): the noun is content, not a subject. Made-up variants.
"""

from __future__ import annotations

import pytest

import arabicnews
from arabicnews.model.attribution import Attribution


def at(text: str, cue: str) -> Attribution:
    found = [a for a in arabicnews.analyze(text).attributions if a.cue.text == cue]
    assert len(found) == 1, [a.cue.text for a in arabicnews.analyze(text).attributions]
    return found[0]


def sources(text: str, cue: str) -> list[str]:
    return [s.text for s in at(text, cue).sources]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # VSO: the subject, then the one told
        ("وأبلغ الوزير الصحفيين أن الاجتماع تأجل.", "أبلغ", ["الوزير"]),
        ("وأخبر الرئيس الصحفيين أن الحكومة ستستقيل.", "أخبر", ["الرئيس"]),
        ("وأبلغت المحكمة المتهمين بأن الجلسة تأجلت.", "أبلغت", ["المحكمة"]),
        (
            "وأبلغ وزير الدفاع الأمريكي اشتون كارتر رئيس الوزراء العراقي أن بلاده ستواصل الدعم.",
            "أبلغ",
            ["وزير الدفاع الأمريكي اشتون كارتر"],
        ),
        # SVO: the subject before the verb; the one noun phrase after it is the one told
        ("وقال مسؤول إن بوتين أبلغ نتنياهو بأن روسيا لن تتدخل.", "أبلغ", ["بوتين"]),
        ("الوزير أبلغ السفير بأن الاتفاق انتهى.", "أبلغ", ["الوزير"]),
        # a dropped subject: the noun phrase is the one told
        ("وصل الوزير إلى الرياض. وأبلغ السفير بأن الاتفاق انتهى.", "أبلغ", []),
        # a word set off by a comma is the subject with its apposition
        ("وأبلغت والدته، ليلى أحمد، الصحيفة بأن الفحص لم يكتمل.", "أبلغت", ["والدته"]),
        # a pronoun on the verb is the one told: the noun phrase after it is the subject
        ("وأبلغه الوزير أن الاجتماع تأجل.", "أبلغه", ["الوزير"]),
        ("وأبلغهم المدير بأن الدوام سيتغير.", "أبلغهم", ["المدير"]),
        ("وأخبرتهم الشرطة أن الطريق مغلق.", "أخبرتهم", ["الشرطة"]),
    ],
)
def test_informing_source(text: str, cue: str, source: list[str]) -> None:
    assert sources(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # traps: the addressee machinery of other verbs is unchanged
        ("وأكد الوزير للصحفيين أن الاجتماع تأجل.", "أكد", ["الوزير"]),
        ("ودعا الوزير المواطنين إلى الابتعاد عن مجاري السيول.", "دعا", ["الوزير"]),
        ("وقال المتحدث باسم الوزارة إن الأسعار ستنخفض.", "قال", ["المتحدث باسم الوزارة"]),
        # a run that may hold both a titled subject and the one told keeps its old span (no gain, no loss)
        ("وأبلغ الرئيس أوباما الوفد أن الحرب مستمرة.", "أبلغ", ["الرئيس أوباما الوفد"]),
    ],
)
def test_traps_keep_their_source(text: str, cue: str, source: list[str]) -> None:
    assert sources(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("وأبدوا سعادة كبيرة بالقرار.", "أبدوا", [], "سعادة كبيرة بالقرار"),
        ("وأبدى سعادة كبيرة بالقرار.", "أبدى", [], "سعادة كبيرة بالقرار"),
        # traps: a subject after a singular verb stays the source
        ("وأبدى المواطنون استياءهم من تأخر التأشيرات.", "أبدى", ["المواطنون"], "استياءهم من تأخر التأشيرات"),
        ("وأبدت الحكومة قلقها من تصاعد العنف.", "أبدت", ["الحكومة"], "قلقها من تصاعد العنف"),
        # a subject before the verb
        ("المواطنون أبدوا ارتياحهم للقرار.", "أبدوا", ["المواطنون"], "ارتياحهم للقرار"),
    ],
)
def test_expressed_feeling_is_no_source(text: str, cue: str, source: list[str], content: str) -> None:
    got = at(text, cue)
    assert [s.text for s in got.sources] == source
    assert got.content.text == content
