"""Content starts and ends, issue 14 session 15 (attr15b): made-up variants of each construction,
written before the rule (docs/history/attribution.md, session 15).

A reporting verb takes one complement: when a comma and «إن/أن» follow a short quote, the clause after
the complementiser is the content and the quote is a name in the words before it (an account, a
programme, a venue). A result clause after a comma («، ما أدى إلى», «، وهو ما») is a relative clause on
the clause before it, so it stays in that clause's content; a reporting verb right after it («، وهو ما
اعتبر السفير أنه») is another's report on what was said, which ends the content."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # a quoted account, programme or venue, then «، إن/أن»: the content is the clause after it
        ('وقالت الوزيرة عبر حسابها في "تويتر"، إن الرحلات توقفت مؤقتا.', "قالت", "الرحلات توقفت مؤقتا"),
        ("وقال نائب الأمير خلال تدشين «عنابر البيت العائلي»، إن المشروع يخدم الزوار.", "قال", "المشروع يخدم الزوار"),
        ("وأكد المدير في حديثه لبرنامج «صباح الخير»، أن العمل مستمر.", "أكد", "العمل مستمر"),
        ("وذكر الباحث في مقابلة مع مجلة “العلوم”، أنه أنهى التجربة.", "ذكر", "أنه أنهى التجربة"),
        # a quote after the complementiser stays in the content (mixed)
        (
            "وقال الباحث في مركز «هلموت»، إن «النتائج مشجعة» في المرحلة الأولى.",
            "قال",
            "«النتائج مشجعة» في المرحلة الأولى",
        ),
        # traps: a quote with no complementiser after it is the content; a long quote before «، إن» too
        ("وقال الوزير: «الرحلات توقفت مؤقتا».", "قال", "الرحلات توقفت مؤقتا"),
        ("وقال المدرب «لن نستسلم أبدا»، وأضاف أن الفريق جاهز.", "قال", "لن نستسلم أبدا"),
    ],
)
def test_quoted_name_before_a_complementiser(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # a result clause on the clause before it stays in the content
        (
            "وقالت المصادر إن المسلحين هاجموا الموقع، ما أدى إلى مقتل شرطي.",
            "قالت",
            "المسلحين هاجموا الموقع، ما أدى إلى مقتل شرطي",
        ),
        (
            "وأكدت المصادر أن الضباط رفضوا القتال، ما دفع الحوثيين إلى حشد مقاتلين.",
            "أكدت",
            "الضباط رفضوا القتال، ما دفع الحوثيين إلى حشد مقاتلين",
        ),
        (
            "وأوضح الخبير أن عدد البقع الشمسية زاد، وهو ما يعرف بالكلف الشمسي.",
            "أوضح",
            "عدد البقع الشمسية زاد، وهو ما يعرف بالكلف الشمسي",
        ),
        (
            "وأشار المدير إلى أن الأمطار غمرت التربة، مما أدى إلى خروج قطارين عن مسارهما.",
            "أشار",
            "الأمطار غمرت التربة، مما أدى إلى خروج قطارين عن مسارهما",
        ),
        # traps: another's report on it («، وهو ما اعتبر ...») ends the content, and a verb's complement
        # is not looked for past a result clause
        (
            "وندد الوزير بالخطة التي قال إنها ستسمح بالقصف، وهو ما اعتبر السفير أنه سيأتي بنتائج عكسية.",
            "ندد",
            "الخطة التي قال إنها ستسمح بالقصف",
        ),
        (
            "ودعا الوزير إلى دور قوي للمجتمع الدولي، وهو ما وصفته دوائر سياسية بأنه موقف راسخ.",
            "دعا",
            "دور قوي للمجتمع الدولي",
        ),
        # traps: the writer's comment («، في إشارة إلى») and a new report still end the content
        ("وقال الوزير إن الحل سياسي، في إشارة إلى المفاوضات.", "قال", "الحل سياسي"),
        ("وقال الوزير إن الحل سياسي، مشيرا إلى أن المفاوضات مستمرة.", "قال", "الحل سياسي"),
    ],
)
def test_result_clause_stays_in_the_content(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # a reporting verb with no subject after it takes the one it agrees with: the content's own
        # subject when the speaker's verb does not agree, so it is a report inside the content
        (
            "وقال الوزير إن الشركة أنهت المشروع، وأكدت أنها ستبدأ مشروعا جديدا.",
            "قال",
            "الشركة أنهت المشروع، وأكدت أنها ستبدأ مشروعا جديدا",
        ),
        (
            "وقالت المصادر إن أحد الضباط نجا من الأسر، كشف عن أن ضابطا إيرانيا حقق معه.",
            "قالت",
            "أحد الضباط نجا من الأسر، كشف عن أن ضابطا إيرانيا حقق معه",
        ),
        (
            "وأضاف المدير أن المجلة تطرقت إلى أسباب الأزمة وتساءلت عن مرد ذلك.",
            "أضاف",
            "المجلة تطرقت إلى أسباب الأزمة وتساءلت عن مرد ذلك",
        ),
        # traps: the verb agrees with the speaker, or with both, or names its own subject: a new report
        ("وقالت الوزارة إن المشروع سيكتمل، وأكدت أن العمل مستمر.", "قالت", "المشروع سيكتمل"),
        ("وقال الوزير إن الشركة أنهت المشروع، وأكد أن العمل مستمر.", "قال", "الشركة أنهت المشروع"),
        ("وقال الوزير إن المدير أنهى المشروع، وأكد أن العمل مستمر.", "قال", "المدير أنهى المشروع"),
        ("وقال الوزير إن الشركة أنهت المشروع، وأكدت الوزارة أن العمل مستمر.", "قال", "الشركة أنهت المشروع"),
    ],
)
def test_coordinated_report_of_the_content_subject(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want
