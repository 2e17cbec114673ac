"""Speakers, session 23 (issue 14, attr23d): a dropped subject goes on with the reporter, not with a
subject kept inside what the reporter said.

«وأوضح المدير ... أن إدارته أعلنت حالة الطوارئ القصوى ... . ¶ وأضاف: أنه نتج عن الحادث وفاة تسعة
أشخاص»: «أعلنت» is refused as a cue (an announcement) and the words after it are kept for a later
«وأضاف» (the previous-speaker rule reads them first); inside the director's content they are what he
said, and after «إدارته أعلنت» they are the verb's object. When that refused cue lies inside a report's
content that has ended, the reporter goes on. Traps: an announcement outside any content (the
previous-speaker rule's own case); a report that ended before the announcement. On main 02fd502 the
three variants fail and the traps pass.
"""

from __future__ import annotations

import pytest
from test_attribution_speakers_s19 import speaker_of  # the same pipeline and look-up


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "وأوضح المدير العام للشؤون الصحية محمد العبدالعالي أن إدارته أعلنت حالة الطوارئ القصوى لاستقبال"
            " الحالات، وجرى تحرك الطواقم الطبية إلى الموقع.\nوأضاف: أنه نتج عن الحادث وفاة تسعة أشخاص.",
            "أضاف",
            "المدير العام للشؤون الصحية محمد العبدالعالي",
        ),
        (
            "وقال نائب رئيس اللجنة عبدالقادر الجبرتي إنه لم يتبق على بدء الموسم سوى أسابيع، ولم تعلن التسعيرة"
            " المعتمدة لموسم الحج، مشيرا إلى أن المدة المتبقية غير كافية.",
            "مشيرا",
            "نائب رئيس اللجنة عبدالقادر الجبرتي",
        ),
        (
            "وأوضح المدير العام أن إدارته أعلنت حالة الطوارئ في المستشفيات. وأضاف أن 9 أشخاص توفوا.",
            "أضاف",
            "المدير العام",
        ),
    ],
)
def test_a_dropped_subject_goes_on_with_the_reporter(text: str, cue: str, speaker: str) -> None:
    assert speaker_of(text, cue) == speaker


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # an announcement outside any content: its subject goes on (the previous-speaker rule)
        ("وأعلنت الوزارة حالة الطوارئ في المستشفيات. وأضافت أن 9 أشخاص توفوا.", "أضافت", "الوزارة"),
        # the report ended before the announcement: the announcer is the latest, not inside it
        ("وقال المدير إن المستشفيات جاهزة. وأعلنت الوزارة حالة الطوارئ. وأضافت أن 9 أشخاص توفوا.", "أضافت", None),
    ],
)
def test_an_announcement_outside_a_content_is_left_to_the_previous_speaker_rule(
    text: str, cue: str, speaker: str | None
) -> None:
    got = speaker_of(text, cue)
    assert got != "المدير" and (speaker is None or got == speaker)
