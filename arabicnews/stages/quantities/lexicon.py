"""The quantity lexicons (numbers, qualifiers, units, currencies, months, date cues and the word
lists of the rules) and the compiled patterns the finder matches with.

Everything is normalised (:func:`arabicnews.core.normalize.normalize`) and loaded once, on first
use, by :func:`lexicons`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from fractions import Fraction
from functools import cache
from typing import TYPE_CHECKING

import regex
from attrs import astuple, frozen

from arabicnews.arabic.clitics import read_counts
from arabicnews.arabic.letters import CONJUNCTIONS, PREPOSITIONS, PROCLITIC_LETTERS
from arabicnews.arabic.numerals import Lexicon, lexicon
from arabicnews.core._native import untracked
from arabicnews.core.normalize import normalize
from arabicnews.core.resources import read_lines, read_table, read_words

if TYPE_CHECKING:
    from arabicnews.stages.quantities.pack import Derived

GAP = r"[^\S\n\r]+"
"""A gap between two words of one line."""

_PRE = r"(?P<pre>[وف]?[بلك]|[وف])??"  # a proclitic, tried last so that «واحد» stays one word
# Digits: thousands between Arabic commas («15،000،000»), dotted thousands («13.914.300», «80.000»,
# and with a decimal «233.407.089.4»), comma thousands, then a plain number with a decimal point, a
# decimal comma before one or two digits («2,5») or the old wire-copy «5ر32», and a decimal point
# with no digit before it.
_DIG = (
    r"[0-9]{1,3}(?:،[0-9]{3})+(?![0-9])"  # the Arabic comma between thousands: «13،809،879»
    r"|[0-9]{1,3}(?:\.[0-9]{3})+\.[0-9]{1,2}(?![0-9])"  # dotted thousands and a decimal: «233.407.089.4»
    r"|[0-9]{1,3}(?:\.[0-9]{3}){2,}(?![0-9])|[0-9]{1,3}\.000(?![0-9])"
    r"|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?"
    r"|[0-9]+[^\S\n\r]ر[^\S\n\r][0-9]+(?![0-9])"  # the wire-copy separator written apart: «12 ر 5»
    r"|[0-9]+(?:\.[0-9]+|,[0-9]{1,2}(?![0-9])|ر[0-9]+)?"
    r"|(?<![\p{L}\p{N}.])\.[0-9]{1,3}(?![0-9/])"  # a leading decimal point: «.77», «٫٧٧» (not «.2014»)
)
# After the first word: more number words, or digits after و («671 ألفا و800»). Bounded, so that a
# run of thousands of number words costs linear time (no real numeral has fifteen words).
_MORE = r"(?:(?:\s+|(?<=[0-9]))(?:و\s*)?\L<nw>(?!\p{L})|\s+و\s*(?:" + _DIG + r")(?![0-9])){0,15}"
_NUMSEQ = r"(?:(?<![\p{L}\p{N}][-/.:,])(?:" + _DIG + r")(?![0-9])|\L<nw>(?!\p{L}))" + _MORE
_NUMSEQ_AT = r"(?:(?:" + _DIG + r")(?![0-9])|\L<nw>(?!\p{L}))" + _MORE
_NUMSEQ_L = r"\L<nw_l>(?!\p{L})" + _MORE
_TEEN = r"(?:" + GAP + r"عشره?(?!\p{L}))?"


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(normalize(phrase).split())


@frozen
class MonthName:
    """What a month name of ``months.tsv`` says: the month, its calendar, and whether the name is
    also an ordinary word or a name («مارس», «آب»), read as a month only in a date's context."""

    month: int
    calendar: str
    ambiguous: bool


@frozen
class Lexicons:
    """Everything the quantity finder matches, normalised, with its compiled patterns."""

    numbers: Lexicon
    qual_before: dict[tuple[str, ...], str]
    qual_after: dict[tuple[str, ...], str]
    percent: dict[tuple[str, ...], bool]
    currencies: dict[tuple[str, ...], str | None]
    units: dict[str, str]
    unit_phrases: dict[tuple[str, ...], str]
    months: dict[tuple[str, ...], MonthName]
    cues: dict[str, tuple[str, str]]
    not_units: frozenset[str]
    scan: regex.Pattern[str]
    num_at: regex.Pattern[str]
    month_at: regex.Pattern[str]
    first_words: frozenset[str]
    """The words that may start a candidate of ``scan``, as written: each bare, with one or two proclitic
    letters glued («وعشرين», «فبثلاث»), and the runs of proclitics glued to digits («و20», «بالـ35»)."""
    designators: frozenset[str]
    stop_first: frozenset[str]
    idioms: frozenset[tuple[str, ...]]
    clitic_like_nouns: frozenset[str]
    ranks: frozenset[str]
    day_relative: frozenset[str]
    """The relative words that may follow a bare day number («في 25 الجاري»): the rows of
    ``date_cues.tsv`` marked ``day``."""
    day_before: frozenset[str]
    """The words for yesterday before an ordinal («أمس الأول»), ``yesterday.txt``."""
    subunits: dict[tuple[str, str], int]
    """How many of a sub-unit («سنتا») make one of a currency («USD»): ``subunits.tsv``."""
    adjective_numbers: frozenset[str]
    """Number words that are also adjectives («متين», solid): ``adjective_numbers.txt``."""
    duals: dict[str, str]
    """Dual nouns that are the number two («أسبوعين») and the kind they give: ``duals.tsv``."""
    definite_units: dict[str, int]
    """The definite cardinals from three to ten («الخمسة», «العشر») and their values."""
    dual_after: frozenset[str]
    """Dual relative words («الماضيين») after which a definite dual of ``duals`` counts: ``duals.tsv``."""
    span_before: frozenset[str]
    """Words before a dual that make it a stretch of time («منذ», «طوال»: «منذ عقدين» is two decades, not two
    contracts): ``duals.tsv``."""
    series: frozenset[str]
    """Nouns of a series («الجولة», «القرن») after which a bare number is a rank: ``series.txt``."""
    money_cues: frozenset[str]
    """Words before a number with no unit that make it money («بقيمة», «مبلغ»): ``money_cues.txt``."""
    lone: dict[str, tuple[Fraction, str]]
    """Words that state a quantity with no numeral («نصفهم», «شهر» after «أكثر من»), their value
    and kind: ``lone_words.tsv``."""
    events: frozenset[str]
    """Names of events after which a year is part of the name («كأس العالم 2018»): ``events.txt``."""
    scope_adverbs: frozenset[str]
    """Adverbs of scope after a rank («الترتيب 16 عالمياً»), never its noun: ``scope_adverbs.txt``."""
    fraction_adjectives: frozenset[str]
    """Adjectives that make a fraction before them part of one adjective («نصف سنوية», half-yearly):
    ``fraction_adjectives.txt``."""
    goal_cues: frozenset[str]
    """Words of a goal scored before a bare number in brackets, its minute («سجل ... (18)»):
    ``goal_cues.txt``."""
    feminine_nouns: frozenset[str]
    """Feminine nouns with no feminine ending that «واحدة» may follow («حرب واحدة»): ``feminine_nouns.txt``."""
    construct_duals: frozenset[str]
    """The feminine duals of ``duals`` without their «ن» («حالتي», «حالتا»): two only before the
    indefinite noun they are joined to («حالتي وفاة»), else a pronoun may end them («حالتي الصحية»)."""
    down_to_verbs: frozenset[str]
    """Stems of verbs of decrease after which «حتى» is «down to», not «up to»: ``down_to_verbs.txt``."""
    dual_singulars: dict[str, int]
    """Known singular nouns whose dual is read though ``duals.tsv`` lacks it (the open dual): feminine
    nouns in «ة» («سمكة» of «سمكتين») and masculine nouns with no sound plural in «ون» («طريق» of
    «طريقين»), from the word frequencies of ``clitics/counts.tsv`` (see ``open_dual_singulars``)."""
    loose_adjectives: frozenset[str]
    """Adjectives of order («متتالية») kept out of the unit: ``loose_adjectives.txt``."""
    preposition_forms: frozenset[str]
    """Words that are «ل» or «ب» before a commoner word, normalised as the finder's text
    («لبطوله», «بحالات»): after a number they are no counted noun (``preposition_forms``)."""
    plurals_in_a: frozenset[str]
    """Broken plurals in «ى» («قتلى», «مرضى») that a definite cardinal beside them counts:
    ``plurals_in_a.txt``."""
    qual_before_digits: dict[tuple[str, ...], str]
    """``qual_before`` and the phrases of ``qualifiers.tsv`` that bound only digits (``before_digits``:
    «فوق 50 دولارا», but «فوق موقع الانفجار», «فوق واحد من» are places)."""
    ordinal_names: frozenset[tuple[str, ...]]
    """A word and an ordinal that make a name, not a rank («العالم الثالث»): ``ordinal_names.txt``."""
    qual_last_words: frozenset[str]
    """The last words of the phrases of ``qual_before`` and ``qual_before_digits``: the gate of
    :meth:`~arabicnews.stages.quantities.cursor.Cursor.phrase_before` for them."""
    event_before: regex.Pattern[str]
    """A noun of an event whose name may end in its year («معرض», «مهرجان»: ``event_nouns.txt``), then
    up to 60 characters with no comma, full stop or line break, to the end of the searched range."""
    year_list: regex.Pattern[str]
    """A noun that heads a list of years (``year_lists.txt``), a four-digit year and any years after
    it, then «و», ending where a two-digit year of the same century may follow («لأعوام 1910 و16 و»).
    Groups: ``y`` the four-digit year, ``more`` the years after it."""
    regnal_titles: frozenset[str]
    """Titles of sovereigns whose name a regnal ordinal follows («الملكة اليزابيث الثانية»):
    ``regnal_titles.txt``."""
    never_definite: frozenset[str]
    """Frequent words never seen with the article, so no nouns: verbs, particles, names and words
    with a preposition («تمت», «انضم», «ترتبط», «بمصر»): :func:`never_definite`."""
    name_heads: frozenset[str] = frozenset()
    """Nouns of numbered things («مخطط», «صاروخ», «هواتف») whose name, one or two words after them,
    may end in a bare number («مخطط الياسمين 11»): ``name_heads.txt``."""
    model_nouns: frozenset[str] = frozenset()
    """Nouns after which digits name a version, model or section («موديل 99», «القسم 63»), while an
    ordinal after them is read: ``model_nouns.txt``."""
    fixed_number_names: frozenset[str] = frozenset()
    """Names ending in one fixed number, as «last word number» («نيكي 400»): ``fixed_number_names.txt``."""
    group_heads: frozenset[str] = frozenset()
    """Nouns of a group of states named by a sum of two numbers («مجموعة 5+1»): ``group_heads.txt``."""
    letter_names: frozenset[str] = frozenset()
    """Latin letters spelled in Arabic script, the rest of a model's name after digits («إم 1 إيه 1»):
    ``letter_names.txt``."""
    not_in_a_name: frozenset[str] = frozenset()
    """Prepositions, particles and qualifiers that end a numbered thing's name before a bare number
    («الطائرات من 12»): ``not_in_a_name.txt``."""
    gentilic_plurals: frozenset[str] = frozenset()
    """Broken plurals of nationality adjectives («أتراك», «أجانب»), part of a unit like a nisba
    («ثلاثة جنود أتراك»): ``gentilic_plurals.txt``."""
    length_nouns: frozenset[str] = frozenset()
    """Nouns of a length, height or distance («ارتفاع», «مسافة») after which digits glued to «م» are
    metres («140م»): ``length_nouns.txt``."""
    race_nouns: frozenset[str] = frozenset()
    """Nouns of a race («سباق») right after which digits glued to «م» are metres («سباق 3000م»):
    ``race_nouns.txt``."""
    qual_outside: frozenset[tuple[str, ...]] = frozenset()
    """The phrases of ``qual_before`` that set the qualifier but stay out of the span: bare finite verbs
    («تجاوزت», «فاقت», «يزيد على»), marked «out» in ``qualifiers.tsv`` (session 18, q18c)."""
    change_words: frozenset[str] = frozenset()
    """Verbs and verbal nouns of change («ارتفع», «زيادة», «خفض»): before «من X إلى Y» in their clause
    the pair is a change, two quantities (``change_words.tsv``, role «change»; session 20, q20b)."""
    change_stops: frozenset[str] = frozenset()
    """Words that make the pair after them the size or the spread of a change, a range («قدرها»,
    «تتراوح», «التي»): ``change_words.tsv``, role «stop»."""
    more_heads: frozenset[str] = frozenset()
    """«أكثر», «أقل» and «أزيد» with none, one or two proclitic letters («لأكثر», «وبأقل»): the words
    whose «من» may open «أكثر من مناسبة», one of an indefinite singular noun (``more_than_words.tsv``,
    role «head»; session 23, q23a)."""
    more_after: frozenset[str] = frozenset()
    """Words after «أكثر من» that make a comparison, not a count («أي», «غير», «مجرد»):
    ``more_than_words.tsv``, role «after»."""
    more_before: frozenset[str] = frozenset()
    """Words before «أكثر من» that make it say what a thing is, not how many («كان», «شيئا», «يراها»):
    ``more_than_words.tsv``, role «before»."""

    def __attrs_post_init__(self) -> None:
        # Kept for the life of the process: its word sets and tables hold only strings and numbers,
        # taken off the cyclic collector's lists (a full collection walked their 70,000 words).
        for value in astuple(self, recurse=False):
            untracked(value)


