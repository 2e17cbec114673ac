"""Cue forms left at session 22's end (issue 14, session 23, attr23e; docs/history/attribution.md, "attr23e").

(1) «وصف» with its object pronoun after the feminine or plural ending («وصفته», «وصفتها», «وصفوه», «وصفتهم»): the rows
listed «وصفه», «وصفها» only; in 3,795 unannotated articles of 2015-08-06/08-10 the new forms stand 23 times, all but
one of them reports. The clitic segmenter reads «وصفته» as «و» + «صفته», so the matched cue keeps its «و» as the
verb's letter (no conjunction, no new clause inside another report's content); «وصفة» “recipe” with its pronoun and no
«بـ» description after it is no cue. (2) «وفق/حسب» a few words after a verb of proceeding, working or varying
(«تسير وفق», «يسير بتدرج حسب», «تختلف ... حسب») says how, not who told. The sentences are the tests' own, not corpus
text."""

from __future__ import annotations

import pytest

from arabicnews.core.pipeline import Pipeline
from arabicnews.stages.attribution import AttributionStage
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage

NLP = Pipeline([TokenizerStage(), SentenceStage(), AttributionStage()])


def found(text: str) -> list[tuple[str, list[str], str]]:
    return [(a.cue.text, [s.text for s in a.sources], a.content.text) for a in NLP(text).attributions]


@pytest.mark.parametrize(
    ("text", "cue", "sources", "content"),
    [
        ("ووصفته الصحيفة بصانع التغيير.", "وصفته", ["الصحيفة"], "صانع التغيير"),
        ("وهاجم الوزير المتظاهرين الذين وصفتهم الشرطة بالمخربين.", "وصفتهم", ["الشرطة"], "المخربين"),
        ("وأشاد بالمشروع الذي وصفوه بأنه الأكبر في المنطقة.", "وصفوه", [], "أنه الأكبر في المنطقة"),
        ("وقضى المدرب سنوات في حقبة وصفتها الصحافة بأنها الأزهى.", "وصفتها", ["الصحافة"], "أنها الأزهى"),
    ],
)
def test_object_pronoun_forms_of_wasf_report(text: str, cue: str, sources: list[str], content: str) -> None:
    assert (cue, sources, content) in found(text), found(text)


def test_wasfatha_inside_another_report_leaves_its_content_whole() -> None:
    text = "وقال الوزير إن الهيئة التي وصفتها الصحافة بالمغربية نجحت في تفكيك خلية إرهابية."
    got = found(text)
    assert ("قال", ["الوزير"], "الهيئة التي وصفتها الصحافة بالمغربية نجحت في تفكيك خلية إرهابية") in got, got


def test_a_later_an_of_another_clause_is_not_the_description() -> None:
    got = found("ووقع الرئيس اتفاقية أمنية وصفتها إيران بالاستراتيجية، إلا أنها انتهت سريعا.")
    assert [(c, s) for c, s, _ in got] == [("وصفتها", ["إيران"])], got
    assert got[0][2].startswith("الاستراتيجية"), got


@pytest.mark.parametrize(
    "text",
    [
        "وقدمت الطاهية وصفتها المفضلة للكعك.",
        "وصرف الطبيب للمريض وصفته الطبية.",
        "وجربت وصفتها الجديدة في المطبخ.",
    ],
)
def test_recipe_with_its_pronoun_is_no_cue(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وأكد أن أموره تسير وفق القضاء المستقل.",
        "وأوضح أن القطاع يسير بتدرج حسب التوسع الاقتصادي.",
        "وتعمل الشاشة باللمس حسب القوة.",
        "وتختلف تكلفة الاستخراج حسب العمق.",
    ],
)
def test_according_to_after_a_verb_of_manner_is_no_report(text: str) -> None:
    assert [c for c, _, _ in found(text) if c in ("وفق", "حسب", "بحسب")] == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("وتسير الأمور وفق ما أعلنت الوزارة أمس.", "وفق ما أعلنت", "الوزارة"),
        ("وتعمل القوات بحسب مصادر عسكرية على تطهير المدينة.", "بحسب", "مصادر عسكرية"),
        ("ويعمل الفريق بحسب المتحدث باسم الوزارة على إعداد الخطة.", "بحسب", "المتحدث باسم الوزارة"),
        ("وتسير المفاوضات، وفق الوزير، بشكل جيد.", "وفق", "الوزير"),
        ("وقتل ١٢ شخصا وفق الشرطة.", "وفق", "الشرطة"),
    ],
)
def test_a_teller_after_a_verb_of_manner_still_reports(text: str, cue: str, source: str) -> None:
    got = [(c, s) for c, s, _ in found(text)]
    assert (cue, [source]) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "ويرى أن الاتفاق من شأنه أن يهدد «مصداقية» الولايات المتحدة في العالم.",
        "وأكد أن العنف الذي يهدد منطقتنا اليوم يحتم ضرورة التعاون.",
        "وحذر من الشائعات التي تهدد الأمن القومي، مؤكدا أن الوزارة ستلاحق مروجيها.",
    ],
)
def test_present_yuhaddid_with_no_ba_threat_is_endangers(text: str) -> None:
    assert [c for c, _, _ in found(text) if c in ("يهدد", "تهدد")] == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("وتهدد الميليشيات بأنها ستقتحم المدينة.", "تهدد"),
        ("ويهدد التنظيم: «سنضرب في كل مكان».", "يهدد"),
        (
            "وقال مسؤول إن الطبيب يهدد بالانتقال إلى القطاع الخاص إن لم ترتفع رواتبه، وأكد أن الوزارة تدرس الأمر.",
            "يهدد",
        ),
    ],
)
def test_a_threat_with_ba_or_a_colon_still_reports(text: str, cue: str) -> None:
    assert cue in [c for c, _, _ in found(text)], found(text)
