"""Sources of «هنأ» "congratulated", issue 14 session 15 (attr15d): made-up variants, written before the
rule, of a verb that takes the one congratulated as its direct object before the topic's «على/بـ»
(«هنأ الأمير الفريق الفائز على ...»). The subject is the speaker and ends where the object begins: a
definite role after a complete noun phrase (unless a name follows it: a title in apposition), a
listed addressee («الجميع», «الحضور», «منسوبي»), a definite plural that cannot be the subject's
adjective; after the resumptive «فيها» of «كلمة هنأ فيها» one noun phrase is the object alone.
The sentences are the tests' own, not corpus text (docs/history/attribution.md, attr15d)."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import sources


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # a second noun phrase after the subject is the one congratulated
        ("وهنأ الأمير الفريق الفائز على تحقيق البطولة.", "هنأ", ["الأمير"]),
        ("وهنأ خادم الحرمين الشريفين الرئيس الفرنسي على فوزه في الانتخابات.", "هنأ", ["خادم الحرمين الشريفين"]),
        ("وهنأ الوزير اللاعبين على الفوز.", "هنأ", ["الوزير"]),
        ("وهنأ الملك سلمان الرئيس التركي على فوز حزبه.", "هنأ", ["الملك سلمان"]),
        (
            "وهنأ مدير الجامعة الدكتور سليمان الركبان الطالبات على تخرجهن.",
            "هنأ",
            ["مدير الجامعة الدكتور سليمان الركبان"],
        ),
        ("وهنأ الرئيس التنفيذي للشركة الموظفين على النتائج.", "هنأ", ["الرئيس التنفيذي للشركة"]),
        ("وهنأ الأمين العام منسوبي الإدارة على جهودهم.", "هنأ", ["الأمين العام"]),
        ("وهنأ رئيس النادي الحضور على مشاركتهم.", "هنأ", ["رئيس النادي"]),
        (
            "وهنأ الرئيس الأمريكي باراك أوباما الشعب المصري على نجاح الانتخابات.",
            "هنأ",
            ["الرئيس الأمريكي باراك أوباما"],
        ),
        ("وهنأ د. الركبان معالي مدير الجامعة على هذا الإنجاز.", "هنأ", ["د. الركبان"]),
        # ... after «فيها» one noun phrase is the object: the speaker is the speech's
        ("وفي كلمة هنأ فيها الحضور على نجاح الحفل، شكر المنظمين.", "هنأ", []),
        # ... which a statement's issuer before it speaks: its speaker, no source written (attr20f)
        ("وألقى المدير كلمة هنأ فيها الحضور على نجاح الحفل.", "هنأ", []),
        # ... and the object right after the verb leaves no subject written
        ("وهنأ الجميع على النجاح.", "هنأ", []),
        # one noun phrase is the subject: a title with its name, a role with its adjectives
        ("وهنأ الوزير محمد العلي على تعيينه.", "هنأ", ["الوزير محمد العلي"]),
        (
            "وهنأ خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز على هذا الإنجاز.",
            "هنأ",
            ["خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز"],
        ),
        ("وهنأ مدير الجامعة الدكتور خالد على هذا الإنجاز.", "هنأ", ["مدير الجامعة الدكتور خالد"]),
        ("وهنأ الأمين العام على هذا الإنجاز.", "هنأ", ["الأمين العام"]),
        ("وهنأ رئيس مجلس الإدارة على هذا الإنجاز.", "هنأ", ["رئيس مجلس الإدارة"]),
        ("هنأ أمين عام اللجنة الوطنية على هذا الإنجاز.", "هنأ", ["أمين عام اللجنة الوطنية"]),
        (
            "هنأ مدير عام التعليم أحمد الغنيم كلا من ثانوية الإمام على حصولها على الوسام.",
            "هنأ",
            ["مدير عام التعليم أحمد الغنيم"],
        ),
        ("وهنأ معالي وزير التعليم الطلاب على تفوقهم.", "هنأ", ["معالي وزير التعليم"]),
        # a pronoun on the verb is the one congratulated
        ("وهنأه الوزير على الفوز.", "هنأه", ["الوزير"]),
    ],
)
def test_source(text: str, cue: str, want: list[str]) -> None:
    got = sources(text)
    assert cue in got, got
    assert got[cue] == want
