"""Content ends and according-to scope, issue 14 session 16 (attr16c): made-up variants of each
construction (docs/history/attribution.md, session 16).

«لكن» with a first-person pronoun («، ولكننا نؤكد», «، لكنني») has the speaker as its subject, so it
goes on with what was said, where «لكنه»/«لكنها» opens a clause of another. An according-to phrase set
between two commas before the complementiser of the verb it follows («وقال المحافظ، بحسب الصحيفة، إن
...») interrupts that verb's clause: it credits the clause whole, its complement included, and the verb
keeps its own content. A verb of saying takes a quote of words as its one complement: «و» after the
closing mark opens the writer's next clause («قال في مطلعها "..." وغناها الفنان»)."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content


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


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # a verb of saying and a quote of words that «و» follows: the quote is the content
        (
            "وقال الشاعر في مطلعها «أحن إلى خبز أمي وقهوة أمي» وغناها الفنان مرسيل خليفة.",
            "قال",
            "أحن إلى خبز أمي وقهوة أمي",
        ),
        (
            'فالمثل يقول "من جرب المجرب كان عقله مخربا" ومن خرب عقله لا بد له أن يقلق.',
            "يقول",
            "من جرب المجرب كان عقله مخربا",
        ),
        (
            "وقال الموظف «ارجع إلى الموظف السابق في الكابينة رقم 11» وبعد ذلك توجه أحد المسافرين إلى المدير.",
            "قال",
            "ارجع إلى الموظف السابق في الكابينة رقم 11",
        ),
        # traps: a verb that takes a noun phrase may coordinate another after its quote; a short
        # quote is a name; a sentence going on with no «و» keeps the quote inside the content
        (
            "وطالب المحاميان «بعملية فحص جديدة من قبل لجنة دولية» والاستماع إلى أطباء آخرين.",
            "طالب",
            "«بعملية فحص جديدة من قبل لجنة دولية» والاستماع إلى أطباء آخرين",
        ),
        ("وقال الوزير «إن الأسعار ستنخفض» خلال الأشهر المقبلة.", "قال", "«إن الأسعار ستنخفض» خلال الأشهر المقبلة"),
        ("وقال المدير «الموقع» والتطبيق يعملان بشكل طبيعي.", "قال", "«الموقع» والتطبيق يعملان بشكل طبيعي"),
    ],
)
def test_a_quote_that_and_follows_is_the_content(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want


def test_marks_paired_across_paragraphs_are_no_quote_of_words() -> None:
    # a quote mark never closed in its paragraph pairs with one paragraphs on: no quote of words
    text = (
        "وقال سموه ” إن التفجير الإرهابي كشف حقد هؤلاء المجرمين على بيوت الله وأرواح الآمنين.\n"
        "واطلع مجلس الوزراء على التقارير، ووافق على مشروع الاتفاقية العامة للتعاون ” والتوقيع عليها."
    )
    assert content(text, "قال") != text[text.index("إن") : text.rindex("”")].strip()


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # a bracket opened inside the content keeps its closing mark (attr16f, dev14 558)
        ("وارتفعت الأسعار في الشهر الماضي (مايو)، بحسب الوكالة.", "بحسب", "ارتفعت الأسعار في الشهر الماضي (مايو)"),
        ("وقتل ١٢ شخصا في مدينة حلب (شمال)، وفقا للمرصد.", "وفقا", "قتل ١٢ شخصا في مدينة حلب (شمال)"),
        # trap: a bracket opened before the content is not the content's: its mark goes
        ("(وقتل ١٢ شخصا في الهجوم)، بحسب مصادر طبية.", "بحسب", "قتل ١٢ شخصا في الهجوم"),
    ],
)
def test_according_to_content_keeps_its_own_closing_bracket(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want
