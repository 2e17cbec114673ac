"""Listed verbs whose frame the reading rules did not reach, issue 14 session 24 (attr24c).

«أفاد» (reported) and «هنأ» (congratulated) take a «بـ» content after their subject, as «طالب» does («وأفادت
مصادر محلية بتقدم المقاومة», «وهنأ الوزير الفريق بالفوز»); a present «يفيد/تفيد» with a «بـ» stays no report
(«بلاغ يفيد بوجود ...», «قانون يفيد المجتمع بتوضيح ...»: the rule on present verbs refuses it). A «بـ» written
on a word of the subject before «أن» is no content's («وأفاد مدير الإدارة بالغرفة محمد الصفح، أن ...»:
`Phrases.ba_before_comp`), nor is «بحسب» or «باسم». «أوضح», «بين», «ذكر», which take no plain noun phrase, report
one whose head is a noun of explaining (explained_nouns.txt: «أوضح الدكتور الآغا أهمية ...»); traps: another
noun phrase, the comparative «أوضح», a present «توضح» (docs/history/attribution.md, "attr24c"). The sentences
are the tests' own.
"""

from __future__ import annotations

import pytest

import arabicnews


def _found(text: str) -> list[tuple[str, list[str], str]]:
    doc = arabicnews.analyze(text)
    return [(a.cue.text, [s.text for s in a.sources], a.content.text) for a in doc.attributions]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وأفادت مصادر محلية بتقدم القوات نحو المدينة.",
            ("أفادت", ["مصادر محلية"], "تقدم القوات نحو المدينة"),
        ),
        (
            "وأفاد المرصد أمس، باختطاف خمسة مقاتلين.",
            ("أفاد", ["المرصد"], "اختطاف خمسة مقاتلين"),
        ),
        (
            "وأفادت مصادر بحسب الوكالة بانضمام المئات إلى المجلس.",
            ("أفادت", ["مصادر"], "انضمام المئات إلى المجلس"),
        ),
        (
            "وهنأ الوزير الفريق الفائز بتحقيق البطولة.",
            ("هنأ", ["الوزير"], "تحقيق البطولة"),
        ),
    ],
)
def test_ba_content(text: str, want: tuple[str, list[str], str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وأفاد مدير إدارة المهرجانات بالغرفة محمد الصفح، أن العروض تواصلت في المحال.",
            ("أفاد", ["مدير إدارة المهرجانات بالغرفة محمد الصفح"], "العروض تواصلت في المحال"),
        ),
        (
            "وأفاد مصدر بإدارة أمن الطرق بمكة أن الدوريات ضبطت المركبة.",
            ("أفاد", ["مصدر بإدارة أمن الطرق بمكة"], "الدوريات ضبطت المركبة"),
        ),
        (
            "وأفاد المتحدث باسم الوزارة بأن القطار خرج عن القضبان.",
            ("أفاد", ["المتحدث باسم الوزارة"], "القطار خرج عن القضبان"),
        ),
    ],
)
def test_ba_of_the_subject_before_an(text: str, want: tuple[str, list[str], str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # «أن» right after the «بـ» word opens that word's clause; «وأن» joins the «بـ» content
        ("وطالب رئيس المجلس بضرورة أن تتدخل البلدية.", ("طالب", ["رئيس المجلس"], "ضرورة أن تتدخل البلدية")),
        (
            "وطالب رئيس المجلس بتوفير المياه وأن تتدخل البلدية.",
            ("طالب", ["رئيس المجلس"], "توفير المياه وأن تتدخل البلدية"),
        ),
        # «إن» written with its hamza below after the «بـ» content is a condition
        ("وهدد الحوثيون بالرد إن استمرت الغارات.", ("هدد", ["الحوثيون"], "الرد إن استمرت الغارات")),
    ],
)
def test_ba_content_before_an_kept(text: str, want: tuple[str, list[str], str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "وتلقت الشرطة بلاغا يفيد بوجود شخص مصاب في الموقع.",
        "ويرى المحامي أن سن قانون للتحرش يفيد المجتمع بتوضيح طرق التحرش.",
    ],
)
def test_present_ifid_is_no_report(text: str) -> None:
    assert not [f for f in _found(text) if f[0] in ("يفيد", "تفيد")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وأوضح الدكتور الآغا أهمية التوعية الصحية للأسر.",
            ("أوضح", ["الدكتور الآغا"], "أهمية التوعية الصحية للأسر"),
        ),
        (
            "وأوضح مدير إدارة التسويق حسن الشهري كيفية الاستفادة من القسائم المجانية.",
            ("أوضح", ["مدير إدارة التسويق حسن الشهري"], "كيفية الاستفادة من القسائم المجانية"),
        ),
        (
            "وذكر العنزي أسباب ظهور هذا الفكر المنحرف.",
            ("ذكر", ["العنزي"], "أسباب ظهور هذا الفكر المنحرف"),
        ),
    ],
)
def test_explained_noun_phrase(text: str, want: tuple[str, list[str], str]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "وأوضحت قائمة الأسعار أمرا آخر في السوق.",
        "الصورة في سوريا ليست أوضح ولا أفضل من قبل.",
        "ويحتوي التطبيق على معلومات توضح كيفية التسجيل في الانتخابات.",
        "ولم يكن الخطاب أوضح من البيان السابق.",
    ],
)
def test_other_noun_phrase_is_no_report(text: str) -> None:
    assert not [f for f in _found(text) if f[0] in ("أوضح", "أوضحت", "توضح")]


def test_by_that_points_back() -> None:
    # «أفاد بذلك»: the «بـ» on «ذلك» right after the verb opens no content; the sentence before is reported
    text = "وزار المدير مركز صحي الباحة والتقى العاملين. أفاد بذلك مدير إدارة العلاقات محمد سليمان."
    assert ("أفاد", ["مدير إدارة العلاقات محمد سليمان"], "زار المدير مركز صحي الباحة والتقى العاملين") in _found(text)


def test_participle_keeps_its_ba_content_before_an() -> None:
    # a participle's «بـ» content may hold a clause with «أن»: only a past verb's subject ends in a «بـ» seat
    found = _found("وخرجت مظاهرات منددة باعتقال فتاتين لمجرد أنهما كانتا ترتديان تنورة.")
    assert ("منددة", [], "اعتقال فتاتين لمجرد أنهما كانتا ترتديان تنورة") in found
