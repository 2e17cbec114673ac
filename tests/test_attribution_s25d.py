"""One source across «و» inside a role's genitive, issue 14 session 25 (attr25d): made-up variants of the
construction counted in the unannotated 2015-08-06 / 08-10 text (docs/history/attribution.md, "attr25d").

A role or body noun in construct whose genitive runs to «و» + a definite noun that is no role, title, body or
unnamed head names one person or body («مدير عام العلاقات العامة والإعلام», «رئيس اللجنة الفنية
والمسابقات»): split in two, the source had "several sources" and a later «وأضاف» had no speaker.

Traps: a role, a title, a body or an unnamed head after «و»; a definite head (two bodies); a masculine nisba
that closes the construct; «و» after a name. The sentences are the tests' own, not corpus text."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import sources
from test_attribution_speakers_s19 import speaker_of


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        (
            "وقال مدير عام العلاقات العامة والإعلام بالإمارة سلطان الدوسري إن الطريق فتح.",
            "قال",
            ["مدير عام العلاقات العامة والإعلام بالإمارة سلطان الدوسري"],
        ),
        (
            "وأكد رئيس اللجنة الفنية والمسابقات بالاتحاد عبدالعزيز القرناس أن البطولة تبدأ.",
            "أكد",
            ["رئيس اللجنة الفنية والمسابقات بالاتحاد عبدالعزيز القرناس"],
        ),
        (
            "وقال مدير عام الشؤون الإدارية والمالية بالجامعة حسين هشلان إن الرواتب صرفت.",
            "قال",
            ["مدير عام الشؤون الإدارية والمالية بالجامعة حسين هشلان"],
        ),
        (
            "وقال وكيل الوزارة للرعاية الاجتماعية والأسرة الدكتور عبدالله المعيقل إن الدار افتتحت.",
            "قال",
            ["وكيل الوزارة للرعاية الاجتماعية والأسرة الدكتور عبدالله المعيقل"],
        ),
        # traps: a body after «و», a definite head, a masculine nisba, a person's title, «و» after a name
        ("وقال مدير عام العلاقات العامة والشرطة إن الطريق فتح.", "قال", ["مدير عام العلاقات العامة", "الشرطة"]),
        ("وقالت القوات العراقية والحشد الشعبي إن الهجوم بدأ.", "قالت", ["القوات العراقية", "الحشد الشعبي"]),
        (
            "وقال وزير الخارجية الأمريكي والقنصل العام إن الزيارة تأجلت.",
            "قال",
            ["وزير الخارجية الأمريكي", "القنصل العام"],
        ),
        ("وقال الملك سلمان والأمير محمد إن الزيارة تمت.", "قال", ["الملك سلمان", "الأمير محمد"]),
        # a body's name after its head in construct closes it: «و» + a definite noun is a second source
        ("وقالت وكالة رويترز والصليب الأحمر إن الزيارة تمت.", "قالت", ["وكالة رويترز", "الصليب الأحمر"]),
    ],
)
def test_open_genitive_one_source(text: str, cue: str, want: list[str]) -> None:
    assert sources(text)[cue] == want


def test_open_genitive_speaker_goes_on() -> None:
    text = "وقال مدير عام العلاقات العامة والإعلام بالإمارة سلطان الدوسري إن الطريق فتح. وأضاف أن 5 مصابين غادروا."
    assert speaker_of(text, "أضاف") == "مدير عام العلاقات العامة والإعلام بالإمارة سلطان الدوسري"
