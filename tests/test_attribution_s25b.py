"""dev23's contents and claims, issue 14 session 25 (attr25b).

A topic fronted at a sentence's start with «عن», «حول», «بشأن», «بخصوص», «بالنسبة», «فيما يتعلق», «فيما يخص»
(fronted_topics.txt) before a reporting verb with a dropped subject («وعن تجربته في السجن قال إن», «وحول السياحة
الداخلية بالمملكة قال:») is what the speaker was asked about:

1. the speaker goes on from the report before, with or without a comma after the topic (speakers table, «a dropped
   subject after a topic fronted ...»); a name inside the topic is never taken; with no previous speaker in reach the
   cue is left unresolved. Traps: a subject written after the verb; a verb with «و» of its own («وحول الوزير
   القضية ... وقال»: «حوّل», a verb with a subject); a participle.
2. the topic's last words are not a subject before the verb (sources table, «a topic fronted ...»): «وعن غيابه ...
   بسبب الإيقاف أكد أن» has no source, not «الإيقاف». Trap: a subject before a verb with no fronted topic.
3. An «أن» clause ends before «، إلا/غير/بيد أن» or «، لكن» + a written subject + a reporting verb: a new report
   opens there (the guideline's content end at «إلا أن», «لكن»): «قال مسؤول إن القائد قتل، غير أن طالبان نفت
   مقتله». Traps: no report after the contrast; inside a quote opened in the content; an evidence subject
   («إلا أن المؤشرات الأولية تؤكد»: the speaker's own argument).
The sentences are the tests' own (docs/history/attribution.md, "attr25b").
"""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import NLP
from test_attribution_speakers_s19 import speaker_of

from arabicnews.core.rules import tracing
from arabicnews.stages.attribution.lexicon import grammar

OPENING = "وقال مدرب الفريق جوزيه مورينيو إن الفريق جاهز للموسم الجديد. "


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (OPENING + "وعن إصابة المهاجم نايف هزازي قال إنه سيعود قريبا.", "قال"),
        (OPENING + "وحول السياحة الداخلية بالمملكة قال: «الفنادق ممتلئة».", "قال"),
        (OPENING + "وعن قضية الأوروغوياني مورا وإصابته، قال إن الكشف الطبي اليوم.", "قال"),
        (OPENING + "وبالنسبة للمعسكر الخارجي أوضح أن الفريق يغادر غدا.", "أوضح"),
        (OPENING + "وفيما يتعلق بحجم الإصابات قال إن ثلاثة لاعبين غابوا.", "قال"),
    ],
)
def test_a_dropped_subject_after_a_fronted_topic_goes_on_with_the_previous_speaker(text: str, cue: str) -> None:
    got = [a for a in NLP(text).attributions if a.cue.text == cue and a.cue.start > len(OPENING)]
    assert got, [a.cue.text for a in NLP(text).attributions]
    assert got[0].sources == ()
    assert got[0].speaker is not None
    assert got[0].speaker.name == "مدرب الفريق جوزيه مورينيو"


def test_with_no_earlier_report_a_fronted_topic_leaves_the_speaker_unresolved() -> None:
    # not the name inside the topic («مورا»)
    assert speaker_of("وعن قضية الأوروغوياني مورا وإصابته قال إن الكشف الطبي اليوم.", "قال") is None


def test_a_subject_after_the_verb_past_a_fronted_topic_is_the_source() -> None:
    text = OPENING + "وعن إصابة المهاجم قال الطبيب إن المهاجم سيعود."
    got = [a for a in NLP(text).attributions if a.cue.start > len(OPENING)]
    assert [[s.text for s in a.sources] for a in got] == [["الطبيب"]]
    assert got[0].speaker is None


