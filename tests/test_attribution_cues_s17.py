"""Cue detection on unseen news (issue 14, session 17, attr17c).

Made-up variants, written before the change (each variant gave no attribution on main e4fe923).

1. A circumstantial participle («نافيا», «مؤكدا», «مشيرا إلى», «لافتا إلى») has no subject of its own: the
   noun after it is its object, what the speaker states, even when that noun is one of `evidence.txt`
   («وجود», «نتائج»), which after a verb may be the evidence that speaks («ويشير وجود جروح إلى أن»).
   Traps: a verb whose subject is evidence still reports no one's words; a feminine participle written
   with ه, not ة, is a noun with its pronoun («عن بعض مطالبه», «مع مضيفه»), no cue.
2. A verb of accusing or calling carries the one accused or called on as an object pronoun as often as
   a noun («واتهموها بإهمال», «تتهمه السلطات باختلاس», «وطالبوه بتسليم نفسه»): the rows of «اتهم»,
   «طالب», «حث» list those forms. Trap: a relative clause with such a verb inside a reported clause
   does not end it («إن الشركة التي اتهمتها الوزارة بالإهمال دفعت الغرامة»).
"""

from __future__ import annotations

import pytest
from test_attribution_time_ba import readings

SAID = "وقال الوزير إن العلاقات بين البلدين متينة، "

CASES = [
    # 1. a participle's object, even a noun of evidence.txt
    (SAID + "نافيا وجود أي خلاف بين الحكومتين.", "نافيا", "وجود أي خلاف بين الحكومتين"),
    (SAID + "مؤكدا وجود تعاون مستمر مع الأمانة.", "مؤكدا", "وجود تعاون مستمر مع الأمانة"),
    (SAID + "مشيرا إلى وجود مشاريع جديدة في المنطقة.", "مشيرا", "وجود مشاريع جديدة في المنطقة"),
    (SAID + "لافتا إلى نتائج الاجتماعات الأخيرة.", "لافتا", "نتائج الاجتماعات الأخيرة"),
    # 2. an object pronoun on a verb of accusing or calling
    ("وقال الأهالي إن البلدية تجاهلت مطالبهم، واتهموها بإهمال الطريق.", "اتهموها", "إهمال الطريق"),
    ("تتهمه السلطات الروسية باختلاس مئات الملايين من الدولارات.", "تتهمه", "اختلاس مئات الملايين من الدولارات"),
    ("وأدانت المنظمة الهجوم واتهمته بتهديد المدنيين.", "اتهمته", "تهديد المدنيين"),
    ("وحاصر المسلحون منزل الشيخ وطالبوه بتسليم نفسه.", "طالبوه", "تسليم نفسه"),
    # 2, trap: the relative clause inside a reported clause does not end it
    (
        "وقال المحامي إن الشركة التي اتهمتها الوزارة بالإهمال دفعت الغرامة.",
        "قال",
        "الشركة التي اتهمتها الوزارة بالإهمال دفعت الغرامة",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), CASES)
def test_the_cue_and_its_content(text: str, cue: str, content: str) -> None:
    assert (cue, content) in readings(text)


@pytest.mark.parametrize(
    "text",
    [
        # 1, traps: evidence that speaks is still no report
        "ويشير وجود جروح على الذراعين إلى أن الضحية قاومت.",
        "وأكدت الدراسة أن نسبة المدخنين ارتفعت.",
        "وأكدت نتائج التحاليل خلو العينة من أي مادة ضارة.",
        # 1, traps: a participle written with ه is a possessed noun
        "وعلى كل طرف أن يتنازل عن بعض مطالبه من أجل تحقيق مصالح أهم.",
        "واكتفى الفريق بالتعادل مع مضيفه رابيد فيينا في ذهاب الدور التمهيدي.",
    ],
)
def test_no_report(text: str) -> None:
    assert readings(text) == []
