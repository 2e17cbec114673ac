"""Content edges, issue 14 session 19 (attr19b): made-up variants (docs/history/attribution.md, session 19,
attr19b).

A percent sign written apart from its number («بنسبة 40 %») is the number's unit, not a mark: a content
that ends with the number keeps it (the golds keep it 3 of 3), where a full stop, a comma or a question
mark at the end of an unquoted content stays outside (the golds: 15 of 16 for «؟» and «!»)."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        (
            "وقال الوزير إن نسبة المشاركة ارتفعت بنسبة 40 %، مشيرا إلى أن الإقبال كان كبيرا.",
            "قال",
            "نسبة المشاركة ارتفعت بنسبة 40 %",
        ),
        ("وأوضح المدير أن نسبة الإنجاز في المشروع بلغت 44 %.", "أوضح", "نسبة الإنجاز في المشروع بلغت 44 %"),
        ("وبين التقرير أن البطالة تراجعت إلى 5 ٪ هذا العام.", "بين", "البطالة تراجعت إلى 5 ٪ هذا العام"),
        # traps: the marks that end a sentence or a question stay outside
        ("وأكد المسؤول أن النسبة بلغت 40%.", "أكد", "النسبة بلغت 40%"),
        ("وتساءل المواطن: متى ينتهي المشروع؟", "تساءل", "متى ينتهي المشروع"),
        ("وقال المدرب إن الفوز مستحق.", "قال", "الفوز مستحق"),
    ],
)
def test_a_percent_sign_ends_no_content(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want
