"""Missed participles after a report, issue 14 session 26 (attr26g): made-up variants of the constructions
counted in the unannotated 2015-08-06 / 08-10 text (docs/history/attribution.md, "attr26g").

- «مقترحا» "proposing" is a participle cue (cues.tsv) spelled like the noun "a proposal"
  (noun_homographs.txt): a cue after a comma («...، مقترحاً الخصم من الراتب»), the noun elsewhere, also
  before a «بـ» written on the next word («تلقت مقترحا بنقل المباراة»).
- A participle after a word with a possessive «ها» is no adjective of an accusative noun (the «ا» is the
  pronoun's): «وختمت الوزيرة حديثها مؤكدة ضرورة التعاون». A preposition with «ها» («فيها معتبراً إياها»)
  is too short to be read as a possessed noun: still refused (left).

Traps: the noun «مقترحا» after a verb, after «هناك», before an adjective; an indefinite accusative before a
participle («حضورا لافتا»); «ها» on «إن» and its kin («فإنها مفيدة»). The sentences are the tests' own."""

from __future__ import annotations

import pytest

from arabicnews.core.pipeline import Pipeline
from arabicnews.stages.attribution.stage import AttributionStage
from arabicnews.stages.quantities.stage import QuantityStage
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage

NLP = Pipeline([TokenizerStage(), SentenceStage(), QuantityStage(), AttributionStage()])


def _reports(text: str) -> dict[str, str | None]:
    return {a.cue.text: (a.content.text if a.content else None) for a in NLP(text).attributions}


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "ورأى المهندس أن التسليم المبكر مكلف للشركات، مقترحا أن الموعد المناسب للتسليم بعد شوال.",
            "مقترحا",
            "الموعد المناسب للتسليم بعد شوال",
        ),
        ("وأكد أن الموظف غير قادر على الأداء، مقترحاً الخصم من الراتب.", "مقترحاً", "الخصم من الراتب"),
        ("وانتقدت الكاتبة تأخر المشروع، مقترحة بأن تبدأ الوزارة العمل فورا.", "مقترحة", "تبدأ الوزارة العمل فورا"),
    ],
)
def test_proposing_participle_after_a_comma(text: str, cue: str, content: str) -> None:
    assert _reports(text).get(cue) == content


@pytest.mark.parametrize(
    "text",
    [
        "وقدمت الوزارة مقترحا بنقل المباراة إلى المدينة.",
        "وقال إن هناك مقترحا بمنح التأشيرات من المنافذ.",
        "وناقش المجلس مقترحا سابقا تقدم به أحد الأعضاء.",
        "وتضم الميزانية 33 مشروعاً مقترحاً للعام المقبل.",
        "وأشارت المصادر إلى الحكومة المقترحة وصلاحياتها.",
    ],
)
def test_proposal_noun_is_no_cue(text: str) -> None:
    assert not any(c.startswith("مقترح") for c in _reports(text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("وختمت الوزيرة حديثها مؤكدة ضرورة التعاون.", "مؤكدة"),
        ("وأنهى المدير كلمته مؤكدا أهمية البرنامج.", "مؤكدا"),
        ("وأنهت المعلمة كلمتها معتبرة الحملة خطوة مهمة.", "معتبرة"),
    ],
)
def test_participle_after_a_possessive_ha(text: str, cue: str) -> None:
    assert cue in _reports(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وسيشهد المعرض حضورا لافتا من قبل المهتمين.", "لافتا"),
        ("فكما أنها تعود بالفائدة على المجتمع فإنها مفيدة للشركة أيضا.", "مفيدة"),
        ("ويرى الخبراء أنها مفيدة للشركات الصغيرة.", "مفيدة"),
    ],
)
def test_adjective_participle_stays_refused(text: str, word: str) -> None:
    assert word not in _reports(text)


def _according(text: str) -> list[tuple[str, list[str]]]:
    return [(a.cue.text, [s.text for s in a.sources]) for a in NLP(text).attributions if a.cue.type == "according_to"]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("وافتتح المعرض أمس، بحسب ما ذكر موقع الأكاديمية الملكية.", "بحسب ما ذكر", "موقع الأكاديمية الملكية"),
        ("ومر على المنتخب 47 مدربا، وفق ما نشره موقع المنتخب السعودي.", "وفق ما نشره", "موقع المنتخب السعودي"),
        ("وتأسست الجامعة سنة 2007، بحسب الموقع الرسمي للجامعة.", "بحسب", "الموقع الرسمي للجامعة"),
        ("وكلف النادي مليوني دولار طبقا لموقعه الإلكتروني.", "طبقا", "موقعه الإلكتروني"),
        (
            "وبحسب الموقع الرسمي لقناة السويس الجديدة، فإن القدرة ستكون 97 سفينة.",
            "بحسب",
            "الموقع الرسمي لقناة السويس الجديدة",
        ),
    ],
)
def test_website_after_according_to(text: str, cue: str, source: str) -> None:
    assert (cue, [source]) in _according(text)


@pytest.mark.parametrize(
    "text",
    [
        "ولا تفرقة بين مواطن وآخر حسب موقع سكنه، وذلك حسب توجيهات ولاة الأمر.",
        "وتراوحت الزيادة من 5% إلى 15% على حسب الموقع.",
        "ويعطي الجهاز إشارتين مختلفتين بحسب موقع اللغم إذا كان فوق الأرض.",
        "ويحدد السعر وفق موقع الأرض وقربها من الطريق الرسمي.",
    ],
)
def test_place_after_according_to_stays_refused(text: str) -> None:
    assert _according(text) == []
