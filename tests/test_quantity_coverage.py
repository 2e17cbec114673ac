"""Grammar coverage of issue 15's classes: made-up sentences through ``analyze()`` (session 13).

Each row is a class the issue names, a sentence written for this test (not taken from any corpus) in
one of the class's variants (gender, case, clitics, Eastern digits, ى/ه spellings) and the quantities
it must give, one line each: span | kind qualifier value (``low-high`` for a range) | unit currency;
a date gives its year, month, day, bounds and calendar. Rows the stage still gets wrong are marked
xfail with their class and the reason (docs/history/quantities.md, "Grammar coverage of issue 15's classes").
"""

from __future__ import annotations

import pytest

from arabicnews import Quantity, analyze


def render(q: Quantity) -> str:
    """One line per quantity: what fully right compares (span kept for reading)."""
    if q.kind == "date":
        return f"{q.text} | date {q.qualifier} | y={q.year} m={q.month} d={q.day} {q.low}-{q.high} {q.calendar}"
    value = f"{q.low}-{q.high}" if q.qualifier == "range" else str(q.value)
    if q.magnitude:
        value = f"mag {q.magnitude}"
    return f"{q.text} | {q.kind} {q.qualifier} {value} | {q.unit or '-'} {q.currency or '-'}"


# (class, sentence, expected quantities); the comment "main" marks rows main (cbefd2a) got wrong
CASES: list[tuple[str, str, list[str]]] = [
    # session 21 (q21b): a small number that ends a quoted name, the quote closed by a double prime («“…″»,
    # several outlets' copy), a dotted abbreviation in the name or a dash before the number; «main» marks rows
    # main (9d77719) read otherwise
    (
        "a small bare number that ends a title in quotes or brackets names it",
        "دخل الحاسوب “سحاب 3″ قائمة أسرع الحواسيب في العالم.",  # main: «3» a count
        [],
    ),
    (
        "a small bare number that ends a title in quotes or brackets names it",
        "كشفت الشركة عن شاشتها «إل.جي 240» في المعرض وسعرها 900 دولار.",  # main: «240» a count
        ["900 دولار | money exact 900 | دولار USD"],
    ),
    (
        "a small bare number that ends a title in quotes or brackets names it",
        "عثر المحققون على آثار «بولونيوم - 210» في الغرفة.",  # main: «210» a count
        [],
    ),
    (
        "a small bare number that ends a title in quotes or brackets names it",
        "بلغ عدد الزوار “15″ زائرا فقط.",  # a trap: the quoted number keeps its noun (main: «15», no noun)
        ["15″ زائرا فقط | count exact 15 | زائرا -"],
    ),
    (
        "a small bare number that ends a title in quotes or brackets names it",
        "وصل إلى المستشفى “نحو 30″ مصابا.",  # a trap: an amount in quotes, not a name
        ["نحو 30 | count approximate 30 | - -"],
    ),
    # session 18 (q18a): a year a few words after a cup, league, olympiad or games ends its name (event_nouns.txt)
    (
        "a year a few words after a cup, a league or an olympiad is part of the event's name",
        "وأرخص تذكرة في اولمبياد لندن 2012 كان ثمنها 20 جنيها إسترلينيا.",  # main: «2012» a date
        ["20 جنيها إسترلينيا | money exact 20 | جنيها إسترلينيا GBP"],
    ),
    (
        "a year a few words after a cup, a league or an olympiad is part of the event's name",
        "شارك في 3 نسخ من كأس الأمم الإفريقية 2010 و2012 و2013، ويبلغ من العمر 27 عاما.",  # main: three years
        ["3 نسخ | count exact 3 | نسخ -", "27 عاما | duration exact 27 | عاما -"],
    ),
    (
        "a year a few words after a cup, a league or an olympiad is part of the event's name",
        "لم يحرز النادي لقب الدوري المحلي منذ موسم 2004 / 2005 رغم محاولاته.",  # a season stays a date, as on main
        ["2004 / 2005 | date range | y=None m=None d=None 2004-2005 gregorian"],
    ),
    # session 18 (q18a): a falling pair after «بين» with the unit written once after the second; «main» marks
    # rows main (0b8bc9c) read otherwise
    (
        "«بين», bare digits, «إلى» or «و» and a smaller number with the unit are a range all the same",
        "تفاوتت أسعار المتر بين 900 إلى 250 ريالا في الأحياء الجديدة.",  # main: «900» and «250 ريالا» apart
        ["بين 900 إلى 250 ريالا | money range 250-900 | ريالا SAR"],
    ),
    (
        "«بين», bare digits, «إلى» or «و» and a smaller number with the unit are a range all the same",
        "تراوحت الانخفاضات في القطاعات الأخرى ما بين 3,45 إلى 0,12 في المئة.",  # main: apart
        ["ما بين 3,45 إلى 0,12 في المئة | percent range 0.12-3.45 | في المئة -"],
    ),
    (
        "«بين», bare digits, «إلى» or «و» and a smaller number with the unit are a range all the same",
        "تراوحت أعمار المصابين بين ٦٠ و١٥ عاما.",  # main: «٦٠» and «١٥ عاما» apart
        ["بين ٦٠ و١٥ عاما | duration range 15-60 | عاما -"],
    ),
    (
        "«بين», bare digits, «إلى» or «و» and a smaller number with the unit are a range all the same",
        "انخفضت مدة الانتظار من 20 إلى 10 أيام.",  # a change after «من»: two quantities, as on main
        # the noun written once counts both figures of a change (session 20, q20b)
        ["20 | duration exact 20 | أيام -", "10 أيام | duration exact 10 | أيام -"],
    ),
    # session 17 (q17b): the noun said once after the high end of a bare range; «main» marks rows main (c949204)
    # read otherwise
    (
        "bare digits, «إلى» and a number of the same order that carries the noun are a range",
        "تتراوح الأسعار في السوق عند 98 إلى 106 دولارات للبرميل.",  # main: «98» and «106 دولارات» apart
        ["98 إلى 106 دولارات | money range 98-106 | دولارات USD"],
    ),
    (
        "bare digits, «إلى» and a number of the same order that carries the noun are a range",
        "يقع المخيم على بعد 25 إلى 35 كيلومترا من الحدود.",  # main: «25» and «35 كيلومترا» apart
        ["25 إلى 35 كيلومترا | measure range 25-35 | كيلومترا -"],
    ),
    (
        "bare digits, «إلى» and a number of the same order that carries the noun are a range",
        "يمتد العقد على مدى نحو 20 إلى 25 عاما.",  # main: «نحو 20» and «25 عاما» apart
        ["نحو 20 إلى 25 عاما | duration range 20-25 | عاما -"],
    ),
    (
        "bare digits, «إلى» and a number of the same order that carries the noun are a range",  # trap: a year
        "وصل عدد الوفيات في المملكة عام 2019 إلى 9604.",
        ["عام 2019 | date exact | y=2019 m=None d=None None-None gregorian", "9604 | count exact 9604 | - -"],
    ),
    (
        "bare digits, «إلى» and a number of the same order that carries the noun are a range",  # traps: a
        # change far up, a rate before an amount, a fall
        "ارتفع المؤشر 0.7 إلى 11831 نقطة، وتراجع الإنتاج بنسبة 3 إلى 7 ملايين برميل، والنسبة 3 إلى 1.",
        [
            "0.7 | count exact 0.7 | - -",
            "11831 نقطة | count exact 11831 | نقطة -",
            "3 | count exact 3 | - -",
            "7 ملايين برميل | measure exact 7000000 | برميل -",
            "3 | count exact 3 | - -",
            "1 | count exact 1 | - -",
        ],
    ),
    (
        "«يصل/تصل» with a noun subject before «إلى» states the amount, no bound",
        "تصل تكلفتها إلى 5 ملايين ريال.",  # main: at_most
        ["5 ملايين ريال | money exact 5000000 | ريال SAR"],
    ),
    (
        "«يصل/تصل» with a noun subject before «إلى» states the amount, no bound",
        "ويصل عدد أفرادها إلى 15 ألفا.",  # main: at_most
        ["15 ألفا | count exact 15000 | - -"],
    ),
    (
        "«يصل/تصل» with a noun subject before «إلى» states the amount, no bound",
        "وتصل قيمة الجائزة الكبرى إلى 100 ألف دولار.",  # main: at_most
        ["100 ألف دولار | money exact 100000 | دولار USD"],
    ),
    (
        "«يصل/تصل» with a noun subject before «إلى» states the amount, no bound",  # traps: «قد», an adverb,
        # no subject
        "وقد تصل مدته إلى 3 سنوات، ويصل أحيانا إلى 40 درجة، وقد يصل إلى 50 شخصا.",
        [
            "3 سنوات | duration at_most 3 | سنوات -",
            "40 درجة | measure at_most 40 | درجة -",
            "يصل إلى 50 شخصا | count at_most 50 | شخصا -",
        ],
    ),
    # session 17 (q17a): span conventions of the guideline, made-up variants; «main» marks rows main (e4fe923)
    # spanned otherwise
    (
        "an opening bracket before the number stays out of the span",
        "أنجزت البلدية (24) مشروعا خلال العام.",  # main: «(24) مشروعا»
        ["24) مشروعا | count exact 24 | مشروعا -"],
    ),
    (
        "an opening bracket before the number stays out of the span",
        "وصل عدد الزوار إلى ( ٣٥٠ ) زائرا أمس.",  # main: «( ٣٥٠ ) زائرا»
        ["٣٥٠ ) زائرا | count exact 350 | زائرا -"],
    ),
    (
        "an opening bracket before the number stays out of the span",  # traps: a qualifier before the bracket
        "بلغت التكلفة أكثر من (5) ملايين ريال، وصدر كتابه الأخير (2012) عن دار الساقي.",
        [
            "أكثر من (5) ملايين ريال | money more_than 5000000 | ريال SAR",
            "2012 | date exact | y=2012 m=None d=None None-None gregorian",
        ],
    ),
    (
        "a preposition on the noun a definite cardinal counts stays out of the span",
        "احتفت الجامعة بخريجيها الخمسة في حفل كبير.",  # main: «بخريجيها الخمسة», unit «بخريجيها»
        ["خريجيها الخمسة | count exact 5 | خريجيها -"],
    ),
    (
        "a preposition on the noun a definite cardinal counts stays out of the span",
        "بدأ العمل بمحطات التحلية الأربع أمس.",  # main: «بمحطات التحلية الأربع», unit «بمحطات»
        ["محطات التحلية الأربع | count exact 4 | محطات -"],
    ),
    (
        "a preposition on the noun a definite cardinal counts stays out of the span",  # trap: «ب» of the noun
        "زارت الأم بناتها الثلاث في المدينة.",
        ["بناتها الثلاث | count exact 3 | بناتها -"],
    ),
    (
        "an ordinal in construct spans the ordinal alone",
        "كانت هذه ثالث زيارة له إلى المملكة.",  # main: «ثالث زيارة»
        ["ثالث | ordinal exact 3 | - -"],
    ),
    (
        "an ordinal in construct spans the ordinal alone",
        "افتتح الأمير أولى جلسات المؤتمر صباح اليوم.",  # main: «أولى جلسات»
        ["أولى | ordinal exact 1 | - -"],
    ),
    (
        "an ordinal in construct spans the ordinal alone",  # traps: the first two, the first of a month
        "شارك اللاعب في أول مباراتين بالبطولة، وتبدأ الدراسة من أول يونيو المقبل.",
        [
            "مباراتين | count exact 2 | مباراتين -",
            "أول يونيو المقبل | date exact | y=None m=6 d=1 None-None gregorian",
        ],
    ),
    # session 16 (q16b): made-up variants written before the rules; «main» marks rows main (1c471a6) got wrong
    (
        "a number that ends the name of a resolution, law or tournament",
        "طالب المجلس باحترام قرار مجلس الأمن 2216 دون تأخير.",  # main: a count
        [],
    ),
    (
        "a number that ends the name of a resolution, law or tournament",
        "تنطلق بطولة الصداقة ٣٦ لكرة القدم مساء غد.",  # main: a count
        [],
    ),
    (
        "a number that ends the name of a resolution, law or tournament",
        "تستعد الكويت لاستضافة كأس الخليج 23 بعد انسحاب اليمن.",  # main: a count
        [],
    ),
    (
        "a number that ends the name of a resolution, law or tournament",  # trap: the year after the name
        "صدر القرار 2254 عام 2015 بالإجماع.",
        ["عام 2015 | date exact | y=2015 m=None d=None None-None gregorian"],
    ),
    (
        "a number that ends the name of a resolution, law or tournament",  # traps: a counted noun after
        "طلبت الشركة 737 طائرة، وأيد قانون الانتخابات 61 نائبا، وفاز النادي ببطولة الدوري 14 مرة.",
        [
            "737 طائرة | count exact 737 | طائرة -",
            "61 نائبا | count exact 61 | نائبا -",
            "14 مرة | count exact 14 | مرة -",
        ],
    ),
    (
        "a number that ends the name of a resolution, law or tournament",  # q16c: the law's year after it
        "وأقر البرلمان القانون 19 لعام 2012، ثم المرسوم 5 لسنة 2014.",  # main: two counts
        [
            "عام 2012 | date exact | y=2012 m=None d=None None-None gregorian",
            "سنة 2014 | date exact | y=2014 m=None d=None None-None gregorian",
        ],
    ),
    (
        "a number that ends the name of a resolution, law or tournament",  # q16c traps: «رقم», no head
        "القانون رقم 19 يمنع 3 أشياء، وارتفعت الأرباح 19 لعام 2012، ودعم القانون 61 نائبا.",
        [
            "3 أشياء | count exact 3 | أشياء -",
            "19 | count exact 19 | - -",
            "عام 2012 | date exact | y=2012 m=None d=None None-None gregorian",
            "61 نائبا | count exact 61 | نائبا -",
        ],
    ),
    (
        "a sum that names a group of states",
        "أكد الوزير التزام بلاده بالاتفاق مع مجموعة (5+1) حتى النهاية.",  # main: two counts
        [],
    ),
    (
        "a sum that names a group of states",
        "واصلت إيران ومجموعة 5 + 1 المحادثات مدة 3 أيام.",  # main: two counts
        ["3 أيام | duration exact 3 | أيام -"],
    ),
    (
        "a sum that names a group of states",  # trap: the group noun with no plus after the number
        "ضمت المجموعة 5 لاعبين و3 مدربين.",
        ["5 لاعبين | count exact 5 | لاعبين -", "3 مدربين | count exact 3 | مدربين -"],
    ),
    (
        "a unit glued to the digits",
        "أنشئ خزان بسعة 60000م3 داخل المحطة.",  # main: a count with no unit
        ["60000م3 | measure exact 60000 | م3 -"],
    ),
    (
        "a unit glued to the digits",
        "تبلغ مساحة الأرض ٤٥٠م² وتقع شمال المدينة.",  # main: a count with no unit
        ["٤٥٠م² | measure exact 450 | م² -"],
    ),
    (
        "a unit glued to the digits",
        "أنتجت المحطة 5000متر مكعب من المياه.",  # main: the unit «متر» without «مكعب»
        ["5000متر مكعب | measure exact 5000 | متر مكعب -"],
    ),
    (
        "a unit glued to the digits",  # the same units apart from the digits
        "يتسع الخزان لـ 3000 م3 من المياه على أرض مساحتها 200 م2.",  # main: two counts with no unit
        ["3000 م3 | measure exact 3000 | م3 -", "200 م2 | measure exact 200 | م2 -"],
    ),
    (
        "a unit glued to the digits",  # traps: the era glued to a year, a plain glued noun
        "توفي الشاعر عام 1935م بعد أن نشر 12ديوانا.",
        [
            "عام 1935م | date exact | y=1935 m=None d=None None-None gregorian",
            "12ديوانا | count exact 12 | ديوانا -",
        ],
    ),
    (
        "year before a line-start hyphen",
        "تاريخ النادي:\n1958- تأسيس النادي في جدة.",
        ["1958 | date exact | y=1958 m=None d=None None-None gregorian"],
    ),
    (
        "year before a line-start hyphen",
        "أبرز المحطات\n١٩٦٤- افتتاح المبنى الجديد للبلدية",
        ["١٩٦٤ | date exact | y=1964 m=None d=None None-None gregorian"],
    ),
    (
        "year before a line-start hyphen",
        "المراحل:\n2003 - انتقال الإدارة إلى الرياض\n4- تكثيف الحملات",
        ["2003 | date exact | y=2003 m=None d=None None-None gregorian"],
    ),
    (
        "dual as the number",
        "أغلقت المدرسة أبوابها خلال أسبوعين بسبب الأمطار.",
        ["أسبوعين | duration exact 2 | أسبوعين -"],
    ),
    (
        "dual as the number",
        "ارتفعت الأسعار خلال الشهرين الماضيين بشكل لافت.",
        ["الشهرين | duration exact 2 | الشهرين -"],
    ),
    (
        "dual as the number",
        # session 19, q19c: more relative words after a definite dual of time («الماضية» as news copy writes it)
        "وقع اللاعب العقد خلال اليومين الماضية، وتراجعت الجرائم على مدار الأسبوعين التاليين للثورة.",
        ["اليومين | duration exact 2 | اليومين -", "الأسبوعين | duration exact 2 | الأسبوعين -"],
    ),
    (
        "dual as the number",
        "نفذت الجمعية مبادرات على مدى العامين السابقين وتحسنت الحركة في اليومين الأولين من العيد.",
        ["العامين | duration exact 2 | العامين -", "اليومين | duration exact 2 | اليومين -"],
    ),
    (
        "dual as the number",
        # an approximation before a definite dual bounds it (q19c); «نحو» before one is the preposition
        "استمر الاجتماع قرابة الساعتين، وقال له قبل حوالي الشهرين إن الفريق اتجه نحو الهدفين.",
        ["قرابة الساعتين | duration approximate 2 | الساعتين -", "حوالي الشهرين | duration approximate 2 | الشهرين -"],
    ),
    (
        "dual as the number",
        # «عقدين»: decades after a word of a stretch of time or a qualifier, contracts elsewhere (q19c)
        "لم يحدث هذا منذ أكثر من عقدين، وأبرمت الشركة عقدين لتوريد المعدات.",
        ["أكثر من عقدين | duration more_than 2 | عقدين -", "عقدين | count exact 2 | عقدين -"],
    ),
    (
        "dual as the number",
        "ظل في منصبه عقدين من الزمن، ولم يحصل هذا لعقدين على الأقل.",
        ["عقدين | duration exact 2 | عقدين -", "عقدين على الأقل | duration at_least 2 | عقدين -"],
    ),
    (
        "dual as the number",
        "فازت الفتيات بفارق نقطتين وزار الأمير المنطقة مرتين.",
        ["نقطتين | count exact 2 | نقطتين -", "مرتين | count exact 2 | مرتين -"],
    ),
    (
        "dual as the number",
        # session 20, q20a: masculine duals of nouns with broken plurals, listed in duals.tsv (2015-08-06/08-10)
        "وتنقسم العضوية إلى نوعين، وأصيب شابان في الحادث.",
        ["نوعين | count exact 2 | نوعين -", "شابان | count exact 2 | شابان -"],
    ),
    (
        "dual as the number",
        # a nisba adjective in «يين» after a listed dual is in its unit; a participle in «م» is not (q20a)
        "قتلت القوات عنصرين إرهابيين، وانفجر المصباح خلال ثانيتين، وتوفي شخصين متوفيين.",
        [
            "عنصرين إرهابيين | count exact 2 | عنصرين إرهابيين -",
            "ثانيتين | duration exact 2 | ثانيتين -",
            "شخصين | count exact 2 | شخصين -",
        ],
    ),
    (
        "dual as the number",
        # session 21, q21a: more masculine duals of nouns with broken plurals (tuning sets, 2015-07-22/07-31)
        "أنشأت البلدية خزانين للمياه، وعين الرئيس نائبين له، وصدر الكتاب في جزأين.",  # main: none read
        ["خزانين | count exact 2 | خزانين -", "نائبين | count exact 2 | نائبين -", "جزأين | count exact 2 | جزأين -"],
    ),
    (
        "dual as the number",
        # an agreeing nisba joins a listed dual; a definite one points back at a known pair (q21a)
        "خاض المنتخب لقاءين وديين، وتقابل الفريقان في المسارين، ولدى النادي أمران بحاجة للتطوير.",
        ["لقاءين وديين | count exact 2 | لقاءين وديين -", "أمران | count exact 2 | أمران -"],
    ),
    (
        "dual as the number",
        # «قضيتين»: a noun in «ية» (the open dual refuses that stem, to keep feminine nisbas out), listed (q21a)
        "سجلت المنطقة قضيتين، وناقش المجلس قضيتي فساد، وقال: قضيتي الكبرى هي التعليم.",
        ["قضيتين | count exact 2 | قضيتين -", "قضيتي | count exact 2 | قضيتي -"],
    ),
    (
        "dual as the number",
        # session 22, q22a: a feminine dual in construct that duals.tsv lacks, read from its known singular
        # before the indefinite noun it is joined to (made-up variants; main: none read)
        "وقعت الوزارة مذكرتي تفاهم، وضبطت الشرطة حقيبتي ظهر، وجهزت البلدية قاعتي اجتماع.",
        [
            "مذكرتي | count exact 2 | مذكرتي -",
            "حقيبتي | count exact 2 | حقيبتي -",
            "قاعتي | count exact 2 | قاعتي -",
        ],
    ),
    (
        "dual as the number",
        # traps (q22a): «my ...» before a verb, a preposition, a definite word or nothing, and a nisba in «يتي»
        "وقال: زوجتي تقول الحق، ودعوتي لكم قائمة، وسيارتي الجديدة هنا، وهذه فكرتي. وجنسيتي سعودية.",
        [],
    ),
    (
        "dual as the number",
        # session 22, q22b: feminine duals listed because the open dual does not read them: «دورية» (a stem in
        # «ي», refused there to keep nisbas out), «مذكرة» and «غرامة» before a collocation joined by «و»; bare,
        # in construct (nominative and oblique) and behind a proclitic; main (aa233d0) read none of them
        "أحرق المحتجون دوريتين، ثم دوريتي أمن، ووقعت الجامعة مذكرتي تفاهم وتعاون، وفرضت البلدية غرامتي تأخير وإشراف.",
        [
            "دوريتين | count exact 2 | دوريتين -",
            "دوريتي | count exact 2 | دوريتي -",
            "مذكرتي | count exact 2 | مذكرتي -",
            "غرامتي | count exact 2 | غرامتي -",
        ],
    ),
    (
        "dual as the number",
        # q22b: a nisba after the listed dual joins its unit; the nominative construct form
        "وصلت إلى الموقع دوريتان أمنيتان، وأبرمت الوزارة مذكرتا تعاون.",
        ["دوريتان أمنيتان | count exact 2 | دوريتان أمنيتان -", "مذكرتا | count exact 2 | مذكرتا -"],
    ),
    (
        "dual as the number",
        # traps (q22b): the same forms with a pronoun («my ...») before a definite word, a preposition or
        # nothing, and a definite construct dual that points back at a known pair
        "قال: مذكرتي القديمة ضاعت، وغرامتي في الملف، وهذه دوريتي. وسجل مذكرتي التفاهم الوزير نفسه.",
        [],
    ),
    (
        "dual as the number",
        # traps (q23a): «my ...» before «و» and a word, a listed feminine dual too («سيارتي», «حالتي»,
        # «رحلتي»: 3 read as two in 2,796 unannotated articles); «حالتي وفاة» (a noun in «و») stays two
        "وأنا في سيارتي وشعرت بالتعب، وأخبرته بحالتي وأنني مريض، وكانت نهاية لرحلتي وحياتي.",
        [],
    ),
    (
        "dual as the number",
        "سجلت المستشفى حالتي وفاة وحالتا ولادة.",
        ["حالتي | count exact 2 | حالتي -", "حالتا | count exact 2 | حالتا -"],
    ),
    (
        "lone noun after «أكثر/أقل من»",
        # q23a: an indefinite singular noun the list lacks is one of it (docs/quantities.md, «أكثر من مناسبة»)
        "أكد الوزير ذلك في أكثر من مناسبة، وعينت الدولة أكثر من وزير، وتصدى لأكثر من لاعب، وشربت أقل من كوب.",
        [
            "أكثر من مناسبة | count more_than 1 | مناسبة -",
            "أكثر من وزير | count more_than 1 | وزير -",
            "أكثر من لاعب | count more_than 1 | لاعب -",
            "أقل من كوب | count less_than 1 | كوب -",
        ],
    ),
    (
        "lone noun after «أكثر/أقل من»",
        # behind a proclitic, with its nisba adjective (in the unit, as after a number), before an indefinite
        # noun, and a time unit of the list beside it
        "خسر على أكثر من صعيد، وأفشل الأمن أكثر من عملية إرهابية، واستقبل الميناء أكثر من سفينة مساعدات خلال أقل من"
        " شهر.",
        [
            "أكثر من صعيد | count more_than 1 | صعيد -",
            "أكثر من عملية إرهابية | count more_than 1 | عملية إرهابية -",
            "أكثر من سفينة | count more_than 1 | سفينة -",
            "أقل من شهر | duration less_than 1 | شهر -",
        ],
    ),
    (
        "lone noun after «أكثر/أقل من»",
        # traps (q23a): idioms and comparisons, a definite noun, a pronoun, a plural, a word of an amount,
        # a noun joined to a definite word, and «كان»/«يراها» before the qualifier
        "ارتفعت أكثر من أي وقت مضى وأكثر من غيره وأكثر من ذلك، وجاء الرقم أقل من التوقعات وأقل من قيمة صفقة،"
        " وضحايا الجوع أكثر من ضحايا الحروب، ويريد أكثر من معرفة اللاعبين، وكان أكثر من أخ، ويراها المدرب أكثر"
        " من مباراة ودية.",
        [],
    ),
    (
        "dual as the number",
        # «صوتا» is a singular in the accusative after a number, not a dual without «ن» (q20a)
        "أمام الحكومة خياران للحل، وحصل المرشح على 40 صوتا.",
        ["خياران | count exact 2 | خياران -", "40 صوتا | count exact 40 | صوتا -"],
    ),
    (
        "definite cardinal after the noun / with the article",
        "تراجعت المبيعات خلال الأيام الخمسة الماضية.",
        ["الأيام الخمسة | duration exact 5 | الأيام -"],
    ),
    (
        "definite cardinal after the noun / with the article",
        "ناقش المجلس البنود السبعة للاتفاق في السنوات العشر الأخيرة.",
        # «البنود السبعة» read since session 14 (a broken plural, q15p)
        ["البنود السبعة | count exact 7 | البنود -", "السنوات العشر | duration exact 10 | السنوات -"],
    ),
    (
        "definite cardinal after the noun / with the article",
        "سافر إلى لندن في الثلاثة الأشهر الماضيه.",
        ["الثلاثة الأشهر | duration exact 3 | الأشهر -"],
    ),
    (
        "fraction bare / with a pronoun / after a qualifier",
        "صوت أقل من الثلث لصالح القرار.",
        ["أقل من الثلث | fraction less_than 1/3 | - -"],
    ),
    (
        "fraction bare / with a pronoun / after a qualifier",
        "عاد نحو نصفهم إلى منازلهم.",
        ["نحو نصفهم | fraction approximate 0.5 | - -"],
    ),  # main wrong
    (
        "fraction bare / with a pronoun / after a qualifier",
        "أنفقت الوزارة ربع ميزانيتها على التعليم.",
        ["ربع ميزانيتها | fraction exact 0.25 | ميزانيتها -"],
    ),
    ("indefinite ordinal adjective", "أحرز الفريق لقبا رابعا في تاريخه.", ["رابعا | ordinal exact 4 | - -"]),
    ("indefinite ordinal adjective", "احتلت المدرسة مركزاً ثانياً في المسابقة.", ["ثانياً | ordinal exact 2 | - -"]),
    (
        "indefinite ordinal adjective",
        "تبدأ الوزارة كمرحلة أولى من المشروع وفي خطوة اولى نحو الحل.",
        ["أولى | ordinal exact 1 | - -", "اولى | ordinal exact 1 | - -"],
    ),  # main wrong
    (
        "a number glued to its word",
        "تأسست الشركة عام2009م في الدمام.",
        ["عام2009م | date exact | y=2009 m=None d=None None-None gregorian"],
    ),
    ("a number glued to its word", "يبعد السد مسافة 12كم عن المدينة.", ["12كم | measure exact 12 | كم -"]),
    (
        "a number glued to its word",
        "وصل إلى المعرض 500زائر في عام٢٠١٥.",
        ["500زائر | count exact 500 | زائر -", "عام٢٠١٥ | date exact | y=2015 m=None d=None None-None gregorian"],
    ),
    ("compound ages", "توفي الفنان عن عمر يناهز 75 عاما.", ["75 عاما | duration approximate 75 | عاما -"]),
    ("compound ages", "طفلة تبلغ من العمر ثلاث سنوات ونصف.", ["ثلاث سنوات ونصف | duration exact 3.5 | سنوات -"]),
    (
        "compound ages",
        "تخرج وهو في الخامسة والعشرين من عمره.",
        ["الخامسة والعشرين | duration exact 25 | - -"],
    ),  # main wrong
    ("numbers in names, indices, models", "ارتفع مؤشر داكس 30 في فرانكفورت.", []),
    ("numbers in names, indices, models", "طالب المجلس بتطبيق القرار 2254 فورا.", []),
    ("numbers in names, indices, models", "هبطت طائرة بوينغ 737 في المطار.", []),
    ("range halves", "تراوحت الزيادة ما بين 3% إلى 5% سنويا.", ["ما بين 3% إلى 5% | percent range 3-5 | % -"]),
    ("range halves", "يعاقب بالسجن من 4 سنوات إلى 5 سنوات.", ["4 سنوات إلى 5 سنوات | duration range 4-5 | سنوات -"]),
    (
        "range halves",
        "تتراوح الأسعار بين 10 و15 مليون ريال.",
        ["بين 10 و15 مليون ريال | money range 10000000-15000000 | ريال SAR"],
    ),
    (
        "dimensions «1920 × 1080»",
        "تعمل الشاشة بدقة 1920 × 1080 بكسل.",
        ["1920 | measure exact 1920 | - -", "1080 بكسل | measure exact 1080 | بكسل -"],
    ),  # main wrong
    (
        "dimensions «1920 × 1080»",
        "تبلغ مساحة القاعة 20 × 30 مترا.",
        ["20 | measure exact 20 | - -", "30 مترا | measure exact 30 | مترا -"],
    ),
    (
        "dimensions «1920 × 1080»",
        "صورة بأبعاد ٦٠٠ × ٤٠٠ بكسل",
        ["٦٠٠ | measure exact 600 | - -", "٤٠٠ بكسل | measure exact 400 | بكسل -"],
    ),
    ("sports scores (dash, «صفر», tatweel)", "فاز الهلال على النصر 2 - صفر.", []),
    ("sports scores (dash, «صفر», tatweel)", "انتهت المباراة بالتعادل (1 ــ 1) في جدة.", []),
    ("sports scores (dash, «صفر», tatweel)", "تغلب الأهلي على الاتحاد بنتيجة 3-1 مساء أمس.", []),
    ("«وست هام»", "فاز وست هام على تشيلسي في الدوري.", []),
    ("«وست هام»", "انتقل اللاعب إلى وست هام يونايتد.", []),
    ("«وست هام»", "لعب وست هام ست مباريات دون خسارة.", ["ست مباريات | count exact 6 | مباريات -"]),
    ("wire-copy «12 ر 5»", "ارتفع المؤشر بنسبة 12 ر 5 %.", ["12 ر 5 % | percent exact 5.12 | % -"]),
    ("wire-copy «12 ر 5»", "بلغت الأرباح 25ر3 مليون دولار.", ["25ر3 مليون دولار | money exact 3250000 | دولار USD"]),
    ("wire-copy «12 ر 5»", "زاد الإنتاج بنسبة 5 ر 2 في المائة.", ["5 ر 2 في المائة | percent exact 2.5 | في المائة -"]),
    ("bracketed goal minutes", "سجل أهداف الفريق محمد (23) وسالم (67).", []),
    ("bracketed goal minutes", "وأحرز خالد الهدف الثاني (د 54) من ركلة جزاء.", ["الثاني | ordinal exact 2 | - -"]),
    ("bracketed goal minutes", "وسجل للهلال ناصر (12 و78).", []),  # main wrong
    (
        "units after quoted digits",
        'سلمت الوزارة "300" وحدة سكنية للمستفيدين.',
        ['300" وحدة سكنية | count exact 300 | وحدة سكنية -'],
    ),
    ("units after quoted digits", "سجلت الصحة (1343) حالة إصابة.", ["1343) حالة | count exact 1343 | حالة -"]),
    (
        "units after quoted digits",
        "خصصت الدولة «25» مليون ريال للمشروع.",
        ["25» مليون ريال | money exact 25000000 | ريال SAR"],
    ),
    (
        "adverbs / verbs / particles taken as units",
        "تسير الشركة 20 رحلة يوميا إلى دبي.",
        ["20 رحلة | count exact 20 | رحلة -"],
    ),
    (
        "adverbs / verbs / particles taken as units",
        "وكان بين الضحايا 300 قتلوا في القصف.",
        ["300 | count exact 300 | - -"],
    ),
    (
        "adverbs / verbs / particles taken as units",  # session 20 (q20c): the dual pronoun, dev17 «خمسة بينهما»
        "قتل خمسة بينهما امرأة، ونجا 3 منهما.",
        ["خمسة | count exact 5 | - -", "3 | count exact 3 | - -"],
    ),
    # session 21 (q21c): a preposition, adverb or operator after a number («مقابل», «فور», «زائد», «أمس»:
    # not_units.txt) and a noun with a possessive pronoun of persons (the counted noun table); «main» marks
    # rows main (e263d09) read otherwise; the last three are traps (units that end in «هم» by their root)
    (
        "adverbs / verbs / particles taken as units",
        "انتهت المباراة بنتيجة 78 مقابل 83 لصالح الضيوف.",  # main: unit «مقابل»
        ["78 | count exact 78 | - -", "83 | count exact 83 | - -"],
    ),
    (
        "adverbs / verbs / particles taken as units",
        "تجمع 200 فور وصول الموكب، ووصل 30 حاجا فور إعلان النتائج.",  # main: unit «فور»
        ["200 | count exact 200 | - -", "30 حاجا | count exact 30 | حاجا -"],
    ),
    (
        "adverbs / verbs / particles taken as units",
        "توصلت مجموعة 5 زائد 1 إلى اتفاق مع إيران.",  # main: unit «زائد»
        ["5 | count exact 5 | - -", "1 | count exact 1 | - -"],
    ),
    (
        "adverbs / verbs / particles taken as units",
        "وجرح 40 شخصا بينهم 15 إصاباتهم خطيرة، ويعقد 120 اجتماعهما غدا.",  # main: units «إصاباتهم», «اجتماعهما»
        ["40 شخصا | count exact 40 | شخصا -", "15 | count exact 15 | - -", "120 | count exact 120 | - -"],
    ),
    (
        "adverbs / verbs / particles taken as units",
        "اعتقلت الشرطة 200 متهم وغرمت 500 مساهم مبلغ 100 درهم.",
        [
            "200 متهم | count exact 200 | متهم -",
            "500 مساهم | count exact 500 | مساهم -",
            "100 درهم | money exact 100 | درهم -",
        ],
    ),
    (
        "adverbs / verbs / particles taken as units",
        "حضر الحفل 50 ألفا لكن الملعب لم يمتلئ.",
        ["50 ألفا | count exact 50000 | - -"],
    ),
    ("missing measure units", "هطلت أمطار بلغت 15 ميليمتر في الطائف.", ["15 ميليمتر | measure exact 15 | ميليمتر -"]),
    (
        "missing measure units",
        "يحمل الهاتف كاميرا بدقة 12 ميغابكسل وشاشة 5.5 بوصة ومعالجا بسرعة 2.4 غيغاهرتز.",
        [
            "12 ميغابكسل | measure exact 12 | ميغابكسل -",
            "5.5 بوصة | measure exact 5.5 | بوصة -",
            "2.4 غيغاهرتز | measure exact 2.4 | غيغاهرتز -",
        ],
    ),
    (
        "missing measure units",
        "يبلغ ارتفاع البرج 140م فوق سطح البحر وعمق البئر ٤٠م.",
        ["140م | measure exact 140 | م -", "٤٠م | measure exact 40 | م -"],
    ),  # main wrong
    (
        "missing measure units",  # q16c: a race noun right before, a length noun with «و» and a pronoun
        "تأهل العداء لنهائي سباق 3000م، والمدرج وطوله 800م.",
        ["3000م | measure exact 3000 | م -", "800م | measure exact 800 | م -"],
    ),  # main: two counts
    (
        "missing measure units",  # session 20, q20c: quantity dev17's units (measures.tsv), made-up sentences
        "صادرت البلدية 250 كلغ من اللحوم، وتنتج المحطة 2 بيتاواط، وتطلق الخلية 150 جول.",
        [
            "250 كلغ | measure exact 250 | كلغ -",
            "2 بيتاواط | measure exact 2 | بيتاواط -",
            "150 جول | measure exact 150 | جول -",
        ],
    ),
    (
        "missing measure units",  # q20c: a listed unit that starts with «و» is no conjunction; «وأصيب» is
        "يستهلك المصباح 60 واط، وتبلغ قدرة المحطة 40 ميجا وات. وفي الهجوم قتل 13 وأصيب 20.",
        [
            "60 واط | measure exact 60 | واط -",
            "40 ميجا وات | measure exact 40 | ميجا وات -",
            "13 | count exact 13 | - -",
            "20 | count exact 20 | - -",
        ],
    ),
    (
        "missing measure units",  # q16c traps: a word between the race noun and a year, a clock time
        "انطلق سباق الهجن 2015م ويستمر إلى الساعة 10م.",
        ["2015م | date exact | y=2015 m=None d=None None-None gregorian"],
    ),
    ("bare years", "في 2014 افتتح المتحف أبوابه.", ["2014 | date exact | y=2014 m=None d=None None-None gregorian"]),
    (
        "bare years",
        "يعمل المصنع منذ 1990 في المنطقة.",
        ["1990 | date exact | y=1990 m=None d=None None-None gregorian"],
    ),
    (
        "bare years",
        "شارك في بطولات 2010 و2012.",
        [
            "2010 | date exact | y=2010 m=None d=None None-None gregorian",
            "2012 | date exact | y=2012 m=None d=None None-None gregorian",
        ],
    ),
    (
        "hijri year ranges",
        "خطة العام الدراسي 1436/1437هـ",
        ["1436/1437هـ | date range | y=None m=None d=None 1436-1437 hijri"],
    ),
    (
        "hijri year ranges",
        "تبدأ الدراسة للعام 1436/1437 هـ بعد العيد.",
        ["1436/1437 هـ | date range | y=None m=None d=None 1436-1437 hijri"],
    ),
    (
        "hijri year ranges",
        "ميزانية عام ١٤٣٦/١٤٣٧هـ",
        ["عام ١٤٣٦/١٤٣٧هـ | date range | y=None m=None d=None 1436-1437 hijri"],
    ),
    ("currency sub-units", "يبلغ سعر الرغيف 50 هللة.", ["50 هللة | money exact 50 | هللة SAR"]),
    ("currency sub-units", "ارتفع سعر السهم سبعة سنتات.", ["سبعة سنتات | money exact 7 | سنتات USD"]),
    ("currency sub-units", "زاد سعر الخبز 25 قرشا في القاهرة.", ["25 قرشا | money exact 25 | قرشا EGP"]),  # main wrong
    ("compound values", "قضى في السجن ثلاثة أعوام ونصف.", ["ثلاثة أعوام ونصف | duration exact 3.5 | أعوام -"]),
    ("compound values", "دفع غرامة قدرها عشرة آلاف دينار.", ["عشرة آلاف دينار | money exact 10000 | دينار -"]),
    ("compound values", "صدر المصنع مليون ونصف طن من الحديد.", ["مليون ونصف طن | measure exact 1500000 | طن -"]),
    ("dotted thousands", "زار المهرجان 52.318 زائرا.", ["52.318 زائرا | count exact 52318 | زائرا -"]),
    (
        "dotted thousands",
        "سجل في البرنامج 1.250 طالبا وطالبة.",
        ["1.250 طالبا | count exact 1250 | طالبا -"],
    ),  # main wrong
    ("dotted thousands", "بلغ عدد المستفيدين ٢٣.٤٥٠ مستفيدا.", ["٢٣.٤٥٠ مستفيدا | count exact 23450 | مستفيدا -"]),
    ("nisba units", "نفذت 15 طائرة حربية غارات على المدينة.", ["15 طائرة حربية | count exact 15 | طائرة حربية -"]),
    (
        "nisba units",
        "قتل ثلاثة جنود أتراك في الهجوم.",
        ["ثلاثة جنود أتراك | count exact 3 | جنود أتراك -"],
    ),  # main wrong
    (
        "nisba units",
        "قتل جنديان أمريكيان و3 جنود أكراد في الهجوم.",
        ["جنديان أمريكيان | count exact 2 | جنديان أمريكيان -", "3 جنود أكراد | count exact 3 | جنود أكراد -"],
    ),  # main wrong
    (
        "«الـ 7 و 8»",
        "في الجولتين الـ 7 و 8 من الدوري.",
        ["7 | ordinal exact 7 | - -", "8 | ordinal exact 8 | - -"],
    ),  # main wrong
    (
        "«الـ 7 و 8»",
        "يحتل الفريقان المركزين الـ 3 و 4.",
        ["3 | ordinal exact 3 | - -", "4 | ordinal exact 4 | - -"],
    ),  # main wrong
    (
        "«الـ 7 و 8»",
        "في الدورتين الـ 12 و 13 للمهرجان.",
        ["12 | ordinal exact 12 | - -", "13 | ordinal exact 13 | - -"],
    ),  # main wrong
    (
        "shared noun before a list (guide gap)",
        "افتتحت الإدارة 52 مركزا للطلاب و 39 للطالبات.",
        ["52 مركزا | count exact 52 | مركزا -", "39 | count exact 39 | - -"],
    ),
    (
        "partitive after «فقط» (guide gap)",
        "وصل إلى الجزيرة ثلاثة فقط من اللاجئين.",
        ["ثلاثة فقط | count exact 3 | - -"],
    ),
    (
        "nisba negated by «غير» (guide gap)",
        "أنقذ خفر السواحل نحو 86 مهاجرا غير شرعي.",
        ["نحو 86 مهاجرا | count approximate 86 | مهاجرا -"],
    ),
    # session 13, round 2: classes of the pooled tuning-set errors in three sets or more
    (
        "day range before a numeric month and year",
        "تستقبل اللجنة الطلبات من 3 إلى 9 -4 -1437 في مقرها.",
        ["من 3 إلى 9 -4 -1437 | date range | y=1437 m=4 d=None 3-9 hijri"],
    ),
    (
        "day range before a numeric month and year",
        "يفتح باب التسجيل في الفترة من 12 إلى 20 /6 / 1437هـ عبر الموقع.",
        ["من 12 إلى 20 /6 / 1437هـ | date range | y=1437 m=6 d=None 12-20 hijri"],
    ),
    (
        "day range before a numeric month and year",
        "تقام الدورة من 5 - 7 - 3 - 2016 في جدة.",
        ["من 5 - 7 - 3 - 2016 | date range | y=2016 m=3 d=None 5-7 gregorian"],
    ),
    ("score with «صفر»", "تعادل الفريقان ثم فاز الاتحاد (3 ــ صفر) على ضيفه.", []),
    ("score with «صفر»", "خسر الفريق 2/ صفر أمام منافسه.", []),
    ("score with «صفر»", "فاز الأهلي بنتيجة -4صفر في المباراة الأولى.", ["الأولى | ordinal exact 1 | - -"]),
    (
        "number between slashes before its unit",
        "وصل اللاعب 27/ عاما/ إلى النادي الجديد.",
        ["27/ عاما | duration exact 27 | عاما -"],
    ),
    (
        "number between slashes before its unit",
        "يبلغ ارتفاع السور 12/ مترا/ في بعض أجزائه.",
        ["12/ مترا | measure exact 12 | مترا -"],
    ),
    (
        "number between slashes before its unit",
        "تضم القافلة 40/ شاحنة/ محملة بالمساعدات.",
        ["40/ شاحنة | count exact 40 | شاحنة -"],
    ),
    (
        "«دون مستوى» before a number",
        "تراجع سعر الخام إلى دون مستوى 45 دولارا للبرميل.",
        ["دون مستوى 45 دولارا | money less_than 45 | دولارا USD"],
    ),
    (
        "«دون مستوى» before a number",
        "بقيت الحرارة تحت مستوى 10 درجات طوال الليل.",
        ["تحت مستوى 10 درجات | measure less_than 10 | درجات -"],
    ),
    (
        "«دون مستوى» before a number",
        "استقر المؤشر دون مستوى 7000 نقطة في ختام التعاملات.",
        ["دون مستوى 7000 نقطة | count less_than 7000 | نقطة -"],
    ),
    # session 14 (q15p): classes dev11's errors show, made-up variants written before the rules
    (
        "definite cardinal after a broken plural",
        "ما زال مصير الجنود الثلاثة مجهولا منذ أسبوع.",
        ["الجنود الثلاثة | count exact 3 | الجنود -"],
    ),
    (
        "definite cardinal after a broken plural",
        "غاب اللاعب عن المواسم الأربعة الماضية بسبب الإصابة.",
        ["المواسم الأربعة | duration exact 4 | المواسم -"],
    ),
    (
        "definite cardinal after a broken plural",
        "وصل الوزراء الخمسة إلى المؤتمر وأغلقت المدارس السبع أبوابها.",
        ["الوزراء الخمسة | count exact 5 | الوزراء -", "المدارس السبع | count exact 7 | المدارس -"],
    ),
    (
        "definite cardinal after a broken plural",
        "وقال رواد الفضاء الثلاثة إن الرحلة نجحت في تريس كوراسويس (أي القلوب الثلاثة).",
        [],
    ),
    # session 20 (q20c): made-up variants before the rule (the brief's forms, then a nisba between)
    (
        "definite cardinal after a plural and a nisba",
        "تضاعفت الأسعار في السنوات العشر الماضية، واجتمعت الدول الخمس الكبرى خلال الأيام الثلاثة الأخيرة.",
        [
            "السنوات العشر | duration exact 10 | السنوات -",
            "الدول الخمس | count exact 5 | الدول -",
            "الأيام الثلاثة | duration exact 3 | الأيام -",
        ],
    ),
    (
        "definite cardinal after a plural and a nisba",
        "أغلقت المدارس في المناطق الحدودية الخمس، وقتل الجنود الأمريكيين الثلاثة.",
        [
            "المناطق الحدودية الخمس | count exact 5 | المناطق الحدودية -",
            "الجنود الأمريكيين الثلاثة | count exact 3 | الجنود الأمريكيين -",
        ],
    ),  # main: none, and «الأمريكيين الثلاثة» with the unit «الأمريكيين»
    (
        "definite cardinal after a plural and a nisba",
        "جرى الاتفاق بين إيران والقوى العالمية الست، وزار الوفد القرى الخمس.",
        ["القوى العالمية الست | count exact 6 | القوى العالمية -", "القرى الخمس | count exact 5 | القرى -"],
    ),  # main: none («قرى», «قوى» not in plurals_in_a.txt)
    (
        "definite cardinal after a plural and a nisba",  # traps: a group's name, an ordinal, a date word between
        "التقى قادة مجموعة «الدول الصناعية الثماني»، وتنافست الفرق على المراكز الأولى الثلاث في السنوات الماضية الخمس.",
        ["الأولى | ordinal exact 1 | - -"],  # the ordinal read as before; no count of «المراكز»
    ),
    (
        "qualifier after a bare dual",
        "احتجز مرتين على الأقل بتهم فساد.",
        ["مرتين على الأقل | count at_least 2 | مرتين -"],
    ),
    (
        "qualifier after a bare dual",
        "سافر يومين فقط ثم عاد.",
        ["يومين فقط | duration exact 2 | يومين -"],
    ),
    (
        "qualifier after a bare dual",
        "يحتاج المشروع شهرين تقريبا لإنجازه.",
        ["شهرين تقريبا | duration approximate 2 | شهرين -"],
    ),
    (
        "an age bound with «سن»",
        "شارك في بطولة أوروبا تحت سن 19 عاما.",
        ["تحت سن 19 عاما | duration less_than 19 | عاما -"],
    ),
    (
        "an age bound with «سن»",
        "منعت من هم دون سن 50 عاما من الدخول.",
        ["دون سن 50 عاما | duration less_than 50 | عاما -"],
    ),
    (
        "an age bound with «سن»",
        "استفاد أكثر من 300 طفل فوق سنّ ١٠ أعوام.",
        ["أكثر من 300 طفل | count more_than 300 | طفل -", "فوق سنّ ١٠ أعوام | duration more_than 10 | أعوام -"],
    ),
    (
        "a range with «وحتى», «وإلى»",
        "شغل منصب الرئيس من عام 1989 وحتى 1997.",
        ["من عام 1989 وحتى 1997 | date range | y=None m=None d=None 1989-1997 gregorian"],
    ),
    (
        "a range with «وحتى», «وإلى»",
        "تستمر الدورة من 10 وإلى 20 يوما.",
        ["من 10 وإلى 20 يوما | duration range 10-20 | يوما -"],
    ),
    (
        "a range with «وحتى», «وإلى»",
        "عمل في الشركة من ٢٠٠١ وحتى ٢٠٠٥ ثم سافر.",
        ["من ٢٠٠١ وحتى ٢٠٠٥ | date range | y=None m=None d=None 2001-2005 gregorian"],
    ),
    (
        "a list of years joined by «و»",
        "توج باللقب مع فريقه أربع مرات (2000 و2001 و2009 و2010).",
        [
            "أربع مرات | count exact 4 | مرات -",
            "2000 | date exact | y=2000 m=None d=None None-None gregorian",
            "2001 | date exact | y=2001 m=None d=None None-None gregorian",
            "2009 | date exact | y=2009 m=None d=None None-None gregorian",
            "2010 | date exact | y=2010 m=None d=None None-None gregorian",
        ],
    ),
    (
        "a list of years joined by «و»",
        "أشرف المدرب على ثلاثة منتخبات (١٩٩٨ و٢٠٠٢) قبل اعتزاله.",
        [
            "ثلاثة منتخبات | count exact 3 | منتخبات -",
            "١٩٩٨ | date exact | y=1998 m=None d=None None-None gregorian",
            "٢٠٠٢ | date exact | y=2002 m=None d=None None-None gregorian",
        ],
    ),
    (
        "a list of years joined by «و»",
        "وحقق الفريق ألقاب 2003 و2005 و2011 بقيادة مدربه.",
        [
            "2003 | date exact | y=2003 m=None d=None None-None gregorian",
            "2005 | date exact | y=2005 m=None d=None None-None gregorian",
            "2011 | date exact | y=2011 m=None d=None None-None gregorian",
        ],
    ),
    (
        "«من» and a place or a club is no counted noun",
        "توجهت خمس فرق، ثلاث من الجوف واثنتين من تبوك.",
        ["خمس فرق | count exact 5 | فرق -", "ثلاث | count exact 3 | - -", "اثنتين | count exact 2 | - -"],
    ),
    (
        "«من» and a place or a club is no counted noun",
        "ينحدر عشرون من العراق وستة من باكستان، وقتل ١٢ من عناصره.",
        ["عشرون | count exact 20 | - -", "ستة | count exact 6 | - -", "١٢ من عناصره | count exact 12 | عناصره -"],
    ),
    (
        "«من» and a place or a club is no counted noun",
        "ضمت القائمة 4 من الهلال و2 من القادسية وثلاثة من الحكام.",
        ["4 | count exact 4 | - -", "2 | count exact 2 | - -", "ثلاثة من الحكام | count exact 3 | الحكام -"],
    ),
    (
        "Hijri month names in a list",
        "أنجزت الهيئة في الربع الأخير (رجب - شعبان - رمضان) مشاريع كثيرة.",
        [
            "رجب | date exact | y=None m=7 d=None None-None hijri",
            "شعبان | date exact | y=None m=8 d=None None-None hijri",
            "رمضان | date exact | y=None m=9 d=None None-None hijri",
        ],
    ),
    (
        "Hijri month names in a list",
        "يصرف البدل للأشهر (محرم وربيع الأول) من العام الدراسي.",
        [
            "محرم | date exact | y=None m=1 d=None None-None hijri",
            "ربيع الأول | date exact | y=None m=3 d=None None-None hijri",
        ],
    ),
    (
        "Hijri month names in a list",
        "قال رمضان صبحي إن الفريق جاهز، ووقعت الاتفاقية في أواخر آذار - مارس.",
        # one month named twice is one date, the gloss in its span (session 15, as «أيلول/سبتمبر»)
        ["أواخر آذار - مارس | date exact | y=None m=3 d=None None-None gregorian"],
    ),
    (
        "a number a label noun names",
        "للإبلاغ اتصلوا على رقم الطوارئ «911» أو رقم البلاغات 940 من أي هاتف، وقتل 3 أشخاص.",
        ["3 أشخاص | count exact 3 | أشخاص -"],
    ),
    (
        "a number a label noun names",
        "ترسل الطلبات إلى ص.ب 4521 الرياض أو على الهاتف 0114567890 تحويلة ٣١٢ خلال ١٠ أيام.",
        ["١٠ أيام | duration exact 10 | أيام -"],
    ),
    (
        "a number a label noun names",
        "خصصت الوزارة الرقم ( 937 ) للاستفسارات، وحطم العداء الرقم القياسي 3 مرات.",
        ["3 مرات | count exact 3 | مرات -"],
    ),
    (
        "a number a label noun names",
        "يحمل الطريق رقم أولوية 5 بطول 40 كلم، وتهدف الخطة لرفع هذا الرقم إلى 60 ألف طن.",
        ["40 كلم | measure exact 40 | كلم -", "60 ألف طن | measure exact 60000 | طن -"],
    ),
    (
        "a number after a name and a spaced dash",
        "شارك الوفد في مؤتمر جنيف - 2 الذي عقد بعد 3 أشهر من التحضير.",
        ["3 أشهر | duration exact 3 | أشهر -"],
    ),
    (
        "a number after a name and a spaced dash",
        "أعلنت الشركة نجاح البئر (الخفجي شمال -4) وقال الطفل سعد - 10 سنوات - إنه سعيد.",
        ["10 سنوات | duration exact 10 | سنوات -"],
    ),
    (
        "a number after a name and a spaced dash",
        "توزع المصابون: 5 من جدة - 12 من الطائف، وفي مساء السبت - 14 يوليو ودخلت معاهدة ستارت – 3 في حيز التنفيذ.",
        [
            "5 | count exact 5 | - -",
            "12 | count exact 12 | - -",
            "14 يوليو | date exact | y=None m=7 d=14 None-None gregorian",
        ],
    ),
    # session 15 (q15r): constructions of dev13's errors, written before the rules
    (
        "a clock time before a time zone",
        "وصل 40 مسافرا عند (0530 بتوقيت جرينتش) أمس.",
        ["40 مسافرا | count exact 40 | مسافرا -"],
    ),
    (
        "a clock time before a time zone",
        "انطلقت المباراة في 30ر8 بتوقيت مكة المكرمة بحضور 20 ألف مشجع.",
        ["20 ألف مشجع | count exact 20000 | مشجع -"],
    ),
    (
        "a clock time before a time zone",
        "تبدأ الجلسة ١١ بالتوقيت المحلي وتستمر ثلاث ساعات، وسجل العداء 1260 نقطة بتوقيت قياسي.",
        ["ثلاث ساعات | duration exact 3 | ساعات -", "1260 نقطة | count exact 1260 | نقطة -"],
    ),
    (
        "a month named twice with a dash",
        "وقعت الاتفاقية في 24 تموز - يوليو 2014 في فيينا.",
        ["24 تموز - يوليو 2014 | date exact | y=2014 m=7 d=24 None-None gregorian"],
    ),
    (
        "a month named twice with a dash",
        "قتل 300 شخص منذ آذار- مارس.",
        ["300 شخص | count exact 300 | شخص -", "آذار- مارس | date exact | y=None m=3 d=None None-None gregorian"],
    ),
    (
        "a month named twice with a dash",
        "بدأت المعارك في كانون الثاني – يناير وتوقفت بين آذار - نيسان 2015.",
        [
            "كانون الثاني – يناير | date exact | y=None m=1 d=None None-None gregorian",
            "آذار | date exact | y=None m=3 d=None None-None gregorian",
            "نيسان 2015 | date exact | y=2015 m=4 d=None None-None gregorian",
        ],
    ),
    (
        "a month and «من العام» with a relative word",
        "تولى المدرب مهامه في أكتوبر من العام الماضي.",
        ["أكتوبر من العام الماضي | date exact | y=None m=10 d=None None-None gregorian"],
    ),
    (
        "a month and «من العام» with a relative word",
        "تنتهي الأعمال في شهر مارس من السنة المقبلة.",
        ["شهر مارس من السنة المقبلة | date exact | y=None m=3 d=None None-None gregorian"],
    ),
    (
        "a month and «من العام» with a relative word",
        "أطلق البرنامج في 5 يناير من العام الحالي بميزانية 10 ملايين ريال.",
        [
            "5 يناير من العام الحالي | date exact | y=None m=1 d=5 None-None gregorian",
            "10 ملايين ريال | money exact 10000000 | ريال SAR",
        ],
    ),
    (
        "a Hijri year and the next one with no era",
        "مع بداية العام الدراسي 1436 / 1437 يلتحق 500 طالب.",
        ["1436 / 1437 | date range | y=None m=None d=None 1436-1437 hijri", "500 طالب | count exact 500 | طالب -"],
    ),
    (
        "a Hijri year and the next one with no era",
        "ارتفعت ميزانية العام المالي 1426-1427 إلى 3 مليارات ريال.",
        [
            "1426-1427 | date range | y=None m=None d=None 1426-1427 hijri",
            "3 مليارات ريال | money exact 3000000000 | ريال SAR",
        ],
    ),
    (
        "a Hijri year and the next one with no era",
        "شارك في الدورة ١٤٣٥/١٤٣٦ نحو 40 مرشحا، وبلغ العدد 1436 - 1437 شخصا.",
        [
            "١٤٣٥/١٤٣٦ | date range | y=None m=None d=None 1435-1436 hijri",
            "نحو 40 مرشحا | count approximate 40 | مرشحا -",
            "1436 - 1437 شخصا | count range 1436-1437 | شخصا -",
        ],
    ),
    (
        "a day glued to its month name",
        "بدأ التسجيل في 13شعبان واستمر حتى 18 رمضان.",
        [
            "13شعبان | date exact | y=None m=8 d=13 None-None hijri",
            "18 رمضان | date exact | y=None m=9 d=18 None-None hijri",
        ],
    ),
    (
        "a day glued to its month name",
        "سددت الحكومة دفعتين في 30يونيو و13 يوليو.",
        [
            "دفعتين | count exact 2 | دفعتين -",
            "30يونيو | date exact | y=None m=6 d=30 None-None gregorian",
            "13 يوليو | date exact | y=None m=7 d=13 None-None gregorian",
        ],
    ),
    (
        "a day glued to its month name",
        "أعلن الاتفاق يوم الثلاثاء ١٤يوليو 2015، وأصيب 13مراجعا.",
        [
            "١٤يوليو 2015 | date exact | y=2015 m=7 d=14 None-None gregorian",
            "13مراجعا | count exact 13 | مراجعا -",
        ],
    ),
    (
        "a span of years before Christ",
        "ازدهرت المدينة بين سنتي 4000 ق.م. و2500 ق.م. ثم هجرها 300 شخص.",
        [
            "بين سنتي 4000 ق.م. و2500 ق.م. | date range | y=None m=None d=None -4000--2500 gregorian",
            "300 شخص | count exact 300 | شخص -",
        ],
    ),
    (
        "a span of years before Christ",
        "حكم الملك البلاد بين عامي 1971 و1928 قبل الميلاد.",
        ["بين عامي 1971 و1928 قبل الميلاد | date range | y=None m=None d=None -1971--1928 gregorian"],
    ),
    (
        "a span of years before Christ",
        "ساد المناخ الجاف ما بين سنتي ١٢٠٠٠ ق.م. و9000ق.م. وارتفع الإنتاج بين سنتي 2001 و2007.",
        [
            "ما بين سنتي ١٢٠٠٠ ق.م. و9000ق.م. | date range | y=None m=None d=None -12000--9000 gregorian",
            "بين سنتي 2001 و2007 | date range | y=None m=None d=None 2001-2007 gregorian",
        ],
    ),
    (
        "a single year before Christ",
        "بنيت المدينة في عام 3100 قبل الميلاد وسكنها 4000 شخص.",
        [
            "عام 3100 قبل الميلاد | date exact | y=-3100 m=None d=None None-None gregorian",
            "4000 شخص | count exact 4000 | شخص -",
        ],
    ),
    (
        "a single year before Christ",
        "توفي الفيلسوف سنة ٣٩٩ ق.م. بعد أن حكم 30 عاما قبل الميلاد.",
        [
            "سنة ٣٩٩ ق.م. | date exact | y=-399 m=None d=None None-None gregorian",
            "30 عاما | duration exact 30 | عاما -",
        ],
    ),
    (
        "a single year before Christ",
        "تعود القطعة إلى 2500 ق. م وعثر عليها قبل 2000 عام قبل الميلاد 12 عاملا.",
        [
            "2500 ق. م | date exact | y=-2500 m=None d=None None-None gregorian",
            "2000 عام | duration exact 2000 | عام -",
            "12 عاملا | count exact 12 | عاملا -",
        ],
    ),
    (
        "the first and second of a pair just named",
        "تبيع الشركة الجهاز في نسختين، الأولى بشاشة 24 بوصة والثانية بشاشة 27 بوصة.",
        [
            "نسختين | count exact 2 | نسختين -",
            "24 بوصة | measure exact 24 | بوصة -",
            "27 بوصة | measure exact 27 | بوصة -",
        ],
    ),
    (
        "the first and second of a pair just named",
        "رفض المجلس الاقتراح لسببين رئيسيين: الأول كلفته، أما الثاني فمدته البالغة 5 سنوات.",
        ["سببين رئيسيين | count exact 2 | سببين رئيسيين -", "5 سنوات | duration exact 5 | سنوات -"],
    ),
    (
        "the first and second of a pair just named",
        "يطبق النظام على مرحلتين الأولى هذا العام والمرحلة الثانية بعد عامين، وحل الفريقان في المركزين الأول والثاني.",
        [
            "مرحلتين | count exact 2 | مرحلتين -",
            "الثانية | ordinal exact 2 | - -",
            "عامين | duration exact 2 | عامين -",
            "الأول | ordinal exact 1 | - -",
            "الثاني | ordinal exact 2 | - -",
        ],
    ),
    (
        "missing measure units",
        "تعمل الشاشة بدقة 1080 بيكسل وكاميرا بقوة 8 ميجابيكسل.",
        ["1080 بيكسل | measure exact 1080 | بيكسل -", "8 ميجابيكسل | measure exact 8 | ميجابيكسل -"],
    ),
    (
        "a dimension with «في» and a four-digit side",
        "تبلغ دقة الشاشة 1920 في 1080 بيكسل.",
        ["1920 | measure exact 1920 | - -", "1080 بيكسل | measure exact 1080 | بيكسل -"],
    ),
    (
        "a dimension with «في» and a four-digit side",
        "تبلغ مساحة الأرض 1500 في 2000 متر، وأنشئ الجسر عام 1920 في 300 متر.",
        [
            "1500 | measure exact 1500 | - -",
            "2000 متر | measure exact 2000 | متر -",
            "عام 1920 | date exact | y=1920 m=None d=None None-None gregorian",
            "300 متر | measure exact 300 | متر -",
        ],
    ),
    (
        "a dimension with «في» and a four-digit side",
        "افتتح المصنع في 1990 في 12 دولة، وتعمل الشاشة بدقة ٣٨٤٠ في ٢١٦٠ بكسل.",
        [
            "1990 | date exact | y=1990 m=None d=None None-None gregorian",
            "12 دولة | count exact 12 | دولة -",
            "٣٨٤٠ | measure exact 3840 | - -",
            "٢١٦٠ بكسل | measure exact 2160 | بكسل -",
        ],
    ),
    # money by ellipsis (session 15, q15s): the currency said once, on the first amount
    (
        "money by ellipsis",
        "خصصت اللجنة للفائز الأول 80 ألف درهم، والثاني 60 ألف، والثالث 45 ألف.",  # main: counts
        [
            "الأول | ordinal exact 1 | - -",
            "80 ألف درهم | money exact 80000 | درهم -",
            "الثاني | ordinal exact 2 | - -",
            "60 ألف | money exact 60000 | - -",
            "الثالث | ordinal exact 3 | - -",
            "45 ألف | money exact 45000 | - -",
        ],
    ),
    (
        "money by ellipsis",
        "سجلت الشركة أرباحا بلغت 3.2 مليارات يورو مقابل 2.7 مليارات في العام السابق.",  # main: a count
        ["3.2 مليارات يورو | money exact 3200000000 | يورو EUR", "2.7 مليارات | money exact 2700000000 | - -"],
    ),
    (
        "money by ellipsis",
        "رفعت البلدية قيمة الجائزة إلى 300 ألف ريال بدلاً من 250 ألف، وتسلمها الفائز أمس.",  # main: a count
        ["300 ألف ريال | money exact 300000 | ريال SAR", "250 ألف | money exact 250000 | - -"],
    ),
    (
        "money by ellipsis",
        "تراجعت الخسائر من 900 ملايين دولار لتصبح 650 مليونا بنهاية العام.",  # main: a count
        ["900 ملايين دولار | money exact 900000000 | دولار USD", "650 مليونا | money exact 650000000 | - -"],
    ),
    (
        "money by ellipsis",  # traps: a counted noun, another sentence, an ordinal not before the amount
        "منح الأول 50 ألف ريال، والثاني 40 ألف زائر. وحضر الحفل 30 ألف، وبلغت الكلفة 20 ألف ريال مقابل 15 ألف متفرج.",
        [
            "الأول | ordinal exact 1 | - -",
            "50 ألف ريال | money exact 50000 | ريال SAR",
            "الثاني | ordinal exact 2 | - -",
            "40 ألف زائر | count exact 40000 | زائر -",
            "30 ألف | count exact 30000 | - -",
            "20 ألف ريال | money exact 20000 | ريال SAR",
            "15 ألف متفرج | count exact 15000 | متفرج -",
        ],
    ),
    (
        "two sides of a dimension with no unit",
        "تعرض الشاشة الصور بدقة 2560 × 1440 وتزن 300 غرام.",
        [
            "2560 | measure exact 2560 | - -",
            "1440 | measure exact 1440 | - -",
            "300 غرام | measure exact 300 | غرام -",
        ],
    ),
    (
        "two sides of a dimension with no unit",
        "يرفق المتقدم صورتين ملونتين مقاس (٤×٦) وفاز فريقه 3 - 1.",
        [
            "صورتين ملونتين | count exact 2 | صورتين ملونتين -",
            "٤ | measure exact 4 | - -",
            "٦ | measure exact 6 | - -",
        ],
    ),
    (
        "two sides of a dimension with no unit",
        "امتد الحريق على مساحة 150×80 بسبب الرياح وسجل 33 في 46 مباراة.",
        [
            "150 | measure exact 150 | - -",
            "80 | measure exact 80 | - -",
            "33 | count exact 33 | - -",
            "46 مباراة | count exact 46 | مباراة -",
        ],
    ),
    (
        "a time unit with a qualifier after it",
        "وصلت فرق الإنقاذ بعد ساعة تقريبا من البلاغ.",
        ["ساعة تقريبا | duration approximate 1 | ساعة -"],
    ),
    (
        "a time unit with a qualifier after it",
        "يوصي الأطباء بالمشي لمدة نصف ساعة على الأقل ويزور الطبيب مرة كل شهر تقريبا.",
        ["نصف ساعة على الأقل | duration at_least 0.5 | ساعة -"],
    ),
    (
        "a time unit with a qualifier after it",
        "انتظر المسافرون لمدة أسبوع أو أكثر، وعاد بعد يوم فقط من الحادث.",
        ["أسبوع أو أكثر | duration at_least 1 | أسبوع -"],
    ),
    (
        "a time unit with a qualifier after it",
        "يتحدث المدير مع فريقه كل يوم تقريباً ويجتمع بهم مرة على الأقل.",
        ["مرة على الأقل | count at_least 1 | مرة -"],
    ),
    (
        "«عدة» after a plural, a word that is no noun after it",
        "تعود الأزمة لأسباب عدة أبرزها تراجع الأسعار، وقضى الوفد عدة أيام في المدينة.",
        ["أسباب عدة | count vague mag 1 | أسباب -", "عدة أيام | duration vague mag 1 | أيام -"],
    ),
    (
        "«عدة» after a plural, a word that is no noun after it",
        "وأصيبت السيارة بتلفيات عدة بعدها قررت الشركة التعويض، وتصدوا لهجمات عدة شنتها الميليشيات.",
        ["تلفيات عدة | count vague mag 1 | تلفيات -", "هجمات عدة | count vague mag 1 | هجمات -"],
    ),
    (
        "«عدة» after a plural, a word that is no noun after it",
        "هناك ملفات عدة مطروحة على الطاولة، وزار الوفد دولا عدة مرات وطرح على شكل عدة أسئلة.",
        [
            "ملفات عدة | count vague mag 1 | ملفات -",
            "عدة مرات | count vague mag 1 | مرات -",
            "عدة أسئلة | count vague mag 1 | أسئلة -",
        ],
    ),
    (
        "«ما يقارب من» before a number",
        "يوفر المشروع ما يقارب من 900 مليون ريال ويشغل ما يقارب 40 موظفا.",
        [
            "ما يقارب من 900 مليون ريال | money approximate 900000000 | ريال SAR",
            "ما يقارب 40 موظفا | count approximate 40 | موظفا -",
        ],
    ),
    # session 18, q18c: a bare finite verb bounds the number and stays out of the span; with «ما», a
    # negation or as «يصل إلى» (up to) the phrase stays in (made-up variants)
    (
        "a bare bounding verb stays out of the span",
        "تجاوزت الإيرادات ثم فاقت 3.6 مليار ريال، وتتجاوز 20 مليونا، وقاربت 40 ألف زائر.",
        [
            "3.6 مليار ريال | money more_than 3600000000 | ريال SAR",
            "20 مليونا | count more_than 20000000 | - -",
            "40 ألف زائر | count approximate 40000 | زائر -",
        ],
    ),
    (
        "a bare bounding verb stays out of the span",
        "وبلغت المبيعات ما يتجاوز 500 سيارة ولا يقل عددها عن 10 فروع، ويزيد على 7 أعوام، ولا تقل عن 30 يوما.",
        [
            "ما يتجاوز 500 سيارة | count more_than 500 | سيارة -",
            "10 فروع | count at_least 10 | فروع -",
            "7 أعوام | duration more_than 7 | أعوام -",
            "لا تقل عن 30 يوما | duration at_least 30 | يوما -",
        ],
    ),
    (
        "a bare bounding verb stays out of the span",
        "وقد تصل إلى ثلاث سنوات، ثم اقتربت من 600 مليون جنيه.",
        [
            "تصل إلى ثلاث سنوات | duration at_most 3 | سنوات -",
            "600 مليون جنيه | money approximate 600000000 | جنيه EGP",
        ],
    ),
    (
        "a bare bounding verb stays out of the span",
        "تدير الوزارة مما يزيد على 32 ألف مدرسة، وقد بلغت أدنى مستوياتها فيما يقارب خمسة أعوام.",
        [
            "32 ألف مدرسة | count more_than 32000 | مدرسة -",
            "خمسة أعوام | duration approximate 5 | أعوام -",
        ],
    ),
    # session 20, q20b: «مالا» before a verb that has no negated row in the table (the approximations,
    # «يربو على») is where `Finder.bound_start`'s «مالا» case still decides: the verb stays in; «مالا يقل
    # عن» is a negation row since q19b and never reaches it (made-up variants: no tuning gold, test or
    # unannotated article of 2015-08-06/08-10 has one)
    (
        "«مالا» keeps a bare bounding verb in the span",
        "قتل مالا يقارب 10 أشخاص، وبلغ عددهم مالا يناهز 100 شخص.",
        [
            "يقارب 10 أشخاص | count approximate 10 | أشخاص -",
            "يناهز 100 شخص | count approximate 100 | شخص -",
        ],
    ),
    (
        "«مالا» keeps a bare bounding verb in the span",
        "استمر الحصار مالا تقارب 7 سنوات.",
        ["تقارب 7 سنوات | duration approximate 7 | سنوات -"],
    ),
    (
        "«مالا» keeps a bare bounding verb in the span",
        "حضر الحفل مالا يقترب من 300 شخص.",
        ["يقترب من 300 شخص | count approximate 300 | شخص -"],
    ),
    # session 20, q20b: a bare number right after a noun of numbered things (name_heads.txt) ends its name
    # when no counted noun follows; a designator's number after a bracket or a curly quote; ISO standards
    # (made-up variants; «30 طائرة بوينغ», «2254 مادة», «239 من الركاب» and «عدد الطائرات 20» stay counts)
    (
        "a number right after a name head ends the name",
        "أجرت الشركة تعديلات على الطائرات 777 بينما اشترت 30 طائرة بوينغ.",
        ["30 طائرة | count exact 30 | طائرة -"],
    ),
    (
        "a number right after a name head ends the name",
        "اختفت الرحلة 370 في مارس، وكان على متن الطائرة 239 من الركاب.",
        ["239 من الركاب | count exact 239 | الركاب -"],
    ),
    (
        "a number right after a name head ends the name",
        "ليس في القرار ( 1701 ) ما يمنع ذلك، ونص النظام على 2254 مادة، وحصلت على شهادة الأيزو 9001.",
        ["2254 مادة | count exact 2254 | مادة -"],
    ),
    (
        "a number right after a name head ends the name",
        "وصل عدد الطائرات 20، ونقل المركز الانتخابي رقم ” 313″ إلى مدرسة.",
        ["20 | count exact 20 | - -"],
    ),
    # session 20, q20b: «من X إلى Y» after a word of change (change_words.tsv) is a change, two quantities,
    # the noun and the scale written once after the second counting the first; the size or spread of a
    # change and a sentence with no word of change stay ranges (made-up variants)
    (
        "«من X إلى Y» after a word of change is two quantities",
        "ارتفعت حصيلة الهجوم من 31 إلى 32 قتيلا.",
        ["31 | count exact 31 | قتيلا -", "32 قتيلا | count exact 32 | قتيلا -"],
    ),
    (
        "«من X إلى Y» after a word of change is two quantities",
        "وستكون زيادة رأس المال من 200 إلى 450 مليون ريال، بزيادة قدرها من 15 إلى 25%.",
        [
            "200 | money exact 200000000 | ريال SAR",
            "450 مليون ريال | money exact 450000000 | ريال SAR",
            "من 15 إلى 25% | percent range 15-25 | % -",
        ],
    ),
    (
        "«من X إلى Y» after a word of change is two quantities",
        "رفعت الحكومة نسبته من خمسة إلى عشرين بالمئة، ويسجن المخالف من 3 إلى 5 سنوات.",
        [
            "خمسة | percent exact 5 | بالمئة -",
            "عشرين بالمئة | percent exact 20 | بالمئة -",
            "من 3 إلى 5 سنوات | duration range 3-5 | سنوات -",
        ],
    ),
    (
        "«ما يقارب من» before a number",
        "بلغ عدد الزوار مايقارب من ١٢ ألف زائر خلال يقارب من أسبوع.",
        [
            "مايقارب من ١٢ ألف زائر | count approximate 12000 | زائر -",
            "أسبوع | duration approximate 1 | أسبوع -",
        ],
    ),
    (
        "«ما يقارب من» before a number",
        "تبعد القرية ما يقارب من 40 كم عن المدينة وقرب من 30 منزلا.",
        ["ما يقارب من 40 كم | measure approximate 40 | كم -", "30 منزلا | count exact 30 | منزلا -"],
    ),
    (
        "a year right after a quarter or a half and its rank",
        "تراجعت موجودات الشركة خلال الربع الثاني 2015 بنسبة 2%.",
        [
            "الثاني | ordinal exact 2 | - -",
            "2015 | date exact | y=2015 m=None d=None None-None gregorian",
            "2% | percent exact 2 | % -",
        ],
    ),
    (
        "a year right after a quarter or a half and its rank",
        "حسب نتائج النصف الأول 2015 معدلة لكامل العام، وباع خلال الربع الثاني 1500 سيارة.",
        [
            "2015 | date exact | y=2015 m=None d=None None-None gregorian",
            "الثاني | ordinal exact 2 | - -",
            "1500 سيارة | count exact 1500 | سيارة -",
        ],
    ),
    (
        "a year right after a quarter or a half and its rank",
        "بلغت الإصدارات في الربع الرابع 2014 نحو 7.4 مليارات دولار.",
        [
            "الرابع | ordinal exact 4 | - -",
            "2014 | date exact | y=2014 m=None d=None None-None gregorian",
            "نحو 7.4 مليارات دولار | money approximate 7400000000 | دولار USD",
        ],
    ),
    # session 19, q19a: the counted noun's extent settled by the tuning golds' majority per form (made-up
    # variants; traps: a second noun after «و» right after the noun, a noun in construct after «من», a
    # definite word after a time unit, «نفسه»)
    (
        "a counted noun's coordinated nisba adjectives (session 19)",
        "نظمت الهيئة 22 فعالية علمية ومعرفية، وشارك فيها خمسة مهندسين أمريكيين وبريطانيين.",
        [
            "22 فعالية علمية ومعرفية | count exact 22 | فعالية علمية ومعرفية -",
            "خمسة مهندسين أمريكيين وبريطانيين | count exact 5 | مهندسين أمريكيين وبريطانيين -",
        ],
    ),
    (
        "a counted noun's coordinated nisba adjectives (session 19)",
        "سيرت الشركة 461 رحلة دولية وداخلية، واستقبلت 100 حرفي وحرفية.",
        [
            "461 رحلة دولية وداخلية | count exact 461 | رحلة دولية وداخلية -",
            "100 حرفي | count exact 100 | حرفي -",
        ],
    ),
    (
        "a counted noun's coordinated nisba adjectives (session 19)",
        "تضم القاعة ٣٧٠٠ قطعة أثريه وتراثيه، و20 لوحة فنية ومنها لوحات نادرة.",
        [
            "٣٧٠٠ قطعة أثريه وتراثيه | count exact 3700 | قطعة أثريه وتراثيه -",
            "20 لوحة فنية | count exact 20 | لوحة فنية -",
        ],
    ),
    (
        "a definite nisba after a partitive noun (session 19)",
        "قتل 6 من المسلحين الحوثيين وأصيب ثلاثة من الجنود في المعركة.",
        [
            "6 من المسلحين الحوثيين | count exact 6 | المسلحين الحوثيين -",
            "ثلاثة من الجنود | count exact 3 | الجنود -",
        ],
    ),
    (
        "a definite nisba after a partitive noun (session 19)",
        "عاد الآلاف من اللاجئين الفلسطينيين، واستقبلت البلدية نحو ستين من رؤساء بلديات العالم.",
        [
            "الآلاف من اللاجئين الفلسطينيين | count vague mag 1000 | اللاجئين الفلسطينيين -",
            "نحو ستين من رؤساء | count approximate 60 | رؤساء -",
        ],
    ),
    (
        "a definite nisba after a partitive noun (session 19)",
        "اختير خمسة من المديرين التنفيذيين، وثلاثة من الصحافيين الإسبان.",
        [
            "خمسة من المديرين التنفيذيين | count exact 5 | المديرين التنفيذيين -",
            "ثلاثة من الصحافيين الإسبان | count exact 3 | الصحافيين الإسبان -",
        ],
    ),
    (
        "an adjective agrees with its noun in definiteness (session 19)",
        "أحالت النيابة خمسة متهمين كويتيي الجنسية إلى المحكمة.",
        [
            "خمسة متهمين كويتيي | count exact 5 | متهمين كويتيي -",
        ],
    ),
    (
        "an adjective agrees with its noun in definiteness (session 19)",
        "منحت الدولة 300 شخص الجنسية، واشترت 5 سيارات ألمانية.",
        [
            "300 شخص | count exact 300 | شخص -",
            "5 سيارات ألمانية | count exact 5 | سيارات ألمانية -",
        ],
    ),
    (
        "an adjective agrees with its noun in definiteness (session 19)",
        "استقبل المعرض أكثر من 5 آلاف زائر الفعاليات الختامية.",
        [
            "أكثر من 5 آلاف زائر | count more_than 5000 | زائر -",
        ],
    ),
    (
        "a rate per day, week, month or year after a measure (session 19)",
        "ينتج الحقل 300 ألف برميل في اليوم، وتبلغ طاقة المحطة 10000م3 في اليوم.",
        [
            "300 ألف برميل في اليوم | measure exact 300000 | برميل في اليوم -",
            "10000م3 في اليوم | measure exact 10000 | م3 في اليوم -",
        ],
    ),
    (
        "a rate per day, week, month or year after a measure (session 19)",
        "تصل قدرة الميناء إلى 130 مليون طن في العام، وانخفضت المخزونات 4.4 مليون برميل في الأسبوع الماضي.",
        [
            "130 مليون طن في العام | measure exact 130000000 | طن في العام -",
            "4.4 مليون برميل | measure exact 4400000 | برميل -",
        ],
    ),
    (
        "a rate per day, week, month or year after a measure (session 19)",
        "يبلغ معدل الأمطار 78 ميليمترا في السنة، وقطع 30 كيلومترا في اليوم نفسه.",
        [
            "78 ميليمترا في السنة | measure exact 78 | ميليمترا في السنة -",
            "30 كيلومترا | measure exact 30 | كيلومترا -",
        ],
    ),
    # session 19, q19a: money by ellipsis in thousands (count rule 27 from millions down to thousands)
    (
        "a bare amount in thousands after money in its sentence (session 19)",
        "عوقب اللاعب بغرامة 30 ألف ريال، وزميله بثلاث مباريات و40 ألف لكل منهما.",
        [
            "30 ألف ريال | money exact 30000 | ريال SAR",
            "ثلاث مباريات | count exact 3 | مباريات -",
            "40 ألف | money exact 40000 | - -",
        ],
    ),
    (
        "a bare amount in thousands after money in its sentence (session 19)",
        "تدفع الأسرة 13 ألف ريال للابتدائية، و16 ألفا للمتوسطة، و18 ألفا للثانوية.",
        [
            "13 ألف ريال | money exact 13000 | ريال SAR",
            "16 ألفا | money exact 16000 | - -",
            "18 ألفا | money exact 18000 | - -",
        ],
    ),
    (
        "a bare amount in thousands after money in its sentence (session 19)",
        "بلغت الغرامة 30 ألف ريال. وحضر المباراة 40 ألف متفرج، وشاهدها 50 ألفا.",
        [
            "30 ألف ريال | money exact 30000 | ريال SAR",
            "40 ألف متفرج | count exact 40000 | متفرج -",
            "50 ألفا | count exact 50000 | - -",
        ],
    ),
    (
        "nisba units",
        # read since session 20 (q20a): a nisba in «يين» after a listed dual, unless it starts with «م»
        "قتل جنديين أمريكيين في الهجوم.",
        ["جنديين أمريكيين | count exact 2 | جنديين أمريكيين -"],
    ),
    (
        "an ordinal in an office title or a set name (session 23)",
        # q23b: «النائب الثاني لرئيس مجلس الوزراء» 97 times in 3,014 unannotated articles of 2015-07-22 / 07-31
        "استقبل النائب الثاني لرئيس مجلس الوزراء الوفد، وحل الفريق في المركز الثاني.",
        ["الثاني | ordinal exact 2 | - -"],
    ),
    (
        "an ordinal in an office title or a set name (session 23)",
        "قال النائب الأول لزعيم الحركة إن 3 مقاتلين قتلوا في المرحلة الأولى.",
        ["3 مقاتلين | count exact 3 | مقاتلين -", "الأولى | ordinal exact 1 | - -"],
    ),
    (
        "an ordinal in an office title or a set name (session 23)",
        "شيع الجندي أول سعد العتيبي، ويستعد المنتخب السعودي الأول لمباراة في الدور الأول.",
        ["الأول | ordinal exact 1 | - -"],
    ),
    (
        "a span of days in ordinal words before a month (session 23)",
        "تقام البطولة في الفترة من الخامس وحتى الثاني عشر من أكتوبر المقبل.",
        ["من الخامس وحتى الثاني عشر من أكتوبر المقبل | date range | y=None m=10 d=None 5-12 gregorian"],
    ),
    (
        "a span of days in ordinal words before a month (session 23)",
        "أجري المسح بين الأول والخامس عشر من مايو، وحل في المركز الرابع إلى جانب فريقين.",
        [
            "بين الأول والخامس عشر من مايو | date range | y=None m=5 d=None 1-15 gregorian",
            "الرابع | ordinal exact 4 | - -",
            "فريقين | count exact 2 | فريقين -",
        ],
    ),
    (
        "a span of days in ordinal words before a month (session 23)",
        "يقام المعرض من السابع إلى 20 نوفمبر، وانتقل الفريق من المركز الثالث إلى الأول.",
        [
            "من السابع إلى 20 نوفمبر | date range | y=None m=11 d=None 7-20 gregorian",
            "الثالث | ordinal exact 3 | - -",
            "الأول | ordinal exact 1 | - -",
        ],
    ),
    (
        "a singular unit and «ونصف» with no number (session 23)",
        "توقف العمل في المصنع عاما ونصف العام بعد الحريق.",
        ["عاما ونصف العام | duration exact 1.5 | عاما -"],
    ),
    (
        "a singular unit and «ونصف» with no number (session 23)",
        "انتظر المسافرون ساعة ونصف في المطار، واستمرت الرحلة ثلاث ساعات ونصف.",
        ["ساعة ونصف | duration exact 1.5 | ساعة -", "ثلاث ساعات ونصف | duration exact 3.5 | ساعات -"],
    ),
    (
        "a singular unit and «ونصف» with no number (session 23)",
        "توفي الطفل وعمره سنة ونصف، وبقي نصف وغادر الباقون.",
        ["سنة ونصف | duration exact 1.5 | سنة -"],
    ),
    (
        "a singular unit and «ونصف» with no number (session 23)",
        # the weather report's waves (12 times in 3,014 unannotated articles; dev3's gold has it twice as a range)
        "يكون ارتفاع الموج من متر إلى متر ونصف، ويستغرق العبور ساعة ونصف الساعة.",
        ["من متر إلى متر ونصف | measure range 1-1.5 | متر -", "ساعة ونصف الساعة | duration exact 1.5 | ساعة -"],
    ),
    (
        "codes and idioms that are no quantity (session 23)",
        "للتواصل أرسل رسالة إلى 88548 الاتصالات، 636250 موبايلي، 738303 زين.",
        [],
    ),
    (
        "codes and idioms that are no quantity (session 23)",
        "وكل عام وأنتم بألف خير، وتبرع المحسن بألف ريال.",
        ["ألف ريال | money exact 1000 | ريال SAR"],
    ),
    (
        "codes and idioms that are no quantity (session 23)",
        "لا تجيد الطبخ إلا ست البيت، وحضر ست نساء.",
        ["ست نساء | count exact 6 | نساء -"],
    ),
    (
        "«ثانية» after an indefinite noun in «ة» (session 24)",
        "يرغبون في الزواج مرة ثانية بعد الانفصال، وتبدأ جولة ثانية من المحادثات.",
        ["ثانية | ordinal exact 2 | - -", "ثانية | ordinal exact 2 | - -"],
    ),
    (
        "«ثانية» after an indefinite noun in «ة» (session 24)",  # traps: a phrase, an adverb, the time unit
        "ومن جهة ثانية أغلق المتجر أبوابه ثانية بعد 30 ثانية، في كل ثانية تمر.",
        ["30 ثانية | duration exact 30 | ثانية -"],
    ),
    (
        "«ثانية» after an indefinite noun in «ة» (session 24)",  # trap: a qualifier makes it the time unit
        "لم يستغرق الأمر أكثر من ثانية، ومن ناحية ثانية قال المدير.",
        ["أكثر من ثانية | duration more_than 1 | ثانية -"],
    ),
    (
        "a multiple «ضعف» after a qualifier (session 24)",
        "وهو ما يمثل أكثر من ضعف العدد المعتاد.",
        ["أكثر من ضعف | count more_than 2 | - -"],
    ),
    (
        "a multiple «ضعف» after a qualifier (session 24)",
        "ازدادت نسبتهم لأكثر من الضعف خلال فترة قصيرة، بسبب ضعف الرقابة.",
        ["أكثر من الضعف | count more_than 2 | - -"],
    ),
    (
        "a multiple «ضعف» after a qualifier (session 24)",  # traps: weakness; a number makes it the unit
        "أدى ذلك إلى ضعف الأداء، وارتفع الطلب أكثر من 20 ضعف توقعات المحللين.",
        ["أكثر من 20 ضعف | count more_than 20 | ضعف -"],
    ),
    (
        "a scale, «ونصف» and the scale again with the article (session 24)",
        "يتوقع أن تصل مبيعات المهرجان إلى مليون ونصف المليون ريال.",
        ["مليون ونصف المليون ريال | money exact 1500000 | ريال SAR"],
    ),
    (
        "a scale, «ونصف» and the scale again with the article (session 24)",
        "سيتقاضى راتبا قدره مليون ونصف المليون يورو، وزار المعرض ألف ونصف الألف زائر.",
        ["مليون ونصف المليون يورو | money exact 1500000 | يورو EUR", "ألف ونصف الألف زائر | count exact 1500 | زائر -"],
    ),
    (
        "a scale, «ونصف» and the scale again with the article (session 24)",  # traps: another scale, a unit
        "بلغ عدد الزوار مليون ونصف الموسم الماضي، واستمر عامين ونصف العام.",
        ["مليون ونصف | count exact 1500000 | - -", "عامين ونصف العام | duration exact 2.5 | عامين -"],
    ),
    (
        "«غرة» before a month name is its first day (session 24)",
        "تعقد الجمعية العمومية يوم الأحد الموافق غرة ذي القعدة المقبل.",
        ["غرة ذي القعدة المقبل | date exact | y=None m=11 d=1 None-None hijri"],
    ),
    (
        "«غرة» before a month name is its first day (session 24)",
        "وقعت آخر عملية سرقة غرة شهر شوال، وتقدم ببلاغ في غرة رمضان 1436هـ.",
        [
            "غرة شهر شوال | date exact | y=None m=10 d=1 None-None hijri",
            "غرة رمضان 1436هـ | date exact | y=1436 m=9 d=1 None-None hijri",
        ],
    ),
    (
        "«غرة» before a month name is its first day (session 24)",  # trap: no month name after it
        "لن نشعر ببرودة آخر النهار إلا مع غرة السنة الهجرية الجديدة.",
        [],
    ),
    (
        "a public service's number in brackets (session 24)",
        "أفاد بأن عمليات الهيئة بالمنطقة (٩٩٧) تلقت بلاغاً من مواطن.",
        [],
    ),
    (
        "a public service's number in brackets (session 24)",
        "وبين أن منظومة البلاغات (940) استقبلت أكثر من (45) ألف بلاغ.",
        ["أكثر من (45) ألف بلاغ | count more_than 45000 | بلاغ -"],
    ),
    (
        "a public service's number in brackets (session 24)",  # traps: a noun after it, a count of them
        "تلقت غرف العمليات (997) بلاغاً، وبلغ عددهم (999).",
        ["997) بلاغاً | count exact 997 | بلاغاً -", "999 | count exact 999 | - -"],
    ),
]

