"""Cue words that are no report, from the grammar of the cue (issue 14, session 14, attr14zb).

A participle that is an adjective of the noun before it, «عبر» "via", «دعا» "led to".

A circumstantial participle reports with the complement of its frame right after it: «مشددا على»,
«مشيرا إلى», «متوقعا أن». «غير» never negates one («بطرق غير متوقعة» "unexpected"), and one that takes
a preposition but has a comma or full stop right after it («تعزيزات أمنية مشددة،» "tight") describes
the noun before it. Made-up variants, written before the rule.
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
        ("ووصلت الوفود وسط تعزيزات أمنية مشددة، حيث تجرى الاستعدادات على قدم وساق.", "مشددة"),
        ("ونقل المصاب إلى المستشفى تحت حراسة أمنية مشددة. وتتواصل التحقيقات في الحادث.", "مشددة"),
        ("وعقد الاجتماع وسط إجراءات مشددة، على أن يستأنف غدا.", "مشددة"),
        ("ويمكن التلاعب بالأجهزة بطرق غير متوقعة وان المهاجمين يتقدمون على المدافعين.", "متوقعة"),
        ("وهبطت الطائرة في مونتريال وسط تقارير غير مؤكدة بوجود تهديد لها.", "مؤكدة"),
        ("وشهدت الأسواق زيادة غير متوقعة في مخزونات الخام الأمريكية أن الأسعار تراجعت.", "متوقعة"),
    ],
)
def test_adjective_participle_is_no_report(text: str, absent: str) -> None:
    assert absent not in cues(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("وأكد الوزير أهمية الخطة، مشددا على ضرورة التعاون بين الجهات.", "مشددا"),
        ("وقال المدير إن الأسعار سترتفع، متوقعا أن تستقر في الشهر المقبل.", "متوقعا"),
        ("وتحدث الوزير عن الخطة مشيرا إلى أن العمل بدأ في المشروع.", "مشيرا"),
        ("وقال المحلل إن الوضع غير مستقر، مؤكدا أن الحل السياسي قريب.", "مؤكدا"),
    ],
)
def test_reporting_participle_still_reports(text: str, cue: str) -> None:
    assert cue in cues(text)


# «عبّر» reports with «عن» after its subject; inside a clause, «عبر» + a noun phrase that a comma
# before «و»/«أو» or another cue ends before the «عن» is "via" (made-up variants).
@pytest.mark.parametrize(
    "text",
    [
        "ويقلل البرنامج من المشاكل العمالية عبر إيجاد بيئة عمل صحية، ويساهم في نشر بيانات عن السوق.",
        "ويمكن زيادة الإنتاج إما من خلال الصيد عبر المصادر البحرية الواسعة، أو عن طريق الاستزراع.",
        "وقال إن المحقق تحدث معه عبر مترجم، وسأله عن عدد القوات.",
    ],
)
def test_via_is_no_report(text: str) -> None:
    assert "عبر" not in cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "وفي ختام اللقاء عبر الوزير عن شكره للحضور.",
        "ومن جهته عبر جلبير أوندونجو، وزير المالية، عن تفاؤله الكبير.",
        "من جهة ثانية عبرت الجماهير عبر مواقع التواصل الاجتماعي عن غضبها.",
        "وعبر محمد العلي، رئيس اللجنة، عن شكره للحضور.",
    ],
)
def test_expressed_still_reports(text: str) -> None:
    assert any(c.startswith("عبر") for c in cues(text))


# «دعا» "called on ... to" has a person or body as subject; with «ما», «مما» or «الأمر الذي» as its
# subject it is "led to" (made-up variants). «ما دعا إليه الوزير»: «ما» is the object, a call.
@pytest.mark.parametrize(
    "text",
    [
        "وتأخر النادي في سداد المستحقات، ما دعاها إلى رفع دعوى إلى لجنة فض المنازعات.",
        "وتخلفت اليونان عن السداد، مما دعا القادة في أوروبا إلى الإعلان عن خطة جديدة.",
        "وانقطع الماء عن دورات المياه، الأمر الذي دعا الزوار إلى اللجوء للصهاريج.",
        "فهذا أمر يدعو للغرابة خصوصا أن الأسماء الثلاثة بارزة.",
        "وما يدعو للاستغراب أن بعض المسؤولين صمتوا.",
    ],
)
def test_led_to_is_no_call(text: str) -> None:
    assert not any(c.startswith(("دعا", "يدعو")) for c in cues(text))


@pytest.mark.parametrize(
    "text",
    [
        "ودعا رئيس الهيئة المواطنين إلى الحذر.",
        "وقال إن الأمر يحتاج إلى حل، ودعا الحكومة إلى التدخل.",
        "كما دعا المركز الأمم المتحدة إلى التدخل العاجل.",
    ],
)
def test_call_still_reports(text: str) -> None:
    assert any(c.startswith("دعا") for c in cues(text))


# «نقلا عن» is "citing"; «نقلا» with no «عن» is the passive dual «نُقلا» or the noun «نقلاً» (made-up variants).
@pytest.mark.parametrize(
    "text",
    [
        "وأصيب حارسان بجروح وقد نقلا الى مستشفى المقاصد للعلاج.",
        "وأصيب شخصان ونقلا إلى المستشفى لتلقي العلاج.",
        "والفن ليس نقلا حرفيا للواقع.",
    ],
)
def test_moved_is_no_report(text: str) -> None:
    assert not any(c.startswith("نقلا") for c in cues(text))


def test_citing_still_reports() -> None:
    assert "نقلا" in cues("وقتل ١٢ شخصا في الهجوم، نقلا عن مصادر طبية.")
