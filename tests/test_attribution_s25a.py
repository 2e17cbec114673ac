"""Cues of dev23's classes, counted in unannotated text, issue 14 session 25 (attr25a).

dev23's cue errors, read for the first time this session (docs/history/attribution.md, "attr25a"), fall in
classes that recur in unannotated 2015-08-06 / 08-10 text and in the tuning golds:

- holding responsible, «حمّل X المسؤولية» / «محمّلا X المسؤولية» (dev11, dev17, dev22, dev23): no cue; the
  responsibility is the content, the one held responsible neither source nor content;
- a wish with the one it is for, «متمنيا لهم طيب الإقامة» (dev13, dev15, dev23): refused as a prayer;
- «أخبر» with a first- or second-person object, «أخبرني», «أخبرتني» (dev23): forms absent from cues.tsv;
- a bracketed quote after «قال» with no colon, «قال رسول الله صلى الله عليه وسلم (...)» (dev15, dev17, dev19,
  dev23): refused as a verb with no marker.

The sentences are the tests' own.
"""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content, sources

import arabicnews


def found(text: str) -> list[tuple[str, str, list[str], str]]:
    """Each attribution's cue, kind, sources and content."""
    doc = arabicnews.analyze(text)
    doc.validate()
    return [(a.cue.text, a.kind, [s.text for s in a.sources], a.content.text) for a in doc.attributions]


def cues(text: str) -> list[str]:
    return [cue for cue, _, _, _ in found(text)]


@pytest.mark.parametrize(
    ("text", "cue", "want_sources", "want_content"),
    [
        (
            "وحمّل الرئيس الفلسطيني محمود عباس الحكومة الإسرائيلية المسؤولية الكاملة عن الجرائم.",
            "حمّل",
            ["الرئيس الفلسطيني محمود عباس"],
            "المسؤولية الكاملة عن الجرائم",
        ),
        (
            "وحمل الطلاب ميليشيا الحوثي المسؤولية الكاملة عن سلامة زملائهم المختطفين.",
            "حمل",
            ["الطلاب"],
            "المسؤولية الكاملة عن سلامة زملائهم المختطفين",
        ),
        # no object: the words before the responsibility are the subject
        (
            "وحملت اللجنة المسؤولية المباشرة على الجماعات المتطرفة.",
            "حملت",
            ["اللجنة"],
            "المسؤولية المباشرة على الجماعات المتطرفة",
        ),
        # a comma closes the subject before the one held responsible
        (
            "وحمّل مدير عام الإدارة العامة لصحة البيئة في الأمانة، المواطنين مسؤولية انتشار الباعة.",
            "حمّل",
            ["مدير عام الإدارة العامة لصحة البيئة في الأمانة"],
            "مسؤولية انتشار الباعة",
        ),
        # after a speech's resumptive «فيه» the noun is the one held responsible
        (
            "وأدلى النجيفي بحديث للصحيفة حمل فيه المالكي مسؤولية ما حصل للعراق من خراب.",
            "حمل",
            [],
            "مسؤولية ما حصل للعراق من خراب",
        ),
        # the participle: a dropped subject, the words before the responsibility its object
        (
            "وأضاف أن المعتقلين نقلوا إلى السجن المركزي، محملا مسلحي الحوثي المسؤولية عن سلامتهم.",
            "محملا",
            [],
            "المسؤولية عن سلامتهم",
        ),
    ],
)
def test_holding_responsible_reports_the_responsibility(
    text: str, cue: str, want_sources: list[str], want_content: str
) -> None:
    assert sources(text)[cue] == want_sources
    assert content(text, cue) == want_content


def test_quotation_marks_of_a_name_do_not_end_the_search_for_the_responsibility() -> None:
    # a mark other than a comma ends the search for a noun of thanks; a name's quotation marks do not end
    # the search for the responsibility (2015-08-06 #2406: «محمود عباس"أبو مازن" الحكومة الإسرائيلية»)
    text = 'وحمّل الرئيس محمود عباس "أبو مازن" الحكومة الإسرائيلية المسؤولية الكاملة عن الجرائم.'
    assert content(text, "حمّل") == "المسؤولية الكاملة عن الجرائم"


@pytest.mark.parametrize(
    "text",
    [
        "وحمل اللاعب حقيبته وغادر الملعب بعد المباراة.",
        "داعياً الله أن يعينه على حمل هذه المسؤولية لخدمة الوطن.",
        "وقال إن الجميع مطالب بتحمل المسؤولية في هذه المرحلة.",
        "واتفق الوزيران على اتفاق قد يحمل الأمم المتحدة على تشكيل لجنة لتحديد المسؤولين عن الهجمات.",
        "وحملوا بعض المسؤولين الفاسدين على أكتافهم.",
    ],
)
def test_carrying_and_bearing_are_no_report(text: str) -> None:
    assert not [c for c in cues(text) if "حمل" in c or "حمّل" in c]


