"""Sources of dev15's largest noun-phrase class, issue 14 session 17 (attr17b): made-up variants, each
written before its rule, of class U of docs/history/attribution.md ("attr17b: dev15's source errors, by
construction"): after an according-to word, an unnamed source or a role («مصادر», «مسؤولين», «مسؤول»)
is followed by the «في»/«من» phrase that says whose sources they are («في الشرطة», «في الوزارة»); the
phrase belongs to the source when it runs straight to the comma, «فإن» or full stop that closes the
according-to phrase, as it already does after «قال». Of the first 9 sentences 5 failed on main before the
rule (the according-to ones that now take the phrase); the others are its traps and pass before and
after. The sentences are the tests' own, not corpus text."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content, sources


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # the phrase, then «فإن» / a comma and «فإن» / the full stop that closes the sentence
        ("ووفقا لمصادر في الشرطة فإن عدد القتلى بلغ عشرة.", "وفقا", ["مصادر في الشرطة"]),
        ("وبحسب مسؤولين في الوزارة فإن عدد القتلى بلغ عشرة.", "بحسب", ["مسؤولين في الوزارة"]),
        ("وبحسب مسؤول في وزارة الداخلية فإن عدد القتلى بلغ عشرة.", "بحسب", ["مسؤول في وزارة الداخلية"]),
        ("وبحسب مصادر في الجيش، فإن الخطة جاهزة.", "بحسب", ["مصادر في الجيش"]),
        ("وقتل عشرة أشخاص بحسب مسؤولين في الوزارة.", "بحسب", ["مسؤولين في الوزارة"]),
        # the same phrase after «قال»: as before
        ("وقال مسؤولون في الوزارة إن الخطة جاهزة.", "قال", ["مسؤولون في الوزارة"]),
        # traps: a place after an unnamed source stays out («شهود عيان في العاصمة», the guideline)
        ("وقتل عشرة أشخاص بحسب مصدر أمني في المدينة.", "بحسب", ["مصدر أمني"]),
        # ... a clause goes on after the phrase: no close within reach, the cut stays
        ("وبحسب مصادر في الشرطة قتل عشرة أشخاص في الهجوم على السوق الشعبي وسط المدينة.", "بحسب", ["مصادر"]),
        # ... the statement's venue, a noun with a pronoun, is no seat
        ("وحسب ما ذكرته الأندية في مواقعها الإلكترونية، فإن المباراة تأجلت.", "حسب ما ذكرته", ["الأندية"]),
    ],
)
def test_according_to_member_phrase(text: str, cue: str, want: list[str]) -> None:
    assert sources(text)[cue] == want


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # the content starts after the phrase and its «فإن», not inside the phrase
        ("ووفقا لمصادر في الشرطة فإن عدد القتلى بلغ عشرة.", "وفقا", "عدد القتلى بلغ عشرة"),
        ("وبحسب مصادر في الجيش، فإن الخطة جاهزة.", "بحسب", "الخطة جاهزة"),
    ],
)
def test_content_after_the_phrase(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want
