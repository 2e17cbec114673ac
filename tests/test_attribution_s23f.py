"""A source's affiliation or seat closed by «للصحفيين» / «للصحافيين», issue 14 session 23 (attr23f).

attr23c let whom the source told close a body's affiliation or a person's seat («مدير الشرطة في المحافظة
لـ«الحياة» إن», «... للمحققين إن»), but the plural of people told is refused when it ends in the nisba
«-يين» (a body's genitive: «رئيس الاتحاد للسعوديين»), and «للصحفيين» / «للصحافيين» end so: the affiliation
before them was cut («وصرح مسؤول كبير في الخارجية الأمريكية للصحافيين ان» → «مسؤول كبير»). A nisba plural
that `stops.txt` lists as an audience now counts as the people told. The sentences are the tests' own.
"""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content, sources


@pytest.mark.parametrize(
    ("text", "cue", "want_sources", "want_content"),
    [
        # an unnamed head's body, then the journalists told
        (
            "وقال مسؤول كبير في الخارجية الأمريكية للصحافيين إن الضربات مستمرة.",
            "قال",
            ["مسؤول كبير في الخارجية الأمريكية"],
            "الضربات مستمرة",
        ),
        ("وقال مسؤول في الوزارة للصحفيين إن الوضع هادئ.", "قال", ["مسؤول في الوزارة"], "الوضع هادئ"),
        # a person's seat
        (
            "وقال مدير الشرطة في المحافظة للصحفيين إن الحادث وقع أمس.",
            "قال",
            ["مدير الشرطة في المحافظة"],
            "الحادث وقع أمس",
        ),
    ],
)
def test_the_journalists_told_close_the_affiliation(
    text: str, cue: str, want_sources: list[str], want_content: str
) -> None:
    assert sources(text)[cue] == want_sources
    assert content(text, cue) == want_content


@pytest.mark.parametrize(
    ("text", "cue", "want_sources"),
    [
        # a nisba plural not listed as an audience is a body's genitive and stays in the source
        ("وقال رئيس الاتحاد للسعوديين إن الوضع هادئ.", "قال", ["رئيس الاتحاد للسعوديين"]),
        # the journalists right after the role: no seat at all
        ("وقال الوزير للصحفيين إن القرار نهائي.", "قال", ["الوزير"]),
        # the statement's venue before the journalists is where he spoke, not his seat
        ("وقال الوزير في مؤتمر صحفي للصحفيين إن القرار نهائي.", "قال", ["الوزير"]),
        # a place after an unnamed collective stays out (the guideline's places)
        ("وقال شهود عيان في مدينة الرياض للصحفيين إن الانفجار كان قويا.", "قال", ["شهود عيان"]),
    ],
)
def test_a_bare_audience_a_venue_or_a_collective_keeps_the_cut(text: str, cue: str, want_sources: list[str]) -> None:
    assert sources(text)[cue] == want_sources
