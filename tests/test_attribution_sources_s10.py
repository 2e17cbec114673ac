"""Where a source starts and ends, and the claims it gets (issue 14, session 10, attr14j): the
helpers added after the source and claims errors of dev4, dev5 and dev6. Each named rule's own
example runs in tests/test_attribution_rules.py; these cover the helpers and the traps around them."""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import sources

from arabicnews.core.pipeline import Pipeline
from arabicnews.stages.attribution import AttributionStage, claims
from arabicnews.stages.quantities import QuantityStage
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # an audience right after the verb: the subject after it, or the one before the verb
        ('وقال لـ"الاقتصادية" عقيل الجاسم إن العمالة تتدفق.', "قال", ["عقيل الجاسم"]),
        ('وأكد لـ "الاقتصادية"، مصدر من شركة صله للتسويق أنه لا سوق سوداء.', "أكد", ["مصدر من شركة صله للتسويق"]),
        ("يذكر أن مصادر قالت لـ«الشرق الأوسط» قبل أيام بأن الإدارة كثفت تحركاتها.", "قالت", ["مصادر"]),
        ("وهددها بالتشهير، وأكّد لها أنه سيصل لأهلها.", "أكّد", []),
        ("وقال لها الطبيب إن حالتها مستقرة.", "قال", ["الطبيب"]),
        ("ولكنهما قالا له أيضا و«بمنتهى الوضوح» إنه سيتفاوض.", "قالا", []),
        # «من» + a body after a name or an unnamed source; not after a role, nor before a place
        ("وقال يوهان فريدريكسن من شرطة أوسلو في مؤتمر صحافي: «كانت خدعة».", "قال", ["يوهان فريدريكسن من شرطة أوسلو"]),
        ("وقال مسؤول من وزارة الخارجية الإسبانية إن السفينة غادرت.", "قال", ["مسؤول من وزارة الخارجية الإسبانية"]),
        ("وقال محمد من الرياض إن الأمطار غزيرة.", "قال", ["محمد"]),
        ("وقال الوزير من جهته إن الأمطار غزيرة.", "قال", ["الوزير"]),
        # a definite genitive after an unnamed head; a demonstrative starts the object
        ("بينما أكدت مصادر الحكومة أن القوات استعادت المحافظة.", "أكدت", ["مصادر الحكومة"]),
        ("وفسر مراقبون هذه التصرفات بأن نهايتهم قريبة.", "فسر", ["مراقبون"]),
        # quoted outlets with their adjective and description
        (
            'وذكر موقع "بي.سي ماجازين" المتخصص في موضوعات التكنولوجيا أن جوجل تبلغ المنتجين.',
            "ذكر",
            ['موقع "بي.سي ماجازين" المتخصص في موضوعات التكنولوجيا'],
        ),
        (
            'وقال الموقع الإلكتروني لإذاعة "فرانس 3" الفرنسية: إن الحادث وقع أمس.',
            "قال",
            ['الموقع الإلكتروني لإذاعة "فرانس 3" الفرنسية'],
        ),
        ('وقال الوزير لإذاعة "فرانس 3" الفرنسية: إن الحادث وقع أمس.', "قال", ["الوزير"]),
        # a nisba plural is no name; the issuer after «صادر عن»; a seat up to a comma
        ("حيث توقع اقتصاديون استطلعت رويترز آراءهم ارتفاع التوظيف.", "توقع", ["اقتصاديون"]),
        ("وقال بيانان صادران عن مكتبي هولاند وبوتين إنه لا خلاف.", "قال", ["بيانان صادران عن مكتبي هولاند وبوتين"]),
        (
            "وقال مدير المكتب التنفيذي لمجلس وزراء العمل في دول الخليج، إن العمالة تتدفق.",
            "قال",
            ["مدير المكتب التنفيذي لمجلس وزراء العمل في دول الخليج"],
        ),
        ("وقال الوزير في الاجتماع، إن الأسعار ستنخفض.", "قال", ["الوزير"]),
        # a quoted name right after the verb, then «وهو» + a role: the name is the source
        (
            "وقال “كيم مين-سيوك” وهو متحدث باسم وزارة الدفاع للصحافيين “نحن متأكدون من الأمر”.",
            "قال",
            ["كيم مين-سيوك"],
        ),
        (
            "بينما يقول وزير الخارجية الأميركي جون كيري، وهو محق، إن الأسد جلب المتطرفين.",
            "يقول",
            ["وزير الخارجية الأميركي جون كيري"],
        ),
        # an according-to source's participle takes its phrase up to the comma
        (
            "ووفقًا لموقع “توتال سبورتيك” المتخصص في إحصاءات الأندية حول العالم، فقد ارتفع الراتب.",
            "وفقًا",
            ["موقع “توتال سبورتيك” المتخصص في إحصاءات الأندية حول العالم"],
        ),
        # round 2 (dev8): «قائلا» after a verb with its preposition's object takes that verb's subject
        (
            "وتحدث اللاعب الأوروغواياني عن مشاركة ميسي في البطولة الأخيرة قائلا: «من غير المعقول أن ينتقدوه».",
            "قائلا",
            ["اللاعب الأوروغواياني"],
        ),
        (
            "ورغم ذلك دافع مارتينو – الذي سبق ودرب ميسي – عن اللاعب قائلا إنه سيبقي عليه.",
            "قائلا",
            ["مارتينو"],
        ),
        (
            "وفي الوقت الذي قلل فيه متحدث الشؤون الصحية صالح المالكي من عدد الإصابات قائلاً: إن هناك ثلاث حالات.",
            "قائلاً",
            ["متحدث الشؤون الصحية صالح المالكي"],
        ),
        ("وتابع قائلا إن هناك ثلاث حالات.", "قائلا", []),
        # «في» / «بين» + a definite body or plural after an unnamed head: whose sources they are
        ("وقالت مصادر في القوات المعادية للحوثيين إنه لاقى حتفه.", "قالت", ["مصادر في القوات المعادية للحوثيين"]),
        ("وقالت مصادر بين المقاتلين المحليين إن فريقا وصل.", "قالت", ["مصادر بين المقاتلين المحليين"]),
        ("وقال شهود عيان في العاصمة إن الانفجار وقع.", "قال", ["شهود عيان"]),
        # (session 11, attr14k: a time word after the body ends the source, it no longer keeps the
        # cut: by the guideline the body says whose sources they are, «أمس» is neither source nor content)
        ("وقالت مصادر في الوزارة أمس إن القرار صدر.", "قالت", ["مصادر في الوزارة"]),
        # «سابقا» after a role stays in it; a role after a name and a comma stays in it
        (
            "وأوضح وكيل وزارة المياه لشؤون المياه سابقا أن الاستهلاك ارتفع.",
            "أوضح",
            ["وكيل وزارة المياه لشؤون المياه سابقا"],
        ),
        (
            "وأشار يواخيم كوشنيكه، المختص الألماني، إلى أنه لا يزال غير ممكن.",
            "أشار",
            ["يواخيم كوشنيكه، المختص الألماني"],
        ),
        # a noun in construct before an objects word: its genitive, no addressee («بالمنطقة» is no construct)
        (
            "وأوضح عميد كلية خدمة المجتمع الدكتور حامد بن صالح الربيعي أن القبول متاح.",
            "أوضح",
            ["عميد كلية خدمة المجتمع الدكتور حامد بن صالح الربيعي"],
        ),
        (
            "وحذرت مديرية الدفاع المدني بالمنطقة المواطنين من التقلبات الجوية.",
            "حذرت",
            ["مديرية الدفاع المدني بالمنطقة"],
        ),
        # «على» + what a role runs, then a name with «بن»
        (
            "وأوضح المشرف العام على البرنامج روّاف بن مجاهد الكويكبي أن خيمة الأسر تميزت.",
            "أوضح",
            ["المشرف العام على البرنامج روّاف بن مجاهد الكويكبي"],
        ),
        # an occasion word inside a body's genitive chain does not end the role's phrase
        (
            "ودعا ممثل المنظمة في مجموعة الاتصال الخاصة بالأزمة، مارتن سايديك، إلى إعادة إمدادات المياه.",
            "دعا",
            ["ممثل المنظمة في مجموعة الاتصال الخاصة بالأزمة، مارتن سايديك"],
        ),
        ("وقال الوزير في الاجتماع، إن الأسعار ستنخفض.", "قال", ["الوزير"]),
        # after an audience and no subject, a bare «أن» + a role and a comma before the verb
        (
            "وأوضح أن دي ميستورا أبلغهم أن أمين عام حزب الله حسن نصر الله، قال له صراحة بأنهم مقتنعون بالحل.",
            "قال",
            ["أمين عام حزب الله حسن نصر الله"],
        ),
    ],
)
def test_source_bounds(text: str, cue: str, want: list[str]) -> None:
    assert sources(text)[cue] == want


def test_a_figure_told_to_an_outlet_is_credited_to_the_subject_after_it() -> None:
    nlp = Pipeline([TokenizerStage(), SentenceStage(), QuantityStage(), AttributionStage()])
    doc = nlp('وأكد لـ"الاقتصادية"، مصدر من شركة صله للتسويق أن سعر التذكرة يبدأ من 25 جنيها.')
    (claim,) = [c for c in claims(doc) if "25" in c.quantity.text]
    assert claim.source == "مصدر من شركة صله للتسويق"
