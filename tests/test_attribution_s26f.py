"""Sources that run on into the object, issue 14 session 26 (attr26f): made-up variants of the constructions
counted in the unannotated 2015-08-06 / 08-10 text (docs/history/attribution.md, "attr26f").

After a verb of calling, urging, warning or accusing («دعا», «طالب», «حث», «حذر», «اتهم», «نصح»), the subject
ends where the one called on begins. Two readings from the case and the definiteness of the words: a definite
word takes no genitive and a feminine plural in -ات is no adjective of it, so a definite plural in -ات right
after a definite word starts the object («دعا الغامدي الجهات الحكومية إلى»); a sound plural in -ون is
nominative and in no construct, so the first definite word after it and its indefinite adjectives starts the
object («حذر باحثون أستراليون الأطفال من»). The same -ات reading ends a noun-phrase subject before its content
(«استنكر المغردون الهجمات الإرهابية»).

Traps: a subject that is itself a definite plural with its adjective («الجهات المختصة»), an -ات adjective of an
-ات head («الطالبات المتفوقات»), a nisba plural in -يات, a genitive after an indefinite noun («مدير عام
الجوازات»), a word with «و» or «لـ» on it, an adjective in construct after the -ون plural («رفيعو المستوى»; the rule
table's traps add a «و»-joined word and «تلفزيون»). 9 of the 16 fail at cd8ea54. The sentences are the tests'
own, not corpus text."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content, sources


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        ("ودعا الغامدي الجهات الحكومية والمؤسسات إلى التعاون مع الهيئة.", "دعا", ["الغامدي"]),
        ("وطالبت الوزارة الشركات والمؤسسات بالالتزام بالقرار.", "طالبت", ["الوزارة"]),
        ("ودعت مشرفة البرنامج نجلاء المطيري الشركات الراغبة إلى التسجيل.", "دعت", ["مشرفة البرنامج نجلاء المطيري"]),
        ("ودعا الأصبحي المنظمات الدولية إلى تقديم المساعدات.", "دعا", ["الأصبحي"]),
        ("وحذر باحثون أستراليون الأطفال من الجلوس أمام الشاشات.", "حذر", ["باحثون أستراليون"]),
        ("واتهم معارضون الرئيس التركي باستغلال الحرب.", "اتهم", ["معارضون"]),
        ("ونصح متخصصون محليون المستهلك بشراء السيارة الموفرة.", "نصح", ["متخصصون محليون"]),
        ("وطالب مواطنون الجهات المعنية بالتدخل.", "طالب", ["مواطنون"]),
    ],
)
def test_the_subject_ends_before_the_one_called_on(text: str, cue: str, want: list[str]) -> None:
    assert sources(text)[cue] == want


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        ("ودعت الجهات المختصة إلى الحذر من السيول.", "دعت", ["الجهات المختصة"]),
        ("وطالبت الطالبات المتفوقات بزيادة المكافآت.", "طالبت", ["الطالبات المتفوقات"]),
        ("ودعا مدير عام الجوازات إلى الالتزام بالأنظمة.", "دعا", ["مدير عام الجوازات"]),
        ("وطالبت رئيسة لجنة الملاك التربويات بزيادة الرواتب.", "طالبت", ["رئيسة لجنة الملاك التربويات"]),
        ("وطالب ناشطون حقوقيون بالإفراج عن المعتقلين.", "طالب", ["ناشطون حقوقيون"]),
        ("وحذر مسؤولون رفيعو المستوى من انهيار الاتفاق.", "حذر", ["مسؤولون رفيعو المستوى"]),
        ("ودعا وزير الزراعة والثروة الحيوانية إلى التعاون.", "دعا", ["وزير الزراعة والثروة الحيوانية"]),
    ],
)
def test_traps_keep_the_subject(text: str, cue: str, want: list[str]) -> None:
    assert sources(text)[cue] == want


def test_a_noun_phrase_subject_ends_before_a_feminine_plural() -> None:
    text = "واستنكر المغردون الهجمات الإرهابية على المساجد."
    assert sources(text)["استنكر"] == ["المغردون"]
    assert content(text, "استنكر").startswith("الهجمات الإرهابية")