XFAILS: list[tuple[str, str, list[str], str]] = [
    (
        "indefinite ordinal adjective",
        "تبدأ الوزارة كمرحلة أولى بتوزيع الأجهزة.",
        ["أولى | ordinal exact 1 | - -"],
        "«أولى» before «بـ» is read as «more worthy of» («الأسرة أولى بالرعاية»)",
    ),
    (
        "missing measure units",
        "يبلغ ارتفاع البرج 140 م.",
        ["140 م | measure exact 140 | م -"],
        "«م» apart from the digits is left unread (it also abbreviates «مساء»)",
    ),
]


@pytest.mark.parametrize(("cls", "text", "expected"), CASES, ids=[f"{c}: {t[:30]}" for c, t, _ in CASES])
def test_class_sentence(cls: str, text: str, expected: list[str]) -> None:
    assert [render(q) for q in analyze(text).quantities] == expected, cls


@pytest.mark.parametrize(
    ("cls", "text", "expected"),
    [pytest.param(c, t, e, marks=pytest.mark.xfail(reason=f"{c}: {r}", strict=True)) for c, t, e, r in XFAILS],
    ids=[f"{c}: {t[:30]}" for c, t, _, _ in XFAILS],
)
def test_class_sentence_not_yet_read(cls: str, text: str, expected: list[str]) -> None:
    assert [render(q) for q in analyze(text).quantities] == expected, cls


def test_every_class_has_three_sentences() -> None:
    by_class: dict[str, int] = {}
    for c, _, _ in CASES:
        by_class[c] = by_class.get(c, 0) + 1
    assert all(n >= 3 for c, n in by_class.items() if "guide gap" not in c), by_class