def _definite_l(words: set[str]) -> set[str]:
    # «للعشرات»: after the preposition ل the alef of the article is not written.
    return {w[1:] for w in words if w.startswith("ال")}


# A singular must be this frequent in ``clitics/counts.tsv`` for its dual to be read: rarer forms
# are as often names or misspellings («مارة» 6, «حطة» 5) as nouns.
OPEN_DUAL_MIN_FEMININE = 50
# Masculine singulars must be commoner still: a word in «ين» is often a name («كيفين») or a verb.
OPEN_DUAL_MIN_MASCULINE = 200


def open_dual_singulars(counts: Mapping[str, int]) -> dict[str, int]:
    """The singulars whose dual the finder reads without a ``duals.tsv`` entry, with their frequency.

    Words of at least three letters and no article: feminine nouns in «ة», and masculine words not
    ending in «ي» or «ة», commoner still, whose sound plural in «ون» is never seen (so «مسلم»,
    «سن» of «سنين» are out: their «ين» form is a plural). Nisba adjectives («تدريبية») are kept out
    by the finder, which refuses a stem in «ي»; other feminine adjectives are read as counts only
    where no dual noun stands before them (``DUAL``). The forms keep their clitics as ``counts.tsv``
    has them («لدولة»): the finder compares the frequencies with and without a first proclitic
    letter. (The «ون» test is too noisy for the feminine: «فرحون» 5 and «مقيدون» 2 alike.)
    """
    out: dict[str, int] = {}
    for w, n in counts.items():
        if len(w) < 3 or w.startswith("ال"):
            continue
        if w.endswith("ة"):
            if n >= OPEN_DUAL_MIN_FEMININE:
                out[w] = n
        elif n >= OPEN_DUAL_MIN_MASCULINE and not w.endswith("ي") and w + "ون" not in counts:
            out[w] = n
    return out


# «ل»/«ب» and a word must be this many times rarer than the word alone to count as a preposition
# before it («لبطولة» 73 and «بطولة» 989): «بطاقة» (558, «طاقة» 396), «بقيادة» (1.5 times) are words.
PREPOSITION_RATIO = 10


def in_ha(word_counts: Mapping[str, int]) -> dict[str, int]:
    """``word_counts`` with «ة» written «ه», as the finder's normalised text has it (the counts of
    both spellings added up)."""
    counts: dict[str, int] = {}
    get = counts.get  # a bound method and no replace for the words without «ة»: this runs on every start-up
    for w, n in word_counts.items():
        k = w.replace("ة", "ه") if "ة" in w else w
        counts[k] = get(k, 0) + n
    return counts


def preposition_forms(counts: dict[str, int]) -> frozenset[str]:
    """The words of ``clitics/counts.tsv`` (``counts``, as :func:`in_ha` gives them) that are «ل» or
    «ب» before a word of at least four letters seen ``PREPOSITION_RATIO`` times as often («لبطولة»,
    «بحالات»); «ليلة», «لبنان», «بيت», «بطاقة» stay out (their rest is rarer or no word), and so does a
    word seen more often with the article than without it: «البواخر» 7, «بواخر» 4, so «9 بواخر» counts
    ships (no «ب» of «ال» + «ب» + «واخر» is written), while «بطريق» (111, «البطريق» 26) stays a
    preposition."""
    return frozenset(
        w
        for w, n in counts.items()
        if w[0] in "لب"
        and len(w) >= 5
        and counts.get(w[1:], 0) >= PREPOSITION_RATIO * n
        and not w[1:].startswith("ال")
        and counts.get(ARTICLE + w, 0) <= n
    )


# A word must be seen this often in ``clitics/counts.tsv`` before its never taking the article says
# it is no noun: a rarer word may just be a rare noun.
NEVER_DEFINITE_MIN = 20


PRONOUN_SUFFIXES = ("هما", "كما", "ها", "هم", "هن", "كم", "نا", "ه")
"""Possessive suffixes a noun may carry («حياتنا», «أعضائه»), longest first."""


_SUFFIXES_BY_LAST: dict[str, tuple[str, ...]] = {
    last: tuple(x for x in PRONOUN_SUFFIXES if x[-1] == last) for last in {x[-1] for x in PRONOUN_SUFFIXES}
}
"""The suffixes of ``PRONOUN_SUFFIXES`` by their last letter, in its order (longest first)."""


def _suffixed_nouns(counts: Mapping[str, int]) -> set[str]:
    """The words of ``counts`` that are a noun with a possessive suffix: the stem before the suffix is
    seen with the article («حياتنا»: «الحياة», with «ت» back to «ة»; «اعضائه»: «الاعضاء»). A suffix
    and the article exclude each other, so such a noun is never seen definite itself; a preposition
    with a pronoun («منهما», «احداهما») has no such stem and stays out. A final «ه» is the pronoun only
    when it is the commoner spelling of the word («بقياده» is «بقيادة» misspelt)."""
    # Speed (this runs on every start-up): only the suffixes ending in the word's last letter are
    # tried, in the order of PRONOUN_SUFFIXES, and the stems are looked up one by one.
    return {w.replace("ة", "ه") for w, n in counts.items() if with_pronoun(w, n, counts)}


