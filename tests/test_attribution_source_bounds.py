"""Where a source starts and ends (issue 14, session 13, round 2): the rules and helpers added
after dev5's source errors. Each named rule's own example runs in tests/test_attribution_rules.py;
these cover the cases inside helpers that have no example of their own."""

from __future__ import annotations

import pytest

import arabicnews
from arabicnews.core.pipeline import Pipeline
from arabicnews.stages.attribution import AttributionStage
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage

NLP = Pipeline([TokenizerStage(), SentenceStage(), AttributionStage()])


def sources(text: str) -> dict[str, list[str]]:
    """Each attribution's cue and its sources' texts."""
    doc = NLP(text)
    doc.validate()
    return {a.cue.text: [s.text for s in a.sources] for a in doc.attributions}


def content(text: str, cue: str) -> str:
    """The content of the attribution whose cue is ``cue``."""
    got = [a.content.text for a in arabicnews.analyze(text).attributions if a.cue.text == cue]
    assert got, f"no attribution with the cue {cue!r}"
    return got[0]


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # the one called on, after a singular adjective, a name or a listed addressee word
        ("ووجه الجهاز الفني اللاعبين بأداء تدريبات إضافية.", "وجه", ["الجهاز الفني"]),
        ("ودعت المديرية العامة للجوازات الأخوة اليمنيين إلى سرعة المراجعة.", "دعت", ["المديرية العامة للجوازات"]),
        ("ودعا العميد السحيباني الأشقاء اليمنيين إلى المسارعة.", "دعا", ["العميد السحيباني"]),
        # not an addressee: the genitive of a partitive, of «لـ» + a noun, or of a noun in construct
        ("وعبر عدد من الدول عن الرغبة في السفينتين.", "عبر", ["عدد من الدول"]),
        ("ودعا نائب حزب المحافظين ديفيد ديفيز إلى إرسال قوات.", "دعا", ["نائب حزب المحافظين ديفيد ديفيز"]),
        (
            "وبيّن المدير الإقليمي للحملة الوطنية لنصرة الأشقاء في سوريا الدكتور بدر السمحان أن الحملة مستمرة.",
            "بيّن",
            ["المدير الإقليمي للحملة الوطنية لنصرة الأشقاء في سوريا الدكتور بدر السمحان"],
        ),
        # a time adverb ends a source and keeps the verb's «بـ»; a name after it stays
        ("وأشاد نيكولا ساركوزي رئيس فرنسا حينذاك بالعقد.", "أشاد", ["نيكولا ساركوزي رئيس فرنسا"]),
        ("وصرح وزير التعليم حينها “إد بولز” أنه يريد مدرسة.", "صرح", ["وزير التعليم حينها “إد بولز”"]),
        # whose sources they are, up to the content
        (
            "وكشفت مصادر وسط المتمردين الحوثيين في قاعدة العند، أن الآليات وصلت.",
            "كشفت",
            ["مصادر وسط المتمردين الحوثيين في قاعدة العند"],
        ),
        ("وأشارت مصادر وسط المقاومة الشعبية إلى أن الانقلابيين يعانون.", "أشارت", ["مصادر وسط المقاومة الشعبية"]),
        # a seat, then the statement's venue
        (
            "وقالت صحيفة “بليك” الأوسع انتشارا في صربيا في عنوانها “صربيا جنة التلاعب”.",
            "قالت",
            ["صحيفة “بليك” الأوسع انتشارا في صربيا"],
        ),
        (
            "وقالت الشركة المتخصصة في صناعة الكيماويات ومواد الطلاء إنها بصدد تحقيق أهدافها.",
            "قالت",
            ["الشركة المتخصصة في صناعة الكيماويات ومواد الطلاء"],
        ),
        # a title's quoted name and a dashed aside
        (
            "وكشف الدكتور «جيكسون إن جي» -أخصائي أطفال في مستشفى حكومي- أنه التقى مجموعة من الآباء.",
            "كشف",
            ["الدكتور «جيكسون إن جي» -أخصائي أطفال في مستشفى حكومي-"],
        ),
        # the audience
        ("وقال معظم المعترفين للمحققين إنهم لم يتعمدوا ذلك.", "قال", ["معظم المعترفين"]),
        # a dual counts two names
        (
            "أما المواطنان علي محمد الأسمري وعبدالرحمن ناصر الأسمري فقالا إن الفرع يماطل.",
            "قالا",
            ["المواطنان علي محمد الأسمري", "عبدالرحمن ناصر الأسمري"],
        ),
        # the topic of «أما» before «فقد», a present framing verb
        ("أما المواطن مصطفى الحمدان، فقد قال: أصبح الحبحب جزءا من حياتنا.", "قال", ["المواطن مصطفى الحمدان"]),
        ("ويرد الدكتور جيكسون على هذه الادعاءات قائلا: «كل اللقاحات حلال».", "قائلا", ["الدكتور جيكسون"]),
        # «البعض» and a time after the verb
        ("ووجه البعض الاتهامات للفتاتين على اعتبار أنهما خالفتا الأنظمة.", "وجه", ["البعض"]),
        ("وكان المجلس يعلن الشهر الماضي أنه سيترك منصبه.", "يعلن", ["المجلس"]),
    ],
)
def test_source_bounds(text: str, cue: str, want: list[str]) -> None:
    assert sources(text)[cue] == want


def test_a_subject_before_a_comma_needs_but_that() -> None:
    # after «بأن» the words are the content of the verb before it, not the next verb's subject
    got = sources("وقالوا إن شيوخهم أفتوا بأن اللقاح غير حلال، يدعون أنهم قرأوا كتبا.")
    assert got.get("يدعون", []) == []
