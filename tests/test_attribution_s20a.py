"""Cue spans and one body's name split at «و», issue 14 session 20 (attr20a): made-up variants of three
constructions read in dev18's errors and counted over the eighteen tuning sets and the unannotated
2015-07-22/07-31 text (docs/history/attribution.md, "attr20a"):

- a role or body noun in construct takes the definite words after it as its genitive, whatever their ending, and
  «و» + a definite noun there goes on with that genitive («وزير التربية والتعليم», «مدير العلاقات العامة والإعلام»:
  dev18, and 20 sources split in the unannotated text);
- «أكد على» / «مؤكدا على» before «أن» keeps its «على» in the cue, as the guideline and 4 of 4 tuning golds have it;
- «لفت / لافتا النظر (الانتباه) إلى» is one cue phrase (dev7, dev17), and a phrase's gender is its first word's.

Traps: a role, a title, a body or an unnamed source after «و», a masculine nisba that closes the construct,
«على» written with ي (the name «علي»), the short forms. The sentences are the tests' own, not corpus text."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content, sources
from test_attribution_speakers_s19 import speaker_of

import arabicnews


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # a genitive right after a role in construct, spelled like a nisba («التربية», «التنمية», «الأغذية»)
        (
            "وصرح وزير التربية والتعليم بالبحرين أن الجائزة أعلنت.",
            "صرح",
            ["وزير التربية والتعليم بالبحرين"],
        ),
        (
            "وقالت وزيرة التنمية والتعاون الدولي الشيخة لبنى القاسمي إن المساعدات وصلت.",
            "قالت",
            ["وزيرة التنمية والتعاون الدولي الشيخة لبنى القاسمي"],
        ),
        ("وحذرت منظمة الأغذية والزراعة من نقص المياه.", "حذرت", ["منظمة الأغذية والزراعة"]),
        (
            "وقال وزير المالية والاقتصاد في حكومة الكونغو إن الصندوق جاهز.",
            "قال",
            ["وزير المالية والاقتصاد في حكومة الكونغو"],
        ),
        # «الإعلام», a role of the list (the media), is a field of work inside the genitive (`fields.txt`)
        (
            "وكشف مدير العلاقات والإعلام في سجون القصيم الملازم أول تركي الحربي أن البرنامج نجح.",
            "كشف",
            ["مدير العلاقات والإعلام في سجون القصيم الملازم أول تركي الحربي"],
        ),
        (
            "وأوضح مدير عام إدارة العلاقات العامة والإعلام بالأمانة محمد الصفيان أن الطريق فتح.",
            "أوضح",
            ["مدير عام إدارة العلاقات العامة والإعلام بالأمانة محمد الصفيان"],
        ),
        # traps: a masculine nisba closes the construct; a role, a person's title or an unnamed head after «و»;
        # «و» after a definite head
        (
            "وقال وزير الخارجية الأمريكي والقنصل العام إن الزيارة تأجلت.",
            "قال",
            ["وزير الخارجية الأمريكي", "القنصل العام"],
        ),
        ("وقال وزير الداخلية والشرطة إن المتهم اعترف.", "قال", ["وزير الداخلية", "الشرطة"]),
        ("وقال وزير الخارجية والمدرب إن المعسكر بدأ.", "قال", ["وزير الخارجية", "المدرب"]),
        ("وقال مدير المستشفى والأطباء إن المريض تعافى.", "قال", ["مدير المستشفى", "الأطباء"]),
        ("وقالت الحكومة اليمنية والتحالف العربي إن الهدنة انتهت.", "قالت", ["الحكومة اليمنية", "التحالف العربي"]),
    ],
)
def test_construct_genitive_goes_on_after_waw(text: str, cue: str, want: list[str]) -> None:
    assert sources(text)[cue] == want


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        ("وقال الوزير إن الدورة كبيرة، مؤكداً على أن الدورة ناجحة.", "مؤكداً على", "الدورة ناجحة"),
        ("وحضر الأهالي الأمسية مؤكدين على أنها من أروع الأمسيات.", "مؤكدين على", "أنها من أروع الأمسيات"),
        ("وأكدت على أن الدورة ناجحة.", "أكدت على", "الدورة ناجحة"),
        # traps: a subject between (the cue is the verb alone), a present «يؤكد», «علي» written with ي
        ("وأكد الوزير على أن الدورة ناجحة.", "أكد", "الدورة ناجحة"),
        ("ويؤكد على أن الدورة ناجحة.", "يؤكد", "الدورة ناجحة"),
        ("وأكد على أهمية الدورة.", "أكد على", "أهمية الدورة"),
    ],
)
def test_confirmed_on_before_a_complementiser(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want


def test_ali_with_ya_is_not_the_preposition_of_the_cue() -> None:
    cues = [a.cue.text for a in arabicnews.analyze("وأكد علي أن الدورة ناجحة.").attributions]
    assert cues == ["أكد"]


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        (
            "وقال المدير إن التدريب مستمر، لافتاً النظر إلى أن اليوم التدريبي يبدأ من السابعة.",
            "لافتاً النظر إلى",
            "اليوم التدريبي يبدأ من السابعة",
        ),
        ("ولفت الانتباه إلى أن الجرائم موثقة.", "لفت الانتباه إلى", "الجرائم موثقة"),
        ("وقال المدير إن المهرجان ناجح، لافتا النظر إلى المشاركة الدولية.", "لافتا النظر إلى", "المشاركة الدولية"),
        # traps: the short form; a subject between the verb and «الانتباه»
        ("وقال المدير إن التدريب مستمر، لافتا إلى أن اليوم يبدأ مبكرا.", "لافتا إلى", "اليوم يبدأ مبكرا"),
        ("ولفت المدير الانتباه إلى أن الجرائم موثقة.", "لفت", "الجرائم موثقة"),
    ],
)
def test_drawing_attention_is_one_cue_phrase(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a feminine phrase agrees with a feminine speaker, a masculine one with a masculine speaker
        ("وقالت الأمانة إن السوق نظيف، لافتة النظر إلى أن البلدية تراقب المحال.", "لافتة النظر إلى", "الأمانة"),
        (
            "وأكد اللواء محمد المقدشي أن القوات تقدمت، لافتا الانتباه إلى أن النصر قريب.",
            "لافتا الانتباه إلى",
            "اللواء محمد المقدشي",
        ),
    ],
)
def test_a_cue_phrase_agrees_by_its_first_word(text: str, cue: str, speaker: str) -> None:
    assert speaker_of(text, cue) == speaker
