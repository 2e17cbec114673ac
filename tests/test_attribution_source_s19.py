"""One source's name coordinated with «و» inside a role's genitive, issue 14 session 19 (attr19c): made-up
variants, written before the rule, of class G (docs/history/attribution.md, "attr19c"): a body's name in the
genitive of a role, with a nisba adjective before «و», was split into two sources («وزير الشؤون الإسلامية |
الأوقاف», dev16's «محافظ المؤسسة العامة للتدريب التقني | المهني الدكتور علي الغفيص»). A feminine or plural
nisba after a role and its genitive agrees with the genitive, and so does one right after a «لـ» complement:
the noun after «و» goes on with that genitive. Traps: a masculine nisba that may be the role's own, a role, a
body or a source with no role. The sentences are the tests' own, not corpus text."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import sources


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # a feminine nisba after the genitive: one body's name goes on after «و»
        (
            "وقال وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد الشيخ صالح آل الشيخ إن الخطباء ملتزمون.",
            "قال",
            ["وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد الشيخ صالح آل الشيخ"],
        ),
        (
            "وأوضح رئيس اللجنة الدائمة للبحوث العلمية والإفتاء أن الفتوى صدرت.",
            "أوضح",
            ["رئيس اللجنة الدائمة للبحوث العلمية والإفتاء"],
        ),
        (
            "وقال مدير مركز الشرق الأوسط للدراسات الاستراتيجية والأمنية إن الوضع خطير.",
            "قال",
            ["مدير مركز الشرق الأوسط للدراسات الاستراتيجية والأمنية"],
        ),
        (
            "وقال المتحدث باسم وزارة الشؤون البلدية والقروية إن المشروع انتهى.",
            "قال",
            ["المتحدث باسم وزارة الشؤون البلدية والقروية"],
        ),
        # a masculine nisba right after a «لـ» complement qualifies it
        (
            "وقال محافظ المؤسسة العامة للتدريب التقني والمهني الدكتور علي الغفيص إن القبول بدأ.",
            "قال",
            ["محافظ المؤسسة العامة للتدريب التقني والمهني الدكتور علي الغفيص"],
        ),
        # traps: a masculine nisba may be the role's own; a role after «و»; no role; a body after «و»
        (
            "وقال وزير الخارجية الأمريكي والقنصل العام إن الزيارة تأجلت.",
            "قال",
            ["وزير الخارجية الأمريكي", "القنصل العام"],
        ),
        (
            "وقال رئيس الوزراء الإسرائيلي والسلطة الفلسطينية إن المفاوضات توقفت.",
            "قال",
            ["رئيس الوزراء الإسرائيلي", "السلطة الفلسطينية"],
        ),
        (
            "وقال وزير الخارجية الأمريكي والأمين العام للأمم المتحدة إن الاتفاق قريب.",
            "قال",
            ["وزير الخارجية الأمريكي", "الأمين العام للأمم المتحدة"],
        ),
        ("وقالت القوات العراقية والحشد الشعبي إن المدينة تحررت.", "قالت", ["القوات العراقية", "الحشد الشعبي"]),
        ("وقالت الحكومة اليمنية والتحالف العربي إن الهدنة انتهت.", "قالت", ["الحكومة اليمنية", "التحالف العربي"]),
    ],
)
def test_genitive_goes_on_after_a_nisba(text: str, cue: str, want: list[str]) -> None:
    assert sources(text)[cue] == want