def with_pronoun(w: str, n: int, counts: Mapping[str, int]) -> bool:
    """Whether the word ``w`` of ``counts`` (its key there, seen ``n`` times) is a noun with a
    possessive suffix: the stem before the suffix is seen with the article (:func:`_suffixed_nouns`;
    the finder asks it of the word after «أكثر من»: «غيره», «حقه»)."""
    sfx = None
    for x in _SUFFIXES_BY_LAST.get(w[-1:], ()):
        if w.endswith(x) and len(w) > len(x) + 1:
            sfx = x
            break
    if sfx is None or (sfx == "ه" and n < counts.get(w[:-1] + "ة", 0)):
        return False
    stem = w[: -len(sfx)]
    return (
        ARTICLE + stem in counts
        or (stem.endswith("ت") and ARTICLE + stem[:-1] + "ة" in counts)
        or (stem.endswith(("ئ", "ؤ")) and ARTICLE + stem[:-1] + "ء" in counts)
    )


def never_definite(
    counts: Mapping[str, int], known: frozenset[str], freq: dict[str, int] | None = None
) -> frozenset[str]:
    """The words of ``clitics/counts.tsv`` (``counts`` as read; the set is of their forms with «ة»
    written «ه», as the finder's normalised text has them) seen at least ``NEVER_DEFINITE_MIN`` times
    whose form with the article is never seen, nor that of their stem without the accusative «ا»
    («مريضا» has «المريض»): verbs («تمت», «قدمت», «انضم», «ترتبط»), particles, names and words behind
    a preposition («بمصر», «بقيادة»). A noun takes the article; these do not, so none is the counted
    noun after a number. Out of the set: the units and currencies (``known``: «كلم», «جيجا», «وون»),
    words in «ي» (a construct dual or plural: «رجلي», «حالتي», «مشجعي»), defective nouns whose
    definite form in «ي» is at least as common («قاض»: «القاضي»; not «ضمن» for the rare «الضمني»), and
    nouns with a possessive suffix (:func:`_suffixed_nouns`). In the annotated development sets it
    refuses no gold unit (issue 15, session 11). ``freq``, if given, is ``in_ha(counts)`` already
    computed (:func:`lexicons` shares it with :func:`preposition_forms`)."""
    if freq is None:
        freq = in_ha(counts)
    definite = {w[2:]: n for w, n in freq.items() if w.startswith(ARTICLE)}
    suffixed = _suffixed_nouns(counts)
    return frozenset(
        w
        for w, n in freq.items()
        if n >= NEVER_DEFINITE_MIN
        and len(w) >= 3
        and not w.startswith(ARTICLE)
        and not w.endswith("ي")
        and w not in definite
        and not (w.endswith("ا") and w[:-1] in definite)
        and definite.get(w + "ي", 0) < n
        and w not in suffixed
        and w not in known
    )


def derived_key() -> str:
    """The key of the sets :func:`compute_derived` gives: the SHA-256 of ``clitics/counts.tsv`` and
    the thresholds and suffixes the three functions use (see :mod:`~arabicnews.stages.quantities.pack`)."""
    from arabicnews.stages.quantities import pack  # not at import: ``python -m`` runs it as a script

    return pack.key(
        (
            OPEN_DUAL_MIN_FEMININE,
            OPEN_DUAL_MIN_MASCULINE,
            PREPOSITION_RATIO,
            NEVER_DEFINITE_MIN,
            PRONOUN_SUFFIXES,
            ARTICLE,
        )
    )


def compute_derived() -> Derived:
    """The open dual singulars, the preposition forms and the words never definite (with no
    ``known`` words taken out), computed from ``clitics/counts.tsv`` (about 0.25 CPU s)."""
    counts = read_counts()  # the segmenter's map (cached)
    if not isinstance(counts, dict):  # stored counts read in place: one dict, its words shared by the three
        counts = dict(counts.items())
    freq = in_ha(counts)  # computed once, for never_definite too
    return open_dual_singulars(counts), preposition_forms(freq), never_definite(counts, frozenset(), freq)


def derived_sets() -> Derived:
    """:func:`compute_derived`, read from its built form (``quantities/derived.pickle``) when that was
    built from the current counts and thresholds, else computed."""
    from arabicnews.stages.quantities import pack

    return pack.load_built(derived_key()) or compute_derived()


NEGATED: dict[str, str] = {"more_than": "at_most", "less_than": "at_least"}
"""A negated bound: what is not more than N is at most N, what is not less than N at least N."""


def _add_negations(qb: dict[tuple[str, ...], str]) -> None:
    """Add to ``qb`` each verb of exceeding or falling short (a phrase of ``qualifiers.tsv`` whose first
    word is such a verb, «يزيد على», «تقل عن») after each negation of ``negations.txt`` with the bound
    negated: «ألا يقل عن», «وألا تزيد على», «ولم يتجاوز» (issue 15, session 11). A row already in the
    table wins («ما لا يقل عن»)."""
    verbs = [(k, q) for k, q in qb.items() if q in NEGATED and EXCEED_VERB.search(k[0]) and k[0] != "ما"]
    for neg in read_lines("quantities/negations.txt"):
        for k, q in verbs:
            qb.setdefault((*_key(neg), *k), NEGATED[q])


