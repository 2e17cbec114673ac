"""The cue inventory of issue 14, session 13 (attr14s): reporting verbs compiled from the grammar.

``arabicnews/data/attribution/reporting_verbs.tsv`` lists the reporting and speech-act verbs of news
Arabic by class with their frames; every row marked ``listed`` or ``added`` must name a lemma of
``cues.tsv``. The sentences below are made up: the new cues in their frames, and the homographs the
issue names («بين», «عبر», evidence subjects, decisions and unveilings) with the new near misses.
"""

from __future__ import annotations

import pytest
from test_attribution_cues_s10 import found

from arabicnews.core.resources import read_table

CLASSES = 5


def _inventory() -> list[list[str]]:
    return list(read_table("attribution/reporting_verbs.tsv", CLASSES))


def _lemmas() -> set[str]:
    return {forms.split("|")[0] for forms, *_ in read_table("attribution/cues.tsv", 5)}


def test_inventory_rows_are_whole() -> None:
    rows = _inventory()
    assert len(rows) > 100
    for row in rows:
        assert all(row), row
        status = row[4]
        assert status in ("listed", "added") or status.split(":")[0] in (
            "homograph",
            "nominal",
            "construction",
            "guideline",
        ), row


def test_inventory_cues_are_in_the_lexicon() -> None:
    lemmas = _lemmas()
    missing = [row[1] for row in _inventory() if row[4] in ("listed", "added") and row[1] not in lemmas]
    assert not missing, missing


def test_left_out_words_are_not_cues() -> None:
    lemmas = _lemmas()
    kept = [row[1] for row in _inventory() if row[4] not in ("listed", "added") and row[1] in lemmas]
    assert not kept, kept


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("وأبلغ المدرب اللاعبين أن التدريب سيستأنف غدا.", "أبلغ", "التدريب سيستأنف غدا"),
        ("وأخبرته الشرطة أن السيارة لم تكن مسروقة.", "أخبرته", "السيارة لم تكن مسروقة"),
        ("واقترح الوزير أن تنشأ هيئة مستقلة للرقابة.", "اقترح", "تنشأ هيئة مستقلة للرقابة"),
        ("وشجبت المنظمة استهداف المدنيين في المدينة.", "شجبت", "استهداف المدنيين في المدينة"),
        ("وشكك المحلل في جدوى الخطة الجديدة.", "شكك", "جدوى الخطة الجديدة"),
        ("وألمح الوزير إلى أن الأسعار ستنخفض قريبا.", "ألمح", "الأسعار ستنخفض قريبا"),
        ("وجزم المدرب بأن الفريق سيفوز بالبطولة.", "جزم", "الفريق سيفوز بالبطولة"),
        ("وزاد: «الواقع العسكري يعززه صمود المقاومة».", "زاد", "الواقع العسكري يعززه صمود المقاومة"),
        ("وأبدى المواطنون استياءهم من تأخر التأشيرات.", "أبدى", "استياءهم من تأخر التأشيرات"),
        ("وتمنى الرئيس أن تنتهي الأزمة قريبا.", "تمنى", "تنتهي الأزمة قريبا"),
    ],
)
def test_inventory_reports(text: str, cue: str, content: str) -> None:
    got = found(text)
    assert any(c == cue and t == content for c, _, t in got), got


@pytest.mark.parametrize(
    "text",
    [
        # the homographs issue 14 names, which the new cues must not bring back
        "وقارن التقرير بين الأسعار في المدينتين.",
        "ويمكن التسجيل عبر الموقع الإلكتروني للوزارة.",
        "وتشير الأرقام إلى أن البطالة ارتفعت.",
        "وأعلنت السلطات حالة الطوارئ في المدينة.",
        "وكشفت الشركة عن هاتف جديد بشاشة أكبر.",
        # the near misses of the new cues
        "ونجحت الاختبارات التي زاد عددها على 150 اختبارا في كشف أن الجين مسؤول عن السمع.",
        "وزادت الأسعار بنسبة 5% هذا العام.",
        "وهذا ما جعلني أقترح أن تمارس الوزارة دورا أكبر.",
        "وفي ختام بيانها سألت الهيئة الله تعالى أن يحفظ البلاد.",
        "وعندما سألت الفنان عن الأشياء التي يحن إليها أجاب: «أحب أن أقصد البحر».",
        "وانضم إليها مقاتلون من الجنوب والذين أبدوا الاستعداد للدفاع عن أرضهم.",
        "وأفصح الراعي عن السر وراء شراء الأغنام.",
        "وقال إن الشعب يستنكر ويشجب بأشد العبارات دور النظام.",
        "وعلقت الدراسة في المدارس بسبب الأمطار.",
        "ويتمنى أن يدفن في مسقط رأسه.",
        "وكان متمنيا لهم التوفيق في المباراة.",
        # near misses read in the unseen sample of 2015-07-22/07-31 (benchmarks/attribution_cue_sample_s13.py)
        "وفي حالة سالت - 1 فقد أعقبها بعد ذلك سالت - 2، أي أنها كانت بداية أخرى.",
        "متمنين أن يحمينا الله من عبث الفاسدين في مالنا العام.",
        "وأكد اللواء أن شكر الأمير لرجال الشرطة وسام على صدور الجميع.",
        "وتحدث فيها عن علم التاريخ، معلنا تأسيس علم جديد أطلق عليه «علم العمران».",
        "ونقلت القناة عن مسافرين قولهم إنهم أُبلغوا بوجود «شحنة مشتبه بها» على متن الطائرة.",
    ],
)
def test_inventory_traps(text: str) -> None:
    new = {"بين", "عبر", "تشير", "أعلنت", "كشفت", "زاد", "زادت", "أقترح", "سألت", "أبدوا", "أفصح عن"}
    new |= {"يشجب", "ويشجب", "علقت", "يتمنى", "متمنيا", "سالت", "متمنين", "شكر", "معلنا", "أُبلغوا"}
    got = found(text)
    assert not any(c in new for c, _, _ in got), got


def test_the_answer_keeps_its_quote() -> None:
    text = "وعندما سألت الفنان عن الأشياء التي يحن إليها أجاب: «أحب أن أقصد البحر»."
    assert any(c == "أجاب" for c, _, _ in found(text)), found(text)


def test_a_rise_does_not_end_the_content_before_it() -> None:
    text = "وأكد التقرير ارتفاع السحوبات النقدية عبر الشبكة، وزاد إجمالي السحب النقدي بنسبة 9.7%."
    got = found(text)
    assert any(c == "أكد" and "وزاد إجمالي" in t for c, _, t in got), got
