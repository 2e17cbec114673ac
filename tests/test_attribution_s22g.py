"""A title or role noun in construct keeps its genitive in a noun-phrase reading's subject. Issue 14,
session 22 (attr22g).

With no complementiser after the verb («أكد ... أهمية», «ثمن ... جهود»), the subject is the noun phrase
after the verb (`Phrases.np_end`, read by the readings rule «a verb takes its subject and a noun phrase
as content») and the rest is the content. An indefinite role noun in construct with a word that is not a
role («وكالة دوغان التركية») takes that word as a name, and a definite word after a name is the object;
but a title is in construct with a title («صاحب السمو», «خادم الحرمين الشريفين», «رئيس مجلس الوزراء»,
«سفير خادم الحرمين») and an honorific with the title after it («معالي وزير الصحة», «سمو أمير المنطقة»):
the definite word after the second noun is its genitive, not the object. The rules cut such subjects
after their first word («صاحب | السمو الملكي الأمير محمد بن سلمان ... حرص», «معالي | الدكتور الصمعاني
... دعم», «رئيس مجلس | النواب سليم الجبوري، استعداد»: unannotated 2015-08-06 / 08-10,
docs/history/attribution.md, "attr22g"). roles.txt gains «صاحب», «خادم» and «أعضاء» (the plural of the
listed «عضو», as «قادة»); the honorifics of honorifics.txt head a noun phrase as a role does.

Traps: a name before a definite object, a role with one definite genitive, a role with a body and a name
after it, a name after a role's noun phrase, a complementiser. The sentences are the tests' own.
"""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content, sources


@pytest.mark.parametrize(
    ("text", "cue", "want_sources", "want_content"),
    [
        (
            "أكد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز أهمية الوحدة.",
            "أكد",
            ["خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز"],
            "أهمية الوحدة",
        ),
        (
            "ثمن معالي وزير الصحة الدكتور توفيق الربيعة جهود العاملين.",
            "ثمن",
            ["معالي وزير الصحة الدكتور توفيق الربيعة"],
            "جهود العاملين",
        ),
        ("أكد رئيس مجلس الوزراء أهمية الالتزام بالمواعيد.", "أكد", ["رئيس مجلس الوزراء"], "أهمية الالتزام بالمواعيد"),
        ("وأكد سمو أمير المنطقة أهمية المشروع.", "أكد", ["سمو أمير المنطقة"], "أهمية المشروع"),
        ("أكد صاحب الشركة أهمية الالتزام بالمواعيد.", "أكد", ["صاحب الشركة"], "أهمية الالتزام بالمواعيد"),
        ("وابدى أعضاء المجلس ملاحظات على التقرير.", "ابدى", ["أعضاء المجلس"], "ملاحظات على التقرير"),
    ],
)
def test_a_title_in_construct_keeps_its_genitive(
    text: str, cue: str, want_sources: list[str], want_content: str
) -> None:
    assert sources(text)[cue] == want_sources
    assert content(text, cue) == want_content


@pytest.mark.parametrize(
    ("text", "cue", "want_sources", "want_content"),
    [
        # a name: the definite word after it is the object
        ("وأكد أوباما الحاجة إلى حل سياسي.", "أكد", ["أوباما"], "الحاجة إلى حل سياسي"),
        # a role with one definite genitive, an indefinite object
        ("وانتقد رئيس الوزراء قرار الحكم.", "انتقد", ["رئيس الوزراء"], "قرار الحكم"),
        # a role, a body and its name
        ("وأكد مدير مستشفى الملك فهد أهمية التبرع بالدم.", "أكد", ["مدير مستشفى الملك فهد"], "أهمية التبرع بالدم"),
        # a name after a role's noun phrase (`name_after_role`)
        ("وانتقد رئيس الاتحاد فهد الحريشي قرار الحكم.", "انتقد", ["رئيس الاتحاد فهد الحريشي"], "قرار الحكم"),
        # a complementiser: the words before it are the source, as before
        ("وأكد رئيس مجلس الوزراء أن الحكومة مستمرة.", "أكد", ["رئيس مجلس الوزراء"], "الحكومة مستمرة"),
        # the addressee of a call is still not the source
        ("ودعا الغامدي أصحاب المنشآت إلى الالتزام بالتعليمات.", "دعا", ["الغامدي"], "الالتزام بالتعليمات"),
    ],
)
def test_traps_of_the_construct_title(text: str, cue: str, want_sources: list[str], want_content: str) -> None:
    assert sources(text)[cue] == want_sources
    assert content(text, cue) == want_content