@cache
def lexicons() -> Lexicons:
    """The quantity lexicons and patterns, loaded and compiled once on first use."""
    lex = lexicon()
    qb: dict[tuple[str, ...], str] = {}
    qa: dict[tuple[str, ...], str] = {}
    qbd: dict[tuple[str, ...], str] = {}
    outside: set[tuple[str, ...]] = set()
    for phrase, qual, where, span in read_table("quantities/qualifiers.tsv", 4):
        (qb if where == "before" else qbd if where == "before_digits" else qa)[_key(phrase)] = qual
        if span == "out":
            outside.add(_key(phrase))
    _add_negations(qb)
    qbd = qb | qbd
    percent = {_key(p): True for p in read_lines("quantities/percent.txt")}
    currencies = {_key(w): (None if code == "-" else code) for w, code in read_table("quantities/currencies.tsv", 2)}
    unit_phrases = {_key(w): kind for w, kind in read_table("quantities/units.tsv", 2)}
    for w, _dimension in read_table("quantities/measures.tsv", 2):
        unit_phrases.setdefault(_key(w), "measure")
    units = {k[0]: kind for k, kind in unit_phrases.items() if len(k) == 1}
    months = {_key(w): MonthName(int(n), cal, amb == "1") for w, n, cal, amb in read_table("quantities/months.tsv", 4)}
    cue_rows = list(read_table("quantities/date_cues.tsv", 4))  # read twice below
    change_rows = list(read_table("quantities/change_words.tsv", 2))  # read twice below
    cues = {normalize(w): (role, value) for w, role, value, _ in cue_rows}
    day_relative = frozenset(normalize(w) for w, role, _, after in cue_rows if role == "relative" and after == "day")
    nw = set(lex.words) | set(lex.vague)
    ordw = set(lex.ordinals)
    mon1 = {k[0] for k in months}
    mon2 = {k[1] for k in months if len(k) > 1}
    dual_rows = [(normalize(w), role) for w, role in read_table("quantities/duals.tsv", 2)]
    duals = {w: role for w, role in dual_rows if role not in ("after", "span_before")}
    # a feminine dual loses its «ن» before the noun it is joined to («حالتي وفاة», «حالتا وفاة»)
    construct_duals = {w[:-1]: role for w, role in duals.items() if w.endswith(("تين", "تان"))}
    duals |= construct_duals
    # «الاثنين» (Monday) and «الواحد» are left out: only three to ten count a noun beside them
    definite_units = {"ال" + w: int(e.value) for w, e in lex.words.items() if e.cls == "unit" and 3 <= e.value <= 10}
    lone = {normalize(w): (Fraction(v), kind) for w, v, kind in read_table("quantities/lone_words.tsv", 3)}
    more_rows: dict[str, set[str]] = {}
    for w, role in read_table("quantities/more_than_words.tsv", 2):
        more_rows.setdefault(role, set()).add(normalize(w))
    scan = regex.compile(
        r"(?<![\p{L}\p{N}])(?:"
        + _PRE
        + r"(?P<ndate>(?:[0-9]{1,2}[/-][0-9]{1,2}[/-](?:[0-9]{4}|[0-9]{2})|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
        + r"|[0-9]{1,2}[^\S\n\r]{0,2}/[^\S\n\r]{0,2}[0-9]{1,2}[^\S\n\r]{0,2}/[^\S\n\r]{0,2}[0-9]{4}"
        # «24-7- 1431», «14 -9- 1431»: spaced dashes only before a year of 13xx, 14xx, 19xx or 20xx
        + r"|[0-9]{1,2}[^\S\n\r]{0,2}-[^\S\n\r]{0,2}[0-9]{1,2}[^\S\n\r]{0,2}-[^\S\n\r]{0,2}(?:1[349]|20)[0-9]{2}"
        + r"|[0-9]{4}/[0-9]{1,2}/[0-9]{1,2})(?![0-9]))"
        r"|(?P<time>[0-9]{1,2}:[0-9]{2})(?![0-9])"
        rf"|{_PRE}(?P<num>{_NUMSEQ})"
        rf"|(?P<pre>(?:[وف]?[بك]|[وف])?ال|[وف]?لل)(?P<num>(?:{_DIG})(?![0-9]){_MORE})"
        rf"|(?P<pre>[وف]?ل)(?P<num>{_NUMSEQ_L})"
        rf"|{_PRE}(?P<ord>\L<ordw>(?!\p{{L}}){_TEEN})"
        rf"|(?P<pre>[وف]?ل)(?P<ord>\L<ordw_l>(?!\p{{L}}){_TEEN})"
        rf"|{_PRE}(?P<month>\L<mon1>(?!\p{{L}}))"
        rf"|{_PRE}(?P<dual>(?:ال)?\L<duals>(?!\p{{L}}))"
        rf"|(?P<pre>[وف]?ل)(?P<dual>ل\L<duals>(?!\p{{L}}))"
        rf"|{_PRE}(?P<defcard>\L<defcards>(?!\p{{L}}))"
        rf"|{_PRE}(?P<lone>\L<lone>(?!\p{{L}}))"
        r")",
        nw=nw,
        nw_l=_definite_l(nw),
        ordw=ordw,
        ordw_l=_definite_l(ordw),
        mon1=mon1,
        duals=set(duals),
        defcards=set(definite_units),
        lone=set(lone),
    )
    num_at = regex.compile(rf"(?P<num>{_NUMSEQ_AT})", nw=nw)
    month_at = regex.compile(rf"(?P<m1>\L<mon1>)(?!\p{{L}})(?:{GAP}(?P<m2>\L<mon2>)(?!\p{{L}}))?", mon1=mon1, mon2=mon2)
    dual_forms = {*duals, *("ال" + w for w in duals), *("ل" + w for w in duals)}
    bare_first = nw | ordw | mon1 | _definite_l(nw) | _definite_l(ordw) | dual_forms | set(definite_units) | set(lone)
    # Every form glued to its proclitics is listed, so that the finder asks one set per word
    # (most words start no candidate) instead of slicing each word that starts with a proclitic letter.
    first = frozenset(
        {*bare_first, *PROCLITIC_RUNS}
        | {p + w for p in PROCLITIC_LETTERS for w in bare_first}
        | {p + q + w for p in PROCLITIC_LETTERS for q in PROCLITIC_LETTERS for w in bare_first}
    )
    return Lexicons(
        lex,
        qb,
        qa,
        percent,
        currencies,
        units,
        unit_phrases,
        months,
        cues,
        read_words("quantities/not_units.txt"),
        scan,
        num_at,
        month_at,
        first,
        read_words("quantities/designators.txt"),
        frozenset(k[0] for k in qa),
        frozenset(_key(p) for p in read_lines("quantities/idioms.txt")),
        read_words("quantities/nouns_like_clitics.txt"),
        read_words("quantities/ranks.txt"),
        day_relative,
        read_words("quantities/yesterday.txt"),
        {
            (normalize(w), code): int(parts)
            for words, codes, parts in read_table("quantities/subunits.tsv", 3)
            for w in words.split()
            for code in codes.split()
        },
        read_words("quantities/adjective_numbers.txt"),
        duals,
        definite_units,
        frozenset(w for w, role in dual_rows if role == "after"),
        frozenset(w for w, role in dual_rows if role == "span_before"),
        read_words("quantities/series.txt"),
        read_words("quantities/money_cues.txt"),
        lone,
        read_words("quantities/events.txt"),
        read_words("quantities/scope_adverbs.txt"),
        read_words("quantities/fraction_adjectives.txt"),
        read_words("quantities/goal_cues.txt"),
        read_words("quantities/feminine_nouns.txt"),
        frozenset(construct_duals),
        read_words("quantities/down_to_verbs.txt"),
        (derived := derived_sets())[0],
        read_words("quantities/loose_adjectives.txt"),
        derived[1],
        read_words("quantities/plurals_in_a.txt"),
        qbd,
        frozenset(_key(p) for p in read_lines("quantities/ordinal_names.txt")),
        frozenset(k[-1] for k in qbd),
        regex.compile(
            r"(?<!\p{L})(?:[وفبلك]?(?:ال)?|[وف]?لل)\L<ev>(?!\p{L})(?P<name>[^.،,؛!?؟\n\r]{0,60})\Z",
            ev={normalize(w) for w in read_lines("quantities/event_nouns.txt")},
        ),
        regex.compile(
            r"(?<![\p{L}\p{N}])[وفبل]?\L<heads>" + GAP + r"(?P<y>[0-9]{4})"
            r"(?:[^\S\n\r]*و[^\S\n\r]*(?P<more>[0-9]{2}|[0-9]{4}))*[^\S\n\r]*و[^\S\n\r]*\Z",
            heads={normalize(w) for w in read_lines("quantities/year_lists.txt")},
        ),
        read_words("quantities/regnal_titles.txt"),
        # never_definite with these known words is the stored set without them (its last test)
        derived[2]
        - (
            frozenset(units)
            | {k[0] for k in currencies}
            | {k[0] for k in unit_phrases}
            | {k[0] for k in percent}
            | read_words("quantities/nouns_like_clitics.txt")
        ),
        name_heads=read_words("quantities/name_heads.txt"),
        model_nouns=read_words("quantities/model_nouns.txt"),
        fixed_number_names=read_words("quantities/fixed_number_names.txt"),
        group_heads=read_words("quantities/group_heads.txt"),
        letter_names=read_words("quantities/letter_names.txt"),
        not_in_a_name=read_words("quantities/not_in_a_name.txt"),
        length_nouns=read_words("quantities/length_nouns.txt"),
        race_nouns=read_words("quantities/race_nouns.txt"),
        gentilic_plurals=read_words("quantities/gentilic_plurals.txt"),
        qual_outside=frozenset(outside),
        change_words=frozenset(normalize(w) for w, role in change_rows if role == "change"),
        change_stops=frozenset(normalize(w) for w, role in change_rows if role == "stop"),
        more_heads=frozenset(
            p + w
            for w in more_rows.get("head", ())
            for p in ("", *PROCLITIC_LETTERS, *(a + b for a in CONJUNCTIONS for b in PREPOSITIONS))
        ),
        more_after=frozenset(more_rows.get("after", ())),
        more_before=frozenset(more_rows.get("before", ())),
    )


PLACE_LISTS: tuple[tuple[str, str], ...] = (
    ("ner/gazetteer.tsv", "LOC"),
    ("ner/gazetteer_places.tsv", "GEO"),
    ("ner/gazetteer_organisations.tsv", "ORGL"),
)
"""The entity tagger's lists of places and organisations (clubs among them), and the class of each read."""


@cache
def place_names() -> frozenset[str]:
    """The one-word place and organisation names of :data:`PLACE_LISTS`, normalised («الجوف», «تبوك»,
    «القادسية»): after a number and «من» they say where the counted come from, not what they are."""
    return untracked(frozenset(_normalised_places()))


def _normalised_places() -> Iterator[str]:
    """The names of :func:`place_names`, normalised :data:`PLACE_CHUNK` at a time, one a line: as each
    alone (the folding goes character by character and no name holds a line break), a quarter of the
    time of one call a name, paid by the first text that meets a count (the list loads lazily)."""
    chunk: list[str] = []
    for name, wanted in PLACE_LISTS:
        for cls, phrase in read_table(name, 2):
            if cls == wanted and " " not in phrase.strip():
                chunk.append(phrase)
                if len(chunk) == PLACE_CHUNK:
                    yield from normalize("\n".join(chunk)).split("\n")
                    chunk.clear()
    if chunk:
        yield from normalize("\n".join(chunk)).split("\n")


PLACE_CHUNK = 256
"""How many place names :func:`place_names` normalises in one call."""


@cache
def currency_places() -> dict[str, tuple[tuple[str, regex.Pattern[str]], ...]]:
    """For each bare currency word shared by several countries, its codes and a pattern of the
    places that name each code (``currency_places.tsv``), all normalised."""
    places: dict[tuple[str, str], set[str]] = {}
    for words, code, place in read_table("quantities/currency_places.tsv", 3):
        for w in words.split():
            name = normalize(place)
            names = places.setdefault((normalize(w), code), set())
            names.add(name)
            if name.startswith("ال"):
                names.add("ل" + name[1:])  # «للإمارات»
    out: dict[str, list[tuple[str, regex.Pattern[str]]]] = {}
    for (w, code), names in places.items():
        pattern = regex.compile(r"(?<!\p{L})[وف]?[بل]?\L<names>(?!\p{L})", names=names)
        out.setdefault(w, []).append((code, pattern))
    return {w: tuple(codes) for w, codes in out.items()}


# -- patterns the finder and its rules match at a position --------------------------------------

