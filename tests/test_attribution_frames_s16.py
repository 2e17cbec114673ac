"""Two frames of listed reporting verbs (issue 14, session 16, attr16a).

1. Verbs that take their content after «بـ», past an adjunct closed by a comma.

Made-up variants, written before the change: a verb whose content is a «بـ» phrase («طالب», «تعهد»,
«اعترف», «أشاد», «اتهم») may have an adjunct between its subject (or addressee) and that phrase: a venue, a
time or place phrase, a relative clause on its subject. Where a comma closes that adjunct, the «بـ» word
after the comma cannot belong to it («على المدينة بكاملها» has none), so it opens the verb's content. Traps:
a «بـ» word that opens an adjunct of its own (`ba_adjuncts.txt`: «، بحضور المحافظ», «، بالتعاون مع»,
«، بحيث»), and «، وبـ», which joins one more phrase to the one before.

2. Verbs of stating or judging that take a noun phrase as object, past a venue phrase: «في/خلال/أثناء» + an
occasion, a speech or a document (`occasions.txt`, `speeches.txt`, `documents.txt`) with its adjectives, a
«له/لها», an audience and a closing comma is where it was said, neither source nor content («أكد الوزير خلال
الاجتماع أهمية الحدث» took «الاجتماع أهمية الحدث»). Traps: an indefinite head in construct («في إطار زيارته»,
«في وقت سابق»), a meeting's own «بـ» («في اجتماعه بمديري التعليم»), a place that is no venue («في المدينة»).
"""

from __future__ import annotations

import pytest
from test_attribution_time_ba import readings


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("وتعهدت الحكومة عقب استعادة القاعدة من المتمردين، بتوسيع العمليات.", "تعهدت", "توسيع العمليات"),
        ("وطالب الداعية الذي تحدث إلى الحضور في الملتقى، بوقوف عربي.", "طالب", "وقوف عربي"),
        ("واعترف المتهم أمام المحكمة، بسرقة المحل.", "اعترف", "سرقة المحل"),
        ("وأشاد الوزير في مؤتمر صحفي مع نظيره، بالاجتماع الذي عقد أمس.", "أشاد", "الاجتماع الذي عقد أمس"),
        ("واتهمت وسائل إعلام الحزب وهو حزب معارض، بمحاولة استغلال الهجوم.", "اتهمت", "محاولة استغلال الهجوم"),
        # past an adjunct of its own, the next «بـ» word after a comma is the content
        ("وأشاد الوزير خلال الاجتماع، بحضور المحافظ، بجهود رجال الأمن.", "أشاد", "جهود رجال الأمن"),
    ],
)
def test_ba_content_after_a_closed_adjunct(text: str, cue: str, content: str) -> None:
    assert (cue, content) in [(c[: len(cue)], t) for c, t in readings(text)]


@pytest.mark.parametrize(
    "text",
    [
        # the «بـ» word after the comma opens an adjunct of its own: no content
        "وأشاد الوزير خلال الاجتماع، بحضور المحافظ.",
        "وطالب سكان في المدينة، بالتعاون مع البلدية.",
        "وكانت الوزارة مطالبة في الفترة المقبلة بمزيد من الجولات، بحيث تتمكن من المراقبة.",
        # «، وبـ» joins a phrase to the one before
        "شكر خلالها جميع الحضور مهنئاً ومباركاً لهم المناسبة العزيزة على قلوبنا، وبمساعدة نائبه تم تكريم النادي.",
        # no comma: past a place phrase the «بـ» still belongs to it, as before
        "وطالب سكان في المدينة بكاملها.",
    ],
)
def test_ba_adjunct_after_a_comma_is_no_content(text: str) -> None:
    assert not any(t.startswith(("حضور", "تعاون", "حيث", "مساعدة", "كامل")) for _, t in readings(text))


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("وأكد الوزير خلال الاجتماع أهمية الحدث.", "أكد", "أهمية الحدث"),
        ("وأكد الوزير في كلمته أهمية التعاون بين الدول.", "أكد", "أهمية التعاون بين الدول"),
        ("وأكد الوزير في تصريحات خاصة للصحيفة أهمية التعاون.", "أكد", "أهمية التعاون"),
        ("وانتقد الوزير في مؤتمر صحفي أمس قرار المحكمة.", "انتقد", "قرار المحكمة"),
        ("وأكد الوزير في الاجتماع الأول للجنة العليا أهمية التعاون.", "أكد", "أهمية التعاون"),
        ("وأدانت الوزارة في بيان صحفي لها، مصادقة اللجنة على الخطة.", "أدانت", "مصادقة اللجنة على الخطة"),
        # the subject dropped: the venue right after the verb
        ("وأكد في بيان له رفضه الإرهاب بكافة صوره.", "أكد", "رفضه الإرهاب بكافة صوره"),
        ("وأكد في تصريحات لـ «عكاظ» ضرورة الاهتمام بالنازحين.", "أكد", "ضرورة الاهتمام بالنازحين"),
    ],
)
def test_noun_phrase_content_after_a_venue(text: str, cue: str, content: str) -> None:
    assert (cue, content) in [(c[: len(cue)], t) for c, t in readings(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an indefinite head in construct: its genitive is the venue's, the rule tells no start
        ("وأكد الوزير في إطار زيارته أهمية التعاون.", "زيارته"),
        ("وأكد الوزير في وقت سابق عدم صحة ما يتم تداوله.", "سابق"),
        # the meeting's own «بـ» and a «لـ» genitive run on: still the venue
        ("وأكد الوزير في اجتماعه بمديري التعليم أهمية الالتزام.", "بمديري"),
        # nouns in construct after an indefinite venue noun, and «و»: still the venue (from the snapshot)
        ("وأكد المسؤول في مؤتمر مسؤولي ومديري رحلات الحج والزيارة ضرورة التصدي للتهريب.", "مديري"),
        # a place is no venue of a statement
        ("وأكد الوزير في المدينة أهمية التعاون.", "المدينة"),
    ],
)
def test_venue_rule_keeps_out(text: str, kept: str) -> None:
    assert not any(t.startswith(kept) for _, t in readings(text))
