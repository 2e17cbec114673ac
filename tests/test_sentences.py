from __future__ import annotations

import pytest

import arabicnews


def _sentences(text: str) -> list[str]:
    return [s.text for s in arabicnews.analyze(text).sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال المرصد. وأضاف الوزير.", ["قال المرصد.", "وأضاف الوزير."]),
        ("هل انتهت الهدنة؟ لا أحد يعرف!", ["هل انتهت الهدنة؟", "لا أحد يعرف!"]),
        ("سوريا.. دى ميستورا يحاول انقاذ الهدنة", ["سوريا..", "دى ميستورا يحاول انقاذ الهدنة"]),
        ("بلغ النمو 3.5 في المئة. وارتفع التضخم.", ["بلغ النمو 3.5 في المئة.", "وارتفع التضخم."]),
        ("بلغ النمو ٣٫٥ في المئة. وارتفع التضخم.", ["بلغ النمو ٣٫٥ في المئة.", "وارتفع التضخم."]),
        ("التقى د. محمد بالوزير. ثم غادر.", ["التقى د. محمد بالوزير.", "ثم غادر."]),
        ("حاضر أ.د. أحمد زويل أمس.", ["حاضر أ.د. أحمد زويل أمس."]),
        ("وقال أ. د. عبدالله الحربش إن الدورة ستعقد.", ["وقال أ. د. عبدالله الحربش إن الدورة ستعقد."]),
        ("بقيمة 1.340.7 مليار ريال. وارتفع التضخم.", ["بقيمة 1.340.7 مليار ريال.", "وارتفع التضخم."]),
        ("وصل العدد إلى 5. 7 أشخاص غادروا.", ["وصل العدد إلى 5.", "7 أشخاص غادروا."]),
        ("وصل Dr. Smith أمس.", ["وصل Dr. Smith أمس."]),
        ("العنوان الأول\nالنص يبدأ هنا", ["العنوان الأول", "النص يبدأ هنا"]),
        ("انتهى الأمر...", ["انتهى الأمر..."]),
        ("", []),
        ("   ", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_closing_quote_stays_with_its_sentence() -> None:
    text = "وقال «لن نتراجع.» ثم غادر."
    assert _sentences(text) == ["وقال «لن نتراجع.»", "ثم غادر."]


def test_no_split_inside_quotes_at_a_headline_stop() -> None:
    text = "وقال «الوضع صعب.. جدا» أمس."
    assert _sentences(text) == ["وقال «الوضع صعب.. جدا» أمس."]


def test_a_full_sentence_inside_quotes_may_end_there() -> None:
    text = "وقال «الوضع صعب. لن نتراجع» أمس."
    assert _sentences(text) == ["وقال «الوضع صعب.", "لن نتراجع» أمس."]


def test_seed_article_sentences(seed_text: str) -> None:
    sents = arabicnews.analyze(seed_text).sentences
    assert sents[0].text == "35 غارة جوية تستهدف معقل «داعش» فى سوريا.."
    assert sents[-1].text.endswith("انتهاكات الحكومة لوقف إطلاق النار.")
    assert any(s.text.startswith("وقال مدير المرصد رامى عبدالرحمن «لم تتعرض") for s in sents)
    for s in sents:
        assert seed_text[s.start : s.end] == s.text