def test_a_verb_with_its_own_conjunction_after_hawwala_is_not_after_a_fronted_topic() -> None:
    # «وحوّل الوزير القضية إلى النيابة وقال»: «حول» is the verb «حوّل», its subject the minister
    text = OPENING + "وحول الوزير القضية إلى النيابة وقال إنها خطيرة."
    got = [a for a in NLP(text).attributions if a.cue.start > len(OPENING)]
    assert all(a.speaker is None or a.speaker.name != "مدرب الفريق جوزيه مورينيو" for a in got)


def test_the_fronted_topic_is_not_a_subject_before_the_verb() -> None:
    text = OPENING + "وعن غيابه عن نهائي كأس السوبر بسبب الإيقاف أكد أن الفريق لديه 11 لاعبا قادرون على تعويضه."
    got = [a for a in NLP(text).attributions if a.cue.text == "أكد"]
    assert got
    assert got[0].sources == ()
    assert got[0].speaker is not None and got[0].speaker.name == "مدرب الفريق جوزيه مورينيو"
    assert got[0].content.text == "الفريق لديه 11 لاعبا قادرون على تعويضه"


def test_a_subject_before_a_verb_with_no_fronted_topic_stays_the_source() -> None:
    got = [a for a in NLP("المرصد السوري أشار إلى أن الغارات استهدفت المدينة.").attributions]
    assert [s.text for s in got[0].sources] == ["المرصد السوري"]


def test_the_fronted_topics_list_holds_one_and_two_word_entries() -> None:
    topics = grammar().fronted_topics
    assert {"عن", "حول"} <= topics
    assert any(" " in t for t in topics)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("وقال مسؤول أفغاني إن القائد قتل في الغارة، غير أن طالبان نفت مقتل الرجل.", "قال", "القائد قتل في الغارة"),
        (
            "وأعلنت الحكومة أن المشاركة بلغت 80 في المئة، لكن مدريد لفتت إلى أن ثلث الناخبين فقط شاركوا.",
            "أعلنت",
            "المشاركة بلغت 80 في المئة",
        ),
        (
            "وقالت الوزارة إن القتلى مدنيون، غير أن مسؤولين محليين وصفوهم بأنهم مقاتلون.",
            "قالت",
            "القتلى مدنيون",
        ),
        # traps: no report after the contrast; a pronoun subject (the clause scans' case, same end);
        # inside a quote the speaker goes on; evidence may be the speaker's argument
        (
            "وقال الوزير إن العمل مستمر، إلا أن لكل دولة سياستها في هذا الشأن.",
            "قال",
            "العمل مستمر، إلا أن لكل دولة سياستها في هذا الشأن",
        ),
        (
            'وقال المهندس إن التصويت "كان مطروحا للنقاش، ولكن الأمانة العامة استبعدت هذا الخيار".',
            "قال",
            'التصويت "كان مطروحا للنقاش، ولكن الأمانة العامة استبعدت هذا الخيار"',
        ),
        (
            "وأشارت إلى أنه لا يوجد توقع محدد، إلا أن المؤشرات الأولية تؤكد أن هناك وعيا.",
            "أشارت إلى",
            "أنه لا يوجد توقع محدد، إلا أن المؤشرات الأولية تؤكد أن هناك وعيا",
        ),
    ],
)
def test_a_content_ends_before_a_contrast_that_opens_a_report_with_its_own_subject(
    text: str, cue: str, content: str
) -> None:
    got = [a.content.text for a in NLP(text).attributions if a.cue.text == cue]
    assert got == [content]


def test_a_clause_after_the_topic_and_a_comma_is_not_a_fronted_topic() -> None:
    # «وبالنسبة للمسرح، فهو ... برأي فلان ...، يقول»: the topic is resumed by a clause of its own
    text = OPENING + "وبالنسبة للمسرح الكويتي، فهو الآخر لم يستفد من التجربة، يقول: «برزت تيارات فنية جديدة»."
    with tracing(text) as trace:
        NLP(text)
    assert not any("fronted" in d.rule for d in trace.decisions)
