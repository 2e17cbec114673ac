"""dev22's contents and claims, issue 14 session 24 (attr24b).

1. A short quoted name that «،» or «؛» and the reporting verb's complement follow is the subject's name, not
   what was said («وأكد مدير مركز التنمية الاجتماعية ببريدة، "خالد المنصور"؛ أن ...», «الرئيس التنفيذي لشركة
   "إنوكيم"، عن سعادته»): one outlet sets names in marks and closes the subject with «؛». Traps: a quote after the
   verb's own preposition, quoted words after a definite word that open with no name word, a participle (no
   subject of its own), «إن شاء الله».
2. A masculine verb with a dropped subject goes on with the earlier verb's one-word subject when that subject took
   a masculine verb itself and is the family name of an earlier full name, though it ends as a feminine name does
   («... ابوبكر سيلا ... وشدد سيلا على ...، وقال:»). Traps: a woman's name after a feminine verb, then a masculine
   verb; a one-word subject with no full name before it.
3. The writer's prayer («سائلا الله», prayers.txt) ends a content that is the verb's noun phrase with no comma before
   it («قدم ... تعازيه ... رحمها الله سائلا الله بأن يتغمدها»). Traps: inside an «أن» clause; «سائلا» with no one asked.
4. «وبين» after a first “between” with its pronoun («الفارق بينه وبين تشلسي») is the second “between”, not the
   verb «بيّن» that ended the content before it. Trap: past a comma, «وبين المتحدث أن» is the verb.
The sentences are the tests' own (docs/history/attribution.md, "attr24b").
"""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import NLP
from test_attribution_speakers_s19 import speaker_of

FILLER = "وأجرى الفريق تدريباته المسائية على الملعب الرئيسي. " * 3
"""Sentences that put an earlier full name out of the reach of the source's fuller mention."""


def reading(text: str, cue: str) -> tuple[str, list[str], str]:
    """The kind, the sources' texts and the content of the attribution whose cue is ``cue``."""
    doc = NLP(text)
    doc.validate()
    got = [(a.kind, [s.text for s in a.sources], a.content.text) for a in doc.attributions if a.cue.text == cue]
    assert got, f"no attribution with the cue {cue!r}"
    return got[0]


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        (
            'وأكد مدير مركز التنمية الاجتماعية ببريدة، "خالد المنصور"؛ أن احتفالية هذا العام ناجحة.',
            "أكد",
            ("indirect", ['مدير مركز التنمية الاجتماعية ببريدة، "خالد المنصور"'], "احتفالية هذا العام ناجحة"),
        ),
        (
            'وأعرب المهندس عبدالعزيز المؤيد، الرئيس التنفيذي لشركة "إنوكيم"، عن سعادته بالتعاقد مع الشركة.',
            "أعرب",
            (
                "indirect",
                ['المهندس عبدالعزيز المؤيد، الرئيس التنفيذي لشركة "إنوكيم"'],
                "سعادته بالتعاقد مع الشركة",
            ),
        ),
        (
            "وأشار الموقع المصري «الوطن»، إلى أن وزارة الداخلية كشفت الخلية.",
            "أشار",
            ("indirect", ["الموقع المصري «الوطن»"], "وزارة الداخلية كشفت الخلية"),
        ),
        # past an adjunct the quote is the adjunct's: the source stays the one before it
        (
            'وأشار سعدات، خلال زيارة محاميه له في سجن "نفحة"، إلى أن التصعيد سيستمر.',
            "أشار",
            ("indirect", ["سعدات"], "التصعيد سيستمر"),
        ),
        (
            'وأضاف "المزروع"؛ "اللجنة تتمتع بالاستقلال في اتخاذ أي قرار".',
            "أضاف",
            ("direct", ["المزروع"], "اللجنة تتمتع بالاستقلال في اتخاذ أي قرار"),
        ),
    ],
)
def test_a_quoted_name_closed_by_a_comma_or_semicolon_is_the_subjects(
    text: str, cue: str, want: tuple[str, list[str], str]
) -> None:
    assert reading(text, cue) == want


