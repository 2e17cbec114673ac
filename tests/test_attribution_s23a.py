"""A statement's occasion before a «بـ» content: the «بـ» after it is the verb's. Issue 14, session 23 (attr23a).

A verb that takes its content with «بـ» («أشاد / رحب / نوه / اعترف / طالب بـ») often has the occasion of
the words between its subject and its content: «وأشاد الإمام خلال المناسبة بالمشاركة», «ورحب سموه في كلمته
بالوزراء», «ونوه في بداية الاجتماع بموافقة». The content scan stopped at «خلال» / «في» (a stop word) and
took no «بـ» after it unless a comma closed the phrase, so the cue gave nothing (dev21's «واشاد إمام
وخطيب المسجد الحرام ... خلال المناسبة بالمشاركة»; 2015-08-06 / 08-10: docs/history/attribution.md,
"attr23a"). The phrase: «في», «خلال» or «أثناء», at most three words, one of its first two an occasion or
a document of `occasions.txt` / `documents.txt` (also with a possessive pronoun: «كلمته»).

Traps: a «بـ» adjunct after the occasion («بحضور», «بمشاركة», «بالتعاون مع»), a place after «بـ»
(«خلال زيارته بالرياض»), a place phrase that names no occasion («في المدينة»), a «بـ» past a phrase of
more than three words, an object with its «لـ» addressee before the occasion. The sentences are the tests' own.
"""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content, sources


@pytest.mark.parametrize(
    ("text", "cue", "want_sources", "want_content"),
    [
        (
            "وأشاد إمام المسجد الشيخ صالح بن حميد خلال المناسبة بالمشاركة الإيجابية بين القطاعين.",
            "أشاد",
            ["إمام المسجد الشيخ صالح بن حميد"],
            "المشاركة الإيجابية بين القطاعين",
        ),
        ("ورحب المحافظ في كلمته بالوزراء والضيوف.", "رحب", ["المحافظ"], "الوزراء والضيوف"),
        ("ونوه الوزير في بداية الاجتماع بموافقة المجلس على المشروع.", "نوه", ["الوزير"], "موافقة المجلس على المشروع"),
        ("وأشاد الوزير أثناء زيارته لجدة بالخدمات المقدمة للحجاج.", "أشاد", ["الوزير"], "الخدمات المقدمة للحجاج"),
        ("وطالبت اللجنة في بيانها بالإفراج عن المعتقلين.", "طالبت", ["اللجنة"], "الإفراج عن المعتقلين"),
    ],
)
def test_a_ba_content_after_the_occasion(text: str, cue: str, want_sources: list[str], want_content: str) -> None:
    assert sources(text)[cue] == want_sources
    assert content(text, cue) == want_content


@pytest.mark.parametrize(
    "text",
    [
        "وأشاد الوزير خلال الحفل بحضور الأمير.",  # an adjunct «بحضور»
        "وأشاد الوزير خلال الحفل بمشاركة الطلاب.",  # «بمشاركة» with no article: an adjunct
        "وأشاد الوزير خلال الحفل بالتعاون مع الجامعة.",  # «بالتعاون مع»: an adjunct
        "وأشاد الوزير خلال زيارته بالرياض أمس.",  # a place after «بـ»
        "وأشاد الوزير في المدينة بالمشاركة الواسعة.",  # «في المدينة» names no occasion
        "وأشاد الوزير خلال زيارته الأولى للمنطقة الشرقية بالمشاركة الواسعة.",  # past three words
    ],
)
def test_no_ba_content_after_an_adjunct_a_place_or_a_long_phrase(text: str) -> None:
    assert not [a for a in sources(text) if "أشاد" in a]


def test_no_ba_content_after_an_object_and_its_addressee() -> None:
    # «وجه صفعة لـ» "dealt a blow to": an object and a «لـ» phrase before the occasion, then a place
    assert "وجه" not in sources("وجه الفريق صفعة قوية لمنافسه في افتتاح مباريات الفريقين بالدوري الإنجليزي.")


# A verb right after a pronoun on «إن», «أن», «لكن» or «لأن» has that pronoun for its subject: the noun
# phrase after the verb is its object or content, never its source (dev21's «فإنها أنكرت أي علم لها
# بالطريقة» gave the source «أي علم لها»; 12 such sources in 3,795 unannotated articles, all wrong:
# «لكنه أكد كامل ثقته», «لكنه دعا ايران الى», «إنها وصفت حالة المسافرين بأنهم»).
@pytest.mark.parametrize(
    ("text", "cue", "want_content"),
    [
        ("ورغم تعاطفها فإنها أنكرت أي علم لها بالطريقة التي تعمل بها المزرعة.", "أنكرت", "أي علم لها بالطريقة"),
        ("وأشاد بالجهود، لكنه أكد كامل ثقته في قدرة الوكالة.", "أكد", "كامل ثقته في قدرة الوكالة"),
        ("ورحب بالاتفاق، لكنه دعا ايران الى أن تخصص المال لشعبها.", "دعا", "تخصص المال لشعبها"),
        ("وقالت الصحيفة إنها وصفت حالة المسافرين بأنهم رهائن.", "وصفت", "أنهم رهائن"),
    ],
)
def test_no_source_after_a_verb_whose_subject_is_a_pronoun_on_a_particle(
    text: str, cue: str, want_content: str
) -> None:
    assert sources(text)[cue] == []
    assert content(text, cue).startswith(want_content)


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        ("ولكن الوزير أنكر أي علم له بالطريقة التي تعمل بها المزرعة.", "أنكر", ["الوزير"]),  # no pronoun
        ("إلا أنه أكد مصدر مسؤول في الوزارة أن المشروع اكتمل.", "أكد", ["مصدر مسؤول في الوزارة"]),  # impersonal
        ("وقال الوزير إن الشركة أكدت أن المشروع اكتمل.", "أكدت", ["الشركة"]),  # a noun after «إن»
    ],
)
def test_a_source_where_no_pronoun_is_the_subject(text: str, cue: str, want: list[str]) -> None:
    assert sources(text)[cue] == want
