"""Content starts, issue 14 session 17 (attr17a): made-up variants of each construction
(docs/history/attribution.md, session 17).

A participle whose own preposition follows it takes the noun phrase after that preposition as its
content, as a verb does: a complementiser further on («معربا عن أمله بأن ...», «مشددا على ضرورة أن
...») is the complement of that noun (hope, necessity), not of the participle, and a second «عن»/«على»
inside the noun phrase opens nothing. «أكد على» is «أكد» with its optional preposition: «على» right
after the verb, after a comma, after «له» or after a subject of one noun phrase opens the noun-phrase
content the same way; «على» of an adjunct («على هامش», «على لسان», «على يد», on_adjuncts.txt), of
the ones urged («على الجميع»), of a participle («المشرف العام على») or written «علي» (a name) does not."""

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


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # «أكد على» is «أكد» with its optional preposition: the noun phrase after it is the content
        ("وأكد الوزير على ضرورة أن يلتزم الجميع بالتعليمات.", "أكد", "ضرورة أن يلتزم الجميع بالتعليمات"),
        ("وأكد على ضرورة أن يلتزم الجميع بالتعليمات.", "أكد على", "ضرورة أن يلتزم الجميع بالتعليمات"),
        (
            "وأكد أمير المنطقة، على قدرة رجال الأمن على حماية الوطن، وأن الجهات الأمنية قادرة على ذلك.",
            "أكد",
            "قدرة رجال الأمن على حماية الوطن، وأن الجهات الأمنية قادرة على ذلك",
        ),
        ("وأكد له على تمنيات بلاده بأن ينجح المؤتمر.", "أكد", "تمنيات بلاده بأن ينجح المؤتمر"),
        ("واختتم الاجتماع، مؤكدا على أهمية أن تتعاون الجهات.", "مؤكدا على", "أهمية أن تتعاون الجهات"),
        # traps: «على» of a venue or of a role, and «على أن», leave the complementiser's clause
        ("وأكد الوزير على هامش المؤتمر أن المشروع سينتهي قريبا.", "أكد", "المشروع سينتهي قريبا"),
        ("وأكد الوزير على أن المشروع سينتهي قريبا.", "أكد", "المشروع سينتهي قريبا"),
        ("وأكد المشرف العام على المهرجان أن الفعاليات ستستمر.", "أكد", "الفعاليات ستستمر"),
        ("وأكد الوزير على لسان المتحدث باسمه أن المشروع سينتهي.", "أكد", "المشروع سينتهي"),
        # a subject before the verb, and a medium with a possessive after «على»
        (
            "وكان المدرب أكد على أهمية مباراة اليوم، مهما كانت النتائج.",
            "أكد على",
            "أهمية مباراة اليوم، مهما كانت النتائج",
        ),
        ("وكان الناشط أول من أثار القضية حين أكد على مدونته أن الساعة ثمينة.", "أكد", "الساعة ثمينة"),
        ("وأكد الوزير على صفحته أن المشروع سينتهي قريبا.", "أكد", "المشروع سينتهي قريبا"),
        # «على» + the ones urged: the complementiser's clause as before
        ("وأكدت اللجنة على الجميع أن الحضور إلزامي.", "أكدت", "الحضور إلزامي"),
        # the noun-phrase content itself before a later «على»: not a subject («حرصها»: possessed)
        ("وأكد الوزير حرص المملكة على دعم الشعب اليمني.", "أكد", "حرص المملكة على دعم الشعب اليمني"),
        ("وأكدت الوزارة حرصها على سلامة الحجاج.", "أكدت", "حرصها على سلامة الحجاج"),
        # an honorific with its pronoun is the subject
        ("وأكد سموه على ضرورة أن يلتزم الجميع بالتعليمات.", "أكد", "ضرورة أن يلتزم الجميع بالتعليمات"),
        # «علي» written with ي after «أكد» may be the name: the complementiser's clause as before
        (
            "وأكد مدير الجمعية علي البيضاني أن الفعاليات تبدأ اليوم.",
            "أكد",
            "الفعاليات تبدأ اليوم",
        ),
        # «على يد» ("at the hands of") is an adjunct: the complementiser's clause as before
        ("وأكد المتحدث مقتل قيادي حوثي على يد المقاومة.", "أكد", "مقتل قيادي حوثي على يد المقاومة"),
        # a present «يؤكد» keeps main's reading: the «أن» clause
        ("ويؤكد الخبير على أهمية أن يقود الشباب النقاش.", "يؤكد", "يقود الشباب النقاش"),
    ],
)
def test_confirmed_on_opens_noun_phrase(text: str, cue: str, want: str) -> None:
    assert content(text, cue) == want


def test_confirmed_on_not_past_and() -> None:
    # «و» between the verb and «على» joins another clause: the words before «على» are no subject of
    # «أكد على», so «على» opens nothing (the noun-phrase reading of the verb decides, as on main)
    assert content("وأكدت القناة النبأ ونشرت الصور على الفور.", "أكدت") != "الفور"


def test_confirmed_on_network() -> None:
    # a network named after «على» is the medium: the complementiser's clause
    assert content("وأكد اللاعب على تويتر أنه باق مع فريقه.", "أكد") == "أنه باق مع فريقه"