@pytest.mark.parametrize(
    ("text", "cue", "want_content"),
    [
        # after the verb's own preposition the quote is what was pointed to
        ('وأشار إلى "الأزمة"، إلى أن الحل قريب.', "أشار إلى", "الأزمة"),
        # after a definite word, quoted words that open with no name word are what was said
        ('وأكد الوزير "نرفض التدخل"؛ أن الموقف ثابت.', "أكد", "نرفض التدخل"),
    ],
)
def test_a_quote_that_is_no_name_stays_the_content(text: str, cue: str, want_content: str) -> None:
    assert reading(text, cue)[2] == want_content


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "وقدم النادي لاعب الوسط ابوبكر سيلا. " + FILLER + "وشدد سيلا على أهمية الجانب النفسي للاعب، وقال: "
            '"الراحة النفسية للاعب أهم شيء".',
            "قال",
            "سيلا",
        ),
        ("وحضر الحفل خالد العطية. " + FILLER + "وقال العطية إن الوضع صعب. وأضاف أن الحل قريب.", "أضاف", "العطية"),
    ],
)
def test_a_name_that_took_a_masculine_verb_goes_on(text: str, cue: str, speaker: str) -> None:
    assert speaker_of(text, cue) == speaker


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a woman's name after a feminine verb: a masculine verb next is someone else
        ("وقالت ساندرا إن الوضع صعب. وأضاف أن الحل قريب.", "أضاف"),
        # a one-word subject no full name came before: an adverb or object the rules took may be it
        ("وقال العطية إن الوضع صعب. وأضاف أن الحل قريب.", "أضاف"),
        # the word came before as a noun's genitive, not after a first name
        ("ومن حقوق الفتاة أن تسأل. " + FILLER + "وأكد الفتاة أن الوضع صعب. وأضاف أن الحل قريب.", "أضاف"),
        # the word came before after a verb, not after a name
        ("وقد عبّر علنا عن رأيه. " + FILLER + "وأكد علنا أن الوضع صعب. وأضاف أن الحل قريب.", "أضاف"),
    ],
)
def test_a_masculine_verb_does_not_go_on_with_a_feminine_subject(text: str, cue: str) -> None:
    assert speaker_of(text, cue) is None


@pytest.mark.parametrize(
    ("text", "cue", "want_content"),
    [
        # the writer's prayer after the verb's noun phrase, no comma before it
        (
            "وقد قدم الأمير صادق تعازيه ومواساته في وفاة الأميرة رحمها الله سائلا الله بأن يتغمدها بواسع رحمته.",
            "قدم",
            "صادق تعازيه ومواساته في وفاة الأميرة رحمها الله",
        ),
        # trap: inside an «أن» clause the prayer is its own subject's, and stays
        (
            "وأوضح المتحدث أن المدير قدم تعازيه لذوي المتوفى سائلا الله له الرحمة والمغفرة.",
            "أوضح",
            "المدير قدم تعازيه لذوي المتوفى سائلا الله له الرحمة والمغفرة",
        ),
        # trap: «سائلا» with no one asked after it is no prayer of the list
        (
            "وقدم الأمير تعازيه لأسرة الفقيد سائلا عن أحوالهم.",
            "قدم",
            "تعازيه لأسرة الفقيد سائلا عن أحوالهم",
        ),
    ],
)
def test_a_prayer_with_no_comma_ends_the_verbs_noun_phrase(text: str, cue: str, want_content: str) -> None:
    assert reading(text, cue)[2] == want_content


@pytest.mark.parametrize(
    ("text", "cue", "want_content"),
    [
        # «بينه وبين»: the second “between” after the first with its pronoun is no «بيّن»
        (
            "واعرب المدرب عن امله في تقليص الفارق بينه وبين تشلسي بطل الدوري.",
            "اعرب",
            "امله في تقليص الفارق بينه وبين تشلسي بطل الدوري",
        ),
        ("وأكد الوزير أن التعاون بيننا وبين الوزارة قائم.", "أكد", "التعاون بيننا وبين الوزارة قائم"),
        # trap: past a comma «وبين» + a subject + «أن» is the verb «بيّن»
        ("وقال الوزير إن العلاقة بيننا جيدة، وبين المتحدث أن العمل مستمر.", "قال", "العلاقة بيننا جيدة"),
    ],
)
def test_a_second_between_after_a_pronoun_one_is_no_cue(text: str, cue: str, want_content: str) -> None:
    assert reading(text, cue)[2] == want_content
