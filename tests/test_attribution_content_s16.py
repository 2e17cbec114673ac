"""Content ends and according-to scope, issue 14 session 16 (attr16c): made-up variants of each
construction, written before the rule (docs/history/attribution.md, session 16).

An ellipsis («..», «...») is a pause inside what was said, not its end: the content runs on into the
sentence after it, unless that sentence opens with «و»/«ف» (a new report or a line break ends it too). «لكن» with a first-person pronoun
(«، ولكننا نؤكد», «، لكني») has the speaker as its subject, so it goes on with what was said, where
«لكنه»/«لكنها» opens a clause of another. An according-to phrase set between two commas before the
complementiser of the verb it follows («وقال المحافظ، بحسب الصحيفة، إن ...») interrupts that verb's
clause: it credits the clause whole, its complement included."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # an ellipsis inside a reported clause (the predicate after it), a noun-phrase content and a
        # colon content
        (
            "وأوضح المدير أن المملكة التي سارعت إلى دعم اليمن.. أكملت دورها الرائد في الإغاثة.",
            "أوضح",
            "المملكة التي سارعت إلى دعم اليمن.. أكملت دورها الرائد في الإغاثة",
        ),
        (
            "وأبدى رئيس الغرفة استعداد الغرفة لتنظيم المهرجان... بدءا من العام المقبل.",
            "أبدى",
            "استعداد الغرفة لتنظيم المهرجان... بدءا من العام المقبل",
        ),
        (
            "وقال اللاعب: الفريق قدم مباراة كبيرة... نحن نستحق الفوز.",
            "قال",
            "الفريق قدم مباراة كبيرة... نحن نستحق الفوز",
        ),
        # traps: a sentence opening with «و» after the ellipsis is the writer's; a new report and a
        # line break end the content too
        (
            "ودعا المندوب إلى سرعة إعادة إمدادات المياه.. وتقوم مجموعة من الخبراء بفحص الخزانات.",
            "دعا",
            "سرعة إعادة إمدادات المياه",
        ),
        ("وقال الوزير إن العمل مستمر.. وأضاف أن المشروع سينتهي قريبا.", "قال", "العمل مستمر"),
        ("وقال الوزير إن العمل مستمر..\nوفي سياق آخر، افتتح المحافظ المعرض.", "قال", "العمل مستمر"),
        # a full stop still ends it
        ("وقال الوزير إن العمل مستمر. والمشروع سينتهي قريبا.", "قال", "العمل مستمر"),
    ],
)
def test_an_ellipsis_does_not_end_the_content(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # «لكن» with the first person: the speaker goes on
        (
            "وأضاف: إن هؤلاء يسعون إلى زعزعة الأمن، ولكننا نؤكد لهم أن المملكة ستمضي في مكافحة الإرهاب.",
            "أضاف",
            "إن هؤلاء يسعون إلى زعزعة الأمن، ولكننا نؤكد لهم أن المملكة ستمضي في مكافحة الإرهاب",
        ),
        ("وقال المدرب إن المباراة كانت صعبة، لكننا سنعود أقوى.", "قال", "المباراة كانت صعبة، لكننا سنعود أقوى"),
        ("وقال اللاعب إنه سعيد بالفوز، لكنني لا أفكر في الرحيل.", "قال", "إنه سعيد بالفوز، لكنني لا أفكر في الرحيل"),
        # traps: «لكن» with the third person opens another's clause
        ("وقال الوزير إن العمل مستمر، لكنه أكد أن المشروع تأخر.", "قال", "العمل مستمر"),
        ("وقال المسؤول إن الشركة خالفت العقد، ولكنها تستطيع تصحيح وضعها.", "قال", "الشركة خالفت العقد"),
    ],
)
def test_but_with_the_first_person_goes_on(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # the phrase between commas before the verb's complementiser: the verb's clause whole
        (
            "وقال المتحدث، بحسب الوكالة، إن الهجوم أسفر عن مقتل ثلاثة.",
            "بحسب",
            "قال المتحدث، بحسب الوكالة، إن الهجوم أسفر عن مقتل ثلاثة",
        ),
        (
            "وأكد رئيس المنظمة، ووفقا لوكالة تسنيم، أن إيران ستنتج الوقود.",
            "وفقا",
            "أكد رئيس المنظمة، ووفقا لوكالة تسنيم، أن إيران ستنتج الوقود",
        ),
        (
            "وأوضح العقيد، وفقاً لما نقلت عنه الصحيفة، أن العوائل يستثنون من هذا القرار.",
            "وفقاً لما نقلت",
            "أوضح العقيد، وفقاً لما نقلت عنه الصحيفة، أن العوائل يستثنون من هذا القرار",
        ),
        # the verb keeps its own content
        ("وقال المتحدث، بحسب الوكالة، إن الهجوم أسفر عن مقتل ثلاثة.", "قال", "الهجوم أسفر عن مقتل ثلاثة"),
        # traps: a phrase closing its sentence, and one after a comma with no complementiser after it
        ("وقتل ١٢ شخصا في الهجوم، بحسب مصادر طبية.", "بحسب", "قتل ١٢ شخصا في الهجوم"),
        ("وقال الوزير إن المشروع تأخر، بحسب الوكالة.", "بحسب", "قال الوزير إن المشروع تأخر"),
    ],
)
def test_according_to_between_commas_before_a_complementiser(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want