DIGITS_GLUED_SCALE = regex.compile(r"([0-9](?:[0-9.,ر]*[0-9])?)(\p{L}+)")
"""Digits with a number word glued after them («137مليون»), split by the scan's ``_MORE``."""
GLUED_AT = regex.compile(r"[^\S\n\r]*(?P<w>\p{L}+)(?![\p{L}\p{N}])")
GLUED_BEFORE = regex.compile(r"\p{L}+\Z")
POWER_UNIT_AT = regex.compile(r"[^\S\n\r]*(?P<w>\p{L}{1,2}[23²³])(?![\p{L}\p{N}])")
"""A unit with its power as a digit or a superscript, glued to the digits or apart («60000م3», «450 م²»):
read when ``measures.tsv`` lists it (Eastern digits are ASCII once normalised)."""
PREVIOUS_WORD = regex.compile(r"(\p{L}+)[^\S\n\r]+\Z")  # the word right before a position, one gap between
MONTH_LIST_NEXT = regex.compile(r"[^\S\n\r]*(?:[-–—،,]|و)[^\S\n\r]*")
"""A dash, a comma or «و» after a month name, before the next month of a list («رجب - شعبان»)."""
MONTH_LIST_BEFORE = regex.compile(r"(\p{L}+)(?:[^\S\n\r]*[-–—،,][^\S\n\r]*|[^\S\n\r]+و[^\S\n\r]*)\Z")
"""The word before a dash, a comma or «و» that ends right before a month name («رجب - شعبان»)."""
PERCENT_SIGN = regex.compile(r"[^\S\n\r]*%")
SYMBOL_AFTER = regex.compile(r"[^\S\n\r]*(?P<s>[$€£¢])")
SYMBOL_BEFORE = regex.compile(r"(?P<s>[$€£])[^\S\n\r]*\Z")
DECIMALS_AT = regex.compile(rf"{GAP}(?P<d>[0-9]{{1,3}})(?![0-9.,/])")
DECIMAL_POINT = frozenset({"فاصله"})
"""«فاصلة», the decimal point said in words: «1 فاصلة 5» is 1.5."""
AND_AT = regex.compile(r"[^\S\n\r]*و[^\S\n\r]*")
RANGE_SEP = regex.compile(
    rf"[^\S\n\r]*[-–—][^\S\n\r]*|{GAP}(?P<to>و?الي{GAP}|و?حتي{GAP}|ل(?=[0-9\p{{L}}]))"
    rf"|[^\S\n\r]*(?P<and>و)[^\S\n\r]*(?=[0-9\p{{L}}])"
)
OR_SEP = regex.compile(r"[^\S\n\r]+او[^\S\n\r]+(?=[0-9\p{L}])")
"""«أو» between two numbers («11 أو 12 عاما», «شهرين أو ثلاثة»): a range of alternatives when the noun is
written once (issue 15, session 26, q26c; the range and dual tables decide)."""
TATWEEL_DASH = regex.compile(r"(?<=\p{Nd})\u0640(?=\u0640*\p{Nd})")
"""A tatweel glued between two digits («10ـ20»), the first of its run: written as the dash of a range
or score. Normalising drops it, which would read «10ـ20» as 1020, so the finder reads it as ``-``."""
STRAY_DOT_YEAR = regex.compile(
    r"(?<=(?<!\p{L})[وبلف]?(?:ال|ل)?(?:عام|سنه)[^\S\n\r]+)\.(?=[0-9]{4}(?![0-9]|[.,،][0-9]))"
)
"""A full stop between «عام» or «سنة» and a year («منذ عام .1998  وبعد», «حزيران/يونيو عام .2015»): the
sentence's stop, moved before the year when the copy's direction was turned (issue 15, session 25, q25a:
3 in the 2,759 articles of 2015-07-22/07-31 outside every gold, 3 in the tuning golds, all read as a count
of 2015 before). The finder reads the stop as a space, so the year cue before it holds."""
_DUAL_WORD = r"(?<!\p{L})(?!(?:[وفبكل]|[وف][بل])?ال)(?!لل)\p{L}{2,}(?:تين|ين|تان|ان)"
PAIR_NAMED = regex.compile(
    rf"(?P<dual>{_DUAL_WORD})(?:[^\S\n\r]+{_DUAL_WORD})?[^\S\n\r]*[،,:]?\s*(?P<first>الاول|الاولي)(?!\p{{L}})"
)
"""An indefinite dual (and its adjective) and «الأول»/«الأولى» right after it: the first of the pair it names
(«مرحلتين، الأولى ...», «لسببين أساسيين: الأول ...»), as «الثاني»/«الثانية» after it is the second;
session 15, q15r: dev12, dev13 and about 30 in 2015-07-22/07-31, each an enumeration, none a rank."""
FIRST_WORD = regex.compile(r"(?<!\p{L})(?:[وف]?)(?:الاول|الاولي)(?!\p{L})")
"""«الأول», «الأولى» (normalised): the nearest one before «الثاني» is the first of its pair, if any."""
BEFORE_CHRIST_AT = regex.compile(
    r"[^\S\n\r]*(?:ق[^\S\n\r]*\.[^\S\n\r]*م(?:[^\S\n\r]*\.)?|قبل[^\S\n\r]+الميلاد)(?![\p{L}\p{N}])"
)
"""«ق.م.» or «قبل الميلاد» after a number: a year before Christ («بين سنتي 11000 ق.م. و3599 ق.م.»; session 15,
q15r: dev8, dev13 and 4 in 2015-07-22/07-31)."""
TATWEEL_GAP = regex.compile(r"[^\S\n\r]+(?P<to>(?!))?(?P<and>(?!))?(?=[0-9])")
"""The gap left between two numbers where the text had a tatweel as the dash («2 ــ 1»): the finder
checks the original text, since normalising drops the tatweel (no ``to`` or ``and``: a dash)."""
NEXT_YEAR = regex.compile(r"[^\S\n\r]*/[^\S\n\r]*(?P<y>[0-9]{4})(?![0-9])")
"""A second year after a slash («1436/1437هـ», «2014/2015»): a season or a Hijri year over two
Gregorian ones."""
BY = regex.compile(rf"{GAP}(?:في|[×xX\*]){GAP}|[^\S\n\r]*[×xX\*][^\S\n\r]*(?=[0-9])")
"""«في» or «×» between the sides of a dimension («33 في 46 سنتمترًا», «1920×1080»)."""
TIMES_NUMBER = regex.compile(r"[^\S\n\r]*[×xX\*][^\S\n\r]*[0-9]")
TIMES_NUMBER_BEFORE = regex.compile(r"[0-9][^\S\n\r]*[×xX\*][^\S\n\r]*\Z")
"""A multiplication sign between two numbers, after or before one («1920 × 1080»): the sides of a
dimension or a screen resolution, never a year."""
RANKS_AFTER_DUAL = regex.compile(
    r"(?P<dual>\p{L}+)[^\S\n\r]+(?:ال[^\S\n\r]*)?(?:[0-9]+[^\S\n\r]*و[^\S\n\r]*(?:ال[^\S\n\r]*)?)?\Z"
)
"""A definite dual and the article before a number, or before the number after «و» of a pair
(«الجولتين الـ 7 و 8»), read back from the number."""
AND_DIGITS = regex.compile(r"[^\S\n\r]*و[^\S\n\r]*(?:ال[^\S\n\r]*)?[0-9]")
"""«و» and digits after a number, with the article between or not («7 و 8», «الـ 3 والـ 4»)."""
MINUTES_ONLY = regex.compile(r"(?:[^\S\n\r]|[0-9+]|[،,]|(?<!\p{L})و)*")
"""What may stand in a pair of brackets around a goal's minute besides it: other minutes, «+», «و»
and commas («(12 و78)», «(12، 45+2)»)."""
SLASH_NUMBER = regex.compile(r"[^\S\n\r]*/[^\S\n\r]*[0-9]")
SLASH_NUMBER_BEFORE = regex.compile(r"[0-9][^\S\n\r]*/[^\S\n\r]*\Z")
SLASHED_UNIT = regex.compile(r"/[^\S\n\r]*(?=\p{L}+[^\S\n\r]*/(?![^\S\n\r]*[0-9]))")
"""A slash after digits before one word and another slash: wire copy that sets a number and its unit
between slashes («جاكي شان 61/ عاما/», «600/ متر/»); the unit is read after it."""
ZERO_SCORE_AFTER = regex.compile(
    r"(?P<sep>[^\S\n\r]*[-/][-/[^\S\n\r]]*|[^\S\n\r]+)صفر(?!\p{L})(?![^\S\n\r]*[-/][^\S\n\r]*[0-9])",
    regex.V1,
)
"""After a number, a dash or a slash (or a gap where the text had a tatweel, which normalising drops)
and «صفر» not followed by a year: the other side of a score («(2 ــ صفر)», «1/ صفر»), not the month
Safar («15/ صفر/ 1437»)."""
ZERO_SCORE_GLUED = regex.compile(r"صفر(?!\p{L})")
"""«صفر» glued to the digits of a score after a dash («بنتيجة -3صفر»)."""
SLASH = regex.compile(r"[^\S\n\r]*(?:/|slash|[-–—]|(?P<open>\())[^\S\n\r]*")  # «slash» written out (WikiNews)
"""Between two names of one month: a slash («أيلول/سبتمبر»), a dash («24 تموز - يوليو»: session 15,
dev13 and 22 in 2015-07-22/07-31) or an opening bracket («سبتمبر (أيلول)»)."""
CLOSE = regex.compile(r"[^\S\n\r]*\)")
YEAR_AT = regex.compile(rf"{GAP}(?P<y>[0-9]{{4}})(?![0-9])")
ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])ال[^\S\n\r]*\Z")  # «قرابة الـ 20»
LIST_MARK_AFTER = regex.compile(r"[^\S\n\r]*(?:[-–)]|\.(?![0-9]))[^\S\n\r]*(?![0-9\s])")
HEADING_BEFORE = regex.compile(r"\)[^\S\n]*\Z")
GLUED_DASH_WORD = regex.compile(r"[-–](?P<w>\p{L}+)")
"""A dash glued to the digits before it and the word after it («1-صورة»): a list marker."""
LIST_GAP_STOP = regex.compile(r"[.!?؟؛\n]|[0-9]")
LIST_ITEM_END = regex.compile(r"[^\S\n\r]*(?:[،,]|و(?=[^\S\n\r]*\p{L})|$)")
"""Between a measure and a bare number after it, no sentence end; after the number, a comma or «و» and
the next item: «43 درجة مئوية والمدينة المنورة 40، والدمام 47» is a list of temperatures."""
SENTENCE_STOP = regex.compile(r"[.!?؟\n](?!.*[.!?؟\n])", regex.DOTALL)
"""The last end of a sentence in a window: a rule that reads the sentence before a number starts after it."""
SENTENCE_END = regex.compile(r"[!?؟\n]|\.(?![0-9])")
"""An end of a sentence, not the point of a decimal («22.8 مليون»)."""
MONTH_YEAR_AT = regex.compile(
    r"\s*(?P<sep>[/-])[^\S\n\r]*(?P<m>[0-9]{1,2})\s*(?P=sep)[^\S\n\r]*(?P<y>[0-9]{4})(?![0-9/-])"
)
"""«/ 10 / 1436» or «-11 -1436» after a day: the month and year of a numeric date («من 26 - 29 / 10 /
1436هـ», «من 8 إلى 10 -11 -1436»; a line break may come before a separator, as wire copy has it)."""
AND_ONLY = regex.compile(r"[^\S\n\r]*و[^\S\n\r]*")
"""Only «و» between two numbers («عامي 2013 و2014»)."""
AND_YEAR = regex.compile(r"[^\S\n\r]*و[^\S\n\r]*(?P<y>[0-9]{4})(?![0-9.,/:٫٬])")
"""«و» and four digits after a number: the next member of a list of years («(2000 و2001 و2002)»)."""
COMPARED_WITH = regex.compile(r"(?<!\p{L})(?:مقابل|بدلا[^\S\n\r]+من|بدل|عوضا[^\S\n\r]+عن|مقارنه[^\S\n\r]+(?:ب|مع))")
"""A word that sets one amount against another («500 ألف ريال بدلا من 320 ألف», «مقابل»; normalised
«مقارنه»): the amount after it is of the kind of the amount before, as after «و» in a list."""
EACH_BEFORE = regex.compile(r"(?<!\p{L})[وفب]?ل?كل[^\S\n\r]+\Z")
"""«كل» right before a time unit («كل يوم تقريبا», «مرة كل سنة على الأقل»): how often, not how long."""
AMOUNT_END = regex.compile(r"[^\S\n\r]*(?:[.؛)]|$)")
"""After a bare amount in a list of amounts, the end of its sentence or bracket («والخاسر 300 ألف.»)."""
LINE_START = regex.compile(r"(?:^|[\n.:؛])[^\S\n]*\Z")
DOTTED_DECIMAL = regex.compile(r"([0-9]{1,3}(?:\.[0-9]{3})+)\.([0-9]{1,2})")
"""Dotted thousands and a decimal after them («233.407.089.4» is 233,407,089.4)."""
DOTTED_SMALL = regex.compile(r"[1-9]\.[0-9]{3}")
"""One digit, a dot and three digits («1.250»): thousands only before a counted noun («1.250 طالبا»),
which cannot be counted in fractions; a decimal before money, a measure or a duration («3.750 ريال»)."""
POINTS = frozenset(("نقطه", "نقاط", "نقطتين"))
"""Index points («8.123 نقطة»): a measure of an index, whose dotted value is left a decimal."""
SOUND_PLURAL_ENDS = ("ات", "ين", "ون")
"""How a sound plural ends, normalised: the noun of 3-10, never of a number in thousands."""
DOTTED_ONE = regex.compile(r"[1-9][0-9]{1,2}\.[0-9]{3}")
"""Two or three digits, a dot and three digits («91.400»): thousands in Gulf press, unless a scale
word, a percentage or a dinar (whose fils are thousandths) follows."""
THOUSANDTHS = ("دينار", "دنانير")
"""Currencies whose sub-unit is a thousandth: «12.500 دينار» is a decimal."""
YEN = "ين"
"""«125.015 ين»: a rate of the yen is quoted to three decimals, so a dot before three digits is a
decimal point before it."""
CODE = regex.compile(r"[0-9]{5,}")
PHONE = regex.compile(r"0[0-9]{6,}")
PO_BOX_BEFORE = regex.compile(r"(?<!\p{L})ص\s*\.\s*ب\s*[:.]?\s*$")
"""«ص.ب» or «ص. ب» (a post-office box) right before digits: the digits are the box's number."""
WORD_AND_DASH_BEFORE = regex.compile(r"(?P<w>\p{L}+)[ \t]*[-–][ \t]*$")
"""A word and a spaced dash right before digits («جنيف - 2», «نيدوكو شمال غرب -2»)."""
LABEL_OPENING = regex.compile(r"[(«\"]\s*$")
"""An opening bracket or quote, and spaces, between a label and its number («الرقم ( 990 )»)."""
ROUND = "000"
"""How a round number ends: five digits or more that end so are a number, not a code («100000»)."""
FROM_YEAR_AT = regex.compile(
    rf"{GAP}(?:من{GAP})?(?P<cue>\p{{L}}+)(?:{GAP}(?P<rel>\p{{L}}+))?{GAP}(?P<y>[0-9]{{4}})(?![0-9])"
)
"""«من عام 2013», «لعام 2015», «من العام الحالي 1436هـ» after a month name: its year (and relative word)."""
FROM_YEAR_RELATIVE_AT = regex.compile(rf"{GAP}من{GAP}(?P<cue>\p{{L}}+){GAP}(?P<rel>\p{{L}}+)(?![\p{{L}}\p{{N}}])")
"""«من العام الماضي», «من السنة المقبلة» after a month name with no year: the month of the year before
or after this one (session 15, q15r: dev13 and 21 in 2015-07-22/07-31)."""
PER_TIME_AT = regex.compile(
    r"[^\S\n\r]*(?:/[^\S\n\r]*(?:ساعه|ثانيه|دقيقه|ث|س)|في[^\S\n\r]+ال(?:ساعه|ثانيه|دقيقه|يوم|اسبوع|شهر|سنه|عام)"
    r"(?![\p{L}\p{N}])(?![^\S\n\r]*(?:ال|نفس|ذات|\p{N}|[(/\-]|هـ)))"
    r"(?![\p{L}\p{N}])"
)
"""«/» or «في» and a time unit after a measure make it a rate («كم/ساعة», «جيجا بت في الثانية», «10000م3 في
اليوم», session 19): the unit takes them, and «الثانية» is not read as an ordinal; not before a definite
word («30 كيلومترا في الساعة الأولى» is in the first hour, «برميل في الأسبوع الماضي» in the past week), a
number, a bracket or a dash («في العام 2014») or «نفس»/«ذات» («في اليوم نفسه»)."""
EXCEED_VERB = regex.compile(r"جاوز|زيد|زاد|فوق|فاق|تخطي|تخطت|يقل|تقل|تعدي|يصل|تصل")
"""Verbs of exceeding, falling short and reaching in ``qualifiers.tsv`` («تجاوز», «يزيد على», «لا يتجاوز»,
«يصل إلى»): they bound a number also with their subject between them and it («تجاوز عدد الزوار 15 ألف
زائر», «يصل أحيانا إلى 2000 قدم»)."""
EXCEED_PREPOSITIONS = frozenset({"علي", "عن", "من", "الي"})
"""The prepositions a verb of exceeding takes before the number («يزيد عددها على ألف»)."""
REACH_VERBS = frozenset({"يصل", "تصل"})
"""«يصل», «تصل»: with a noun subject between the verb and «إلى» they state the amount («تصل قيمتها إلى
2500 مليار دولار»), not a bound (``Finder.bound_apart``)."""
WHAT_NOT = "مالا"
"""«ما لا» written as one word: before a bounding verb it keeps the verb in the span (session 18, q18c).
«مالا يقل عن» is a negation row since session 19 (``negations.txt``), so only a verb with no negated row
comes here («مالا يقارب 10»; session 20, q20b). «ما» glued to a preposition does not keep the verb in
(«فيما يقارب ستة أشهر»: dev15's gold leaves «يقارب» out)."""
MAY = "قد"
"""«قد» before a verb: a possibility («قد تصل عقوباتها إلى 6 سنوات» keeps its bound)."""
OPEN_BEFORE = regex.compile(r"[(«\"“][^\S\n\r]*\Z")
NISBA = regex.compile(r"\p{L}{2,}(?:ي|يه|يا|يين|يون|يات)")
WAW_NISBA = regex.compile(r"و\p{L}{1,2}(?:يه|يا|يين|يون|يات)")
"""A nisba adjective whose «و» is a root letter, not the conjunction: one or two letters between «و»
and a nisba ending with an agreement suffix («وطنيا», «ودية»; «ودولية» is «و» and «دولية»; a bare
«ي» is left out: «وفي», «وحدي»)."""
NONSPACE = regex.compile(r"\S+")
DATE_SEP = regex.compile(r"[/-]")
CANDIDATE = regex.compile(r"(?<![\p{L}\p{N}.])\.(?=[0-9]{1,3}(?![0-9/]))|[0-9]+|\p{L}+")
TRAILING = regex.compile(r"[\p{M}\u0640]")

