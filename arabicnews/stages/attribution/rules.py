"""The attribution rules, as named tables (see :mod:`arabicnews.core.rules`).

Each cue found in the text goes through these tables in order:

1. ``cues``: is it a cue at all here (or part of a name, or a verb already taken into an
   according-to phrase)?
2. ``complementisers``: does a word spelled أن/إن/بأن open reported content? (Asked while the
   content of a cue is looked for.)
3. ``according-to readings``: for «بحسب», «وفق ما أفاد», «على حد قول»: which noun phrase is the
   source and which clause the phrase qualifies.
4. ``speech cues``: for reporting verbs and participles, the refusals once the content marker (a
   quote, a colon, أن/إن or the verb's preposition) is known.
5. ``sources``: where the source of a reporting verb comes from.
6. ``readings``: which reading the verb takes: its content and the kind of attribution.
7. ``speakers``: who speaks when the source is a pronoun, a dropped subject or a short name.

A rule's function looks at the candidate and returns an outcome when it decides, ``None`` when it
passes. Rules that refuse return :data:`REFUSED`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import partial
from typing import Any, Generic, TypeVar

import regex
from attrs import define, evolve, frozen

from arabicnews.core.normalize import normalize
from arabicnews.core.rules import Rule, RuleTable, Verdict
from arabicnews.model.attribution import Attribution, AttributionKind, Source, Speaker
from arabicnews.model.spans import Span
from arabicnews.stages.attribution.index import (
    AN,
    ARTICLE,
    AS_PUT_BY,
    BA,
    BETWEEN,
    CLAUSE_OPENERS,
    DEMONSTRATIVES,
    FA,
    LAM,
    LAM_ARTICLE,
    LONE_LAM,
    NAQAL,
    QUOTE_MARKS,
    TA_MARBUTA,
    TERMINAL,
    ComplementiserCandidate,
    CueMatch,
    QuoteCandidate,
)
from arabicnews.stages.attribution.lexicon import CueInfo
from arabicnews.stages.attribution.phrases import (
    ACCUSATIVE,
    ASIDE_REACH,
    BLAME,
    BUT,
    DASHES,
    GIVING,
    IN,
    INFORMING,
    KANA,
    LINKS,
    NAME_MARKER_REACH,
    OF,
    ON,
    ON_TAKERS,
    PERFECT,
    PRONOUN_PARTICLES,
    QUOTED_NAME_TOKENS,
    ROLE_NAME_QUOTE,
    THANKS,
    TOLD,
    TOLD_THIRD,
    WRITTEN_POSSESSIVES,
    Marker,
)
from arabicnews.stages.attribution.speakers import IN_IT, STIPULATES, WHO_FEMININE, WHO_MASCULINE, Speakers

LAYER = "attributions"
WHAT = ("ما", "لما")
"""«ما» after an according-to word, before the reporting verb that extends it («وفق ما أفاد»)."""
ACCORDING_WITH_MA = ("حسبما", "بحسبما", "وفقما")
"""According-to words with «ما» written on («حسبما ذكرت»)."""
CONTINUED = "تابع"
"""«تابع» "continued", which also writes the participle «تابع» "affiliated to"."""
TO = (*LONE_LAM, "الي")
"""Prepositions an according-to word may take besides its own («وفقا لـ», «استنادا إلى»)."""
QUOTED_NAME = 6
"""How many tokens a quoted name after an according-to word may span («بحسب "الفرنسية"»)."""
SHORT_LEAD = 4
"""How many tokens before an according-to phrase still count as the start of the sentence."""
QUOTED_SUBJECT = 3
"""The most tokens (with its marks) of a quoted name that is a verb's subject right before it («"شل"»)."""
SEMICOLON = "؛"
NAME_FRAME_REACH = 20
"""How many tokens after a short quoted name the verb's own marker may come («"أجوكو"، وهي ...، إن»)."""
NAME_BRACKETS = ("(", ")")
CONCESSIVE_BA = ("بالرغم", "وبالرغم")
"""«بالرغم من»: “in spite of”, no «بـ» of a verb's complement."""
"""Brackets a quoted name's gloss may hold («"الخطة الأميركية" (أميركا كلين باور بلان)، إنه»)."""
NAME_CLOSERS = frozenset("،,؛")
"""What closes a subject's quoted name before the verb's complement («"خالد المنصور"؛ أن», «"إنوكيم"، عن»)."""
WILLED = "شاء"
"""«إن شاء الله»: no complementiser."""
AS = "كما"
PROMISED = "وعد"
QAD = "قد"
WOULD_BE = ("يكون", "تكون", "يكونوا")
"""«يكون قد» before a verb: “would have”, a possibility, not a deed told."""
"""The lemma of «وعد» “promised”: «كما وعد» is “as promised”, and a relative clause's «الذي وعدوا
باستمراره» describes its antecedent."""
"""«كما»: with a reporting verb, "as ... said" («، كما قالت الشرطة.»)."""
NOT_AS = frozenset(normalize(w) for w in ("ليس", "وليس", "ليست", "وليست", "لا", "ولا"))
"""Words that deny the «كما» after them: «وليس كما جاء في شبكة الإنترنت» (not as said)."""
LONG_SOURCE_TAIL = 14
"""At most this many tokens from the source of «كما قال ...» to the full stop that a long source may fill."""
BETWEEN_AFTER = ("من", "ما")
"""«من بين», «ما بين»: always "between"."""
BETWEEN_REACH = 4
"""How many tokens after «بين» the «و» of "between X and Y" may come."""
WA = "و"
UNVEILING = ("أعلن", "كشف", "أفصح", "معلنا")
VIA = "عبر"
NOUN_PREPOSITIONS = ("في", "علي", "الي", "عن", "حول", "بعد", "قبل")
"""Prepositions (normalised) after which a cue word is a verbal noun («في كشف», «بعد إعلان»).
«من» is not one: before a verb it is mostly the relative “who” («هناك من يقول إن»)."""
PRAYED_TO = ("الله", "المولي", "ربه")
NOUN_GOVERNORS = tuple(
    normalize(w) for w in ("رغم", "منذ", "فور", "حسب", "بحسب", "عند", "لدى", "مع", "إثر", "عقب", "حال", "ضمن", "تقديم")
)
WHAT_ASKED = ("ما", "بما", "لما", "مما", "عما")
"""The relative «ما» (with a preposition) before «طلب منه»: “what he was asked”, no report."""
"""Words before «طلب» that take the verbal noun “request” even with a «من» after it («رغم طلب حراس
المسجد ... من الشرطة», «حسب طلب المريض», «تقديم طلب من»); the prepositions of ``NOUN_PREPOSITIONS``
are refused earlier."""
"""Who a prayer is addressed to («دعا الله أن», «داعيا المولى»), normalised."""
CALLS = ("دعا", "داعيا", "تمنى", "متمنيا")
WISHES = ("تمنى", "متمنيا")
"""Wishes: with God the subject of their «أن» clause («متمنين أن يحمينا الله») they are prayers."""
PRAYED_FOR = ("له", "لها", "لهم", "لهما")
"""«دعا له»: prayed for him."""
EXPLAINING = ("أوضح", "بين", "ذكر")
"""Verbs of explaining or mentioning (cue lemmas) that report a noun phrase headed by a noun of explained_nouns.txt."""
DESCRIBED_PREPS = ("في", "فى", "من", "مع", "حول", "علي", "ب")
"""Prepositions a participle describing an according-to source takes («المتخصص في»)."""
PARTICIPLE_PREFIX = "الم"
"""A definite participle of a derived verb («المتخصص», «المقرب»)."""
DESCRIBED_REACH = 14
"""How many tokens the participle's phrase may span before its comma."""
PRAYER_GOODS = ("بالرحمه", "بالشفاء", "بالمغفره", "بالتوفيق", "بالسداد")
"""What a prayer asks for (normalised): «داعين للفقيدة بالرحمة»."""
PRAYER_REACH = 3
COMMON_ADJECTIVES = ("يه", "يين", "يون", "يات")
"""Feminine and plural nisba endings (normalised): after an indefinite noun, an adjective, not a name."""
FROM = "من"
TALKED = "تحدث"
"""The lemma of «تحدث»: a report only with «عن» («تحدث عن خطته»)."""
ABOUT = "عن"
RULED_OUT = "استبعد"
MOVED = "نقل"
"""The lemma of «نقل»: "relayed" with «عن», "moved" with «إلى» («نقل إلى فرنسا»)."""
MOVED_TO = normalize("إلى")
WROTE = "كتب"
ON_IT = tuple(normalize(w) for w in ("عليه", "عليها"))
"""«كتب عليه»: written on a thing (a stamp, a sign), an inscription rather than a report."""
CONFIRMING = "مؤكدا"
"""The lemma of «مؤكدا», whose feminine «مؤكدة» is also the adjective "confirmed" («حالات مؤكدة»)."""
FEMININE_ENDINGS = ("ة", "ات")
"""How an indefinite feminine noun or plural ends as written («إصابة», «حالات»)."""
"""The lemma of «استبعد»: "ruled out" a claim only with «أن»; else "excluded" («استبعد سبعة لاعبين»)."""
RECOMMENDED = "أوصى"
"""The lemma of «أوصى»: a company board's recommendation is its decision, not a report."""
BOARD = ("مجلس", "اداره")
"""«مجلس إدارة» (normalised): the board of directors, whose «أوصى بتوزيع أرباح» is a decision."""
EXPECTED = "توقع"
CONSIDERED = "اعتبر"
HELD_AS = ("بمثابه", "مجرد")
"""Words that open the second object of «اعتبر» («اعتبروا البيان بمثابة بداية», «مجرد خطوة»), folded."""
CONFIRMED = "أكد"
DEFENDED = "دافع"
TEAM_WORDS = tuple(normalize(w) for w in ("ألوان", "شباك", "عرين"))
"""After «دافع عن»: a team's colours or goal («دافع عن ألوان اتلتيكو», «عن شباك الفريق»)."""
INSISTED = ("أصر", "مصرا")
"""The lemmas of «أصر على» and its participle."""
BARE_AN = normalize("أن")
HAMZA_AN = "أن"
"""«أن» as written, with its hamza: a verb may follow it, unlike «إن» or a bare «ان»."""
"""«أن» with no pronoun on it, as the normalised token reads."""
IMPERFECT_PREFIXES = ("ي", "ت", "ن")
"""The letters a present-tense (or subjunctive) verb starts with («أن تقطع», «أن يتم»)."""
"""«أكد», which may take «على» before its noun phrase («أكد على تمسكهم بـ»)."""
"""The lemma of «يعتبر», which is also the passive «يُعتبر» “is considered”."""
LACK = ("عدم", "دون", "بدون")
"""Words after which a cue word is a verbal noun («فضل عدم ذكر اسمه», «دون ذكر أسماء»)."""
DONE = tuple(normalize(w) for w in ("تم", "تمت", "يتم", "تتم", "سيتم", "ستتم", "جرى", "يجري", "سيجري"))
"""Verbs whose subject is a verbal noun («تم نقل المباراة», «يتم طلب الوثائق», «جرى نقل المصابين»)."""
EXPECTED_REACH = 4
"""How far after «يتوقع» an «أن» shows that a subject came first («يتوقع صندوق النقد أن»)."""
COMP_NEAR = 2
"""How close after a participle an «أن» still opens its content («مؤكدا لهم أن»)."""
BAN = "بان"
"""«بأن» as normalised, and the name «بان» (كي مون) written alike without its hamza."""
HAMZA_ON_ALIF = "\u0623"
BARE_ALIF = "\u0627"
"""The bare alif that writes the hamzat wasl of a form VIII or X past («اقترح», «استنكر»)."""
INCREASED = "زاد"
"""«زاد»: “added” after «و»/«ف» («وزاد:»), “increased” otherwise."""
INCREASED_REACH = 6
CONGRATULATED = "هنأ"
"""«هنأ» “congratulated”, spelled like the adverb «هنا» “here” once «أ» is folded (its own row of
cues.tsv: the forms with a pronoun or an ending, «هنأه», «هنأت», are no adverb)."""
HERE = normalize(CONGRATULATED)
WEB_REACH = 4
"""How many words after «موقع» a web word («الإلكتروني», «الرسمي») may stand («لموقع البي بي سي الالكتروني»)."""
PROPOSING = "مقترحا"
"""«مقترحا» “proposing”, spelled like the noun “a proposal” (noun_homographs.txt; session 26, attr26g)."""
SPELLED_ALIKE = (INCREASED, CONGRATULATED, PROPOSING)
"""Lemmas of cue words spelled like a common word of another kind («زاد» “increased”, «هنا» “here»,
«مقترحا» “a proposal”): refused by the ``cues`` table, they are no cue word at all, and end no source nor
content."""
"""How many words after «وزاد» its colon, quote, «أن» or «بالقول» may stand (its subject between)."""
WONDERED = "تساءل"
"""«تساءل» “wondered”, spelled like the noun «تساؤل» “a question” once the hamza is folded."""
HAMZA_ON_WAW = "ؤ"
NAME_AFTER_BAN = ("كي",)
"""The word after the name «بان» in «بان كي مون» (normalised)."""
SHADDA = "\u0651"
DAMMA = "\u064f"
"""A written damma inside a past verb («أُبلغوا», «امتُدحت») marks the passive."""
"""The doubling mark: «بيّن» written with it is the verb, not «بين» "between"."""
ACCUSING = "متهما"
"""The lemma of «متهما»: spelled like the passive «متهم» "accused"."""
PRONOUNS = ("هو", "هي", "هم", "هما", "هن", "انت", "انا", "نحن", "انتم")
"""Personal pronouns (normalised): a participle after one is its predicate («فهي مطالبة بـ»)."""
PHRASE_LINKS = ("في", "علي", "من", "عن")
"""Prepositions whose phrase after an according-to source may still describe it («المتخصص في ...»)."""
PHRASE_REACH = 10
"""How many words such a phrase may span before its comma and «فإن» / «فقد»."""
FRONTED_PHRASE_REACH = 7
"""How many tokens a second fronted phrase may span before its comma and the resumptive «فـ»."""
FATHATAN = "\u064b"
"""The written tanween of the accusative («أحكاماً»)."""
NEGATING_GHAYR = "غير"
"""«غير» (normalised): before a participle it makes a negated adjective («غير متوقعة» "unexpected")."""
CALLING = "دعا"
"""The lemma of «دعا»: after «ما» or «الأمر الذي» it is “led to” («مما دعا الحكومة إلى»)."""
CAUSE_WHAT = ("ما", "مما")
"""«ما», «مما» (normalised): the subject of «دعا» “led to”, not its object («ما دعا إليه»)."""
CAUSE_NOUNS = ("الامر", "امر", "السبب", "الاسباب")
"""Nouns (normalised) that, as the subject of «دعا», make it “led to” («الأمر الذي دعا», «أمر يدعو للغرابة»)."""
RESUMPTIVE_TO = ("اليه", "اليها", "اليهم", "له", "لها", "لهم")
"""«إليه», «له» ... right after «دعا»: «ما» is its object («ما دعا إليه الوزير»), a call after all."""
CITING_PREP = "عن"
"""The preposition of «نقلا عن» (normalised): without it «نقلا» is no report («نقلا الى مستشفى»)."""
OR_WORD = "او"
"""«أو» (normalised): after a comma it opens a second phrase («عبر المصادر البحرية ...، أو من خلال»)."""
PHRASE_ENDS = ("،", ",", ".")
"""A comma or full stop: right after a participle that takes a preposition, it ends the phrase without it."""
CLAUSE_STARTERS = ("كما", "فيما", "حيث", "قد", "ثم", "حين")
"""Words after which a verb opens a clause (normalised; «كما» is not cut from the verb)."""
WRITER_CLAUSES = ("حيث", "بينما", "مما", "الامر")
"""Words that open the writer's own clause after a comma («، حيث», «، مما أدى», «، الأمر الذي»);
not «كما», «فيما», which may go on with what the source said."""
SOME = "البعض"
OTHER = ("اخر", "اخرون", "اخرين")
WARNED = "حذر"
COLONS = (":", "：")
"""A colon token, as the tokenizer writes it."""
DATELINE_REACH = 10
"""How many tokens a dateline («خلود غنام- سبق- الرياض:») may span before its colon."""
DIRECTIVES = ("نصح", "طالب", "دعا", "حث", "ناشد", "أوصى", "اتهم", "طلب")
NO_OBJECT = ("أشار", "نوه", "شدد", "اعترف", "أقر", "تطرق", "أشاد", "ندد", "رحب", "أصر", "أثنى", "تنبأ", "ألمح")
"""Verbs whose preposition follows their subject directly («أشاد الوزير بـ», «اعترف المتهم بـ»): they take
no object, so no noun phrase before the preposition is one called on, accused or told."""
"""Verbs of advising and calling for an action: their present tense reports too («ينصح بـ»)."""
ACCUSED = "اتهم"
"""The lemma of «اتهم»: an accusation is someone's report wherever its verb stands."""
CLAIMED = "ادعى"
"""The lemma of «ادعى» "claimed", whose present «يدعي» is spelled like the passive «يُدعى» once folded."""
ALIF_MAQSURA = "\u0649"
"""ى: a present verb that ends in it is passive («تُدعى»), not «تدعي»."""
SAW = "رأى"
"""The lemma of «رأى» "stated as a view", spelled alike with the noun «رأي» once ى/ي are folded."""
YA = "\u064a"
"""ي: a word that ends in it in the original text is not a verb that ends in ى."""
CONDITIONALS = ("اذا", "لو", "لئن")
"""Conditional particles (normalised): «إذا رأى» is a hypothesis."""
"""The lemmas of calling; called on God, they are prayers."""
CONVICTING = "أدان"
VERDICT_WORDS = ("بتهمه", "بتهم", "بالسجن", "بالاعدام", "بجريمه")
"""Words after «أدان» + object that make it a court's verdict, not a condemnation (normalised)."""
VERDICT_REACH = 6
"""«عبر»: "expressed" only with «عن» after it; otherwise "via" («عبر مساعدات لوجستية»)."""
"""Cues that announce or unveil a thing when no «أن», quote or colon follows («أعلنت حالة الطوارئ»)."""
EVIDENCE_REACH = 2
"""How many words right after (or before) a cue are looked at for an evidence subject."""
EVIDENCE_SUBJECT = 7
"""How far before a cue the «أن» that opens an evidence subject may stand («إلا أن وجود جروح ... يشير»)."""
CONTRAST = ("لكن", "ولكن")
"""«لكن» after a comma opens a new clause (with a pronoun: «، ولكنها»)."""
CONTRAST_BEFORE_AN = ("مع", "الا", "غير")
"""«ومع أن», «إلا أن», «غير أن» after a comma open a new clause."""
OBJECT_PREPS = ("الي", "علي", "ب")
"""Prepositions (normalised) of verbs that name an addressee before them («دعا ... إلى», «حث ... على»)."""
SAYING = "بالقول"
"""The lemma of «بالقول», «بقوله»: the saying word after a framing verb («ختم حديثه بالقول»)."""
SAYING_PARTICIPLE = "قائلا"
"""The lemma of «قائلا»: framed the same way («واختتم الوزير حديثه قائلا إن»)."""
FRAMING = ("ختم", "اختتم", "اكتفي", "انهي", "علق", "رد", "عقب", "تحدث", "دافع", "قلل", "غرد", "مضي")
"""Verbs (normalised) that frame a saying word: their subject is the source («اكتفى الوزير بالقول»;
«وتحدث اللاعب عن ... قائلا», «دافع مارتينو عن ... قائلا», «قلل المتحدث من ... قائلا»: a verb
with its preposition's object, then the saying word; «وغرد الكاتب عبدالرحمن اللاحم قائلاً»:
session 11, twice in 300 unseen articles)."""
RELATIVE_PRONOUN_PPS = ("فيه", "فيها")
"""A relative clause's resumptive «فيه» right after a framing verb («الذي قلل فيه المتحدث»)."""
ENDING_FRAMES = ("ختم", "اختتم", "انهي")
"""Framing verbs that end something: a noun with a pronoun alone after them is what they end («وختم
حديثه قائلا»), not their subject."""
FRAMING_REACH = 12
"""How many tokens before «بالقول» the framing verb may stand (commas between add two each)."""
FEMININE_TA = "ت"
WRITTEN_TA_MARBUTA = "ة"
"""ة as written (the normalised forms write it ه)."""
PRESENT_PREFIXES = ("ي", "ت")
"""The prefixes of a present-tense verb («يرد», «تعلق»)."""
PLURAL_WA = "وا"
"""Endings of a framing verb's feminine and plural forms («وعلقت دار الإفتاء ... قائلة»)."""
APPOSITION_REACH = 10
"""The most words of a role's apposition or a seat between a subject and the comma that closes it."""
DUAL_A = "ا"
"""The dual ending of a past verb after its lemma (normalised): «أكدا» “the two stressed”."""
THREATENED = normalize("هدد")
"""The lemma of «هدد» “threatened”; its present form with no «بـ» after it is “endangers”."""
THREAT_REACH = 10
"""How many words after «يهدد» its «بـ» threat may stand (past a subject and an object: «يهدد الرئيس
المعارضين بالسجن»)."""
OBJECT_SUFFIXES = ("ه", "ها", "هم")
ELATIVE = regex.compile(r"^ال[اأ]\w{3}$")
"""A definite elative («الأكبر», «الأصغر», normalised «الاكبر»): an adjective after a noun with a pronoun."""
"""Pronoun endings of the framing verb's object («حديثه», «كلمتها»), left out of the source."""
THAT = "ذلك"
IN_VENUE = "في"
"""«في» before the occasion or document of a statement («في تصريح صحفي», «في مؤتمر صحفي»)."""
"""«ذلك» right after a verb with nothing reported after it: what was said came before."""
RESUMPTIVE = (
    *("ذلك", "عنه", "عنها", "عنهم", "به", "بها", "فيه", "فيها"),
    *("منه", "منها", "منهم", "عليه", "عليها", "عليهم", "اليه", "اليها", "اليهم"),
)
"""Resumptive words after a reporting verb («أوضح ذلك», «ما صرح به», «ما حذر منه موقع ...», «ما أشار
إليه الوزير»: a preposition with a pronoun is never a subject) that are no source."""
BLESSING = ("الصلاه", "السلام")
"""The blessing after «عليه» («قال عليه الصلاة والسلام», «عليه السلام»), normalised: no subject."""
BLESSING_OPENERS = ("صلي", "صلوات")
"""A blessing right after the verb («قال صلى الله عليه وسلم», «ويقول صلوات الله وسلامه عليه»), normalised: no
subject."""
SORTING = frozenset(
    normalize(w)
    for w in ("ترتيب", "توزيع", "تصنيف", "تقسيم", "فرز", "مرتبة", "موزعة", "مصنفة", "مقسمة", "مرتبين", "موزعين")
)
"""Nouns and participles of sorting, after which «حسب»/«وفق» means “by” («ترتيب الدول حسب الاحتياطيات»)."""
SORTING_BACK = 4
"""How many tokens before an according-to cue a sorting word may stand, with no punctuation between."""
STIPULATED = (*RESUMPTIVE, "عليه", "عليها")
"""What may stand between the verb of an according-to phrase and its subject («ما نص عليه القانون»)."""
OPEN_BRACKET = "("
CLOSE_BRACKET = ")"
"""Brackets that may quote a text after a colon («قال الله تعالى: (...)»)."""
OPEN_BRACKETS = ("(", "{")
CLOSE_BRACKETS = (")", "}")
"""The round and curly brackets a verse or a saying may be quoted in («قال تعالى {...}»)."""
SUBJECT_BEFORE_CLAUSE = 5
"""How many words of a subject may stand between «قال» and a word that opens what was said («وقال محمد
عبدالله معشي لن»)."""
DESCRIBED = "وصف"
LATTER = (normalize("أخير"), normalize("أخيرة"))
"""«هذا الأخير» “the latter” names a person: a subject after the verb, not its object."""
SERVANT = "عبد"
"""«عبد» + a definite word («عبد الله»): one name in two words, not a noun in construct."""
DESCRIBING = (DESCRIBED, "واصفا")
DESCRIBED_SUBJECT = 4
"""How many words after «وصفه» may be its subject before the «بـ» of the description."""
"""The lemmas of «وصف» and its participle."""
"""The lemma of «وصف», whose object comes before its «بـ» content."""
VENUE_PREPOSITIONS = ("في", "فى", "خلال", "اثناء")
"""Prepositions (normalised) of a statement's venue («في كلمته», «خلال الاجتماع», «أثناء اللقاء»)."""
VENUE_COMPLEMENT = 2
"""Words of a «لـ» audience or genitive inside a venue phrase («للجنة العليا»); a longer one is not told."""
ADJECTIVE_AGREEMENT = ("ة", "ي", "ين", "ات", "ون")
"""Endings an adjective after a venue noun carries («خاصة», «الأسبوعي», «الصحفية»)."""
NOT_AUTHORS = frozenset(normalize(w) for w in ("ذلك", "لذلك", "تلك", "هذا", "هذه", "هناك", "هنا", "عام"))
"""Words after a document's adjectives that name no author («وفق الدراسة المالية لذلك»)."""
ADDRESSEE_PREPS = ("الي", "علي", "ب", "من")
"""Prepositions of verbs that may name an addressee before their content («حذر ... من», «دعا ... إلى»)."""
NAME_LINKS = ("بن", "بنت", "ابن", "ابو", "ابي")
"""Words (normalised) after which the next word is part of a name («محمد بن شباب», «أبو ...»)."""
OBLIQUE_PLURAL = "ين"
OBLIQUE_MIN = 7
NOMINATIVE_PLURAL = "ون"
# the plural nisba endings (normalised), which may agree with a genitive plural before them
NISBA_PLURALS = ("يين", "يون")
# «باحثون», «معارضون»: a sound masculine plural, nominative (six letters at least: «قانون», «مليون»
# are nouns; «تلفزيون» is no plural); up to two indefinite adjectives after it; «رفيعو»: in construct
SOUND_PLURAL_MIN = 6
NOT_SOUND_PLURALS = frozenset({"تلفزيون", "بنطلون"})
SOUND_PLURAL_ADJECTIVES = 2
CONSTRUCT_WAW = "و"
"""The nominative ending of a sound masculine plural («الغربيون»): the case of a subject."""
"""A definite word in -ين of at least this length («المشرعين») is an oblique sound plural."""
DUAL_NAMES = frozenset(normalize(w) for w in ("البحرين", "الحرمين", "النهرين", "الرافدين"))
"""Names in -ين that are subjects («وحذرت البحرين من»)."""
ADDED = "أضاف"
GOING_ON = ("قال", ADDED, "تابع")
SAID = "قال"
"""The lemma of «قال», «يقول»: with a long bracketed clause after it, the brackets are its quotation marks."""
BRACKET_QUOTE_REACH = 10
"""How many tokens (a subject, a blessing, an addressee) may come between «قال» and a bracketed quote."""
BRACKET_QUOTE_WORDS = 2
"""How many words a bracketed quote holds at least («(أوبك)», «(الخميس)» are a name and an aside)."""
BRACKET_QUOTE_SPAN = 150
"""How many tokens a bracketed quote may run, inside its paragraph."""
"""«وقال», «وأضاف», «وتابع»: with no subject, a comma or a clause opener after them opens what was said."""
"""The lemma of «أضاف», which before a figure is a gain («أضاف 2.91 نقطة»), not speech."""
ASKED = "طلب"
CONGRATULATING = "هنأ"
"""The lemma of «هنأ», whose object (the one congratulated) comes before its «على/بـ» topic."""
EXPRESSED = "أبدى"
"""The lemma of «أبدى» “expressed”, whose object is a feeling or stance («أبدى ارتياحه»)."""
"""«طلب»: asked (someone for something)."""
DEMANDED = "طالب"
PLURAL_UN = "ون"
"""The nominative plural ending: «طالب» before such a word is the verb with its subject."""
"""«طالب»: demanded, or the noun "student"."""
ASKED_FROM = ("منه", "منها", "منهم", "منهما", "منا", "مني")
"""«طلب منهم»: the «من» of whom it asks, with its pronoun."""
ASKED_SUBJECT = 3
"""The most tokens between «طلب» and its «أن» when no «من» is between (a short subject)."""
ASKED_REACH = 4
ASKED_CONSTRUCT = 3
ASKED_SHE = "طلبت"
"""«طلبت» (normalised as written): "she asked" and "I asked" alike, the first person a speaker's own narration."""
"""How many words the one asked after «طلب من» may span up to its definite or possessed word."""
"""How far after «طلب» its «من» is looked for (a subject of up to three words before it)."""
"""Words right after a verb that point back to what was said («أوضح ذلك مدير ...», «قالوا عنها»)."""


@frozen
class Refusal:
    """The outcome of a rule that refuses a candidate."""


REFUSED = Refusal()


@frozen
class Reading:
    """What a cue reports: the kind of attribution, its sources, content and quotes.

    ``resolve`` is false when no speaker is looked for (a quoted name after an according-to cue).
    """

    kind: AttributionKind
    sources: tuple[Source, ...]
    content: Span
    quotes: tuple[Span, ...]
    resolve: bool = True


# -- candidates ------------------------------------------------------------------------------------


@define
class CueCandidate:
    """A cue found in the text, before its kind is looked at."""

    index: Speakers
    cue: int
    """The cue's first token."""
    match: CueMatch


@define
class Placement:
    """Where an according-to phrase stands in its sentence, and the clauses around it."""

    first: int
    """The sentence's first token."""
    end: int
    """The token after the source."""
    after: int
    """The first token of the clause after the phrase (past a comma or «فإن»)."""
    after_end: int
    front: bool
    """Whether the phrase opens the sentence (or follows a short adverbial and a comma)."""


@define
class AccordingCue:
    """An according-to cue («بحسب», «وفق ما أفاد», «نقلا عن»), extended over what it takes."""

    index: Speakers
    cue: int
    """The cue's first token."""
    info: CueInfo
    cue_start: int
    cue_end: int
    after_cue: int
    """The first token after the (extended) cue."""
    limit: int
    """The end of the sentence."""
    missing_verb: bool = False
    """«على ما» with no reporting verb after it."""
    absorbed: tuple[int, ...] = ()
    """Reporting verbs taken into the cue («أفاد» in «وفق ما أفاد»)."""
    _phrase: tuple[int, tuple[Source, ...]] | None = None
    _placement: Placement | None = None

    def phrase(self) -> tuple[int, tuple[Source, ...]] | None:
        """The end of the source noun phrase after the cue and its sources, or ``None``."""
        if self._phrase is None:
            self._phrase = _according_source(self)
        return self._phrase if self._phrase[1] else None

    def placement(self) -> Placement:
        if self._placement is None:
            got = self.phrase()  # asked only once a source is found
            self._placement = _placement(self, got[0] if got is not None else self.after_cue)
        return self._placement


@define
class SpeechCue:
    """A reporting verb or participle, with where its content starts."""

    index: Speakers
    cue: int
    """The cue's first token."""
    info: CueInfo
    cue_start: int
    cue_end: int
    after_cue: int
    """The first token after the cue (and its preposition)."""
    how: Marker
    """What opens the content."""
    marker_at: int
    """The token of that marker."""
    issuer: int = -1
    """After «جاء في بيان صادر عن»: the first token of the issuer."""
    no_document: bool = False
    """«جاء في» with no document after it."""
    sources: tuple[Source, ...] = ()
    _subject_end: int = -1
    _comp_start: int = -1
    _quote_before: int = -2
    _comp_clause: tuple[tuple[Source, ...], Reading | None] | None = None

    def subject_end(self) -> int:
        """The end of the words between the cue and its content (the subject after the verb)."""
        if self._subject_end < 0:
            self._subject_end = self.index.bounded_source(self.after_cue, self.marker_at)
        return self._subject_end

    def comp_start(self) -> int:
        """Where the content after the complementiser starts (see :func:`_comp_content`)."""
        if self._comp_start < 0:
            self._comp_start = _comp_content(self)
        return self._comp_start

    def quote_before(self) -> int:
        """The closing mark of a quote right before the cue (see :func:`_quote_before`), or -1."""
        if self._quote_before == -2:
            self._quote_before = _quote_before(self)
        return self._quote_before

    def comp_clause(self) -> Reading | None:
        """The clause after the complementiser as content (see :func:`_comp_clause_reading`), worked
        out once for the sources the candidate has: three rules of the readings table read it."""
        memo = self._comp_clause
        if memo is None or memo[0] is not self.sources:
            memo = self._comp_clause = (self.sources, _comp_clause_reading(self))
        return memo[1]


@define
class SpeakerQuestion:
    """Who speaks for a cue, given its sources."""

    index: Speakers
    cue: int
    """The cue's first token."""
    info: CueInfo
    sources: tuple[Source, ...]


C = TypeVar("C")
Out = TypeVar("Out")


class _Rules(Generic[C, Out]):
    """The rules of one table, collected in the order they are written (a decorator per rule)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.rules: list[Rule[C, Out]] = []

    def __call__(
        self, name: str, example: str, verdict: Verdict, *traps: str
    ) -> Callable[[Callable[[C], Out | None]], Callable[[C], Out | None]]:
        """Add the function below as the rule ``name``."""

        def add(decide: Callable[[C], Out | None]) -> Callable[[C], Out | None]:
            self.rules.append(Rule(name, example, verdict, decide, traps))
            return decide

        return add

    def table(self) -> RuleTable[C, Out]:
        return RuleTable(self.name, LAYER, tuple(self.rules))


# -- cues ------------------------------------------------------------------------------------------

_cues: _Rules[CueCandidate, Refusal] = _Rules("cues")


@_cues(
    "a reporting verb taken into an according-to phrase is not a cue again",
    "وقتل ١٢ شخصا في الغارات، وفق ما أفاد المرصد السوري لحقوق الإنسان.",
    "refused",
)
def _absorbed(cand: CueCandidate) -> Refusal | None:
    return REFUSED if cand.cue in cand.index.used else None


@_cues(
    "a cue word inside a name is no cue",
    "والتقى الوزير عبد الله حسب الله بالسفير السعودي في الرياض.",
    "refused",
    "وقتل ١٢ شخصا حسب المرصد السوري.",
)
def _inside_entity(cand: CueCandidate) -> Refusal | None:
    return REFUSED if cand.index.inside_entity(cand.match.cue_start, cand.match.cue_end) else None


@_cues(
    "«بين» before two things joined by «و» is “between”, not «بيّن»",
    "وانحصرت المنافسة بين رونالدو وميسي في السنوات الأخيرة.",
    "refused",
    "وبين المدير أن العمل سينتهي قريبا.",
)
def _between(cand: CueCandidate) -> Refusal | None:
    a, i = cand.index, cand.cue
    if a.bare[i] != BETWEEN:
        return None
    if (i > 0 and a.bare[i - 1] in BETWEEN_AFTER) or a.second_between(i):
        return REFUSED  # «من بين», «بين X وبين Y»
    limit = min(a.sent_limit(i), i + 1 + BETWEEN_REACH)
    for k in range(i + 1, limit):
        if a.punct[k] or a.is_comp(k):
            return None
        if k > i + 1 and a.norm[k].startswith(WA) and len(a.norm[k]) > 2 and k not in a.cue_at:
            return REFUSED
    return None


@_cues(
    "«بين» with no conjunction right after a noun is the preposition “between”",
    "ولم يكن ليتأتى إلا بزرع الشقاق بين مواطنيها على طريقة «فرق تسد».",
    "refused",
    "كما بين الوزير أن العمل سينتهي قريبا.",
    "وبين المدير أن العمل سينتهي قريبا.",
    "ومن جانبه بين المدير أن العمل سينتهي قريبا.",
)
def _between_nouns(cand: CueCandidate) -> Refusal | None:
    a, i = cand.index, cand.cue
    if a.bare[i] != BETWEEN or a.conj[i] or i == 0 or not a.word(i - 1):
        return None
    if a.bare[i - 1] in CLAUSE_STARTERS or i - 1 in a.cue_at or a.is_stop(i - 1):
        return None
    if i >= 2 and a.bare[i - 2] == FROM and a.bare[i - 1].endswith(OBJECT_SUFFIXES):
        return None  # «من جانبهم عبر المواطنون عن سعادتهم»: a fronted «من جهته», then the verb
    # «بيّن» "stated" opens a clause («وبين», «كما بين»); after a noun «بين» is the preposition
    # («الشقاق بين مواطنيها», «النقاشات بين الطرفين»), unless «أن» follows at once or the verb's
    # shadda is written.
    nxt = a.bare[i + 1] if i + 1 < a.n else ""
    return None if a.complementiser_form(nxt) or SHADDA in a.texts[i] else REFUSED


@_cues(
    "a cue word right after a preposition is a verbal noun, not a verb",
    "ونجحت الاختبارات في كشف الدور الذي تلعبه الجينات المفقودة.",
    "refused",
    "وفي المقابل كشف الوزير عن خطة جديدة للطرق.",
    "وقال في كلمته إن المشروع سينتهي قريبا.",
    "وهناك من يقول إن المقاومة تقاتل تحت علم آخر.",
    "وأكد الوزير ذلك في كلمته، مشيرا إلى أهمية التعاون.",
)
def _after_preposition(cand: CueCandidate) -> Refusal | None:
    a, i = cand.index, cand.cue
    if cand.match.info.type not in ("speech", "participle") or i == 0 or a.conj[i]:
        return None
    # «كشفت عن مطالبة عدة دول بتأجيل الاجتماع»: «مطالبة» after a preposition is the verbal
    # noun "demand", not the participle "demanding" (a circumstantial follows its clause, no preposition).
    return REFUSED if a.norm[i - 1] in NOUN_PREPOSITIONS else None


@_cues(
    "a cue word right after «عدم», «دون», «بدون», «تم», «يتم» or «جرى» is a verbal noun, not a verb",
    "ورفض المصدر الذي فضل عدم ذكر اسمه كشف هوية المسافرين.",
    "refused",
    "وأكد الوزير عدم وجود إصابات.",
    "وذكر المصدر أن الطائرة غادرت دون تأخير.",
    "وأكد المدير أنه تم الانتهاء من المشروع.",
    "وتم الاتفاق على الخطة، وقال الوزير إن العمل سيبدأ قريبا.",
)
def _after_lack(cand: CueCandidate) -> Refusal | None:
    a, i = cand.index, cand.cue
    # «عدم ذكر», «دون ذكر»: the masdar (a verb cannot follow these); «وأكد ... عدم» is the verb before.
    # «تم نقل المباراة», «يتم طلب», «جرى نقل المصابين»: these verbs take a verbal noun as their
    # subject, so the word after them is the noun («نقل» "transfer"), never a reporting verb.
    if cand.match.info.type != "speech" or i == 0 or a.conj[i]:
        return None
    return REFUSED if a.bare[i - 1] in LACK or a.bare[i - 1] in DONE else None


@_cues(
    "a past verb spelled like a noun («طلب», «طالب») is a verb only after «و», «ف», «كما», «قد», «أن», a comma,"
    " a fronted adverbial, or before the «من» of whom it asks",
    "وتم الانتهاء بقبول نهائي لـ1500 طالب بعد قبولهم بسبب تفوق مؤهلاتهم.",
    "refused",
    "وكانت الصفقة في حكم المنتهية، إلا أن البلوي طلب من مدير أعماله مهلة لحين معرفة سير المفاوضات.",
    "بدوره طالب الأمين العام لجامعة الدول العربية الدكتور نبيل العربي بضرورة توفير حماية دولية.",
    "وعاد اللاعب إلى التدريبات، في المقابل طلب داسيلفا من جهازه المعاون تجهيز لاعب الارتكاز.",
    "ولحسن الحظ تغيرت نوبة الحراسة، وطلب مأمور المخفر الجديد من التاجر الذهاب للزنزانة.",
    "وطلب الأمير منهم الحضور إلى مكتبه.",
    "قرر الحصول على الدكتوراه، فطلب من زوجته العودة إلى المملكة.",
    "كما طالب الوزير بتحسين الخدمات.",
    "وفي الردود على هذه التغريدات العنصرية طالب مغردون سعوديون بمحاسبة الكاتب.",
    "خلود غنام- سبق- الرياض: طالب عدد من خريجي الانتساب وزيري التعليم والخدمة المدنية بإعادة النظر في الضوابط.",
)
def _noun_homograph(cand: CueCandidate) -> Refusal | None:
    a, i = cand.index, cand.cue
    if i == 0 or cand.match.last != i or a.bare[i] not in a.grammar.noun_homographs:
        return None
    if i + 1 < a.n and a.attached_ba(i + 1) >= 0 and cand.match.info.type != "participle":
        return None  # «طالب بتحسين»: the speech-cue rule on a «بـ» written on the next word decides
    demanded = a.bare[i] == DEMANDED
    asks = a.bare[i] == ASKED and _asks_whom(a, i)
    if a.conj[i]:
        # «، وطلب نقل العداد»: after a comma, «و» joins one more noun to a list of services
        # (a student is no such item: «، وطالب دييغو كوستا بركلة جزاء» is the verb); «ف» joins no
        # noun to a list («، فطلب من زوجته العودة»: the verb), nor does «و» before the «من» of
        # whom it asks («، وطلب منه أن يعفو عنه», «، وطلب مأمور المخفر من التاجر الذهاب»).
        listed = a.is_comma(i - 1) and not demanded and not a.norm[i].startswith(FA) and not asks
        return REFUSED if listed else None
    first = a.sent_first[a.sent_of[i]]
    if demanded and i == first:
        return None  # «طالب مواطنون البلدية بتنظيم ...» opens a paragraph; a student seldom does
    if demanded and _after_dateline(a, first, i):
        return None  # «خلود غنام- سبق- الرياض: طالب عدد من الخريجين ...»: the article's first clause
    if demanded and i + 1 < a.n and a.word(i + 1) and a.bare[i + 1].endswith(PLURAL_UN):
        return None  # «... عنصرية طالب مغردون سعوديون بمحاسبة»: a plural subject (a student is one)
    # «1500 طالب», «تقديم طلب», «امين طالب أن», and at the start of a sentence «طلب السيرة
    # الذاتية لا يختلف»: a noun or a name word. The verb follows «و»/«ف» (above), «كما», «فيما»,
    # «قد», a relative pronoun, a comma, or «أن» written with its hamza («وسبق أن طالب إردوغان»;
    # «إن» and a bare «ان» take a noun).
    before = a.bare[i - 1]
    opens = before in CLAUSE_STARTERS or before in a.grammar.relatives or a.texts[i - 1] == HAMZA_AN
    # «على صعيد آخر، طالب حزب اليسار بعقد ...»: after a comma a clause starts too
    if opens or a.is_comma(i - 1):
        return None
    # «وفي ختام اللقاء طلب الملك ...», «بدوره طالب الأمين العام ...», «حينها طلب الصحفيون ...»: a
    # fronted adverbial (fronted_adverbials.txt, adverbs.txt) ends right before the verb (session 26).
    if _fronted_adverbial(a, i):
        return None
    # «إلا أن البلوي طلب من مدير أعماله مهلة», «اللاعب حسن معاذ طلب من إدارة ناديه إجازة»: «طلب»
    # right before the «من» of whom it asks is the verb after its subject, unless a word that governs
    # a noun stands before it («حسب طلب من ...», «تقديم طلب من»). With a subject between («الماضي طلب
    # البنتاغون من بكين»), the word before may be an adverbial the source rules would take: left.
    # «نفذ ما طلب منه وفق الاتفاقية», «بما طلب منها»: after the relative «ما» the verb names what
    # was asked, it reports nothing.
    asks_next = asks and (a.bare[i + 1] == FROM or a.bare[i + 1] in ASKED_FROM)
    return None if asks_next and before not in NOUN_GOVERNORS and before not in WHAT_ASKED else REFUSED


def _asks_whom(a: Speakers, i: int) -> bool:
    """Whether «من» of whom «طلب» (token ``i``) asks follows it: right after («طلب من», «طلب منه»),
    or after a subject of at most ``ASKED_SUBJECT`` words with no mark, preposition or cue between
    («طلب الاتحاد من لجنة الانضباط»), then a word of the one asked («من» alone ends nothing)."""
    limit = min(a.sent_limit(i), i + 2 + ASKED_SUBJECT)
    for k in range(i + 1, limit):
        if a.bare[k] in ASKED_FROM:
            return True
        if a.bare[k] == FROM:
            return k + 1 < a.n and a.word(k + 1) and a.bare[k + 1] not in PRAYED_TO
        if not a.word(k) or a.is_comp(k) or a.bare[k] in NOUN_PREPOSITIONS or k in a.cue_at:
            return False
    return False


def _fronted_adverbial(a: Speakers, i: int) -> bool:
    """Whether the one to three words right before token ``i`` are a fronted adverbial that opens
    its clause: one of fronted_adverbials.txt («بدوره», «في المقابل», «في ختام اللقاء») or of
    adverbs.txt («حينها», «وقتها»), at the sentence's start or after «و», a comma or a colon."""
    first = a.sent_first[a.sent_of[i]]
    for width in (1, 2, 3):
        s = i - width
        if s < first or not all(a.word(k) for k in range(s, i)):
            return False
        words = " ".join([a.bare[s], *(a.norm[k] for k in range(s + 1, i))])
        if (width == 1 and words in a.grammar.adverbs) or words in a.grammar.fronted_adverbials:
            return s == first or a.conj[s] or not a.word(s - 1)
    return False


def _after_dateline(a: Speakers, first: int, i: int) -> bool:
    """Whether token ``i`` comes right after the colon of a dateline that opens its sentence («خلود
    غنام- سبق- الرياض: طالب ...»): a colon within ``DATELINE_REACH`` tokens of the sentence start,
    with no cue before it (a colon after a cue opens a quote: «وقال: طالب الجامعة ...»)."""
    if i - 1 <= first or a.texts[i - 1] not in COLONS or i - 1 - first > DATELINE_REACH:
        return False
    return not any(k in a.cue_at for k in range(first, i - 1))


@_cues(
    "a promise told in a relative clause or as a mere possibility is no report",
    "وكان قطع الطرق المتنفس الوحيد للتعبير عن غضبهم الذي وعدوا باستمراره.",
    "refused",
    "ووعد الأمير فيصل الشباب بإيجاد ما يرضيهم من فعاليات.",
    "وأرسل نائبه بهاء الأعرجي الذي أكد أن الخط سينجز خلال عشرة أيام.",
    "وقال: «لا يمكن أن يكون قد قال أحدهم ذلك».",
)
def _promise_in_relative(cand: CueCandidate) -> Refusal | None:
    # «غضبهم الذي وعدوا باستمراره», «والتي وعدوا باستمرارها»: the writer describes the anger by a
    # promise made somewhere else; «لا يمكن أن يكون قد وعد أحدهم بأي شيء»: a promise denied as a
    # possibility. A reporting verb there («الذي أكد أن») still reports.
    a, i = cand.index, cand.cue
    if cand.match.info.lemma != PROMISED or i == 0:
        return None
    if a.bare[i - 1] in a.grammar.relatives:
        return REFUSED
    return REFUSED if i > 1 and a.bare[i - 1] == QAD and a.bare[i - 2] in WOULD_BE else None


@_cues(
    "a verb that ends in ى written with ي is a noun or a name («رأي» “opinion”, «روي» Roy)",
    "بناء على تقرير رأي خطي صادر عن طبيب.",
    "refused",
    "ورأى الوزير أن الخطة ستنجح.",
    "وروى المواطن أنه فوجئ بطلب الراعي.",
)
def _opinion_noun(cand: CueCandidate) -> Refusal | None:
    a, i = cand.index, cand.cue
    lemma = cand.match.info.lemma
    if not lemma.endswith(ALIF_MAQSURA) or cand.match.last != i:
        return None
    text = a.texts[i]
    if not text.endswith(YA):
        return None
    # ي/ى folding makes «رأي», «راي» (a name: «جون راي»), «روي» (Roy), «نفي» (the verbal noun)
    # the verb; the original spelling decides («ينفي», the present, keeps its ي).
    stem = text[1:] if a.conj[i] else text
    return REFUSED if lemma == SAW or normalize(stem[:-1]) == normalize(lemma[:-1]) else None


@_cues(
    "«هنأ» written without its hamza is «هنا» “here”, not the verb “congratulated”",
    "وهنا أكد الوزير أن العمل سيبدأ قريبا.",
    "refused",
    "وهنأ السفير المنتخب السعودي على هذا الإنجاز المشرف.",
)
def _here(cand: CueCandidate) -> Refusal | None:
    a, i = cand.index, cand.cue
    # Folding «أ» to «ا» makes the verb «هنأ» the adverb «هنا»; the original spelling decides.
    if cand.match.info.lemma != CONGRATULATED or a.bare[i] != HERE:
        return None
    return None if HAMZA_ON_ALIF in a.texts[i] else REFUSED


@_cues(
    "«تساؤل» written with «ؤ» is the noun “a question”, not the verb «تساءل» “wondered”",
    "وطرحت المجلة تساؤل عن المساهمة في إقالة الشركات من عثراتها.",
    "refused",
    "وتساءلت المجلة عن مرد ذلك إلى ضعف رؤوس الأموال.",
)
def _question_noun(cand: CueCandidate) -> Refusal | None:
    # Folding the hamza makes the noun «تساؤل» (after «طرح», «أثار») the verb «تساءل», which takes
    # «عن» + what was asked; the verb's forms have no «ؤ», so the written one decides.
    a, i = cand.index, cand.cue
    if cand.match.info.lemma != WONDERED:
        return None
    return REFUSED if HAMZA_ON_WAW in a.texts[i] else None


@_cues(
    "a feminine participle written with ه, not ة, is a noun with its pronoun («من مطالبه»)",
    "وعلى كل جانب أن يتخلى عن قسم من مطالبه لتحقيق الشق الأهم.",
    "refused",
    "وأكد الوزير أن العمل مستمر، مطالبة الشركات بالالتزام بالمواعيد.",
    "وقالت الوزيرة إن العمل مستمر، مشيرة إلى وجود تعاون مع الأمانة.",
)
def _possessed_participle(cand: CueCandidate) -> Refusal | None:
    a, i = cand.index, cand.cue
    # Folding ة to ه makes «مطالبه» (his demands), «مضيفه» (its host) the participles «مطالبة»,
    # «مضيفة»; no participle form of the lists ends in ه, so the written ه decides.
    return REFUSED if cand.match.info.type == "participle" and a.written_ha(i) else None


@_cues(
    "«تابع» right after a noun, with «لـ» on the next word, is the adjective “affiliated to”",
    "ووقع إطلاق نار قرب مركز تدريب تابع للجيش الأميركي، من دون أن يسفر عن إصابات، كما أنه لم يعرف مطلقه.",
    "refused",
    "وتابع لصحيفة بيلد: «لم نتلق أي عرض حتى الآن».",
)
def _affiliated(cand: CueCandidate) -> Refusal | None:
    a, i = cand.index, cand.cue
    # «مركز تدريب تابع للجيش», «بيان تابع للحكومة»: the active participle of «تبع» agrees with the
    # noun before it; the verb «تابع» "continued" opens its clause («وتابع لصحيفة ...:»). The «لـ» is
    # the one the clitic segmenter splits off (a «لمكتب» it keeps whole is not seen).
    if cand.match.info.lemma != CONTINUED or a.conj[i] or i == 0 or i + 1 >= a.n or not a.lpre[i + 1]:
        return None
    before = a.bare[i - 1]
    if not a.word(i - 1) or before in CLAUSE_STARTERS or before in a.grammar.relatives:
        return None
    return REFUSED


@_cues(
    "a cue after a conditional particle is a hypothesis, not a report",
    "ويحق للمدير التوجه إلى المحكمة إذا ما رأى أن هناك خطرا على حياته.",
    "refused",
    "ورأى الوزير أن الخطة ستنجح إذا توفر التمويل.",
)
def _conditional(cand: CueCandidate) -> Refusal | None:
    a, i = cand.index, cand.cue
    if cand.match.info.type != "speech":
        return None
    k = i - 1
    if k >= 0 and a.bare[k] in WHAT:
        k -= 1  # «إذا ما رأى»
    return REFUSED if k >= 0 and a.bare[k] in CONDITIONALS else None


@_cues(
    "«يدعى», «تدعى» written with ى is the passive “is called”, not «يدعي» “claims”",
    "ونقلت الصحيفة عن المرأة التي تدعى لينا أن الأحكام قاسية.",
    "refused",
    "وتدعي الشركة أن المنتج آمن تماما.",
)
def _called(cand: CueCandidate) -> Refusal | None:
    a, i = cand.index, cand.cue
    if cand.match.info.lemma != CLAIMED or cand.match.last != i or not cand.match.info.present:
        return None
    return REFUSED if a.texts[i].endswith(ALIF_MAQSURA) else None


@_cues(
    "a verb of form VIII or X written with «أ» is the first person («أقترح» “I propose”), not the past «اقترح»",
    "وهذا ما جعلني أقترح أن تمارس الوزارة دورا أكبر.",
    "refused",
    "واقترح الوزير أن تمارس الوزارة دورا أكبر.",
    "وانتقد الوزير أداء الشركة.",
)
def _first_person(cand: CueCandidate) -> Refusal | None:
    a, i = cand.index, cand.cue
    info = cand.match.info
    # The past of these verbs opens with a hamzat wasl, written as a bare «ا»; «أ» there is the
    # prefix of the first person singular present, the writer's (or a quoted speaker's) own voice.
    if info.type != "speech" or not info.lemma.startswith(BARE_ALIF):
        return None
    text = a.texts[i]
    stem = text[1:] if a.conj[i] else text
    return REFUSED if stem.startswith(HAMZA_ON_ALIF) else None


@_cues(
    "«زاد» is “added” only after «و» or «ف» and before a colon, a quote, «أن» or «بالقول»; else “increased”",
    "ونجحت الاختبارات التي زاد عددها على 150 اختبارا في كشف أن الجين مسؤول عن السمع.",
    "refused",
    "وزاد: «الواقع العسكري يعززه صمود المقاومة».",
    "وزاد المسؤول أن الخطة ستنفذ هذا العام.",
)
def _increased(cand: CueCandidate) -> Refusal | None:
    a, i = cand.index, cand.cue
    if cand.match.info.lemma != INCREASED:
        return None
    if not a.conj[i]:
        return REFUSED
    # «، وزاد إجمالي السحب النقدي بنسبة 9.7%»: a rise, which must not end the content before it.
    for k in range(i + 1, min(a.n, i + 1 + INCREASED_REACH)):
        if k in a.closer or a.bare[k] in (SAYING, SAYING_PARTICIPLE) or a.complementiser_form(a.bare[k]):
            return None
        if a.punct[k]:
            return None if a.texts[k] in COLONS else REFUSED
    return REFUSED


@_cues(
    "a reporting verb joined by «و» right after another is its coordinate («يستنكر ويشجب»): one act, one cue",
    "وأوضح أن الشعب السوري يستنكر ويشجب بأشد العبارات دور النظام الإيراني.",
    "refused",
    "وندد الوزير بالهجوم، وشجب استهداف المدنيين.",
)
def _coordinate(cand: CueCandidate) -> Refusal | None:
    a, i = cand.index, cand.cue
    if not a.conj[i] or i == 0 or cand.match.info.type != "speech":
        return None
    before = a.cue_at.get(i - 1)
    return REFUSED if before is not None and before.last == i - 1 and before.info.type == "speech" else None


@_cues(
    "a past verb written with a damma inside it is the passive («أُبلغوا» “they were told”): no one speaks in it",
    "وقال المسافرون إنهم أُبلغوا بوجود شحنة مشتبه بها على متن الطائرة.",
    "refused",
    "وأبلغوا الشرطة بوجود شحنة مشتبه بها على متن الطائرة.",
    "وقالتُ لهم إن الموعد تأجل.",
)
def _vocalised_passive(cand: CueCandidate) -> Refusal | None:
    # Only where the writer vocalised it: the active past has no damma before its last letter
    # (the first person «قلتُ» has it on the last one), so one there is the passive's.
    a, i = cand.index, cand.cue
    if cand.match.info.type != "speech" or cand.match.info.present or cand.match.last != i:
        return None
    text = a.texts[i].rstrip(DAMMA)
    return REFUSED if DAMMA in text[:-1] else None


@_cues(
    "a participle right after a number is a noun («29 متهما»)",
    "ويحاكم أمام المحكمة 29 متهما بتهمة تفجير المسجد.",
    "refused",
    "ونفى الوزير الخبر، متهما الصحيفة بالتضليل.",
    "وبلغت المساحة 3460م2 لافتًا إلى أن نسبة الإنجاز 80%.",
)
def _counted_noun(cand: CueCandidate) -> Refusal | None:
    a, i = cand.index, cand.cue
    if cand.match.info.type != "participle" or i == 0:
        return None
    num = a.toks[i - 1]
    # A number glued to a unit before it («3460م2 لافتًا إلى») is a measure, not a count.
    whole = i < 2 or a.ends[i - 2] < num.start
    return REFUSED if num.kind == "number" and whole else None


@_cues(
    "«أضاف» right before a figure is a gain («أضاف 2.91 نقطة»), not speech",
    "وتلاه سهم الشركة بعد أن أضاف 2.91 نقطة.",
    "refused",
    "وأضاف أن 30 شخصا أصيبوا.",
    "وأضاف الوزير: 20 مدرسة ستفتتح.",
)
def _gain(cand: CueCandidate) -> Refusal | None:
    a, match = cand.index, cand.match
    k = match.last + 1
    if match.info.lemma != ADDED or k >= a.n:
        return None
    return REFUSED if a.toks[k].kind == "number" else None


@_cues(
    "«يتوقع» + an indefinite noun with no «أن» after it is the passive “is expected”",
    "وتكون السماء غائمة، ويتوقع هطول أمطار رعدية على المرتفعات.",
    "refused",
    "ويتوقع محللون أن ترتفع الأسعار.",
    "ويتوقع الخبراء ارتفاع الأسعار.",
)
def _expected(cand: CueCandidate) -> Refusal | None:
    a, i = cand.index, cand.cue
    match = cand.match
    if match.info.lemma != EXPECTED or not match.info.present or match.last + 1 >= a.n:
        return None
    p = match.last + 1
    # «يُتوقع هطول أمطار»: no subject, an indefinite verbal noun; «يتوقع محللون أن», «يتوقع
    # الخبراء ارتفاع» have theirs.
    if not a.word(p) or a.definite(p) or a.is_role(p) or a.head(p) in a.lex.unnamed or a.is_stop(p):
        return None
    limit = min(a.sent_limit(i), p + EXPECTED_REACH)
    return None if any(a.is_comp(k) for k in range(p, limit)) else REFUSED


@_cues(
    "«يتوقع أن» with no subject, after a comma or a relative, is the passive “it is expected”",
    "وسيصل اللاعب اليوم، ويتوقع أن يبدأ التدريبات غدا.",
    "refused",
    "ويتوقع محللون أن ترتفع الأسعار.",
    "وقال الوزير إنه يتوقع أن ترتفع الأسعار.",
)
def _expected_that(cand: CueCandidate) -> Refusal | None:
    a, i = cand.index, cand.cue
    match = cand.match
    p = match.last + 1
    if match.info.lemma != EXPECTED or not match.info.present or p >= a.n or not a.is_comp(p) or i == 0:
        return None
    # «، ويتوقع أن يحاول فيه المدرب», «وهو العام الذي يتوقع أن يبلغ فيه»: nobody expects; a
    # subject before it («إنه يتوقع أن», «الوزير يتوقع أن») or after it («يتوقع محللون أن») reports.
    before = a.bare[i - 1]
    return REFUSED if a.punct[i - 1] or before in a.grammar.relatives else None


@_cues(
    "«يعتبر» + an indefinite word with no «أن» of its own after it is the passive “is considered”",
    "والعمل الصناعي الخفيف يعتبر مؤهلاً لتطبيق الاشتراطات، بالإضافة إلى أن بعض الصناعات تحتاج إلى الدقة.",
    "refused",
    "ويعتبر محللون أن الخطة ناجحة.",
    "ويعتبر الخبراء أن الخطة ناجحة.",
)
def _considered(cand: CueCandidate) -> Refusal | None:
    a, i = cand.index, cand.cue
    match = cand.match
    if match.info.lemma != CONSIDERED or not match.info.present or match.last + 1 >= a.n:
        return None
    p = match.last + 1
    # «يُعتبر مؤهلاً», «لا يعتبر ترشيحاً نهائياً»: no subject, a predicate in the accusative;
    # «يعتبر محللون أن» has its subject and its own «أن» (a «وأن» is a later, parallel clause).
    if not a.word(p) or a.definite(p) or a.is_role(p) or a.head(p) in a.lex.unnamed or a.is_stop(p):
        return None
    limit = min(a.sent_limit(i), p + EXPECTED_REACH)
    return None if any(a.is_comp(k) and not a.conj[k] for k in range(p, limit)) else REFUSED


@_cues(
    "a reporting verb right before «قائلا» or «بالقول» frames it: the saying word is the cue",
    "وتابع قائلا: «نعرف الثمن الذي دفعناه».",
    "refused",
    "وتابع الوزير: «نعرف الثمن الذي دفعناه».",
)
def _framing_verb(cand: CueCandidate) -> Refusal | None:
    a, match = cand.index, cand.match
    j = match.last + 1
    # «وتابع قائلا»: one report, said with «قائلا» (the guideline's cue, as after «ختم حديثه»).
    if match.info.type != "speech" or j >= a.n or j not in a.cue_at:
        return None
    return REFUSED if a.cue_at[j].info.lemma in (SAYING, SAYING_PARTICIPLE) else None


@_cues(
    "a verb of giving («قدّم», «تقدّم بـ», «رفع», «مقدّما») reports only thanks, condolences or congratulations",
    "وقدم الفريق عرضا قويا في المباراة.",
    "refused",
    "وقدم معاليه شكره وتقديره لمقام خادم الحرمين الشريفين.",
    "كما تقدموا بشكرهم على ما تبذله الحكومة تجاه الشعب اليمني.",
    "ورفع الأمير أحر التعازي لأسر الشهداء.",
)
def _giving_without_thanks(cand: CueCandidate) -> Refusal | None:
    # «قدم الوزير واجب العزاء» (a visit), «تقدم الفريق» (moved ahead), «رفع الأسعار»: the verb reports
    # only with a noun of thanks.txt within reach; «شكرا» inside a quote is an interjection, no noun.
    a, match = cand.index, cand.match
    if match.info.prep != THANKS:
        return None
    return REFUSED if a.thanks_object(match.last + 1) < 0 else None


@_cues(
    "«حمّل» reports only where it lays a responsibility on someone («حمّله المسؤولية»)",
    "وحمل الطالب حقيبته إلى المدرسة.",
    "refused",
    "وحمّل الرئيس الحكومة المسؤولية الكاملة عن الجرائم.",
    "محملا الحوثيين المسؤولية عن سلامتهم.",
)
def _blame_without_responsibility(cand: CueCandidate) -> Refusal | None:
    # «حمل حقيبته» “carried”, «حمل الأمم المتحدة على تشكيل» “led to”; with «المسؤولية» after it, «حمّل X
    # المسؤولية» lays the responsibility on X: an accusation. After a preposition («على حمل هذه المسؤولية»)
    # the rule «a cue word right after a preposition is a verbal noun» refuses it first.
    a, match = cand.index, cand.match
    if match.info.prep != BLAME:
        return None
    return REFUSED if a.thanks_object(match.last + 1, BLAME) < 0 else None


@_cues(
    "a cue word read off a word after «و» right after a relative pronoun is the word's own «و» («التي وردت» “arrived”)",
    "وبلغ عدد سيارات التمور التي وردت لساحة السوق أمس 1467 سيارة.",
    "refused",
    "وقال الوزير الذي ورد اسمه في القائمة إن العمل سيبدأ قريبا.",
    "والتقى اللاعب الذي وحسب مصادر الصحيفة هو سوري الجنسية بالمدرب.",
    "وزار الأمير المصابين الذين ردوا على أسئلته.",
)
def _waw_of_the_word(cand: CueCandidate) -> Refusal | None:
    # «التي وردت لساحة السوق» (ورد “arrived”), «المزارعين الذين وردوا محصولهم» (ورّد “supplied”): a
    # relative pronoun is followed by its clause's verb, never by «و», so the «و» is the word's own
    # letter and no «ردّ» “replied” is there (attr25f: 13 of 14 in the unannotated days; a cue read off
    # it ends the clause of a content that runs over it). An according-to cue after «الذي و» is one:
    # «الذي وحسب مصادر الصحيفة هو» opens an aside inside the relative clause.
    a, i = cand.index, cand.cue
    if i == 0 or not a.conj[i] or cand.match.info.type not in ("speech", "participle"):
        return None
    return REFUSED if a.bare[i - 1] in a.grammar.relatives and not a.punct[i - 1] else None


CUES = _cues.table()


# -- complementisers -------------------------------------------------------------------------------

_complementisers: _Rules[ComplementiserCandidate, bool] = _Rules("complementisers")


@_complementisers(
    "«أن» after «بعد», «قبل» or «إلا» opens no reported content",
    "وقال الوزير بعد أن التقى نظيره إن المحادثات كانت مثمرة.",
    "refused",
    "وقال الوزير إن المحادثات كانت مثمرة.",
)
def _time_or_contrast(cand: ComplementiserCandidate) -> bool | None:
    a, i = cand.index, cand.token
    return False if i > 0 and a.bare[i - 1] in a.grammar.not_complementiser_after else None


@_complementisers(
    "«بان» written without hamza before a preposition is the name Ban, not «بأن»",
    "واعرب بان في بيانه عن قلقه العميق ازاء الوضع المالي للوكالة.",
    "refused",
    "وأكد الوزير بان الحريق شب في المطبخ.",
)
def _ban(cand: ComplementiserCandidate) -> bool | None:
    a, i = cand.index, cand.token
    if a.bare[i] != BAN or HAMZA_ON_ALIF in a.texts[i] or i + 1 >= a.n:
        return None
    # «بأن» is followed by its clause's subject; «بان كي مون» by his name or, as the subject of the
    # verb before, by a preposition («اعرب بان في بيانه عن»).
    return False if a.bare[i + 1] in NAME_AFTER_BAN or a.bare[i + 1] in a.lex.stops else None


@_complementisers("«أن», «إن» and «بأن» open reported content", "وأكد المتحدث أن الحريق شب في المطبخ.", "took")
def _opens_content(cand: ComplementiserCandidate) -> bool | None:
    return True


COMPLEMENTISERS = _complementisers.table()


# -- quote pairing ---------------------------------------------------------------------------------

_quote_pairing: _Rules[QuoteCandidate, bool] = _Rules("quote pairing")


@_quote_pairing(
    "a straight mark with a space before it and a word glued after it, inside an open quote of the same mark, "
    "opens a quote inside it when a closing-shaped mark follows it in its sentence and one more closes the outer",
    'وقال المدير: "سجلنا الطلب على نظام "إحالتي" وننتظر الرد من الوزارة".',
    "took",
    'وقال المدير: "سجلنا الطلب على نظام "إحالتي" وننتظر الرد.',
    'وقال المدير: "سجلنا الطلب على النظام "وأضاف أن "الرد" تأخر.',
    'وقال المدير: "سجلنا الطلب على النظام "، وأضاف أن الرد تأخر.',
)
def _quote_inside_quote(cand: QuoteCandidate) -> bool | None:
    # «"سجلنا الطلب على نظام "إحالتي" وننتظر الرد"»: typed with one straight mark, a quoted name inside
    # a quote has an opening mark's shape (a space before it, the name glued after it) and a closing
    # mark's shape after the name; closing the outer quote there cuts the content at the name
    # (attr20b: 6 direct contents in 5 tuning sets, 15 in the unannotated days). A sloppy closing mark
    # glued to the next word («النظام "وأضاف») is followed by an opening mark, not a closing one;
    # with no mark left to close the outer quote in the paragraph, the marks pair in turn.
    a, i = cand.index, cand.mark
    if not (a.spaced_before(i) and a.opens_word(i)):
        return None
    j = a.next_same.get(i, -1)
    if j < 0 or a.sent_of[j] != a.sent_of[i] or not a.closes_word(j):
        return None
    k = a.next_same.get(j, -1)
    if k < 0 or (a.spaced_before(k) and a.opens_word(k)):
        return None
    return True if "\n" not in a.text[a.ends[i] : a.starts[k]] else None


QUOTE_PAIRING = _quote_pairing.table()


# -- according-to readings -------------------------------------------------------------------------

_according: _Rules[AccordingCue, Reading | Refusal] = _Rules("according-to readings")


def according_cue(a: Speakers, i: int, match: CueMatch) -> AccordingCue:
    """The according-to cue at ``i``, extended over a reporting verb and its preposition."""
    info, j = match.info, match.last
    limit = a.sent_limit(i)
    k = j + 1
    cand = AccordingCue(a, i, info, match.cue_start, match.cue_end, k, limit)
    if info.prep == "verb":
        # «على ما أفاد»: only with a reporting verb after it.
        if a.verb_at(k) is None or k >= limit:
            cand.missing_verb = True
            return cand
        k = _whole_verb(a, k)
        cand.cue_end = a.ends[k]
        cand.absorbed = (cand.after_cue,)
        k += 1
    # «وفق ما أفاد», «حسبما ذكرت», «وفقا لما نقلته»: a reporting verb extends the cue.
    if k < limit and (a.bare[k] in WHAT or a.bare[j] in ACCORDING_WITH_MA):
        v = k + 1 if a.bare[k] in WHAT else k
        if a.verb_at(v) is not None or _issued_what(a, v, limit):
            last = _whole_verb(a, v)
            cand.cue_end = a.ends[last]
            cand.absorbed = (*cand.absorbed, v)
            k = last + 1
    if info.prep and info.prep != "verb" and k < limit and (a.bare[k] == info.prep or a.bare[k] in TO):
        cand.cue_end = a.ends[k]
        k += 1
    cand.after_cue = k
    return cand


def _issued_what(a: Speakers, v: int, limit: int) -> bool:
    """Whether ``v`` after «بحسب ما», «وفقا لما» is a verb of issuing with the pronoun that points back
    to «ما» and a word after it (issuing_verbs.txt): «وحسب ما نشرته صحيفة «ويتشيتا ايقل»», «وفقا لما بثه
    التلفزيون الرسمي»: what the subject published is what it reported, as after «التي نشرتها»."""
    return v + 1 < limit and a.bare[v] in a.grammar.issuing_verbs and a.word(v + 1)


def _whole_verb(a: Speakers, v: int) -> int:
    """The last token of the reporting verb at ``v``: «كما ورد في», «بحسب ما جاء في» take their «في» (a
    cue phrase of `cues.tsv`, whose source follows it), a one-word verb is its own last token."""
    got = a.cue_at.get(v)
    return got.last if got is not None and got.info.type == "speech" and got.last > v else v


def _according_source(cand: AccordingCue) -> tuple[int, tuple[Source, ...]]:
    a, k, limit = cand.index, cand.after_cue, cand.limit
    if cand.absorbed and k + 1 < limit and a.bare[k] in RESUMPTIVE:
        k += 1  # «على ما صرح به الوزير»: «به» points back to what was said; the source follows
    src_a = k
    # «بحسب حصيلة للمرصد»: skip what the source issued to reach the source.
    if a.head(k) in a.lex.documents:
        d = k + 1
        if a.definite(k) or a.bare[k].startswith(LAM_ARTICLE):
            # «وفقاً للبيانات الرسمية»: a definite document's nisba adjectives are no author.
            while d < limit and a.closes_name(d) and a.bare[d] not in a.grammar.relatives:
                d += 1
        adjectives = d
        while d < limit and a.bare[d] in a.grammar.issued:
            d += 1
        author = a.is_role(d) or a.head(d) in a.lex.unnamed if d < limit else False
        # «بحسب تقرير اللجنة», «حسب حصيلة للمرصد», «بحسب تقديرات وسائل الإعلام»: the author.
        marked = d < limit and (a.definite(d) or a.bare[d].startswith(LAM) or d > adjectives or author)
        # After adjectives, a demonstrative («وفق الدراسة المالية لذلك») or a time («التقرير
        # السنوي لعام 2015») is no author.
        no_author = d > k + 1 and d < limit and (a.head(d) in NOT_AUTHORS or a.is_stop(d))
        if marked and not no_author and a.word(d) and a.bare[d] not in a.grammar.relatives:
            src_a = d
        elif (
            d == k + 1
            and d + 2 < limit
            and a.bare[d] in a.grammar.relatives
            and a.bare[d + 1] in a.grammar.issuing_verbs
            and a.word(d + 2)
            and (a.definite(d + 2) or a.is_role(d + 2) or a.head(d + 2) in a.lex.unnamed)
        ):
            src_a = d + 2  # «وفقا للبيانات التي نشرتها وزارة الصحة»: who issued the document
    end_tok = a.np_end(src_a, limit, names=True)
    end_tok = _described_to_comma(a, src_a, end_tok, limit)
    end_tok = _member_phrase_to_close(a, src_a, end_tok, limit)
    end_tok = _quoted_name_to_close(a, src_a, end_tok, limit)
    end_tok = _website_owner(cand, src_a, end_tok)
    if end_tok <= src_a and src_a == k and a.head(k) in a.lex.documents and not a.lpre[k]:
        end_tok = k + 1  # «وبحسب بيان تمكن المكتب ...»: a document with no issuer named is the source
    if end_tok <= src_a:
        return end_tok, ()
    ent = a.entity_from(a.body[src_a], a.ends[limit - 1])
    if ent is not None:
        while end_tok < limit and a.starts[end_tok] < ent.end:
            end_tok += 1
    return end_tok, a.split_sources(src_a, end_tok)


def _described_to_comma(a: Speakers, src_a: int, end_tok: int, limit: int) -> int:
    """The comma that ends an according-to source whose participle takes a phrase, else ``end_tok``.

    «وفقًا لموقع “توتال سبورتيك” المتخصص في إحصاءات كبرى أندية كرة القدم حول العالم، فقد»:
    a definite participle in م («المتخصص», «المقرب», «المعنية») closing the noun phrase takes the
    prepositional phrase after it, up to the comma; plain words only (no number, cue, other
    punctuation or stop word but the prepositions), within reach.
    """
    if not (src_a < end_tok - 1 and end_tok < limit and a.bare[end_tok] in DESCRIBED_PREPS):
        return end_tok
    last = a.bare[end_tok - 1]
    if not (a.definite(end_tok - 1) and last.startswith(PARTICIPLE_PREFIX) and not a.is_role(end_tok - 1)):
        return end_tok
    for j in range(end_tok + 1, min(limit, end_tok + DESCRIBED_REACH)):
        if a.is_comma(j):
            return j if j > end_tok + 1 else end_tok
        if not a.word(j) or j in a.cue_at or (a.is_stop(j) and a.bare[j] not in DESCRIBED_PREPS):
            return end_tok
    return end_tok


def _website_owner(cand: AccordingCue, src_a: int, end_tok: int) -> int:
    """The end of a website source with its owner after «لـ», else ``end_tok``: «بحسب الموقع الرسمي لقناة
    السويس الجديدة،», «وفقا للموقع الإلكتروني لصحيفة “ديلي ميل” البريطانية.» (a site is someone's site;
    session 26, attr26g: with `_website`, the sites read in the unannotated days stopped before the «لـ»)."""
    a, limit = cand.index, cand.limit
    if src_a != cand.after_cue or not src_a < end_tok < limit or not a.lpre[end_tok] or not _website(cand):
        return end_tok
    owner = a.np_end(end_tok, limit, names=True)
    owner = _quoted_name_to_close(a, end_tok, owner, limit)
    return owner if owner > end_tok else end_tok


def _quoted_name_to_close(a: Speakers, src_a: int, end_tok: int, limit: int) -> int:
    """The end of an according-to source whose quoted name closes the phrase, else ``end_tok``.

    «بحسب ما ذكرت وكالة الأنباء الإيرانية «إرنا».», «وحسب وكالة "أنباء الشرق الأوسط"، أكدت», «وفقا
    لموقع "جلوبال فاير باور"، فإن»: after an outlet, body, document or unnamed noun phrase, a short
    quote (up to four plain words) that runs, with any definite nisba adjectives after it, straight to
    the comma, full stop, «فإن»/«فقد» or the end of the phrase is the source's name: an according-to
    phrase has no quote of its own (session 26, attr26c: 20 sources in the unannotated days stopped
    before it). A quote that goes on into a clause keeps the cut.
    """
    if not (src_a < end_tok < limit and end_tok in a.closer):
        return end_tok
    close = a.closer[end_tok]
    if not 1 < close - end_tok <= QUOTED_NAME_TOKENS or close >= limit:
        return end_tok
    inside = range(end_tok + 1, close)
    # plain words, none a cue, a verb, a pronoun, a demonstrative or a stop word but «إن» («"سي إن إن
    # بالعربية"»; not «"هذا غير صحيح"», «"هو المسؤول"»: what was said)
    plain = (a.word(j) and j not in a.cue_at and a.verb_at(j) is None for j in inside)
    said = (a.bare[j] in DEMONSTRATIVES or a.bare[j] in PRONOUNS or (a.is_stop(j) and not a.is_comp(j)) for j in inside)
    if not all(plain) or any(said):
        return end_tok
    # an outlet, a body, a document or an unnamed source names itself so; a person's role does not
    # («بحسب المتحدث "نرفض ذلك"»: what he said)
    named = (a.grammar.outlets, a.grammar.bodies, a.lex.documents, a.lex.unnamed)
    if not any(a.head(j) in words for j in range(src_a, end_tok) for words in named):
        return end_tok
    after = close + 1
    while after < limit and a.word(after) and a.definite(after) and a.bare[after].endswith(a.grammar.nisba_endings):
        after += 1  # «“ناسا” الأميركية»
    if after < limit and not (a.punct[after] or a.norm[after] in a.grammar.fa_inna):
        return end_tok
    if after < limit and (after in a.closer or a.texts[after][0] in OPEN_BRACKETS):
        return end_tok  # «تقديرات معهد «هيرتدج» (اليميني) في واشنطن»: a bracket goes on with the phrase
    return after


def _member_phrase_to_close(a: Speakers, src_a: int, end_tok: int, limit: int) -> int:
    """The end of an according-to source whose «في»/«من» phrase says whose it is, else ``end_tok``.

    «وبحسب مصادر في الشرطة، فإن», «وقتل عشرة بحسب مسؤولين في الوزارة.», «بحسب ما أعلن مصدر مقرب من
    وزارة المالية.»: the noun phrase stops at the preposition; when the phrase runs straight to the
    comma, «فإن»/«فقد» or full stop that closes the according-to phrase, the phrase functions that
    bound a verb's subject before its content decide it (:meth:`Phrases.member_end`,
    :meth:`Phrases.body_end`, :meth:`Phrases.group_end`, :meth:`Phrases.seat_end`: whose member the
    source is, the body it serves, a body's seat), so the same phrase counts the same after «قال»
    and after «بحسب». A venue, a time, a document or a clause after the noun phrase keeps the cut.
    """
    if not (src_a < end_tok < limit and a.word(end_tok) and (a.bare[end_tok] in IN or a.bare[end_tok] == OF)):
        return end_tok
    if end_tok + 1 < limit and a.bare[end_tok + 1] in DEMONSTRATIVES and not a.definite(end_tok + 2):
        return end_tok  # «وفق الإجراء المتبع في ذلك.»: a demonstrative alone names no body and no seat
    if any(a.attached_ba(j) >= 0 for j in range(src_a + 1, end_tok)):
        # «كما وجّه سموه بتكثيف التواجد الأمني في الكورنيش ...»: a «بـ» written on a word is a
        # verb's complement, so the words before the preposition are no source's noun phrase
        return end_tok
    close = end_tok + 1
    while close < min(limit, end_tok + PHRASE_REACH) and not (a.punct[close] or a.norm[close] in a.grammar.fa_inna):
        close += 1
    if close < limit and not (a.punct[close] or a.norm[close] in a.grammar.fa_inna):
        return end_tok  # out of reach: a clause goes on after the phrase
    ends: tuple[int, ...]
    if a.bare[end_tok] == OF:
        ends = (a.member_end(src_a, end_tok, close), a.body_end(src_a, end_tok, close))
    else:
        ends = (
            a.body_end(src_a, end_tok, close),
            a.group_end(src_a, end_tok, close),
            a.seat_end(src_a, end_tok, close),
        )
    return next((e for e in ends if end_tok < e <= close), end_tok)


def _placement(cand: AccordingCue, end_tok: int) -> Placement:
    a, i, limit = cand.index, cand.cue, cand.limit
    first = a.sent_first[a.sent_of[i]]
    tail = end_tok
    while tail < limit and a.word(tail) and a.is_stop(tail) and a.bare[tail] not in LINKS and not a.lpre[tail]:
        tail += 1  # «بحسب ما ذكرته وسائل إعلام بريطانية الاثنين.»: a time word still closes the phrase
    if tail > end_tok and (tail >= limit or a.punct[tail]):
        end_tok = tail
    after = end_tok
    if after + 1 < limit and a.is_comma(after) and a.bare[after + 1] in a.grammar.relatives:
        after += 1  # «ووفقاً للنتائج المالية، التي تم إعلانها ...، حققت»: the same, after a comma
    elif after < limit and a.word(after) and a.bare[after] in PHRASE_LINKS:
        # «ووفقًا لموقع “توتال سبورتيك” المتخصص في إحصاءات ...، فقد فرضت»: a prepositional phrase
        # that runs to a comma and «فـ» still describes the source; the clause starts after it.
        j = after
        while j < min(limit, after + PHRASE_REACH) and a.word(j) and j not in a.cue_at:
            j += 1
        if j + 1 < limit and a.is_comma(j) and a.norm[j + 1] in a.grammar.fa_inna:
            after = j
    if after < limit and a.bare[after] in a.grammar.relatives:
        # «وبحسب المسؤول الذي فضل عدم ذكر اسمه، فإن ...»: the relative clause describes the source.
        while after < limit and not (a.is_comma(after) or a.norm[after] in a.grammar.fa_inna):
            after += 1
    while after < limit and (a.is_comma(after) or a.norm[after] in a.grammar.fa_inna):
        after += 1
    lead = i - first
    front = lead == 0 or (i > 0 and a.punct[i - 1] and lead <= SHORT_LEAD and not a.back_has_clause(first, i))
    after_end = a.clause_end(after) if after < limit else after
    return Placement(first, end_tok, after, after_end, front)


def _resumed_after_adverbial(a: Speakers, k: int, limit: int) -> int:
    """The clause after a second fronted phrase and «، فـ» that follow an according-to phrase, else ``k``.

    «ووفقًا لموقع «anaman»، وبناءً على أبحاث علمية، فهناك غاز ...», «وبحسب التفاصيل ...، في حينه،
    فقد تلقى»: a short prepositional phrase (a preposition among its first two words, no cue,
    complementiser or other punctuation) and then a comma and the resumptive «فـ» («فقد», «فإن»,
    «فهناك»): the qualified clause opens after «فـ», as it does right after the first phrase.
    """
    if k >= limit or a.norm[k] in a.grammar.fa_inna or (a.conj[k] and a.texts[k].startswith(FA)):
        return k
    if not any(k + d < limit and a.word(k + d) and a.is_stop(k + d) for d in (0, 1)):
        return k
    for j in range(k + 1, min(limit - 1, k + FRONTED_PHRASE_REACH)):
        if a.is_comma(j):
            nxt = j + 1
            if a.norm[nxt] in a.grammar.fa_inna:
                return nxt + 1
            if a.conj[nxt] and a.texts[nxt].startswith(FA) and a.word(nxt):
                return nxt  # «فهناك»: the «فـ» is a proclitic, the clause starts with its word
            return k
        if not a.word(j) or j in a.cue_at or a.is_comp(j):
            return k
    return k


def _clause_before(a: Speakers, first: int, i: int) -> int:
    """The end of the clause before the token ``i``: before its punctuation (a quote's opener stays).

    A closing quote mark stays, and so does a closing bracket whose bracket opened inside the
    clause («... الشهر الماضي (مايو)، بحسب الوكالة»); one opened before ``first`` goes.
    """
    words = first
    while words < i and a.punct[words]:
        words += 1  # a bracket before the clause's first word is not the clause's
    b = i
    while b > first and a.punct[b - 1] and b - 1 not in a.opener and not a.closes_bracket(words, b - 1):
        b -= 1
    return b


def _reading(
    got: tuple[Span, tuple[Span, ...]] | None, kind: AttributionKind, sources: tuple[Source, ...]
) -> Reading | None:
    if got is None:
        return None
    return Reading(kind, sources, got[0], got[1])


@_according(
    "«على ما» is a cue only before a reporting verb",
    "وتعرض لهجوم على ما يبدو.",
    "refused",
    "وتعرض لهجوم من دب على ما أفاد حراس الغابات.",
)
def _ala_ma_without_verb(cand: AccordingCue) -> Reading | Refusal | None:
    return REFUSED if cand.missing_verb else None


@_according(
    "«على ما صرح به الوزير بأن»: the verb inside the phrase reports the clause after its «أن»",
    "وأكد المتحدث على ما صرح به الوزير بأن المشروع سينتهي قريبا.",
    "took",
    "وتعرض لهجوم من دب على ما أفاد حراس الغابات.",
)
def _nested_report(cand: AccordingCue) -> Reading | Refusal | None:
    if cand.info.prep != "verb" or cand.info.lemma == AS or not cand.absorbed or cand.missing_verb:
        return None
    a = cand.index
    end, sources = _according_source(cand)
    if not sources or end >= cand.limit or not a.is_comp(end):
        return None
    # The phrase is the object of the verb before it («أكد ... على ما صرح به»), and what the second
    # speaker said is the clause after «أن»: an attribution of its own, nested in the first.
    got = a.content(end if a.bare[end] not in a.grammar.complementisers else end + 1, a.clause_end(end + 1))
    return _reading(got, "according_to", sources)


@_according(
    "«وليس كما», «لا كما» + a reporting verb denies what was said: no report",
    "وتبين أن الضوء يرى على مسافة كيلومترين فقط، وليس كما جاء في شبكة الإنترنت.",
    "refused",
    "وتبين أن الضوء يرى على مسافة كيلومترين فقط، كما جاء في شبكة الإنترنت.",
)
def _not_as_said(cand: AccordingCue) -> Reading | Refusal | None:
    a, i = cand.index, cand.cue
    if cand.info.lemma != AS or i == 0 or a.bare[i - 1] not in NOT_AS:
        return None
    return REFUSED  # the phrase says the clause is not what the source said


@frozen
class _AsSaid:
    """«كما» + a reporting verb + its source, not inside another report of its sentence."""

    sources: tuple[Source, ...]
    end: int
    """The first token after the source (and the outlet told: «لـ«الشرق الأوسط»»)."""
    first: int
    """The sentence's first token."""
    np: bool
    """The verb may take a noun phrase as its content."""

    def before(self, cand: AccordingCue) -> Reading | None:
        """The reading of a phrase that closes its clause: it qualifies that clause."""
        a = cand.index
        b = _clause_before(a, self.first, cand.cue)
        start = _last_clause(a, self.first, b)
        return _reading(a.content(start, b) if b > start else None, "according_to", self.sources)


def _said_as(cand: AccordingCue) -> _AsSaid | None:
    if cand.info.lemma != AS or cand.missing_verb or not cand.absorbed:
        return None
    a, limit = cand.index, cand.limit
    verbs = [a.cue_at[v].info for v in cand.absorbed if v in a.cue_at]
    if not verbs or any(v.lemma == PROMISED for v in verbs):
        return None
    end, sources = _according_source(cand)
    if end + 1 < limit and a.audience(end) and end + 1 in a.closer:
        end = a.closer[end + 1] + 1  # «كما قال مدير المرصد لـ«الشرق الأوسط»،»: the outlet told
    first = a.sent_first[a.sent_of[cand.cue]]
    if not sources or any(k in a.cue_at for k in range(first, cand.cue)):
        return None  # «قال: إن البديل ليس الحرب، كما يدعي أوباما، وإنما»: inside another's report
    if verbs[0].np and a.is_comma(cand.cue - 1):
        return None  # «...، كما أبدى البعض رغبة في ...، وأعجب»: after a comma, "also" with its own object
    return _AsSaid(sources, end, first, verbs[0].np)


@_according(
    "«كما» + a reporting verb with its source, set off by a comma inside the sentence, is an according-to phrase",
    "ولا شك أن الرئيس، كما تقول مصادر الإليزيه، سيلتقي نظيره في نيويورك الشهر المقبل.",
    "took",
    "وقتل ثلاثة أشخاص في الهجوم، كما قالت الشرطة.",
    "كما قال الوزير، إن المشروع سينتهي قريبا.",
    "كما أعلنت الحكومة، أمس، افتتاح المعرض الجديد.",
    "كما طلب المدرب، إقامة معسكر قبل السفر.",
    "وقال: إن البديل ليس الحرب، كما يدعي الرئيس، وإنما اتفاق أفضل.",
)
def _as_said_set_off(cand: AccordingCue) -> Reading | Refusal | None:
    got = _said_as(cand)
    a, nxt = cand.index, (got.end + 1 if got else 0)
    if got is None or nxt >= cand.limit or not a.is_comma(got.end) or not a.word(nxt):
        return None
    if a.is_comp(nxt) or nxt in a.closer:
        return None  # «كما قال الوزير، إن ...»: the verb's own content follows the comma
    if nxt in a.cue_at or a.ends_after_comma(nxt) or a.conj[nxt]:
        # «...، كما قال مدير المرصد لـ«الشرق الأوسط»، مشيرًا إلى أن», «...، كما قالت سايمون، وكما
        # قال مصطفى»: the phrase closes its clause, which it qualifies.
        return got.before(cand)
    if got.np or not any(a.word(k) for k in range(got.first, cand.cue)):
        return None  # «كما أعلنت الحكومة، أمس، افتتاح»: a verb that takes a noun phrase may resume after the comma
    # «ولا شك أن هولاند، كما تقول مصادر الإليزيه، سيلتقي روحاني»: a verb that takes no noun phrase has
    # nothing of its own after the comma; set inside the clause, the phrase qualifies the whole clause,
    # itself included.
    return _reading(a.content(got.first, a.clause_end(nxt)), "according_to", got.sources)


@_according(
    "«كما» + a reporting verb that takes no noun phrase closes its sentence though words of its source follow",
    "ولا تزال المعارك مستمرة كما يقول مدير المرصد في اتصال مع وكالة الأنباء.",
    "took",
    "كما قال مدير المرصد في اتصال هاتفي إن المعارك مستمرة.",
    "كما أوضح المدير طريقة الفرز الخارجي في موقع الحادث.",
    "كما أعلنت الحكومة عن رصد ميزانية إضافية هذا العام.",
    "وتظهر الأرقام إدمان مليون شخص، كما ذكرت نصف المدمنين في البلاد تحت 34 عاما وتشكل النساء نسبة 10 في المائة.",
    "وقتل ثلاثة أشخاص في الهجوم، كما قالت الشرطة.",
)
def _as_said_long_source(cand: AccordingCue) -> Reading | Refusal | None:
    got = _said_as(cand)
    if got is None or got.np or not cand.index.back_has_clause(got.first, cand.cue):
        return None
    a, limit = cand.index, cand.limit
    tail = range(got.end, limit)
    if not any(a.word(k) for k in tail):
        return None  # «، كما قالت الشرطة.»: the source reaches the full stop (the rule below)
    if len(tail) > LONG_SOURCE_TAIL or any(k in a.cue_at or k in a.closer or a.is_comp(k) or a.conj[k] for k in tail):
        return None  # «كما ذكرت نصف المدمنين ... وتشكل النساء»: a clause of its own follows
    if any(a.punct[k] and not (k == limit - 1 and a.texts[k][0] in TERMINAL) for k in tail):
        return None  # only the source's own words (a role, a venue, the one told) to the full stop
    # «... كما يقول خالد عبد البر المشرف على موقع إخباري متخصص.»: the verb has nothing to report of
    # its own, so what follows the source still describes it, and the phrase closes the sentence.
    return got.before(cand)


@_according(
    "«كما» + a reporting verb is an according-to phrase only where it closes its sentence",
    "وقتل ثلاثة أشخاص في الهجوم، كما قالت الشرطة.",
    "took",
    "وقتل ثلاثة أشخاص في الهجوم، على ما أفادت الشرطة.",
)
def _as_said(cand: AccordingCue) -> Reading | Refusal | None:
    if cand.info.lemma != AS or cand.missing_verb:
        return None
    a = cand.index
    if any(a.cue_at[v].info.lemma == PROMISED for v in cand.absorbed if v in a.cue_at):
        return REFUSED  # «كما وعدت إدارة أوباما»: “as promised”, a deed awaited, not a report
    first = a.sent_first[a.sent_of[cand.cue]]
    end, sources = _according_source(cand)
    if not sources or not a.clause_ends_at(end, cand.limit) or not a.back_has_clause(first, cand.cue):
        return REFUSED
    return _qualifies_before(cand) or REFUSED


def _quoted_source(cand: AccordingCue) -> tuple[int, Source] | None:
    """The closing mark and the source of a short quoted name right after an according-to cue
    («بحسب "الفرنسية"»); ``None`` where no such name follows."""
    a, k, limit = cand.index, cand.after_cue, cand.limit
    if not (k < limit and k in a.closer and a.closer[k] - k <= QUOTED_NAME and a.closer[k] < limit):
        return None
    close = a.closer[k]
    src = a.source(k + 1, close)
    return None if src is None else (close, src)


@_according(
    "a quoted name after an according-to cue that opens the sentence qualifies the clause after its comma",
    'وبحسب "الألمانية"، فقد ذكر رئيس الشركة أن المبادرة تتوسع.',
    "took",
    'وأوضح رئيس البلدية بحسب "الفرنسية" أن العقاب سيطبق على الجميع.',
    'وقتل ١٢ شخصا في الهجوم، بحسب "رويترز".',
)
def _quoted_name_first(cand: AccordingCue) -> Reading | Refusal | None:
    # «ووفقا لـ "الألمانية"، فقد أعلنت الشركة ...»: the clause after the comma and «فقد», as after an
    # unquoted source; the cue and its source are no part of it.
    quoted = _quoted_source(cand)
    if quoted is None:
        return None
    close, src = quoted
    a, limit = cand.index, cand.limit
    first = a.sent_first[a.sent_of[cand.cue]]
    if _clause_before(a, first, cand.cue) > first:
        return None
    place = _placement(cand, close + 1)
    if not _front(place):
        return None
    resumed = _resumed_after_adverbial(a, place.after, limit)
    end = a.clause_end(resumed) if resumed > place.after else place.after_end
    got = a.content(resumed, end)
    return None if got is None else Reading("according_to", (src,), got[0], got[1], resolve=False)


@_according(
    "a quoted name after an according-to cue is its source",
    'وأوضح رئيس البلدية بحسب "الفرنسية" أن العقاب سيطبق على الجميع.',
    "took",
)
def _quoted_name(cand: AccordingCue) -> Reading | Refusal | None:
    quoted = _quoted_source(cand)
    if quoted is None:
        return None
    close, src = quoted
    a, limit = cand.index, cand.limit
    first = a.sent_first[a.sent_of[cand.cue]]
    b = _clause_before(a, first, cand.cue)
    after = close + 1
    if b > first and (after >= limit or a.punct[after]):
        got = a.content(first, b)
    else:
        got = a.content(first, a.clause_end(first))
    if got is None:
        return None
    return Reading("according_to", (src,), got[0], got[1], resolve=False)


@_according(
    "a bracketed «(على حد تعبيره)» is an aside inside the speaker's own content, not a report of its own",
    "فيؤكد أن النظرة ليست تشاؤمية (على حد تعبيره)، وأن النمو سيعود.",
    "refused",
    "وقال الطبيب إن المرضى تحسنوا، وإن الأدوية متوفرة على حد قوله.",
)
def _as_put_by_bracketed(cand: AccordingCue) -> Reading | Refusal | None:
    # Taken as a report it would repeat the clause of the content it stands in.
    return REFUSED if cand.index.bracketed_as_put(cand.cue) else None


@_according(
    "«على حد قوله», «على حد تعبيره» qualify the clause before them, as the last speaker put it",
    "وقال الطبيب إن المرضى تحسنوا، وإن الأدوية متوفرة على حد قوله.",
    "took",
    "وقال الطبيب إن الأدوية متوفرة على حد قول الوزير.",
    "فيؤكد الطبيب أن الأدوية متوفرة (على حد قوله)، وأن المرضى تحسنوا.",
)
def _as_put_by_speaker(cand: AccordingCue) -> Reading | Refusal | None:
    a, i = cand.index, cand.cue
    if cand.info.type != "phrase" or a.bare[cand.after_cue - 1] not in AS_PUT_BY:
        return None
    # The pronoun is the source: no noun phrase follows, and the speakers rules name who it is.
    first = a.sent_first[a.sent_of[i]]
    b = _clause_before(a, first, i)
    start = _last_clause(a, first, b)
    return _reading(a.content(start, b) if b > start else None, "according_to", ())


@_according(
    "an according-to word whose preposition is «عن» reports only with it: «نقلا إلى» is “were moved to”",
    "وأصيب حارسان بجروح وقد نقلا الى مستشفى المقاصد للعلاج.",
    "refused",
    "وقتل ١٢ شخصا في الهجوم، نقلا عن مصادر طبية.",
    "ووفقا للمرصد، قتل ١٢ شخصا.",
)
def _citing_without_an(cand: AccordingCue) -> Reading | Refusal | None:
    a, k = cand.index, cand.after_cue
    if cand.info.prep != CITING_PREP:
        return None
    # «نقلا عن الوكالة» "citing"; the «إلى» other according-to words may take («استنادا إلى») is,
    # after «نقلا», the passive dual «نُقلا إلى» or the noun «نقلاً» "a transfer".
    return None if k > 0 and a.bare[k - 1] == CITING_PREP else REFUSED


@_according("an according-to cue needs a word after it", "وتوزع الحصص بحسب، والكميات محدودة.", "refused")
def _no_word_after(cand: AccordingCue) -> Reading | Refusal | None:
    return REFUSED if cand.after_cue >= cand.limit or not cand.index.word(cand.after_cue) else None


@_according(
    "according to a plan, a law or a need is no report",
    "وسيتم توزيع المساعدات حسب الخطة المعتمدة.",
    "refused",
    "وقتل ١٢ شخصا حسب المرصد السوري.",
    "ووفقا لموقع “توتال سبورتيك”، فقد فرضت الصفقة نفسها بقوة.",
    "وارتفع العدد إلى ٣٠٠ وفق بيان الوزارة.",
    "وارتفعت الأسعار ١٠ في المئة حسب التقرير.",
    "وبلغ عدد السكان ٣٠ مليونا وفقا للإحصاءات الرسمية.",
    "وقتل ١٢ شخصا بحسب مصادر طبية.",
    "وبلغت الطاقة الاستيعابية ٩٧ سفينة يوميا، بحسب الموقع الرسمي لقناة السويس.",
    "وكلف النادي مليوني دولار طبقا لموقعه الإلكتروني.",
    "وقد مر على المنتخب ٤٧ مدربا، وفق ما نشره موقع المنتخب.",
)
def _not_a_source(cand: AccordingCue) -> Reading | Refusal | None:
    return REFUSED if cand.index.plan_noun(cand.after_cue) and not _website(cand) else None


def _website(cand: AccordingCue) -> bool:
    """Whether the outlet noun after the cue («موقع», also «لموقعه») names a website, not a place: the
    subject of the reporting verb taken into the cue («وفق ما نشره موقع المنتخب»: a place publishes
    nothing), or with a word of web_words.txt within ``WEB_REACH`` words after it, no mark between
    («بحسب الموقع الرسمي للجامعة», «بحسب موقع ترك برس الاخباري»; «حسب موقع سكنه» stays a place)."""
    a, k = cand.index, cand.after_cue
    head = a.head(k)
    stems = {head} | {head[: -len(e)] for e in WRITTEN_POSSESSIVES if head.endswith(e) and len(head) > len(e) + 2}
    if not stems & a.grammar.outlets:
        return False
    if cand.absorbed:
        return True
    for j in range(k + 1, min(k + 1 + WEB_REACH, cand.limit)):
        if not a.word(j):
            return False
        if a.bare[j] in a.grammar.web_words:
            return True
    return False


@_according(
    "according to a possessed noun that names no speaker is “in line with”, no report",
    "وتحدد الشركة مواعيد رحلات المسافرين وفق حجوزاتهم.",
    "refused",
    "وقتل ١٢ شخصا في القصف، حسب قوله.",
    "ويرددون أن اللقاح غير حلال وفق أساتذتهم الشيوخ.",
    "وارتفعت الأسعار بنسبة ١٠ في المئة، بحسب وكالة الأنباء.",
    "والتقى الوزير عبد الله حسب عبدالله في الرياض.",
    "وستصدر الرئاسة قرارات تدعم جهود منع التطرف، حسبما أكده نائب الرئيس.",
)
def _possessed_wish(cand: AccordingCue) -> Reading | Refusal | None:
    # «حسب رغبته», «بحسب قربهم», «وفق حجوزاتهم»: the pronoun's referent is no speaker here; a word
    # of saying («حسب قوله»), a document, a role or people («وفق أساتذتهم») would name one.
    return REFUSED if cand.index.possessed_no_speaker(cand.after_cue) else None


@_according(
    "«حسب» before «بل», or «فحسب» right after the word it restricts, is “only”, and «وفق» before a "
    "preposition is the verb “succeeded”",
    "ونحن لا ننظر إلى كمية الإنتاج فحسب بل يهمنا نمو الاقتصاد العالمي.",
    "refused",
    "وقتل ١٢ شخصا حسب المرصد السوري.",
    "وقتل ١٢ شخصا، بحسب ما ذكرت الشرطة.",
    "وقتل 12 شخصا، فحسب المرصد فإن القصف استمر طوال الليل.",
)
def _only_or_succeeded(cand: AccordingCue) -> Reading | Refusal | None:
    # «وكانت صفقة ناجحة للهلال وفق فيها رئيسنا»: «وُفِّق» with its preposition, no source after it.
    a, k = cand.index, cand.after_cue
    return REFUSED if a.only_or_succeeded(cand.cue, k) else None


@_according(
    "according to after a word of sorting is “by”, no report",
    "وعرضت الدراسة ترتيب الدول حسب الاحتياطيات العالمية من النفط.",
    "refused",
    "وتوزعت الإصابات على المناطق، حسب وزارة الصحة.",
    "وبلغ توزيع المساعدات حسب المتحدث باسم الأمم المتحدة ١٠ آلاف طن.",
)
def _sorted_by(cand: AccordingCue) -> Reading | Refusal | None:
    a, k = cand.index, cand.after_cue
    if k >= cand.limit or a.head(k) in a.lex.unnamed or a.head(k) in a.lex.documents or a.is_role(k):
        return None  # «توزيع المساعدات حسب المتحدث باسم ...»: a source after all
    # «على المناطق، حسب وزارة الصحة»: a comma sets the phrase apart
    return REFUSED if _shortly_after(cand, lambda j: a.head(j) in SORTING) else None


def _shortly_after(cand: AccordingCue, found: Callable[[int], bool]) -> bool:
    """Whether a token for which ``found`` holds stands at most ``SORTING_BACK`` tokens before the
    according-to cue, in its sentence, with no punctuation between."""
    a = cand.index
    first = a.sent_first[a.sent_of[cand.cue]]
    for j in range(cand.cue - 1, max(first, cand.cue - SORTING_BACK) - 1, -1):
        if a.punct[j]:
            return False
        if found(j):
            return True
    return False


@_according(
    "according to a few words after a verb of proceeding, working or varying is “in line with”, no report",
    "وقال إن أموره تسير وفق القضاء المستقل، لافتا إلى أن المملكة دولة مؤسسات.",
    "refused",
    "وتسير الأمور وفق ما أعلنت الوزارة أمس.",
    "وتعمل القوات بحسب مصادر عسكرية على تطهير المدينة.",
    "وقتل ١٢ شخصا في الهجوم، بحسب مصادر طبية.",
)
def _manner_verb(cand: AccordingCue) -> Reading | Refusal | None:
    a, k = cand.index, cand.after_cue
    if cand.absorbed or k >= cand.limit:
        return None  # «تسير الأمور وفق ما أعلنت الوزارة»: a reporting verb names who told
    if a.head(k) in a.lex.unnamed or a.head(k) in a.lex.documents or a.is_role(k):
        return None  # «تعمل القوات بحسب مصادر عسكرية»: a source after all
    # «أموره تسير وفق القضاء المستقل», «يسير بتدرج حسب التوسع»: how it goes, not who said so.
    return REFUSED if _shortly_after(cand, lambda j: a.bare[j] in a.grammar.manner_verbs) else None


@_according(
    "according to what a law or an agreement stipulates is no report",
    "ويمنع ذلك تعليق العقوبات، بحسب ما ينص عليه الاتفاق.",
    "refused",
    "وقتل ثلاثة أشخاص، بحسب ما ذكرت الشرطة.",
    "وارتفعت الأسعار، وفق ما نص عليه المرصد في تقريره.",
)
def _stipulated(cand: AccordingCue) -> Reading | Refusal | None:
    a, k = cand.index, cand.after_cue
    if not cand.absorbed or k >= cand.limit or a.bare[k] not in STIPULATED:
        return None
    # «بحسب ما ينص عليه الاتفاق»: the subject of the verb after its resumptive word is the
    # text that stipulates; a plan or law there makes the phrase “as stipulated”.
    return REFUSED if a.plan_noun(k + 1) else None


@_according(
    "according to an indefinite common noun with an adjective is “in line with”, no report",
    "وتدار المشاريع وفق شراكات مجتمعية واسعة.",
    "refused",
    "وقتل ١٢ شخصا، بحسب مصادر طبية.",
    "وغرقت السفينة، حسبما أفاد أحمد فوزي، نائب مدير العمليات.",
    "وانتشرت الشائعات، بحسب تقارير إعلامية.",
)
def _common_noun(cand: AccordingCue) -> Reading | Refusal | None:
    a, k = cand.index, cand.after_cue
    if cand.absorbed:
        return None  # «وفقا لما أظهرته لقطات تلفزيونية»: after the verb, the noun phrase is its subject
    if k + 1 >= cand.limit or not (a.word(k) and a.word(k + 1)) or a.definite(k) or a.lpre[k]:
        return None
    if a.head(k) in a.lex.unnamed or a.head(k) in a.lex.documents or a.is_role(k) or k + 1 in a.closer:
        return None
    # A source after «بحسب» is a name, a definite body or an unnamed source («مصادر طبية»); an
    # indefinite noun with an indefinite adjective is a manner («وفق تكتل مهني», «حسب معايير دولية»).
    # Only a feminine or plural nisba: «فوزي» after «أحمد» is a name.
    adj = a.bare[k + 1]
    return REFUSED if not a.definite(k + 1) and adj.endswith(COMMON_ADJECTIVES) and not a.conj[k + 1] else None


@_according("an according-to cue needs a noun phrase after it", "وتم الاتفاق وفق أن يتم التسليم غدا.", "refused")
def _no_source(cand: AccordingCue) -> Reading | Refusal | None:
    return REFUSED if cand.phrase() is None else None


@_according(
    "an according-to phrase between commas before the complementiser of the verb before it qualifies its clause",
    "وقال المحافظ لوالدة الفقيد، بحسب الصحيفة، إن الحق لن يضيع.",
    "took",
    "وقتل ١٢ شخصا في الهجوم، بحسب مصادر طبية، وأصيب ٣٠ آخرون.",
    "وقال الوزير إن المشروع تأخر، بحسب الوكالة.",
)
def _inside_verb_clause(cand: AccordingCue) -> Reading | Refusal | None:
    a = cand.index
    comp = a.according_aside(cand.cue - 1, cand.limit) if cand.cue > 0 else -1
    if comp < 0:
        return None
    # «وقال المحافظ لوالدة الفقيد، بحسب الصحيفة، إن “...”»: set between the verb and its
    # complement, the phrase credits the verb's clause whole, the complement included (the verb
    # keeps its own content: :meth:`Phrases.according_aside`).
    first = a.sent_first[a.sent_of[cand.cue]]
    for v in range(cand.cue - 2, first - 1, -1):
        if a.complementiser_form(a.bare[v]) or (a.punct[v] and not a.is_comma(v)):
            return None
        match = a.cue_at.get(v)
        if match is not None and match.info.type == "speech":
            return _reading(a.content(v, a.clause_end(comp)), "according_to", _sources(cand))
    return None


@_according(
    "a second fronted phrase and the resumptive «، فـ» after an opening according-to phrase are not its content",
    "ووفقا لموقع «anaman»، وبناءً على أبحاث علمية، فهناك غاز ينبعث من المقاعد.",
    "took",
    "وبحسب المرصد، في صباح أمس، قتل ١٢ شخصا.",
    "وبحسب المرصد، قتل ١٢ شخصا، فقد استهدفت الغارات السوق.",
)
def _second_fronted(cand: AccordingCue) -> Reading | Refusal | None:
    a, place = cand.index, cand.placement()
    if not _front(place):
        return None
    k = _resumed_after_adverbial(a, place.after, cand.limit)
    if k == place.after:
        return None
    return _reading(a.content(k, a.clause_end(k)), "according_to", _sources(cand))


@_according(
    "an according-to phrase at the start of a sentence qualifies the clause after it",
    "وبحسب المرصد السوري لحقوق الإنسان، قتل ١٢ مدنيا في الغارات.",
    "took",
    "وقتل ١٢ مدنيا في الغارات، بحسب المرصد السوري لحقوق الإنسان.",
)
def _qualifies_after(cand: AccordingCue) -> Reading | Refusal | None:
    place = cand.placement()
    if not (place.front and place.after_end > place.after):
        return None
    return _reading(cand.index.content(place.after, place.after_end), "according_to", _sources(cand))


def _front(place: Placement) -> bool:
    return place.front and place.after_end > place.after


@_according(
    "an according-to phrase inside a sentence and resumed by «فإن», «فقد» qualifies the clause after «فـ»",
    "وأوضح المدير أنه حسب الإحصائية الأخيرة فإن عدد المصابين بلغ ٥٠ حالة.",
    "took",
    "وبلغ عدد السيارات وفقاً لفريق الإحصاء 1467 سيارة، حيث استمرت الحركة التجارية.",
)
def _resumed_by_fa(cand: AccordingCue) -> Reading | Refusal | None:
    a, place = cand.index, cand.placement()
    if _front(place) or not (place.end < place.after < place.after_end):
        return None
    # «مبينة أنه حسب الإحصائية ... فإن عدد المتوفين بلغ»: the phrase is fronted inside the reported
    # clause, and «فـ» resumes that clause after it, as it does after a phrase opening the sentence.
    if a.norm[place.after - 1] not in a.grammar.fa_inna:
        return None
    return _reading(a.content(place.after, place.after_end), "according_to", _sources(cand))


@_according(
    "an according-to phrase closing a reported «أن» clause with no comma qualifies that clause",
    "وأكدت الوزارة أن الطفلة تعاني من التهاب جلدي حسب تشخيص الأطباء.",
    "took",
    "وأكد الوزير أن المشروع سينتهي قريبا، بحسب وكالة الأنباء.",
    "ومن المقرر أن يفتتح المعرض في سبتمبر بحسب المنظمين.",
    "وذكر البنك أنه خفض مشترياته من العملات بحسب وكالة الأنباء.",
)
def _qualifies_reported_clause(cand: AccordingCue) -> Reading | Refusal | None:
    a, place = cand.index, cand.placement()
    after = place.end
    if after < cand.limit and a.bare[after] in a.grammar.relatives:
        # «حسب تشخيص الأطباء الذين باشروا الحالة»: the relative clause describes the source
        while after < cand.limit and not (a.punct[after] or a.according_cue(after)):
            after += 1
    if _front(place) or not (after >= cand.limit or a.punct[after] or a.according_cue(after)):
        return None
    if not a.word(cand.cue - 1) or a.head(cand.after_cue) in a.grammar.outlets:
        return None  # «ذكر البنك أنه خفض ... بحسب وكالة أنباء»: an outlet relays the whole report
    # Attached with no comma, the phrase modifies the nearest verb: the one of the reported clause
    # it closes («أكدت الوزارة أن الطفلة تعاني ... حسب تشخيص الأطباء»: the doctors say what she has).
    lead = cand.cue  # «... حسب تشخيص الأطباء وحسب بيانات»: a chain qualifies the clause before its first phrase
    for k in range(cand.cue - 1, place.first - 1, -1):
        if a.punct[k] or a.complementiser_form(a.bare[k]):
            break  # «كما أوضحت الوزارة أنها حصرت ... وفق تصريحها»: «كما أوضحت» frames the clause
        if a.according_cue(k):
            lead = k
    start = _reported_clause(a, place.first, lead)
    if start < 0 or all(a.complementiser_form(a.bare[k]) for k in range(start, lead)):
        return None  # «مبينة أنه حسب الإحصائية ... فإن»: the phrase opens the reported clause
    end = _clause_before(a, start, lead)
    return _reading(a.content(start, end) if end > start else None, "according_to", _sources(cand))


def _reported_clause(a: Speakers, first: int, i: int) -> int:
    """The first token of the innermost content already read after «أن» in this sentence that
    runs on over the token ``i`` with no punctuation before ``i``, else -1."""
    at = a.starts[i]
    best = -1
    for done in a.done:
        c = done.content
        if not (c.start < at <= c.end):
            continue
        k = bisect_right(a.starts, c.start) - 1
        opened = _after_an(a, done) or (k >= 0 and a.bare[k] != BARE_AN and a.complementiser_form(a.bare[k]))
        if opened and first <= k < i and a.starts[k] == c.start and k > best:
            best = k
    if best < 0 or any(a.punct[k] for k in range(best, i)):
        return -1
    return best


@_according(
    "an according-to phrase set off by commas inside its clause, the clause going on after it, qualifies the clause",
    "وتبلغ فرصة الإصابة لدى الرجال، وفقا للدراسة، 1 لكل 12 رجلا.",
    "took",
    "وقتل قائد الفرقة قرب المدينة، بحسب المرصد، إلا أن الوزارة نفت الأمر.",
    "وتعود التعرفة إلى الدعم، بحسب الهيئة، التي أكدت أن الدعم مستمر.",
    "وتتغذى الدودة على أشجار الأرز، وفقا لما أوضحته ألن روك، مدير الأبحاث في المعهد، وهي تنتشر في المدن.",
    "ولكن المتضرر هو الدول المصدرة للنفط، وفقا لخليفة، إذ إنه نتيجة للسياسة الحصيفة يخفف عنها الأعباء.",
    "وفيما تتجه القوات إلى المدينة، بحسب مصادر عسكرية، من المتوقع أن تشهد المحافظة معارك.",
    "وقتل ١٢ شخصا في الهجوم، بحسب مصادر طبية، وأصيب ٣٠ آخرون.",
)
def _set_off_inside(cand: AccordingCue) -> Reading | Refusal | None:
    a, place = cand.index, cand.placement()
    nxt = place.end + 1
    if _front(place) or cand.cue - 1 <= place.first or not a.is_comma(cand.cue - 1):
        return None
    if not (nxt < cand.limit and a.is_comma(place.end) and _goes_on(a, nxt)):
        return None
    # «وتبلغ فرصة الإصابة لدى الرجال أصحاب البشرة السوداء، وفقا للدراسة، 1 لكل 12 رجلا»: between two
    # commas, before the rest of its own clause (a subject's predicate, a verb's object: no «و»,
    # particle, relative, contrast, time word or new report after the second comma), the phrase sits
    # inside the clause and qualifies all of it, as a phrase inside a clause with no commas does.
    start = place.first
    for k in range(place.first + 1, cand.cue - 1):
        if a.is_comma(k - 1) and a.bare[k] in CLAUSE_OPENERS:
            start = k + 1  # «...، إذ ستكون إيران، حسب أوباما، شريكاً»: the clause «إذ» opens
    return _whole_clause(cand, place, nxt, start)


def _goes_on(a: Speakers, k: int) -> bool:
    """Whether the token ``k`` after an according-to phrase's closing comma goes on with the clause
    before the phrase: a word or a number that is no conjunction, stop word, relative, writer's
    clause, time word or cue (an «أن» that a verb before the phrase takes goes on too)."""
    if not (a.word(k) or a.number(k)) or a.conj[k] or k in a.cue_at or a.punct[k] or a.is_role(k):
        return False  # «، مدير الأبحاث في المعهد»: a role after the comma is the source's apposition
    bare = a.bare[k]
    if bare in a.grammar.relatives or bare in WRITER_CLAUSES or bare in CONTRAST or bare in CONTRAST_BEFORE_AN:
        return False
    return bare not in CLAUSE_OPENERS and (a.complementiser_form(bare) or not a.is_stop(k))


@_according(
    "an according-to phrase at the end of a sentence, or after «وذلك», qualifies the clause before it",
    "وقتل ١٢ شخصا في الهجوم، بحسب مصادر طبية.",
    "took",
)
def _qualifies_before(cand: AccordingCue) -> Reading | Refusal | None:
    a, place = cand.index, cand.placement()
    # «، وذلك حسب تصريح المشرف على المسابقة الدكتور ...، عضو ...»: «ذلك» points back to the clause
    # before it, so the phrase qualifies that clause whatever words of its own follow it (a source
    # read short, a relative clause) and never the words after it.
    points_back = cand.cue - 1 > place.first and a.bare[cand.cue - 1] == THAT and a.conj[cand.cue - 1]
    if _front(place) or not (place.end >= cand.limit or a.punct[place.end] or points_back):
        return None
    b = _clause_before(a, place.first, cand.cue)
    if b - 1 > place.first and a.bare[b - 1] == THAT and a.conj[b - 1]:
        b = _clause_before(a, place.first, b - 1)  # «...، وذلك بحسب ما ذكرته الصحف»: «وذلك» points back
    start = _last_clause(a, place.first, b)
    got = a.content(start, b) if b > start else None
    return _reading(got, "according_to", _sources(cand))


def _last_clause(a: Speakers, first: int, b: int) -> int:
    """Where the clause an according-to phrase closing its sentence qualifies starts.

    The sentence's start, past a «قد» («وقد تم ذلك ...، بحسب الصحيفة»); or, when a comma and a
    contrast («، ولكنها», «، ومع أن», «، إلا أن») come before the phrase, the clause after the last
    such contrast («... قتل صديقه، ولكنها تستطيع ...، حسبما ذكرت السلطات»).
    """
    start = first
    for k in range(first + 1, b - 1):
        if not a.is_comma(k - 1):
            continue
        if a.bare[k] in a.pronoun_subjects or a.bare[k] in CONTRAST:
            start = k + 1
        elif a.bare[k] in CONTRAST_BEFORE_AN and a.complementiser_form(a.bare[k + 1]):
            start = k + 2
    if start < b and a.bare[start] in PERFECT:
        start += 1
    return start


def _names_a_teller(cand: AccordingCue) -> bool:
    """Whether an according-to phrase inside its clause names who told or recorded what it qualifies.

    Mid-clause, «وفق/حسب/طبقا» + a noun is far more often "in line with" («تعمل وفق تنسيق متقن», «وفق
    الشريعة الإسلامية», «حسب التبعية»; attr22d: 29 of 80 in 1,226 unannotated articles) than a report. It
    reports with a verb inside it («بحسب ما أعلنت»), with «عن» («نقلا عن»), or when a word of its noun
    phrase, up to the end of its first source, is a role, an unnamed source, a document, an outlet, a speaking
    noun or a body («حسب التقارير الطبية», «بحسب مصادر عسكرية», «بحسب مراسل وكالة الصحافة الفرنسية», «وفق نفس
    المصدر»), or the source is an entity.
    """
    a = cand.index
    if cand.absorbed or cand.info.prep == CITING_PREP:
        return True
    got = cand.phrase()
    if got is None:
        return False
    sources = got[1]
    if any(s.entity is not None for s in sources):
        return True
    lex, grammar = a.lex, a.grammar
    known = (lex.roles, lex.unnamed, lex.documents, grammar.outlets, grammar.speaking_nouns, grammar.bodies)
    end = a.tok_of(sources[0].end - 1) + 1 if sources else cand.after_cue + 1
    for k in range(cand.after_cue, min(end, a.n)):
        head = a.head(k)
        if any(head in words for words in known) or a.is_role(k):
            return True
    return False


@_according(
    "an according-to phrase inside a clause qualifies the whole clause, up to a comma and a new clause",
    "وبلغ عدد القتلى وفقاً لمصادر طبية 12 شخصا، حيث استهدفت الغارات السوق.",
    "took",
    "وفق المرصد، أسفرت الضربات عن مقتل ١٢ شخصا، حيث استهدفت المدينة.",
    "وتعمل القوات وفق تنسيق متقن على الحدود، حيث تنتشر الدوريات.",
)
def _qualifies_around(cand: AccordingCue) -> Reading | Refusal | None:
    a, place = cand.index, cand.placement()
    if _front(place) or place.end >= cand.limit or a.punct[place.end]:
        return None
    if not _names_a_teller(cand):
        return None
    return _whole_clause(cand, place)


def _whole_clause(cand: AccordingCue, place: Placement, resume: int = -1, start: int = -1) -> Reading | None:
    """The clause an according-to phrase inside it qualifies: from the sentence's start to the
    clause's end or to a comma and a writer's clause («، حيث»), a quote's inside apart; the clause
    goes on from ``resume`` when commas set the phrase off (a cue after a comma ends a clause), and
    starts at ``start`` when a clause opener after a comma comes before the phrase."""
    a = cand.index
    start = place.first if start < 0 else start
    end = a.clause_end(start if resume < 0 else resume)
    # «بلغ عدد السيارات وفقاً لفريق الإحصاء 1467 سيارة، حيث استمرت الحركة ...»: the writer's
    # next clause after a comma is not what the source counted.
    quoted = [(o, c) for o, c in a.closer.items() if place.first <= o < end]
    for k in range(place.end, end - 1):
        if a.is_comma(k) and a.bare[k + 1] in WRITER_CLAUSES and not any(o < k < c for o, c in quoted):
            end = k
            break
    return _reading(a.content(start, end), "according_to", _sources(cand))


@_according(
    "an according-to phrase standing alone after a full stop qualifies the whole sentence before it",
    "وقضت المحكمة لصالح الفتاة، مشيرة إلى أنه لا يحق للشركة رفضها. وفقا لوكالة الأناضول.",
    "took",
    "بحسب المرصد.",
)
def _qualifies_previous(cand: AccordingCue) -> Reading | Refusal | None:
    a, place = cand.index, cand.placement()
    sent = a.sent_of[cand.cue]
    if sent == 0 or _front(place) or a.back_has_clause(place.first, cand.cue):
        return None
    if any(a.word(k) for k in range(place.first, cand.cue)) or not (place.end >= cand.limit or a.punct[place.end]):
        return None
    # A phrase set apart by a full stop is part of no clause: like the same phrase closing the
    # sentence after a comma, it credits the whole sentence before it, a report inside that
    # sentence included («...، مشيرة أنه لا يحق للشركة ....وفقا لوكالة الاناضول.», «...، كما أشار
    # المصدر أن ....وفقا للبوابة العربية»), not the first clause up to that report's cue.
    # A closing mark stays only when its quote opened inside that sentence («... لاي شخص.”وفقا
    # لرويترز.» after a quote that opened sentences before: the mark and the stop go).
    prev, end = a.sent_first[sent - 1], place.first
    while end > prev and a.punct[end - 1] and a.opener.get(end - 1, -1) < prev:
        end -= 1
    return _reading(a.content(prev, end), "according_to", _sources(cand))


@_according("an according-to phrase with no words to qualify gives nothing", "بحسب المرصد.", "refused")
def _nothing_qualified(cand: AccordingCue) -> Reading | Refusal | None:
    return REFUSED


def _sources(cand: AccordingCue) -> tuple[Source, ...]:
    got = cand.phrase()
    return got[1] if got is not None else ()


ACCORDING_TO = _according.table()


# -- speech cues -----------------------------------------------------------------------------------

_speech: _Rules[SpeechCue, Refusal] = _Rules("speech cues")


def speech_cue(a: Speakers, i: int, match: CueMatch) -> SpeechCue:
    """The reporting verb or participle at ``i``, with its preposition and what opens its content."""
    info = match.info
    p = match.last + 1
    cue_end = match.cue_end
    if info.prep and p < a.n and a.bare[p] == info.prep:
        cue_end = a.ends[p]
        p += 1
    elif a.on_before_complementiser(p, info):
        cue_end = a.ends[p]  # «مؤكدا على أن»: «أكد»'s own «على» is in the cue, as a listed one is
        p += 1
    if info.prep == "doc":
        # «وجاء في بيان صادر عن المتنزه ... أنه»: the one who issued the document is the source.
        if p >= a.n or a.head(p) not in a.lex.documents:
            return SpeechCue(a, i, info, match.cue_start, cue_end, p, "none", p, no_document=True)
        cue_end = a.ends[p]  # «جاء في بيان»: the document noun belongs to the cue
        issuer = p + 1
        while issuer < a.n and a.bare[issuer] in a.grammar.issued:
            issuer += 1
    else:
        issuer = -1
    if info.prep in GIVING:
        # «وقدم معاليه شكره لـ»: the noun of thanks opens the content, the words before it are the source
        # («وحمّل الوزير الشركة المسؤولية»: the subject, then the one held responsible).
        return SpeechCue(a, i, info, match.cue_start, cue_end, p, "prep", a.thanks_object(p, info.prep), issuer)
    taken = p > match.last + 1 and p < a.sent_limit(i) and info.np and a.word(p) and not a.is_comp(p)
    if taken and info.type in ("speech", "participle") and p not in a.cue_at and not a.according_cue(p):
        # «شدد على معاقبة المخالفين إن وجدوا»: the preposition right after the verb opens the
        # content; an «إن» further on is "if", not a complementiser. A participle too («معربا عن
        # أمله بأن ...»: the «أن» clause is the complement of «أمله», attr17a).
        return SpeechCue(a, i, info, match.cue_start, cue_end, p, "prep", p - 1, issuer)
    bare_np = info.type == "participle" and not info.prep and info.np and p < a.sent_limit(i) and a.word(p)
    # «مؤكدا سموه أن», «مؤكدا لهم أن»: a subject or an addressee, then «أن»: not a noun phrase.
    comp_near = any(a.is_comp(x) for x in range(p + 1, min(a.n, p + 1 + COMP_NEAR)))
    if bare_np and not (a.is_stop(p) or a.is_comp(p) or p in a.cue_at or comp_near):
        # «مقدرا عدد المراكب ...، وبالتالي فإن ...»: a participle's noun phrase right after it is
        # its content; an «أن» further on belongs to another clause.
        return SpeechCue(a, i, info, match.cue_start, cue_end, p, "none", p, issuer)
    if info.lemma in ON_TAKERS and p < a.sent_limit(i) and a.confirmed_on(p, p, info):
        # «أكد على أهمية ...»: «على» right after the verb is its own preposition, in the cue like a
        # listed one; the noun phrase after it is the content (an «أن» further on is the noun's).
        return SpeechCue(a, i, info, match.cue_start, a.ends[p], p + 1, "prep", p, issuer)
    how, c = a.content_start(p, info)
    if how == "none" and p > i + 1 and info.np and p < a.sent_limit(i) and a.word(p):
        how, c = "prep", p - 1  # «شدد على أهمية ...»: the preposition was taken into the cue
    return SpeechCue(a, i, info, match.cue_start, cue_end, p, how, c, issuer)


@_speech(
    "«جاء في» reports only from a document",
    "وجاء في المرتبة الأولى فريق الهلال.",
    "refused",
    "وجاء في بيان للوزارة أن المدارس ستفتح أبوابها.",
)
def _no_document(cand: SpeechCue) -> Refusal | None:
    return REFUSED if cand.no_document else None


@_speech(
    "«دافع عن ألوان» is playing for a team, not defending in words",
    "ودافع لويس عن ألوان اتلتيكو من 2010 حتى 2014.",
    "refused",
    "ودافع الرئيس عن الاتفاق النووي أمام الكونغرس.",
)
def _played_for(cand: SpeechCue) -> Refusal | None:
    a, i = cand.index, cand.cue
    if cand.info.lemma != DEFENDED:
        return None
    limit = min(a.sent_limit(i), cand.marker_at + 2)
    # «دافع عن ألوان», «دافع عن الوانه»: a team's colours (or its goal) after «عن».
    return REFUSED if any(a.bare[k].startswith(TEAM_WORDS) for k in range(cand.marker_at, limit)) else None


@_speech(
    "«أصر على» reports only with «أن» + a statement: «أن» + a verb insists on an act",
    "ولكن البغدادي رفض أن تقتل رجلاً، وأصر على أن تقطع رأس امرأة.",
    "refused",
    "فيما أصر جويس على ان الحالة الاميركية غير قابلة للمقارنة.",
    "ورفض الوزير الانتقادات، مصرا على أنه لم يخطئ.",
)
def _insisted_on_act(cand: SpeechCue) -> Refusal | None:
    a, c = cand.index, cand.marker_at
    if cand.info.lemma not in INSISTED:
        return None
    if cand.how != "comp":
        return REFUSED  # «يصر الدائنون على «تعاون جيد»»: insisting on a thing; only «على أن» states
    if c + 1 >= a.n or a.bare[c] != BARE_AN:
        return None
    # «أصر على أن تقطع»: «أن» + a verb wants a deed done; «أصر على أن الحالة», «على أنه» state.
    nxt = a.texts[c + 1]
    verb = a.word(c + 1) and not a.definite(c + 1) and nxt.startswith(IMPERFECT_PREFIXES)
    return REFUSED if verb else None


@_speech(
    "a present-tense verb does not report a noun phrase, unless it advises, calls for an action, accuses or threatens",
    "في صورة تعبر عن الأصالة والاستفادة من الموارد.",
    "refused",
    "وعبر الوزير عن أمله في التوصل إلى اتفاق.",
    "كما ينصح الأطباء بشرب الماء الدافئ صباحا.",
    "ويتهم خصومه الحزب برفض تعيين القائد.",
    "في حين يدعو خصومهم إلى النزول لمجلس النواب.",
    "وتطبق أحكام المادة 236 من نظام العمل، التي تنص على معاقبة المخالفين بغرامة.",
    "وتقول المعارضة إن الولايات المتحدة تتهم النظام بدعم التنظيم.",
    "وقال مسؤول إن الطبيب يهدد بالانتقال إلى القطاع الخاص.",
)
def _present_with_noun_phrase(cand: SpeechCue) -> Refusal | None:
    if not (cand.how == "prep" and cand.info.present):
        return None
    # Advice and calls report an action even in the present («كما ينصح الأطباء بشرب الماء»),
    # where a clause starts; after an indefinite noun the verb describes it («قصائد تحث على»).
    a, i = cand.index, cand.cue
    if cand.info.lemma == STIPULATES and a.stipulating_text(i) is not None:
        return None  # «المادة ...، التي تنص على معاقبة المخالفين»: what the law says
    first = a.sent_first[a.sent_of[i]]
    opens = i == first or a.conj[i] or a.punct[i - 1] or a.bare[i - 1] in CLAUSE_STARTERS
    # A present verb right after a definite noun or a relative pronoun is that noun's predicate, not a
    # description (which follows indefinite nouns only); an accusation so placed is the subject's
    # report («الولايات المتحدة تتهم النظام بـ», «باريس التي تتهم المتمردين بـ»). Calls so placed are
    # mostly what a creed or a text "calls for" («الدين الذي يدعو إلى التسامح»): not opened.
    accuses = cand.info.lemma == ACCUSED and _after_subject(cand)
    if cand.info.lemma == THREATENED and (opens or _after_subject(cand)):
        return None  # «الطبيب يهدد بالانتقال»: a threat of an action is its subject's report, as an accusation
    return None if cand.info.lemma in DIRECTIVES and (opens or accuses) else REFUSED


def _after_subject(cand: SpeechCue) -> bool:
    """Whether the verb follows a definite noun or a relative pronoun in its sentence, with no «و»."""
    a, i = cand.index, cand.cue
    if a.conj[i] or i <= a.sent_first[a.sent_of[i]]:
        return False
    return a.definite(i - 1) or a.bare[i - 1] in a.grammar.relatives


@_speech(
    "«تحدث» reports only what follows its «عن»",
    "وتحدث الإعلامي هادي الشيباني إلى الصحفيين في المؤتمر.",
    "refused",
    "وتحدثت صحيفة «ذي غارديان» عن 16 مليون جنيه استرليني.",
)
def _talked_about(cand: SpeechCue) -> Refusal | None:
    a = cand.index
    if cand.info.lemma != TALKED:
        return None
    # «تحدث إلى», «تحدث مع», and «تُحدث فرقا» (the verb «أحدث», spelled alike) report nothing.
    return None if cand.how == "prep" and a.bare[cand.marker_at] == ABOUT else REFUSED


@_speech(
    "«مؤكدة» right after an indefinite feminine noun, with no «أن», quote or colon, is the adjective “confirmed”",
    "وكشف مصدر طبي أن تسع حالات إصابة مؤكدة من التي تم تنويمها بالمستشفى.",
    "refused",
    "وأعلنت الوزارة مؤكدة أهمية الالتزام بالتعليمات.",
    "وأصدرت اللجنة توصية مؤكدة أن القرار نهائي.",
)
def _confirmed_adjective(cand: SpeechCue) -> Refusal | None:
    a, i = cand.index, cand.cue
    if cand.info.lemma != CONFIRMING or i == 0 or cand.how in ("comp", "quote", "colon"):
        return None
    prev = a.texts[i - 1]
    # «إصابة مؤكدة», «معلومات مؤكدة»: it agrees with the noun; the participle follows a subject or a clause.
    noun = a.word(i - 1) and not a.bare[i - 1].startswith(ARTICLE) and prev.endswith(FEMININE_ENDINGS)
    return REFUSED if noun and a.texts[i].endswith(FEMININE_ENDINGS[0]) else None


@_speech(
    "«نقل» with «إلى» before its content moves a thing or a person; it relays nothing",
    "والذي نقل إلى فرنسا السبت سيفتح «بعيد ظهر الأربعاء» في مختبر عسكري.",
    "refused",
    "ونقلت الوكالة عن الوزير قوله إن المفاوضات ستستأنف.",
)
def _moved(cand: SpeechCue) -> Refusal | None:
    a = cand.index
    if cand.info.lemma != MOVED:
        return None
    between = range(cand.after_cue, min(cand.marker_at, a.n))
    return REFUSED if any(a.bare[k] == MOVED_TO for k in between) else None


@_speech(
    "«كتب عليه» is an inscription on a thing, not a report",
    "ومنها طابع عام 1969 وكتب عليه «الجمهورية العربية المتحدة 1969».",
    "refused",
    "وكتب الوزير في تغريدة: «سنواصل العمل».",
)
def _inscribed(cand: SpeechCue) -> Refusal | None:
    a, p = cand.index, cand.after_cue
    if cand.info.lemma != WROTE or p >= a.n:
        return None
    return REFUSED if a.bare[p] in ON_IT else None


@_speech(
    "«استبعد» reports only an «أن» clause (ruling a claim out)",
    "وكان المدرب قد استبعد سبعة من لاعبيه من قائمته، من بينهم: الحسن وعباس.",
    "refused",
    "استبعدت إدارة النادي أن تكون الشكوى سببا في إبعاد اللاعب.",
)
def _ruled_out(cand: SpeechCue) -> Refusal | None:
    # «استبعد» with a noun phrase, or a colon after one, drops players or options: nothing is reported.
    if cand.info.lemma != RULED_OUT:
        return None
    # «غير أني أستبعد أن»: the first person, written with its hamza, is a speaker's aside in a quote.
    first_person = cand.index.texts[cand.cue].startswith(HAMZA_ON_ALIF)
    return None if cand.how == "comp" and not first_person else REFUSED


@_speech(
    "a board of directors' recommendation is its decision, not a report",
    "أوصى مجلس إدارة شركة أسمنت المنطقة الشمالية بتوزيع أرباح نقدية على مساهمي الشركة.",
    "refused",
    "وأوصى مجلس الشورى بدراسة أسباب ارتفاع الأسعار.",
    "وأوصت اللجنة بضرورة إعادة النظر في القرار.",
)
def _board_decision(cand: SpeechCue) -> Refusal | None:
    # «أوصى مجلس إدارة الشركة بتوزيع أرباح»: companies announce dividends and capital changes
    # this way; what is "recommended" is the board's own act, and a general assembly only votes on it.
    a, p = cand.index, cand.after_cue
    if cand.info.lemma != RECOMMENDED or p + 1 >= a.n:
        return None
    board = a.bare[p] == BOARD[0] and a.bare[p + 1].removeprefix(ARTICLE) == BOARD[1]
    return REFUSED if board else None


@_speech(
    "a quote or a colon belongs to the first cue before it",
    "ردت بثقة وكأنها توقعت سماعه: «هذا صحيح تماما».",
    "refused",
)
def _claimed(cand: SpeechCue) -> Refusal | None:
    return REFUSED if cand.how in ("quote", "colon") and cand.marker_at in cand.index.claimed else None


@_speech(
    "a preposition that opens a content belongs to the first cue before it",
    "وعبرت الجماهير عبر مواقع التواصل عن غضبها من النتيجة.",
    "refused",
    "وعبر الوزير عن أمله في التوصل إلى اتفاق.",
)
def _claimed_preposition(cand: SpeechCue) -> Refusal | None:
    # One preposition is governed by one verb: «عبرت ... عبر مواقع ... عن غضبها» is one report.
    return REFUSED if cand.how == "prep" and cand.marker_at in cand.index.claimed else None


@_speech(
    "«طلب» reports an «أن» only in its own clause, before any «و» or «ف» of a next verb",
    "وطلبت الطائرة الإذن بالهبوط ورفضت التعريف عن صاحبها لكنها أشارت إلى أن المسافر مهم.",
    "refused",
    "وطلب ثلاثة رؤساء اتحادات من رجل الأعمال أن يكون الرئيس المستقل.",
)
def _asked_far(cand: SpeechCue) -> Refusal | None:
    if cand.info.lemma != ASKED or cand.how != "comp":
        return None
    a, p, c = cand.index, cand.after_cue, cand.marker_at
    # «طلبت الإذن بالهبوط ورفضت ... لكنها أشارت إلى أن»: what was asked is the thing after the
    # verb; a later «أن» belongs to a later verb. The «أن» follows the verb, a short subject or
    # the «من» of whom it asks («طلب منا أن», «طلبوا من رجل الأعمال ... أن»).
    if any(a.conj[k] for k in range(p, c)) or a.bare[p] == FROM or a.bare[p] in ASKED_FROM:
        return REFUSED  # «طلب منا أن»: no subject written, and the addressee is no source
    addressed = p < _asked_from(cand, c) < c
    return None if addressed or c - p <= ASKED_SUBJECT else REFUSED


@_speech(
    "a verb whose subject is evidence reports no one's words",
    "وتشير الأرقام إلى أن عدد الزوار ارتفع هذا العام.",
    "refused",
    "وتشير الوزارة إلى أن عدد الزوار ارتفع هذا العام.",
    "وكان خبراء اقتصاديون قد توقعوا في استطلاع لرويترز أن ترتفع المبيعات.",
    "وأوصت الدراسة بفتح فرع لجامعة الباحة في المدينة.",
    "وطالبت الدراسة بالاهتمام بشوارع المدينة وإنارتها.",
    "وقال الوزير إن العلاقات متينة، نافيا وجود أي خلاف بين البلدين.",
    "وأكد المدير أن العمل مستمر، لافتا إلى وجود تعاون مع الأمانة.",
    "وزار الوزير المستشفى، مشيرا إلى وجود خطة لتطويره.",
    "وعن نتيجة العملية أكد المدير الطبي أن المريض تماثل للشفاء.",
)
def _evidence(cand: SpeechCue) -> Refusal | None:
    a, i = cand.index, cand.cue
    evidence = a.grammar.evidence
    # «وأوصت الدراسة بفتح فرع», «ودعت الدراسة المؤسسات إلى»: a study, as the subject after the
    # verb, recommends and calls for what its authors want done (docs/attribution.md, session 11:
    # counted, the study the source); figures that "call for" something («تدعو المؤشرات إلى
    # التفاؤل») still refuse, and so does a study before the verb («دراسة طلبوا فيها من الطلبة»).
    after = evidence - a.grammar.recommending if cand.info.lemma in DIRECTIVES else evidence
    first, limit = a.sent_first[a.sent_of[i]], a.sent_limit(i)
    p = cand.after_cue
    # A participle has no subject of its own: the word after it is its object, what is stated
    # («، نافيا وجود أي تراجع», «، لافتا إلى وجود تعاون»), never the evidence that speaks. Past the
    # verb's own preposition comes its content, no subject either («مشيرا إلى وجود خطة», «أكد على وجود»).
    took_prep = cand.how == "prep" and cand.marker_at < p
    reach = 0 if cand.info.type == "participle" or took_prep else EVIDENCE_REACH
    for k in range(p, min(limit, p + reach)):
        if not a.word(k) or a.is_comp(k) or a.bare[k] in NOUN_PREPOSITIONS:
            break  # «توقعوا في استطلاع لرويترز أن»: the poll is where they said it, not the subject
        if a.head(k) in after:
            return REFUSED
    if not a.conj[i]:
        # A noun a preposition governs, with its genitives, is no subject of a verb: «وعن نتيجة العملية
        # أكد المدير أن», «وحول نتائج التحقيق قال», «وفي الإعلان عن النتائج قالت الشركة إن». (A participle
        # after a noun may be its adjective, «إصدار بيانات مطالبة بالإيقاف»: it keeps the refusal.)
        start = max(first, i - EVIDENCE_REACH - 1)
        verb = cand.info.type == "speech"
        prep = max((k for k in range(start, i) if verb and a.bare[k] in NOUN_PREPOSITIONS), default=-1)
        for k in range(i - 1, max(first, i - EVIDENCE_REACH) - 1, -1):
            if not a.word(k):
                break
            if a.head(k) in evidence and (prep < 0 or k < prep):
                return REFUSED
        # «إلا أن وجود جروح على الذراعين يشير إلى أن»: the subject opens right after «أن».
        for k in range(i - 2, max(first, i - EVIDENCE_SUBJECT) - 1, -1):
            if a.punct[k] or k in a.cue_at:
                break
            if a.complementiser_form(a.bare[k]):
                if a.head(k + 1) in evidence:
                    return REFUSED
                break
    return None


@_speech(
    "«عبر» with no «عن», before a possessed noun, or inside a clause with a comma or another cue before"
    " its «عن», is “via”, not “expressed”",
    "وقدمت الرئاسة الدعم إما ماليا أو عبر مساعدات لوجستية، في وقت ينتظر أن تدعم الخطط الأندية.",
    "refused",
    "وعبر الوزير عن أمله في التوصل إلى اتفاق.",
    "وفي ختام اللقاء عبر الوزير عن شكره للحضور.",
    "وقد عبر رئيس الهيئة عن أمله في نجاح الموسم.",
    "ومن جهته عبر جلبير أوندونجو، وزير المالية، عن تفاؤله الكبير.",
    "من جهة ثانية عبرت الجماهير عبر مواقع التواصل الاجتماعي عن غضبها.",
)
def _via(cand: SpeechCue) -> Refusal | None:
    if cand.info.lemma != VIA:
        return None
    if cand.how == "prep":
        # «أعلنت الوزارة عبر موقعها في “تويتر” عن ...»: a possessed noun right after «عبر» is the
        # channel; the subject of «عبّر» is not («عبر المواطنون عن سعادتهم»).
        a, p = cand.index, cand.after_cue
        owned = p < cand.marker_at and not a.definite(p) and a.bare[p].endswith(OBJECT_SUFFIXES)
        if owned and len(a.bare[p]) > 3 and not a.is_role(p):
            return REFUSED
        # «عبّر» with its subject between it and «عن» ends the subject at «عن» («وعبر الوزير عن»);
        # inside a clause, a noun after «عبر» followed by a comma or another cue before «عن» is what
        # "via" leads to («يقلل من المشاكل عبر إيجاد بيئة ...، ... عن», «حقق معه عبر مترجم وسأله عن»).
        i = cand.cue
        inside = i > 0 and not a.conj[i] and not a.punct[i - 1] and i != a.sent_first[a.sent_of[i]]
        opener = i == 0 or a.bare[i - 1] in CLAUSE_STARTERS or a.bare[i - 1] in a.grammar.relatives
        noun = p < cand.marker_at and a.word(p) and not a.is_stop(p)
        # (a second «عبر» is the "via" of «عبرت الجماهير عبر مواقع التواصل عن»: no break)
        other = [k for k, m in a.cue_at.items() if p <= k < cand.marker_at and m.info.lemma != VIA]
        # A comma before a role is an apposition inside the subject («ومن جهته عبر جلبير أوندونجو،
        # وزير المالية، عن تفاؤله»); one before «و», «أو» or a particle ends the phrase of "via".
        ends = [
            k
            for k in range(p, cand.marker_at - 1)
            if a.is_comma(k) and (a.conj[k + 1] or a.norm[k + 1] == OR_WORD or a.is_stop(k + 1))
        ]
        broken = bool(other or ends)
        return REFUSED if inside and not opener and noun and broken else None
    # «عبر عن أن ...» is "expressed"; an «أن» further on belongs to another verb («أو عبر
    # مساعدات ...، في وقت ينتظر أن تدعم»).
    a, c = cand.index, cand.marker_at
    return None if cand.how == "comp" and c > 0 and a.bare[c - 1] == AN else REFUSED


@_speech(
    "a verb with a plain noun phrase right after a relative pronoun describes its antecedent, no report",
    "وانضم إليها 1000 مقاتل من الجنوب والذين أبدوا الاستعداد للدفاع عن أرض الجنوب.",
    "refused",
    "وأبدى المواطنون استياءهم من تأخر التأشيرات.",
    "وقال كبار السن الذين أفادوا بأن المياه انقطعت إن الوضع صعب.",
)
def _described_in_relative(cand: SpeechCue) -> Refusal | None:
    # «الذين أبدوا الاستعداد للدفاع»: who they are, not what they said; a relative clause with
    # «أن», a quote or a colon («الذين أفادوا بأن») still reports (the guideline's relative subjects).
    # «وصف» names what it describes with a «بـ» written on the next word («التي وصفها بالداعم»).
    a, i = cand.index, cand.cue
    if cand.how != "none" or i == 0 or a.conj[i] or cand.info.lemma == DESCRIBED:
        return None
    return REFUSED if a.bare[i - 1] in a.grammar.relatives else None


@_speech(
    "«وصفته», «وصفتها» with no «بـ» description or quote after it is the noun «وصفة» “recipe” with its pronoun",
    "وقدمت الطاهية وصفتها المفضلة للكعك.",
    "refused",
    "وتمت العملية تحت إشراف الشريف الذي وصفته المنظمة في بيانها بالإرهابي.",
    "وانتقدت الحكومة تصريحاته، ووصفتها بأنها عدائية.",
)
def _recipe(cand: SpeechCue) -> Refusal | None:
    a, i, p = cand.index, cand.cue, cand.after_cue
    if cand.info.lemma != DESCRIBED or p >= a.n or p in a.closer:
        return None  # «ما وصفته "دولة إسرائيل"»: a quote is what she called it
    stem = next((a.bare[i].removesuffix(e) for e in OBJECT_SUFFIXES if a.bare[i].endswith(e)), "")
    if not stem.endswith(FEMININE_TA):
        return None
    # «وصفتها المفضلة», «وصفته الطبية»: «وصفة» + a pronoun reads as the verb only when its «بـ»
    # description (or «بأن») follows its subject within reach.
    return None if _ba_within(cand, DESCRIBED_SUBJECT + 1) else REFUSED


def _ba_within(cand: SpeechCue, reach: int) -> bool:
    """Whether a word written with «بـ» («بالرد», «بأنها», «بـ») stands within ``reach`` words after the cue,
    in its sentence."""
    a, p = cand.index, cand.after_cue
    return any(a.word(k) and a.bare[k].startswith(BA) for k in range(p, min(a.sent_limit(cand.cue), p + reach)))


@_speech(
    "present «يهدد», «تهدد» with no «بـ» threat after it is “endangers”, no report",
    "ويرى أن الاتفاق من شأنه أن يهدد «مصداقية» الولايات المتحدة في العالم.",
    "refused",
    "وهدد الجيش الكوري الجنوبي اليوم بالرد على أي استفزاز.",
    "وقال إن الطبيب الذي يهدد بالانتقال للقطاع الخاص يعلم أن رواتبه ستقل.",
    "ويهدد التنظيم: «سنضرب في كل مكان».",
)
def _endangers(cand: SpeechCue) -> Refusal | None:
    # «العنف الذي يهدد منطقتنا», «الشائعات التي تهدد الأمن القومي»: a thing puts another at risk; a
    # threat names what the threatener will do with «بـ» («يهدد بالانتقال», «هدد ... بالرد»).
    if cand.info.lemma != THREATENED or not cand.info.present or cand.how == "colon":
        return None  # «ويهدد التنظيم: «سنضرب ...»»: what is said after a colon is the threat
    return None if _ba_within(cand, THREAT_REACH) else REFUSED


@_speech(
    "a quoted name inside a quote of the same straight marks is no content past the cue's subject",
    'وقال: "لا شك أن نقل مليون ضيف يمثل إنجازا كبيرا يعكس جهود فريق "طيران ناس" بالكامل".',
    "refused",
    'وقال المدير: "أكد الوزير "الطالب زبوني" في كل لقاء".',
)
def _name_inside_quote(cand: SpeechCue) -> Refusal | None:
    # «"لا شك أن نقل مليون ضيف ... يعكس ... جهود فريق "طيران ناس" بالكامل ..."»: a quote the quote
    # pairing opened inside another (a name, typed with the same straight marks) is a name in the
    # speaker's words; a cue word before it inside the outer quote («نقل» "carrying", «تفيد»
    # "benefits") reports it only when it comes right after the cue's subject («أكد الوزير "..."»),
    # not past another clause («يمثل إنجازا ... يعكس ...»).
    a = cand.index
    if cand.how != "quote" or cand.marker_at not in a.nested:
        return None
    return REFUSED if _words_past_subject(cand) else None


def _words_past_subject(cand: SpeechCue) -> bool:
    """Whether a word (not a stop word) stands between the noun phrase after the cue and its marker."""
    a = cand.index
    subject = a.np_end(cand.after_cue, cand.marker_at, names=True)
    return any(a.word(k) and not a.is_stop(k) for k in range(subject, cand.marker_at))


@_speech(
    "an announcement or unveiling of a thing is no report",
    "وأعلنت السلطات حالة الطوارئ في المدينة.",
    "refused",
    "وأعلنت السلطات أن المدارس ستغلق أبوابها.",
    "وأعلن الوزير أمس في مؤتمر صحفي: «لن نتراجع عن القرار».",
)
def _unveiling(cand: SpeechCue) -> Refusal | None:
    if cand.info.lemma not in UNVEILING or cand.quote_before() >= 0:
        return None
    a, p = cand.index, cand.after_cue
    if cand.how == "colon":
        # «أعلنت الوزارة عن توفر 5000 وظيفة موزعة على المراحل الأربع: رياض الأطفال ...»: a colon
        # after the thing announced («عن» + the thing, or a word right after the subject, not a time
        # or venue) lists it.
        k = cand.subject_end()
        thing = k < cand.marker_at and a.word(k) and not a.is_stop(k)
        if not thing and all(a.bare[j] != ABOUT for j in range(p, cand.marker_at)):
            return None
    elif cand.how == "quote":
        # «أعلن انعقاد جلسة ... «للتباحث ...»»: a quote after the thing announced is a name or a
        # purpose, not what was said; a quote right after the subject is.
        if not _words_past_subject(cand):
            return None
    elif cand.how not in ("none", "prep"):
        return None
    end = cand.subject_end() if cand.how == "prep" else a.np_end(p, a.sent_limit(cand.cue), names=True)
    _keep_subject(cand, end)  # who announced may go on to say more («وأضاف»)
    return REFUSED


def _keep_subject(cand: SpeechCue, end: int) -> None:
    """Keep the words after a refused cue up to ``end`` as the subject a later dropped-subject cue may
    go on from (:meth:`Speakers.previous_speaker`)."""
    if end > cand.after_cue:
        cand.index.announcers.append((cand.cue, cand.after_cue, end))


@_speech(
    "a belief («رأى» “took the view”) is no report, but who held it may go on to say more",
    "ورأى الوزير أن الخطة ستنجح، مضيفا أن التمويل متوفر.",
    "refused",
    "وأكد الوزير أن الخطة ستنجح.",
    "واعتبر الوزير أن الخطة ستنجح.",
)
def _belief(cand: SpeechCue) -> Refusal | None:
    # The guideline counts «اعتبر أن» (a stated view) and not beliefs («يرى», «رأى»); no tuning gold
    # marks a «رأى». Its subject stays a mention that a dropped-subject cue after it goes on from
    # («ورأى ظريف أن ...، مضيفا»), as an announcer's does.
    if cand.info.lemma != SAW:
        return None
    a, p = cand.index, cand.after_cue
    _keep_subject(cand, cand.subject_end() if cand.how != "none" else a.np_end(p, a.sent_limit(cand.cue), names=True))
    return REFUSED


@_speech(
    "a participle right after a noun with a written accusative tanween describes it",
    "وتصدر بحقها أحكاماً مشددة قد تصل إلى حجز المركبة وتطبق على المخالفين.",
    "refused",
    "وأكد الوزير ذلك، مشددا على أهمية التعاون.",
)
def _tanween_adjective(cand: SpeechCue) -> Refusal | None:
    a, i = cand.index, cand.cue
    if cand.info.type != "participle" or i == 0 or a.conj[i] or not a.word(i - 1) or a.definite(i - 1):
        return None
    # «أحكاماً مشددة»: the written tanween marks an indefinite accusative noun, which the
    # participle agrees with («حضورا لافتا» without the mark is the reading below).
    return REFUSED if FATHATAN in a.texts[i - 1] else None


@_speech(
    "a participle after «غير» is a negated adjective, no report",
    "ويمكن التلاعب بالأجهزة بطرق غير متوقعة وان المهاجمين يتقدمون على المدافعين.",
    "refused",
    "وأكد الوزير ذلك، متوقعا أن ترتفع الأسعار.",
    "وقال إن الوضع غير مستقر، مؤكدا أن الحل قريب.",
)
def _negated_participle(cand: SpeechCue) -> Refusal | None:
    a, i = cand.index, cand.cue
    if cand.info.type != "participle" or i == 0 or a.conj[i]:
        return None
    # «بطرق غير متوقعة», «تقارير غير مؤكدة»: «غير» negates an adjective; a reporting participle
    # (a circumstantial accusative after its clause) is never negated by it.
    return REFUSED if a.norm[i - 1] == NEGATING_GHAYR else None


@_speech(
    "a participle that takes a preposition, with a comma or full stop right after it, describes the noun before it",
    "ووصلت الوفود وسط تعزيزات أمنية مشددة، حيث تجرى الاستعدادات على قدم وساق.",
    "refused",
    "وأكد الوزير ذلك، مشددا على أهمية التعاون.",
    "وتحدث الوزير عن الخطة مشيرا إلى أن العمل بدأ.",
    'ويستدرك جوبسون قائلا، "إنه لوحظ تراجع الصفقات".',
)
def _participle_without_preposition(cand: SpeechCue) -> Refusal | None:
    a, i = cand.index, cand.cue
    if cand.info.type != "participle" or not cand.info.prep or cand.after_cue != i + 1 or i + 1 >= a.n:
        return None
    # «تعزيزات أمنية مشددة،», «حراسة أمنية مشددة.»: «مشددا» reports with «على», «مشيرا» with «إلى»;
    # the phrase ends before its preposition, so the participle is an adjective («مشدَّدة» "tight").
    return REFUSED if a.punct[i + 1] and a.texts[i + 1] in PHRASE_ENDS else None


@_speech(
    "a word before a «بـ» written on the next word is a verb only where a clause can start",
    "وفاز طالب بجامعة الملك سعود بالجائزة الأولى.",
    "refused",
    "وطالب بتحسين الخدمات في الأحياء الجديدة.",
    "والماء مفيد، كما ينصح بشرب الماء الدافئ صباحا.",
    "ويقاطع النواب جلسات البرلمان مطالبين بتوافق مسبق على رئيس.",
    "وقال مسؤول إن الطبيب يهدد بالانتقال إلى القطاع الخاص.",
)
def _noun_before_ba(cand: SpeechCue) -> Refusal | None:
    a, i, c = cand.index, cand.cue, cand.marker_at
    if cand.how != "prep" or c != cand.after_cue or a.bare[c] == cand.info.prep:
        return None
    if a.bare[c] == ON and cand.info.lemma in ON_TAKERS:
        return None  # «فلان أكد على أهمية ...»: the verb's own «على», no «بـ» on a noun
    if cand.info.type == "participle" and cand.info.lemma != ACCUSING and i > 0 and a.bare[i - 1] not in PRONOUNS:
        # «جلسات البرلمان مطالبين بتوافق»: a participle after its clause is no noun (but «فهي
        # مطالبة بتلبية» is the predicate "obliged to", and «متهمين بالتجسس» is also "accused of")
        return None
    if cand.info.lemma == THREATENED and cand.info.present and _after_subject(cand):
        return None  # «الطبيب يهدد بالانتقال»: a present verb after its subject, no noun
    first = a.sent_first[a.sent_of[i]]
    # «كما ينصح بـ», «فيما طالب بـ», «وقد طالب بـ»: these words open a clause too.
    return None if a.conj[i] or i == first or a.punct[i - 1] or a.bare[i - 1] in CLAUSE_STARTERS else REFUSED


@_speech(
    "a call addressed to God is a prayer, not a report",
    "ودعا رئيس الهيئة الله عز وجل أن يتقبل الشهداء.",
    "refused",
    "ودعا رئيس الهيئة المواطنين إلى الحذر.",
    "ودعا المجلس إلى ضبط النفس، داعيا للحوار بين الطرفين.",
    "ورحب الأمير بالوفد، متمنيا لهم طيب الإقامة.",
)
def _prayer(cand: SpeechCue) -> Refusal | None:
    if cand.info.lemma not in CALLS:
        return None
    a, p = cand.index, cand.after_cue
    if p < a.n and a.bare[p] in PRAYED_FOR and cand.info.lemma not in WISHES:
        return REFUSED  # «داعين له بالتوفيق»: a prayer for someone («متمنيا لهم التوفيق» is a wish)
    if any(a.bare[k] in PRAYER_GOODS for k in range(p, min(a.n, p + PRAYER_REACH))):
        return REFUSED  # «داعين للفقيدة بالرحمة»: what is asked of God
    end = min(cand.marker_at, a.sent_limit(cand.cue))
    if cand.info.lemma in WISHES and cand.how == "comp":
        end = min(cand.marker_at + 1 + PRAYER_REACH, a.sent_limit(cand.cue))  # «أن يحمينا الله»
    return REFUSED if any(a.bare[k] in PRAYED_TO for k in range(p, end)) else None


@_speech(
    "«دعا» with «ما» or «الأمر الذي» as its subject is “led to”, no call",
    "وتأخر الأهلي في السداد، ما دعاها إلى رفع دعوى إلى لجنة فض المنازعات.",
    "refused",
    "وطالب بتطبيق ما دعا إليه الوزير في كلمته.",
    "ودعا رئيس الهيئة المواطنين إلى الحذر.",
)
def _led_to(cand: SpeechCue) -> Refusal | None:
    a, i = cand.index, cand.cue
    if cand.info.lemma != CALLING or i == 0 or a.conj[i]:
        return None
    p = cand.after_cue if cand.after_cue == i + 1 else i + 1
    if p < a.n and a.bare[p] in RESUMPTIVE_TO:
        return None  # «ما دعا إليه الوزير»: what the minister called for
    # «مما دعا القادة إلى», «وهو ما دعاهم إلى ترك القطاع», «ما يدعو للاستغراب»: «ما» is the cause
    # that leads someone to act; «الأمر الذي دعا الزوار إلى», «فهذا أمر يدعو للغرابة» likewise.
    before = a.bare[i - 1]
    if before in CAUSE_WHAT or before in CAUSE_NOUNS:
        return REFUSED
    relative = before in a.grammar.relatives and i > 1
    return REFUSED if relative and a.bare[i - 2] in CAUSE_NOUNS else None


@_speech(
    "a court that «أدان» someone «بتهمة» gives a verdict, not a statement",
    "وكانت المحكمة قد أدانت الأكاديمي بتهم عدة منها حيازة مواد محظورة.",
    "refused",
    "وأدانت المنظمة قصف المناطق السكنية في المدينة.",
)
def _verdict(cand: SpeechCue) -> Refusal | None:
    if cand.info.lemma != CONVICTING:
        return None
    a, p = cand.index, cand.after_cue
    end = min(a.sent_limit(cand.cue), p + VERDICT_REACH)
    return REFUSED if any(a.bare[k] in VERDICT_WORDS for k in range(p, end)) else None


@_speech(
    "«أبلغ/أخبر» with a comma before its «بـ» or «عن»: the preposition is another phrase's",
    "وأبلغهم، وكل هذا يعكس حجم العمل بما يتضمنه من أحداث تاريخية.",
    "refused",
    "وأبلغ الوزير نظيره باستحالة الحل العسكري.",
    "وأبلغ الوزير، أمس، نظيره أن الحل العسكري مستحيل.",
)
def _informed_past_comma(cand: SpeechCue) -> Refusal | None:
    # «أبلغ» tells its «بـ»/«عن» content right after the one told; past a comma the «بـ» belongs to
    # another phrase («وأبلغهم، وكل هذا يعكس ... بما يتضمنه», the elative «most eloquent of them»).
    if cand.how != "prep" or cand.info.lemma not in INFORMING:
        return None
    a = cand.index
    return REFUSED if any(a.is_comma(k) for k in range(cand.cue + 1, cand.marker_at)) else None


SPEECH_CUES = _speech.table()


# -- sources ---------------------------------------------------------------------------------------

_sources_rules: _Rules[SpeechCue, tuple[Source, ...]] = _Rules("sources")


def _has_subject(cand: SpeechCue) -> bool:
    """Whether the verb's subject is looked for: it has a content marker, and it is a reporting
    verb or a participle with its preposition."""
    return cand.how != "none" and (cand.info.type == "speech" or cand.how == "prep")


@_sources_rules(
    "the issuer of a statement is the source",
    "وجاء في بيان صادر عن الوزارة، الذي نشر أمس، أن المدارس ستفتح أبوابها.",
    "took",
)
def _issuer(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, issuer = cand.index, cand.issuer
    if not (issuer > cand.after_cue and cand.how != "none" and issuer < cand.marker_at):
        return None
    end = a.bounded_source(issuer, cand.marker_at)
    return a.split_sources(issuer, end) if end > issuer else ()


@_sources_rules(
    "«نقل عن»: the one quoted is a source too",
    "ونقل التلفزيون الرسمي عن مصدر عسكري أن الجيش استعاد السيطرة على البلدة.",
    "took",
)
def _quoted_from(cand: SpeechCue) -> tuple[Source, ...] | None:
    end = _naqal_subject_end(cand)
    return _quoted_sources(cand, end, end) if end >= 0 and cand.index.bare[end] == AN else None


def _naqal_subject_end(cand: SpeechCue) -> int:
    """The end of the subject of «نقل» before its content marker, or -1."""
    if not (_has_subject(cand) and cand.info.lemma == NAQAL):
        return -1
    end = cand.subject_end()
    return end if cand.after_cue < end < cand.marker_at else -1


def _quoted_sources(cand: SpeechCue, end: int, on: int) -> tuple[Source, ...]:
    """The subject of «نقل» (up to ``end``) and the one quoted after its «عن» at ``on``."""
    a, p, c = cand.index, cand.after_cue, cand.marker_at
    return a.split_sources(p, end) + a.split_sources(on + 1, a.bounded_source(on + 1, c))


@_sources_rules(
    "«نقل X أمس عن Y»: past a time or an aside after the subject, the one quoted is a source too",
    "ونقل زعيم يهودي أميركي أمس عن الرئيس باراك أوباما قوله إن الاتفاق جيد.",
    "took",
)
def _quoted_from_past(cand: SpeechCue) -> tuple[Source, ...] | None:
    end = _naqal_subject_end(cand)
    on = cand.index.quoted_from_at(end, cand.marker_at) if end >= 0 else -1
    return _quoted_sources(cand, end, on) if on >= 0 else None


@_sources_rules(
    "a subject between dashes right after the verb is the source",
    "وأوضح - صالح عباس، مدير عام الهيئة العامة للسياحة بالمدينة - أن الحرف تساهم في السياحة.",
    "took",
    "وأوضح الوزير - الذي تولى المنصب أمس - أن الحرف تساهم في السياحة.",
)
def _dashed_subject(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, p, c = cand.index, cand.after_cue, cand.marker_at
    if not (_has_subject(cand) and p < c and a.texts[p] in DASHES):
        return None
    # «وأوضح - صالح عباس، مدير ... - أن»: the aside closes right before the content marker, so
    # the subject is all of it («وأوضح الوزير - الذي ... - أن» starts with a word, not a dash).
    if a.aside_end(p, c + 1) != c:
        return None
    end = a.bounded_source(p + 1, c - 1)
    return a.split_sources(p + 1, end) if end > p + 1 else None


@_sources_rules(
    "the subject of the verb that frames «بالقول» or «قائلا» is the source",
    "وختم الوزير حديثه بالقول إن الأمر قيد الدراسة.",
    "took",
    "وأشار الوزير إلى الأمر بقوله إنه قيد الدراسة.",
)
def _framed_saying(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, i = cand.index, cand.cue
    if cand.info.lemma not in (SAYING, SAYING_PARTICIPLE) or a.conj[i]:
        return None
    first = a.sent_first[a.sent_of[i]]
    dots = sum(k in a.inner_dot for k in range(max(first, i - 2 * FRAMING_REACH), i))
    commas = sum(a.is_comma(k) for k in range(max(first, i - 2 * FRAMING_REACH), i))
    low = max(first, i - FRAMING_REACH - dots - 2 * commas)
    v = i
    while v > low:
        v -= 1
        if v in a.inner_dot or a.is_comma(v):
            continue  # «واختتم أ. د. الحربش حديثه قائلا»: a title's full stop; «، اليوم، قائلة»
        if a.texts[v] in DASHES:
            opening = _dash_opening(a, v, first)
            if opening < 0:
                return None
            low = max(first, low - (v - opening + 1))  # «دافع مارتينو – الذي سبق ... – عن»: an aside
            v = opening
            continue
        if a.punct[v] and not _quote_mark(a, v):
            return None
        if a.punct[v]:
            continue  # «في تصريح لـ»الجزيرة» قائلا»: an audience's quotation marks
        if v in a.cue_at and a.cue_at[v].info.type == "speech" and v == i - 1:
            return ()  # «وتابع قائلا»: the verb before it has no subject of its own here
        w = a.bare[v]
        if v in a.cue_at and w not in FRAMING:
            return None
        present = w[:1] in PRESENT_PREFIXES and w[1:] in FRAMING  # «ويرد الدكتور ... قائلا»
        if present or w in FRAMING or w.removesuffix(FEMININE_TA) in FRAMING or w.removesuffix(PLURAL_WA) in FRAMING:
            end = i
            while end - 1 > v + 1 and a.is_comma(end - 1):
                end -= 1
            if end - 1 > v + 1 and a.texts[end - 1].endswith(OBJECT_SUFFIXES):
                end -= 1  # «حديثه»: the verb's object
            elif end - 1 == v + 1 and w in ENDING_FRAMES and _owned(a, v + 1):
                end -= 1  # «وختم حديثه قائلا»: the speech ended is the object, the subject dropped
            # «وعلقت دار الإفتاء في تقرير أعده ...، اليوم، قائلة»: the subject ends where a source
            # ends (a venue, a time).
            start = v + 1
            if start < end and a.bare[start] in RELATIVE_PRONOUN_PPS:
                start += 1  # «وفي الوقت الذي قلل فيه متحدث الشؤون الصحية ...»: the relative's «فيه»
            if start < end and a.conj[start]:
                return None  # «لم يغرد فقد أساء ... بقوله»: a new clause, no subject, after the verb
            end = min(end, a.bounded_source(start, end)) if end > start else end
            return a.split_sources(start, end) if end > start else ()
    return None


@_sources_rules(
    "«قائلا» after a comma that closes a reporting verb's own content has no subject of its own",
    "ودعا الأمين العام للأمم المتحدة إلى دعم الوكالة، قائلا إن الوكالة ركيزة.",
    "took",
    "وتابع بارتوميو قائلا: «نعرف الثمن».",
    "وتحدث اللاعب عن مشاركة زميله، قائلا: «كان رائعا».",
    "ودعا الأمين العام إلى دعم الوكالة قائلا إن الوكالة ركيزة.",
)
def _saying_after_content(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, i = cand.index, cand.cue
    if cand.info.lemma != SAYING_PARTICIPLE or a.conj[i] or i < 2 or not a.is_comma(i - 1):
        return None
    # «ودعا الأمين العام ... إلى دعم الوكالة، قائلا», «وأثنى قطان على المشاركة ...، قائلا»: the
    # verb's preposition has opened its own content, and the comma closes it; «قائلا» is then a
    # clause of its own whose subject is dropped (the speaker is resolved as for «وأضاف»), as the
    # golds give it (dev2, dev6, dev11). A framing verb («تحدث عن ...، قائلا») has no content of its
    # own and frames it; so does any verb with no comma before «قائلا» (dev8: «قلل ... من ... قائلا»).
    first = a.sent_first[a.sent_of[i]]
    for v in range(i - 2, max(first, i - FRAMING_REACH) - 1, -1):
        if a.punct[v] and not (a.is_comma(v) or _quote_mark(a, v)):
            return None
        if v not in a.cue_at:
            continue
        info = a.cue_at[v].info
        if info.type != "speech" or not info.prep or a.bare[v].removesuffix(FEMININE_TA) in FRAMING:
            return None
        # the preposition may be the cue's own last word («أثنى على»)
        opened = any(a.bare[k] == info.prep or (info.prep == BA and a.attached_ba(k) >= 0) for k in range(v + 1, i - 1))
        return () if opened else None
    return None


@_sources_rules(
    "the subject of a reporting verb right before «قائلا» is its source when the verb's own words have not begun",
    "وتابع بارتوميو قائلا: «لا أريد أن يرى أحد في القرار ضعفا».",
    "took",
    "وتابع قائلا: «نعرف الثمن».",
    "وأضاف الوزير أن الأمر مهم، قائلا: «نعرف الثمن».",
)
def _reporting_frames_saying(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, i = cand.index, cand.cue
    if cand.info.lemma != SAYING_PARTICIPLE or a.conj[i]:
        return None
    first = a.sent_first[a.sent_of[i]]
    v = i
    while v > max(first, i - FRAMING_REACH):
        v -= 1
        if a.is_comma(v) or _quote_mark(a, v):
            continue  # «في تصريح لـ»الجزيرة» قائلا»: an audience's quotation marks
        if a.punct[v]:
            return None
        if v in a.cue_at:
            return None if v == i - 1 or a.bare[v] in FRAMING else _reporting_frame(a, v, i)
    return None


def _owned(a: Speakers, k: int) -> bool:
    """Whether token ``k`` is a noun with a pronoun on it («مسؤوليتها», «حسابه»), no role word."""
    return not a.definite(k) and a.texts[k].endswith(OBJECT_SUFFIXES) and not a.is_role(k)


def _quote_mark(a: Speakers, k: int) -> bool:
    """Whether token ``k`` is only quotation marks (paired or not)."""
    return all(ch in QUOTE_MARKS for ch in a.texts[k])


def _reporting_frame(a: Speakers, v: int, i: int) -> tuple[Source, ...] | None:
    """The subject of the reporting verb at ``v`` that frames «قائلا» at ``i``, or None.

    «وتابع بارتوميو قائلا:», «وأكد مدير عام الكلية اللواء سعد الخليوي في تصريح لـ»الجزيرة» قائلا:»:
    the guideline's «ختم حديثه ... قائلا» decision (the saying word is the cue, the framing verb's
    subject its source) holds for any reporting verb whose own words have not begun: no
    complementiser, colon or quotation between them, and the subject right after the verb.
    """
    if a.cue_at[v].info.type != "speech" or v + 1 >= i or not a.word(v + 1) or a.conj[v + 1]:
        return None
    if a.refused_cue(v) or (v > 0 and a.bare[v - 1] in a.grammar.relatives):
        return None  # «عبر حسابه»: "via"; «الادعاءات التي تقول بأن ...، قائلا»: a relative clause's verb
    if a.bare[v + 1] in PRONOUNS or a.bare[v + 1] in DEMONSTRATIVES or a.is_stop(v + 1) or _owned(a, v + 1):
        return None  # «وأكد أن ...», «وتابع في ...», «وبررت ذلك قائلة», «عبر حسابه»: no subject of its own
    for k in range(v + 1, i):
        if a.is_comp(k) or (a.punct[k] and not (a.is_comma(k) or _quote_mark(a, k))) or k in a.cue_at:
            return None
    # «وأكد المدرب أهمية المباراة، قائلا»: the verb's own object is no part of the subject; nor is a
    # noun with a pronoun on it («أعلنت حركة طالبان مسؤوليتها»), one the listed objects words head
    # («وناشدت الشركة المستثمرين»), or a «لـ» phrase after a name («وتطرق القحطاني لمسألة ...»).
    end = min(a.bounded_source(v + 1, i), a.np_end(v + 1, i, names=True))
    for k in range(v + 2, end):
        lam = a.lpre[k] and not a.definite(k - 1) and not a.is_role(k - 1)
        if _owned(a, k) or (a.head(k) in a.grammar.objects and not a.lpre[k]) or lam:
            end = k
            break
    return a.split_sources(v + 1, end) if end > v + 1 else None


def _dash_opening(a: Speakers, close: int, first: int) -> int:
    """The opening dash of the aside that the dash at ``close`` closes, or -1."""
    for j in range(close - 1, max(first, close - ASIDE_REACH) - 1, -1):
        if a.texts[j] in DASHES:
            return j if j < close - 1 else -1
        if a.punct[j] and not a.is_comma(j):
            return -1
    return -1


@_sources_rules(
    'an audience right after the verb («لـ"الاقتصادية"»، «لها», «للحضور») is not its source: the subject follows it',
    'وقال لـ"الاقتصادية" عقيل الجاسم مدير المكتب التنفيذي إن العمالة تتدفق على المنطقة.',
    "took",
    'وقال الوزير لـ"الاقتصادية" إن العمالة تتدفق على المنطقة.',
    "وقالت لجنة الانتخابات إن النتائج تعلن غدا.",
    'وقالت مصادر لـ"الاقتصادية" إن العمالة تتدفق على المنطقة.',
)
def _audience_first(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, i, p, c = cand.index, cand.cue, cand.after_cue, cand.marker_at
    if not (_has_subject(cand) and cand.info.type == "speech" and p < c):
        return None
    if a.audience(p) and p + 1 < c and (p + 1 in a.closer or a.word(p + 1)):
        # «لـ"الاقتصادية"»، «لـ سبق»: the outlet told, a quoted name or one word
        start = a.closer[p + 1] + 1 if p + 1 in a.closer else p + 2
        while start < c and a.closes_name(start):
            start += 1  # «لـ«مركز مناصري حقوق الإنسان» الإيراني»: the outlet's adjective
    elif a.bare[p] in TOLD:
        start = p + 1  # «أكد لها أنه»: whom he told; the subject is dropped or comes after
    elif a.word(p) and a.lpre[p] and not a.lam_name(p):
        # «وقال للحضور في القاعة إن», «وقالت لنظرائها في آسيان», «وانغ أكّد لنظرائه»: «لـ» + a noun
        # is never a subject (a word that only begins with ل, «لجنة», is not split by the
        # segmenter; «أضاف لستاري» may be a name that begins with ل)
        start = a.told_end(p, c)
        if start < c and (a.lpre[start] or a.punct[start] or a.is_stop(start)):
            start = c  # «أكدت للهيئة العامة للطيران المدني أن», «لجون لوي ديماس، الرئيس ...», «في آسيان»
    else:
        return None
    while start < c and (a.is_comma(start) or a.bare[start] in a.grammar.adverbs):
        start += 1  # «أكد لـ "الاقتصادية"، مصدر من الشركة أنه», «قال له صراحة إن»
    # «قالا له أيضا و«بمنتهى الوضوح» إنه»: a new phrase after «و», a quote or «ما» is no subject
    subject = start < c and a.word(start) and not a.conj[start] and a.bare[start] not in (*WHAT, WA)
    end = a.bounded_source(start, c) if subject else start
    if end > start:
        return a.split_sources(start, end)
    # «مصادر أكدت لها أن», «وكانت الإدارة قد نفت لـ«الشرق الأوسط» ما يتردد»: no subject after
    # the audience, so the one before the verb, or a dropped subject.
    back = (
        None
        if a.conj[i]
        else a.subject_after_kana(i) or a.subject_before_verb(i) or a.subject_before_comma(i, role_after_an=True)
    )
    return a.split_sources(*back) if back is not None else ()


def _words_before_verb(
    cand: SpeechCue, find: Callable[[int], tuple[int, int] | None], *, after_conj: bool = False
) -> tuple[Source, ...] | None:
    """The sources in the words `find` gives for the cue (a subject before the verb, read one way
    or another); none for a cue with no subject of its own or, unless `after_conj`, after «و»/«ف»."""
    a, i = cand.index, cand.cue
    if not _has_subject(cand) or (a.conj[i] and not after_conj):
        return None
    back = find(i)
    return a.split_sources(*back) if back is not None else None


@_sources_rules(
    "the words between «كان» and the verb are its subject",
    "وكان زعيم الحزب المقرب من الأكراد صلاح الدين دمرتاش دعا الحكومة إلى بدء المفاوضات.",
    "took",
    "وكان من المقرر أن يدعو الوزير إلى بدء المفاوضات.",
)
def _subject_after_kana(cand: SpeechCue) -> tuple[Source, ...] | None:
    return _words_before_verb(cand, cand.index.subject_after_kana)


@_sources_rules(
    "«أصدرت الوزارة بيانا قالت فيه»: the verb's subject is the issuer's pronoun, so no source is written",
    "وأصدرت وزارة الداخلية اليوم بيانا قالت فيه إن المتهم اعترف.",
    "took",
    "وقال عنه الوزير إنه سيبدأ العمل قريبا.",
    "وأصدرت الوزارة قرارا قالت فيه إن المتهم اعترف.",
    "وفي كلمة قال فيها الوزير إن المشروع اكتمل.",
)
def _statement_pronoun(cand: SpeechCue) -> tuple[Source, ...] | None:
    # «بيانا قالت فيه»: the resumptive «فيه» points back to the statement, and the verb's subject is
    # a pronoun for its issuer (the guideline: a pronoun subject leaves the source empty; the
    # speakers' table gives the issuer). With no issuing verb, a subject after «فيه» is the source
    # («في كلمة قال فيها الوزير»: the resumptive rule).
    a, p, i = cand.index, cand.after_cue, cand.cue
    if not (_has_subject(cand) and p < cand.marker_at and a.bare[p] in IN_IT and a.statement_before(i) >= 0):
        return None
    if a.statement_issuer(i) is None and a.bounded_source(p + 1, cand.marker_at) > p + 1:
        return None
    return ()


@_sources_rules(
    "the one «هنأ» congratulates is its object, not its source",
    "وهنأ الأمير الفريق الفائز على تحقيق البطولة.",
    "took",
    "وهنأ الوزير محمد العلي على تعيينه.",
    "وهنأه الوزير على الفوز.",
)
def _congratulated(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, p = cand.index, cand.after_cue
    if not (_has_subject(cand) and cand.info.type == "speech" and cand.info.lemma == CONGRATULATING):
        return None
    if a.bare[cand.cue].endswith(OBJECT_SUFFIXES):
        return None  # «هنأه الوزير»: the pronoun on the verb is the one congratulated
    end = cand.subject_end()
    # «كلمة هنأ فيها الحضور»: after the resumptive «فيها» the speaker is the speech's; one noun
    # phrase there is the one congratulated alone
    start = p + 1 if p < end and a.bare[p] in IN_IT else p
    k = a.congratulated_start(start, end)
    if k < end:
        return a.split_sources(start, k) if k > start else ()
    return () if start > p else None


@_sources_rules(
    "the one «حمّل» holds responsible is its object, not its source",
    "وحمّل الرئيس الفلسطيني محمود عباس الحكومة الإسرائيلية المسؤولية الكاملة عن الجرائم.",
    "took",
    "وحملت اللجنة المسؤولية المباشرة على الجماعات المتطرفة.",
)
def _held_responsible(cand: SpeechCue) -> tuple[Source, ...] | None:
    # «وحمل الطلاب ميليشيا الحوثي المسؤولية»: the subject, then the one held responsible, then the
    # responsibility (the content); «محملا الحوثي المسؤولية»: a participle's subject is dropped, the
    # words before the content are all the object (dev22, dev23: the object is neither source nor content).
    a, p, c = cand.index, cand.after_cue, cand.marker_at
    if not (_has_subject(cand) and cand.info.prep == BLAME and p < c):
        return None
    if cand.info.type == "participle":
        return ()
    if a.bare[cand.cue].endswith(OBJECT_SUFFIXES):
        return None  # «وحمله الوزير المسؤولية»: the pronoun on the verb is the one held responsible
    if a.bare[p] in IN_IT:
        return ()  # «بحديث ... حمل فيه المالكي مسؤولية ما حصل»: the speech's speaker holds the one named responsible
    commas = [k for k in range(p + 1, c - 1) if a.is_comma(k)]
    if commas:
        # «حمَّل الدكتور فلاح الدوسري مدير عام الإدارة ... بأمانة الرياض، المواطنين مسؤولية»: a comma closes
        # the subject before the one held responsible (not a comma right before the responsibility)
        end = a.bounded_source(p, commas[-1])
        return a.split_sources(p, end) if end > p else ()
    # the subject's noun phrase, or up to the one held responsible where a listed addressee or a definite
    # plural opens it («مجلس قيادة المقاومة الحوثيين»), as after «هنأ»
    end = min(a.subject_end(p, c), a.congratulated_start(p, c))
    if end >= c:
        return None  # «حملت اللجنة المسؤولية»: no object; the words before the content are the source
    return a.split_sources(p, end) if end > p else ()


@_sources_rules(
    "a resumptive word after the verb is not its source",
    "وقال عنه الوزير إنه سيبدأ العمل قريبا.",
    "took",
    "وقال الوزير إنه سيبدأ العمل قريبا.",
)
def _resumptive(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, p = cand.index, cand.after_cue
    if not (_has_subject(cand) and p < cand.marker_at and a.bare[p] in RESUMPTIVE):
        return None
    if a.texts[p].endswith(WRITTEN_TA_MARBUTA):
        return None  # «وقالت آلية الاستقرار»: «آلية» normalised is «اليه», but its ة is no pronoun
    if p + 1 < cand.marker_at and a.bare[p + 1] in BLESSING:
        return ()  # «قال عليه الصلاة والسلام»: a blessing on the one named before, no subject
    end = a.bounded_source(p + 1, cand.marker_at)
    if end > p + 1:
        return a.split_sources(p + 1, end)
    back = None if a.conj[cand.cue] else a.subject_before_verb(cand.cue)
    return a.split_sources(*back) if back is not None else ()


@_sources_rules(
    "«ما» right after the verb is what it speaks of, not its source",
    "وبرر ما حدث بأن الكلاب لا تتعرق.",
    "took",
    "وبرر الطبيب ما حدث بأن الكلاب لا تتعرق.",
)
def _what_after_verb(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, p = cand.index, cand.after_cue
    # «وبرر ما حدث بأن»: a relative «ما» clause is the verb's object; the subject is dropped.
    return () if _has_subject(cand) and p < cand.marker_at and a.bare[p] == WHAT[0] else None


@_sources_rules(
    "a verb right after «لكنه», «فإنها» or «أنه» has that pronoun for its subject: no source is written after it",
    "ورحب بالاتفاق، لكنه دعا إيران إلى أن تخصص المال لشعبها.",
    "took",
    "ورحب بالاتفاق، لكن الوزير دعا إيران إلى أن تخصص المال لشعبها.",
    "إلا أنه أكد مصدر مسؤول في الوزارة أن المشروع اكتمل.",
)
def _pronoun_host_subject(cand: SpeechCue) -> tuple[Source, ...] | None:
    # «فإنها أنكرت أي علم لها بـ», «لكنه أكد كامل ثقته في», «لكنه دعا ايران الى»: the pronoun on
    # «إن», «أن», «لكن» or «لأن» right before the verb is its subject, so the noun phrase after the
    # verb is its object or content, never its source (the guideline: a pronoun subject leaves the
    # source empty). An unnamed source after the verb is the subject of an impersonal «أنه»
    # («إلا أنه أكد مصدر مسؤول»), and is left to the other rules.
    a, p = cand.index, cand.after_cue
    if not _has_subject(cand) or not _pronoun_host_before(cand):
        return None
    if p < cand.marker_at and a.word(p) and a.head(p) in a.lex.unnamed:
        return None
    return ()


def _pronoun_host_before(cand: SpeechCue) -> bool:
    """Whether the reporting verb comes right after a pronoun on «إن», «أن», «لكن» or «لأن» («فإنها
    أنكرت», «لكنه أكد», «أنه يعتبر»), with no «و» of its own: that pronoun is its subject."""
    a, i = cand.index, cand.cue
    if cand.info.type != "speech" or i == 0 or a.conj[i]:
        return False
    host = a.bare[i - 1]
    on_comp = a.complementiser_form(host) and host not in a.grammar.complementisers
    return on_comp or host in a.pronoun_subjects


def _plain_described(cand: SpeechCue) -> bool:
    """Whether the cue is a plain «وصف» with a subject to find and no object pronoun on the verb: the
    «وصف» source rules' common condition («ووصفه الوزير بأنه»: the object is on the verb, the words
    after it the subject)."""
    a, i = cand.index, cand.cue
    return cand.info.lemma == DESCRIBED and _has_subject(cand) and not a.bare[i].endswith(OBJECT_SUFFIXES)


@_sources_rules(
    "«وصف» after a role, a rank and a name: the subject ends with the name",
    "ووصف وزير الإعلام الأردني الدكتور محمد المومني زيارة الأمير بأنها مهمة.",
    "took",
    "ووصف مدير الشرطة اللواء محمد العتيبي بأنه خطير.",
    "ووصفه وزير الإعلام الأردني الدكتور محمد المومني بأنه مهم.",
)
def _described_after_rank(cand: SpeechCue) -> tuple[Source, ...] | None:
    # «ووصف وزير الإعلام الأردني الدكتور محمد المومني، زيارة الأمير بأنها»: the role's noun phrase, a
    # rank of the gazetteer and a name (`Phrases.rank_name_after`) are one subject; what it describes
    # comes after the name. A name that runs to the «بـ» leaves nothing described: the rules below decide.
    a, p = cand.index, cand.after_cue
    if not _plain_described(cand):
        return None
    end = cand.subject_end()
    for k in range(p + 1, end):
        if not a.word(k):
            return None  # a mark before any rank: the rules below read the phrase
        ranked = a.rank_name_after(p, k, end)
        if ranked > k:
            return a.split_sources(p, ranked) if ranked < end else None
    return None


@_sources_rules(
    "«وصف» names what it describes before its «بـ»: the subject is before the verb or the first noun phrase",
    "أردوغان يصف اتهام بلاده بدعم داعش بـ”الظلم”",
    "took",
    "ووصف الوزير القرار بأنه خاطئ.",
    "ووصفه الوزير بأنه خاطئ.",
)
def _described(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, p, i = cand.index, cand.after_cue, cand.cue
    if not _plain_described(cand):
        return None  # «ووصفه الوزير بأنه»: the object is on the verb, the words after it the subject
    end = cand.subject_end()
    if end <= p:
        return None
    if not a.conj[i]:
        back = a.subject_before_verb(i)
        if back is not None:
            # «أردوغان يصف اتهام بلاده ... بـ”الظلم”» (a headline): the words after are the object.
            return a.split_sources(*back)
    # «ووصف الوزير القرار بأنه», «ووصف وزير الصحة القرار بـ»: a definite noun right after another
    # definite word, and not an adjective closing a name («الأمم المتحدة»), starts what is described.
    for k in range(p + 1, end):
        if a.definite(k) and not a.closes_name(k) and a.definite(k - 1) and not a.is_role(k - 1):
            return a.split_sources(p, k)
    return None


@_sources_rules(
    "«وصف» after a complete subject: a noun after a name, a nisba adjective or a quoted name starts what it describes",
    "ووصف أوباما القيود التي فرضت على محطات الكهرباء بأنها أهم خطوة.",
    "took",
    "ووصف مدير الشرطة اللواء محمد العتيبي بأنه خطير.",
    "ووصف الرئيس المصري عبد الفتاح السيسي الاتفاق بأنه تاريخي.",
    "ووصف الوزير محمد العلي بأنه خطير.",
)
def _described_after_subject(cand: SpeechCue) -> tuple[Source, ...] | None:
    # «وصف» takes its subject and then what it describes before the «بـ» description. Past a name word
    # of the name lists («أوباما»), a nisba adjective («السوداني», «الباكستانية») or a quoted name
    # («منظمة "أوبك"») the subject is complete: a definite noun that is no adjective («القيود»,
    # «العصابة»: «ـة» without the nisba «ـية») or an indefinite noun in construct with a definite
    # genitive («انضمام بعض», «نتائج الجولة») starts the object. A name word after a name is the
    # same name («محمد العتيبي», «عبد الله»), a role a second title.
    a, p = cand.index, cand.after_cue
    if not _plain_described(cand):
        return None
    end = cand.subject_end()
    for k in range(p + 1, end):
        prev = k - 1
        if not a.word(k) or a.lpre[k] or a.conj[k] or a.is_role(k) or a.place(k) or a.is_stop(k):
            continue
        quoted = prev in a.opener and a.opener[prev] > p
        nisba = a.definite(prev) and a.bare[prev].endswith(a.grammar.nisba_endings) and not a.is_role(prev)
        # a name word of the lists, or the word after one («خالد بحاح»: a family name)
        named = a.plain_name(prev) and (a.place(prev) or (prev > p and a.plain_name(prev - 1) and a.place(prev - 1)))
        if not (quoted or nisba or named):
            continue
        if a.definite(k):
            noun = not a.closes_name(k) or not a.bare[k].endswith(a.grammar.nisba_endings)
            if noun:
                return a.split_sources(p, k)
            continue
        # an indefinite noun in construct after an adjective or a quoted name («انضمام بعض»,
        # «نتائج الجولة»); after a name word it may be the family name («خالد بحاح»)
        genitive = k + 1 < end and a.word(k + 1) and not (a.lpre[k + 1] or a.is_stop(k + 1))
        if genitive and not named and a.attached_ba(k) < 0 and a.bare[k] != SERVANT:
            return a.split_sources(p, k)
    return None


@_sources_rules(
    "«وصف» right after a relative pronoun or with a demonstrative after it: the noun phrase is what it describes",
    "وجاء الرد على المدرب الفرنسي الذي وصف دورة الخليج بأنها دورة شيوخ.",
    "took",
    "ووصف الوزير القرار بأنه خاطئ.",
    "وتمت العملية تحت إشراف الشريف الذي وصفته المنظمة في بيانها بالإرهابي.",
)
def _described_object_only(cand: SpeechCue) -> tuple[Source, ...] | None:
    # In a relative clause the subject of a plain «وصف» is the antecedent (an object antecedent takes
    # a pronoun on the verb: «الذي وصفته المنظمة»), so the noun phrase after it is what it describes;
    # a demonstrative after the verb («ووصف هذا الأمر بأنه», «وصف هذه التصريحات بالمزعجة») opens the
    # object too. No source is written after the verb (the antecedent or the previous speaker is the
    # speaker layer's).
    a, p, i = cand.index, cand.after_cue, cand.cue
    if not _plain_described(cand):
        return None
    if cand.subject_end() <= p or (a.conj[i] and a.bare[p] not in DEMONSTRATIVES):
        return None
    if a.bare[i - 1] in a.grammar.relatives or a.bare[p] in DEMONSTRATIVES:
        return ()
    return None


@_sources_rules(
    "a verb of accusing right after its subject: the noun phrase after the verb is the one accused",
    "وقالت الصحيفة إن الولايات المتحدة تتهم النظام السوري بدعم التنظيم.",
    "took",
    "واتهمت الوزارة الشركة بالإهمال.",
    "تتهمه السلطات الروسية باختلاس مئات الملايين.",
)
def _accuser_before(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, i = cand.index, cand.cue
    # «باريس التي تتهم المتمردين بإسقاط الطائرة»: the subject stands before the verb (the antecedent of
    # a relative pronoun), the words after it are the accused; «تتهمه السلطات» carries its object.
    if cand.info.lemma != ACCUSED or not _has_subject(cand) or _object_on_verb(cand):
        return None
    if not _after_subject(cand):
        return None
    if a.bare[i - 1] in a.grammar.relatives:
        return ()  # the antecedent, a noun phrase of the clause before, is left to the speaker layer
    back = a.subject_before_verb(i)
    return a.split_sources(*back) if back is not None else ()  # never the accused after the verb


def _object_on_verb(cand: SpeechCue) -> bool:
    """Whether the cue word is a form of its verb with an object pronoun («تتهمه», «يتهمها»): without
    the pronoun it is still a form of the same verb («تتهم»), unlike «تتهم» without «هم»."""
    a, form = cand.index, cand.index.bare[cand.cue]
    for ending in OBJECT_SUFFIXES:
        plain = a.lex.cues.get(form.removesuffix(ending)) if form.endswith(ending) else None
        if plain is not None and plain.lemma == cand.info.lemma:
            return True
    return False


@_sources_rules(
    "the one called on before a call's «لـ» is not its source",
    "ودعت الدراسة المؤسسات الربحية والتجار للاستثمار في المدينة.",
    "took",
    "ودعا الوزير المواطنين إلى التعاون مع البلديات.",
)
def _called_before_lam(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, p, c = cand.index, cand.after_cue, cand.marker_at
    if cand.how != "prep" or not cand.info.also_lam or a.bare[c] == cand.info.prep or not a.lpre[c]:
        return None
    # «ودعت الدراسة المؤسسات ... للاستثمار»: the marker was taken after the one called on
    # (:meth:`Phrases.called_lam`), which starts where :meth:`Phrases.called_start` says.
    start = a.called_start(p, c)
    while start > p and a.is_comma(start - 1):
        start -= 1  # «ودعا فرع وزارة العمل ...، المواطنين»: the comma after the subject
    return a.split_sources(p, start)


@_sources_rules(
    "a definite sound plural in -ين right after the verb is its object, not its subject (that is -ون)",
    "وحاول الرئيس أن يدافع عن الاتفاق، كما حذر المشرعين الأمريكيين من مغبة رفضه.",
    "took",
    "وحذر الوزير المواطنين من الاقتراب من السيول.",
    "وحذرت البحرين من انتشار المرض.",
    "وحذر المسؤولون من انتشار المرض.",
)
def _oblique_plural(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, p = cand.index, cand.after_cue
    addressed = cand.how == "prep" and cand.info.prep in ADDRESSEE_PREPS
    # «ويتهم المعارضين بأنهم»: a verb that names whom it accuses or calls on before «بأن» too
    directed = cand.how == "comp" and cand.info.lemma in DIRECTIVES
    if not (cand.info.type == "speech" and (addressed or directed)):
        return None
    if not (p < cand.marker_at and a.definite(p) and not a.lpre[p] and a.bare[p] not in DUAL_NAMES):
        return None
    w = a.bare[p]
    # «حذر المشرعين الأمريكيين من»: a subject would be «المشرعون»; the -ين form is the one warned
    # or called on, and the subject is dropped (the previous speaker).
    return () if w.endswith(OBLIQUE_PLURAL) and len(w) >= OBLIQUE_MIN else None


@_sources_rules(
    "a definite plural in -ين after a subject in -ون starts the one accused or called on",
    "وتتهم كييف والغربيون الانفصاليين الموالين لموسكو باستخدام صاروخ لإسقاط الطائرة.",
    "took",
    "واتهم المسؤولون الأمنيون الحكومة بقطع المؤن.",
    "واتهم الجيش المتمردين بزرع الألغام.",
    "واتهم الحزب الكردي انقرة بالتواطؤ مع التنظيم.",
)
def _accused_after_nominative(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, p = cand.index, cand.after_cue
    if not (_has_subject(cand) and cand.info.type == "speech"):
        return None
    if not (cand.how == "prep" and cand.info.prep in OBJECT_PREPS):
        return None
    # An adjective agrees in case with its noun, so «الغربيون الانفصاليين» is no noun and
    # adjective: the -ين word is in the accusative, the object after the subject (the adjective of
    # «المسؤولون» would be «الأمنيون»).
    end = cand.subject_end()
    for k in range(p + 1, end):
        w = a.bare[k]
        if a.definite(k) and w.endswith(OBLIQUE_PLURAL) and len(w) >= OBLIQUE_MIN:
            return a.split_sources(p, k) if a.bare[k - 1].endswith(NOMINATIVE_PLURAL) else None
    return None


@_sources_rules(
    "a short quoted name right after «أبلغ/أخبر» is the one told; the words after it are the source",
    'وأبلغ "الوطن" مصدر مطلع على التحقيقات أن الإمام لم يحصل على موافقة.',
    "took",
    'وقال "الوطن" مصدر مطلع إن الإمام لم يحصل على موافقة.',
    'وأبلغ الوزير "الوطن" أن الإمام لم يحصل على موافقة.',
)
def _told_outlet_first(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, p, c = cand.index, cand.after_cue, cand.marker_at
    if not (_has_subject(cand) and cand.info.type == "speech" and cand.info.lemma in INFORMING):
        return None
    # «أبلغ "الاقتصادية" مسؤول في وزارة العدل أن»: the verb's object (an outlet, by its quoted name)
    # comes before its subject; the subject is what stands between the closing mark and the content.
    if p not in a.closer or not 1 < a.closer[p] - p <= QUOTED_NAME_TOKENS:
        return None
    start = a.closer[p] + 1
    end = a.bounded_source(start, c) if start < c else start
    return a.split_sources(start, end) if end > start else None


@_sources_rules(
    "an outlet noun after the subject of «أبلغ/أخبر» is the one told, not part of the source",
    "وأبلغ مصدر قضائي الصحيفة أن أغلب أسباب العضل تتمثل في منع الفتيات من الزواج.",
    "took",
    "وأبلغ رئيس تحرير الصحيفة الموظفين أن الصحيفة ستغلق.",
    'وأبلغ رئيس تحرير "الوطن" أن الصحيفة ستغلق.',
    "وقال مصدر قضائي في الصحيفة إن أغلب الأسباب مادية.",
    'وقال الوزير "الوطن" إن الإمام لم يحصل على موافقة.',
    'وأبلغ القيادي "أبو أحمد" أن الإمام لم يحصل على موافقة.',
)
def _told_outlet_after(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, p = cand.index, cand.after_cue
    if not (_has_subject(cand) and cand.info.type == "speech" and cand.info.lemma in INFORMING):
        return None
    # «وأبلغ مصدر قضائي الصحيفة أن», «وأبلغ جوسن الصحيفة "..."», «وأبلغ الوزير "الوطن" أن»: a definite
    # outlet noun (outlets.txt) or a short quoted name closing the words before the content, after a
    # word that takes no genitive (a definite word, a nisba adjective, or a one-word name right after
    # the verb), is the verb's object; after a noun in construct it is that noun's genitive («رئيس
    # تحرير الصحيفة», «مدير "السعودية"»).
    end = cand.subject_end()
    k = next((q for q in range(p + 1, end - 2) if a.closer.get(q) == end - 1), end - 1)
    # a quoted outlet's name is definite («"الوطن"», «الشرق الأوسط»); a quoted kunya is the subject's
    # own name in apposition («القيادي "أبو أحمد"»)
    quoted = k < end - 1 and end - 1 - k <= QUOTED_NAME_TOKENS and a.definite(k + 1)
    outlet = a.definite(k) and not a.lpre[k] and a.head(k) in a.grammar.outlets
    if not (p < k and (quoted or (k == end - 1 and outlet))):
        return None
    before = k - 1
    if not a.word(before) or a.is_stop(before):
        return None
    nisba = a.bare[before].endswith(a.grammar.nisba_endings) and before > p
    if not (a.definite(before) or nisba or (before == p and a.plain_name(before))):
        return None
    return a.split_sources(p, k)


@_sources_rules(
    "a noun with a possessive pronoun after the subject of «أبلغ/أخبر» starts the one told",
    "وأبلغ الوزير نظيره باستحالة الحل العسكري.",
    "took",
    "وأبلغ رئيس وزرائها الوفد أن الحل العسكري مستحيل.",
    "فإن الرئيس أبلغ نظيره الإيراني باستحالة الحل العسكري.",
    "وأبلغ ابنه الأكبر الشرطة عن اختفاء السيارة.",
)
def _told_possessed(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, p = cand.index, cand.after_cue
    if not (_has_subject(cand) and cand.info.type == "speech" and cand.info.lemma in INFORMING):
        return None
    if a.bare[cand.cue].endswith(OBJECT_SUFFIXES):
        return None  # «أبلغه»: the one told is the pronoun
    # «وأبلغ الوزير نظيره بـ», «أبلغ أوباما نظيره أن»: an adjective takes no possessive pronoun, so
    # a noun with one right after a definite word or a plain name is no part of the subject but
    # the verb's object; after a noun in construct it is that noun's genitive («رئيس وزرائها»).
    end = cand.subject_end()
    if (
        p + 1 < end
        and a.possessive_stem(p) is not None
        and not a.definite(p)
        and a.definite(p + 1)
        and not a.lpre[p + 1]
    ):
        # «وأبلغ ذووها الجهات الأمنية بـ», «وأبلغ سموه الحضور أن»: a noun with a pronoun is in no
        # construct, and a definite word after it is the one told unless it is its adjective, a nisba
        # or an elative («ابنه الأكبر»)
        w = a.bare[p + 1]
        if not (w.endswith(a.grammar.nisba_endings) or ELATIVE.match(w)):
            return a.split_sources(p, p + 1)
    for k in range(p + 1, end):
        if not a.word(k) or a.is_stop(k) or a.lpre[k] or a.definite(k) or not a.possessed(k):
            continue
        before = k - 1
        if a.word(before) and not a.is_stop(before) and (a.definite(before) or a.plain_name(before)):
            return a.split_sources(p, k)
        return None
    return None


def _calls_on_someone(cand: SpeechCue) -> bool:
    """A speech verb with a subject of its own that names whom it calls on, warns or accuses: its
    preposition takes an addressee («دعا ... إلى»), or it is a verb of calling or warning before «أن»
    («وحذّر أوباما المشرعين الأمريكيين من أن»)."""
    if not (_has_subject(cand) and cand.info.type == "speech"):
        return False
    addressed = cand.how == "prep" and cand.info.prep in ADDRESSEE_PREPS
    return addressed or (cand.how == "comp" and cand.info.lemma in (*DIRECTIVES, WARNED))


@_sources_rules(
    "a definite plural in -ات right after a definite word starts the one called on",
    "وطالبت الوزارة الشركات والمؤسسات بالالتزام بالقرار.",
    "took",
    "ودعت الجهات المختصة إلى الحذر.",
    "ودعا مدير عام الجوازات إلى الالتزام بالأنظمة.",
    "وطالبت الطالبات المتفوقات بزيادة المكافآت.",
    "وطالبت لجنة الملاك التربويات بزيادة الرواتب.",
    "ودعا وزير الزراعة والثروة الحيوانية والمؤسسات الأهلية إلى التعاون.",
)
def _plural_called_after_subject(cand: SpeechCue) -> tuple[Source, ...] | None:
    # «وطالبت الوزارة الشركات والمؤسسات بـ»: a definite word is whole, and a feminine plural
    # after it is neither its genitive nor its adjective (Phrases.plural_object): the subject ends
    # before it, the rest is the one called on (the addressee of «دعا», «طالب», «حث», «حذر»);
    # before the addressee rule, which would cut at a listed word further on («وأفراد المجتمع»).
    a, p = cand.index, cand.after_cue
    if not _calls_on_someone(cand):
        return None
    for k in range(p + 1, cand.subject_end()):
        if a.head(k) in a.grammar.objects and not a.lpre[k]:
            return None  # «دعا ... كافة الجهات»: a listed addressee first, the next rule's
        if a.plural_object(k):
            return a.split_sources(p, k)
    return None


@_sources_rules(
    "a subject in -ون takes no genitive: a definite word after it and its adjectives is the one called on",
    "وحذر باحثون أستراليون الأطفال من الجلوس أمام الشاشات.",
    "took",
    "وطالب ناشطون حقوقيون بالإفراج عن المعتقلين.",
    "وحذر مسؤولون رفيعو المستوى الكونغرس من أن رفض الاتفاق خطأ.",
    "وطالب مستثمرون سعوديون والشركات الأجنبية بتسهيل الإجراءات.",
    "ودعا تلفزيون الدولة المواطنين إلى الهدوء.",
)
def _called_after_plural_subject(cand: SpeechCue) -> tuple[Source, ...] | None:
    # «حذر باحثون أستراليون الأطفال من», «اتهم معارضون الرئيس التركي ... بـ», «طالب مواطنون
    # الجهات المعنية بـ»: a sound plural in -ون is nominative and in no construct (it would drop
    # its ن: «مسؤولو الوزارة»), and its adjectives are indefinite like it; the first definite word
    # after them is the verb's object, not part of the subject. An adjective in construct before
    # it («رفيعو المستوى») keeps the span. (After a definite subject in -ون, a definite -ين plural:
    # «a definite plural in -ين after a subject in -ون starts the one accused or called on».)
    a, p = cand.index, cand.after_cue
    if not _calls_on_someone(cand):
        return None
    end, w = cand.subject_end(), a.bare[p]
    if not (a.word(p) and w.endswith(NOMINATIVE_PLURAL) and len(w) >= SOUND_PLURAL_MIN and w not in NOT_SOUND_PLURALS):
        return None
    if a.definite(p) or a.lpre[p] or a.is_stop(p):
        return None
    k = p + 1
    while k < end and k - p <= SOUND_PLURAL_ADJECTIVES and a.word(k) and not a.definite(k):
        if a.lpre[k] or a.is_stop(k) or a.conj[k] or a.attached_ba(k) >= 0:
            return None
        k += 1
    if not (k < end and a.word(k) and a.definite(k)) or a.conj[k] or a.bare[k - 1].endswith(CONSTRUCT_WAW):
        return None
    return a.split_sources(p, k)


@_sources_rules(
    "the addressee of a call is not its source",
    "ودعا الوزير المواطنين إلى الابتعاد عن مجاري السيول.",
    "took",
    "ودعا الوزير إلى الابتعاد عن مجاري السيول.",
    "وأشار الأمين العام لمنظمة البلدان المصدرة للبترول (أوبك) إلى أن المنظمة لن تخفض الإنتاج.",
    "وأشار مدير المرور العميد محمد بن شباب البقمي إلى أن الحملة مستمرة.",
    "وأشاد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، بتميز العلاقات الأخوية.",
    "ودعا مركز الملك سلمان للإغاثة الأطباء اليمنيين إلى التواصل معه.",
    "وقال أحد السكان إن المساء كان هادئا.",
    "واعترف المتهم الرئيسي عبدالرحمن العلي بالتنسيق مع منفذ الهجوم.",
)
def _addressee(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, p = cand.index, cand.after_cue
    # «أبلغ/أخبر» take the one told as a direct object: with no pronoun on the verb («أبلغه»,
    # whose pronoun is the one told) it is a noun phrase after the verb, framed like «دعا».
    informs = cand.info.lemma in INFORMING and not a.bare[cand.cue].endswith(OBJECT_SUFFIXES)
    # «اعترف المتهم الرئيسي عبدالرحمن عيدان بـ»: a verb that takes no object has its subject alone there.
    called = cand.how == "prep" and cand.info.prep in OBJECT_PREPS and cand.info.lemma not in NO_OBJECT
    calls = called or informs
    if _has_subject(cand) and cand.info.type == "participle" and calls:
        # «داعيا الجميع إلى», «متهما تركيا بانتهاك»: a participle has no subject of its own; the
        # words before its preposition are the one called on or accused.
        return ()
    if not (_has_subject(cand) and cand.info.type == "speech"):
        return None
    # A verb with a preposition before its content («دعا ... إلى») may name the addressee right
    # after it, with the subject dropped; any other verb only after its subject («فسر مراقبون
    # هذه التصرفات بأن»).
    end = cand.subject_end()
    # «اتهم الحزب الكردي انقرة بـ», «دعا البيان كوريا الشمالية إلى»: the subject is the first noun
    # phrase; a second one with no role word in it is the addressee.
    subject = a.np_end(p, end, names=True) if calls else end
    if calls and subject == end and p < end and a.head(p) in a.grammar.objects:
        # «دعت الحكومة الألمانية تركيا إلى»: a subject whose head is an objects word takes no name
        # after it (bounded by the sentence, the name tail needs the clause to end there).
        subject = min(a.np_end(p, a.sent_limit(cand.cue), names=True), end)
    # «الأمين العام لمنظمة ... (أوبك) إلى»: an addressee starts with a word, not a bracket.
    # «أشارت مصادر وسط المقاومة إلى»: a preposition or another stop word opens no addressee.
    if informs and p < subject < end and a.plain_name(subject):
        subject = a.name_run(subject, end)  # «أبلغ وزير الدفاع الأمريكي اشتون كارتر رئيس ...»
    elif informs and subject == end and p + 1 < end and a.definite(p) and a.definite(p + 1):
        # «أبلغ الوزير الصحفيين أن»: a definite noun is in no construct, and an adjective of a
        # subject would be nominative (-ون), so the definite -ين word after it is the one told.
        w = a.bare[p + 1]
        if w.endswith(OBLIQUE_PLURAL) and len(w) >= OBLIQUE_MIN and w not in DUAL_NAMES:
            subject = p + 1
    two = p < subject < end and a.word(subject) and not a.is_stop(subject)
    # the one told is often an official («رئيس الوزراء العراقي»): for «أبلغ» a role may open it
    two = two and not any(a.is_role(k) for k in range(subject + (informs and a.is_role(subject)), end))
    if two and a.is_role(subject - 1) and a.plain_name(subject):
        # «أشاد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، بـ», «دعا الشيخ محمد بن
        # راشد آل مكتوم الجهات الحكومية إلى»: a name right after a title is the titled one's own
        # name (apposition), not a second noun phrase called on; what follows the name may be
        # follow as the one called on; a «لـ» complement after the name («مركز الملك سلمان
        # للإغاثة») leaves the old cut
        run = a.name_run(subject, end)
        if run == end or a.punct[run]:
            two = False
        elif a.word(run) and not a.is_stop(run) and not a.lpre[run] and not any(a.is_role(k) for k in range(run, end)):
            subject = run
    for k in range(p if calls else p + 1, end):
        # «وزارة الصحة التابعة لحكومة اليمن»: a noun with ل on it is a complement, not the addressee;
        # «المتحدث باسم الحكومة», «رئيس الحكومة»: after «باسم» or a role in construct, a genitive;
        # «محمد بن شباب البقمي»: after «بن» a name.
        if k > p and a.bare[k - 1] in NAME_LINKS:
            continue
        if k > p and k - 1 in a.closer:
            continue  # «بمجموعة «ناس القابضة» إلى أن»: the first word of a quoted name in the source
        if k > p and a.bare[k - 1] == FROM:
            continue  # «عبر عدد من الدول عن»: after «من» the partitive's noun, not an addressee
        if k > p and a.head(k - 1) in a.grammar.partitives and not a.lpre[k]:
            continue  # «وقال أحد السكان إن»: the genitive of a quantity noun is who it counts
        if k > p and a.bare[k - 1] in PHRASE_LINKS:
            continue  # «مدير المكتب ... في دول الخليج، إن»: after a preposition, its noun
        genitive = a.word(k - 1) and not a.definite(k - 1) and a.definite(k) and not a.conj[k]
        if k - 1 > p and a.bare[k - 2] in PHRASE_LINKS and genitive:
            continue  # «الباحث في قضايا المجتمع»: the preposition's noun in construct, and its genitive
        if k > p and a.lpre[k - 1] and not a.bare[k - 1].startswith(LAM_ARTICLE):
            continue  # «للحملة الوطنية لنصرة الأشقاء»: after «لـ» + a noun, its genitive
        # (the written ة: normalised, «عبده» would end alike)
        construct = k - 1 > p and a.word(k - 1) and a.texts[k - 1].endswith(WRITTEN_TA_MARBUTA)
        if construct and a.definite(k) and not a.definite(k - 1) and ARTICLE not in a.bare[k - 1][:3]:
            continue  # «عميد كلية خدمة المجتمع»: after a noun in construct («خدمة»), its genitive
        if a.head(k) in a.grammar.objects and not a.lpre[k] and not a.genitive_of_role(k):
            if k == p and two:
                break  # «دعت الحكومة الألمانية تركيا إلى»: the first noun phrase is the subject
            return a.split_sources(p, k)
    if informs and not two and p < end:
        # «إن بوتين أبلغ نتنياهو بأن», «وأبلغ نتنياهو بأن»: one noun phrase after the verb is the
        # one told; the subject stands before the verb or is dropped. A longer run may hold both
        # («أبلغ الرئيس أوباما الوفد»), so without a subject before the verb only one word is taken
        # for the one told.
        i = cand.cue
        back = None if a.conj[i] else a.subject_before_verb(i)
        if back is not None:
            return a.split_sources(*back)
        if end == p + 1 and not a.punct[end]:
            return ()  # «وأبلغت والدته، لوري جرينبرج، الصحيفة»: a word before a comma is the subject
    return a.split_sources(p, subject) if two else None


@_sources_rules(
    "a definite plural in -ين right after a name or a singular adjective starts the one called on",
    "وحذّر أوباما المشرعين الأمريكيين من أن رفض الاتفاق يهدد مصداقية بلاده.",
    "took",
    "وطالب رئيس نقابة الأطباء المقيمين بزيادة الرواتب.",
    "وحذر بعض المحللين من تخمة في المعروض.",
    "وحذر رئيس رابطة الكتاب السعوديين من الرقابة.",
    "ودعا نائب حزب المحافظين ديفيد ديفيز إلى إرسال قوات.",
)
def _called_after_subject(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, p = cand.index, cand.after_cue
    if not _calls_on_someone(cand):
        return None
    # A subject is nominative, so a definite -ين word in it can only be a genitive («نقابة
    # المحامين») or an adjective of one («نقابة الأطباء المقيمين»). Right after a name («أوباما
    # المشرعين») or a singular nisba adjective («الجهاز الفني اللاعبين») it is neither: it is the
    # object, and the subject ends before it. A nisba plural («السعوديين») may still agree with a
    # genitive plural before it, so it keeps the span.
    end = cand.subject_end()
    nisba = a.grammar.nisba_endings
    for k in range(p + 1, end):
        w = a.bare[k]
        if not (a.definite(k) and not a.lpre[k] and w.endswith(OBLIQUE_PLURAL) and len(w) >= OBLIQUE_MIN):
            continue
        if w.endswith(NISBA_PLURALS) or w in DUAL_NAMES or a.is_role(k):
            continue
        before = a.bare[k - 1]
        singular_adjective = a.definite(k - 1) and before.endswith(nisba) and not before.endswith(NISBA_PLURALS)
        # «كافة المهتمين», «بعض المحللين»: a quantifier before it is no name
        quantifier = a.head(k - 1) in a.grammar.objects or a.head(k - 1) in a.grammar.partitives
        # A name right after the verb, after another name or after a definite title («الرئيس
        # أوباما»); after an indefinite noun («نائب حزب المحافظين») the word is in construct.
        named = a.plain_name(k - 1) and not quantifier
        named = named and (k - 1 == p or a.plain_name(k - 2) or (a.is_role(k - 2) and a.definite(k - 2)))
        if singular_adjective or named:
            return a.split_sources(p, k)
    return None


@_sources_rules(
    "after an unnamed source and its genitive, a definite noun starts the one accused or called on",
    "واتهمت وسائل الإعلام الاتحاد الصربي لكرة القدم بالتقصير.",
    "took",
    "واتهمت وسائل الإعلام المحلية الاتحاد بالتقصير.",
    "وطالبت مصادر الوزارة الرسمية بالتحقيق.",
)
def _object_after_unnamed(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, p = cand.index, cand.after_cue
    if not (_has_subject(cand) and cand.info.type == "speech" and cand.info.lemma in (*DIRECTIVES, WARNED)):
        return None
    k = p + 2
    if not (k < cand.subject_end() and a.head(p) in a.lex.unnamed and not a.definite(p) and a.definite(p + 1)):
        return None
    # «وسائل الإعلام» is whole once its genitive is definite; a definite word after it that is no
    # adjective (ة or a nisba ending: «المحلية», «الأمريكية») and no role is the verb's object.
    if not a.definite(k) or a.closes_name(k) or a.is_role(k) or a.closes_name(p + 1):
        return None
    return a.split_sources(p, k)


@_sources_rules(
    "«البعض» is a whole noun phrase: a definite noun after it is the object",
    "ووجه البعض الاتهامات للفتاتين على اعتبار أنهما خالفتا الأنظمة.",
    "took",
    "ودافع البعض الآخر عن حق الفتيات في التنزه.",
)
def _some_then_object(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, p = cand.index, cand.after_cue
    if not (_has_subject(cand) and a.bare[p] == SOME and p + 1 < cand.subject_end()):
        return None
    # «وجه البعض الاتهامات»: «البعض» takes no genitive, so a definite word after it starts the
    # verb's object; «البعض الآخر» is the one adjective it takes.
    nxt = p + 1
    if not a.definite(nxt) or a.head(nxt) in OTHER:
        return None
    return a.split_sources(p, nxt)


@_sources_rules(
    "a time right after the verb is not its subject",
    "يذكر أن أمير منطقة جازان وجه العام الماضي بتعديل مسمى الإدارة.",
    "took",
    "وقال المتحدث الأسبوع الماضي إن الأسعار ستنخفض.",
)
def _time_after_verb(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, p, i = cand.index, cand.after_cue, cand.cue
    end = cand.subject_end()
    if not (_has_subject(cand) and p + 1 < end and a.time_phrase(p)):
        return None
    # «وجه العام الماضي أمير المنطقة بـ»: the subject after the time; «أمير منطقة جازان وجه
    # العام الماضي بـ»: none after it, so the one before the verb (or a dropped subject).
    if p + 2 < end:
        return a.split_sources(p + 2, end)
    back = None if a.conj[i] else a.subject_before_verb(i)
    return a.split_sources(*back) if back is not None else ()


@_sources_rules(
    "the words between the verb and its content are the source",
    "وقال وزير الصحة إن المستشفيات تعمل بكامل طاقتها.",
    "took",
    "وقال إن المستشفيات تعمل بكامل طاقتها.",
)
def _subject_after(cand: SpeechCue) -> tuple[Source, ...] | None:
    if not _has_subject(cand):
        return None
    end = cand.subject_end()
    return cand.index.split_sources(cand.after_cue, end) if end > cand.after_cue else None


@_sources_rules(
    "the topic after «أما» is the subject of the verb after «ف»",
    "أما المتحدث باسم الوزارة فقال إن الأسعار ستنخفض.",
    "took",
    "وقال المتحدث باسم الوزارة إن الأسعار ستنخفض.",
)
def _topic_of_amma(cand: SpeechCue) -> tuple[Source, ...] | None:
    a, i = cand.index, cand.cue
    after_fa = a.conj[i] and a.norm[i][0] == FA
    if not (_has_subject(cand) and (after_fa or (i > 0 and a.norm[i - 1] == FA + PERFECT[0]))):
        return None
    back = a.topic_before(i)
    return a.split_sources(*back) if back is not None else None


@_sources_rules(
    "a topic fronted with «عن», «حول» before the verb is not its subject: the subject is dropped",
    "وعن غيابه عن نهائي كأس السوبر بسبب الإيقاف أكد أن الفريق لديه 11 لاعبا قادرون على تعويض أي لاعب.",
    "took",
    "وعن غيابه عن النهائي أكد المدرب أن الفريق لديه 11 لاعبا قادرون على تعويض أي لاعب.",
    "المرصد السوري أشار إلى أن الغارات استهدفت المدينة.",
)
def _fronted_topic_no_subject(cand: SpeechCue) -> tuple[Source, ...] | None:
    # «وعن غيابه ... بسبب الإيقاف أكد أن», «وفيما يتعلق بالجانب التوعوي أكد أن»: the words before
    # the verb are the topic the speaker was asked about (fronted_topics.txt), not a subject before
    # the verb; the speaker goes on from the report before (the speakers' fronted-topic rule).
    a = cand.index
    if not _has_subject(cand) or a.conj[cand.cue] or cand.subject_end() > cand.after_cue:
        return None
    return () if a.fronted_topic(cand.cue, cand.info) else None


@_sources_rules(
    "a subject before the verb is the source",
    "المرصد السوري أشار إلى أن الغارات استهدفت المدينة.",
    "took",
    "لكنه أكد أن الغارات استهدفت المدينة.",
    "وعن ما شاهده عند زيارته لذوي الشهيد قال: لم أشعر بأن لهم ابنا مفقودا.",
    "وعند سؤال والدتي أخبرتني بأن الملك استشهد.",
)
def _subject_before(cand: SpeechCue) -> tuple[Source, ...] | None:
    return _words_before_verb(cand, cand.index.subject_before_verb)


@_sources_rules(
    "a subject between «أن» and a comma before the verb is the source",
    "غير أن المدير العام للمكتب التنفيذي لمجلس وزراء العمل، أكد أن العمالة الوافدة تؤثر في السوق.",
    "took",
    "وذكرت الوزارة أن الوزير في جدة، أكد أن العمالة الوافدة تؤثر في السوق.",
)
def _subject_before_comma(cand: SpeechCue) -> tuple[Source, ...] | None:
    return _words_before_verb(cand, cand.index.subject_before_comma)


@_sources_rules(
    "a subject after «كان» that holds a short bracketed name is the source of the verb after «قد»",
    "وكانت وسائل الاتصال الاجتماعي (تويتر) قد أشارت إلى أن أسعار البطاقة تحددت مسبقا.",
    "took",
    "وكانت وسائل الاتصال الاجتماعي قد أشارت إلى أن أسعار البطاقة تحددت مسبقا.",
    "وكانت الأسعار (بحسب الجدول) قد أشارت إلى أن الطلب تراجع، وقال التاجر إن الأسعار ارتفعت.",
)
def _kana_bracketed_subject(cand: SpeechCue) -> tuple[Source, ...] | None:
    # «وكانت وسائل الاتصال الاجتماعي (تويتر) قد أشارت»: the bracketed name stops the «كان» walk
    # of `_subject_before` at its bracket; crossed here, the whole phrase is the subject (attr26e).
    return _words_before_verb(cand, partial(cand.index.subject_after_kana, bracketed=True))


@_sources_rules(
    "the topic after «أما», set off by a comma before «فـ» + verb, is its subject (a relative clause left out)",
    "أما كلينتون التي يرجح فوزها بترشيح الحزب الديمقراطي للانتخابات الرئاسية، فتقول إن ذلك يعود لضرورات العمل.",
    "took",
    "أما بالنسبة للأسعار، فقال إنها ستنخفض.",
    "أما في الرياض، فقالت إن الأسعار ستنخفض.",
    "أما الأسعار فقال إنها ستنخفض.",
)
def _topic_of_amma_comma(cand: SpeechCue) -> tuple[Source, ...] | None:
    # «أما كلينتون التي ...، فتقول»: the topic's relative clause and the comma before «ف» stop
    # `_topic_of_amma`'s short walk; a topic that opens with a preposition is no subject (attr26e).
    return _words_before_verb(cand, cand.index.topic_before_comma, after_conj=True)


@_sources_rules(
    "a role or titled name between «، لكن» and the verb, with its linking phrase, is the source",
    "ولا يزال السبب قيد التحقيق، لكن الكابتن كندال بورتيسر المسؤول بمكافحة الحرائق في كاليفورنيا قال: إنه ضروري.",
    "took",
    "ولا يزال السبب قيد التحقيق، لكن الأمر يحتاج إلى عمل كبير في المدينة قال إنه ضروري.",
    "ولا يزال السبب قيد التحقيق، لكنه قال: إنه ضمن 20 حريقا.",
    "ولا يزال السبب قيد التحقيق لكن المدير الذي تحدث في المؤتمر قال: إنه ضمن 20 حريقا.",
)
def _contrast_role_subject(cand: SpeechCue) -> tuple[Source, ...] | None:
    # «، لكن الكابتن ... المسؤول بمكافحة الحرائق في كاليفورنيا قال:»: the «في» of the role's
    # phrase stops `_subject_before`; a role or a title after «لكن» opens the subject (attr26e).
    return _words_before_verb(cand, cand.index.subject_after_contrast)


SOURCES = _sources_rules.table()


# -- readings --------------------------------------------------------------------------------------

_readings: _Rules[SpeechCue, Reading | Refusal] = _Rules("readings")


def _quote_goes_on(cand: SpeechCue) -> bool:
    a = cand.index
    close = a.closer[cand.marker_at]
    after = close + 1
    return after < a.sent_limit(close) and not a.punct[after] and not a.boundary(after)


def _quoted(cand: SpeechCue, opener: int) -> Reading | None:
    """The quote opened at ``opener`` as a direct quote (``None`` if it is empty)."""
    a = cand.index
    qs, qe = a.inside_quote(opener)
    if qe <= qs:
        return None
    return Reading("direct", cand.sources, a.span(qs, qe), ())


def _indirect(cand: SpeechCue, a_tok: int) -> Reading | None:
    """The clause from ``a_tok`` as reported content (mixed when it holds a quote)."""
    a = cand.index
    got = a.content(a_tok, a.clause_end(a_tok)) if a_tok < a.n else None
    if got is None:
        return None
    return Reading("mixed" if got[1] else "indirect", cand.sources, got[0], got[1])


@_readings(
    "a dropped-subject «وأضاف / وتابع / وقال» before a comma or a word that opens no subject opens what was said",
    "وقال مدير الدفاع المدني إن البحث مستمر. وأضاف، واصلت فرق البحث عملها حتى الصباح.",
    "took",
    "وقال مدير الدفاع المدني إن البحث مستمر. وقال هذا المصدر إن الفرق واصلت عملها.",
    "وقال مدير الدفاع المدني إن البحث مستمر. وأضاف، عقب الاجتماع، أن الفرق واصلت عملها.",
)
def _going_on(cand: SpeechCue) -> Reading | Refusal | None:
    a, i, p = cand.index, cand.cue, cand.after_cue
    if cand.info.lemma not in GOING_ON or not a.conj[i] or p + 1 >= a.sent_limit(i):
        return None
    if a.is_comma(p):
        # «وأضاف، واصلت فرق البحث ...»: the comma right after the verb leaves no room for a subject;
        # a word (not a quote, not a stop word opening an adjunct) after it starts the speaker's words.
        if cand.how != "none" or not a.word(p + 1) or a.is_stop(p + 1):
            return None
        start = p + 1
    elif a.word(p) and a.bare[p] in a.grammar.clause_openers:
        start = p  # «وأضاف تم رصد هذا الشخص», «وقال يجب أن تصل الرسالة»: a clause, not a subject
    else:
        return None
    got = a.content(start, _paragraph_end(a, start))
    return None if got is None else Reading("mixed" if got[1] else "indirect", (), got[0], got[1])


@_readings(
    "«قال», «أضاف», «تابع», «أوضح», «بين», «ذكر» + a short subject + a word that opens a clause opens what was said",
    "وأضاف المركز تم رصد هذا الشخص ومراقبته منذ دخوله.",
    "took",
    "وقد يأخذون بما تقول وقد لا يأخذون.",
    "وكان يقول لي مهلك أنا لا أستحق كل هذا.",
    "بعض الناس يقولون الآن ’ربما نحن بحاجة إلى الرد‘.",
    "فقال سأبلغه لم يعاود أحد الاتصال بنا.",
    "فقال الأسد صحيح أنك لم تخطئ الرأي.",
)
def _subject_then_clause(cand: SpeechCue) -> Reading | Refusal | None:
    a, i, p = cand.index, cand.cue, cand.after_cue
    if cand.how != "none" or cand.info.lemma not in (*GOING_ON, *EXPLAINING) or cand.info.present:
        return None
    # Counted on 3,771 unannotated 2015-08-06/08-10 articles (attr25c): a subject of a few words
    # after «قال/أضاف» at the head of its clause, then a word of clause_openers.txt, is the speaker
    # and what was said in 6 of 6 («وأضاف الأعرجي لقد أهدرت الحكومة ...», «قال الوزير لقد
    # استمعنا ...», «وقال محمد عبدالله معشي لن يزدنا ...»); the verb inside a clause («بما تقول وقد
    # لا يأخذون») and an addressee («يقول لي ... أنا») are not read so.
    if not (i == a.sent_first[a.sent_of[i]] or a.conj[i] or a.punct[i - 1]):
        return None
    limit = min(a.sent_limit(i), p + SUBJECT_BEFORE_CLAUSE + 1)
    if p >= limit or not (a.definite(p) or a.is_role(p) or a.name_word(p) or a.head(p) in a.lex.unnamed):
        return None  # «فقال سأبلغه لم يعاود ...»: a verb, not a subject
    k = p
    while k < limit and a.word(k) and a.bare[k] not in a.grammar.clause_openers:
        if a.is_stop(k) or a.lpre[k] or k in a.cue_at or a.complementiser_form(a.bare[k]):
            return None
        named = a.definite(k) or a.is_role(k) or a.name_word(k) or a.name_word(k - 1) or a.is_role(k - 1)
        if not named:
            return None  # «فقال الأسد صحيح أنك لم ...»: an indefinite predicate, a clause of its own
        k += 1
    if k == p or k >= limit or not a.word(k):
        return None
    got = a.content(k, _paragraph_end(a, k))
    if got is None:
        return None
    return Reading("mixed" if got[1] else "indirect", a.split_sources(p, k), got[0], got[1])


@_readings(
    "a quote right after the «بـ» of «وصف» is the name given: a direct quote, though the sentence goes on",
    "وقال إن الاتفاق الذي وصفه بـ«التاريخي» سيغير المنطقة.",
    "took",
    "ووصف الوزير الاتفاق بأنه «تاريخي» وسيغير المنطقة.",
)
def _described_as(cand: SpeechCue) -> Reading | Refusal | None:
    a, k = cand.index, cand.marker_at - 1
    if cand.how != "quote" or cand.info.lemma not in DESCRIBING or k < 0 or a.bare[k] != BA:
        return None
    # «وصفه بـ”الخطير والقمعي” يظل أفضل»: the quote is what he called it; the sentence after
    # it is the writer's (or an outer report's), not a part of this content.
    return _quoted(cand, cand.marker_at)


def _marker_past_name(cand: SpeechCue) -> tuple[Marker, int] | None:
    """The verb's own content marker later in the sentence, past the short quoted name at the cue's
    marker and the words that go on naming or placing its subject («، وهي منظمة ...،», «، الناقل
    الوطني السعودي،», «، في بيان،»): a complementiser after a comma, the verb's preposition after a
    comma, a colon, or a longer quote after the name or a comma; ``None`` at a cue, a clause opener, a
    word that ends a content after a comma, other marks or the reach's end."""
    a, info = cand.index, cand.info
    close = a.closer[cand.marker_at]
    end = min(a.sent_limit(close), close + NAME_FRAME_REACH)
    k = close + 1
    while k < end:
        after_comma = a.texts[k - 1][0] in NAME_CLOSERS or k == close + 1
        if k in a.cue_at or a.bare[k] in CLAUSE_OPENERS:
            return None
        if k in a.closer:
            long_quote = a.closer[k] - k > QUOTED_NAME_TOKENS and a.word(k + 1)
            return ("quote", k) if long_quote and after_comma else None
        if a.punct[k]:
            if a.texts[k][0] in COLONS:
                return "colon", k
            if a.is_comma(k) and k + 1 < end and a.word(k + 1) and a.ends_after_comma(k + 1):
                return None  # «، في إشارة إلى», «، سائلا الله»: the writer's clause, not the subject's words
            if not (a.texts[k][0] in NAME_CLOSERS or a.texts[k] in NAME_BRACKETS):
                return None
        elif a.is_comp(k) and not a.conj[k] and after_comma and (k + 1 >= a.n or a.norm[k + 1] != WILLED):
            return "comp", k
        elif info.prep and info.np and a.bare[k] == info.prep and after_comma and a.word(k + 1):
            return ("comp", k + 1) if a.is_comp(k + 1) else ("prep", k)
        elif info.prep == BA and info.np and after_comma and k > close + 1 and _ba_complement(a, k):
            return "prep", k  # «"أسامة زيتوني"؛ بتسبب إحدى الشركات»: the verb's «بـ» written on its noun
        k += 1
    return None


def _ba_complement(a: Speakers, k: int) -> bool:
    """Whether the «بـ» written on token ``k`` can open the verb's complement: not an adverb («بالفعل»), a cause
    («بسبب») or a concession («بالرغم»)."""
    return a.attached_ba(k) >= 0 and a.bare[k] not in (*a.grammar.adverbs, *CONCESSIVE_BA) and not a.ba_cause(k)


@_readings(
    "a short quoted name after the cue, the verb's own marker later in its sentence, is a name: the content follows",
    "وقالت «أجوكو»، وهي شركة نفطية، إن إنتاجها يبلغ 220 ألف برميل يوميا.",
    "took",
    "وقال الوزير «الأسعار ستنخفض»، في حين أن الطلب تراجع.",
    "وقال الوزير «الأسعار ستنخفض»، مشيرا إلى أن الطلب تراجع.",
    "ووصف المحللون «الخطة»، بأنها طموحة.",
    "وطالب الأهالي بـ«محاسبة» المسؤولين، وأن يتم التحقيق.",
    "وأعلن ولاءه لتنظيم «القاعدة»، ومن الممكن أن يكون من قادته.",
)
def _name_then_marker(cand: SpeechCue) -> Reading | Refusal | None:
    # «وقالت "أجوكو"، "إن إنتاجها ..."», «وتقول «ICG»، وهي منظمة مهتمة ...، إنه», «أعلن «طيران ناس»، الناقل
    # الوطني السعودي، عن تحقيق», «ويقول «جيشا»، وهي منظمة غير حكومية ... "إن غزة"»: a reporting verb takes one
    # complement, so a short name-shaped quote after it that its own marker still follows in the sentence is
    # the subject's name or the one told (dev8, dev12, dev15, dev20, dev21, dev22 and the unannotated
    # 2015-08-06/08-10 text: attr26d). Not after the verb's preposition or «بـ» (there the quote is what was
    # said), not after a participle, «وصف» or an «أن» (a quoted word inside what was said).
    a, o, info = cand.index, cand.marker_at, cand.info
    if cand.how != "quote" or info.type != "speech" or info.lemma in DESCRIBING:
        return None
    close = a.closer[o]
    if not 1 < close - o <= QUOTED_NAME or not a.name_shaped(o + 1, close):
        return None
    if o > 0 and (a.bare[o - 1] in (BA, info.prep) or a.is_comp(o - 1)):
        return None
    found = _marker_past_name(cand)
    if found is None or _name_then_frame(cand) is not None:
        return None  # «"خالد المنصور"؛ أن» right after the name: the later rule's own reading
    right_after = found[1] <= close + 3 and a.texts[close + 1][0] in NAME_CLOSERS
    if right_after and o > cand.after_cue and a.words_after_definite(o):
        return None  # «وأكد الوزير "نرفض التدخل"؛ أن»: after a definite word, a name opens with a name word
    marked = evolve(cand, how=found[0], marker_at=found[1], sources=())
    found_sources = SOURCES.first(marked)
    sources = found_sources[1] if found_sources is not None else ()
    named = None
    if sources and sources[-1].end == a.ends[o - 1]:
        named = a.source(a.tok_of(sources[-1].start), close + 1)  # «نشرة "أوتشا"»: the name ends the subject
    elif not sources and o == cand.after_cue:
        named = a.source(o, close + 1)  # «وقالت «أجوكو»، وهي ...، إن»: the name alone
    sources = (*sources[:-1], named) if named is not None and sources else (named,) if named is not None else sources
    marked = evolve(marked, sources=sources)
    got = READINGS.first(marked)
    return got[1] if got is not None and isinstance(got[1], Reading) else None


@_readings(
    "a quote of words said that «و» follows is the whole content: the «و» opens the next clause",
    "وقال الشاعر في مطلعها «أحن إلى خبز أمي وقهوة أمي» وغناها الفنان مرسيل خليفة.",
    "took",
    "وطالب المحاميان «بعملية فحص جديدة من قبل لجنة دولية» والاستماع إلى أطباء آخرين.",
    "وقال الوزير «إن الأسعار ستنخفض» خلال الأشهر المقبلة.",
)
def _quote_then_and(cand: SpeechCue) -> Reading | Refusal | None:
    if cand.how != "quote" or cand.info.np or not _quote_goes_on(cand):
        return None
    # «قال في مطلعها "أحن إلى خبز أمي وقهوة أمي" وغناها الفنان»: a verb of saying takes the words
    # as its one complement, so what «و» joins after the closing mark is the writer's next clause
    # («وأقول لـ...», «وبعد ذلك توجه ...»). A verb that takes a noun phrase may coordinate a second
    # one after its quoted first («طالب المحاميان "بعملية فحص ..." والاستماع إلى أطباء»), and a
    # short quote is a name inside the content («على نظام "إحالتي" وننتظر الرد»). Marks paired
    # across paragraphs are no one quote of words («وقال سموه ” إن التفجير ...» and a ” pages on).
    a, opener = cand.index, cand.marker_at
    close = a.closer[opener]
    if not a.conj[close + 1] or close - opener <= QUOTED_NAME:
        return None
    if "\n" in a.text[a.ends[opener] : a.starts[close]]:
        return None
    return _quoted(cand, opener)


@_readings(
    "a quote the sentence goes on after is part of the content",
    "وقال الوزير «إن الأسعار ستنخفض» خلال الأشهر المقبلة.",
    "took",
    "وقال الوزير: «إن الأسعار ستنخفض».",
)
def _quote_in_clause(cand: SpeechCue) -> Reading | Refusal | None:
    if cand.how != "quote" or not _quote_goes_on(cand):
        return None
    a = cand.index
    named = _subject_name_end(cand)
    if named >= 0:
        # «وأكد "غاشم" حرص الجامعة على ...», «توقع المحلل السياسي " هاني مسهور" اقتراب ...»: a short
        # quoted name where the verb's subject stands (right after a verb that opens its clause, or
        # after the subject's title) is the speaker's name, and the verb's content follows it (attr22h)
        after_name = _after_subject_name(cand, named)
        if after_name is not None:
            return after_name
    got = a.content(cand.marker_at, a.clause_end(cand.marker_at))
    return None if got is None else Reading("mixed", cand.sources, got[0], got[1])


def _after_subject_name(cand: SpeechCue, named: int) -> Reading | None:
    """What a verb reports after its subject's quoted name ending before ``named``: the clause of an
    «أن» or the quote that follows the words still naming the subject («وأبان "محمد القرشي" أحد سكان
    الحي أن ...», «ويقول «أبوخالد» مستثمر في القطاع «إن ...»»), or else, for a verb that takes a noun
    phrase, the words right after the name («أكدت "صحة بيشة" تقديم ...»); ``None`` where neither is
    there («وتابع "خلفان" هجومه»: a verb of going on takes no noun phrase)."""
    a, p = cand.index, cand.after_cue
    reach = min(a.clause_end(named), named + NAME_MARKER_REACH)
    marker = next((j for j in range(named, reach) if a.is_comp(j) or j in a.closer), -1)
    if marker in a.closer and not _quote_is_comp_content(cand, marker):
        marker = -1  # «"أوبل" المتحدث باسم مبادرة "إن تشارج" التي ...»: another name, not what was said
    if marker >= 0 and (marker == named or a.naming_words(named, marker)):
        src = a.source(p, marker)
        if marker in a.closer:
            got = _quoted(cand, marker)
        else:
            got = _indirect(cand, marker + 1 if a.bare[marker] in a.grammar.complementisers else marker)
    elif cand.info.np and a.bare[named] not in a.grammar.not_complementiser_after:
        # not where a time or contrast phrase follows the quote («وأكد الوزير "نجاح الخطة" رغم أن»,
        # «في كل لقاء»): that ends the verb's quoted object, no noun phrase follows it
        src, got = a.source(p, named), _indirect(cand, named)
    else:
        return None
    return None if src is None or got is None else evolve(got, sources=(src,))


def _subject_name_end(cand: SpeechCue) -> int:
    """The token after a short quoted name (opening at the cue's marker) that stands where the verb's
    subject does, with a word after it; else -1.

    The name is right after a reporting verb (not a participle, which has no subject of its own) that
    opens its clause, or right after the subject's words (the source found so far, no stop word among
    them) when one of them is a title or role («المحلل السياسي اليمني " هاني مسهور"»); never right after
    a preposition or a stop word («طالب بـ«محاسبة»»). The quote holds a name's shape (no verb, stop word
    or «لـ») and a word follows it."""
    a, o, p, i = cand.index, cand.marker_at, cand.after_cue, cand.cue
    close = a.closer[o]
    nxt = close + 1
    if cand.info.type == "participle" or not 1 < close - o <= ROLE_NAME_QUOTE or nxt >= a.sent_limit(o):
        return -1
    if not a.word(nxt) or not a.name_shaped(o + 1, close):
        return -1
    if a.bare[o - 1] in (BA, cand.info.prep) or a.is_stop(o - 1) or (o > p and a.lpre[o - 1]):
        return -1  # «وطالب النائب بـ«محاسبة» المسؤولين»: after a preposition the quote is the content
    if o == p:
        opens = i == a.sent_first[a.sent_of[i]] or a.conj[i] or (i > 0 and a.punct[i - 1])
        return nxt if opens else -1
    # the title's words are the source found so far, up to the quote, none a stop word («عن رفض
    # المدرب «اليخاندروا سابيلا»» is inside an object, not the subject)
    between = range(p, o)
    ends = [a.tok_of(src.end - 1) for src in cand.sources]
    plain = all(a.word(k) and not a.is_stop(k) for k in between)
    # after a title, the quote is its holder's name only where it opens with a person's name word
    # («المحلل السياسي " هاني مسهور"»); else it is the verb's object («وأكد الوزير "نجاح الخطة" رغم أن»)
    person = a.name_word(o + 1) if o + 1 < close else False
    if ends and ends[-1] == o - 1 and plain and person and any(a.is_role(k) for k in between):
        return nxt
    return -1


@_readings(
    "a short quoted name that «،» or «؛» and the verb's complement follow is the subject's name",
    'وأكد مدير المركز، "خالد المنصور"؛ أن الاحتفالية ناجحة.',
    "took",
    'وأشار إلى "الأزمة"، إلى أن الحل قريب.',
    'وقال الوزير "الأسعار ستنخفض"، إن شاء الله.',
    'وأكد الوزير "نرفض التدخل"؛ أن الموقف ثابت.',
    'مشيرا "الوزير"، إلى أن الحل قريب.',
)
def _name_then_frame(cand: SpeechCue) -> Reading | Refusal | None:
    # «وأكد مدير مركز التنمية الاجتماعية ببريدة، "خالد المنصور"؛ أن», «الرئيس التنفيذي لشركة
    # "إنوكيم"، عن سعادته»: one outlet sets the subject's name in marks and closes the subject with
    # «؛» or «،»; a reporting verb takes one complement, so where its «أن» or its own preposition
    # opens the next words, the quote is a name inside the source (attr24b: dev22 and the unannotated
    # 2015-08-06/08-10 text). Not after the verb's own preposition or «بـ» (there the quote is what was
    # said), not after a participle (no subject of its own), and «إن شاء الله» is no «إن».
    a, o, p = cand.index, cand.marker_at, cand.after_cue
    if cand.how != "quote" or cand.info.type == "participle":
        return None
    close = a.closer[o]
    sep, nxt = close + 1, close + 2
    if not 1 < close - o <= ROLE_NAME_QUOTE + 1 or nxt + 1 >= a.n or not a.name_shaped(o + 1, close):
        return None
    if not (a.punct[sep] and a.texts[sep][0] in NAME_CLOSERS):
        return None
    if "\n" in a.text[a.ends[close] : a.starts[nxt]]:
        return None
    if a.bare[o - 1] in (BA, cand.info.prep) or (o > p and not (a.word(o - 1) or a.is_comma(o - 1))):
        return None
    if any(k in a.cue_at or k in a.closer for k in range(p, o)):
        return None  # another cue or quote between the verb and the name: not its subject's words
    if o > p and a.words_after_definite(o):
        return None  # «وأكد الوزير "نرفض التدخل"؛ أن»: after a definite word, a name opens with a name word
    # past an adjunct («وأشار سعدات، خلال زيارة محامي ... له في سجن "نفحه"، إلى أن») the quote is
    # the adjunct's, and the source the one found before it
    adjunct = any(a.word(k) and a.is_stop(k) for k in range(p, o))
    src = (cand.sources[0] if cand.sources else None) if adjunct else a.source(p, sep)
    if cand.info.prep and a.bare[nxt] == cand.info.prep and a.is_comp(nxt + 1):
        nxt += 1  # ««الوطن»، إلى أن»: the verb's preposition, then its «أن»
    if a.is_comp(nxt) and not a.conj[nxt] and nxt + 1 < a.n and a.norm[nxt + 1] != WILLED:
        got = _indirect(cand, nxt + 1 if a.bare[nxt] in a.grammar.complementisers else nxt)
    elif cand.info.np and cand.info.prep and a.bare[nxt] == cand.info.prep and a.word(nxt + 1):
        got = _indirect(cand, nxt + 1)
    elif o == p and a.texts[sep][0] == SEMICOLON and nxt in a.closer and a.closer[nxt] - nxt > ROLE_NAME_QUOTE + 1:
        got = _quoted(cand, nxt)  # «وأضاف "المزروع"؛ "اللجنة تتمتع ..."»: the name, then what he said
    else:
        return None
    return None if src is None or got is None else evolve(got, sources=(src,))


@_readings("an empty quote is no content", "وقال الوزير «».", "refused")
def _empty_quote(cand: SpeechCue) -> Reading | Refusal | None:
    if cand.how != "quote" or _quote_goes_on(cand):
        return None
    a = cand.index
    return REFUSED if a.toks[a.closer[cand.marker_at]].start <= a.ends[cand.marker_at] else None


@_readings(
    "a quote after the cue is a direct quote",
    "وقال الوزير «الأسعار ستنخفض».",
    "took",
    "وقال الوزير «إن الأسعار ستنخفض» خلال الأشهر المقبلة.",
)
def _direct_quote(cand: SpeechCue) -> Reading | Refusal | None:
    if cand.how != "quote" or _quote_goes_on(cand):
        return None
    return _quoted(cand, cand.marker_at)


def _quote_after_colon(cand: SpeechCue) -> bool:
    return cand.marker_at + 1 < cand.index.n and cand.marker_at + 1 in cand.index.closer


@_readings("a quote after a colon is a direct quote", "وقال الوزير: «الأسعار ستنخفض».", "took")
def _colon_quote(cand: SpeechCue) -> Reading | Refusal | None:
    return _quoted(cand, cand.marker_at + 1) if cand.how == "colon" and _quote_after_colon(cand) else None


@_readings(
    "a bracket right after a colon quotes up to its closing bracket («قال الله تعالى: (...)»)",
    "قال الله تعالى: ((إنما جزاء الذين يحاربون الله ورسوله)). وأقدم المتهم على قتل رجل.",
    "took",
    "وقال الوزير: الأسعار ستنخفض (بنسبة 5%) قريبا. نريد أن يرتاح الناس.",
)
def _colon_bracket(cand: SpeechCue) -> Reading | Refusal | None:
    if cand.how != "colon" or _quote_after_colon(cand):
        return None
    a, start = cand.index, cand.marker_at + 1
    if start >= a.n or not a.punct[start] or not a.texts[start].startswith(OPEN_BRACKET):
        return None
    close = _bracket_close(a, start)
    got = a.content(start, close) if close >= 0 else None
    return None if got is None else Reading("direct", cand.sources, got[0], got[1])


def _bracket_close(a: Speakers, start: int) -> int:
    """The token that closes the bracket opened at ``start`` within its paragraph, or -1: a verse or a
    quoted text in brackets ends where they close, not at the paragraph's end."""
    depth, end = 0, _paragraph_end(a, start)
    while end < a.n and a.punct[end] and not a.texts[end].startswith(OPEN_BRACKETS):
        end += 1  # «... جميعا)).»: the closing brackets after the clause's last word
    for k in range(start, end):
        if a.punct[k]:
            text = a.texts[k]
            depth += sum(text.count(b) for b in OPEN_BRACKETS) - sum(text.count(b) for b in CLOSE_BRACKETS)
            if depth <= 0:
                return k
    return -1


@_readings(
    "the words after a colon are a direct quote, to the end of the paragraph",
    "وقال الوزير: الأسعار ستنخفض قريبا. نريد أن يرتاح الناس.",
    "took",
)
def _colon_words(cand: SpeechCue) -> Reading | Refusal | None:
    if cand.how != "colon" or _quote_after_colon(cand):
        return None
    a, start = cand.index, cand.marker_at + 1
    got = a.content(start, _paragraph_end(a, start)) if start < a.n else None
    return None if got is None else Reading("direct", cand.sources, got[0], got[1])


def _paragraph_end(a: Speakers, start: int) -> int:
    """The end of the words after a colon: the clause, and then the following sentences of the
    same paragraph as long as none of them holds a cue («قال: ... . نريد ... . سنعمل ...»)."""
    end = a.clause_end(start)
    s = a.sent_of[start]
    while s + 1 < len(a.sent_first):
        limit, nxt = a.sent_end[s], a.sent_first[s + 1]
        if any(not a.punct[k] for k in range(end, limit)) or nxt >= a.n or limit == 0:
            break  # the clause ended before its sentence did
        if "\n" in a.text[a.ends[limit - 1] : a.starts[nxt]]:
            break
        if any(k in a.cue_at for k in range(nxt, a.sent_end[s + 1])):
            break
        end, s = a.clause_end(nxt), s + 1
    return end


def _comp_content(cand: SpeechCue) -> int:
    """Where the content after a complementiser starts: after a bare «أن», at a «أنه» (its pronoun
    is the clause's subject), or at the noun of report a «بأن» clause completes («نفى الاتهامات
    بأن», `report_nouns.txt`)."""
    a, c = cand.index, cand.marker_at
    start = c if a.bare[c] not in a.grammar.complementisers else c + 1
    src_end = max((a.tok_of(src.end - 1) + 1 for src in cand.sources), default=cand.after_cue)
    noun = c - 1
    if a.bare[c].startswith(BA) and noun >= max(cand.after_cue, src_end) and a.definite(noun):
        # «نفى الاتهامات بأن ...», not «فسر مراقبون هذه التصرفات بأن ...»
        start = noun if a.head(noun) in a.grammar.report_nouns else start
    return start


def _quote_is_comp_content(cand: SpeechCue, start: int) -> bool:
    a = cand.index
    if not (start < a.n and start in a.closer):
        return False
    close = a.closer[start]
    after = close + 1
    return after >= a.sent_limit(close) or a.punct[after] or a.boundary(after)


@_readings(
    "a quote right after «أن» is a direct quote",
    "وأكد الوزير أن «الأسعار ستنخفض».",
    "took",
    "وأكد الوزير أن «الأسعار» ستنخفض قريبا.",
)
def _comp_quote(cand: SpeechCue) -> Reading | Refusal | None:
    if cand.how != "comp":
        return None
    start = cand.comp_start()
    return _quoted(cand, start) if _quote_is_comp_content(cand, start) else None


@_readings(
    "inside another's reported content, a «، وأن» goes on with that content, not the nested report",
    "وكشف المتحدث أن متهمين أدلوا بأسماء آخرين زعموا أنهم شاركوا، وأن الأجهزة الأمنية تستدعيهم.",
    "took",
    "وكشف المتحدث أن المتهمين شاركوا، وأن الأجهزة الأمنية تستدعيهم.",
    "وأضاف أنه يتطلع إلى الجائزة، وأنهم مؤهلون لذلك.",
)
def _nested_parallel(cand: SpeechCue) -> Reading | Refusal | None:
    if cand.how != "comp":
        return None
    a = cand.index
    i = cand.cue
    if a.conj[i] or a.boundary(i) or i < 2 or a.conj[i - 1] or a.is_comma(i - 1) or a.is_comma(i - 2):
        # «، وقال معظمهم إنهم ...، وإن ...», «، فالوثائق تشير إلى أن ...، وأن ...», «، حيث أكدوا
        # بأن ...، وأن»: a clause of its own goes on with its own «أن».
        return None
    at = a.starts[cand.cue]
    # Only an outer content opened by «أن» has a parallel «، وأن».
    outer = next((d for d in reversed(a.done) if d.content.start <= at < d.content.end and _after_an(a, d)), None)
    if outer is None:
        return None
    got = _comp_clause(cand)
    if not isinstance(got, Reading):
        return None
    # «أدلوا بأسماء آخرين زعموا أنهم تحرشوا بالفتاتين، وأن الأجهزة ...»: the second «أن» parallels
    # the outer one (what «كشف» reported), so the nested claim ends at the comma.
    for k in range(cand.marker_at + 2, a.n):
        if a.starts[k] >= min(got.content.end, outer.content.end):
            return None
        if a.is_comma(k - 1) and a.conj[k] and a.complementiser_form(a.bare[k]) and a.word(k - 2):
            end = a.ends[k - 2]
            quotes = tuple(q for q in got.quotes if q.end <= end)
            return Reading(got.kind if quotes else "indirect", got.sources, a.span(got.content.start, end), quotes)
    return None


def _after_an(a: Speakers, done: Attribution) -> bool:
    """Whether an attribution's content opens right after «أن» or «إن» (a quote mark between them allowed)."""
    opened = bisect_right(a.starts, done.content.start - 1) - 1
    while opened >= 0 and a.punct[opened] and opened in a.closer:
        opened -= 1  # «كشف أن "متهمين ...»: the quote opens after «أن»
    return opened >= 0 and a.complementiser_form(a.bare[opened])


CONTRAST_WORDS = ("الا", "غير", "بيد")
"""«إلا», «غير», «بيد» (normalised): with a bare «أن» after a comma, "but" opening a clause with its own subject."""
CONTRAST_SUBJECT_REACH = 4
"""How many words the subject between «، إلا أن» / «، لكن» and a reporting verb may take («، غير أن مسؤولين
محليين وصفوهم»); farther, the words are a clause of the speaker's own («، ولكن الأمر يحتاج إلى عمل ... تؤكد»)."""


def _contrast_subject(a: Speakers, k: int) -> int:
    """Where the subject starts after the contrast word ``k`` that follows a comma: «، لكن» with no
    pronoun («، لكن مدريد لفتت»), or «، إلا/غير/بيد أن» with none («، غير أن طالبان نفت»); -1 when
    ``k`` opens no such contrast (a pronoun on «لكنه», «إلا أنها» is the clause scans' own case)."""
    if k < 2 or not a.is_comma(k - 1) or not a.word(k):
        return -1
    if a.bare[k] in BUT:
        return k + 1
    if a.bare[k] in CONTRAST_WORDS and k + 1 < a.n and a.norm[k + 1] == BARE_AN:
        return k + 2
    return -1


def _report_after(a: Speakers, s: int) -> bool:
    """Whether a reporting verb with no «و» of its own follows the subject words from ``s`` within
    :data:`CONTRAST_SUBJECT_REACH`, no mark or other cue between («طالبان نفت», «مسؤولين محليين وصفوهم»).
    Not after a stop word («، لكن رغم ذلك استطاع الإعلام نقل») or evidence («، إلا أن المؤشرات الأولية
    تؤكد»: what the evidence shows may be the speaker's own argument, evidence.txt)."""
    if s >= a.n or not a.word(s) or a.is_stop(s) or a.head(s) in a.grammar.evidence:
        return False
    for x in range(s + 1, min(s + 1 + CONTRAST_SUBJECT_REACH, a.n)):
        if not a.word(x - 1) or (x - 1) in a.cue_at:
            return False
        if x in a.cue_at:
            info = a.cue_at[x].info
            return info.type == "speech" and not a.conj[x] and not a.refused_cue(x)
    return False


@_readings(
    "an «أن» clause ends before «، إلا أن» or «، لكن» with a subject and a reporting verb: a new report",
    "وقال مسؤول أفغاني إن القائد قتل في الغارة، غير أن طالبان نفت مقتل الرجل.",
    "took",
    "وقال الوزير إن العمل مستمر، إلا أن لكل دولة سياستها في هذا الشأن.",
    "وقال الوزير إن العمل مستمر، لكنه أضاف أن التكلفة كبيرة.",
    "وقال الوزير إن العمل مستمر، ولكن الأمر يحتاج إلى عمل كبير وضمانات حكومية مكتوبة تؤكد أنه سيكتمل.",
)
def _contrast_report(cand: SpeechCue) -> Reading | Refusal | None:
    # «قال مسؤول إن القائد قتل، غير أن طالبان نفت مقتله»: the guideline's content end at «إلا أن»
    # and «لكن» (docs/attribution.md): the content runs on past them and ends where a new report
    # opens; with a pronoun («لكنه أضاف») the clause scans end it, with a written subject this rule.
    if cand.how != "comp":
        return None
    got = _comp_clause(cand)
    if not isinstance(got, Reading):
        return None
    a = cand.index
    for k in range(cand.marker_at + 2, a.n):
        if a.starts[k] >= got.content.end:
            return None
        s = _contrast_subject(a, k)
        # inside a quote opened in the content («قال "التصويت كان مطروحا، ولكن الأمانة استبعدته"»)
        # the speaker's own words go on
        quoted = s > k and any(q.start < a.starts[k] for q in got.quotes if a.starts[k] < q.end)
        if s > k and not quoted and _report_after(a, s) and a.word(k - 2):
            end = a.ends[k - 2]
            quotes = tuple(q for q in got.quotes if q.end <= end)
            return Reading(got.kind if quotes else "indirect", got.sources, a.span(got.content.start, end), quotes)
    return None


@_readings(
    "the clause after «أن» or «إن» is the content",
    "وأكد الوزير أن الأسعار ستنخفض قريبا.",
    "took",
    "وأكد الوزير أن «الأسعار ستنخفض».",
)
def _comp_clause(cand: SpeechCue) -> Reading | Refusal | None:
    return cand.comp_clause() if cand.how == "comp" else None


def _comp_clause_reading(cand: SpeechCue) -> Reading | None:
    """The reading of the clause after «أن» or «إن» (a complementiser candidate's content)."""
    start = cand.comp_start()
    if _quote_is_comp_content(cand, start):
        return None
    got = _indirect(cand, start)
    a = cand.index
    segs = a.toks[start].segments if start < a.n else ()
    ba = len(segs) > 2 and segs[0].form == BA and segs[0].role == "proclitic"
    if got is not None and start == cand.marker_at and ba and got.content.start == segs[0].start:
        # «هددت بأنها ستجعل ...»: the pronoun on «أن» is the clause's subject, the preposition
        # belongs to the verb («هدد بـ») and stays outside the content.
        got = Reading(got.kind, got.sources, a.span(segs[1].start, got.content.end), got.quotes)
    return got


@_readings(
    "the noun phrase after the verb's preposition is the content",
    "وأشار المتحدث إلى ضرورة الالتزام بالتعليمات.",
    "took",
)
def _prep_phrase(cand: SpeechCue) -> Reading | Refusal | None:
    if cand.how != "prep":
        return None
    a, c = cand.index, cand.marker_at
    if a.bare[c] == cand.info.prep or (a.bare[c] == ON and (a.according_cue(c) or cand.info.lemma in ON_TAKERS)):
        return _indirect(cand, c + 1)  # «أشار إلى ...», «أكد على ما صرح به الوزير», «أكد على ضرورة أن»
    got = _indirect(cand, c)  # «بتحسين الخدمات»: the preposition written on the first word
    word = a.attached_ba(c)
    if word < 0 and cand.info.also_lam:
        word = a.attached_lam(c)  # «للتعاون»: the content starts after its «لـ»
    if got is None or word < 0:
        return got
    return Reading(got.kind, got.sources, a.span(word, got.content.end), got.quotes)


def _quote_before(cand: SpeechCue) -> int:
    """The closing mark of a quote right before the cue (past commas), or -1."""
    a = cand.index
    b = cand.cue - 1
    while b >= 0 and a.is_comma(b):
        b -= 1
    if b < 0 or b not in a.opener or cand.info.type != "speech":
        return -1
    o = a.opener[b]
    first = o <= a.sent_first[a.sent_of[o]]
    if b == cand.cue - 1 and b - o <= QUOTED_SUBJECT and not first and a.word(o - 1):
        return -1  # «وكانت "شل" أعلنت»: a quoted name after a word is the subject, not a quote
    if b - o <= QUOTED_SUBJECT and a.name_shaped(o + 1, b) and (b == cand.cue - 1 if first else a.word(o - 1)):
        # «وفي رد على سؤال لـ"الرياض"، نفى», «وحسب وكالة "فرانس برس"، قال»: a short quoted name inside
        # the words before the verb, past a comma, is an outlet's or a subject's name; one that opens its
        # sentence right before the verb («"السوبر" كشف كل شيء», ««الجزيرة» تهنئ العروسين») is the
        # headline's subject (attr26d: 16 such quotes read as what was said in the unannotated
        # 2015-08-06/08-10 text, every one wrong)
        return -1
    return b


def _participle_phrase(cand: SpeechCue) -> bool:
    a, info, p = cand.index, cand.info, cand.after_cue
    return info.type == "participle" and info.np and p < a.sent_limit(cand.cue) and a.word(p)


@_readings(
    "a verb after a quote names its speaker",
    "«الأسعار ستنخفض»، قال مسؤول في الوزارة.",
    "took",
    "وقال مسؤول في الوزارة إن الأسعار ستنخفض.",
)
def _speaker_after_quote(cand: SpeechCue) -> Reading | Refusal | None:
    if cand.how != "none":
        return None
    b = cand.quote_before()
    if b < 0:
        return None
    a, p = cand.index, cand.after_cue
    if a.conj[cand.cue] and (b == cand.cue - 1 and a.punct[b - 1] and a.texts[b - 1][0] in TERMINAL):
        return None  # «"... اونها-3 ." ويشير اونها-3 إلى»: a finished quoted sentence, then a new one
    limit = a.clause_end(p) if p < a.n and p < a.sent_limit(cand.cue) else p
    end = a.bounded_source(p, limit)
    sources = a.split_sources(p, end) if end > p else ()
    qs, qe = a.inside_quote(a.opener[b])
    return Reading("direct", sources, a.span(qs, qe), ()) if qe > qs else None


@_readings(
    "a participle right after an indefinite noun in the accusative describes it",
    "وسيشهد المعرض حضورا لافتا من قبل المهتمين.",
    "refused",
    "وطالب السكان بتحسين الخدمات، مؤكدين ضرورة إيجاد حلول عاجلة.",
)
def _participle_adjective(cand: SpeechCue) -> Reading | Refusal | None:
    a, i = cand.index, cand.cue
    if cand.how != "none" or cand.info.type != "participle" or i == 0 or a.conj[i]:
        return None
    b = i - 1
    # «حضورا لافتا», «تقدما ملحوظا»: an adjective agreeing with the noun before it, not «لافتا إلى».
    indefinite_acc = a.word(b) and not a.definite(b) and a.bare[b].endswith(ACCUSATIVE) and b not in a.cue_at
    if indefinite_acc and a.possessed(b) and a.possessive_stem(b) not in PRONOUN_PARTICLES:
        return None  # «وختمت نتو حديثها متمنية لو»: the ا of a possessive «ها» on a noun, not an accusative
    return REFUSED if indefinite_acc and len(a.bare[b]) > 2 else None


@_readings(
    "the noun phrase after a participle is the content",
    "وطالب السكان بتحسين الخدمات، مؤكدين ضرورة إيجاد حلول عاجلة.",
    "took",
)
def _participle_content(cand: SpeechCue) -> Reading | Refusal | None:
    if cand.how != "none" or not _participle_phrase(cand):
        return None
    a, p = cand.index, cand.after_cue
    got = a.content(p, a.clause_end(p))
    if got is None:
        return None
    content = got[0]
    segs = a.toks[p].segments
    if len(segs) > 1 and segs[0].role == "proclitic" and segs[0].form == BA:
        # «مطالبين بإيجاد ...», «منوهاً بمستوى التخطيط»: the preposition stays outside the content.
        content = a.span(segs[1].start, content.end)
    return Reading("mixed" if got[1] else "indirect", (), content, got[1])


def _bare_noun_phrase(cand: SpeechCue) -> bool:
    """Whether the cue, with no marker after it, is one that can take a noun phrase as content."""
    info = cand.info
    if not (info.np and info.type == "speech" and not info.prep):
        return False
    return not info.present or _present_opens(cand)


def _present_opens(cand: SpeechCue) -> bool:
    """Whether a present-tense cue opens its clause («ويتوقع الخبراء ارتفاع ...», «كما يؤكد ...»),
    where it reports; inside a clause it describes («صورة تعبر عن»)."""
    a, i, p = cand.index, cand.cue, cand.after_cue
    first = a.sent_first[a.sent_of[i]]
    if not (i == first or a.conj[i] or a.punct[i - 1] or a.bare[i - 1] in CLAUSE_STARTERS):
        return False
    # «ويتوقع المتابعون انحصار ...»: a subject follows (people, a role, an unnamed source);
    # «ويتوقع الوصول إلى ...», «كما يتوقع المزيد من ...» are the passive "is expected".
    if p >= a.sent_limit(i) or not a.word(p):
        return False
    people = a.definite(p) and a.bare[p].endswith((NOMINATIVE_PLURAL, OBLIQUE_PLURAL))
    return people or a.is_role(p) or a.head(p) in a.lex.unnamed


@_readings(
    "a resumptive «ذلك» after the verb points back to what came before",
    "ستفتح المدارس أبوابها الأسبوع المقبل. أوضح ذلك مدير التعليم في المنطقة أحمد الزهراني.",
    "took",
    "ستفتح المدارس أبوابها الأسبوع المقبل. وأوضح مدير التعليم ذلك في مؤتمر صحفي.",
)
def _resumptive_before(cand: SpeechCue) -> Reading | Refusal | None:
    a, i, p = cand.index, cand.cue, cand.after_cue
    limit = a.sent_limit(i)
    # «أفاد بذلك مدير الإدارة»: a verb with a «بـ» content points back with «بذلك» (no marker, `Phrases.content_start`)
    if cand.how != "none" or cand.info.type != "speech" or p + 1 >= limit or a.bare[p] not in (THAT, BA + THAT):
        return None
    clause_end = a.clause_end(p + 1)
    end = a.bounded_source(p + 1, clause_end)
    if end <= p + 1:
        return None
    # «ذكر ذلك رئيس البلدية في تصريح صحفي أمس»: the venue of the statement after the source
    venue = end + 1 < clause_end and a.bare[end] == IN_VENUE and a.venue_noun(end + 1)
    if not venue and any(a.word(k) for k in range(end, clause_end)):
        return None  # «أوضح ذلك مدير التعليم بعد جولة على المدارس»: not only the source after «ذلك»
    sent = a.sent_of[i]
    first = a.sent_first[sent]
    before = _clause_before(a, first, i)
    if before > first and any(a.word(k) for k in range(first, before)):
        got = a.content(first, before)  # «...، أوضح ذلك مدير التعليم.»: the clause before
    elif sent > 0:
        prev = a.sent_first[sent - 1]
        got = a.content(prev, _clause_before(a, prev, a.sent_end[sent - 1]))  # the sentence before
    else:
        return None
    if got is None:
        return None
    return Reading("mixed" if got[1] else "indirect", a.split_sources(p + 1, end), got[0], got[1])


@_readings(
    "«قائلا» with no quote or colon after it opens a direct quote that runs to the end of the sentence",
    "وأكد المدرب أهمية المباراة، قائلاً لا نلعب على النتائج، بل نلعب من أجل الفوز.",
    "took",
    "وأكد المدرب أهمية المباراة، قائلاً: «لا نلعب على النتائج».",
)
def _saying_words(cand: SpeechCue) -> Reading | Refusal | None:
    a, p = cand.index, cand.after_cue
    if cand.how != "none" or cand.info.lemma != SAYING_PARTICIPLE or p >= a.sent_limit(cand.cue) or not a.word(p):
        return None
    if a.bare[p] in PRAYED_FOR:
        return None  # «قائلة لها (ألقي حقيبتك)»: an addressee first; where the words start is unclear
    # «، قائلاً لا نلعب على ...»: the participle says nothing but the words it introduces, which
    # are the speaker's own even without quotation marks (as after a colon).
    got = a.content(p, _paragraph_end(a, p))
    return None if got is None else Reading("direct", (), got[0], got[1])


@_readings(
    "a bracketed clause after «قال» with no colon, quote or «أن» is a direct quote, the brackets its marks",
    "وقد قال رسول الله صلى الله عليه وسلم (من مات دون ماله فهو شهيد) رواه البخاري.",
    "took",
    "وقال الأمين العام لمنظمة (أوبك) عبدالله البدري لوزير الطاقة إن الأسعار سترتفع.",
    "وقال مسؤول أميركي، اليوم (الخميس)، إن الاتفاق قريب.",
    "وقال اللاعب في لقائه مع قناة (العربية) الرياضية (سنعود أقوى)",
    "وقال حسين آل منصور (عم الشهيد الذي استشهد أمس): «نحن مطمئنون».",
    "قال السيد إيمرسون (المحامي الذي يمثل أرملة الضحية).. إنه هجوم على شوارع لندن.",
    "ويقولون هذا يبل الريق (حقيقة أو مجازا) للذي يسد الحاجة.",
    "وقالت سأطلق اسم المولود الجديد (سلمان) تيمنا بالملك.",
)
def _bracket_quote(cand: SpeechCue) -> Reading | Refusal | None:
    # «قال رسول الله صلى الله عليه وسلم (...)», «يقول للرجل (...)», «تقول في نصها (...)»: the golds
    # mark the bracketed words as the quote (dev15, dev17, dev19, dev23); the sources are read as
    # before a quote (the bracket is the marker). A short bracket is a name or an aside («(أوبك)»).
    a, i, p = cand.index, cand.cue, cand.after_cue
    if cand.how != "none" or cand.info.lemma != SAID or cand.info.type != "speech":
        return None
    opening = -1
    for k in range(p, min(a.sent_limit(i), p + BRACKET_QUOTE_REACH)):
        if a.texts[k].startswith("("):
            opening = k
            break
        if (a.punct[k] and not a.is_comma(k)) or a.is_comp(k) or k in a.cue_at or a.bare[k] in DEMONSTRATIVES:
            return None  # «ويقولون هذا يبل الريق (...)»: a clause of the writer's own before the bracket
    if opening < 0:
        return None
    closing, words = -1, 0
    for k in range(opening + 1, min(a.n, opening + BRACKET_QUOTE_SPAN)):
        if "\n" in a.text[a.ends[k - 1] : a.starts[k]] or a.texts[k].startswith("("):
            return None  # a paragraph ends, or another bracket opens, before this one closes
        if a.texts[k].startswith(")"):
            closing = k
            break
        words += a.word(k)
    if closing < 0 or words < BRACKET_QUOTE_WORDS:
        return None
    after = closing + 1
    while after < a.n and after < closing + 3 and all(ch in ".،," for ch in a.texts[after]):
        after += 1  # «قال السيد إيمرسون (المحامي الذي يمثل ...).. إنه هجوم»: the aside's marks
    if after < a.n and (a.texts[after] in (":", "：") or a.is_comp(after) or after in a.closer):
        return None  # «وقال حسين آل منصور (عم الشهيد ...): «...»»: the bracket is an aside; the words come after it
    got = a.content(opening + 1, closing)
    if got is None:
        return None
    marked = evolve(cand, how="quote", marker_at=opening)
    # «قال صلى الله عليه وسلم (...)», «ويقول صلوات الله وسلامه عليه للمرأة (...)»: a blessing on the one
    # named before, no subject
    found = SOURCES.first(marked) if opening > p and a.bare[p] not in BLESSING_OPENERS else None
    sources = found[1] if found is not None else ()
    if not sources and opening == p and not a.conj[i]:
        back = a.subject_before_verb(i)
        sources = a.split_sources(*back) if back is not None else ()
    return Reading("direct", sources, got[0], got[1])


@_readings(
    "a wish with the one it is for («متمنيا لهم», «متمنين للجرحى») reports the noun phrase wished, the «لـ» in it",
    "ورحب الأمير بالوفد، متمنيا لهم طيب الإقامة في المنطقة.",
    "took",
    "وزار المصابين متمنيا لهم أن يعودوا سالمين.",
    "ودعا المجلس إلى ضبط النفس، داعيا لهم بالتوفيق.",
    "وختم كلمته متمنيا لهم.",
    "وكان متمنيا لهم التوفيق في المباراة.",
)
def _wish_for(cand: SpeechCue) -> Reading | Refusal | None:
    # «متمنيا لهم التوفيق», «متمنين له حياة سعيدة», «متمنيا للجرحى الشفاء العاجل»: the one a wish is
    # for, then what is wished (a noun phrase, no «أن»); the golds annotate it (dev13, dev15, dev23),
    # two of three with the «لـ» phrase in the content. A prayer's «بـ» («داعيا لهم بالتوفيق») is no wish.
    a, i, p = cand.index, cand.cue, cand.after_cue
    if cand.how != "none" or cand.info.lemma not in WISHES or p + 1 >= a.sent_limit(i):
        return None
    if not (a.bare[p] in PRAYED_FOR or (a.word(p) and a.bare[p].startswith(LAM_ARTICLE))):
        return None
    if i > 0 and a.bare[i - 1] in KANA:
        return None  # «وكان متمنيا لهم التوفيق»: the predicate of «كان» describes a state (the inventory's trap)
    k = p + 1
    if not a.word(k) or a.is_stop(k) or a.is_comp(k) or k in a.cue_at or a.attached_ba(k) >= 0:
        return None
    got = a.content(p, a.clause_end(p))
    return None if got is None else Reading("indirect", (), got[0], got[1])


@_readings(
    "«أبلغ/أخبر» with no «بـ», «عن», «أن», quote or colon after it reports nothing: its noun phrase is the one told",
    "وانتظر حتى هرب المتهم ثم أبلغ الشرطة.",
    "refused",
    "وأبلغ الوزير نظيره باستحالة الحل العسكري.",
    "وأبلغت الشركة الجهات المختصة عن الإصابة.",
)
def _informed_only(cand: SpeechCue) -> Reading | Refusal | None:
    # «أبلغ الشرطة», «وأبلغت الجهات المختصة والشركات الشقيقة»: «أبلغ» takes a noun phrase, but that is
    # whom it tells; what it tells comes after «بـ», «عن», «أن» or in a quote.
    if cand.how != "none" or cand.info.lemma not in INFORMING or cand.quote_before() >= 0:
        return None
    return REFUSED


@_readings(
    "«أوضح», «بين», «ذكر» with no quote, colon or «أن» report a noun phrase headed by a noun of explaining",
    "وأوضح الدكتور الآغا أهمية التوعية الصحية.",
    "took",
    "وأوضحت قائمة الأسعار أمرا آخر.",
    "الصورة في سوريا ليست أوضح ولا أفضل.",
    "ويحتوي التطبيق على معلومات توضح كيفية التسجيل.",
    "وأوضح الفارق بين تصميمه وتصميم البلجيكي.",
)
def _explained_noun_phrase(cand: SpeechCue) -> Reading | Refusal | None:
    info = cand.info
    if cand.how != "none" or info.np or info.present or info.type != "speech" or info.lemma not in EXPLAINING:
        return None
    # Counted on 3,795 unannotated 2015-08-06/08-10 articles: a noun phrase after the past verb is its
    # content about one time in three («أوضح الصورة», «أوضحت قائمة الأسعار أمرا آخر», a comparative
    # «أوضح»), but nearly always where its head is a noun of explaining (explained_nouns.txt).
    got = _noun_phrase_reading(cand, titled=False, explained=True)
    if not isinstance(got, Reading):
        return None
    a = cand.index
    return got if a.head(a.tok_of(got.content.start)) in a.grammar.explained_nouns else None


@_readings(
    "«اعتبر» with no quote, colon or «أن» reports its two objects: a noun phrase and what it is held to be",
    "واعتبر الوزير القرار خطوة مهمة نحو الحل.",
    "took",
    "وكان الهجوم الذي اعتبر الأكثر دموية في تاريخ البلاد.",
    "وهي الخطوة التي اعتبرت متسرعة.",
    "واعتبر الوزير القرار في اجتماع المجلس.",
    "فاعتبروا يا أولي الألباب.",
    "وهو ما اعتبر الخيط الثاني الذي كشف ملامح أحدهم.",
)
def _considered_as(cand: SpeechCue) -> Reading | Refusal | None:
    info = cand.info
    if cand.how != "none" or info.lemma != CONSIDERED or info.present or info.type != "speech":
        return None
    # Counted on 3,771 unannotated 2015-08-06/08-10 articles (attr25c): a past «اعتبر» with no
    # «أن», quote or colon is «اعتبر X Y» "held X to be Y" in about 30 of 40 (0.8 in 100 articles):
    # «اعتبر خبراء مشاركة المرأة ... إنجازا», «واعتبرت الوزارة من يتأخر ... منسحبا». The second
    # object is what marks it: an indefinite word in the accusative, «بمثابة» or «مجرد»; the
    # passive («التي اعتبرت متسرعة», «وإلا اعتبرت بحكم المستقيلة») and the imperative «فاعتبروا»
    # have none after a subject.
    a, i, p = cand.index, cand.cue, cand.after_cue
    if p >= a.sent_limit(i) or not a.word(p) or _ba_word(a, p):
        return None
    if i > 0 and a.bare[i - 1] in WHAT:
        return None  # «وهو ما اعتبر الخيط الثاني الذي ...»: the passive “what was considered”
    if _thing_first(a, p):
        return _held_objects(cand, p)  # «واعتبر لجوء مؤسسة النقد إلى ... عائدا»: the subject dropped
    got = _noun_phrase_reading(cand, titled=False, explained=True)
    if isinstance(got, Reading):
        first = a.tok_of(got.content.start)
        adjacent = bool(got.sources) and a.tok_of(got.sources[-1].end - 1) + 1 == first
        shown = next((k for k in range(p, first) if a.bare[k] in DEMONSTRATIVES), -1) if adjacent else -1
        if shown >= 0:
            return _held_objects(cand, shown)  # «واعتبرت هذا النوع ... منافيا», «اعتبر البعض هذا المشروع»
        j = _first_object(a, p, a.clause_end(p)) if adjacent else -1
        if j > first and all(a.word(k) and (a.definite(k) or a.name_word(k)) for k in range(first, j)):
            # «اعتبر المجلس الوطني القانون تشريعا», «اعتبرت الدكتورة سارة العلي التراث ... ثروة»: the
            # subject's adjective or name was read as the first object
            return _held_objects(cand, j)
        if _second_object(a, first + 1, a.tok_of(got.content.end - 1) + 1) >= 0:
            return got
        if not adjacent:
            return None  # a subject before the verb, or a venue between: the reading stands or falls as it is
        # «واعتبر الوزير القرار خطوة مهمة»: the subject's noun phrase ran over the first object
        return _held_objects(cand, j) if j > p else None
    if got is not None or cand.quote_before() >= 0 or a.subject_before(cand.cue) is not None:
        return None
    j = _first_object(a, p, a.clause_end(p))
    return _held_objects(cand, j) if j > p else None


def _first_object(a: Speakers, p: int, limit: int) -> int:
    """Where the first object of «اعتبر» starts when it is a definite word (with its adjectives) right
    before the second object («الوزير القرار خطوة مهمة», «كويلو التراث الشعبي السعودي ثروة»), or -1."""
    second = _second_object(a, p + 2, limit)
    if second < 0 or not (a.word(second - 1) and a.definite(second - 1)):
        return -1
    j = second - 1
    while j - 1 > p and a.bare[j].endswith(a.grammar.nisba_endings) and a.word(j - 1) and a.definite(j - 1):
        j -= 1  # «التراث الشعبي السعودي ثروة»: the adjectives go with their noun
    return j


def _thing_first(a: Speakers, p: int) -> bool:
    """Whether the word at ``p`` right after «اعتبر» heads an indefinite construct that names no one
    («لجوء مؤسسة النقد», «صدور قرار», «مشروع تقاطع»): no role, unnamed source, body or name word."""
    if a.definite(p) or a.lpre[p] or a.number(p) or p + 1 >= a.n or not a.word(p + 1) or a.definite(p + 1):
        return False
    head = a.head(p)
    person = a.is_role(p) or head in a.lex.unnamed or head in a.grammar.bodies or a.name_word(p)
    return not (person or a.name_word(p + 1) or a.is_stop(p) or a.is_stop(p + 1))


def _ba_word(a: Speakers, k: int) -> bool:
    """Whether the word at ``k`` has the preposition «بـ» written on it («بحكم»)."""
    segs = a.toks[k].segments
    return len(segs) > 1 and segs[0].role == "proclitic" and segs[0].form == BA


def _held_objects(cand: SpeechCue, j: int) -> Reading | None:
    """«اعتبر»'s subject from the word after the verb up to ``j`` (none when ``j`` is that word: the
    subject is dropped), its two objects from ``j`` to the end of the clause."""
    a, p = cand.index, cand.after_cue
    if any(not a.word(k) or a.is_stop(k) for k in range(p, j)):
        return None
    limit = a.clause_end(j)
    if _second_object(a, j + 1, limit) < 0:
        return None
    got = a.content(j, limit)
    if got is None:
        return None
    sources = a.split_sources(p, j) if j > p else ()
    return Reading("mixed" if got[1] else "indirect", sources, got[0], got[1])


def _second_object(a: Speakers, start: int, end: int) -> int:
    """The first token in [start, end) that can be the second object of «اعتبر», or -1."""
    return next((k for k in range(start, end) if _held_to_be(a, k)), -1)


def _held_to_be(a: Speakers, k: int) -> bool:
    """Whether token ``k`` can be the second object of «اعتبر»: «بمثابة», «مجرد», or an indefinite
    word in the accusative («إنجازا», «مخلا», «مزحةً»), not a stop word or an adverb («أيضا»)."""
    if not a.word(k) or a.is_stop(k) or a.bare[k] in a.grammar.adverbs:
        return False
    if a.bare[k] in HELD_AS:
        return True
    if a.definite(k) or a.lpre[k]:
        return False
    if FATHATAN in a.texts[k] or (len(a.bare[k]) > 3 and a.bare[k].endswith(BARE_ALIF)):
        return True
    # «القرار خطوة مهمة»: an indefinite noun right after a definite word, with no definite genitive
    # after it, starts a new phrase (a construct goes on with a definite word: «مشاركة المرأة»).
    after = k + 1 < a.n and a.word(k + 1) and a.definite(k + 1)
    return a.word(k - 1) and a.definite(k - 1) and not a.number(k) and not after


@_readings(
    "a verb with no quote, colon or «أن» after it reports only if it takes a noun phrase",
    "وقال الله تعالى في كتابه.",
    "refused",
    "وأكدت بريطانيا الحاجة إلى حل سياسي للأزمة.",
)
def _no_marker(cand: SpeechCue) -> Reading | Refusal | None:
    if cand.how != "none" or cand.quote_before() >= 0 or _participle_phrase(cand):
        return None
    return None if _bare_noun_phrase(cand) else REFUSED


@_readings(
    "«وصفه» with its object on the verb: the words up to the attached «بـ» are the subject, the rest the description",
    "وكان الاحتفال بزواج بيسكوف الذي وصفه البعض بالأسطوري.",
    "took",
    "ووصف الوزير القرار بالخطير.",
)
def _described_object_on_verb(cand: SpeechCue) -> Reading | Refusal | None:
    a, i, p = cand.index, cand.cue, cand.after_cue
    info = cand.info
    if info.lemma != DESCRIBED or info.type != "speech":
        return None
    if not a.bare[i].endswith(OBJECT_SUFFIXES):
        return None
    limit = min(a.sent_limit(i), p + DESCRIBED_SUBJECT + 1)
    k = p
    while k < limit and a.word(k) and a.attached_ba(k) < 0:
        k += 1
    if k >= limit or a.attached_ba(k) < 0:
        return None
    if cand.how == "none" and k == p:
        return None  # «ووصفتها "بالأكثر خطورة"»: no subject and no marker, the plain reading takes it
    if cand.how != "none" and k >= cand.marker_at:
        return None  # «ووصفه الوزير بأنه»: the marker is the description's own «بأن»
    # «حيث وصفتها بالمؤلمة، وترى أن ...», «اتفاقية وصفتها إيران بالاستراتيجية، إلا أنها ...»: the
    # description closes before a later «أن» of another clause, which is no content of this verb.
    # «الذي وصفه البعض بالأسطوري»: the one described is the pronoun (or the noun before «الذي»);
    # the preposition stays outside the description, as after «واصفين فعلهم بـ».
    got = a.content(k, a.clause_end(k))
    if got is None:
        return None
    content = a.span(a.attached_ba(k), got[0].end)
    return Reading("mixed" if got[1] else "indirect", a.split_sources(p, k), content, got[1])


def _asked_from(cand: SpeechCue, limit: int) -> int:
    """Where «من» (or «منهم») of whom «طلب» asks stands after the verb, within reach, or -1."""
    if cand.info.lemma != ASKED:
        return -1
    a, p = cand.index, cand.after_cue
    for k in range(p, min(limit, p + ASKED_REACH)):
        if not a.word(k) or a.is_comp(k) or a.bare[k] in NOUN_PREPOSITIONS:
            return -1  # «طلبت إيران في أكثر من مناسبة»: that «من» is not whom it asks
        if a.bare[k] == FROM or a.bare[k] in ASKED_FROM:
            return k
    return -1


def _asked_end(a: Speakers, k: int, limit: int) -> int:
    """Where the one asked after «طلب من» ends: a name («من يوكيا أمانو»), or a definite or possessed
    word after at most two indefinite heads («من السكان», «من شقيقه», «من مدير أعماله») with its
    nisba adjectives («من السكان المحليين»); -1 when none is found."""
    ent = a.entity_from(a.body[k], a.ends[limit - 1]) if a.entities else None
    if ent is not None:
        while k < limit and a.starts[k] < ent.end:
            k += 1  # «من يوكيا أمانو»: a name
        return k
    j = k
    while j < limit and j - k < ASKED_CONSTRUCT and a.word(j) and not (a.definite(j) or a.possessed(j)):
        j += 1  # «من مدير أعماله», «من رجل الأعمال»: indefinite heads up to the definite or possessed word
    if j >= limit or j - k >= ASKED_CONSTRUCT or not a.word(j):
        return -1
    j += 1
    while j < limit and a.definite(j) and not a.lpre[j]:
        if not (a.conj[j] or a.bare[j].endswith(a.grammar.nisba_endings)):
            break
        j += 1  # «من السكان المحليين», «من مكتب التربية والتعليم»: its adjectives and a joined noun
    if j + 1 < limit and a.attached_ba(j) >= 0 and (a.is_comma(j + 1) or (a.word(j + 1) and not a.is_stop(j + 1))):
        j += 1  # «من الغرفة التجارية الصناعية بمكة»: its seat
    if j + 1 < limit and a.is_comma(j) and a.word(j + 1):
        j += 1  # «من مكتب التربية والتعليم بالمحافظة، الدعوة إلى»: the comma that closes it
    return j


@_readings(
    "«طلب من X» right after the verb: the one asked is neither source nor content, which starts after X",
    "وطلب من شقيقه تحويل المبلغ له في المملكة.",
    "took",
    "وطلبت الطائرة الإذن بالهبوط.",
    "وطلب من الله العفو والمغفرة.",
    "وطلب منه.",
    "والمخططات التي طلب من الشركة المصنعة توفيرها.",
    "وقال المسؤول إن المبنى قديم، وقد طلب من السكان المغادرة.",
    "وتابع: وسط زملائه طلبت منه الابتعاد قبل أن أرتكب ما لا تحمد عقباه.",
)
def _asked_first(cand: SpeechCue) -> Reading | Refusal | None:
    a, i, p = cand.index, cand.cue, cand.after_cue
    info = cand.info
    if cand.how != "none" or info.lemma != ASKED or info.present or cand.quote_before() >= 0:
        return None  # a present «يطلب من» describes («الدولة التي تطلب من البنك قرضا»)
    limit = a.sent_limit(i)
    if p + 1 >= limit or not (a.bare[p] == FROM or a.bare[p] in ASKED_FROM):
        return None
    start = p + 1
    if a.bare[p] == FROM:
        if a.bare[start] in PRAYED_TO:
            return None  # «طلب من الله»: a prayer
        # the guideline: the one asked is no part of the content (6 of 6 tuning golds)
        start = _asked_end(a, start, limit)
        if start < 0:
            return None
    if i > 0 and a.bare[i - 1] in a.grammar.relatives:
        return None  # «المخططات التي طلب من الشركة توفيرها»: a passive or an object relative clause
    back = a.subject_before(i)
    if back is None and i > 0 and a.bare[i - 1] in PERFECT:
        return None  # «وقد طُلب من السكان المغادرة», «وكان قد طُلب من الآباء»: with no subject, the passive
    if back is None and a.bare[i] == ASKED_SHE:
        return None  # «طلبت منه الابتعاد»: with no subject «طلبتُ» (I asked) is written as «طلبتْ» (she asked)
    sources = a.split_sources(*back) if back is not None else ()
    if start >= limit or not a.word(start) or a.is_comp(start) or a.is_stop(start):
        return None  # «طلب منه أن ...»: the complementiser rules read it
    clause_end = a.clause_end(start)
    got = a.content(start, clause_end)
    if got is None or sum(a.word(k) for k in range(start, clause_end)) < 2:
        return None
    return Reading("mixed" if got[1] else "indirect", sources, got[0], got[1])


@_readings(
    "a title before a noun-phrase content takes the name after it",
    "وانتقد اللاعب ماجد بن ناصر الغامدي قرار الحكم.",
    "took",
    "وأكد الوزير أهمية الحدث.",
    "وأكدت الوزارة أهمية الالتزام بالتعليمات.",
)
def _titled_noun_phrase_content(cand: SpeechCue) -> Reading | Refusal | None:
    return _noun_phrase_reading(cand, titled=True)


@_readings(
    "a rank and a name after a role's noun phrase belong to the subject",
    "وأكد مدير عام كلية الملك فهد الأمنية اللواء سعد بن عبدالله الخليوي أهمية الاستعداد.",
    "took",
    "وأكد مدير عام كلية الملك فهد الأمنية أهمية الاستعداد.",
    "وأكد الطلاب اللواء سعد الخليوي أهمية الاستعداد.",
)
def _ranked_noun_phrase_content(cand: SpeechCue) -> Reading | Refusal | None:
    return _noun_phrase_reading(cand, titled=True, ranked=True)


@_readings(
    "a verb takes its subject and a noun phrase as content",
    "وأكدت بريطانيا الحاجة إلى حل سياسي للأزمة.",
    "took",
)
def _noun_phrase_content(cand: SpeechCue) -> Reading | Refusal | None:
    return _noun_phrase_reading(cand, titled=False)


def _feeling_first(cand: SpeechCue) -> bool:
    """Whether the noun right after the verb is its object, the subject being in the verb or dropped.

    «أبدوا سعادة», «أكدا ضرورة ...», «أنكروا علاقتهم بـ»: a verb with a plural or dual ending has
    its subject in it (a subject after the verb takes the singular verb; a partitive, «عزوا بعض
    أصحاب المحال», is read as the subject all the same); «أبدى سعادة كبيرة»: a
    masculine «أبدى» takes no feminine noun after it as its subject (a role noun, «أبدى رئيسة ...»,
    excepted); «فإنها أنكرت أي علم لها»: a verb right after a pronoun on «إن», «أن», «لكن» has that
    pronoun for its subject (an unnamed source after it excepted); «وأكد عزمهم على», «وأبدى سعادته
    بما»: a noun with a possessive pronoun that is no role, honorific or unnamed source, with a
    preposition right after it, is what the verb governs
    («وأكدت والدته براءته»: a possessed noun with a noun after it stays the subject)."""
    a, i, p = cand.index, cand.cue, cand.after_cue
    if p >= a.sent_limit(i) or not a.word(p) or a.is_role(p):
        return False
    if _pronoun_host_before(cand) and a.head(p) not in a.lex.unnamed:
        return True  # «فإنها أنكرت أي علم لها بـ», «لكنه أكد كامل ثقته»: the pronoun is the subject
    lemma = normalize(cand.info.lemma)
    if a.bare[i].endswith(PLURAL_WA) or a.bare[i] == lemma + DUAL_A:
        # «وعزوا بعض أصحاب المحال التغير إلى»: a partitive after the verb is its subject all the same
        return a.head(p) not in a.grammar.partitives
    if _possessed_object(a, p):
        return True
    if cand.info.lemma == DESCRIBED and _demonstrative_object(a, p):
        return True  # «وصف هذه التصريحات بالمزعجة»
    return cand.info.lemma == EXPRESSED and a.bare[i] == lemma and a.texts[p].endswith(WRITTEN_TA_MARBUTA)


def _apposition_end(a: Speakers, end: int, limit: int) -> int:
    """Where the subject ends when a role noun or a seat with «بـ» right after its noun phrase runs to
    a comma before the noun-phrase content: the comma that closes the apposition, else ``end``.

    «ونفى الدكتور أشرف تادرس رئيس قسم الفلك بالمعهد القومي، وجود علاقة ...», «وأكد المدير العام
    للتعليم بالمنطقة، أهمية ...»: the words up to the comma are still the subject. The comma must
    come within :data:`APPOSITION_REACH` words, with no cue, complementiser, «و» or full stop before
    it, and a plain word after it (not «و», a stop word or a cue: «أكد الوزير أهمية الحدث، مشيرا»)."""
    if end >= limit or not a.word(end):
        return end
    role = a.is_role(end) and not a.definite(end) and a.plain_name(end - 1)  # a person's name, then the role
    after_ba = a.attached_ba(end) >= 0 and a.bare[end][1:].startswith(ARTICLE)
    seat = after_ba and end + 1 < limit and a.is_comma(end + 1)
    if not (role or seat):
        return end
    for k in range(end + 1, min(limit - 1, end + APPOSITION_REACH + 1)):
        if a.is_comma(k):
            nxt = k + 1
            ok = a.word(nxt) and not (a.conj[nxt] or a.is_stop(nxt) or a.is_comp(nxt) or nxt in a.cue_at)
            return k if ok else end
        if not a.word(k) or k in a.cue_at or a.is_comp(k) or (a.conj[k] and a.verb_at(k) is not None):
            return end
    return end


def _demonstrative_object(a: Speakers, p: int) -> bool:
    """Whether a demonstrative and a definite noun right after «وصف» are its object («وصف هذه
    التصريحات بالمزعجة»; «أكد هذا التقرير» may be a report's subject, so only «وصف»): the noun
    names no person or body (a role, an unnamed source's head, a body of bodies.txt: «هذا المسؤول»,
    «هذه الوزارة» are subjects), nor is it «الأخير» “the latter”."""
    nxt = p + 1
    if a.bare[p] not in DEMONSTRATIVES or nxt >= a.n or not a.definite(nxt):
        return False
    head = a.head(nxt)
    person = a.is_role(nxt) or head in a.lex.unnamed or head in a.grammar.bodies
    return not (person or head in LATTER)


def _possessed_object(a: Speakers, p: int) -> bool:
    """Whether the word at ``p`` right after a verb is a possessed noun that governs the preposition
    after it («عزمهم على», «سعادته بما»), not a person or body (a role, an unnamed source)."""
    stem = a.possessive_stem(p)
    if stem is None or not a.possessed(p) or p + 1 >= a.n or not a.word(p + 1):
        return False
    if stem in a.lex.roles or stem in a.lex.unnamed or (stem.endswith(TA_MARBUTA) and stem[:-1] in a.lex.roles):
        return False
    return a.lpre[p + 1] or a.attached_ba(p + 1) >= 0 or (a.is_stop(p + 1) and not a.is_comp(p + 1))


def _past_venue(cand: SpeechCue, start: int, limit: int) -> int:
    """Where a noun-phrase content starts past a venue phrase at ``start``, else ``start``.

    «A venue phrase between the subject and a noun-phrase content is neither»: a verb of stating or
    judging takes its noun phrase as its object, and «في/خلال/أثناء» + an occasion, a speech or a
    document of a statement (`occasions.txt`, `speeches.txt`, `documents.txt`) is where it was said
    («أكد الوزير خلال الاجتماع أهمية الحدث», «أكدت في بيانها سلامة الوصلات»). The venue phrase is its
    head, its adjectives (definite after a definite or possessed head: «في الاجتماع الأول»; indefinite
    after an indefinite one: «في تصريح صحفي»), a «له/لها» and an audience («في تصريحات لـ«عكاظ»»). An
    indefinite head with none of these is in construct («في إطار زيارته», «في وقت سابق»): its genitive
    is part of it, and no content start is told here.
    """
    a = cand.index
    if cand.info.prep or start + 2 >= limit or a.bare[start] not in VENUE_PREPOSITIONS:
        return start
    k = start + 1
    if not _venue_stem(a, k):
        return start
    head_def = a.definite(k) or any(seg.role == "enclitic" for seg in a.toks[k].segments)
    k += 1
    taken = k
    while k < limit and a.word(k) and not (a.is_stop(k) or a.conj[k]) and a.bare[k] not in a.grammar.relatives:
        agrees = a.texts[k].endswith(ADJECTIVE_AGREEMENT)
        if a.definite(k) != head_def or a.is_role(k) or not (head_def or agrees):
            break
        k += 1  # «في تصريح صحفي», «خلال الاجتماع الأسبوعي»: the venue's adjectives
    if not head_def and k > taken and k < limit and a.definite(k) and a.bare[k] not in a.grammar.times:
        return start  # «في مؤتمر مسؤولي ... الحج»: nouns in construct, not adjectives
    if k < limit and a.bare[k] in TOLD_THIRD:
        k += 1  # «في بيان له», «في بيان صحفي لها»
    if k < limit and a.audience(k) and k + 1 in a.closer:
        k = a.closer[k + 1] + 1  # «في تصريحات لـ«عكاظ»»: the outlet it was said to
    elif k < limit and a.lpre[k] and (a.is_stop(k) or head_def):
        # «في تصريح للصحفيين», «في الاجتماع الأول للجنة العليا»: the audience, a definite head's genitive
        end = a.np_end(k, limit, names=False)
        if end - k > VENUE_COMPLEMENT:
            return start
        k = max(k + 1, end)
    if k == taken and not head_def:
        return start  # «في إطار زيارته»: a head in construct
    while k < limit and a.bare[k] in a.grammar.times:
        k += 1  # «في مؤتمر صحفي أمس قرار المحكمة»
    if k + 1 < limit and a.is_comma(k) and a.word(k + 1) and not a.conj[k + 1]:
        k += 1  # «في بيان صحفي لها، مصادقة»: the comma that closes the venue
    if k >= limit or not a.word(k) or a.is_stop(k) or a.is_comp(k) or k in a.cue_at:
        return start
    if a.attached_ba(k) >= 0 or a.lpre[k] or a.conj[k]:
        return start  # «في اجتماعه بمديري التعليم», «للجنة العليا لإدارات», «ومديري»: still the venue's
    return k


def _venue_stem(a: Speakers, k: int) -> bool:
    """Whether the word at ``k`` is an occasion or a document of a statement, with or without a
    possessive pronoun («الاجتماع», «كلمته», «تصريحات»), decided on the clitic segmenter's stem."""
    if not a.word(k):
        return False
    stem = next((normalize(seg.form) for seg in a.toks[k].segments if seg.role == "stem"), a.bare[k])
    stem = stem[2:] if stem.startswith(ARTICLE) and len(stem) > 3 else stem
    return stem in a.grammar.occasions or stem in a.lex.documents or stem in a.grammar.speeches


def _noun_phrase_reading(
    cand: SpeechCue, *, titled: bool, explained: bool = False, ranked: bool = False
) -> Reading | Refusal | None:
    """The subject and noun-phrase content of a verb with no content marker; with ``titled``, only
    where the subject ends in a title and the name after it (:meth:`Phrases.name_after_title`)
    belongs to the subject, else None (with ``ranked`` too, where a rank and a name follow a role's
    noun phrase: :meth:`Phrases.rank_name_after`); with ``explained``, also for a verb that takes no
    noun phrase (its caller checks the content's head)."""
    if cand.how != "none" or cand.quote_before() >= 0 or _participle_phrase(cand):
        return None
    if not (explained or _bare_noun_phrase(cand)):
        return None
    a, i, p = cand.index, cand.cue, cand.after_cue
    limit = a.sent_limit(i)
    if cand.info.present and p < limit and a.bare[p] in IN_IT:
        return None  # «بلاغا يؤكدون فيه اختفاءها»: a relative clause's verb, its subject unwritten
    resumed = p + 1 < limit and a.bare[p] in IN_IT and a.statement_before(i) >= 0
    back = None if resumed else a.subject_before(i)  # «أصدرت الوزارة بيانا أكدت فيه»: no subject before
    asked = _asked_from(cand, limit)
    feeling = venue_first = False
    if titled and (back is not None or asked > p or cand.info.lemma == ASKED or _feeling_first(cand)):
        return None  # a subject before the verb, or whom «طلب» asks: the reading below decides
    if back is not None:
        start = p
        sources = a.split_sources(*back)
    elif asked > p:
        # «وطلب فرع الوزارة من الجميع المساهمة في ...»: the subject runs to «من», whom the
        # request is addressed to; the addressee is neither source nor content.
        sources = a.split_sources(p, asked)
        start = asked + 1
        if a.bare[asked] == FROM and start < limit:
            # «من الجميع»: one definite word; «من وزارة الداخلية», «من مدير أعماله»: a construct
            end = _asked_end(a, start, limit)
            start = end if end > start else a.np_end(start, limit, names=False)
    elif cand.info.lemma == ASKED:
        # «وطلبت المساعدة», «طلب منه استعارة الدراجة»: with no «من» after a subject, what is
        # asked for cannot be told from who asks.
        return None
    elif feeling := _feeling_first(cand):
        sources, start = (), p  # «وأبدوا سعادة كبيرة بـ»: the subject dropped, the feeling is content
    elif _past_venue(cand, p, limit) > p:
        sources, start = (), p  # «وأكد في تصريحات خاصة لـ«المدينة» تعرض ...»: the subject dropped
        venue_first = True
    elif resumed:
        # «نشرت الشركة تقريرا أوضحت فيه عددا من الأسواق»: the subject is the issuer's pronoun (the
        # speakers' table names the issuer), the noun phrase after «فيه» the content
        sources, start = (), p + 1
        venue_first = True
    else:
        end = a.subject_end(p, limit)
        if end <= p:
            return None
        if titled:
            named = a.rank_name_after(p, end, limit) if ranked else a.name_after_title(p, end, limit)
            if named == end:
                return None
            end = named  # «الدكتور حامد بن مالح الشمري»: the name the title asks for
        closed = _apposition_end(a, end, limit)
        one = a.source(p, closed) if closed > end else None
        # «الدكتور ... رئيس قسم الفلك بالمعهد القومي للبحوث الفلكية والجيوفيزيفية،»: an apposition is one
        # person's, its «و» no second source
        sources = (one,) if one is not None else a.split_sources(p, closed)
        start = closed + 1 if closed > end else end  # past the comma that closes the apposition
    start = _past_venue(cand, start, limit)
    if start < limit and a.lpre[start] and a.is_stop(start):
        # «أكد مصدر تركي لوكالة فرانس برس وصول ...»: the audience is not the content.
        start = max(start + 1, a.np_end(start, limit, names=False))
    if start + 2 < limit and a.is_comma(start) and a.bare[start + 1] in a.grammar.adverbs and a.is_comma(start + 2):
        start += 3  # «وأكد الوزير، أيضا، على»: an adverb set off by commas
    while start < limit and a.word(start) and a.is_stop(start) and a.bare[start] not in LINKS and not a.lpre[start]:
        start += 1  # «أدانت المنظمة أمس قصف ...»: the time of the statement is not the content
    if start + 1 < limit and a.bare[start] == ON and cand.info.lemma == CONFIRMED:
        start += 1  # «وأكد الوزير، أيضا، على تمسكهم بـ»: «أكد على» as «شدد على»; the preposition stays out
    if start >= limit or not (sources or feeling or venue_first):
        return None
    clause_end = a.clause_end(start)
    got = a.content(start, clause_end)
    if got is None or sum(a.word(k) for k in range(start, clause_end)) < 2:
        return None
    return Reading("mixed" if got[1] else "indirect", sources, got[0], got[1])


@_readings("a cue with no content or no source found gives nothing", "وقال الوزير:", "refused")
def _nothing_found(cand: SpeechCue) -> Reading | Refusal | None:
    return REFUSED


READINGS = _readings.table()


# -- speakers --------------------------------------------------------------------------------------

_speakers: _Rules[SpeakerQuestion, Speaker | Refusal] = _Rules("speakers")


@_speakers(
    "several sources have no one speaker",
    "وقتل ١٢ شخصا، بحسب وكالة الصحافة الفرنسية والمرصد السوري.",
    "refused",
)
def _several(q: SpeakerQuestion) -> Speaker | Refusal | None:
    return REFUSED if len(q.sources) > 1 else None


@_speakers(
    "a verse or a saying quoted after «قال صلى الله عليه وسلم» or «قال تعالى» has no speaker from the text before",
    "وحذر المفتي من البدع، وقال صلى الله عليه وسلم (لا تتخذوا قبري مسجدا).",
    "refused",
    "وقال المفتي إن البدع محرمة.",
)
def _scripture_quoted(q: SpeakerQuestion) -> Speaker | Refusal | None:
    # The one who quotes it is not its speaker (scripture.txt); a source written after the verb
    # («قال الله تعالى») is its own speaker by the rules below.
    a = q.index
    match = a.cue_at.get(q.cue)
    after = (match.last if match is not None else q.cue) + 1
    return REFUSED if not q.sources and a.scripture_at(after) else None


@_speakers(
    "an honorific with a pronoun stands for the person titled with it before",
    "وقال معالي مدير الجامعة الدكتور بكري عساس إن الحفل نجح. وأوضح معاليه أن الجامعة قبلت 21 ألف طالب.",
    "took",
    "وقال معاليه إن الجامعة قبلت 21 ألف طالب.",
)
def _titled_person(q: SpeakerQuestion) -> Speaker | Refusal | None:
    return q.index.titled_person(q.sources[0], q.cue, q.info, q.index.done) if len(q.sources) == 1 else None


@_speakers(
    "a short source stands for its fuller earlier mention",
    "وقال وزير الخارجية البريطاني فيليب هاموند إن الحل سياسي. وأضاف هاموند أن الضربات مستمرة.",
    "took",
    "وقال هاموند إن الحل سياسي.",
)
def _fuller(q: SpeakerQuestion) -> Speaker | Refusal | None:
    return q.index.fuller(q.sources[0], q.index.done) if len(q.sources) == 1 else None


@_speakers(
    "a title or role with a name or nationality stands for the earlier mention holding each of its words",
    "وقال البرتغالي جوزيه مورينيو مدرب تشيلسي إن الفريق جاهز. وقال المدرب البرتغالي إن اللقب تحقق أربع مرات.",
    "took",
    "وقال البرتغالي جوزيه مورينيو مدرب تشيلسي إن الفريق جاهز. وقال المدرب الإسباني إن اللقب تحقق أربع مرات.",
)
def _scattered_fuller(q: SpeakerQuestion) -> Speaker | Refusal | None:
    return q.index.scattered_fuller(q.sources[0], q.index.done) if len(q.sources) == 1 else None


@_speakers(
    "a role with a definite noun stands for the earlier mention of that role in construct",
    "ووقف مدير مستشفى النور الدكتور أيمن يماني على تشغيل الأجهزة. وأفاد مدير المستشفى أن الأجهزة حديثة.",
    "took",
    "وأفاد مدير المستشفى أن الأجهزة حديثة.",
)
def _construct_mention(q: SpeakerQuestion) -> Speaker | Refusal | None:
    return q.index.construct_mention(q.sources[0]) if len(q.sources) == 1 else None


@_speakers(
    "a body's head noun alone stands for the earlier mention of that body named in full",
    "وأعلنت وزارة الخدمة المدنية أسماء المرشحات. وأوضحت الوزارة أن 122 وظيفة لم تشغل.",
    "took",
    "وأوضحت الوزارة أن 122 وظيفة لم تشغل.",
    "وأعلنت الوزارة أسماء المرشحات. وأوضحت الوزارة أن 122 وظيفة لم تشغل.",
)
def _named_body(q: SpeakerQuestion) -> Speaker | Refusal | None:
    # «وأشارت الوزارة» after «وزارة الخدمة المدنية» as the subject of a verb that is no cue: the
    # article marks the body named before (taken up over the text, not only over earlier sources).
    return q.index.named_body(q.sources[0]) if len(q.sources) == 1 else None


@_speakers(
    "a title with a family name stands for the earlier mention of that title with the full name",
    "وكان العميد الركن صادق سرحان قد زار الجبهة. وقال العميد سرحان إن المقاومة تتقدم.",
    "took",
    "وقال المهندس الغبان إن الانتخابات نجحت.",
    "وحضر الحفل المهندس علي الغبان. وقال المهندس العتيبي إن الانتخابات نجحت.",
)
def _titled_full_name(q: SpeakerQuestion) -> Speaker | Refusal | None:
    # «حيث ألقى المهندس الغبان كلمة» after «المهندس ابراهيم بن احمد الغبان» in the list of attendees:
    # the fuller mention need not be an earlier source (a short source stands for its fuller one).
    return q.index.titled_full_name(q.sources[0]) if len(q.sources) == 1 else None


@_speakers(
    "a source named in full is its own speaker",
    "وقال وزير الصحة إن المستشفيات تعمل بكامل طاقتها.",
    "refused",
    "وقتل ١٢ شخصا، بحسب وكالة الصحافة الفرنسية والمرصد السوري.",
)
def _own_speaker(q: SpeakerQuestion) -> Speaker | Refusal | None:
    return REFUSED if q.sources else None


@_speakers(
    "the legal text before «التي تنص على» is what stipulates",
    "وتطبق أحكام المادة 236 من نظام العمل، التي تنص على معاقبة المخالفين بغرامة لا تقل عن 3 آلاف ريال.",
    "took",
    "وقال الوزير إن الشركة التي تنص عقودها على ذلك ستعاقب.",
)
def _stipulating_text(q: SpeakerQuestion) -> Speaker | Refusal | None:
    if q.sources or q.info.lemma != STIPULATES:
        return None
    return q.index.stipulating_text(q.cue)


@_speakers(
    "the noun before «الذي» or «التي» is the subject of the cue after it",
    "وتعرض اللاعب لانتقادات من الأسطورة الأرجنتينية دييجو مارادونا الذي قال إن اللاعب سجل 46 هدفا.",
    "took",
    "وتحدث الوزير عن الفاكهة التي قال إنها مفيدة.",
    "وتحدث المواطن عن الحبحب الذي وصفه بأنه فاكهة الصيف.",
    "وأعرب عن رفضه النظرية المقدمة من الرئيس أوباما التي تقول إنه جاء بالاتفاق.",
)
def _relative_subject(q: SpeakerQuestion) -> Speaker | Refusal | None:
    return None if q.sources else q.index.relative_subject(q.cue, q.info)


@_speakers(
    "the issuer of the statement «فيه» points back to is the speaker (none told without an issuing verb)",
    "وألقى مدير الإدارة المهندس فهد الفرطيش كلمة رحب فيها بالحضور في الحفل.",
    "took",
    "وأصدرت بيانا قالت فيه إن المتهم اعترف.",
    "وأصدرت الوزارة بيانا قال فيه إن المتهم اعترف.",
    "وأصدرت الوزارة قرارا قالت فيه إن المتهم اعترف.",
    "وقال الوزير إن المشروع اكتمل.",
)
def _statement_speaker(q: SpeakerQuestion) -> Speaker | Refusal | None:
    # «ألقى المهندس الغبان كلمة رحب فيها»: the statement's issuer, the subject of the clause that
    # introduced it, is the dropped subject of the verb whose «فيها» points back to the statement.
    # With no issuing verb before the statement («بيانا» after a long relative clause, «كلمة
    # الأستاذ فلان، أشار فيها»), who issued it is not told: unresolved, not the nearest name.
    a = q.index
    if q.sources or a.statement_before(q.cue) < 0:
        return None
    found = a.statement_speaker(q.cue, q.info, a.done)
    return found if found is not None or a.statement_issuer(q.cue) is not None else REFUSED


@_speakers(
    "a dropped subject right after «ألقى ... كلمة» is who gave the speech",
    "وألقى مدير الإدارة المهندس فهد الفرطيش، كلمة ثمن خلالها رعاية الحفل، مبيناً أن المبنى يستوعب 200 موظف.",
    "took",
    "وألقت الشرطة القبض على المتهم، مبينة أنه اعترف.",
    "وألقى الوزير كلمة في الحفل. وقال المتحدث باسم الوزارة إن الحفل نجح. وأضاف أن العدد كبير.",
)
def _speech_giver(q: SpeakerQuestion) -> Speaker | Refusal | None:
    if q.sources or not q.index.opens_clause(q.cue, q.info):
        return None
    return q.index.speech_giver(q.cue, q.info, q.index.done)


@_speakers(
    "a participle after a report inside its sentence's content goes on with the sentence's reporter",
    "وأكد الوزير أن المشروع الذي وصفه الخبراء بأنه الأكبر سيكتمل خلال 3 أعوام، مشيرا إلى أن تكلفته 5 مليارات ريال.",
    "took",
    "ونقلت وكالة الأنباء أن الرئيس الفرنسي قال إن بلاده سترسل 200 جندي، مشيرا إلى أن القوات ستصل قريبا.",
    "ونفى رئيس النادي أن يكون النادي وقع أي تنازل، إلا أن وكيل اللاعب أكد أن العقد رسمي، مشيرا إلى أن اللاعب سيصل.",
)
def _sentence_reporter(q: SpeakerQuestion) -> Speaker | Refusal | None:
    # «وأوضح فلان أن الدورة التي قدمها المدرب عبر الدائرة ...، مبيناً أن»: a circumstantial
    # participle qualifies its sentence's main verb, so it goes on with that verb's subject, not
    # with a report inside what was said (a new sentence, «... . وشدد على», is the next rule's).
    # Several sources or a participle that does not agree leave it unresolved, not the inner one's.
    if q.sources or q.info.type != "participle":
        return None
    report = q.index.sentence_report(q.cue, q.index.done)
    if report is None:
        return None
    speaker = q.index.one_speaker(report)
    return speaker if speaker is not None and q.index.agrees(q.info, speaker.name) else REFUSED


@_speakers(
    "a verb joined by «و» right after its sentence's report shares that report's speaker",
    "قال المدرب جوزيه مورينيو إن خلافاته مع مالك النادي قد انتهت وأكد على استعداده للفوز باللقب الرابع.",
    "took",
    "وقال الوزير إن المدير أعلن أن المشروع اكتمل وأكد أن الافتتاح سيكون في 2016.",
    "وقال الوزير إن المشروع اكتمل. وأكد أن الافتتاح سيكون في 2016.",
)
def _joined_report(q: SpeakerQuestion) -> Speaker | Refusal | None:
    # «وأكد مدرب المنتخب ... أن ...، واصفاً ... وقال:»: a verb joined to the sentence's report
    # (its content ended at the «و») has that report's subject; inside the content, the content's
    # subject might be meant, so the content rules' end decides, and a nested report is left alone.
    if q.sources or q.index.opens_clause(q.cue, q.info):
        return None
    return q.index.joined_speaker(q.cue, q.info, q.index.done)


@_speakers(
    "«بالقول» right after a verb with a dropped subject continues the previous speaker",
    "وقال نائب الرئيس اليمني خالد بحاح إن الحرب ستنتهي. ومضى بالقول إن صالح هو أساس المشكلات.",
    "took",
    "وقال نائب الرئيس اليمني خالد بحاح إن الحرب ستنتهي. ومضى الصباغ بالقول إن صالح هو أساس المشكلات.",
)
def _saying_after_verb(q: SpeakerQuestion) -> Speaker | Refusal | None:
    # «ومضى بالقول "صالح هو أساس المشكلات"»: the verbal noun qualifies the verb before it, whose
    # dropped subject goes on from the previous report as any clause-opening verb's would.
    if q.sources or not q.index.saying_after_verb(q.cue, q.info):
        return None
    return q.index.saying_speaker(q.cue, q.info, q.index.done)


@_speakers(
    "a dropped subject goes on with the reporter, not with a subject kept inside what the reporter said",
    "وأوضح المدير العام أن إدارته أعلنت حالة الطوارئ في المستشفيات. وأضاف أن 9 أشخاص توفوا.",
    "took",
    "وأعلنت الوزارة حالة الطوارئ في المستشفيات. وأضافت أن 9 أشخاص توفوا.",
    "وأوضح المدير العام أن المستشفيات جاهزة. وأعلنت الوزارة حالة الطوارئ. وأضافت أن 9 أشخاص توفوا.",
)
def _reporter_past_announcer(q: SpeakerQuestion) -> Speaker | Refusal | None:
    # «وأوضح المدير ... أن إدارته أعلنت حالة الطوارئ القصوى ... . ¶ وأضاف:»: the subject kept from
    # a refused cue (an announcement, a belief) for a later «وأضاف» is passed over when that cue
    # lies inside a report's content that has ended: the reporter goes on, as after a quote
    # (and the words kept after «إدارته أعلنت» are its object). Unresolved, not the inner subject,
    # when the reporter does not agree.
    a = q.index
    if q.sources or not a.opens_clause(q.cue, q.info) or not a.reported_announcer(q.cue, a.done):
        return None
    return a.previous_speaker(q.cue, q.info, a.done, past_reported=True) or REFUSED


@_speakers(
    "a dropped subject after a topic fronted with «عن», «حول» continues the previous speaker",
    "وقال مدرب الفريق جوزيه مورينيو إن الفريق جاهز. وعن إصابة المهاجم نايف هزازي قال إنه سيعود قريبا.",
    "took",
    "وعن إصابة المهاجم نايف هزازي قال المدرب إنه سيعود قريبا.",
    "وقال مدرب الفريق جوزيه مورينيو إن الفريق جاهز. وحول الوزير القضية إلى النيابة وقال إنها خطيرة.",
)
def _after_fronted_topic(q: SpeakerQuestion) -> Speaker | Refusal | None:
    # «وعن تجربته في السجن قال إن»: the topic fronted before the verb is what the speaker was
    # asked about, so the verb opens its clause as after «وعن ...، قال»; a name inside the topic
    # («وعن قضية الأوروغوياني مورا قال») is never the subject: unresolved, not the nearest name.
    if q.sources or not q.index.fronted_topic(q.cue, q.info):
        return None
    return q.index.previous_speaker(q.cue, q.info, q.index.done) or REFUSED


@_speakers(
    "a pronoun or a dropped subject continues the previous speaker",
    "وقال وزير الخارجية فيليب هاموند إن الحل سياسي. وأضاف أن الضربات مستمرة.",
    "took",
    "وقال وزير الخارجية فيليب هاموند إن الحل سياسي. وأضاف وزير الدفاع أن الضربات مستمرة.",
)
def _previous_speaker(q: SpeakerQuestion) -> Speaker | Refusal | None:
    if not q.index.opens_clause(q.cue, q.info):
        return None
    return q.index.previous_speaker(q.cue, q.info, q.index.done)


@_speakers(
    "a dropped subject opening the sentence after an according-to phrase naming a person goes on with that person",
    "وبحسب مدير المشروع، المهندس سعيد الوادعي، فإن نسبة الإنجاز 80 في المئة. وأوضح أن العمل يسير وفق الخطة.",
    "took",
    "ووفقا للإحصائية، فإن نسبة الإنجاز 80 في المئة. وأوضح أن العمل يسير وفق الخطة.",
    "وبحسب مدير المشروع، فإن نسبة الإنجاز 80 في المئة. وقال الوزير إن الخطة تامة. وأوضح أن العمل يسير.",
    "وبحسب مدير المشروع، فإن نسبة الإنجاز 80 في المئة. وأوضحت أن العمل يسير وفق الخطة.",
)
def _according_goes_on(q: SpeakerQuestion) -> Speaker | Refusal | None:
    # «وبحسب مدير المشروع، المهندس ...، فإن ... . وأوضح»: the person an according-to phrase names
    # goes on in the next sentence when no report came between (`_previous_speaker` passes
    # according-to phrases over: a document or a body quoted once does not go on speaking; attr26e).
    if q.sources:
        return None
    return q.index.according_source_goes_on(q.cue, q.info, q.index.done)


@_speakers(
    "a verb joined by «و» to the first verb of its sentence, no report between, shares that verb's subject",
    "وافتتح وزير الصحة المستشفى الجديد في جدة وقال إن طاقته 500 سرير.",
    "took",
    "وافتتح وزير الصحة المستشفى الجديد في جدة وقالت إن طاقته 500 سرير.",
    "وخاطب الحضور في الحفل وقال إن طاقته 500 سرير.",
    "وافتتح وزير الصحة المستشفى الجديد في جدة وقالوا إن طاقته 500 سرير.",
    "وكافح ميسي ليكون على مستوى مارادونا الذي قاد بلاده للقب وقال إن 1986 عام لا ينسى.",
)
def _joined_to_lead_verb(q: SpeakerQuestion) -> Speaker | Refusal | None:
    # «واتهم أبو مازن وزير الخارجية الأمريكي جون كيري بالتقصير ... وقال», «من جانبه طمأن مدير الكرة
    # ... سمير السعود على سلامة البعثة ... وقال:»: the verb joined to the sentence's first verb (no
    # cue) shares its subject, told from the object as for a participle (the clause-subject checks:
    # a role, an entity, a body or a name right after the verb; no other person between), not the
    # nearest name, often the object. Agreement in gender and number as for a participle.
    a = q.index
    if q.sources or q.info.type != "speech" or a.opens_clause(q.cue, q.info):
        return None
    if not (a.conj[q.cue] and a.texts[q.cue].startswith(WA)):
        return None
    first = a.sent_first[a.sent_of[q.cue]]
    if any(_person_relative(a, k, q.info.feminine) for k in range(first + 1, q.cue)):
        return None  # «ومارادونا الذي قاد بلاده ... وقال»: the verb may join the relative clause's verb
    return a.clause_subject(q.cue, q.info, a.done, named=True, wide=True)


def _person_relative(a: Speakers, k: int, feminine: bool) -> bool:
    """Whether «الذي» / «التي» at ``k`` follows a word with no article (a name: «مارادونا الذي») and
    agrees with the verb in gender: its clause's verb may be the one a «و» verb joins. After a noun
    with the article («بالقدر الذي», «للأضرار التي») the clause is about a thing."""
    if a.bare[k] not in (WHO_MASCULINE, WHO_FEMININE) or (a.bare[k] == WHO_FEMININE) != feminine:
        return False
    return a.word(k - 1) and not a.definite(k - 1) and not a.lpre[k - 1]


@_speakers(
    "the nearest earlier entity in the sentence is the speaker",
    "وتشن روسيا حملة جوية، إلا أنها أكدت أنها ستواصل الضربات.",
    "took",
    "وقال وزير الصحة إن المستشفيات تعمل بكامل طاقتها.",
)
def _nearest_entity(q: SpeakerQuestion) -> Speaker | Refusal | None:
    return q.index.nearest_entity(q.cue, q.info)


@_speakers(
    "a dropped subject goes on with the subject of the clause with no cue before it",
    "واستقبل وزير الصحة الدكتور توفيق الربيعة وفدا من المستثمرين. وأوضح أن الوزارة ستفتح 12 مستشفى.",
    "took",
    "وخاطب الحضور في الحفل، شاكرا الجميع على حضورهم.",
)
def _clause_subject(q: SpeakerQuestion) -> Speaker | Refusal | None:
    if q.sources or not q.index.opens_clause(q.cue, q.info):
        return None
    return q.index.clause_subject(q.cue, q.info, q.index.done)


@_speakers(
    "a participle goes on with a body or a name that is the subject of its sentence's verb",
    "وتهدف الجامعة إلى تخريج 500 طبيب سنويا، موضحة أن الدراسة تبدأ في سبتمبر.",
    "took",
    "وخاطب الحضور في الحفل، شاكرا الجميع على حضورهم.",
)
def _named_clause_subject(q: SpeakerQuestion) -> Speaker | Refusal | None:
    # «وسعى نتنياهو الى التهوين من هذه المخاوف قائلا إن»: a circumstantial participle qualifies
    # its sentence's verb and shares its subject, here a body's head noun or a name that no role
    # or entity marks (the clause-subject rule wants one); an object after the verb is neither.
    if q.sources or q.info.type != "participle":
        return None
    return q.index.clause_subject(q.cue, q.info, q.index.done, named=True)


@_speakers(
    "a participle goes on with the subject of its sentence's first verb, after a topic shift, with no «و»"
    " or indefinite and marked by its case",
    "أعد برلماني فرنسي تقريرا من 90 صفحة، قائلا إن لدينا 1818 متطرفا.",
    "took",
    "أعد برلماني فرنسي تقريرا من 90 صفحة، قائلة إن لدينا 1818 متطرفا.",
    "أصدر بيانا رسميا من 3 صفحات، قائلا إن لدينا 1818 متطرفا.",
    "وشهدت جلسة اليوم اعترافا من المتهم، مضيفا أن السيارة نقلت 3 أشخاص.",
    "لا ريب أن القرار صائب، مؤكدا أن 3 مشاريع ستبدأ.",
)
def _lead_verb_subject(q: SpeakerQuestion) -> Speaker | Refusal | None:
    # «من جانب آخر حددت الوزارة اشتراطات ...، مشيرة إلى», «توعدت قيادة المقاومة الشعبية ...
    # المتمردين ...، مشيرة إلى»: the participle shares the subject of the verb that opens its
    # sentence, also after a topic shift or with no «و» (the previous rule wants one). An indefinite
    # subject («أعد برلماني فرنسي تقريرا»: no accusative alif, a nisba after it) is told from the
    # object by its case and agrees with a masculine singular participle only.
    if q.sources or q.info.type != "participle":
        return None
    return q.index.clause_subject(q.cue, q.info, q.index.done, named=True, wide=True)


SPEAKERS = _speakers.table()


TABLES: tuple[RuleTable[Any, Any], ...] = (
    QUOTE_PAIRING,
    CUES,
    COMPLEMENTISERS,
    ACCORDING_TO,
    SPEECH_CUES,
    SOURCES,
    READINGS,
    SPEAKERS,
)
"""Every table, in the order a cue meets them."""
