"""Cue detection on unseen news (issue 14, session 18, attr18c).

Made-up variants, written before each change (each variant gave no attribution on main 0b8bc9c).

1. «نوّه» takes its content after «إلى» or after a «بـ» written on the noun («ونوه الوزير بالجهود»,
   praising, which the guideline counts); its row listed only «إلى». Traps: «نوه إلى» and «نوه بأن»
   keep their readings.
2. A noun right after a preposition is governed by it and is never the verb's subject: a fronted
   «وعن نتيجة العملية أكد المدير أن» or «وفي الإعلان عن النتائج قالت الشركة إن» reports the speaker's
   words, though «نتيجة» and «النتائج» are evidence nouns that speak when they are the subject
   («وأكدت نتائج التحاليل»). Traps: an evidence subject before the verb still refuses.
3. A present-tense verb after a definite noun or a relative pronoun is that noun's predicate, not a
   description (which follows indefinite nouns only); an accusation so placed reports («الولايات المتحدة
   تتهم النظام بـ», «باريس التي تتهم المتمردين بـ»), its subject before the verb, the noun phrase after
   it the accused. Trap: calls so placed are mostly what a creed or a text calls for and stay out.
"""

from __future__ import annotations

import pytest
from test_attribution_time_ba import readings

import arabicnews

CASES = [
    # 1. «نوه بـ»: the praised thing is the content
    ("ونوه الوزير بالجهود التي بذلتها فرق الإنقاذ.", "نوه", "الجهود التي بذلتها فرق الإنقاذ"),
    ("ونوه رئيس الهيئة بمبادرة المتطوعين في خدمة الحجاج.", "نوه", "مبادرة المتطوعين في خدمة الحجاج"),
    ("كما نوه بما تقدمه الجمعية من برامج للأيتام.", "نوه", "ما تقدمه الجمعية من برامج للأيتام"),
    # 1, traps: the other prepositions and the clause keep their readings
    ("ونوه المتحدث إلى أهمية الالتزام بالتعليمات.", "نوه", "أهمية الالتزام بالتعليمات"),
    ("ونوه المتحدث بأن المدارس ستفتح أبوابها الأحد.", "نوه", "المدارس ستفتح أبوابها الأحد"),
    # 2. an evidence noun after a preposition is not the subject
    (
        "وعن نتيجة العملية أكد المدير الطبي أن المريض تماثل للشفاء.",
        "أكد",
        "المريض تماثل للشفاء",
    ),
    (
        "وفي الإعلان عن النتائج قالت الشركة إن أرباحها ارتفعت.",
        "قالت",
        "أرباحها ارتفعت",
    ),
    (
        "وحول نتائج التحقيق قال المتحدث إن اللجنة لم تنه عملها.",
        "قال",
        "اللجنة لم تنه عملها",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), CASES)
def test_the_cue_and_its_content(text: str, cue: str, content: str) -> None:
    assert (cue, content) in readings(text)


@pytest.mark.parametrize(
    "text",
    [
        # 2, traps: an evidence subject before the verb still speaks for no one
        "ونتائج التحاليل أكدت خلو العينة من أي مادة ضارة.",
        "والأرقام تشير إلى أن عدد الزوار ارتفع.",
        "وأكدت نتائج التحاليل خلو العينة من أي مادة ضارة.",
    ],
)
def test_no_report(text: str) -> None:
    assert readings(text) == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # 3. an accusation in the present, right after its subject: the subject is the source
        ("وقالت الصحيفة إن الولايات المتحدة تتهم النظام السوري بدعم التنظيم.", "الولايات المتحدة", "دعم التنظيم"),
        ("لكن بعض نواب المعارضة يتهمون الرئيس بتعطيل البرلمان.", "بعض نواب المعارضة", "تعطيل البرلمان"),
        # after a relative pronoun the antecedent is left to the speaker layer, never the accused
        ("وأيدت القرار العواصم الغربية التي تتهم المتمردين بإسقاط الطائرة.", "", "إسقاط الطائرة"),
    ],
)
def test_an_accusation_after_its_subject(text: str, source: str, content: str) -> None:
    found = [a for a in arabicnews.analyze(text).attributions if a.cue.text.startswith(("تتهم", "يتهم"))]
    assert [("، ".join(s.text for s in a.sources), a.content.text) for a in found] == [(source, content)]


def test_a_call_after_a_definite_noun_still_describes_it() -> None:
    # the present-tense refusal keeps «الدين الذي يدعو إلى التسامح» (what a creed calls for) out
    assert readings("وأكد أن الإسلام هو الدين الذي يدعو إلى التسامح والإخاء.") == [
        ("أكد", "الإسلام هو الدين الذي يدعو إلى التسامح والإخاء")
    ]
