"""Subjects written before the verb, issue 14 session 26 (attr26e): made-up variants of the constructions counted in
the unannotated 2015-08-06 / 08-10 text and the tuning sets (docs/history/attribution.md, "attr26e").

The source stands before its verb where the older walks stop short: a subject after «كان» that holds a short
bracketed name («وكانت وسائل الاتصال الاجتماعي (تويتر) قد أشارت»), the topic after «أما» set off by a comma before
«فـ» + verb (with a relative clause, an apposition, a quoted label or «و» + a time word after the name: cut there),
a role or a titled name after «، لكن» with a linking phrase («المسؤول بمكافحة الحرائق في كاليفورنيا قال»).

Traps keep no source: a topic that opens with a preposition or is a thing («أما بالنسبة للأسعار، فقال», «أما
الأسعار، فأكد»), «لكن» with a pronoun or without its comma, words after «لكن» with no role («لكن الأمر يحتاج ...»),
a bracket with a preposition in it after «كان». The sentences are the tests' own, not corpus text.
"""

from __future__ import annotations

import pytest
from test_attribution_speakers_s19 import NLP, speaker_of


def sources_of(text: str, cue: str) -> tuple[str, ...]:
    for a in NLP(text).attributions:
        if cue in a.cue.text:
            return tuple(s.text for s in a.sources)
    raise AssertionError(f"no cue {cue} in {[a.cue.text for a in NLP(text).attributions]}")


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "وكانت وسائل الاتصال الاجتماعي (تويتر) قد أشارت إلى أن سعر البطاقة 700 ريال.",
            "أشارت",
            "وسائل الاتصال الاجتماعي (تويتر)",
        ),
        ("وكان حساب الهيئة (واس) قد ذكر أن 12 مركزا افتتحت.", "ذكر", "حساب الهيئة (واس)"),
        (
            "أما كلينتون التي يرجح فوزها بترشيح الحزب الديمقراطي، فتقول إن ذلك يعود لضرورات العمل.",
            "تقول",
            "كلينتون",
        ),
        (
            "أما الدكتور ريتشارد ليبتون، مدير مركز الصداع في نيويورك، فيقول إن 3 أدوية تكفي.",
            "يقول",
            "الدكتور ريتشارد ليبتون",
        ),
        ('أما عصام السلمان "ناخب"، فقال إن تلك الخطوة تضم 5 إيجابيات.', "قال", "عصام السلمان"),
        (
            "أما وزير الإعلام رمزي جريج وخلال تلاوته المقررات الرسمية، فأعلن أن 3 أسماء عرضت.",
            "أعلن",
            "وزير الإعلام رمزي جريج",
        ),
        (
            "أما عضو جمعية الاقتصاد السعودية خليفة، فيؤكد أن النظرة ليست تشاؤمية.",
            "يؤكد",
            "عضو جمعية الاقتصاد السعودية خليفة",
        ),
        (
            "ولا يزال السبب قيد التحقيق، لكن الكابتن كندال بورتيسر المسؤول بمكافحة الحرائق في كاليفورنيا قال: إنه "
            "ضمن 20 حريقا.",
            "قال",
            "الكابتن كندال بورتيسر المسؤول بمكافحة الحرائق في كاليفورنيا",
        ),
        (
            "ودانت الوزارة الهجوم، لكن المتحدث باسم حاكم ولاية قندوز عبد الودود وحيدي قال إن 22 مسلحا قتلوا.",
            "قال",
            "المتحدث باسم حاكم ولاية قندوز عبد الودود وحيدي",
        ),
    ],
)
def test_subject_before_the_verb(text: str, cue: str, source: str) -> None:
    assert sources_of(text, cue) == (source,)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a topic that opens with a preposition, or a thing: the subject is dropped
        ("أما بالنسبة للأسعار، فقال إنها ستنخفض 5 في المئة.", "قال"),
        ("أما في الرياض، فقالت إن الأسعار ستنخفض 5 في المئة.", "قالت"),
        ("أما الأسعار، فأكد أنها ستنخفض 5 في المئة.", "أكد"),
        ('أما مشروع "قطار الضواحي"، فبينت أنه بطول 159 كيلومترا.', "بينت"),
        # «لكن» with a pronoun, words that name no role after «لكن»
        ("ولا يزال السبب قيد التحقيق، لكنه قال: إنه ضمن 20 حريقا.", "قال"),
        ("وانتهى العمل، لكن الأمر يحتاج إلى عمل في المدينة قال إن 3 مراحل بقيت.", "قال"),
        # a bracket that holds a preposition is no name
        ("وكانت الأسعار (في الجدول) قد أشارت إلى أن الطلب تراجع 3 في المئة.", "أشارت"),
    ],
)
def test_traps_keep_no_source(text: str, cue: str) -> None:
    assert sources_of(text, cue) == ()


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "وبحسب مدير المشروع، المهندس سعيد الوادعي، فإن نسبة الإنجاز 80 في المئة.\nوأوضح أن 3 مراكز افتتحت.",
            "أوضح",
            "مدير المشروع",
        ),
        (
            "وبحسب المسؤول الذي فضل عدم ذكر اسمه، فإن الحكم سيعنى بالتكليفات. وأضاف: «سيفرض 3 عقوبات».",
            "أضاف",
            "المسؤول",
        ),
    ],
)
def test_according_to_source_goes_on(text: str, cue: str, speaker: str) -> None:
    assert speaker_of(text, cue) == speaker


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a document or statistic quoted once does not go on speaking
        ("ووفقا للإحصائية، فإن نسبة الإنجاز 80 في المئة. وأوضح أن 3 مراكز افتتحت.", "أوضح"),
        # a report between, a verb that does not agree, a quoted subject after the verb
        ("وبحسب مدير المشروع، فإن النسبة 80 في المئة. وقال الوزير إن الخطة تامة. وأوضحت أن 3 مراكز افتتحت.", "أوضحت"),
        ("وبحسب مدير المشروع، فإن نسبة الإنجاز 80 في المئة. وأوضحت أن 3 مراكز افتتحت.", "أوضحت"),
        ("وبحسب مدير المشروع، فإن نسبة الإنجاز 80 في المئة. وتقول «مجموعة الأزمات»: إن 3 مراكز افتتحت.", "تقول"),
    ],
)
def test_according_to_traps(text: str, cue: str) -> None:
    assert speaker_of(text, cue) is None
