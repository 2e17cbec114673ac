"""Sources of dev15's largest noun-phrase class, issue 14 session 17 (attr17b): made-up variants, each
written before its rule, of class U of docs/history/attribution.md ("attr17b: dev15's source errors, by
construction"): (1) after an according-to word, an unnamed source or a role («مصادر», «مسؤولين», «مسؤول»)
is followed by the «في»/«من» phrase that says whose sources they are («في الشرطة», «في الوزارة»); the
phrase belongs to the source when it runs straight to the comma, «فإن» or full stop that closes the
according-to phrase, as it already does after «قال». Of the first 9 sentences 5 failed on main before the
rule (the according-to ones that now take the phrase); the others are its traps and pass before and
after. (2) An adjective of closeness («مقرب», «قريبة», «المقربون»: close_to.txt) takes «من» as its
complement, so the noun phrase after it stays in the source («مصدر مقرب من الوزير»), in a verb's subject
and an according-to phrase alike; written from the grammar of «قرب من» after its count in unannotated
2015-07-22/07-31 text (38 after a cue), before the rule: of its 9 sentences 6 failed on main (5 of
closeness and the «ما» trap: a named head took «ما» as a name word), 3 already passed. The
sentences are the tests' own, not corpus text."""

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
        # ... a «بـ» written on a word is a verb's complement: «كما وجّه» keeps its own reading
        (
            "وجّه الأمير الشرطة بسرعة القبض على المتهمين، كما وجّه سموه بتكثيف التواجد الأمني في الكورنيش والحدائق.",
            "وجّه",
            ["سموه"],
        ),
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


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        ("وقال مصدر مقرب من الوزير إن الخطة جاهزة.", "قال", ["مصدر مقرب من الوزير"]),
        ("وقال مصدر قريب من الملف إن الخطة جاهزة.", "قال", ["مصدر قريب من الملف"]),
        ("ونفت مصادر مقربة من الحزب ما تم تداوله عن التسوية.", "نفت", ["مصادر مقربة من الحزب"]),
        ("وبحسب مصدر مقرب من الوزارة فإن الخطة جاهزة.", "بحسب", ["مصدر مقرب من الوزارة"]),
        ("ونقل المقربون من الوزير قوله إن الخطة جاهزة.", "نقل", ["المقربون من الوزير"]),
        # already whole on main (a body noun after «من», a definite subject running into «أن»)
        ("وذكرت مصادر مقربة من وزارة العمل أن البرنامج سيطلق قريبا.", "ذكرت", ["مصادر مقربة من وزارة العمل"]),
        ("وأفاد مصدر قريب من لجنة التحقيق بأن الحطام وصل.", "أفاد", ["مصدر قريب من لجنة التحقيق"]),
        # traps: «من» after any other word keeps its cut
        ("وقال الوزير من جهته إن الخطة جاهزة.", "قال", ["الوزير"]),
        # ... and a name after «من»'s noun phrase is no part of it («ما» opens a clause)
        ("ونفت حركة حماس ما تم تداوله عن التسوية.", "نفت", ["حركة حماس"]),
        # not built: the verb's own «من» read first («حذر ... من أن»: the content marker's scan)
        pytest.param(
            "وحذر مصدر مقرب من رئيس الحكومة من أن الأزمة تتفاقم.",
            "حذر",
            ["مصدر مقرب من رئيس الحكومة"],
            marks=pytest.mark.xfail(strict=True, reason="not built: «من» of «مقرب» read as the verb's preposition"),
        ),
    ],
)
def test_complement_of_closeness(text: str, cue: str, want: list[str]) -> None:
    assert sources(text)[cue] == want
