"""Cues and negatives added in issue 14, session 10, round 2 (attr14i), from dev8's cue errors.

Each case is a made-up sentence in the style of the dev8 errors it stands for; the rule tables'
own examples and traps are checked by ``test_attribution_rules.py``.
"""

from __future__ import annotations

import pytest
from test_attribution_cues_s10 import found


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "استبعدت إدارة النادي أن تكون الشكوى سببا في إبعاد اللاعب.",
            "استبعدت",
            "إدارة النادي",
            "تكون الشكوى سببا في إبعاد اللاعب",
        ),
        (
            "أغلقت البلدية مطعما مخالفا. ذكر ذلك رئيس البلدية في تصريح صحفي أمس.",
            "ذكر",
            "رئيس البلدية",
            "أغلقت البلدية مطعما مخالفا",
        ),
    ],
)
def test_reports(text: str, cue: str, source: str, content: str) -> None:
    got = found(text)
    assert (cue, [source], content) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "وكان المدرب قد استبعد سبعة من لاعبيه من قائمته، من بينهم: الحسن وعباس.",
        "وكشف مصدر طبي أن تسع حالات إصابة مؤكدة من التي تم تنويمها بالمستشفى.",
        "والصندوق الذي نقل إلى فرنسا السبت سيفتح «بعيد ظهر الأربعاء» في مختبر عسكري.",
        "ومنها طابع عام 1969 وكتب عليه «الجمهورية العربية المتحدة 1969».",
        "على أن يزوره حسب الاستطاعة مرة أو مرتين في الشهر.",
        "ووفقا للنجاح الذي حققته التجربة العام الماضي، ستستمر الجامعة في تقديمها.",
        "وتقدم الحملة الرعاية النفسية وفقًا لبرامج متطورة.",
        "وقال المؤرخ: «غير أني أستبعد أن يكون الجيش قد ضل طريقه».",
        "ولا تستبعد اللجنة أي مرشح قبل أن تنظر في أوراقه.",
    ],
)
def test_not_reports(text: str) -> None:
    cues = {"استبعد", "أستبعد", "تستبعد", "مؤكدة", "نقل", "كتب", "حسب", "وفقا", "وفقًا"}
    assert not any(c in cues for c, _, _ in found(text)), found(text)


def test_demanded_before_a_plural_subject() -> None:
    text = "وفي الردود على هذه التغريدات العنصرية طالب مغردون سعوديون بمحاسبة الكاتب."
    assert any(c == "طالب" for c, _, _ in found(text)), found(text)


def test_praising_participle() -> None:
    text = "وأشار المشرف إلى أهمية دعم الأسر، مثمناً الدور الكبير الذي يقوم به فريق العمل."
    assert any(c == "مثمناً" for c, _, _ in found(text)), found(text)
