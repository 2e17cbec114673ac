"""Claims, session 23 (issue 14, attr23d): a figure inside an inner report whose speaker is not known
is credited to the report around it that names its speaker.

«وقال مصدر مطلع: إن التقرير الصادر مؤخرا قد بين أن ... 34 مليون وحدة»: the inner «بين» has no source
and no speaker (evidence, a relative clause, a pronoun not resolved); the claim gave the figure an empty
source though the source who relays it is named. The figure now goes to the innermost report that
names its speaker; the unresolved one stays in ``outer``. Traps: an inner report with a source of its
own keeps the figure; a lone unresolved report keeps it too (the source stays empty). On main 02fd502
the two variants fail and the three traps pass.
"""

from __future__ import annotations

import pytest

import arabicnews
from arabicnews.model.attribution import Claim


def claim_of(text: str, figure: str) -> Claim:
    (found,) = [c for c in arabicnews.analyze(text).claims() if c.quantity.text == figure]
    return found


@pytest.mark.parametrize(
    ("text", "figure", "source", "inner_cue"),
    [
        (
            "وقال مصدر مطلع في مصلحة الجمارك: إن التقرير الصادر مؤخرا في مجال المضبوطات قد بين أن إجمالي "
            "ما تم ضبطه بلغ 34 مليون وحدة.",
            "34 مليون وحدة",
            "مصدر مطلع في مصلحة الجمارك",
            "بين",
        ),
        (
            "وبين المتحدث أن الإحصاءات التي رصدتها الوزارة في الدورة الثانية أشارت إلى تراجع واضح بنسبة 40 %.",
            "40 %",
            "المتحدث",
            "أشارت إلى",
        ),
    ],
)
def test_a_figure_of_an_unresolved_inner_report_goes_to_the_named_report_around_it(
    text: str, figure: str, source: str, inner_cue: str
) -> None:
    c = claim_of(text, figure)
    assert c.source == source
    assert c.attribution.content.start <= c.quantity.start < c.attribution.content.end
    assert [(o.cue.text, o.source_name) for o in c.outer] == [(inner_cue, "")]


def test_an_inner_report_with_a_source_of_its_own_keeps_the_figure() -> None:
    c = claim_of("وقال الوزير إن الشركة التي أكدت أن أرباحها بلغت 5 ملايين ريال ستدفع الغرامة.", "5 ملايين ريال")
    assert (c.source, c.cue) == ("الشركة", "أكدت")
    assert [o.source_name for o in c.outer] == ["الوزير"]


def test_a_nested_report_keeps_the_innermost_named_source() -> None:
    c = claim_of("وقال المرصد إن الوزير أعلن أن ٣٥ شخصا قتلوا.", "٣٥ شخصا")
    assert (c.source, c.cue) == ("الوزير", "أعلن")


def test_a_lone_unresolved_report_keeps_the_figure_with_no_source() -> None:
    c = claim_of("وأضاف أن 40 % من الطلاب نجحوا.", "40 %")
    assert (c.source, c.cue, c.outer) == ("", "أضاف", ())
