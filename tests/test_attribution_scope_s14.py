"""According-to scope, issue 14 session 14 (attr14zc): made-up variants written from the grammar
before the rule (docs/history/attribution.md, session 14). An according-to phrase attached with no
comma to the end of a reporting verb's «أن» clause modifies the nearest verb, the one in that clause:
what it qualifies is the reported clause, not the report around it. Set apart by a comma, or with no
reported «أن» clause before it, it qualifies the whole clause before it as before."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # no comma: the phrase closes the reported clause and qualifies it
        ("وأكدت الوزارة أن الطفلة تعاني من التهاب جلدي حسب تشخيص الأطباء.", "حسب", "الطفلة تعاني من التهاب جلدي"),
        ("وذكر المتحدث أن الحريق اندلع في المستودع بحسب شهود عيان.", "بحسب", "الحريق اندلع في المستودع"),
        ("وأوضح المدير أنه لم يصب أحد بأذى وفق التقارير الأولية.", "وفق", "أنه لم يصب أحد بأذى"),
        # «كما» + a reporting verb before the clause is no phrase of the chain
        ("وارتفعت الأصول، كما أوضحت الوزارة أنها حصرت ثمانية آلاف صك وفق تصريحها.", "وفق", "أنها حصرت ثمانية آلاف صك"),
        # the report around the clause keeps its own content
        (
            "وأكدت الوزارة أن الطفلة تعاني من التهاب جلدي حسب تشخيص الأطباء.",
            "أكدت",
            "الطفلة تعاني من التهاب جلدي حسب تشخيص الأطباء",
        ),
        # traps: a comma sets the phrase apart, it qualifies the whole report
        ("وأكد الوزير أن المشروع سينتهي قريبا، بحسب وكالة الأنباء.", "بحسب", "أكد الوزير أن المشروع سينتهي قريبا"),
        # trap: an outlet relays the whole report, not the clause
        ("وذكر البنك أنه خفض مشترياته من العملات بحسب وكالة الأنباء.", "بحسب", "ذكر البنك أنه خفض مشترياته من العملات"),
        # traps: no reported clause before the phrase («من المقرر أن», «بعد أن» open none)
        ("ومن المقرر أن يفتتح المعرض في سبتمبر بحسب المنظمين.", "بحسب", "من المقرر أن يفتتح المعرض في سبتمبر"),
        ("وقتل ١٢ شخصا في الهجوم بحسب مصادر طبية.", "بحسب", "قتل ١٢ شخصا في الهجوم"),
    ],
)
def test_according_to_closing_a_reported_clause(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want


def test_a_second_chained_phrase_qualifies_the_same_clause() -> None:
    # a second phrase chained with «و» qualifies the same clause, without the first phrase
    text = "وأكدت الوزارة أن الطفلة تعاني من التهاب جلدي حسب تشخيص الأطباء ووفق بيانات الملف الطبي."
    assert content(text, "وفق") == "الطفلة تعاني من التهاب جلدي"


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # fronted inside a reported clause, resumed by «فإن/فقد»: the clause after «فـ»
        ("وأوضح المدير أنه حسب الإحصائية الأخيرة فإن عدد المصابين بلغ ٥٠ حالة.", "حسب", "عدد المصابين بلغ ٥٠ حالة"),
        ("وقال الوزير إنه وفقا للتقديرات، فإن الخسائر تجاوزت مليون ريال.", "وفقا", "الخسائر تجاوزت مليون ريال"),
        # the report around it keeps the whole clause
        (
            "وأوضح المدير أنه حسب الإحصائية الأخيرة فإن عدد المصابين بلغ ٥٠ حالة.",
            "أوضح",
            "أنه حسب الإحصائية الأخيرة فإن عدد المصابين بلغ ٥٠ حالة",
        ),
    ],
)
def test_according_to_resumed_by_fa(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want
