"""Speakers, session 21 (issue 14, attr21c): a title written short is the same title in full; a
verb joined by «و» to its sentence's report shares that report's speaker; a body's head noun alone
stands for the body named before.

«وأوضح د. المزروع» after «الدكتور عبدالواحد المزروع» (and «الدكتور الشايع» after «د. سلطان بن سعود
الشايع»): the titled-name rule compared the title's written form, so «د.» and «الدكتور» never met.
«رأى الدكتور القباع أستاذ ...» (a belief, no report) is now given the full name too when a later
«وقال» goes on from it. «قال مورينيو إن خلافاته ... قد انتهت وأكد على»: the content of the first
report ended at the «و», so the second verb is joined to the first and has its subject. «وأشارت
الوزارة» after «وأعلنت وزارة الخدمة المدنية» (a verb that is no cue): the article marks the body
named before. Traps: a different title or family name, a report nested in the content («قال الوزير
إن المدير أعلن أن ... وأكد»: either may go on), a verb inside a content that runs on, a colon's
unquoted words, «ف», a new sentence, no body named before, a word that is no body. On main 9d77719
the twelve variants fail and the nine traps pass.
"""

from __future__ import annotations

import pytest
from test_attribution_speakers_s19 import speaker_of  # the same pipeline and look-up


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "وحضر الاجتماع الدكتور عبدالواحد المزروع رئيس اللجنة. وأوضح د. المزروع أن الاجتماع يهدف إلى وضع خطة.",
            "أوضح",
            "الدكتور عبدالواحد المزروع",
        ),
        (
            "وكان مدير الشؤون الصحية د. سلطان بن سعود الشايع قد وقف على المشروع. "
            "وأكد الدكتور الشايع أن المشروع يسير وفق الجدول.",
            "أكد",
            "د. سلطان بن سعود الشايع",
        ),
        (
            "وافتتح المهندس خالد بن محمد العتيبي المعرض أمس. وقال م. العتيبي إن المعرض يضم 40 جناحا.",
            "قال",
            "المهندس خالد بن محمد العتيبي",
        ),
        (
            "وحضر الحفل الدكتور عبدالله القباع. بدوره رأى الدكتور القباع أستاذ العلوم السياسية أن العلاقات قوية. "
            "وقال إن البلدين شريكان منذ 80 عاما.",
            "قال",
            "الدكتور عبدالله القباع",
        ),
    ],
)
def test_a_title_written_short_is_the_same_title(text: str, cue: str, speaker: str) -> None:
    assert speaker_of(text, cue) == speaker


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "قال المدرب جوزيه مورينيو إن خلافاته مع مالك النادي قد انتهت وأكد على استعداده للفوز باللقب الرابع.",
            "أكد",
            "المدرب جوزيه مورينيو",
        ),
        (
            "ونفى رئيس النادي وجود مفاوضات مع إدارة النادي وقال إن الفريق لم يتلق أي عرض.",
            "قال",
            "رئيس النادي",
        ),
        (
            "وأكد مدرب المنتخب جورج ايفانوف أن المنتخب لديه أفضل مما ظهر به، واصفاً مواجهة تونس بالصعبة وقال: "
            '"المنتخب التونسي من أقوى الفرق".',
            "قال",
            "مدرب المنتخب جورج ايفانوف",
        ),
    ],
)
def test_a_verb_joined_to_its_sentences_report_shares_its_speaker(text: str, cue: str, speaker: str) -> None:
    assert speaker_of(text, cue) == speaker


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # another title, another family name: not the earlier man
        ("وحضر الاجتماع الدكتور عبدالواحد المزروع رئيس اللجنة. وأوضح م. المزروع أن الاجتماع يهدف إلى وضع خطة.", "أوضح"),
        ("وحضر الاجتماع الدكتور عبدالواحد المزروع رئيس اللجنة. وأوضح د. العتيبي أن الاجتماع يهدف إلى وضع خطة.", "أوضح"),
        # a report nested in the content: the minister or the director may go on
        ("وقال الوزير إن المدير أعلن أن المشروع اكتمل وأكد أن الافتتاح سيكون في الربيع.", "أكد"),
        # inside a content that runs on («الشركة ... وأكدت»): the content's subject, not told
        ("وقال الوزير إن الشركة أنهت العقد وأكدت أن الافتتاح سيكون في الربيع.", "أكدت"),
        # words after a colon may run on past the «و»: the verb may be inside them
        ("وقال الشيخ صالح في تغريدته: يقتل نفسه ويقتل المصلين ويزعم أنه يريد الجنة.", "يزعم"),
        # «ف» "and so": often another subject («فاعترف» the accused, not the police chief)
        ("ونفى مدير الشرطة وجود تقصير في ملاحقة الجاني فاعترف بأنه قتل 3 أشخاص.", "اعترف"),
        # a new sentence is the previous-speaker rule's, not joined
        ("وقالت الوزارة إن العقد انتهى. وأكد المتحدث أن الافتتاح سيكون في الربيع.", "أكد"),
    ],
)
def test_traps_stay_unresolved(text: str, cue: str) -> None:
    assert speaker_of(text, cue) is None


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "وأعلنت وزارة الخدمة المدنية أسماء 4748 متقدمة. وأشارت الوزارة إلى أن الترشيح ليس نهائيا، "
            "مبينة أنه تبقى 122 وظيفة.",
            "مبينة",
            "وزارة الخدمة المدنية",
        ),
        (
            "وأدان مجلس الوزراء الكويتي التفجير الإرهابي المشين. وقال المجلس إن 12 شخصا قتلوا.",
            "قال",
            "مجلس الوزراء الكويتي",
        ),
        (
            "وارتفعت أرباح شركة آبل زيادة كبيرة، وتأتي بعدها شركة دله الصحية التي ارتفعت أرباحها. "
            "وبحسب الشركة فإن الأرباح بلغت 12 مليونا.",
            "بحسب",
            "شركة دله الصحية",
        ),
        (
            "وزار وفد هيئة حقوق الإنسان السجن. وأوضحت الهيئة أن 12 سجينا أفرج عنهم.",
            "أوضحت",
            "هيئة حقوق الإنسان",
        ),
        (
            "وقال مسؤول في وزارة التعليم إن الفحص إلزامي. وأعلنت وزارة الخدمة المدنية أسماء 4748 متقدمة. "
            "وأوضحت الوزارة أن 122 وظيفة لم تشغل.",
            "أوضحت",
            "وزارة الخدمة المدنية",
        ),
    ],
)
def test_a_bodys_head_noun_stands_for_the_body_named_before(text: str, cue: str, speaker: str) -> None:
    assert speaker_of(text, cue) == speaker


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # no body named before: the head noun alone is its own source
        ("وأوضحت الوزارة أن 122 وظيفة لم تشغل.", "أوضحت"),
        # a word that is no body («الجانبان», «البيان»): not taken up
        ("والتقى وفد وزارة الداخلية بوفد وزارة الخارجية. وأكد الجانبان أن 12 اتفاقية وقعت.", "أكد"),
    ],
)
def test_body_traps(text: str, cue: str) -> None:
    assert speaker_of(text, cue) is None
