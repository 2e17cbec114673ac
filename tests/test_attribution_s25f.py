"""According-to contents and cues, issue 14 session 25 (attr25f): made-up variants of the constructions
counted in the unannotated 2015-08-06 / 08-10 text (docs/history/attribution.md, "attr25f").

- An according-to phrase set off by two commas inside its clause, the clause going on after it («وتبلغ
  فرصة الإصابة لدى الرجال، وفقا للدراسة، 1 لكل 12 رجلا»), qualifies the whole clause, not only the words
  before it (`_set_off_inside`).
- A cue read off «و» right after a relative pronoun is the word's own letter («التي وردت» “arrived”, no
  «ردّ»): it neither reports nor ends the clause of a content that runs over it (`_waw_of_the_word`).
- A verb of issuing after «بحسب ما», «وفقا لما» extends the according-to cue and its subject is the
  source («وحسب ما نشرته صحيفة ...», issuing_verbs.txt).

Traps: a new clause after the second comma («، إلا أن», «، التي», «، إذ», «، و...»), a role after it (the
source's apposition); an according-to word after «الذي و»; a plan after «وفق ما» stays no report. The
sentences are the tests' own, not corpus text."""

from __future__ import annotations

import pytest

from arabicnews.core.pipeline import Pipeline
from arabicnews.model.attribution import Attribution
from arabicnews.stages.attribution.stage import AttributionStage
from arabicnews.stages.quantities.stage import QuantityStage
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage

NLP = Pipeline([TokenizerStage(), SentenceStage(), QuantityStage(), AttributionStage()])


def _found(text: str) -> list[Attribution]:
    doc = NLP(text)
    return list(doc.attributions)


def _according(text: str) -> Attribution:
    got = [a for a in _found(text) if a.kind == "according_to"]
    assert len(got) == 1, [(a.cue.text, a.content.text if a.content else None) for a in _found(text)]
    return got[0]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "وتبلغ فرصة الإصابة لدى الرجال، وفقا للدراسة، 1 لكل 12 رجلا.",
            "تبلغ فرصة الإصابة لدى الرجال، وفقا للدراسة، 1 لكل 12 رجلا",
        ),
        (
            "أما المبادرة الإيرانية فتتضمن، بحسب وكالة الأنباء، الدعوة إلى وقف فوري لإطلاق النار.",
            "أما المبادرة الإيرانية فتتضمن، بحسب وكالة الأنباء، الدعوة إلى وقف فوري لإطلاق النار",
        ),
        # a clause opener after a comma before the phrase starts the clause it qualifies
        (
            "وهو مقتنع بأن الاتفاق سيجعل المنطقة أكثر أمناً، إذ ستكون إيران، حسب الرئيس، شريكاً إيجابياً.",
            "ستكون إيران، حسب الرئيس، شريكاً إيجابياً",
        ),
        # the writer's clause after a comma stays out, as for a phrase inside a clause with no commas
        (
            "وبلغ عدد زوار المهرجان هذا العام، وفقا للهيئة، 300 ألف زائر، حيث استمرت الفعاليات أسبوعا.",
            "بلغ عدد زوار المهرجان هذا العام، وفقا للهيئة، 300 ألف زائر",
        ),
    ],
)
def test_set_off_phrase_qualifies_whole_clause(text: str, content: str) -> None:
    a = _according(text)
    assert a.content is not None and a.content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # traps: a new clause or the source's apposition after the second comma
        ("وقتل قائد الفرقة قرب المدينة، بحسب المرصد، إلا أن الوزارة نفت الأمر.", "قتل قائد الفرقة قرب المدينة"),
        ("وقتل ١٢ شخصا في الهجوم، بحسب مصادر طبية، وأصيب ٣٠ آخرون.", "قتل ١٢ شخصا في الهجوم"),
        (
            "وتتغذى الدودة على أشجار الأرز، وفقا لما أوضحته ألن روك، مدير الأبحاث في المعهد، وهي تنتشر في المدن.",
            "تتغذى الدودة على أشجار الأرز",
        ),
        (
            "ولكن المتضرر هو الدول المصدرة للنفط، وفقا لخليفة، إذ إنه يخفف عنها الأعباء.",
            "لكن المتضرر هو الدول المصدرة للنفط",
        ),
    ],
)
def test_set_off_phrase_traps(text: str, content: str) -> None:
    a = _according(text)
    assert a.content is not None and a.content.text == content


def test_waw_of_the_word_after_relative() -> None:
    text = "وطبقا لفرق الإحصاء فإن عدد السيارات التي وردت لساحة السوق أمس، بلغت 1467 سيارة."
    got = _found(text)
    assert [a.cue.text for a in got] == ["طبقا"]
    assert got[0].content is not None
    assert got[0].content.text == "عدد السيارات التي وردت لساحة السوق أمس، بلغت 1467 سيارة"


def test_waw_of_the_word_traps() -> None:
    # «ورد» written whole is no «و» read off; «الذين ردوا» has no «و»: neither is refused by the rule
    got = _found("وقال الوزير الذي ورد اسمه في القائمة إن العمل سيبدأ قريبا.")
    assert [a.cue.text for a in got] == ["قال"]
    got = _found("وقال الطبيب إن المرضى الذين ردوا على الأسئلة تحسنوا.")
    assert any(a.cue.text == "قال" for a in got)


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        (
            "وحسب ما نشرته صحيفة «ويتشيتا ايقل» فإن شرطة المدينة تبحث عن المشتبه به.",
            "حسب ما نشرته",
            "صحيفة «ويتشيتا ايقل»",
            "شرطة المدينة تبحث عن المشتبه به",
        ),
        (
            "واعتقلت الشرطة عشرة أشخاص، وفقا لما بثه التلفزيون الرسمي.",
            "وفقا لما بثه",
            "التلفزيون الرسمي",
            "اعتقلت الشرطة عشرة أشخاص",
        ),
        (
            "وقتل ثلاثة أشخاص في الحادث، بحسب ما تداولته وسائل الإعلام.",
            "بحسب ما تداولته",
            "وسائل الإعلام",
            "قتل ثلاثة أشخاص في الحادث",
        ),
    ],
)
def test_issued_what_extends_cue(text: str, cue: str, source: str, content: str) -> None:
    a = _according(text)
    assert a.cue.text == cue
    assert [s.text for s in a.sources] == [source]
    assert a.content is not None and a.content.text == content


def test_issued_what_traps() -> None:
    # no issuing verb after «وفق ما»: a plan, no report
    assert not [a for a in _found("وتسير الأمور في المعسكر وفق ما تم التخطيط له.") if a.kind == "according_to"]
