"""Sources and content starts, issue 14 session 13 (attr14u): «قائلا» after a reporting verb with its
own subject (the guideline's «ختم حديثه ... قائلا» decision), a quoted according-to source or a second
fronted phrase before «، فقد» / «، فـ», a leading «و» after a colon, and «أحد» + its genitive. The
classes were counted over the tuning golds dev..dev10 and dev12 (docs/history/attribution.md)."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content, sources


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # the subject of the reporting verb before «قائلا» is its source
        ('وتابع بارتوميو قائلا: "لا أريد أن يرى أحد في قرار النادي ضعفا".', "قائلا", ["بارتوميو"]),
        (
            'وكشف مسهور لـ " سبق " آخر التطورات الميدانية قائلاً: استطاع رجال المقاومة تحقيق انتصارات.',
            "قائلاً",
            ["مسهور"],
        ),
        # a framing verb past an audience's quotation marks
        ("وعلق بعض المغردين بـ”تويتر” على التقرير بقولهم: “كان التقرير عنصرياً”.", "بقولهم", ["بعض المغردين"]),
        # the verb's own object stays out
        ("وأكد المدرب أهمية المباراة، قائلاً: «لا نلعب على النتائج».", "قائلاً", ["المدرب"]),
        # traps: no subject of its own, or the verb's own words already begun
        ("وتابع قائلا: «نعرف الثمن».", "قائلا", []),
        ("وأضاف الوزير أن الأمر مهم، قائلا: «نعرف الثمن».", "قائلا", []),
        # «أحد» + its genitive is one source, not «أحد» and an addressee
        ("وقال أحد السكان إن المساء كان هادئا.", "قال", ["أحد السكان"]),
        (
            "فيما أكد محمد آل سعد أحد سكان القرية أن البلدية لم تأخذ مشورة كبار السن.",
            "أكد",
            ["محمد آل سعد أحد سكان القرية"],
        ),
        # trap: a real addressee after a subject still leaves
        ("ودعا الوزير المواطنين إلى الابتعاد عن مجاري السيول.", "دعا", ["الوزير"]),
    ],
)
def test_sources(text: str, cue: str, want: list[str]) -> None:
    assert sources(text)[cue] == want


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # a quoted according-to source opening the sentence: the clause after «، فقد»
        ('ووفقا لـ "الألمانية"، فقد أعلنت الشركة تخفيض استثماراتها.', "وفقا لـ", "أعلنت الشركة تخفيض استثماراتها"),
        ('وبحسب "الألمانية"، فقد ذكر رئيس الشركة أن المبادرة تتوسع.', "بحسب", "ذكر رئيس الشركة أن المبادرة تتوسع"),
        # a second fronted phrase, then «، فـ»
        (
            "ووفقًا لموقع «anaman»، وبناءً على أبحاث علمية، فهناك غاز ينبعث من المقاعد.",
            "وفقًا",
            "هناك غاز ينبعث من المقاعد",
        ),
        (
            'وبحسب التفاصيل التي حصلت عليها "سبق"، في حينه، فقد تلقى مركز الشرطة بلاغاً.',
            "بحسب",
            "تلقى مركز الشرطة بلاغاً",
        ),
        # traps: no resumptive «فـ», or a clause (not a phrase) before it
        ("وبحسب المرصد، في صباح أمس، قتل ١٢ شخصا.", "بحسب", "في صباح أمس، قتل ١٢ شخصا"),
        ('وقتل ١٢ شخصا في الهجوم، بحسب "رويترز".', "بحسب", "قتل ١٢ شخصا في الهجوم"),
        # a leading «و» after a colon is the speaker's own
        ("وأضاف: وقد بيَّن الله سبحانه عقوبة القتل.", "أضاف", "وقد بيَّن الله سبحانه عقوبة القتل"),
        ("قال الله تعالى: {وما تنفقوا من خير يعلمه الله}", "قال", "وما تنفقوا من خير يعلمه الله"),
        # trap: the writer's «و» before a clause an according-to phrase qualifies stays out
        ("وقتل ١٢ شخصا في الهجوم، بحسب مصادر طبية.", "بحسب", "قتل ١٢ شخصا في الهجوم"),
    ],
)
def test_content(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want
