"""Content ends and claims, issue 14 session 14 (attr14za): made-up variants of each construction,
written before the rule (docs/history/attribution.md, session 14). A reporting verb right after «لكن»
with its pronoun subject, or after «إلا/غير أن» with one, is a new report that ends the content before
the contrast (the guideline's content end at «لكن», «إلا أن»); the content runs on where no report
follows, and where the pronoun resumes the content's own noun subject."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # a new report after «لكنه», «إلا أنها», «غير أنه»: the content ends before the contrast
        ("وقال الوزير إنه يرى الحل سياسيا لكنه أضاف أن الضربات مستمرة.", "قال", "إنه يرى الحل سياسيا"),
        ("وأكدت الوزارة أن العمل مستمر، إلا أنها أوضحت أن الموعد لم يحدد.", "أكدت", "العمل مستمر"),
        ("وأعلن المتحدث أنه أنهى الاجتماع غير أنه قال إن المفاوضات ستستأنف.", "أعلن", "أنه أنهى الاجتماع"),
        ("ورحبت الحكومة بالاتفاق في العلن ولكنها أبدت تخوفها في الاجتماعات الخاصة.", "رحبت", "الاتفاق في العلن"),
        # the new report keeps its own content
        ("وقال الوزير إنه يرى الحل سياسيا لكنه أضاف أن الضربات مستمرة.", "أضاف", "الضربات مستمرة"),
        # traps: no report after the contrast, so the content runs on (the guideline: «لكن» 23 run on)
        ("وقال الوزير إن الحل سياسي لكنه يحتاج إلى وقت.", "قال", "الحل سياسي لكنه يحتاج إلى وقت"),
        ("وأعرب الوزير عن تعازيه للمتضررين لكنه لم يقدم تفاصيل.", "أعرب", "تعازيه للمتضررين لكنه لم يقدم تفاصيل"),
        # trap: the pronoun resumes the content's own noun subject (a report told inside it)
        (
            "وحسب الصحيفة فإن الطائرة طلبت الإذن لكنها أشارت إلى أن المسافر مهم.",
            "حسب",
            "الطائرة طلبت الإذن لكنها أشارت إلى أن المسافر مهم",
        ),
    ],
)
def test_contrast_before_a_report(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want
