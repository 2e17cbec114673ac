"""«وأضاف / وتابع / وقال» with no subject before a comma or a clause (issue 14, session 16, attr16d).

Made-up variants, written before the change (each gave no attribution on main 07db755): a verb of going on
(«أضاف», «تابع», «قال») with «و» and no subject, followed by a comma and a clause, or directly by a word
that opens a clause and cannot open a noun-phrase subject (`clause_openers.txt`: a passive «تم / جرى»,
«لذا», «يجب», a negation, a first-person pronoun), reports what the speaker of the sentence before said.
Traps: a demonstrative opens a subject («وقال هذا المصدر إن»), a comma before an adjunct and «أن» is the
complementiser's reading, a noun-phrase subject before an object («وأضاف لاعب الفريق هدفا ثانيا»).
"""

from __future__ import annotations

import pytest
from test_attribution_time_ba import readings

import arabicnews

FIRST = "وقال مدير الدفاع المدني إن البحث مستمر. "


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("وأضاف، واصلت فرق البحث والإنقاذ عملها حتى الصباح.", "أضاف", "واصلت فرق البحث والإنقاذ عملها حتى الصباح"),
        ("وتابع، علاج المصابين يستلزم مستشفى متخصصا.", "تابع", "علاج المصابين يستلزم مستشفى متخصصا"),
        ("وأضاف تم رصد هذا الشخص قرب الموقع.", "أضاف", "تم رصد هذا الشخص قرب الموقع"),
        ("وأضاف جرى اقتحام المبنى من قبل وحدات الإنقاذ.", "أضاف", "جرى اقتحام المبنى من قبل وحدات الإنقاذ"),
        ("وأضاف لذا تتطلع الشعوب إلى دور أكبر.", "أضاف", "لذا تتطلع الشعوب إلى دور أكبر"),
        ("وقال يجب أن تصل الرسالة واضحة.", "قال", "يجب أن تصل الرسالة واضحة"),
        ("وأضاف لم يصب المواطن بأي أذى.", "أضاف", "لم يصب المواطن بأي أذى"),
        # traps: a demonstrative opens a subject, and a comma before an adjunct and «أن» leaves the
        # complementiser's reading; the «إن / أن» clause is the content, as before
        ("وقال هذا المصدر إن الفرق واصلت عملها.", "قال", "الفرق واصلت عملها"),
        ("وأضاف، عقب الاجتماع، أن الفرق واصلت عملها.", "أضاف", "الفرق واصلت عملها"),
    ],
)
def test_the_content_after_a_dropped_or_kept_subject(text: str, cue: str, content: str) -> None:
    assert (cue, content) in [(c[: len(cue)], t) for c, t in readings(FIRST + text)]


def test_the_speaker_is_the_one_before() -> None:
    doc = arabicnews.analyze(FIRST + "وأضاف، واصلت فرق البحث عملها حتى الصباح.")
    second = [a for a in doc.attributions if a.cue.text == "أضاف"]
    assert second and second[0].speaker is not None and second[0].speaker.name == "مدير الدفاع المدني"


def test_a_noun_phrase_subject_is_no_clause() -> None:
    assert not [c for c, _ in readings("وأضاف لاعب الفريق هدفا ثانيا في الدقيقة 14.") if c.startswith("أضاف")]
