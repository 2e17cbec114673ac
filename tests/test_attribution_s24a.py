"""Sources of dev22's classes, counted in unannotated text, issue 14 session 24 (attr24a).

dev22's source errors, read for the first time this session (docs/history/attribution.md, "attr24a"), fall in
classes that recur in unannotated 2015-08-06 / 08-10 text:

- a «بـ» seat inside a role's source before the verb's own «بـ» content («طالب مدير التعليم بمنطقة الرياض
  محمد العلي بتطوير»): the first «بـ» was read as the content, the source cut at the seat;
- «وصف» + subject + object + «بـ»: the object was taken into the source after a name, a nisba adjective or a
  quoted name («ووصف أوباما القيود ... بأنها»), or taken as the source when no subject follows the verb (after
  a relative pronoun, or a demonstrative right after the verb);
- the subject between «كان» and the verb, closed by «، قد» («وكان المحامي خالد أبو راشد، قد أكد»);
- two titles of one man before his name when the name ends in two family names with the article («نائب
  رئيس مجلس الوزراء ووزير الداخلية الشيخ محمد خالد الحمد الصباح»).

The sentences are the tests' own.
"""

from __future__ import annotations

import pytest
from test_attribution_source_bounds import content, sources


@pytest.mark.parametrize(
    ("text", "cue", "want_sources", "want_content"),
    [
        # a «بـ» seat, then a name, then the verb's «بـ» content
        (
            "وطالب مدير التعليم بمنطقة الرياض محمد العلي بتطوير المدارس.",
            "طالب",
            ["مدير التعليم بمنطقة الرياض محمد العلي"],
            "تطوير المدارس",
        ),
        (
            "وأشاد مدير الشرطة بمنطقة مكة المكرمة اللواء محمد العلي بجهود رجال الأمن.",
            "أشاد",
            ["مدير الشرطة بمنطقة مكة المكرمة اللواء محمد العلي"],
            "جهود رجال الأمن",
        ),
        # ... a place's own seat with «بـ», and a comma before the content
        (
            "وطالب مدير الشرطة بمنطقة مكة بمحافظة جدة اللواء محمد العلي، بتطوير المدارس.",
            "طالب",
            ["مدير الشرطة بمنطقة مكة بمحافظة جدة اللواء محمد العلي"],
            "تطوير المدارس",
        ),
        # ... the seat right before the content
        (
            "ووجه رئيس مجلس التنمية السياحية بالمنطقة بإيقاف مظاهر الاحتفالات.",
            "وجه",
            ["رئيس مجلس التنمية السياحية بالمنطقة"],
            "إيقاف مظاهر الاحتفالات",
        ),
    ],
)
def test_a_ba_seat_stays_in_the_source_before_the_verbs_ba_content(
    text: str, cue: str, want_sources: list[str], want_content: str
) -> None:
    assert sources(text)[cue] == want_sources
    assert content(text, cue) == want_content


