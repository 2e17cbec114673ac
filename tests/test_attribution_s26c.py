"""Sources that stop short, issue 14 session 26 (attr26c): made-up variants of the constructions counted in the
unannotated 2015-08-06 / 08-10 text (docs/history/attribution.md, "attr26c").

A role that is a participle of being in charge takes its own preposition (`in_charge.txt`: «المشرف على»,
«القائمون على», «المسؤول عن»): the phrase after it names what the role runs and belongs to the source, with the
rank and name that may follow («المشرف العام على البرنامج نايف الهاجري»). Before, the source stopped at the
role, the preposition being a stop word.

Traps: a stop word or punctuation after the preposition; an oblique plural in -ين right after the verb (the
object of «وجه»); a role not in charge («الوزير على»); a time after the phrase. The sentences are the tests'
own, not corpus text."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import sources
from test_attribution_speakers_s19 import speaker_of


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        (
            "وأوضح المشرف العام على البرنامج نايف الهاجري، أن النجاحات كبيرة.",
            "أوضح",
            ["المشرف العام على البرنامج نايف الهاجري"],
        ),
        (
            "وقال المشرف على المسابقة د. عبدالرحمن السلمي إن فكرة المسابقة جديدة.",
            "قال",
            ["المشرف على المسابقة د. عبدالرحمن السلمي"],
        ),
        ("وقالت المشرفة على المبنى إن الطالبات غادرن.", "قالت", ["المشرفة على المبنى"]),
        (
            "وأضاف الباحثون المشرفون على هذه الدراسة أن التدريب يعزز الفهم.",
            "أضاف",
            ["الباحثون المشرفون على هذه الدراسة"],
        ),
        ("ويؤكد القائمون على الدراسة أن الأطفال يحتاجون إلى الحركة.", "يؤكد", ["القائمون على الدراسة"]),
        ("وقال سامي فريد المسؤول عن بيع التذاكر إن الإقبال كبير.", "قال", ["سامي فريد المسؤول عن بيع التذاكر"]),
        ("وأكد عدد من المشرفين على الحملة أن النتائج جيدة.", "أكد", ["عدد من المشرفين على الحملة"]),
        # traps
        ("وقال المشرف عن المسابقة إن الفكرة جيدة.", "قال", ["المشرف"]),
        ("وقال المشرف على المسابقة أمس إن الفكرة جيدة.", "قال", ["المشرف على المسابقة"]),
    ],
)
def test_role_in_charge_keeps_what_it_runs(text: str, cue: str, want: list[str]) -> None:
    assert sources(text)[cue] == want


def test_speaker_after_a_role_in_charge_takes_the_whole_role() -> None:
    text = "وأوضح المشرف العام على البرنامج نايف الهاجري أن التسجيل بدأ، مشيرا إلى أن الأرقام كبيرة."
    assert speaker_of(text, "مشيرا") == "المشرف العام على البرنامج نايف الهاجري"


def test_oblique_plural_after_the_verb_does_not_run_on() -> None:
    # «القائمين» right after «وجه» is its object: the charge phrase is not read past it into «بضرورة ...»
    text = (
        "ووجه القائمين على المركز بضرورة العمل الجاد على الاستفادة من الدعم الكبير المخصص له، "
        "وأن يؤدي المركز دوره في تزويد الجهات."
    )
    assert not any("بضرورة" in s for s in sources(text)["وجه"])


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # a group's head noun (bodies.txt: «تنظيم», «جماعة», «مجموعة») before its quoted name
        ("وحسب ما نشره تنظيم «بيت المقدس» عن سيرة بدر، فإنه قاتل في سوريا.", "حسب ما نشره", ["تنظيم «بيت المقدس»"]),
        ("وقالت جماعة «أنصار الله» إن الهجوم وقع فجرا.", "قالت", ["جماعة «أنصار الله»"]),
        ('وأشارت مجموعة "هاي جروب" إلى أن الموظفين راضون.', "أشارت", ['مجموعة "هاي جروب"']),
        # trap: a group noun with «من» stays a quantity («مجموعة من»)
        ("وأكدت مجموعة من الخبراء أن الأسعار سترتفع.", "أكدت", ["مجموعة من الخبراء"]),
    ],
)
def test_group_head_keeps_its_quoted_name(text: str, cue: str, want: list[str]) -> None:
    assert sources(text)[cue] == want


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # an according-to source's quoted name that closes the phrase (`_quoted_name_to_close`)
        (
            "وتعد الهيئة من أكبر المنظمات، بحسب ما ذكرت وكالة الأنباء الإيرانية «إرنا».",
            "بحسب ما ذكرت",
            ["وكالة الأنباء الإيرانية «إرنا»"],
        ),
        ('ووفقا لموقع "جلوبال فاير باور"، فإن الجيش يحتل المرتبة السادسة.', "وفقا", ['موقع "جلوبال فاير باور"']),
        (
            "وجرت زراعة الخس وفقا لما أعلنته وكالة الفضاء الأميركية “ناسا”.",
            "وفقا لما أعلنته",
            ["وكالة الفضاء الأميركية “ناسا”"],
        ),
        (
            'وقتل 12 شخصا حسبما ذكرت وكالة أنباء الصين الجديدة "شينخوا" الرسمية.',
            "حسبما ذكرت",
            ['وكالة أنباء الصين الجديدة "شينخوا" الرسمية'],
        ),
        # traps: the quote goes on into a clause; a quote that is no name (a verb in it)
        ("وارتفع المؤشر بحسب تقرير «صحارى» في الأسبوع الماضي.", "بحسب", ["تقرير"]),
        ('وبحسب الوزارة "هذا غير صحيح"، فإن اللجنة ستتحرك.', "بحسب", ["الوزارة"]),
    ],
)
def test_according_to_source_keeps_its_closing_quoted_name(text: str, cue: str, want: list[str]) -> None:
    assert sources(text)[cue] == want


def test_about_that_stays_out_of_the_role() -> None:
    # «عن ذلك»: a demonstrative with no noun after it is what the verb speaks of
    assert sources("وقال المسؤول عن ذلك إن الحل قريب.")["قال"] == ["المسؤول"]


def test_bracket_after_the_quoted_name_keeps_the_cut() -> None:
    text = "وتبلغ الكلفة 50 مليارا وفقا لتقديرات معهد «هيرتدج» (اليميني) في واشنطن، بعد حساب النمو."
    assert sources(text)["وفقا"] == ["تقديرات معهد"]
