"""«طلب» and «طالب» read as the verb where the cue tables refused them as the noun, issue 14 session 26
(attr26a): made-up variants of the constructions counted in the unannotated 2015-08-06 / 08-10 text
(docs/history/attribution.md, "attr26a").

- After a fronted adverbial that opens its clause (fronted_adverbials.txt: «بدوره», «في المقابل»,
  «في ختام اللقاء»; adverbs.txt: «حينها», «وقتها») a past verb spelled like a noun is the verb.
- «طلب» right before the «من» of whom it asks («طلب من», «طلب منه») is the verb after its subject, and
  after «، و» with a subject between («، وطلب المدير من الموظفين») it is no item of a list.

Traps: the noun after a word that governs it («رغم طلب ... من», «حسب طلب», «تقديم طلب من»), a construct
«طالب العلم» after a noun, a listed «، وطلب نقل العداد», an adverbial that does not open its clause, the
noun right after a colon with an object and «من» after it. The sentences are the tests' own, not corpus
text."""

from __future__ import annotations

import pytest

from arabicnews.core.pipeline import Pipeline
from arabicnews.stages.attribution.stage import AttributionStage
from arabicnews.stages.explain import explain
from arabicnews.stages.quantities.stage import QuantityStage
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage

NLP = Pipeline([TokenizerStage(), SentenceStage(), QuantityStage(), AttributionStage()])
RULE = "a past verb spelled like a noun («طلب», «طالب») is a verb only after"


def _cues(text: str) -> list[str]:
    return [a.cue.text for a in NLP(text).attributions]


def _refused_as_noun(text: str, word: str) -> bool:
    ex = explain(text, "attributions", pipeline=NLP)
    return any(
        d.rule.startswith(RULE) and d.verdict == "refused" and text[d.start : d.end] == word for d in ex.decisions
    )


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "وكانت المفاوضات في حكم المنتهية، إلا أن المدرب طلب من وكيل أعماله مهلة لحين معرفة موقف النادي.",
            "طلب",
            "المدرب",
            "مهلة لحين معرفة موقف النادي",
        ),
        (
            "بدوره طالب رئيس اللجنة الدكتور خالد العمر بضرورة توفير الحماية للمدنيين.",
            "طالب",
            "رئيس اللجنة الدكتور خالد العمر",
            "ضرورة توفير الحماية للمدنيين",
        ),
        (
            "وعاد اللاعب إلى التدريب، وحينها طلب المدرب من اللاعبين الالتزام بالتعليمات.",
            "طلب",
            "المدرب",
            "الالتزام بالتعليمات",
        ),
        (
            "وتأخر صرف الرواتب شهرين، وطلب مدير الشركة من الموظفين الصبر حتى نهاية العام.",
            "طلب",
            "مدير الشركة",
            "الصبر حتى نهاية العام",
        ),
    ],
)
def test_the_verb_after_a_subject_or_a_fronted_adverbial(text: str, cue: str, source: str, content: str) -> None:
    got = [a for a in NLP(text).attributions if a.cue.text == cue]
    assert len(got) == 1, _cues(text)
    assert [s.text for s in got[0].sources] == [source]
    assert got[0].content is not None and got[0].content.text == content


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وأكد الحارس أنه رغم طلب حراس المسجد والمصلين من الشرطة منع الزائر فإنها لم تفعل.", "طلب"),
        ("ويمكن تعديل الجرعة حسب طلب من الطبيب المعالج.", "طلب"),
        ("وعلى المتضرر تقديم طلب من خلال البوابة الإلكترونية.", "طلب"),
        ("فطالب العلم اليوم غير طالب العلم في الماضي.", "طالب"),
        ("وتشمل الخدمات تسديد الفواتير، وطلب نقل العداد، وتحديث البيانات.", "طلب"),
        ("وكان اللقاء وديا بدوره طلب الالتحاق بالنادي مرفوض.", "طلب"),
        ("مستشار أسري: طلب السيرة الذاتية من المتقدم للزواج أمر طبيعي.", "طلب"),
        ("ولا سيما أن المقاول نفذ ما طلب منه وفق العقد الموقع بين الطرفين.", "طلب"),
    ],
)
def test_the_noun_stays_refused(text: str, word: str) -> None:
    assert _refused_as_noun(text, word), _cues(text)
    assert word not in _cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "وطالب عدد من الأهالي بضرورة إنشاء مركز للدفاع المدني.",
            "طالب",
            "عدد من الأهالي",
            "ضرورة إنشاء مركز للدفاع المدني",
        ),
        ("وأشاد كثير من الزوار بالتنظيم الجيد للمهرجان.", "أشاد", "كثير من الزوار", "التنظيم الجيد للمهرجان"),
        ("وأشاد الوزير بعدد من المشاريع الجديدة.", "أشاد", "الوزير", "عدد من المشاريع الجديدة"),
    ],
)
def test_the_of_of_a_quantity_noun_keeps_the_ba(text: str, cue: str, source: str, content: str) -> None:
    # «من» after «عدد», «كثير» (partitives.txt) is the subject's own: the «بـ» after it is the verb's
    got = [a for a in NLP(text).attributions if a.cue.text == cue]
    assert len(got) == 1, _cues(text)
    assert [s.text for s in got[0].sources] == [source]
    assert got[0].content is not None and got[0].content.text == content