@pytest.mark.parametrize(
    ("text", "cue", "want_content"),
    [
        ("ورحب الدكتور الشمري بالوفد، متمنيا لهم طيب الإقامة في الباحة.", "متمنيا", "لهم طيب الإقامة في الباحة"),
        ("وزار المصابين في المستشفى متمنيا للجرحى الشفاء العاجل.", "متمنيا", "للجرحى الشفاء العاجل"),
        ("وحضر الحفل جمع من الأهل متمنين له حياة زوجية سعيدة.", "متمنين", "له حياة زوجية سعيدة"),
        ("وتمنى لهم الشفاء العاجل.", "تمنى", "لهم الشفاء العاجل"),
    ],
)
def test_a_wish_for_someone_reports_what_is_wished(text: str, cue: str, want_content: str) -> None:
    got = [(k, s) for c, k, s, t in found(text) if c == cue and t == want_content]
    assert got == [("indirect", [])]


@pytest.mark.parametrize(
    "text",
    [
        "وختم كلمته داعيا لهم بالتوفيق.",
        "وختم كلمته متمنيا لهم.",
        "ودعا رئيس الهيئة الله عز وجل أن يتقبل الشهداء.",
    ],
)
def test_a_prayer_or_a_wish_with_nothing_wished_is_no_wish_report(text: str) -> None:
    assert not [c for c in cues(text) if c.startswith(("متمني", "داعي"))]


def test_a_wish_with_an_an_clause_keeps_its_clause() -> None:
    text = "وزار المصابين متمنيا لهم أن يعودوا سالمين إلى أهلهم."
    assert content(text, "متمنيا") == "يعودوا سالمين إلى أهلهم"


@pytest.mark.parametrize(
    ("text", "cue", "want_sources", "want_content"),
    [
        (
            "وقد أخبرني مايكل هايدن، المدير السابق للوكالة، أن الاتفاق سيئ.",
            "أخبرني",
            ["مايكل هايدن، المدير السابق"],
            "الاتفاق سيئ",
        ),
        ("وقالت امرأة جميلة أخبرتني بأننا لن نرتاح أبدا.", "أخبرتني", [], "أننا لن نرتاح أبدا"),
        ("وكما أخبرتكم أن الموعد تأجل إلى الأسبوع المقبل.", "أخبرتكم", [], "الموعد تأجل إلى الأسبوع المقبل"),
    ],
)
def test_informing_with_a_first_or_second_person_object(
    text: str, cue: str, want_sources: list[str], want_content: str
) -> None:
    assert sources(text)[cue] == want_sources
    assert content(text, cue) == want_content


@pytest.mark.parametrize(
    "text",
    [
        "الراوي البطل يخبرنا بالقصة مرة واحدة، فنفهم نحن أن القص ليس ما يريده الراوي.",
        "من يخبره أن سيد أحرار العالم في هذا العصر رجل أسود؟",
    ],
)
def test_the_present_of_informing_stays_out(text: str) -> None:
    assert not [c for c in cues(text) if "خبر" in c]


@pytest.mark.parametrize(
    ("text", "cue", "want_sources", "want_content"),
    [
        (
            "وقد قال رسول الله صلى الله عليه وسلم (من مات دون ماله فهو شهيد) رواه البخاري.",
            "قال",
            ["رسول الله صلى الله عليه وسلم"],
            "من مات دون ماله فهو شهيد",
        ),
        (
            "فإن كان رسول الله صلى الله عليه وسلم يقول للرجل (تنكح المرأة لأربع: لمالها ولحسبها ولدينها)",
            "يقول",
            ["رسول الله صلى الله عليه وسلم"],
            "تنكح المرأة لأربع: لمالها ولحسبها ولدينها",
        ),
        (
            "والمادة الرابعة تقول في نصها (تطبق اللائحة على كل مباراة يتم تنظيمها) وهذا واضح.",
            "تقول",
            ["المادة الرابعة"],
            "تطبق اللائحة على كل مباراة يتم تنظيمها",
        ),
        ("فقد قال عليه الصلاة والسلام (إذا مات ابن آدم انقطع عمله إلا من ثلاث).", "قال", [], None),
    ],
)
def test_a_bracketed_quote_after_qala(text: str, cue: str, want_sources: list[str], want_content: str | None) -> None:
    got = [(k, s, t) for c, k, s, t in found(text) if c == cue]
    assert len(got) == 1
    kind, srcs, text_ = got[0]
    assert kind == "direct"
    assert srcs == want_sources
    if want_content is not None:
        assert text_ == want_content


@pytest.mark.parametrize(
    ("text", "cue", "want_kind"),
    [
        ("وقال الأمين العام لمنظمة (أوبك) عبدالله البدري لوزير الطاقة إن الأسعار سترتفع.", "قال", "indirect"),
        ("وقال مسؤول أميركي، اليوم (الخميس)، إن الاتفاق قريب.", "قال", "indirect"),
    ],
)
def test_a_bracketed_name_or_aside_is_no_quote(text: str, cue: str, want_kind: str) -> None:
    assert [k for c, k, _, _ in found(text) if c == cue] == [want_kind]


def test_a_bracketed_role_after_the_name_is_no_quote() -> None:
    text = "قال السيد إيمرسون (المحامي الذي يمثل أرملة الضحية).. إنه هجوم على شوارع لندن."
    assert "direct" not in [k for c, k, _, _ in found(text) if c == "قال"]


def test_a_short_bracket_after_qala_is_no_quote() -> None:
    assert "قال" not in cues("وقال اللاعب في لقائه مع قناة (العربية) الرياضية (سنعود أقوى)")
