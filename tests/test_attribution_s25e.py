"""Sources that stop short, issue 14 session 25 (attr25e): made-up variants of the constructions counted in the
unannotated 2015-08-06 / 08-10 text (docs/history/attribution.md, "attr25e").

A role's noun phrase followed by a rank of the entity gazetteer and a name («مدير عام كلية الملك فهد الأمنية
اللواء سعد الخليوي», «وزير الإعلام الأردني الدكتور محمد المومني») is one subject: with a noun-phrase content
or before «وصف»'s object the source stopped at the role, and the rank and name went into the content or the
object. «المقاومة», «المعارضة» after «من» / «في» and an unnamed source («مصادر من المقاومة الشعبية») name whose
sources they are (bodies.txt).

Traps: no role before the rank; no name after the rank; a name read only in part («بن» left after it); a
pronoun object on «وصف»; a place after the unnamed source. The sentences are the tests' own, not corpus text."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content, sources
from test_attribution_speakers_s19 import speaker_of


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        (
            "وأكد مدير عام كلية الملك فهد الأمنية اللواء سعد الخليوي أهمية الاستعداد للعام الجديد.",
            "أكد",
            ["مدير عام كلية الملك فهد الأمنية اللواء سعد الخليوي"],
        ),
        (
            "وأكد مدير شرطة المنطقة الشرقية اللواء محمد بن سعد القحطاني أهمية التعاون مع المواطنين.",
            "أكد",
            ["مدير شرطة المنطقة الشرقية اللواء محمد بن سعد القحطاني"],
        ),
        (
            "ووصف وزير الإعلام الأردني الدكتور محمد المومني زيارة الأمير بأنها تاريخية.",
            "وصف",
            ["وزير الإعلام الأردني الدكتور محمد المومني"],
        ),
        (
            "ووصف وزير الإعلام الأردني الدكتور محمد المومني، زيارة الأمير بأنها تاريخية.",
            "وصف",
            ["وزير الإعلام الأردني الدكتور محمد المومني"],
        ),
        (
            "ووصف الأمين العام لمجلس الشورى الدكتور محمد بن عبدالله آل عمرو التفجير بأنه عمل إجرامي.",
            "وصف",
            ["الأمين العام لمجلس الشورى الدكتور محمد بن عبدالله آل عمرو"],
        ),
        (
            "وقالت مصادر من المقاومة الشعبية لـ«الشرق الأوسط» إن المقاومة سيطرت على الموقع.",
            "قالت",
            ["مصادر من المقاومة الشعبية"],
        ),
        (
            "وتحدثت مصادر من المقاومة، عن فرار جماعي للمسلحين من المدينة.",
            "تحدثت",
            ["مصادر من المقاومة"],
        ),
        # traps
        ("وأكد الطلاب اللواء سعد الخليوي أهمية الاستعداد.", "أكد", ["الطلاب اللواء سعد الخليوي"]),
        (
            "وأكد مدير عام كلية الملك فهد الأمنية أهمية الاستعداد للعام الجديد.",
            "أكد",
            ["مدير عام كلية الملك فهد الأمنية"],
        ),
        (
            "واستنكر رئيس نادي أبها الأدبي الدكتور أحمد بن علي آل مريع التفجير.",
            "استنكر",
            ["رئيس نادي أبها الأدبي"],
        ),
        ("ووصف مدير الشرطة اللواء محمد العتيبي بأنه خطير.", "وصف", ["مدير الشرطة اللواء محمد العتيبي"]),
        ("وقالت مصادر محلية في المدينة إن المسلحين انسحبوا.", "قالت", ["مصادر محلية"]),
    ],
)
def test_source_stops_short_no_more(text: str, cue: str, want: list[str]) -> None:
    assert sources(text)[cue] == want


def test_rank_and_name_leave_the_content() -> None:
    text = "وأكد مدير عام كلية الملك فهد الأمنية اللواء سعد الخليوي أهمية الاستعداد للعام الجديد."
    assert content(text, "أكد") == "أهمية الاستعداد للعام الجديد"


def test_participle_after_a_ranked_subject_takes_the_full_name() -> None:
    text = (
        "وأكد مدير عام كلية الملك فهد الأمنية اللواء سعد بن عبدالله الخليوي في تصريح صحفي قائلا: "
        "استعدت الكلية لاستقبال الطلاب."
    )
    assert speaker_of(text, "قائلا") == "مدير عام كلية الملك فهد الأمنية اللواء سعد بن عبدالله الخليوي"
