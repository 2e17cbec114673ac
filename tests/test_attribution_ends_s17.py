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
