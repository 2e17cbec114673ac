"""Source extents read in dev19's source errors, issue 14 session 21 (attr21a): made-up variants of the
construction, counted over the nineteen tuning sets and the unannotated 2015-08-06/08-10 text
(docs/history/attribution.md, "attr21a"): the statement's venue between a source's «في» body and the
complementiser («مصدر مسؤول في وزارة الخارجية الكويتية في تصريح صحفي إن»: dev19) stays out of the source, and the
body stays in it, as a comma, a time word or an audience there already did.

Traps: a place after a collective source («شهود عيان في العاصمة»), a venue with no body before it, the same
source with no venue. The sentences are the tests' own, not corpus text."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import sources


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        (
            "وقال مصدر مسؤول في وزارة الخارجية الكويتية في تصريح صحفي إن الجريمة بشعة.",
            "قال",
            ["مصدر مسؤول في وزارة الخارجية الكويتية"],
        ),
        ("وقال مسؤول في وزارة الداخلية في بيان إن الطريق مغلق.", "قال", ["مسؤول في وزارة الداخلية"]),
        ("وقالت مصادر في الجيش العراقي في تصريحات صحفية إن الهجوم فشل.", "قالت", ["مصادر في الجيش العراقي"]),
        # traps: a place after a collective source; no body before the venue; no venue
        ("وقال شهود عيان في العاصمة في تصريحات إن الهجوم فشل.", "قال", ["شهود عيان"]),
        ("وقال مسؤول في بيان إن الطريق مغلق.", "قال", ["مسؤول"]),
        ("وقال مسؤول في وزارة الداخلية إن الطريق مغلق.", "قال", ["مسؤول في وزارة الداخلية"]),
    ],
)
def test_the_statement_venue_after_a_body_stays_out_of_the_source(text: str, cue: str, want: list[str]) -> None:
    assert sources(text)[cue] == want
