"""Cue readings from the grammar of the cue, and a speaker's agreement (issue 14, session 15, attr15c).

Made-up variants of each construction, written before the rule:

- «تم», «يتم», «سيتم», «جرى» take a verbal noun as their subject: a cue word right after them is that
  noun («تم نقل المباراة», «يتم طلب الوثائق»), never a reporting verb.
- An announcement or unveiling of a thing may be followed by a colon that opens a list of it («أعلنت
  الوزارة عن توفر 5000 وظيفة موزعة على المراحل الأربع: ...»): what was announced is the thing, so the
  colon is no quote of words; a colon right after the subject (or a time or venue) still is.
- A verb agrees with its subject: a feminine participle or verb goes on with an earlier subject that
  took a feminine verb itself («قالت المصادر ...، مشيرة إلى»: a plural of things takes the feminine).
"""

from __future__ import annotations

import pytest

import arabicnews


def cues(text: str) -> list[str]:
    # The first word of each cue («مشيرا إلى» takes its preposition into the cue).
    return [a.cue.text.split()[0] for a in arabicnews.analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("علما بأنه تم نقل المباراة للشرائع، كما أنه كان من المقرر أن يقام اللقاء في جدة.", "نقل"),
        ("ويتم طلب الوثائق من المتقدمين عند التسجيل، علما أن الموقع يعمل طوال اليوم.", "طلب"),
        ("وسيتم إعلان النتائج الأسبوع المقبل، ومن المتوقع أن تنشر على موقع الوزارة.", "إعلان"),
        ("وقد تم تأكيد الحجز للمسافرين، مع العلم أن الرحلة ستغادر مساء.", "تأكيد"),
        ("وجرى نقل المصابين إلى المستشفى، حيث أكدت المصادر أن حالتهم مستقرة.", "نقل"),
    ],
)
def test_verbal_noun_after_tamma_is_no_cue(text: str, absent: str) -> None:
    assert absent not in cues(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("وتم الاتفاق على الخطة، وقال الوزير إن العمل سيبدأ قريبا.", "قال"),
        ("وأكد المدير أنه تم الانتهاء من المشروع.", "أكد"),
        ("وبعد أن تم الاتفاق نقل المراسل عن الوزير قوله إن العمل سيبدأ قريبا.", "نقل"),
    ],
)
def test_reporting_verb_near_tamma_still_reports(text: str, cue: str) -> None:
    assert cue in cues(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "وأعلنت وزارة الخدمة المدنية بالتنسيق مع وزارة التعليم عن توفر 5000 وظيفة للمعلمات موزعة على "
            "المراحل الدراسية الأربع: رياض الأطفال والابتدائية والمتوسطة والثانوية.",
            "أعلنت",
        ),
        ("وكشفت الشركة عن هاتف جديد بثلاث مزايا: شاشة أكبر وبطارية أطول وكاميرا أدق.", "كشفت"),
    ],
)
def test_colon_after_announced_thing_is_no_quote(text: str, absent: str) -> None:
    assert absent not in cues(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("وأعلن الوزير أمس في مؤتمر صحفي: «لن نتراجع عن القرار».", "أعلن"),
        ("وأعلنت الشركة عن خطتها الجديدة، وقال مديرها: «سنبدأ العمل غدا».", "قال"),
        ("وكشف المتحدث الرسمي: «القوات سيطرت على المدينة».", "كشف"),
    ],
)
def test_colon_after_announcer_still_quotes(text: str, cue: str) -> None:
    assert cue in cues(text)


def speakers(text: str) -> dict[str, str | None]:
    doc = arabicnews.analyze(text)
    return {a.cue.text.split()[0]: (a.speaker.name if a.speaker else None) for a in doc.attributions}


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "وقالت مصادر صحفية من عدن إن المطار أصبح جاهزا. وقالت المصادر إن أول طائرة وصلت إلى المطار، "
            "مشيرة إلى أنها نقلت 40 أسيرا.",
            "مشيرة",
            "مصادر صحفية",
        ),
        (
            "وقالت السلطات المحلية إن الحريق اندلع فجرا. وأضافت أن 12 شخصا أصيبوا بجروح.",
            "وأضافت",
            "السلطات المحلية",
        ),
    ],
)
def test_feminine_verb_goes_on_with_a_subject_that_took_one(text: str, cue: str, speaker: str) -> None:
    got = speakers(text)
    key = next(k for k in got if k.endswith(cue.removeprefix("و")))
    assert got[key] == speaker


