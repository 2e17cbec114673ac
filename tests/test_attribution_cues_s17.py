"""Cue detection on unseen news (issue 14, session 17, attr17c).

Made-up variants, written before the change (each variant gave no attribution on main e4fe923).

1. A circumstantial participle («نافيا», «مؤكدا», «مشيرا إلى», «لافتا إلى») has no subject of its own: the
   noun after it is its object, what the speaker states, even when that noun is one of `evidence.txt`
   («وجود», «نتائج»), which after a verb may be the evidence that speaks («ويشير وجود جروح إلى أن»).
   Traps: a verb whose subject is evidence still reports no one's words; a feminine participle written
   with ه, not ة, is a noun with its pronoun («عن بعض مطالبه», «مع مضيفه»), no cue.
"""

from __future__ import annotations

import pytest
from test_attribution_time_ba import readings

FIRST = "وقال الوزير إن العلاقات بين البلدين متينة، "


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("نافيا وجود أي خلاف بين الحكومتين.", "نافيا", "وجود أي خلاف بين الحكومتين"),
        ("مؤكدا وجود تعاون مستمر مع الأمانة.", "مؤكدا", "وجود تعاون مستمر مع الأمانة"),
        ("مشيرا إلى وجود مشاريع جديدة في المنطقة.", "مشيرا", "وجود مشاريع جديدة في المنطقة"),
        ("لافتا إلى نتائج الاجتماعات الأخيرة.", "لافتا", "نتائج الاجتماعات الأخيرة"),
    ],
)
def test_the_noun_after_a_participle_is_what_it_states(text: str, cue: str, content: str) -> None:
    assert (cue, content) in readings(FIRST + text)


@pytest.mark.parametrize(
    "text",
    [
        "ويشير وجود جروح على الذراعين إلى أن الضحية قاومت.",
        "وأكدت الدراسة أن نسبة المدخنين ارتفعت.",
        "وأكدت نتائج التحاليل خلو العينة من أي مادة ضارة.",
    ],
)
def test_evidence_that_speaks_is_still_no_report(text: str) -> None:
    assert readings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وعلى كل طرف أن يتنازل عن بعض مطالبه من أجل تحقيق مصالح أهم.",
        "واكتفى الفريق بالتعادل مع مضيفه رابيد فيينا في ذهاب الدور التمهيدي.",
    ],
)
def test_a_participle_written_with_ha_is_a_possessed_noun(text: str) -> None:
    assert readings(text) == []
