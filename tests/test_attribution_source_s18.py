"""A person's family name with «آل», issue 14 session 18 (attr18b): made-up variants, written before the rule,
of class FAM, part of class N (docs/history/attribution.md, "attr18b"): a person's name after a role or title
with no complementiser to bound the subject. With «أن/إن» after it the name is whole on main («وقال الأمير خالد
بن سلمان آل سعود إن»); before a noun-phrase content («أدان», «استنكر», «وصف», «أبدى») the subject was cut
before «آل» («عبدالله بن زايد | آل نهيان», dev16 2404 and 3151; «مدير الفريق | صالح آل سالم», dev16 2065).
«آل» ("the house of") + a word after a person's name is his family name. Trap: «آل» with a preposition on it.
The sentences are the tests' own, not corpus text."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import sources


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # «آل» + a family name after a titled name, before a noun-phrase content
        (
            "وأدان وزير الخارجية الشيخ عبدالله بن زايد آل نهيان الهجوم الإرهابي.",
            "أدان",
            ["وزير الخارجية الشيخ عبدالله بن زايد آل نهيان"],
        ),
        ("واستنكر الشيخ محمد آل الشيخ التفجير الآثم.", "استنكر", ["الشيخ محمد آل الشيخ"]),
        ("ووصف مدير الفريق صالح آل سالم المعسكر بالناجح.", "وصف", ["مدير الفريق صالح آل سالم"]),
        ("وأبدى رئيس النادي سعود آل سويلم سعادته بالفوز.", "أبدى", ["رئيس النادي سعود آل سويلم"]),
        # the spelling «أل»
        ("وأبدى رئيس النادي سعود أل سويلم سعادته بالفوز.", "أبدى", ["رئيس النادي سعود أل سويلم"]),
        # with a complementiser: whole before the rule too
        ("وقال الأمير خالد بن سلمان آل سعود إن القرار صائب.", "قال", ["الأمير خالد بن سلمان آل سعود"]),
        # trap: «آل» not after a name («بآل»: a preposition on it) stays in the content
        ("وأبدى رئيس النادي سعادته بآل سالم.", "أبدى", ["رئيس النادي"]),
    ],
)
def test_family_name_with_al(text: str, cue: str, want: list[str]) -> None:
    assert sources(text)[cue] == want