PREP_START = ("بال", "لل", "كال", "فال", "وال")
"""How a word starts when a preposition (or و) and the article are glued to it («بالمنطقة»)."""
MORNING_EVENING = frozenset({"صباح", "مساء"})
"""The times of day that are also nouns in construct with a day («صباح اليوم», «مساء الخميس»)."""
PREPOSITION_LETTERS = frozenset("بلك")
"""The prepositions written glued to a noun («لموسم», «بلاعب», «كشعيرة»)."""
PREP_ARTICLE = ("بال", "لل")
"""A preposition and the article glued to a word («للكليات»): no nisba adjective starts so."""

PROCLITIC_RUNS = frozenset({*PROCLITIC_LETTERS, *(a + b for a in CONJUNCTIONS for b in PREPOSITIONS)})
# «الـ10 سنوات», «بالـ35»: the article written before digits
PROCLITIC_RUNS |= {p + "ال" for p in ("", *PROCLITIC_RUNS) if not p.endswith("ل")} | {"لل", "ولل", "فلل"}

# -- single grammatical words the rules are about (normalised) ------------------------------------

AND = "و"
"""The conjunction, glued to the word after it («وعشرين», «وإصابة»)."""
ARABIC_COMMA = "،"
"""The Arabic comma, also written between groups of thousands («13،809،879»)."""
WIRE_SEPARATOR = "ر"
"""The old Saudi wire-copy decimal separator («5ر32»), sometimes written apart («12 ر 5»)."""
AND_HALF = "ونصف"
AND_FRACTIONS = {"ونصف": Fraction(1, 2), "وربع": Fraction(1, 4)}
"""A half or a quarter joined to a counted noun («ثلاثة أعوام ونصف» is 3.5 years)."""
"""«ونصف» after a dual: «عامين ونصف العام» is two and a half years."""
FROM = "من"
"""«من 100 إلى 150», «الأول من مايو», «10 من شهر أغسطس», «الثامنة من مساء اليوم»."""
IN = "في"
"""«في»: «وهو في العشرين» (in his twenties) is an age."""
WHAT = "ما"
"""«ما» before «بين» opens the range with it: «ما بين 10 و20»."""
BETWEEN = "بين"
RANGE_OPENERS = (FROM, BETWEEN)
"""The words that open a range closed by «إلى» or a dash: «من 100 إلى 150», «بين 10-20»."""
APPROXIMATE_OPENERS = frozenset({"نحو", "حوالي", "قرابه", "زهاء"})
"""«نحو», «حوالي», «قرابة», «زهاء» (normalised, with no «ب» before them, which makes a change «by
about»): before «X آلاف إلى Y آلاف» they open a range («نحو خمسة آلاف إلى عشرة آلاف شخص»)."""
RANGE_OPENERS_AND = (BETWEEN,)
"""The word that opens a range closed by «و»: «بين 10 و20»."""
YESTERDAY = "امس"
"""«أمس»: «الأول من أمس»; before «أول» it is no noun."""
THE_MONTH = "الشهر"
"""«السادس من الشهر الحالي»."""
THAT = ("ان", "بان", "لان")
"""«أن», «بأن», «لأن»: «الأولى أن» (it is better to)."""
SUPERLATIVE = regex.compile(r"ا\p{L}{2}[^\Wاهيى]|اهم|اشد|اقل|اجل|اعز|احب")
"""An elative of the form أفعل, normalised («أبرز», «أكبر»): after a partitive «من» it is no counted
noun («3 من أبرز اللاعبين»)."""
ACCUSATIVE_ENDINGS = ("ا", "ء", "ي", "ئ")
"""How a noun may end in the accusative, normalised («شخصا», «إجراء», «مستشفى»): an adjective ending in
«يا» agrees only with such a noun; after any other («مليار نسمة حاليا») it is an adverb."""
ACCUSATIVE_SCALES = frozenset({"الفا", "مليونا", "مليارا"})
"""Scales in the accusative, two before a noun («ألفا جندي») and one otherwise: no partitive noun."""
FRACTION_SPELT_AS_UNIT = {
    "خمس": Fraction(1, 5),
    "سدس": Fraction(1, 6),
    "سبع": Fraction(1, 7),
    "تسع": Fraction(1, 9),
    "عشر": Fraction(1, 10),
}
"""Fractions spelt like a unit number without its ة («خمس», a fifth, or five): before a definite noun,
which a cardinal never takes, a fraction of it («خمس السكان»). «ثمن» (an eighth, or a price) is left out."""
AGE_OF = "عمر"
"""«من عمره»: after a number it is an age, no counted noun."""
AGE_WORDS = ("عمر", "العمر")
"""How the word after «من» starts when a definite ten before it is an age («الستين من عمره»)."""
AGE_OF_SINN = frozenset({"سن", "السن"})
"""«سن» (the age of) before a definite ten or ordinal that is an age («دون سن العشرين»)."""
DEFINITE_PLURAL = regex.compile(r"ال(?:\p{L}{2,}(?:ات|ين|ون)|ا\p{L}{2}ا\p{L}|ايام|اشهر|دول)")
"""A definite plural («الأعوام», «المنظمات», «الأيام»): a definite ten after it is a cardinal."""
ACCUSATIVE = ("ا", "ه")
"""How a singular noun in the accusative ends, normalised («يوما», «سنة»)."""
PRONOUN_ENDINGS = ("ها", "نا", "هم")
"""Pronoun suffixes that end a word like an accusative («لاستقلالها»): no counted noun carries one."""
SUNDAY = "الاحد"
"""«الأحد»: Sunday, and with «عشر» the eleventh."""
TEENS = frozenset({"عشر", "عشره"})
"""«عشر», «عشرة» after a unit make a teen: «الأشهر الثمانية عشر» is 18."""
TEN_MASCULINE = "عشر"
"""«عشر» of «الأحد عشر»; «الأحد عشرة» is Sunday and ten («يوم الأحد عشرة أشخاص»)."""
DIGIT_BEFORE = regex.compile(r"[0-9٠-٩]\s*\Z")
"""Digits right before a position (searched up to it): «11 شهر ونصف» is the number's own compound."""
DAY_SPAN_JOINERS = frozenset({"الي", "حتي", "وحتي", "و"})
"""The words that join two days of a span before a month name, normalised: «إلى», «حتى», «وحتى», «و»."""
DAY_DIGITS = regex.compile(r"\s*(\d{1,2})(?!\d)")
"""A day in digits, the second of a span («من الرابع إلى 15 أغسطس»)."""
DAY = "يوم"
"""«يوم»: «يوم الأحد» is Sunday."""
ARTICLE = "ال"
QUOTED_TITLE = regex.compile(
    r"(?P<o>[(«“\"])[^\S\n\r]*(?P<words>\p{L}+(?:\.\p{L}+)*(?:[^\S\n\r]+\p{L}+(?:\.\p{L}+)*){0,3})"
    r"(?:[^\S\n\r]*[-–][^\S\n\r]*|[^\S\n\r]+)\Z"
)
"""An opening bracket or quote, then one to four words (dotted abbreviations among them: «إس.إي») and a space
or a dash, up to a number («(عيد طيبة », «“شاهين », «بلوتونيوم - »)."""
CLOSING_AT = regex.compile(r"[^\S\n\r]*(?P<c>[)»”″\"])")
"""A closing bracket or quote after a number, spaces inside allowed."""
QUOTE_PAIRS = {"(": ")", "«": "»", "“": "”″", '"': '"'}
"""Brackets and quotes that may enclose a number before its noun («(30) يوماً», «1100» دولار»): the closing
ones of each opening one (a double prime closes «“» in several outlets' copy: «“شاهين 2″»)."""
TITLE_STOP = read_words("quantities/amount_words.txt")
"""Words before a number in brackets that make it an amount, not the end of a title («(نحو 30)»)."""
# The endings of a dual the finder reads without a ``duals.tsv`` entry (``Finder.open_dual``): the
# last two letters it checks first, the feminine endings, and the nisba adjective that may agree with it.
# A feminine dual in construct loses its «ن» («مذكرتي تفاهم», «قاعتا اجتماع»): ``CONSTRUCT_DUAL_ENDS``.
CONSTRUCT_DUAL_ENDS = ("تي", "تا")
DUAL_TAILS = ("ين", "ان", *CONSTRUCT_DUAL_ENDS)
# A feminine dual in construct with a possessive pronoun («ابنتيه», «مباراتيها», «ابنتاه»), in the normalised
# text («ة» written «ه»), longest first (issue 15, session 25, q25a).
PRONOUN_DUAL_ENDS = ("تيهما", "تيهم", "تيها", "تيه", "تاهما", "تاهم", "تاها", "تاه")
ROUND_BEFORE = regex.compile(
    r"(?<!\p{L})[وفبل]?\L<round>[^\S\n\r]*ال[^\S\n\r]*\(?[^\S\n\r]*\Z",
    round=sorted(read_words("quantities/round_nouns.txt")),
)
"""A noun of a knockout round and the article right before digits («دور الـ 16», «دور الـ(16)»):
``round_nouns.txt``."""
PAIR_NOUNS = read_words("quantities/pair_nouns.txt")
"""Feminine nouns of a pair of the body whose dual with a pronoun names the pair («بقبضتيه»): ``pair_nouns.txt``."""
DUAL_CANDIDATE_TAILS = DUAL_TAILS + PRONOUN_DUAL_ENDS
"""The endings that make a word a candidate open dual (``Finder.open_dual``)."""
FEMININE_DUAL_ENDS = frozenset({"تين", "تان"})
NISBA_DUAL_ENDS = ("يين", "يتين", "يان", "يتان")
PARTICIPLE_PREFIX = "م"
"""How a participle starts («متوفيين», «مقيدتان»): one in «يين» is no nisba adjective after a listed dual."""


