"""Calls and requests whose frame the cue rows did not read, issue 14 session 21 (attr21f): made-up variants.

- a call that takes «لـ» on its content's first word after the one it calls on (`cues.tsv`: «دعا» «إلى|ل»,
  «وجه» «ب|ل»): «ودعا الوزير المواطنين للتعاون» reads as «ودعا الوزير المواطنين إلى التعاون»; the one called
  on is no part of the source, the content starts after the «لـ» (dev3, dev7, dev18 golds);
- «طلب من X Y» with «من» right after the verb: the one asked is neither source nor content (the guideline:
  «the one asked in «طلب من X ...» is no part of the content», 6 of 6 tuning golds), the subject is the one
  before the verb or none (a dropped subject: the speakers table resolves it);
- the one asked after «طلب SUBJ من» ends at its definite or possessed word, with its nisba adjectives, a noun
  joined by «و» and a seat («من الغرفة التجارية الصناعية بمكة»), not at the end of a long noun phrase.

Traps: «لـ» of an audience or a complement before the one called on, a demonstrative after «لـ» («لهذا»), the
row's own preposition later in the clause, a «بـ» phrase between the one called on and the «لـ», a resumptive
«إليه» («لما دعا إليه الرئيس لعقد»); «طلب من الله» (a prayer), a relative clause («التي طلب من الشركة»),
«وقد طلب من» with no subject (the passive), «طلبت من» with no subject (also "I asked"), a present «يطلب من»
inside a clause. The sentences are the tests'
own, not corpus text."""

from __future__ import annotations

import pytest

import arabicnews


def _cues(text: str, lemma: str) -> list[tuple[str, list[str], str]]:
    doc = arabicnews.analyze(text)
    return [(a.cue.text, [s.text for s in a.sources], a.content.text) for a in doc.attributions if a.cue.lemma == lemma]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "ودعا الوزير المواطنين للتعاون مع البلديات في حال وجود مخالفات.",
            ("دعا", ["الوزير"], "لتعاون مع البلديات في حال وجود مخالفات"),
        ),
        (
            "ودعت الدراسة المؤسسات الربحية والتجار للاستثمار في المدينة.",
            ("دعت", ["الدراسة"], "لاستثمار في المدينة"),
        ),
        (
            "ودعا فرع وزارة العمل بالمنطقة، المواطنين والمقيمين للإبلاغ عن العمالة المخالفة.",
            ("دعا", ["فرع وزارة العمل بالمنطقة"], "لإبلاغ عن العمالة المخالفة"),
        ),
        (
            "ودعا محافظ القاهرة كافة المصريين لحضور الاحتفال بقناة السويس.",
            ("دعا", ["محافظ القاهرة"], "حضور الاحتفال بقناة السويس"),
        ),
    ],
)
def test_a_call_takes_lam_after_the_one_called_on(text: str, want: tuple[str, list[str], str]) -> None:
    assert want in _cues(text, "دعا")


def test_a_directive_takes_lam_after_the_one_directed() -> None:
    got = _cues("ووجه البيان الدول الأعضاء لإعلان أسماء المرشحين قبل نهاية الشهر.", "وجه")
    assert got == [("وجه", ["البيان"], "إعلان أسماء المرشحين قبل نهاية الشهر")]


@pytest.mark.parametrize(
    ("text", "not_content"),
    [
        ("ودعا رئيس الهيئة للشؤون الإسلامية المواطنين للتعاون.", "لتعاون"),  # an «لـ» complement first
        ("ودعت المشرفة الشركات الراغبة بتقديم طلباتها لهذا المسار.", "هذا المسار"),  # a «بـ» phrase, «لهذا»
        ("ودعا الوزير المواطنين للمنطقة الشرقية إلى التعاون مع الجهات.", "لمنطقة الشرقية"),  # «إلى» follows
        ("ويأتي ذلك استجابة لما دعا إليه الرئيس الفلسطيني لعقد قمة استثنائية.", "عقد قمة استثنائية"),  # «إليه»
        ("ودعا المتحدث جميع المتنزهين بضرورة الحذر من وسائل الطفو لسرعة الغرق.", "سرعة الغرق"),  # «بـ» between
    ],
)
def test_a_lam_that_is_not_the_calls_opens_no_content(text: str, not_content: str) -> None:
    assert not any(content.startswith(not_content) for _, _, content in _cues(text, "دعا"))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("وطلب من شقيقه تحويل المبلغ له في المملكة.", ("طلب", [], "تحويل المبلغ له في المملكة")),
        (
            "وكانت الحكومة التشادية طلبت من السكان المحليين إخلاء الجزر مع بدء العملية.",
            ("طلبت", ["الحكومة التشادية"], "إخلاء الجزر مع بدء العملية"),
        ),
        ("قرر العودة إلى بلده، فطلب من زوجته العودة مع أطفالهما.", ("طلب", [], "العودة مع أطفالهما")),
        (
            "وطلب الأمين من الغرفة التجارية الصناعية بمكة ترشيح عقاريين من أصحاب الخبرة.",
            ("طلب", ["الأمين"], "ترشيح عقاريين من أصحاب الخبرة"),
        ),
        (
            "وطلب المسلحون من مكتب التربية والتعليم بالمحافظة، الدعوة إلى اجتماع عاجل.",
            ("طلب", ["المسلحون"], "الدعوة إلى اجتماع عاجل"),
        ),
    ],
)
def test_the_one_asked_is_neither_source_nor_content(text: str, want: tuple[str, list[str], str]) -> None:
    assert want in _cues(text, "طلب")


@pytest.mark.parametrize(
    "text",
    [
        "وطلب من الله العفو والمغفرة.",  # a prayer
        "وتسلمت اللجنة المخططات التي طلب من الشركة المصنعة توفيرها.",  # a relative clause
        "وقال المسؤول إن المبنى قديم، وقد طلب من السكان المغادرة.",  # «قد» with no subject: the passive
        "وتشترط أن تحصل الدولة التي تطلب من البنك قرضا على موافقة السكان.",  # a present verb in a clause
        "وطلبت المساعدة من الجيران.",  # no «من» right after the verb, no subject told from the thing asked
        "وتابع: وسط زملائه طلبت منه الابتعاد قبل أن أرتكب ما لا تحمد عقباه.",  # «طلبتُ» "I asked" as well
    ],
)
def test_requests_the_rule_leaves_alone(text: str) -> None:
    assert _cues(text, "طلب") == []
