"""Content ends, issue 14 session 17 (attr17e): made-up variants of the construction
(docs/history/attribution.md, session 17, attr17e).

«، وفي ختام ...», «، وفي نهاية ...», «، واختتم ...», «، وختم ...» after a comma close an event's account:
the writer narrates the end of the occasion, or a new report opens («، واختتم حديثه بأن ...»), so a
reported content ends before them (`clause_ends.txt`, asked by `Phrases.ends_after_comma`). Without a
comma, or as the content's own words after a complementiser with no comma, they stay in."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        (
            "وأعرب المشاركون عن سعادتهم بالحفل، وفي ختام الحفل تم تكريم الرعاة.",
            "أعرب",
            "سعادتهم بالحفل",
        ),
        (
            "وقال المحافظ إن الجمعية تقدم خدمات كبيرة، وفي نهاية اللقاء شكر الحضور.",
            "قال",
            "الجمعية تقدم خدمات كبيرة",
        ),
        (
            "وأكد المعلم أن الوطنية تزرع ولا تدرس، وختم الطالب حديثه بالدعاء للجنود.",
            "أكد",
            "الوطنية تزرع ولا تدرس",
        ),
        (
            "وأوضح المدرب أن الفريق جاهز للمباراة، واختتم التدريب بتمارين لياقية.",
            "أوضح",
            "الفريق جاهز للمباراة",
        ),
        # traps: no comma before the words, or words of the content itself
        (
            "وقال المدير إن الجوائز ستوزع في ختام الحفل.",
            "قال",
            "الجوائز ستوزع في ختام الحفل",
        ),
        (
            "وأوضح المنظم أن البرنامج يشمل محاضرات، ثم يختتم بحفل عشاء.",
            "أوضح",
            "البرنامج يشمل محاضرات، ثم يختتم بحفل عشاء",
        ),
    ],
)
def test_the_close_of_an_event_ends_the_content(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # «، وذلك» + an according-to phrase: «ذلك» points back, the clause before is what is credited
        (
            "وأعلن النادي الأدبي عن تنظيم مسابقة للشعر، وذلك حسب تصريح المشرف على المسابقة الدكتور عبدالله"
            " السلمي، عضو مجلس النادي.",
            "حسب",
            "أعلن النادي الأدبي عن تنظيم مسابقة للشعر",
        ),
        (
            "وانخفض عدد المستفيدين بنسبة 81 في المائة، وذلك وفقاً للبيانات التي جمعتها الوزارة، كما انخفض عدد"
            " المستخدمين.",
            "وفقاً",
            "انخفض عدد المستفيدين بنسبة 81 في المائة",
        ),
        (
            "ويمكن للاتفاق أن يشجع العناصر المتطرفة وذلك بحسب تقارير في أنحاء إيران.",
            "بحسب",
            "يمكن للاتفاق أن يشجع العناصر المتطرفة",
        ),
        # traps: the phrase closing its sentence, and one inside its clause with no «وذلك»
        ("وتراجعت أسعار النفط، وذلك بحسب دراسة أعدها المركز الإحصائي.", "بحسب", "تراجعت أسعار النفط"),
        (
            "وبلغ عدد السيارات وفقاً لفريق الإحصاء 1467 سيارة، حيث استمرت الحركة التجارية.",
            "وفقاً",
            "بلغ عدد السيارات وفقاً لفريق الإحصاء 1467 سيارة",
        ),
    ],
)
def test_an_according_to_phrase_after_that_points_back(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want
