"""«رأى» "took the view", issue 14 session 19 (attr19c): made-up variants, written before the rule. The guideline
counts «اعتبر أن» (a stated view) and not beliefs («يرى», «رأى»); none of the seventeen tuning golds marks a «رأى»,
while the stage read one as a report (dev8 twice, dev17 three times, one in a negative sentence; 81 in the
unannotated 2015-07-22/07-31 text). The belief is no attribution, but its subject stays the one a dropped-subject
cue after it goes on from. The sentences are the tests' own, not corpus text."""

from __future__ import annotations

import pytest

import arabicnews


@pytest.mark.parametrize(
    "text",
    [
        "ورأى الوزير أن الخطة ستنجح.",
        "ورأت الصحيفة في افتتاحيتها أن الحكومة تدرك الخطر.",
        "ورأى مظلوم أن «الاتفاق خطوة مهمة».",
        "ورأت اللجنة تحويل جميع المباريات إلى ملعب واحد.",
        "لكن المدرب رأى أن الفريق يحتاج إلى وقت.",
    ],
)
def test_a_belief_is_no_attribution(text: str) -> None:
    assert [a.cue.text for a in arabicnews.analyze(text).attributions] == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("ورأى الوزير أن الخطة ستنجح، مضيفا أن التمويل متوفر.", "مضيفا", "الوزير"),
        ("ورأى ظريف أن «الاتفاق وضع نهاية لعقود من الدعاية». وأضاف أن إيران ملتزمة.", "أضاف", "ظريف"),
        # the subject of the belief stands for the fuller earlier mention, as a source does
        (
            "وقال وزير الخارجية عادل الجبير إن الوضع صعب. ورأى وزير الخارجية أن الاتفاق ناقص، مؤكدا أن الحوار مستمر.",
            "مؤكدا",
            "وزير الخارجية عادل الجبير",
        ),
    ],
)
def test_who_held_the_view_goes_on_speaking(text: str, cue: str, speaker: str) -> None:
    got = [a for a in arabicnews.analyze(text).attributions if a.cue.text == cue]
    assert len(got) == 1 and got[0].speaker is not None and got[0].speaker.name == speaker


def test_a_stated_view_is_still_a_report() -> None:
    atts = arabicnews.analyze("واعتبر الوزير أن الخطة ستنجح.").attributions
    assert [(a.cue.text, [s.text for s in a.sources]) for a in atts] == [("اعتبر", ["الوزير"])]