def test_masculine_verb_does_not_go_on_with_a_feminine_subject() -> None:
    text = "وقالت الوزارة إن الحريق اندلع فجرا. وأضاف أن 12 شخصا أصيبوا بجروح."
    got = speakers(text)
    key = next(k for k in got if k.endswith("أضاف"))
    assert got[key] is None


# «هنأ» "congratulated" normalises to «هنا» "here"; written with its hamza it is the verb, which
# reports the occasion after «على» or «بـ» (made-up variants).
@pytest.mark.parametrize(
    "text",
    [
        "وهنأ السفير المنتخب السعودي على هذا الإنجاز المشرف.",
        "وهنأ مدير الجامعة الطلاب على تفوقهم في الاختبارات.",
    ],
)
def test_congratulated_with_hamza_reports(text: str) -> None:
    assert any(c.endswith("هنأ") for c in cues(text))


@pytest.mark.parametrize(
    "text",
    [
        "ومن هنا بدأت القصة على شاطئ البحر.",
        "وهنا أكد الوزير أن العمل سيبدأ قريبا.",
        "وقال إن الفريق موجود هنا على أرض الملعب.",
    ],
)
def test_here_is_no_cue(text: str) -> None:
    assert not any("هن" in c for c in cues(text))


# «إذ» ("as", "since") opens a clause: a reporting verb after it reports anew, so the «أن», quote or
# colon after that verb is its own, not an earlier verb's (made-up variants).
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("وأعلنت الشركة عن مشاريع ضخمة أخرى، إذ يقول باحثون إنهم وجدوا طريقة جديدة.", "يقول", "باحثون"),
        ("وصرح المدير بذلك إذ قال: «سنبدأ العمل غدا».", "قال", ""),
    ],
)
def test_cue_after_idh_opens_a_clause(text: str, cue: str, source: str) -> None:
    got = [(a.cue.text, "، ".join(s.text for s in a.sources)) for a in arabicnews.analyze(text).attributions]
    assert got == [(cue, source)], got


# «فحسب» after the word it restricts is the adverb "only", not «ف» + «حسب» "so according to", which
# opens its clause («، فحسب المرصد فإن ...») (made-up variants).
@pytest.mark.parametrize(
    "text",
    [
        "ولا تظني أن النجاح يعتمد على تنميق الكلمات فحسب فالفكرة المجدية لها الدور الأكبر.",
        "ولم يقتصر الدعم على المملكة فحسب وإنما شمل دول الخليج كلها.",
        "وهذه الصور لن تسمح فحسب للزوار بإلقاء نظرة على المكان.",
    ],
)
def test_fahasb_only_is_no_cue(text: str) -> None:
    assert "حسب" not in cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "وقتل 12 شخصا، فحسب المرصد فإن القصف استمر طوال الليل.",
        "هل أخطأت الجغرافيا؟ فحسب الخرائط الدقيقة فإن الطريق طويل جدا.",
    ],
)
def test_fahasb_opening_its_clause_reports(text: str) -> None:
    assert "حسب" in cues(text)


# «تابع» right after a noun with «لـ» on the next word is the adjective "affiliated to" («مركز تدريب تابع
# للجيش»); the verb "continued" opens its clause («وتابع للصحيفة: ...») (made-up variants).
@pytest.mark.parametrize(
    "text",
    [
        "ووقع إطلاق نار قرب مركز تدريب تابع للجيش الأميركي، من دون أن يسفر عن إصابات، كما أنه لم يعرف مطلقه.",
        "وصدرت التخفيضات على شكل بيان تابع للحكومة كما يلي: «رئيس الوزراء بنسبة 50 في المائة».",
    ],
)
def test_affiliated_is_no_cue(text: str) -> None:
    assert "تابع" not in cues(text)


def test_continued_to_a_newspaper_reports() -> None:
    assert "تابع" in cues("وتابع لصحيفة بيلد: «لم نتلق أي عرض حتى الآن».")
