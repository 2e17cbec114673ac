"""Content starts, issue 14 session 17 (attr17a): made-up variants of each construction
(docs/history/attribution.md, session 17).

A participle whose own preposition follows it takes the noun phrase after that preposition as its
content, as a verb does: a complementiser further on («معربا عن أمله بأن ...», «مشددا على ضرورة أن
...») is the complement of that noun (hope, necessity), not of the participle, and a second «عن»/«على»
inside the noun phrase opens nothing."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # the participle's preposition, then a noun that takes the «أن» clause
        (
            "وأشاد الوزير بالمشروع، معربا عن أمله بأن يكتمل قبل نهاية العام.",
            "معربا عن",
            "أمله بأن يكتمل قبل نهاية العام",
        ),
        (
            "واختتم المدير حديثه، مشددا على ضرورة أن يلتزم الجميع بالتعليمات.",
            "مشددا على",
            "ضرورة أن يلتزم الجميع بالتعليمات",
        ),
        (
            "وتحدث المحافظ عن المشروع، معبرا عن ثقته في أن الشركة ستنجزه.",
            "معبرا عن",
            "ثقته في أن الشركة ستنجزه",
        ),
        # a second preposition of the cue's kind inside the noun phrase opens nothing
        (
            "وزار الأمير المصابين، معربا عن فخره بما قدمه الجنود في الدفاع عن الوطن.",
            "معربا عن",
            "فخره بما قدمه الجنود في الدفاع عن الوطن",
        ),
        (
            "وشكر المدير المعلمين، مثنيا على جهود الذين يعملون على فترتين.",
            "مثنيا على",
            "جهود الذين يعملون على فترتين",
        ),
        # traps: the complementiser right after the preposition opens the clause as before
        ("وتحدث الوزير عن المشروع، مشيرا إلى أن العمل سينتهي قريبا.", "مشيرا إلى", "العمل سينتهي قريبا"),
        ("وزار المحافظ الموقع، مؤكدا أن العمل مستمر.", "مؤكدا", "العمل مستمر"),
    ],
)
def test_participle_preposition_opens_noun_phrase(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want
