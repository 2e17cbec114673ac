"""Cues, negatives and content ends of issue 14, session 11 (attr14l), checked on unseen text first.

Each case is a made-up sentence in the style of the errors it stands for (dev7's, or the unseen
sample's of 2015-07-22 and 07-31); the rule tables' own examples and traps are checked by
``test_attribution_rules.py``.
"""

from __future__ import annotations

import pytest
from test_attribution_cues_s10 import found


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "وأوصت الدراسة بفتح فرع لجامعة الباحة في المدينة.",
            "أوصت",
            "الدراسة",
            "فتح فرع لجامعة الباحة في المدينة",
        ),
        (
            "ووعد الأمير فيصل الشباب بإيجاد ما يرضيهم من فعاليات.",
            "وعد",
            "الأمير فيصل",
            "إيجاد ما يرضيهم من فعاليات",
        ),
        (
            "وقال المواطن إن القرية لا تعاني من انقطاع المياه فحسب بل من انقطاع الكهرباء أيضا.",
            "قال",
            "المواطن",
            "القرية لا تعاني من انقطاع المياه فحسب بل من انقطاع الكهرباء أيضا",
        ),
    ],
)
def test_reports(text: str, cue: str, source: str, content: str) -> None:
    got = found(text)
    assert (cue, [source], content) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "وتغادر المجموعات فرادى وفق حجوزاتهم حتى نهاية الشهر.",
        "ويعمل كل لاعب حسب طموحه وإلمامه التام بجوانب اللعبة.",
        "ويحظر القانون الإساءة إلى الأديان وفقا لأحكام هذا القانون.",
        "وتعمل اللجنة وفق المقترح المقدم من الطرفين.",
        "ونحن لا ننظر إلى كمية الإنتاج فحسب بل يهمنا نمو الاقتصاد.",
        "وكانت صفقة ناجحة للهلال وفق فيها رئيسنا آنذاك.",
        "وأجرى باحثون دراسة طلبوا فيها من الطلبة تقييم زملائهم.",
        "وعبروا عن غضبهم الذي وعدوا باستمراره.",
        "وقال: «لا يمكن أن يكون قد وعد أحدهم بأي شيء».",
    ],
)
def test_no_report(text: str) -> None:
    got = found(text)
    assert all(c not in ("وفق", "حسب", "وفقا", "طلبوا", "وعدوا", "وعد") for c, _, _ in got), got


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("وارتفعت الأسعار بنسبة ١٠ في المئة، بحسب مصادره.", "مصادره"),
        ("وستصدر الرئاسة قرارات تدعم جهود منع التطرف، حسبما أكده نائب الرئيس.", "نائب الرئيس"),
    ],
)
def test_according_to_kept(text: str, source: str) -> None:
    """An unnamed-source head with its pronoun, or a verb with its pronoun, after «حسب» keeps it."""
    got = found(text)
    assert any(source in s for _, srcs, _ in got for s in srcs), got


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "وأعرب الوزير عن ارتياحه لتطورات العمليات، معبراً عن أمله في انتهاء الأعمال العسكرية قريبا.",
            "أعرب",
            ["الوزير"],
            "ارتياحه لتطورات العمليات",
        ),
        (
            "وأعرب الوزير عن ارتياحه لتطورات العمليات، معبراً عن أمله في انتهاء الأعمال العسكرية قريبا.",
            "معبراً عن",
            [],
            "أمله في انتهاء الأعمال العسكرية قريبا",
        ),
    ],
)
def test_expressing_participle(text: str, cue: str, source: list[str], content: str) -> None:
    """«معبرا عن», the participle of the cue «عبر عن», is a cue and ends the content before it (round 2)."""
    got = found(text)
    assert (cue, source, content) in got, got


def test_expressing_participle_owns_its_an() -> None:
    """The «بأن» after «معبراً عن أمله» is the participle's, not an earlier «يعتبر»'s (dev10)."""
    text = "وعلى المستوى الدولي يعتبر الموقف الروسي السبب الرئيسي في الأزمة، معبراً عن أمله بأن تؤيد روسيا القرار."
    got = found(text)
    assert [c for c, _, _ in got] == ["معبراً عن"], got
