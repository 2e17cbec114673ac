"""A threat is reported with its «بـ» content, issue 14 session 23 (attr23g).

«هدد» (threaten) now reads like «توعد»: its content is the «بـ» noun phrase after the subject («وهدد أوباما
باستخدام حق النقض»: 3 missed gold cues of the twenty-one tuning sets). An adverb of adverbs.txt keeps its «بـ»
(«وهدد المجلس بالفعل بعواقب»: the content is «عواقب ...», not «الفعل ...»). Traps: «هدد» with a plain object
and no «بـ» (a danger, not a report), and «informed» «أبلغ ... بـ», left without a «بـ» content
(docs/history/attribution.md, "attr23g"). The sentences are the tests' own.
"""

from __future__ import annotations

import pytest

import arabicnews


def _found(text: str) -> list[tuple[str, list[str], str]]:
    doc = arabicnews.analyze(text)
    return [(a.cue.text, [s.text for s in a.sources], a.content.text) for a in doc.attributions]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وهدد الرئيس باستخدام حق النقض ضد القانون.",
            ("هدد", ["الرئيس"], "استخدام حق النقض ضد القانون"),
        ),
        (
            "وهدد المجلس بالفعل بعواقب قد تشمل فرض عقوبات.",
            ("هدد", ["المجلس"], "عواقب قد تشمل فرض عقوبات"),
        ),
        (
            "وهدد الوزير بسحب تراخيص الشركات المخالفة.",
            ("هدد", ["الوزير"], "سحب تراخيص الشركات المخالفة"),
        ),
    ],
)
def test_threat_with_ba_content(text: str, want: tuple[str, list[str], str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "ويهدد التلوث صحة السكان في المدينة.",
        "وكانت الأزمة تهدد الأمن القومي وتشجع المتطرفين.",
    ],
)
def test_threat_without_ba_is_no_report(text: str) -> None:
    assert not [f for f in _found(text) if f[0].endswith(("هدد", "تهدد"))]


def test_informing_keeps_no_ba_content() -> None:
    # «أبلغ» + addressee + «بـ» was left out in session 23 (the addressee into the source, «بالهاتف» into the
    # content); since attr24d «أبلغ» takes a «بـ» content, but «بالهاتف» is the means (adverbs.txt) and the
    # bare noun phrase left is the one told (tests/test_attribution_s24d.py)
    assert not [f for f in _found("وأبلغت الشركة الجهات المختصة بالهاتف.") if f[0] == "أبلغت"]