@pytest.mark.parametrize(
    ("text", "cue", "want_sources", "want_content"),
    [
        # no second «بـ»: the first is the content
        ("وأشاد الوزير بالمنطقة ومشاريعها.", "أشاد", ["الوزير"], "المنطقة ومشاريعها"),
        # no place or body after the first «بـ»
        ("ورحب الأمير بالوفد بمقر الإمارة.", "رحب", ["الأمير"], "الوفد بمقر الإمارة"),
        # an adjunct after the place
        ("وأشاد الوزير بالرياض بحضور الأمير.", "أشاد", ["الوزير"], "الرياض بحضور الأمير"),
        # a relative clause describes a thing: the first «بـ» is the content
        (
            "وأشادت عضو مجلس إدارة النادي الأدبي تهاني الصبيح بكتاب الرصد الذي تمت طباعته مؤخرا بإشراف رئيس النادي.",
            "أشادت",
            ["عضو مجلس إدارة النادي الأدبي تهاني الصبيح"],
            "كتاب الرصد الذي تمت طباعته مؤخرا بإشراف رئيس النادي",
        ),
    ],
)
def test_the_first_ba_stays_the_content_without_a_seat_reading(
    text: str, cue: str, want_sources: list[str], want_content: str
) -> None:
    assert sources(text)[cue] == want_sources
    assert content(text, cue) == want_content


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # the object after a name word, a nisba adjective or a quoted name
        ("ووصف أوباما القيود التي فرضت على محطات الكهرباء بأنها أهم خطوة.", "وصف", ["أوباما"]),
        ("ووصفت وسائل الإعلام الباكستانية العصابة بأنها الأكبر.", "وصفت", ["وسائل الإعلام الباكستانية"]),
        ('ووصفت منظمة "أوبك" نتائج الجولة الرابعة بأنها ناجحة.', "وصفت", ['منظمة "أوبك"']),
        ("ووصف نائب الرئيس السوداني انضمام بعض الطلاب للتنظيم بأنه محدود.", "وصف", ["نائب الرئيس السوداني"]),
        # ... after a family name
        ("ووصف رئيس الوزراء خالد بحاح العلاقة بين الطرفين بأنها شيطانية.", "وصف", ["رئيس الوزراء خالد بحاح"]),
        # no subject after the verb: a relative pronoun before it, a demonstrative after it
        ("وجاء الرد على المدرب الفرنسي الذي وصف دورة الخليج بأنها دورة شيوخ.", "وصف", []),
        ("وقال الوزير إن القرار صائب، ووصف هذا الأمر بأنه الضربة الأولى.", "وصف", []),
        ("وقال الوزير إن الأزمة انتهت، لكنه وصف هذه التصريحات بالمزعجة.", "وصف", []),
        # ... a subject before the verb stays the source
        ("لكن الوزير وصف هذه التصريحات بالمزعجة.", "وصف", ["الوزير"]),
        # a name of three words, then the object
        ("ووصف محمد بن سلمان القرار بأنه تاريخي.", "وصف", ["محمد بن سلمان"]),
    ],
)
def test_what_wasf_describes_is_not_its_source(text: str, cue: str, want: list[str]) -> None:
    assert sources(text)[cue] == want


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        # a name and its family name are one name; a title and a name too
        ("ووصف مدير الشرطة اللواء محمد العتيبي بأنه خطير.", "وصف", ["مدير الشرطة اللواء محمد العتيبي"]),
        ("ووصف الرئيس المصري عبد الفتاح السيسي الاتفاق بأنه تاريخي.", "وصف", ["الرئيس المصري عبد الفتاح السيسي"]),
        # a definite subject and a definite object: the rule before it splits them
        ("ووصف وزير الصحة القرار بأنه خاطئ.", "وصف", ["وزير الصحة"]),
        # the object on the verb: the words after it are the subject
        ("وتمت العملية تحت إشراف الشريف الذي وصفته المنظمة في بيانها بالإرهابي.", "وصفته", ["المنظمة في بيانها"]),
    ],
)
def test_wasf_keeps_a_whole_name(text: str, cue: str, want: list[str]) -> None:
    assert sources(text)[cue] == want


@pytest.mark.parametrize(
    ("text", "cue", "want"),
    [
        ("وكان المحامي خالد أبو راشد، قد أكد أن تحرير الشيك خطأ.", "أكد", ["المحامي خالد أبو راشد"]),
        ("وكانت شركة مترو جدة، قد أوضحت أن المشروع تبلغ كلفته 45 مليار ريال.", "أوضحت", ["شركة مترو جدة"]),
        # before: «، قد» or «قد» alone, as before
        ("وكان الوزير قد أكد أن الاجتماع ناجح.", "أكد", ["الوزير"]),
        # «، وقد» opens a new clause with its own subject
        ("كان الطقس حارا، وقد أكد الوزير أن الاجتماع ناجح.", "أكد", ["الوزير"]),
        ("وكان الطقس حارا، فقد أكد الوزير أن الاجتماع ناجح.", "أكد", ["الوزير"]),
    ],
)
def test_the_subject_after_kana_is_closed_by_a_comma_before_qad(text: str, cue: str, want: list[str]) -> None:
    assert sources(text)[cue] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "وقال نائب رئيس مجلس الوزراء ووزير الداخلية الشيخ محمد خالد الحمد الصباح إن التنسيق ضروري.",
            ["نائب رئيس مجلس الوزراء ووزير الداخلية الشيخ محمد خالد الحمد الصباح"],
        ),
        (
            "وقال رئيس الاتحاد الكويتي ورئيس اللجنة الكويتية الدولية الشيخ طلال الفهد إن الاجتماع ناجح.",
            ["رئيس الاتحاد الكويتي ورئيس اللجنة الكويتية الدولية الشيخ طلال الفهد"],
        ),
        # two roles with no name are two sources
        ("وقال الوزير ورئيس الوزراء إن الاجتماع ناجح.", ["الوزير", "رئيس الوزراء"]),
    ],
)
def test_two_titles_before_one_name_with_family_names(text: str, want: list[str]) -> None:
    assert sources(text)["قال"] == want