def agrees_as_dual(word: str, noun: str) -> bool:
    """Whether ``word`` after the dual ``noun`` is an adjective agreeing with it: a nisba dual with
    the same case ending («طريقين رئيسيين», «حربين عالميتين») or a feminine dual with the same ending
    («سيارتين جديدتين»)."""
    if len(word) < 5 or word.startswith(ARTICLE) or word[-2:] != noun[-2:]:
        return False
    return word.endswith(NISBA_DUAL_ENDS) or (noun[-3:] in FEMININE_DUAL_ENDS and word[-3:] == noun[-3:])


"""The article."""
PAST_PLURAL = "وا"
"""How a past-tense plural verb ends («قتلوا», «أصيبوا»)."""
HAMZA_ALEFS = frozenset("أإ")
"""Alefs with a hamza: «وأحد» is و + «أحد», though normalisation folds it to «واحد»."""
UP_TO = "حتي"
"""«حتى» (normalised): before a number with its unit, «up to» («ينمو حتى 40 سنتيمترا»)."""
UP_TO_LOOKBACK = 3
"""How many words before «حتى» are searched for a negation (a verb of decrease: the whole clause)."""
NEGATIONS = frozenset({"لا", "لن", "لم", "ما"})
"""Negations: the word after one is a verb («لا تزال»), not a noun."""
MONTH_EPITHETS = frozenset({"المبارك", "الكريم", "المعظم", "الحرام"})
"""Epithets after a month name («رمضان المبارك») that may stand before its year or relative word."""
HALVES = frozenset({"النصف"})
"""«النصف» before an ordinal: «النصف الأول» names a half of the year, it is no rank (the gold
annotates «الربع الأول», a quarter, as an ordinal but not the half)."""
ONE_FORMS = ("واحد", "واحده", "واحدا", "الواحد", "الواحده")
"""«واحد» as it follows a noun, in both genders, accusative and definite."""
DUAL_LENGTH = 4
"""The fewest letters of a dual noun before «اثنين», normalised («يدين»): «إن» before it is a particle."""
PRESENT_DUAL_VERB = regex.compile(r"ي\p{L}{3,}(?<!ي)ان")
"""A normalised present dual verb in «ي…ان» of six letters or more («يمثلان», «يعيشان»): not a dual noun, which
after «ي» has none of that shape but a gentilic in «يان» («يمنيان»)."""
TWO_FORMS = ("اثنين", "اثنان", "اثنتين", "اثنتان")
"""«اثنين» as it follows a dual noun, in both genders and cases («مستوطنين اثنين»)."""
ONE_NOT_NOUNS = frozenset({"الله"})
"""Definite words before «الواحد» that it does not count («الله الواحد»)."""
OPENING_BEFORE_NUMBER = regex.compile(r"[(«\"“”][^\S\n\r]*\Z")
"""A bracket or quote, and spaces, that may open a name's number after its designator («"إف 16"», «القرار (
1701 )», «رقم ” 313″»: curly quotes open either way round in Arabic copy; session 20, q20b)."""

