"""A short quoted name where a reporting verb's subject stands is the speaker's name, not the start of the
content (issue 14, session 22, attr22h; docs/history/attribution.md, "attr22h").

«a quote the sentence goes on after is part of the content» took the quote as the content's start even
where the quote is the verb's subject («وأكد "غاشم" حرص الجامعة ...», «توقع المحلل السياسي " هاني مسهور"
اقتراب ...»): the content now starts after the name (after its «أن» where who he is comes between, or at the
quote of what he said), and the name goes into the source. After a preposition, or after a verb that does
not open its clause, the quote stays the content. The sentences are the tests' own, not corpus text."""

from __future__ import annotations

import pytest

from arabicnews.core.pipeline import Pipeline
from arabicnews.stages.attribution import AttributionStage
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage

NLP = Pipeline([TokenizerStage(), SentenceStage(), AttributionStage()])


def read(text: str) -> list[tuple[str, list[str], str, str]]:
    return [(a.cue.text, [s.text for s in a.sources], a.kind, a.content.text) for a in NLP(text).attributions]


@pytest.mark.parametrize(
    ("text", "source", "kind", "content"),
    [
        ('وأكد "غاشم" حرص الجامعة على استكمال الترتيبات.', "غاشم", "indirect", "حرص الجامعة على استكمال الترتيبات"),
        (
            'وأبان "محمد القرشي" أحد سكان الحي أن المشروع تأخر كثيرا.',
            '"محمد القرشي" أحد سكان الحي',
            "indirect",
            "المشروع تأخر كثيرا",
        ),
        (
            'وتوقع المحلل السياسي " هاني مسهور" اقتراب حسم المعركة.',
            'المحلل السياسي " هاني مسهور"',
            "indirect",
            "اقتراب حسم المعركة",
        ),
        (
            "ويقول «أبوخالد» مستثمر في القطاع «إن التستر يضر بالسوق».",
            "«أبوخالد» مستثمر في القطاع",
            "direct",
            "إن التستر يضر بالسوق",
        ),
    ],
)
def test_a_quoted_subject_name_is_the_source(text: str, source: str, kind: str, content: str) -> None:
    [(_, sources, got_kind, got_content)] = read(text)
    assert (sources, got_kind, got_content) == ([source], kind, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("وطالب النائب بـ«محاسبة» المسؤولين عن الحادث.", "«محاسبة» المسؤولين عن الحادث"),
        ("وطالب بـ«محاسبة» المسؤولين عن الحادث.", "«محاسبة» المسؤولين عن الحادث"),
        ('وتابع "خلفان" هجومه على الحزب في تغريدات.', '"خلفان" هجومه على الحزب في تغريدات'),
    ],
)
def test_a_quote_after_a_preposition_or_a_verb_of_going_on_stays_the_content(text: str, content: str) -> None:
    assert [c for _, _, _, c in read(text)] == [content]
