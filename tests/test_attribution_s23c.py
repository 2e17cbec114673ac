"""A source's affiliation or seat before the verb's own preposition or an audience, issue 14 session 23 (attr23c).

A role or an unnamed head followed by its affiliation or seat («مسؤول في الوزارة», «مدير الشرطة في المحافظة») is
the largest class of wrong sources left at session 22's end (docs/history/attribution.md, "attr23c"). The rules
kept the affiliation only when its phrase ran straight into the content marker (commas, time words and an
audience between for a body; nothing between for a seat). Two closers did not count:

- the verb's own preposition right before its «أن» («أشار إلى أن», «لفت إلى أن», «أكد على أن», «كشف عن أن»):
  it belongs to the verb, as the complementiser does, so «وأشار مسؤول في الوزارة إلى أن» was cut to «مسؤول»;
- an audience after a person's seat («مدير الشرطة في المحافظة لـ«الحياة» إن», «... لوكالة الأنباء الألمانية إن»):
  whom he told closes the seat and stays out, as it already did after a body; a time after the audience
  stays out too («لـ«الشرق الأوسط» أمس، أن»). The addressee rule of calls no longer reads the genitive of the
  seat's noun in construct («الباحث في قضايا المجتمع») as a second noun phrase.

Traps: the statement's venue or a place and a time after a person's role stay out («وأشار الوزير في مؤتمر صحفي
إلى أن», «وأشار الوزير في الرياض أمس إلى أن»); a preposition that is not right before «أن» keeps the cut; an
audience right after the role. The sentences are the tests' own.
"""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content, sources


@pytest.mark.parametrize(
    ("text", "cue", "want_sources", "want_content"),
    [
        # the verb's own preposition before «أن»: an unnamed head's body
        ("وأشار مسؤول في الوزارة إلى أن القرار نهائي.", "أشار", ["مسؤول في الوزارة"], "القرار نهائي"),
        ("ولفتت مصادر في الجيش اليمني إلى أن القوات تقدمت.", "لفتت", ["مصادر في الجيش اليمني"], "القوات تقدمت"),
        # ... a person's seat
        (
            "وأشار مدير الشرطة في المحافظة إلى أن الحادث وقع أمس.",
            "أشار",
            ["مدير الشرطة في المحافظة"],
            "الحادث وقع أمس",
        ),
        (
            "وأكد رئيس البلدية في المدينة على أن المشروع سيكتمل.",
            "أكد",
            ["رئيس البلدية في المدينة"],
            "المشروع سيكتمل",
        ),
        # ... a definite body's field
        (
            "وأشارت الشركة المتخصصة في أمن الشبكات إلى أن الثغرة خطيرة.",
            "أشارت",
            ["الشركة المتخصصة في أمن الشبكات"],
            "الثغرة خطيرة",
        ),
        # an audience after a person's seat
        (
            'وقال مدير الشرطة في المحافظة لـ"الحياة" إن الحادث وقع أمس.',
            "قال",
            ["مدير الشرطة في المحافظة"],
            "الحادث وقع أمس",
        ),
        (
            "وقال قائد الجيش في الولاية لوكالة الأنباء الألمانية إن الهجوم فشل.",
            "قال",
            ["قائد الجيش في الولاية"],
            "الهجوم فشل",
        ),
        # ... with a time after whom he told, and after a name and a role
        (
            "وأكد محمد العلي المتخصص في شؤون الطاقة لـ«الحياة» أمس، أن الأسعار ستنخفض.",
            "أكد",
            ["محمد العلي المتخصص في شؤون الطاقة"],
            "الأسعار ستنخفض",
        ),
        # the seat's noun in construct with its genitive, then a title and a name: no addressee in it
        (
            'وأكد الباحث في قضايا الأسرة الدكتور سالم الحربي لـ"الوطن" أن الظاهرة محدودة.',
            "أكد",
            ["الباحث في قضايا الأسرة الدكتور سالم الحربي"],
            "الظاهرة محدودة",
        ),
    ],
)
def test_an_affiliation_before_the_verbs_preposition_or_an_audience_stays_in_the_source(
    text: str, cue: str, want_sources: list[str], want_content: str
) -> None:
    assert sources(text)[cue] == want_sources
    assert content(text, cue) == want_content


@pytest.mark.parametrize(
    ("text", "cue", "want_sources"),
    [
        # the statement's venue is where he spoke, not his seat
        ("وأشار الوزير في مؤتمر صحفي إلى أن القرار نهائي.", "أشار", ["الوزير"]),
        # a place and a time after a person's role: where and when he spoke
        ("وأشار الوزير في الرياض أمس إلى أن القرار نهائي.", "أشار", ["الوزير"]),
        # an audience right after the role: no seat at all
        ('وقال الوزير لـ"الحياة" إن القرار نهائي.', "قال", ["الوزير"]),
        # the addressee of a call after the verb keeps its cut
        ("ودعا الوزير في كلمته المواطنين إلى الابتعاد عن مجاري السيول.", "دعا", ["الوزير"]),
        # a place after an unnamed collective stays out, «إلى» or not (the guideline's places)
        ("وأشار شهود عيان في مدينة الرياض إلى أن الانفجار كان قويا.", "أشار", ["شهود عيان"]),
    ],
)
def test_a_venue_a_time_or_a_bare_audience_keeps_the_cut(text: str, cue: str, want_sources: list[str]) -> None:
    assert sources(text)[cue] == want_sources
