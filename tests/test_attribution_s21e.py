"""An unnamed source's affiliation phrase, whatever closes it before the content, issue 14 session 21 (attr21e).

The sources cut short before a «في» phrase are the largest class of source errors over the nineteen tuning sets
(docs/history/attribution.md, "attr21e"). After an unnamed head («مصدر مسؤول», «مصادر», «زعماء») the «في» phrase
with its body noun says whose source it is, and the golds keep it in the source. The rules took it only when
the phrase ran straight into the content marker (commas, time words and an audience between) and only when the
body noun was a listed one. Two grammatical facts widen that:

- the affiliation phrase ends with its noun phrase, whatever clause or phrase then stands before the marker: a
  relative clause on the body («زعماء في الحزب الجمهوري الذي يهيمن على الكونغرس إن») or the statement's venue
  («مصدر مسؤول في وزارة الخارجية في تصريح صحفي إن») stays out of the source, as an audience and a time do;
- a noun in construct with a definite genitive after the unnamed head's «في» is a body («في صندوق التنمية
  العقارية», «في صناعة النفط»), whether or not bodies.txt lists it; a place («في مدينة الرياض»), a time, an
  occasion or a document («في تصريح الوزارة») keeps the cut.

Traps: a place after the unnamed head, a venue right after the head, an indefinite noun with no genitive, a name
that only looks plural before «في إحدى المقابلات». The sentences are the tests' own.
"""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content, sources


@pytest.mark.parametrize(
    ("text", "cue", "want_sources", "want_content"),
    [
        # a relative clause on the body after the phrase stays out of the source
        (
            "وقال زعماء في الحزب الديمقراطي الذي يسيطر على المجلس إن التصويت سيجري الأسبوع المقبل.",
            "قال",
            ["زعماء في الحزب الديمقراطي"],
            "التصويت سيجري الأسبوع المقبل",
        ),
        (
            "وقال مسؤولون في الشركة التي تدير الميناء إن العمل توقف.",
            "قال",
            ["مسؤولون في الشركة"],
            "العمل توقف",
        ),
        # the statement's venue after the phrase
        (
            "وقال مصدر مسؤول في وزارة الداخلية المصرية في تصريح صحفي إن الحادث قيد التحقيق.",
            "قال",
            ["مصدر مسؤول في وزارة الداخلية المصرية"],
            "الحادث قيد التحقيق",
        ),
        (
            "وقال مسؤول في هيئة الطيران المدني في بيان أمس إن الرحلات عادت.",
            "قال",
            ["مسؤول في هيئة الطيران المدني"],
            "الرحلات عادت",
        ),
        # a body noun bodies.txt does not list, in construct with a definite genitive
        (
            "وأكد مصدر مسؤول في صندوق التنمية الزراعية أن الصفقة لم تتم.",
            "أكد",
            ["مصدر مسؤول في صندوق التنمية الزراعية"],
            "الصفقة لم تتم",
        ),
        (
            "وقالت مصادر في صناعة الإسمنت المصرية، إن الإنتاج سيرتفع.",
            "قالت",
            ["مصادر في صناعة الإسمنت المصرية"],
            "الإنتاج سيرتفع",
        ),
    ],
)
def test_an_unnamed_sources_affiliation_ends_with_its_noun_phrase(
    text: str, cue: str, want_sources: list[str], want_content: str
) -> None:
    assert sources(text)[cue] == want_sources
    assert content(text, cue) == want_content


@pytest.mark.parametrize(
    ("text", "cue", "want_sources"),
    [
        # a place is where they are, not whose sources they are (the golds leave it out)
        ("وقال شهود عيان في مدينة الرياض إن الانفجار كان قويا.", "قال", ["شهود عيان"]),
        ("وقالت مصادر محلية في محافظة البيضاء الواقعة شرق العاصمة إن الاشتباكات توقفت.", "قالت", ["مصادر محلية"]),
        # the venue right after the head: no affiliation at all
        ("وقال مصدر مسؤول في تصريح الوزارة الذي نشر أمس إن الحادث قيد التحقيق.", "قال", ["مصدر مسؤول"]),
        # a name that only looks plural («-ون»): «في» + an unlisted construct is where he spoke, no body
        ('يقول هيلتون في إحدى المقابلات: "تربيت في منزل صغير".', "يقول", ["هيلتون"]),
        # an indefinite noun with no definite genitive is no body
        ("وقالت مصادر في وقت متأخر الذي تلا الاجتماع إن الاتفاق قريب.", "قالت", ["مصادر"]),
    ],
)
def test_a_place_a_venue_or_a_bare_noun_keeps_the_cut(text: str, cue: str, want_sources: list[str]) -> None:
    assert sources(text)[cue] == want_sources


def test_a_body_phrase_that_runs_into_the_marker_is_read_as_before() -> None:
    # the plain case the rules already read: nothing between the phrase and «إن»
    text = "وقال مسؤول في وزارة الصحة إن الحالات انخفضت."
    assert sources(text)["قال"] == ["مسؤول في وزارة الصحة"]