__all__ = ["Lexicons", "lexicons"]

OTHERS = "اخر"
"""The normalised start of «آخرون», «آخرين», «أخرى»: after a number they count people or things
(«وأصيب 1936 آخرون»), so the number is no year."""

BROKEN_FUUL = regex.compile(r"ال\p{L}{2}و\p{L}")
"""A definite broken plural of the pattern فعول («العقود», «الشهور»)."""
PERIOD_RANK_BEFORE = regex.compile(
    r"(?<!\p{L})[وبل]?(?:ال|لل)(?:ربع|نصف|فصل)[^\S\n\r]+(?:الاول|الثاني|الثالث|الرابع)[^\S\n\r]+\Z"
)
"""A quarter or a half of the year and its rank right before a number («الربع الثاني 2015», «بنهاية
النصف الأول 2015»; normalised): the number is the year of that period."""
MORE_THAN_PLURAL = regex.compile(r"\p{L}وا\p{L}{2}|\p{L}{2}ايا")
"""A broken plural of two patterns that singulars rarely take (normalised): فواعل («حوادث», «سواحل») and
فعايا («ضحايا», «قضايا»); after «أكثر/أقل من» it is compared, not one of it (session 23, q23a)."""
AFILA_PLURAL = regex.compile(r"ا\p{L}{3}ه")
"""A normalised word of five letters in the pattern أفعلة, a broken plural («أنظمة», «أسئلة», «أجهزة»)
though it ends in «ة» (a singular in «ة» of that length starting with «أ» is rare: «أزمة» has four)."""
PRESENT_IN_T = regex.compile(r"ت\p{L}[^\Wا]\p{L}+")
"""A normalised word of four letters or more in the shape of a present verb in «ت» («تبدأ», «تسيل», «تجعل»,
«تمكن»): no «ا» after its second letter, as the plurals in «ت» have («تقارير», «تجارب», «تدابير»); the sound
plurals in «ات» («تحديات») and the nisba adjectives («تنموية») are told apart by ``NOT_PRESENT_IN_T``."""

NOT_PRESENT_IN_T = ("ات", "ي", "يه", "يا", "يين", "يون", "ين", "ون", "ه", "ا")
"""The endings of a word in «ت» that no present verb has once normalised: a sound plural («تساؤلات»), a nisba
(«تقني», «تنموية»), a word in «ة» or an accusative («ترشيحا»)."""
BROKEN_PLURAL = regex.compile(
    r"ال(?:"
    r"م\p{L}ا\p{L}ي?[^\P{L}ه]"  # مفاعل, مفاعيل: «المواسم», «المراحل», «المشاريع»
    r"|\p{L}وا\p{L}ي?[^\P{L}ه]"  # فواعل: «الشوارع», «القواعد»
    r"|\p{L}{2}اء\p{L}"  # فعائل: «الدقائق», «القبائل», «الحقائب»
    r"|\p{L}{2}ا\p{L}[^\P{L}ه]"  # فعالل: «العناصر», «البرامج» (not «السلامة»)
    r"|\p{L}{2}ا\p{L}ي[^\P{L}ه]"  # فعاليل: «الأسابيع», «العقاقير» (not «الصناعية»)
    r"|\p{L}{3}اء"  # فعلاء: «الوزراء», «الشهداء»
    r"|\p{L}{2}ا[^\P{L}ءاويه]"  # فعال: «الرجال», «الصغار» (not «الفضاء», «القناة»)
    r"|\p{L}{2}و\p{L}"  # فعول: «الجنود», «الشهور»
    r"|ا[^\P{L}اوي][^\P{L}ا]{2}ه"  # أفعلة: «الأندية», «الأسلحة» (not «الإجابة»)
    r")"
)
"""A definite broken plural of the common patterns (normalised: «ئ» is «ء», «ة» is «ه»): a definite
cardinal after it counts it («الرجال الثلاثة», «المواسم الأربعة»)."""
DEFINITE_STARTS = ("ال", "بال", "وال", "فال", "كال", "لل", "ولل", "وبال")
"""How a definite word starts, with its proclitics."""


TO = "الي"
"""«إلى», normalised: «من وظيفة إلى وظيفتين»."""
PLURAL_ENDINGS = ("ات", "ين", "ون", "ي")
"""How a sound plural ends, normalised, also in construct («حالات», «الحوثيين», «مقاتلي داعش»)."""
OTHERS_FORMS = frozenset({"اخري", "اخرى", "اخرين", "اخرون"})
"""«أخرى», «آخرين», «آخرون», normalised: between a number and a partitive «من» («ثلاثة أخرى من حالات»)."""

LAW_YEAR_AT = regex.compile(rf"{GAP}ل(?:عام|سنه){GAP}[0-9]{{4}}(?![0-9])")
"""«لعام 2012», «لسنة 2010» after bare digits: the year of a law or a decree, whose number the digits are
(«القانون 19 لعام 2012»; issue 15, session 16, q16c)."""
PLUS_NUMBER_AT = regex.compile(r"[^\S\n\r]*(?:\+|plus)[^\S\n\r]*[0-9]+(?![0-9.,/:٫٬])(?:[^\S\n\r]*\))?")
"""A plus sign (or «plus») and a whole number after a number, the bracket closing a sum («(5+1)»)."""
AND_NUMBER = regex.compile(r"[^\S\n\r]*(?:او[^\S\n\r]+|و[^\S\n\r]*)([0-9]+)(?![0-9.,/:٫٬])")
"""«و» or «أو» and a whole number in digits after a number («آجال 3 و 7 سنوات», «عند 11 أو 12 عاما»)."""

# The former / the latter (issue 15, session 26, q26b): «فانخفض الأول ... تبعه الثاني», «يتضمن الأول ... أما
# الثاني», «فالأول ... أما الآخر» point back to two things just named; the ordinal table refuses them.
POINTER_ORDINAL = regex.compile(r"(?<!\p{L})(?P<pro>[وف]?)ال(?P<w>اولي|اول|ثانيه|ثاني|ثالثه|ثالث|اخري|اخر)(?!\p{L})")
"""A definite «الأول», «الأولى», «الثاني», «الثانية», «الثالث», «الثالثة», «الآخر» or «الأخرى» (normalised), with
«و» or «ف» before it: the words that pair (or, with a third, list) the things an ordinal points back to."""
POINTER_FIRSTS = frozenset({"اول", "اولي"})
POINTER_SECONDS = frozenset({"ثاني", "ثانيه", "اخر", "اخري"})
POINTER_THIRDS = frozenset({"ثالث", "ثالثه"})
POINTER_WINDOW = 250
"""How far (normalised characters) the former looks for the latter, and the latter for a third."""
POINTER_PREVIOUS = regex.compile(r"(?P<w>\p{L}+)(?P<gap>[^\p{L}]*)\Z")
"""The word before a position and the gap after it (searched in a short slice ending there)."""
RANK_VERBS = read_words("quantities/rank_verbs.txt")
"""Verbs and pronouns after which a bare ordinal is a rank («حل الأول», «هو الأول»): ``rank_verbs.txt``."""
POINTER_PARTICLES = read_words("quantities/pointer_particles.txt")
"""Particles after which an ordinal has no noun before it («أما الثاني»): ``pointer_particles.txt``."""
OBJECT_ENDS = ("هما", "ها", "هم", "ه")
"""Object pronouns on a verb before a bare ordinal («تبعه الثاني»), longest first."""
OF_THE_TWO = frozenset({"منهما"})
"""«منهما» (of the two) right after a bare ordinal: «اعترف الأول منهما» points back to two."""
