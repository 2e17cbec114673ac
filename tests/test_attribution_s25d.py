"""One source across «و» inside a role's genitive, issue 14 session 25 (attr25d): made-up variants of the
construction counted in the unannotated 2015-08-06 / 08-10 text (docs/history/attribution.md, "attr25d").

A role or body noun in construct whose genitive runs to «و» + a definite noun that is no role, title, body or
unnamed head names one person or body («مدير عام العلاقات العامة والإعلام», «رئيس اللجنة الفنية
والمسابقات»): split in two, the source had "several sources" and a later «وأضاف» had no speaker.

Traps: a role, a title, a body or an unnamed head after «و»; a definite head (two bodies); a masculine nisba
that closes the construct; «و» after a name. Also the reason classes of `attribution_eval.py --claims`
(`claim_error`). The sentences are the tests' own, not corpus text."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import sources
from test_attribution_speakers_s19 import speaker_of

from arabicnews.core.pipeline import Pipeline
from arabicnews.stages.attribution.stage import AttributionStage, claims
from arabicnews.stages.quantities.stage import QuantityStage
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage
from benchmarks.attribution_eval import claim_error

NLP = Pipeline([TokenizerStage(), SentenceStage(), QuantityStage(), AttributionStage()])


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


def _gold(text: str, cue: str, source: str, content: str) -> dict[str, object]:
    """A gold record's spans, found in ``text`` (each string once)."""

    def span(part: str) -> list[int]:
        assert text.count(part) == 1, part
        return [text.index(part), text.index(part) + len(part)]

    return {"cue": span(cue), "sources": [span(source)] if source else [], "content": span(content)}


@pytest.mark.parametrize(
    ("text", "gold", "reason"),
    [
        # the source is a part of the gold's: the affiliation «من المقاومة» left out
        (
            "وقالت مصادر من المقاومة لوكالة الأنباء، إن 12 شخصا قتلوا.",
            ("قالت", "مصادر من المقاومة", "12 شخصا قتلوا"),
            "partial",
        ),
        # the gold's source is a part of the predicted one
        ("وقال الوزير إن 12 شخصا قتلوا.", ("قال", "وزير", "12 شخصا قتلوا"), "overlong"),
        # a pronoun with no speaker: unresolved
        ("وقال إن 12 شخصا قتلوا.", ("قال", "", "12 شخصا قتلوا"), "unresolved"),
        # no attribution at the gold's cue
        ("ووصل 12 شخصا أمس.", ("وصل", "", "12 شخصا أمس"), "missed"),
    ],
)
def test_claim_error_reason(text: str, gold: tuple[str, str, str], reason: str) -> None:
    doc = NLP(text)
    got = next((c.attribution for c in claims(doc)), None)
    assert claim_error(doc, _gold(text, *gold), got) == reason
