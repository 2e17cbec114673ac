"""The rule tables of the quantity finder: which candidate is a quantity, and of what kind.

The finder (:mod:`arabicnews.stages.quantities.finder`) builds one record per candidate (a numeral,
an ordinal, a month name, a numeric date) and walks the table for it; the first rule that decides
wins. A numeral goes through :data:`NUMERAL` (refusals and the readings as a date, a range or a
year) and, if no rule there decides, through :data:`COUNT`. :data:`RANGE` and :data:`YEAR` are
asked by a rule of :data:`NUMERAL`; a rule of theirs that refuses returns :data:`GO_ON`, which
sends the numeral on to the next rule of :data:`NUMERAL`. :data:`NOUN` is asked about the word
after a number whenever what follows the number is read, :data:`ADJECTIVE` about the words after that
noun. The smaller tables shape a quantity while it is read: :data:`BOUND_APART` (a verb of exceeding
before the number), :data:`PARTITIVE` («من» and a noun after it), :data:`NOUN_BEFORE_ONE` (the noun
«واحد» counts), :data:`LATER_QUALIFIER` (a qualifier after the noun), :data:`SCALE_ALONE` («ألفا»
alone) and :data:`AFTER_DUAL` (the word after a dual).

Every outcome of the candidate tables is the normalised position where the scan goes on; each
shaping table's docstring says what its outcome is (a yes or no, a qualifier, a tail, a value). A rule
function returns ``None`` to pass.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from functools import cache
from typing import TYPE_CHECKING, Any

import attrs
from attrs import field, frozen

from arabicnews.arabic.letters import CONJUNCTIONS, PROCLITIC_LETTERS, restore_article, without_proclitic
from arabicnews.arabic.numerals import NumberWord, Numeral, exact
from arabicnews.core.normalize import normalize
from arabicnews.core.resources import read_lines
from arabicnews.core.rules import Rule, RuleTable
from arabicnews.model.quantity import QualifierName, Quantity, QuantityKind
from arabicnews.stages.quantities.cursor import Word
from arabicnews.stages.quantities.lexicon import (
    ACCUSATIVE,
    ACCUSATIVE_ENDINGS,
    ACCUSATIVE_SCALES,
    AFILA_PLURAL,
    AGE_OF,
    AGE_OF_SINN,
    AGE_WORDS,
    AMOUNT_END,
    AND,
    AND_DIGITS,
    AND_HALF,
    AND_NUMBER,
    AND_ONLY,
    AND_YEAR,
    ARTICLE,
    BEFORE_CHRIST_AT,
    BETWEEN,
    BROKEN_FUUL,
    BROKEN_PLURAL,
    BY,
    CLOSING_AT,
    CODE,
    COMPARED_WITH,
    CONSTRUCT_DUAL_ENDS,
    DAY,
    DAY_DIGITS,
    DAY_SPAN_JOINERS,
    DEFINITE_PLURAL,
    DEFINITE_STARTS,
    DIGIT_BEFORE,
    DUAL_LENGTH,
    EACH_BEFORE,
    FIRST_WORD,
    FRACTION_SPELT_AS_UNIT,
    FROM,
    GLUED_DASH_WORD,
    HALVES,
    HAMZA_ALEFS,
    HEADING_BEFORE,
    IN,
    LABEL_OPENING,
    LAW_YEAR_AT,
    LINE_START,
    LIST_GAP_STOP,
    LIST_ITEM_END,
    LIST_MARK_AFTER,
    MAY,
    MINUTES_ONLY,
    MONTH_LIST_BEFORE,
    MONTH_LIST_NEXT,
    MONTH_YEAR_AT,
    MORE_THAN_PLURAL,
    MORNING_EVENING,
    NEGATIONS,
    NEXT_YEAR,
    NISBA,
    NISBA_DUAL_ENDS,
    NOT_PRESENT_IN_T,
    OBJECT_ENDS,
    OF_THE_TWO,
    ONE_FORMS,
    ONE_NOT_NOUNS,
    OPENING_BEFORE_NUMBER,
    OTHERS,
    OTHERS_FORMS,
    PAIR_NAMED,
    PAIR_NOUNS,
    PARTICIPLE_PREFIX,
    PAST_PLURAL,
    PERCENT_SIGN,
    PERIOD_RANK_BEFORE,
    PHONE,
    PLURAL_ENDINGS,
    PLUS_NUMBER_AT,
    PO_BOX_BEFORE,
    POINTER_FIRSTS,
    POINTER_ORDINAL,
    POINTER_PARTICLES,
    POINTER_PREVIOUS,
    POINTER_SECONDS,
    POINTER_THIRDS,
    POINTER_WINDOW,
    PREP_ARTICLE,
    PREP_START,
    PREPOSITION_LETTERS,
    PRESENT_DUAL_VERB,
    PRESENT_IN_T,
    PREVIOUS_WORD,
    PRONOUN_DUAL_ENDS,
    PRONOUN_ENDINGS,
    QUOTE_PAIRS,
    QUOTED_TITLE,
    RANGE_OPENERS,
    RANGE_SEP,
    RANK_VERBS,
    RANKS_AFTER_DUAL,
    REACH_VERBS,
    ROUND,
    ROUND_BEFORE,
    SENTENCE_END,
    SENTENCE_STOP,
    SLASH,
    SLASH_NUMBER,
    SLASH_NUMBER_BEFORE,
    SUNDAY,
    SUPERLATIVE,
    TEENS,
    TEN_MASCULINE,
    THAT,
    THE_MONTH,
    TIMES_NUMBER,
    TIMES_NUMBER_BEFORE,
    TITLE_STOP,
    TO,
    TWO_FORMS,
    UP_TO,
    UP_TO_LOOKBACK,
    WAW_NISBA,
    WHAT,
    WORD_AND_DASH_BEFORE,
    YESTERDAY,
    ZERO_SCORE_AFTER,
    ZERO_SCORE_GLUED,
    agrees_as_dual,
    place_names,
)

if TYPE_CHECKING:
    import regex

    from arabicnews.stages.quantities.finder import Finder
    from arabicnews.stages.quantities.lexicon import Lexicons

LAYER = "quantities"

GO_ON = -1
"""The outcome of a :data:`RANGE` or :data:`YEAR` rule that refuses: the numeral is not a range (a
year), and the next rule of :data:`NUMERAL` reads it."""


# -- records -----------------------------------------------------------------------------------


@frozen
class Tail:
    """What follows a numeral: where the quantity ends, its kind, unit and any later qualifier."""

    end: int
    kind: QuantityKind
    unit: tuple[int, int] | None = None
    currency: str | None = None
    qualifier: str | None = None


@frozen
class SubUnit:
    """A sub-unit joined to an amount of money («و43 سنتا»): its value in the currency and where it ends."""

    value: Fraction
    end: int


@frozen
class MonthHit:
    """A month name in the normalised text: where it is, which month, of which calendar, and
    whether the name is also an ordinary word (``ambiguous``: «مارس», «آب»)."""

    start: int
    end: int
    month: int
    calendar: str
    ambiguous: bool


@frozen
class DateReading:
    """The date read around a month name: its extent, the numeral's extent (``num_start`` to
    ``day_end``; none for a month alone), the day or ``days`` range, year, part of the month and
    relative word, and whether anything around the name makes it a date (``context``)."""

    month: MonthHit
    start: int
    end: int
    num_start: int
    day_end: int | None
    day: int | None
    days: tuple[int, int] | None
    year: int | None
    part: str | None
    relative: str | None
    context: bool


@frozen
class RangeCandidate:
    """A numeral ``n`` and the numeral ``n2`` joined to it (``joiner``: ``and`` «و», ``to`` «إلى»,
    «حتى» or ``dash``), where the range would start, and what was read before it: an opener
    («بين», «من») and a dual year cue («عامي»). ``scaled_low`` is ``low`` times the scale of ``n2``
    («بين 3 و5 ملايين»)."""

    finder: Finder = field(repr=False, eq=False)
    n: Numeral
    n2: Numeral
    joiner: str
    start: int
    opener_found: bool
    dual_year_cue: bool
    years: bool
    low: Fraction
    high: Fraction
    scaled_low: Fraction
    repeated_unit: bool = False
    """The same unit after each number («4 سنوات إلى 5 سنوات»)."""
    approximate: int | None = None
    """Where an approximation before the first number starts («نحو خمسة آلاف إلى عشرة آلاف»)."""
    from_before_approximate: bool = False
    """«من» or «بين» before that approximation («من نحو 5 آلاف إلى 10 آلاف»; then ``approximate`` is
    ``None``)."""
    before_christ: int | None = None
    """Where «ق.م.» or «قبل الميلاد» after the second number ends («بين سنتي 11000 ق.م. و3599 ق.م.»)."""
    marked_each: bool = False
    """A percent sign or the same unit after each number («3% إلى 5%», «4 سنوات إلى 5 سنوات»): then
    ``opener_found`` says whether «بين» or «ما بين» (not «من») opens the pair."""
    duration: bool = False
    """The unit after each number is a unit of time («4 سنوات إلى 5 سنوات»)."""


@frozen
class NounCandidate:
    """The word right after a numeral ``n``: is it the noun the numeral counts?"""

    finder: Finder = field(repr=False, eq=False)
    word: Word
    n: Numeral


@frozen
class NumeralCandidate:
    """A numeral the scan found: whether a proclitic (and the article: «الـ13») is glued to it, the
    word and month name after it when it could be a day («25 يوليو»), the numeral joined to it
    («10 و20»), and whether it is glued to the word before it."""

    finder: Finder = field(repr=False, eq=False)
    n: Numeral
    proclitic: bool
    article: bool
    day_month: tuple[Word, MonthHit | None] | None
    pair: RangeCandidate | None
    glued: str = ""
    """The word the digits are glued to («الدولي» of «الدولي10 اتفاقيات»), if any."""


@frozen
class CountCandidate:
    """A numeral read as a count: ``number`` is the numeral's own extent (``n`` may take the brackets
    around it), ``start`` where the quantity starts (with the qualifier before it), whether a
    qualifier was read before it, the article before digits, a currency sign before it, the tail."""

    finder: Finder = field(repr=False, eq=False)
    n: Numeral
    number: tuple[int, int]
    start: int
    qualifier: str
    proclitic: bool
    article: bool
    qualified: bool
    symbol: tuple[int, int] | None
    tail: Tail

    @property
    def bare(self) -> bool:
        """No qualifier, unit or later qualifier: the number stands alone."""
        return not self.qualified and self.tail.unit is None and self.tail.qualifier is None


@frozen
class YearCandidate:
    """A number that may be a year: ``end`` takes an era after it («1432 هـ»), ``cue`` is the word
    before it (a proclitic left out) and ``cue_role`` its role in ``date_cues.tsv``. ``tail`` is
    what follows the number, read only after a preposition or a part of the year (where it matters)."""

    finder: Finder = field(repr=False, eq=False)
    n: Numeral
    year: int
    end: int
    calendar: str
    has_era: bool
    cue_role: str | None
    cue: Word | None
    tail: Tail | None


@frozen
class OrdinalCandidate:
    """An ordinal word: ``word_end`` after the word (and «عشر»), ``end`` after a following ten
    («التاسع والعشرين»), its value and form (``construct`` for «أول»), whether «عشر» follows
    (``teen``), the word before it and the word after it."""

    finder: Finder = field(repr=False, eq=False)
    start: int
    word_end: int
    end: int
    value: int
    form: str
    teen: bool
    before: Word | None
    next: Word | None


@frozen
class MonthCandidate:
    """A word that starts a month name: the month name there (``None`` if the word only starts a
    two-word name) and the date read around it."""

    finder: Finder = field(repr=False, eq=False)
    start: int
    month: MonthHit | None
    reading: DateReading | None


@frozen
class NumericCandidate:
    """A numeric date («28/5/1432هـ») or, with no ``day``, a clock time («10:30»)."""

    finder: Finder = field(repr=False, eq=False)
    start: int
    end: int
    digits_end: int
    day: int | None
    month: int | None
    year: int | None
    calendar: str | None


@frozen
class DualCandidate:
    """A dual noun of ``duals.tsv`` with no numeral («خلال أسبوعين»): its extent (the article, if
    any, included; a proclitic left out), the noun without the article, whether it is definite, the
    kind it gives and the word after it."""

    finder: Finder = field(repr=False, eq=False)
    start: int
    end: int
    noun: str
    definite: bool
    kind: QuantityKind
    next: Word | None
    open: bool = False
    """Whether the dual is not in ``duals.tsv`` but read from its known singular («سمكتين»)."""


@frozen
class DualJoin:
    """What the word after a dual adds to it: where the quantity and its unit end and its value («يومين
    اثنين» ends after «اثنين», its unit «يومين»; «عامين ونصف العام» is 5/2)."""

    end: int
    unit_end: int
    value: Fraction


@frozen
class ScaleAloneCandidate:
    """A count whose number is one scale word in its accusative or construct form («ألفا», «مليوني»,
    class ``dual_acc`` of ``numbers.tsv``, read as the dual: 2000), its ``value`` so read, and whether a
    counted noun follows it (``noun``)."""

    value: Fraction
    noun: bool


@frozen
class DefiniteCardinalCandidate:
    """A definite cardinal from three to ten («الخمسة»): its extent, value, and the words before
    and after it."""

    finder: Finder = field(repr=False, eq=False)
    start: int
    end: int
    value: int
    before: Word | None
    next: Word | None


@frozen
class LoneCandidate:
    """A word of ``lone_words.tsv`` («نصفهم», «شهر»): its extent, value and kind, the qualifier
    before it (its name and where it starts) and the word after it."""

    finder: Finder = field(repr=False, eq=False)
    start: int
    end: int
    value: Fraction
    kind: str
    qualifier: tuple[str, int] | None
    next: Word | None
    open: bool = False
    """Read after «أكثر من»/«أقل من» though ``lone_words.tsv`` lacks it (one of an indefinite singular
    noun: «في أكثر من مناسبة»), its value 1 and its kind «count»."""


@frozen
class AdjectiveCandidate:
    """The word after a counted noun (or after the noun's first adjective): is it an adjective of the
    noun, part of the unit («35 ضربة جوية»)?"""

    finder: Finder = field(repr=False, eq=False)
    noun: Word
    word: Word
    previous: Word | None = None
    """The adjective taken right before ``word`` («أثرية» before «وتراثية»), ``None`` for the first."""


@frozen
class BoundCandidate:
    """A number after a verb of exceeding, read with the last ``subject`` of the ``words`` before it
    (up to six) as the verb's subject: ``shape`` says how they stand (``subject``: right before the
    number, «تجاوز [عدد الزوار] 15 ألف»; ``preposition``: before the preposition the verb takes, «يزيد
    [عددها] على ألف»; ``bracket``: no subject, a bracket or quote before the number, «تجاوزت (493
    ألفاً)»; ``None``: the words there cannot be a subject) and ``bound`` is the qualifier the words
    before the subject give (``qualifiers.tsv``, with a verb of exceeding among them), if any."""

    finder: Finder = field(repr=False, eq=False)
    words: tuple[str, ...]
    subject: int
    shape: str | None
    bound: str | None


@frozen
class PartitiveCandidate:
    """«من» and the word after it, after a cardinal or a vague number ``n`` with no noun of its own
    («خمسة من رموز السينما», «عشرات من فرق الإسعاف»): is that word the noun the number counts?
    ``numeral`` is the scan's record of the number, ``tail`` what follows the number (no unit),
    ``others`` says «أخرى/آخرين» stands between the number and «من» («ثلاثة أخرى من حالات»), ``of``
    is «من» and ``noun`` the word after it (``None`` at the end of the text)."""

    finder: Finder = field(repr=False, eq=False)
    numeral: NumeralCandidate
    n: Numeral
    tail: Tail
    others: bool
    of: Word
    noun: Word | None


@frozen
class OneCandidate:
    """«واحد» (or «اثنين» after a dual) at ``start`` to ``end``, or «الواحد» (``definite``), and the
    word right before it: ``word`` as written, ``noun`` the same word read as the noun it may count
    («و» and a glued preposition left out: «وقلب», «لموسم»; before «الواحد», the word from its article,
    «للسهم» read as «السهم»; ``None`` when that word has no article), ``after`` the word after it."""

    finder: Finder = field(repr=False, eq=False)
    start: int
    end: int
    definite: bool
    word: Word
    noun: Word | None
    after: Word | None


@frozen
class LaterQualifierCandidate:
    """A qualifier read after a count's noun (``after``: «100 شخص على الأقل») and the qualifier the count
    has from before its number (``before``: ``exact`` when none, ``vague`` for a vague number): which
    one the count takes?"""

    before: str
    after: str


# -- the numeral table -------------------------------------------------------------------------


def _unit_and_half(c: NumeralCandidate) -> int | None:
    n, f = c.n, c.finder
    if n.kind != "fraction" or n.value != Fraction(1, 2) or n.words != 1 or f.nt[n.start - 1 : n.start] != AND:
        return None
    ws = f.words_before(n.start - 1, 2)
    if not ws or ws[-1].text not in f.lx.units or f.nt[ws[-1].end : n.start - 1].strip():
        return None  # «عام ونصف»: a singular unit, indefinite, right before «ونصف»
    noun = ws[-1]
    if (len(ws) == 2 and f.lx.numbers.lookup(ws[0].text) is not None) or DIGIT_BEFORE.search(f.nt, 0, noun.start):
        return None  # «11 شهر ونصف», «ثلاث سنة ونصف»: the number's own compound
    end = n.end
    again = f.word_at(end)  # «عام ونصف العام»: the unit again, with the article
    if again is not None and again.text.startswith(ARTICLE) and again.text[2:] in f.lx.units:
        end = again.end
    low = f.words_before(noun.start, 3)
    if len(low) == 3 and low[0].text == FROM and low[1].text == noun.text and low[2].text == TO:
        # «من متر إلى متر ونصف» (the weather report's waves): a range from one of the unit to one and a half
        kind: QuantityKind = f.lx.units[noun.text]  # type: ignore[assignment]
        one, half = exact(Fraction(1)), exact(Fraction(3, 2))
        unit = f.unit_text((low[1].start, low[1].end))
        f.emit(low[0].start, end, (low[1].start, end), kind=kind, qualifier="range", low=one, high=half, unit=unit)
        return end
    if low and low[-1].text == TO:
        return None  # «من نصف متر إلى متر ونصف»: the high end of a range whose low end is read on its own
    return f.emit_one(noun, n.start - 1, end, one=exact(Fraction(3, 2)))


def _fraction_before_no_noun(c: NumeralCandidate) -> int | None:
    if c.n.kind != "fraction":
        return None
    f = c.finder
    nxt = f.word_at(c.n.end)
    return c.n.end if nxt is None or nxt.text in f.lx.not_units else None


def _fraction_adjective(c: NumeralCandidate) -> int | None:
    if c.n.kind != "fraction":
        return None
    nxt = c.finder.word_at(c.n.end)
    return c.n.end if nxt is not None and nxt.text in c.finder.lx.fraction_adjectives else None


def _fraction_without_noun(c: NumeralCandidate) -> int | None:
    if c.n.kind != "fraction":
        return None
    return c.n.end if c.finder.tail(c.n.end, c.n).unit is None else None


def _fraction(c: NumeralCandidate) -> int | None:
    if c.n.kind != "fraction":
        return None
    return c.finder.emit_fraction(c.n, c.finder.tail(c.n.end, c.n))


def _fraction_spelt_as_unit(c: NumeralCandidate) -> int | None:
    n, f = c.n, c.finder
    if n.digits or n.words != 1 or n.kind != "cardinal" or c.proclitic:
        return None
    frac = FRACTION_SPELT_AS_UNIT.get(f.nt[n.start : n.end])
    nxt = f.word_at(n.end)
    if frac is None or nxt is None or not nxt.text.startswith(ARTICLE) or nxt.text[2:] in f.lx.units:
        return None  # «خمس السنوات الماضية» is five years
    fn = attrs.evolve(n, value=frac, kind="fraction", construct=True)
    tail = f.tail(n.end, fn)
    return None if tail.unit is None else f.emit_fraction(fn, tail)


def _year_glued_to_its_cue(c: NumeralCandidate) -> int | None:
    f, n = c.finder, c.n
    if not c.glued or not _is_year_digits(f, n):
        return None
    cue = without_proclitic(c.glued, f.lx.cues)
    if f.lx.cues.get(cue, ("",))[0] != "year_cue":
        return None
    year, end, calendar = int(n.value or 0), n.end, "gregorian"
    if (era := f.era_after(end)) is not None:
        calendar, end = era
    elif year < 1600:
        calendar = "hijri"
    f.emit(n.start - len(cue), end, (n.start, n.end), kind="date", year=year, calendar=calendar)
    return end


def _glued_alone(c: NumeralCandidate) -> int | None:
    if not c.glued:
        return None
    f, n = c.finder, c.n
    if c.glued not in f.lx.designators and (n.words > 1 or f.tail(n.end, n).unit is not None):
        return None
    return n.end  # «مونديال1998», «كوفيد19»: a name


def _idiom(c: NumeralCandidate) -> int | None:
    f, n = c.finder, c.n
    follower = f.word_at(n.end)
    if follower is not None and (f.nt[n.start : n.end], follower.text) in f.lx.idioms:
        return follower.end
    return None


def _at_line_start_before_dash(f: Finder, n: Numeral) -> bool:
    """Whether digits ``n`` start a line (or follow «:» or «.») and a dash or bracket follows them."""
    return bool(LIST_MARK_AFTER.match(f.nt, n.end) and LINE_START.search(f.nt, max(0, n.start - 3), n.start))


def _is_year_digits(f: Finder, n: Numeral) -> bool:
    return n.words == 1 and n.end - n.start == 4 and f.nt[n.start : n.end].isdigit() and 1000 <= (n.value or 0) <= 2100


def _list_marker(c: NumeralCandidate) -> int | None:
    f, n = c.finder, c.n
    # a year there starts an entry of a chronology («1948- تأسيس ...»): the year table takes it
    if n.digits and _at_line_start_before_dash(f, n) and not _is_year_digits(f, n):
        return n.end
    return None


def _list_marker_after_heading(c: NumeralCandidate) -> int | None:
    f, n = c.finder, c.n
    if (
        not n.digits
        or n.words != 1
        or (n.value or 0) > 20
        or not HEADING_BEFORE.search(f.nt, max(0, n.start - 3), n.start)
    ):
        return None
    # «(طبيب مقيم) 1-صورة»: a dash glued to the digits and the word after them
    return n.end if (m := GLUED_DASH_WORD.match(f.nt, n.end)) is not None and m.group("w") != "صفر" else None


def _score_with_zero(c: NumeralCandidate) -> int | None:
    n = c.n
    if not (n.digits and n.words == 1) or n.value is None or n.value > 20:
        return None
    f = c.finder
    nt = f.nt
    if (m := ZERO_SCORE_AFTER.match(nt, n.end)) is not None:
        if "-" in m.group("sep") or "/" in m.group("sep"):
            return m.end()  # «2 - صفر» in other words, «1/ صفر»: not the 2nd of Safar
        a, b = f.norm.to_original(m.start("sep"), m.end("sep"))
        return m.end() if "\u0640" in f.norm.original[a:b] else None  # «(2 ــ صفر)»
    if n.start > 0 and nt[n.start - 1] == "-" and (m := ZERO_SCORE_GLUED.match(nt, n.end)) is not None:
        return m.end()  # «بنتيجة -3صفر»
    return None


def _before_slash(c: NumeralCandidate) -> int | None:
    n = c.n
    nt = c.finder.nt
    if not (n.digits and n.words == 1) or n.end - n.start == 4:
        return None  # a year beside a slash («عام 2009 / 2010») is left to the year table
    if SLASH_NUMBER.match(nt, n.end) or SLASH_NUMBER_BEFORE.search(nt, max(0, n.start - 8), n.start):
        return n.end
    return None


def _hours_and_minutes_before_a_zone(f: Finder, n: Numeral) -> bool:
    """Four digits that read as hours and minutes before a time zone («0100 بتوقيت جرينتش»): wire copy."""
    raw = f.nt[n.start : n.end]
    if not (len(raw) == 4 and raw.isdigit() and int(raw[:2]) <= 23 and int(raw[2:]) <= 59):
        return False
    w = f.word_at(n.end)
    return w is not None and f.lx.cues.get(w.text, ("", ""))[1] == "zone"


def _clock_time(c: NumeralCandidate) -> int | None:
    n, f = c.n, c.finder
    if not (n.digits and n.words == 1 and n.value is not None and f.daytime_after(n.end)):
        return None
    if n.value <= 24 or _hours_and_minutes_before_a_zone(f, n):
        return n.end
    return None


@cache
def _first_letters(words: frozenset[str]) -> frozenset[str]:
    """The first letters of ``words``: a cheap gate before the word after the digits is read."""
    return frozenset(w[0] for w in words)


_NUMBER_NOUN = normalize("رقم")
_NUMBER_NOUNS = frozenset((_NUMBER_NOUN, normalize("الرقم")))


def _named_number(f: Finder, n: Numeral, before: list[Word]) -> bool:
    """Whether bare digits ``n`` end the name of a numbered thing: a noun of ``name_heads.txt`` and one
    or two words of its name before them («مخطط الياسمين 11», «مهرجان صيف ينبع 36»), no noun after; or the
    noun right before them and the year of a law after them («القانون 19 لعام 2012»)."""
    nt = f.nt
    if n.words != 1 or _is_year_digits(f, n) or (n.start > 0 and nt[n.start - 1] == "("):
        return False  # a bare number in brackets is a count of the list it is in («منطقة الرياض (763)»)
    heads = f.lx.name_heads
    if before and LAW_YEAR_AT.match(nt, n.end) is not None:
        head = before[-1].text  # «القانون 19 لعام 2012»: the year of the law follows its number, no name between
        return without_proclitic(head, heads) in heads or (head.startswith("لل") and restore_article(head[1:]) in heads)
    for k in (2, 3):
        if len(before) < k:
            return False
        name = before[-k + 1 :]
        if any(w.text in f.lx.not_in_a_name or w.text in heads for w in name):
            return False
        head = before[-k].text
        if without_proclitic(head, heads) in heads or (head.startswith("لل") and restore_article(head[1:]) in heads):
            # «مخطط الياسمين 11», «للطائرة امبراير 300»; the tail is read last, it is the dear test
            return f.tail(n.end, n).unit is None
    return False


def _name_or_model(c: NumeralCandidate) -> int | None:
    f, n = c.finder, c.n
    nt = f.nt
    if not n.digits:
        # «القميص رقم تسعة»: a number word after «رقم» is an identifier too
        prev = f.words_before(n.start, 1)
        return n.end if prev and without_proclitic(prev[-1].text, _NUMBER_NOUNS) in _NUMBER_NOUNS else None
    if n.end < len(nt) and nt[n.end].isascii() and nt[n.end].isalpha():
        return n.end  # «@9abdullah», «4G»: digits glued to a Latin name
    if n.end + 2 < len(nt) and nt[n.end + 1] in _first_letters(f.lx.letter_names):
        after = f.word_at(n.end)
        if after is not None and after.text in f.lx.letter_names:
            return n.end  # «إم 1 إيه 1», «أيه 400 إم»: a Latin letter spelled after the digits
    p = n.start if (m := OPENING_BEFORE_NUMBER.search(nt, max(0, n.start - 3), n.start)) is None else m.start()
    before = f.words_before(p, 3)
    designators = f.lx.designators
    if before and without_proclitic(before[-1].text, f.lx.model_nouns) in f.lx.model_nouns:
        return n.end  # «موديل 99», «القسم 63»: a model or a section
    if before and (
        without_proclitic(before[-1].text, designators) in designators
        or (before[-1].text.startswith("لل") and restore_article(before[-1].text[1:]) in designators)  # «للقرار»
        or before[-1].text.isascii()
    ):
        # «ويندوز 10», «وويندوز 8.1»; the numbers after «و» that follow with no noun name the same
        # series of models («نيكسوس 4 و5 و6 و7»)
        end = n.end
        while (m := AND_NUMBER.match(nt, end)) is not None and f.tail(m.end(1), n).unit is None:
            end = m.end(1)
        return end
    if _named_number(f, n, before):
        return n.end
    return None


def _fixed_number_name(c: NumeralCandidate) -> int | None:
    f, n = c.finder, c.n
    if not (n.digits and n.words == 1):
        return None
    before = f.words_before(n.start, 1)
    if not before or f"{before[-1].text} {f.nt[n.start : n.end]}" not in f.lx.fixed_number_names:
        return None
    return n.end if f.tail(n.end, n).unit is None else None  # «جيه.بي.إكس-نيكي 400 بنسبة 0.5»


_COUNT_OF = normalize("عدد")


def _right_after_a_name_head(c: NumeralCandidate) -> int | None:
    """Bare digits right after a noun of numbered things (``name_heads.txt``: «الطائرات 777», «الرحلة
    111», «مهرجان 36») end its name when no counted noun follows them; not a year, not in brackets, not
    after «عدد» («عدد الطائرات 20» counts them). A noun or «من» after the digits makes them a count with
    the head as the clause's subject («بالمهرجان 1467 سيارة», «على متن الطائرة 239 من الركاب»)."""
    f, n = c.finder, c.n
    nt = f.nt
    if not (n.digits and n.words == 1) or _is_year_digits(f, n) or (n.start > 0 and nt[n.start - 1] == "("):
        return None
    before = f.words_before(n.start, 2)
    if not before:
        return None
    heads = f.lx.name_heads
    head = before[-1].text
    if not (without_proclitic(head, heads) in heads or (head.startswith("لل") and restore_article(head[1:]) in heads)):
        return None
    if len(before) > 1 and without_proclitic(before[0].text, frozenset((_COUNT_OF,))) == _COUNT_OF:
        return None
    after = f.word_at(n.end)
    if after is not None and after.text == FROM:
        return None  # «على متن الطائرة 239 من الركاب»: a partitive counts them
    return n.end if f.tail(n.end, n).unit is None else None


_STATES = normalize("الدول")


def _group_named_by_a_sum(c: NumeralCandidate) -> int | None:
    """Digits, a plus sign and digits after a noun of a group of states name the group («مجموعة 5+1»,
    «مجموعة (5 + 1)», «مجموعة الدول 5 plus 1»); «الدول» may stand between the noun and the sum."""
    f, n = c.finder, c.n
    if not (n.digits and n.words == 1) or (m := PLUS_NUMBER_AT.match(f.nt, n.end)) is None:
        return None
    p = n.start - 1 if n.start > 0 and f.nt[n.start - 1] == "(" else n.start
    before = f.words_before(p, 2)
    if before and before[-1].text == _STATES:
        before = before[:-1]
    heads = f.lx.group_heads
    return m.end() if before and without_proclitic(before[-1].text, heads) in heads else None


def _number_of_a_label(c: NumeralCandidate) -> int | None:
    """Digits that a label noun names: «ص.ب 1006», or «رقم» and the one word of what it numbers
    («رقم الطوارئ 997», «رقم أولوية 7»), unless the counted noun follows the digits («الرقم القياسي
    100 مرة»); «من» after the digits is then a source («997 من عمليات أمن الطرق»), not a partitive."""
    f, n = c.finder, c.n
    nt = f.nt
    if not (n.digits and n.words == 1):
        return None
    if PO_BOX_BEFORE.search(nt, max(0, n.start - 8), n.start):
        return n.end
    if _NUMBER_NOUN not in nt[max(0, n.start - 40) : n.start]:
        return None  # the cheap gate: no «رقم» close before the digits
    opening = LABEL_OPENING.search(nt, max(0, n.start - 4), n.start)
    before = f.words_before(n.start if opening is None else opening.start(), 2)
    if opening is not None and before and without_proclitic(before[-1].text, _NUMBER_NOUNS) in _NUMBER_NOUNS:
        return n.end  # «خصصت الوزارة الرقم ( 990 )»: the designator rule reads one quote, not a bracket and a space
    if len(before) < 2 or without_proclitic(before[-2].text, _NUMBER_NOUNS) not in _NUMBER_NOUNS:
        return None
    label, lx = before[-1].text, f.lx
    if label in lx.not_units or label in lx.preposition_forms or lx.numbers.lookup(label) is not None:
        return None  # «لرفع هذا الرقم إلى 130 مليون طن»: a preposition, the number is the figure
    if _is_nisba(label):
        return None  # «الرقم الإجمالي 4», «الرقم القياسي 100»: an adjective, «الرقم» is the figure
    tail = f.tail(n.end, n)
    if tail.unit is not None and not nt[n.end : tail.unit[0]].strip().startswith(FROM):
        return None
    return n.end


def _number_after_a_name_and_dash(c: NumeralCandidate) -> int | None:
    """One or two digits after a word and a dash, with no counted noun after them, number the thing
    the word names («مفاوضات جنيف - 2», «سالت - 1», «إذاعة أوروبا - 1»), as «إف-16» glued does."""
    f, n = c.finder, c.n
    if not (n.digits and n.words == 1) or n.end - n.start > 2:
        return None
    i = n.start - 1
    while i >= 0 and f.nt[i] in " \t":
        i -= 1
    if i < 0 or f.nt[i] not in "-–":
        return None  # the cheap gate: no dash right before the digits
    m = WORD_AND_DASH_BEFORE.search(f.nt, max(0, n.start - 24), n.start)
    if m is None or f.lx.numbers.lookup(m.group("w")) is not None or m.group("w") in f.lx.numbers.ordinals:
        return None  # «من الخامس - 10»: a number word before the dash may open a range
    if (after := f.word_at(n.end)) is not None and after.text == FROM:
        return None  # «5 من أسيوط - 25 من المنيا»: a count of people from a place, in a list
    return n.end if f.tail(n.end, n).unit is None else None


def _decimal_in_words(c: NumeralCandidate) -> int | None:
    f = c.finder
    n = f.decimal_after(c.n)
    return None if n is None else f.count(attrs.evolve(c, n=n, day_month=None, pair=None))


def _day_of_month(c: NumeralCandidate) -> int | None:
    if c.day_month is None or c.day_month[1] is None:
        return None
    n = c.n
    return c.finder.date(n.start, c.day_month[1], day=int(n.value or 0), day_end=n.end)


def _day_of_this_month(c: NumeralCandidate) -> int | None:
    if c.day_month is None or c.day_month[1] is not None:
        return None
    f, n, w = c.finder, c.n, c.day_month[0]
    if w.text == FROM:
        # «يوم الأحد 9 من الشهر الحالي»: the month said as «الشهر» and a relative word
        month = f.word_at(w.end)
        rel = None if month is None or month.text != THE_MONTH else f.word_at(month.end)
        if rel is None or f.lx.cues.get(rel.text, ("",))[0] != "relative":
            return None
        w = rel
    elif w.text not in f.lx.day_relative:
        return None
    # the masculine relative word agrees with an unsaid «شهر»
    f.emit(n.start, w.end, (n.start, n.end), kind="date", day=int(n.value or 0), relative=f.lx.cues[w.text][1])
    return w.end


def _first_of_two_days(c: NumeralCandidate) -> int | None:
    # «يومي 26 و27 أغسطس الجاري»: two days of one month, the month written once after the second; the
    # first is a date of the second's month, year and relative word (not a range: no «بين» or «من»)
    p, f, n = c.pair, c.finder, c.n
    if p is None or p.joiner != "and" or p.opener_found or (c.day_month is not None and c.day_month[1] is not None):
        return None
    if not (n.digits and p.n2.digits and n.value is not None and p.n2.value is not None):
        return None
    if not (f.nt[n.start : n.end].isdigit() and 1 <= n.value < p.n2.value):
        return None
    second = f.month_after_day(p.n2)
    if second is None or second[1] is None:
        return None
    d = f.read_date(p.n2.start, second[1], day=int(p.n2.value), day_end=p.n2.end)
    mon = d.month
    f.emit(
        n.start,
        n.end,
        (n.start, n.end),
        kind="date",
        day=int(n.value),
        month=mon.month,
        year=d.year,
        calendar=mon.calendar,
        relative=d.relative,
    )
    return n.end


def _range(c: NumeralCandidate) -> int | None:
    if c.pair is None:
        return None
    f = c.finder
    hit = RANGE.first(c.pair, f.trace, f.span(c.n.start, c.pair.n2.end))
    return None if hit is None or hit[1] == GO_ON else hit[1]


def _short_year_in_a_list(c: NumeralCandidate) -> int | None:
    n, f = c.n, c.finder
    if not (n.digits and n.words == 1 and n.end - n.start == 2 and AND in f.nt[n.start - 3 : n.start]):
        return None  # two digits right after «و» (a cheap test before the search)
    if not f.nt[n.start : n.end].isdigit():
        return None
    m = f.lx.year_list.search(f.nt, max(0, n.start - 60), n.start)
    if m is None:
        return None
    first = int(m.group("y"))
    century = first - first % 100
    years = [first] + [int(x) if len(x) == 4 else century + int(x) for x in m.captures("more")]
    year = century + int(f.nt[n.start : n.end])
    if not year > years[-1] or f.tail(n.end, n).unit is not None:
        return None
    f.emit(n.start, n.end, (n.start, n.end), kind="date", year=year, calendar="hijri" if year < 1600 else "gregorian")
    return n.end


def _score(c: NumeralCandidate) -> int | None:
    p = c.pair
    if p is None or p.joiner != "dash":
        return None
    if p.low == 0 or p.high == 0:
        return p.n2.end  # «2 - صفر», «صفر - 3»
    if not (p.n.digits and p.n2.digits) or p.high >= 100:
        return None
    nt = c.finder.nt
    in_brackets = p.n.start > 0 and nt[p.n.start - 1] == "(" and nt[p.n2.end : p.n2.end + 1] == ")"
    return p.n2.end if not p.scaled_low < p.high or (in_brackets and p.high <= 20) else None


def _year(c: NumeralCandidate) -> int | None:
    n = c.n
    if n.value is None or n.value.denominator != 1:
        return None
    raw = c.finder.nt[n.start : n.end]
    if (n.words == 1 and raw.isdigit() and len(raw) == 4) or (not n.digits and 1000 <= n.value <= 2100):
        return c.finder.year(n)
    if n.words == 1 and raw.isdigit() and len(raw) < 4 and c.finder.era_after(n.end) is not None:
        return c.finder.year(n)  # «عام 634م»: an early year, only with its era (the year table)
    if n.words == 1 and raw.isdigit() and len(raw) <= 5 and BEFORE_CHRIST_AT.match(c.finder.nt, n.end) is not None:
        return c.finder.year(n)  # «عام 3100 قبل الميلاد», «399 ق.م.»: a year before Christ (the year table)
    return None


NUMERAL: RuleTable[NumeralCandidate, int] = RuleTable(
    "numeral",
    LAYER,
    (
        Rule(
            "«ونصف» right after a singular unit with no number is one and a half of it («عام ونصف العام»: 1.5"
            " years; «من متر إلى متر ونصف»: a range from one to one and a half)",
            "استشهد طفل فلسطيني عمره عام ونصف العام",
            "took",
            _unit_and_half,
            traps=(
                "خلال ثلاث سنوات ونصف",
                "بعد 11 شهر ونصف",
                "وصل مليون ونصف المليون زائر",
                "بقي نصف وغادر",
                "ارتفاع الموج من نصف متر إلى متر ونصف",
            ),
        ),
        Rule(
            "a fraction before a word that is never its noun is not a quantity",
            "تأهل المنتخب إلى نصف النهائي",
            "refused",
            _fraction_before_no_noun,
            traps=("شارك ثلث السكان في الاقتراع",),
        ),
        Rule(
            "a fraction before a time adjective is part of one adjective («أرباح نصف سنوية», half-yearly)",
            "وافقت على توزيع أرباح نصف سنوية",
            "refused",
            _fraction_adjective,
            traps=("أنفقت ثلث ميزانيتها السنوية", "ارتفعت بنسبة الربع سنويا"),
        ),
        Rule(
            "a fraction with no counted noun is not a quantity",
            "بقي نصف وغادر الباقون",
            "refused",
            _fraction_without_noun,
        ),
        Rule("a fraction with its counted noun", "شارك ثلث السكان في الاقتراع", "took", _fraction),
        Rule(
            "«خمس», «سدس», «سبع», «تسع» or «عشر» before a definite noun is a fraction of it («خمس السكان»)",
            "قال المكتب إن خمس السكان ولدوا لأصول مهاجرة",
            "took",
            _fraction_spelt_as_unit,
            traps=("قتل خمس نساء", "خلال خمس السنوات الماضية", "وصل الخمس الأوائل"),
        ),
        Rule(
            "a year glued to «عام» or «سنة» («عام2005», «عام2019م») is that year",
            "ارتفعت الاستثمارات إلى 5 مليارات جنيه خلال عام2005",
            "took",
            _year_glued_to_its_cue,
            traps=("شارك في مونديال1998 مع منتخب بلاده", "بلغ عام20 شخصا"),
        ),
        Rule(
            "digits glued to a word («مونديال1998», «كوفيد19») are a name unless a scale or a noun follows them",
            "شارك في مونديال1998 مع منتخب بلاده",
            "refused",
            _glued_alone,
            traps=("وقعت الوزارة مع البنك الدولي10 اتفاقيات", "بلغت قيمتها405 ملايين دولار"),
        ),
        Rule(
            "a number and the word after it that make a set phrase («ألف مبروك») are not a quantity",
            "قال له ألف مبروك على النجاح",
            "refused",
            _idiom,
            traps=("تبرع بألف ريال",),
        ),
        Rule(
            "a number before a dash at the start of a line is a list marker",
            "وتشمل الخطة ما يلي:\n4- تكثيف الاستثمارات",
            "refused",
            _list_marker,
            traps=("فاز الفريق 4-2", "أبرز المحطات:\n1948- تأسيس النادي في جدة"),
        ),
        Rule(
            "a small number after a bracketed heading, glued to a dash and a word, is a list marker",
            "وظائف (طبيب مقيم) 1-صورة طبق الأصل من المؤهل",
            "refused",
            _list_marker_after_heading,
            traps=("فاز الفريق (بقيادة مدربه) 4-صفر", "سجلت الشركة (أرامكو) 3 آبار"),
        ),
        Rule(
            "a small number and «صفر» joined by a dash, a tatweel or a slash are a score, not a day of"
            " Safar («(2 ــ صفر)», «1/ صفر», «-3صفر»)",
            "فاز على مانشستر يونايتد (2 ــ صفر) مساء الخميس",
            "refused",
            _score_with_zero,
            traps=("وصل الوفد في 2 صفر 1437هـ", "توفي في 15/ صفر/ 1437هـ"),
        ),
        Rule(
            "a number beside a slash and another number is part of a date, a score or a reference («11/10»)",
            "تغلب باستيا على رين 2 / 1 في المرحلة",
            "refused",
            _before_slash,
            traps=("تغلب باستيا على رين 2 - 1 في المرحلة", "توفي في 28/5/1432هـ", "في عام 2009 / 2010 تراجعت"),
        ),
        Rule(
            "a number up to 24 before a time of day («مساء») or a time zone («بتوقيت جرينتش») is a clock"
            " time, and so are four digits of hours and minutes before a time zone («0100 بتوقيت جرينتش»)",
            "يبدأ الحفل في ٣ مساء اليوم",
            "refused",
            _clock_time,
            traps=(
                "بعد ٣ أيام",
                "سجل 1260 مشاركا بتوقيت قياسي",
                "بلغ السعر 2500 دولار بتوقيت الإغلاق",
                "تعلن الشركة نتائج الربع الثاني 2015 صباح الأحد",
            ),
        ),
        Rule(
            "a number after a designator or a Latin word is part of a name («إف 16»), and so are the bare"
            " numbers after «و» that follow it («نيكسوس 4 و5 و6»), digits before a spelled Latin letter"
            " («إم 1 إيه 1»), a number word after «رقم» and bare digits one or two name words after a noun"
            " of numbered things («مخطط الياسمين 11») or right after one before its year («القانون 19 لعام 2012»)",
            "حلقت طائرات إف 16 فوق المدينة",
            "refused",
            _name_or_model,
            traps=(
                "حلقت 16 طائرة فوق المدينة",
                "بلغت السرعة 4 كم",
                "حلقت الطائرات 12 طائرة",
                "وصل عدد الطائرات إلى 12",
                "هل هي 3 أم 4",
                "أيد قانون الانتخابات 61 نائبا",
            ),
        ),
        Rule(
            "a number that ends a name of one fixed number (fixed_number_names.txt: «جيه.بي.إكس-نيكي 400») is"
            " part of the name, not a count",
            "تقدم المؤشر جيه.بي.إكس-نيكي 400 بنسبة 0.5 بالمئة",
            "refused",
            _fixed_number_name,
            traps=("وصعد نيكي 0.4 بالمئة", "باع نيكي 400 سهم"),
        ),
        Rule(
            "bare digits right after a noun of numbered things (name_heads.txt), no counted noun after them,"
            " end its name («الطائرات 777», «الرحلة 111»), unless «عدد» governs the noun («عدد الطائرات 20»)",
            "أجرت الشركة التعديلات اللازمة على الطائرات 777 التي لا تزال قيد التصنيع",
            "refused",
            _right_after_a_name_head,
            traps=(
                "وفقا لفريق الإحصاء بالمهرجان 1467 سيارة محملة",
                "اشترت الشركة 30 طائرة بوينغ",
                "كان على متن الطائرة 239 من الركاب",
                "وصل عدد الطائرات 20",
                "تقام في المهرجان عام 2015",
            ),
        ),
        Rule(
            "digits, a plus sign and digits after a noun of a group of states name the group («مجموعة 5+1»)",
            "وقعت إيران اتفاقا مع مجموعة (5+1) في فيينا",
            "refused",
            _group_named_by_a_sum,
            traps=("ضمت المجموعة 5 لاعبين و3 مدربين", "سجل الفريق 5 + 1 أهداف"),
        ),
        Rule(
            "digits a label noun names are an identifier: after «ص.ب» (a post-office box) or after «رقم»"
            " and the one word of what it numbers («رقم الطوارئ 997», «رقم أولوية 7»), unless the"
            " counted noun follows them",
            "تلقت الشرطة بلاغا على رقم الطوارئ 997 من عمليات أمن الطرق",
            "refused",
            _number_of_a_label,
            traps=(
                "حطم الرقم القياسي 100 مرة",
                "تهدف لرفع هذا الرقم إلى 130 مليون طن",
                "سجل رقما قياسيا بلغ 50 هدفا",
            ),
        ),
        Rule(
            "a whole number, «فاصلة» and one to three digits or a unit word are a decimal («1 فاصلة 5»)",
            "بلغ معدل النمو 1 فاصلة 5 في المئة",
            "took",
            _decimal_in_words,
            traps=("سجل الفريق 3 أهداف في فاصلة زمنية قصيرة",),
        ),
        Rule(
            "a day number before a month name is a date",
            "وصل الوفد في 25 يوليو",
            "took",
            _day_of_month,
            traps=("قتل 25 شخصا",),
        ),
        Rule(
            "a day number before «الجاري», «المقبل», «الماضي» or «من الشهر الحالي» is a day of that month",
            "تبدأ الدراسة في 25 الجاري",
            "took",
            _day_of_this_month,
            traps=("قتل 9 من الشهداء",),
        ),
        Rule(
            "one or two digits after a word and a spaced dash, no counted noun after them, number what the"
            " word names («مفاوضات جنيف - 2», «معاهدة سالت - 1»)",
            "دعا إلى العودة إلى مفاوضات جنيف - 2 الخاصة بسوريا",
            "refused",
            _number_after_a_name_and_dash,
            traps=(
                "قال الطفل صالح - 10 سنوات - إن العيد جميل",
                "وصل 5 من أسيوط - 25 من المنيا",
                "ارتفع العدد من الخامس - 10 مرات",
            ),
        ),
        Rule(
            "two digits after «و» in a list of years under a plural or dual of «عام» («لأعوام 1910 و16»)"
            " are a later year of the first one's century",
            "تعود الأفلام لأعوام 1910 و16 و 17 و18",
            "took",
            _short_year_in_a_list,
            traps=("في أعوام 1990 و15 شخصا", "عامي 2014 و10 أشهر", "في عام 2010 و15 آخرين"),
        ),
        Rule(
            "a day number, «و» and a second day number before a month name are two days of that month («يومي 26 و27"
            " أغسطس»): the first is a date of the second's month, year and relative word (issue 15, session 26: 4 in"
            " the 2,727 articles of 2015-07-22/07-31, dev12 and dev20 1 each)",
            "تقام المباراتان يومي 26 و27 أغسطس الجاري",
            "took",
            _first_of_two_days,
            traps=("تقام الدورة بين 21 و30 يوليو", "وقع ذلك عام 2014 و15 يوليو", "وصل 26 و27 شخصا", "في 27 و26 أغسطس"),
        ),
        Rule(
            "two numbers joined by «و», «إلى», «أو» or a dash may be a range (the range table decides)",
            "قتل ما بين 10 و20 شخصا",
            "took",
            _range,
            traps=("قتل 10 أشخاص",),
        ),
        Rule(
            "two small numbers joined by a dash that do not rise, or with «صفر», or alone in brackets, are a score",
            "فاز الهلال 3-2 على النصر",
            "refused",
            _score,
            traps=("قتل ما بين 10 و20 شخصا", "بلغ العدد 10-20 شخصا"),
        ),
        Rule(
            "a four-digit number or a number in words from 1000 to 2100, or digits with an era or «ق.م.» after them,"
            " may be a year (the year table decides)",
            "منذ 2011 والبلاد تعاني",
            "took",
            _year,
            traps=("قتل 2011 شخصا",),
        ),
    ),
)
"""The numeral table: what a numeral is before it is read as a count."""


# -- the range table ---------------------------------------------------------------------------


def _marked_each_without_between(c: RangeCandidate) -> int | None:
    if c.marked_each and not c.opener_found and c.joiner != "dash" and not c.duration:
        return GO_ON
    return None


def _and_without_between(c: RangeCandidate) -> int | None:
    if c.joiner == "and" and not c.opener_found:
        return GO_ON
    return None


RANGE_SPREAD = 5
"""How many times its low end a bare range's high end is at most: the bare «X إلى Y» ranges read in
unannotated text spread at most fourfold («4 إلى 16 نقطة»); a change runs further («0.4 إلى 4855»)."""
BY_A_RATE = "بنسبه"
"""«بنسبة», normalised: a bare number after it is a rate, and «إلى» and a number that is no percentage
is what the rate brought the figure to («تراجع بنسبة 9 إلى 7 ملايين»)."""


def _bare_low_end(c: RangeCandidate) -> bool:
    """«عند 98 إلى 106 دولارات»: digits with nothing of their own (no noun, no sign) and «إلى» before a
    number of the same order, the pair rising; not a rate before an amount («بنسبة 9 إلى 7 ملايين»), not
    after «من» a word back («من نحو 5 آلاف إلى 10 آلاف», a change), not from a year."""
    f = c.finder
    if not c.n.digits or f.is_year(c.n) or f.nt[c.n.end : c.n2.start].strip() != TO:
        return False  # «عام 2019 إلى 9604»: a year, then what a figure comes to
    if not c.scaled_low < c.high <= RANGE_SPREAD * c.scaled_low:
        return False
    before = f.words_before(c.n.start, 2)
    if any(w.text == FROM for w in before):
        return False  # «ارتفع العدد من نحو 5 آلاف إلى 10 آلاف»: «من» a word back opens a change
    return not (before and before[-1].text == BY_A_RATE and f.tail(c.n2.end, c.n2).kind != "percent")


def _duration_written_twice(c: RangeCandidate) -> bool:
    """«4 سنوات إلى 5 سنوات»: a unit of time after each number."""
    return c.repeated_unit and c.finder.tail(c.n2.end, c.n2).kind == "duration"


CHANGE_WINDOW = 8
"""How many words before «من» a word of change may stand, its subject between («يرتفع عدد الأطباء
السعوديين بالقطاع الصحي الحكومي بتلك المستشفيات من 10 آلاف إلى 50 ألف طبيب»)."""


def _after_a_change(f: Finder, p: int) -> bool:
    """Whether a word of change (``change_words.tsv``) stands in the clause before ``p`` (where «من»
    starts), no word of size or spread («قدرها», «تتراوح») and no new clause between."""
    for w in reversed(f.words_before(p, CHANGE_WINDOW)):
        for k in range(3):  # up to two proclitic letters («وبزيادة»)
            if k and w.text[k - 1] not in PROCLITIC_LETTERS:
                break
            if w.text[k:] in f.lx.change_stops:
                return False
            if w.text[k:] in f.lx.change_words:
                return True
    return False


def _from_to_after_a_change(c: RangeCandidate) -> int | None:
    f = c.finder
    if c.joiner != "to" or not c.opener_found or c.years:
        return None
    opener = f.words_before(c.n.start, 1)
    if not opener or without_proclitic(opener[-1].text, (FROM,)) != FROM:
        return None  # «بين 3 إلى 5»: a range all the same
    return GO_ON if _after_a_change(f, opener[-1].start) else None


def _from_an_approximation(c: RangeCandidate) -> int | None:
    if c.joiner != "to" or c.opener_found or c.years or not c.from_before_approximate:
        return None
    return None if _duration_written_twice(c) else GO_ON  # «من نحو 4 سنوات إلى 5 سنوات»: the next rule's


def _to_without_from(c: RangeCandidate) -> int | None:
    if c.joiner == "to" and not c.opener_found and not c.years:
        if _duration_written_twice(c):
            return None  # «لمدة 4 سنوات إلى 5 سنوات»: a span of time, not a change
        f = c.finder
        if c.approximate is not None and (scale := f.scale_of(c.n)) is not None and scale == f.scale_of(c.n2):
            return None  # «نحو خمسة آلاف إلى عشرة آلاف شخص»: about five to ten thousand
        if _bare_low_end(c):
            return None  # «بمعدل 80 إلى 150 مرة»: the noun said once, after the high end
        return GO_ON
    return None


def _dash_between_words(c: RangeCandidate) -> int | None:
    if c.joiner == "dash" and not (c.n.digits and c.n2.digits):
        return GO_ON
    return None


def _days_of_month(c: RangeCandidate) -> int | None:
    n, n2, low, high = c.n, c.n2, c.low, c.high
    if not (n.digits and n2.digits and low.denominator == 1 and high.denominator == 1 and 1 <= low < high <= 31):
        return None
    f = c.finder
    w = f.word_at(n2.end)
    mon = f.month_hit(w.start) if w is not None else None
    if mon is None:
        return None
    return f.date(c.start, mon, day=None, day_end=n2.end, days=(int(low), int(high)), num_start=n.start)


def _days_of_numeric_month(c: RangeCandidate) -> int | None:
    n, n2, low, high = c.n, c.n2, c.low, c.high
    if c.joiner not in ("dash", "to") or not (n.digits and n2.digits):
        return None
    if low.denominator != 1 or high.denominator != 1:
        return None
    f = c.finder
    m = MONTH_YEAR_AT.match(f.nt, n2.end)
    if m is None or not 1 <= low < high <= 31 or not 1 <= int(m.group("m")) <= 12:
        return None
    year, end = int(m.group("y")), m.end()
    calendar = "hijri" if year < 1600 else "gregorian"
    if (era := f.era_after(end)) is not None:
        calendar, end = era
    f.emit(
        c.start,
        end,
        (n.start, n2.end),
        kind="date",
        qualifier="range",
        low=int(low),
        high=int(high),
        month=int(m.group("m")),
        year=year,
        calendar=calendar,
    )
    return end


def _years_with_era(c: RangeCandidate) -> int | None:
    n, n2, f = c.n, c.n2, c.finder
    if c.joiner != "dash" or not (_is_year_digits(f, n) and _is_year_digits(f, n2)) or not c.low < c.high:
        return None
    era = f.era_after(n2.end)
    if era is None:
        return None
    calendar, end = era
    f.emit(
        c.start,
        end,
        (n.start, n2.end),
        kind="date",
        qualifier="range",
        low=int(c.low),
        high=int(c.high),
        calendar=calendar,
    )
    return end


HIJRI_YEARS = range(1300, 1600)
"""Four-digit numbers read as Hijri years when a span of two says they are years and no era says which
calendar (1300 AH is 1882 CE; a Gregorian year below 1600 is never in the news as a bare span)."""


def _hijri_years_with_dash(c: RangeCandidate) -> int | None:
    n, n2, f = c.n, c.n2, c.finder
    if c.joiner != "dash" or not (_is_year_digits(f, n) and _is_year_digits(f, n2)):
        return None
    if int(c.low) not in HIJRI_YEARS or c.high != c.low + 1 or f.tail(n2.end, n2).unit is not None:
        return None
    f.emit(
        c.start,
        n2.end,
        (n.start, n2.end),
        kind="date",
        qualifier="range",
        low=int(c.low),
        high=int(c.high),
        calendar="hijri",
    )
    return n2.end


def _years(c: RangeCandidate) -> int | None:
    if not (c.years and c.low < c.high):
        return None
    f = c.finder
    f.emit(
        c.start,
        c.n2.end,
        (c.n.start, c.n2.end),
        kind="date",
        qualifier="range",
        low=int(c.low),
        high=int(c.high),
        calendar="gregorian",
    )
    return c.n2.end


def _years_before_christ(c: RangeCandidate) -> int | None:
    if c.before_christ is None or c.joiner == "dash" or not c.opener_found or not c.low > c.high:
        return None  # years before Christ count down: the earlier one, the larger, comes first
    if not (c.n.digits and c.n2.digits and c.low.denominator == 1 and c.high.denominator == 1):
        return None
    c.finder.emit(
        c.start,
        c.before_christ,
        (c.n.start, c.n2.end),
        kind="date",
        qualifier="range",
        low=-int(c.low),
        high=-int(c.high),
        calendar="gregorian",
    )
    return c.before_christ


def _score_in_brackets(c: RangeCandidate) -> int | None:
    f, n, n2 = c.finder, c.n, c.n2
    if c.joiner != "dash" or not (n.digits and n2.digits) or c.high > 20 or c.opener_found:
        return None
    nt = f.nt
    if n.start > 0 and nt[n.start - 1] == "(" and nt[n2.end : n2.end + 1] == ")":
        return GO_ON if f.tail(n2.end + 1, n2).unit is None else None
    return None


def _clock_times(c: RangeCandidate) -> int | None:
    if not (c.n.digits and c.n2.digits) or c.high > 24 or not c.finder.daytime_after(c.n2.end):
        return None
    return c.n2.end


def _not_rising(c: RangeCandidate) -> int | None:
    return GO_ON if not c.scaled_low < c.high else None


def _falling_range_after_between(c: RangeCandidate) -> int | None:
    f = c.finder
    if c.joiner == "dash" or not c.opener_found or c.scaled_low < c.high or c.years:
        return None  # «و» or «إلى» after «بين»; «من» with «و» is no opener, so no change is read here
    if PERCENT_SIGN.match(f.nt, c.n.end) is None or PERCENT_SIGN.match(f.nt, c.n2.end) is None:
        # not a percentage after each: «بين» itself, bare digits, and the unit written once after the second
        opener = f.nt[c.start : c.n.start].split()
        if not opener or not opener[-1].endswith(BETWEEN) or not (c.n.digits and c.n2.digits):
            return None  # «انخفضت من 20 إلى 10 أيام» is a change; «بين», «ما بين» and «مابين» open a range
        if f.tail(c.n.end, c.n).kind != "count" or f.tail(c.n2.end, c.n2).unit is None:
            return None
    return f.emit_range(attrs.evolve(c, low=c.high, high=c.low, scaled_low=c.high))


def _a_range(c: RangeCandidate) -> int | None:
    return c.finder.emit_range(c)


def _or_without_noun_once(c: RangeCandidate) -> int | None:
    # «عام 1933 أو 1934», «بين 12 أو 10»: years, falling numbers or no noun after the second are not one range
    if c.joiner != "or":
        return None
    f = c.finder
    tail = f.tail(c.n2.end, c.n2)
    if c.years or f.is_year(c.n) or f.is_year(c.n2) or not c.scaled_low < c.high:
        return GO_ON
    return GO_ON if tail.unit is None or tail.kind == "date" else None


_COMPARED_WITH = frozenset({"عن", "علي"})
"""«عن», «على» (normalised) before a number: what a verb of more or less compares it with («لا يقل ... عن»)."""


def _bound_before_alternatives(c: RangeCandidate) -> int | None:
    if c.joiner != "or":
        return None
    f = c.finder
    before = f.words_before(c.n.start, 1)
    if before and before[-1].text in _COMPARED_WITH:
        return GO_ON  # «لا يقل عدد الصفوف عن خمسة أو ستة صفوف»
    bound = f.phrase_before(c.n.start, f.lx.qual_before, f.lx.qual_last_words)
    return GO_ON if bound is not None and bound[0] not in ("exact", "approximate") else None


def _alternatives(c: RangeCandidate) -> int | None:
    return c.finder.emit_range(c) if c.joiner == "or" else None


RANGE: RuleTable[RangeCandidate, int] = RuleTable(
    "range",
    LAYER,
    (
        Rule(
            "«أو» joins no range of alternatives from years, to a smaller number or to a number with no noun"
            " after it («عام 1933 أو 1934» are two years)",
            "تم تصوير المقطع خلال عام 1933 أو 1934 في قلعة",
            "refused",
            _or_without_noun_once,
            traps=("بلوغ الأطفال عند 11 أو 12 عاما", "يظهر في عمر نحو 6 أو 7 سنوات"),
        ),
        Rule(
            "a bound before «N أو M» («أكثر من», «لا يقل ... عن») keeps the first number its own, no range",
            "ولا يقل عدد الصفوف عن خمسة أو ستة صفوف حسب حجم المسجد",
            "refused",
            _bound_before_alternatives,
            traps=("يظهر في عمر نحو 6 أو 7 سنوات", "بلوغ الأطفال عند 11 أو 12 عاما"),
        ),
        Rule(
            "a bare number, «أو» and a larger one with the noun written once after it are one range of"
            " alternatives («11 أو 12 عاما», «تسع أو عشر مباريات»; an approximation before the first opens it)",
            "تشير إلى بلوغ الأطفال عند 11 أو 12 عاما",
            "took",
            _alternatives,
            traps=("قتل ما بين 10 و20 شخصا", "ارتفع 81 سنتا أو 1.7 بالمئة"),
        ),
        Rule(
            "a percent sign or the same unit after each of two numbers joined by «إلى» or «و» makes a range only"
            " after «بين» («ما بين 3% إلى 5%»), unless the unit is one of time («لمدة 4 سنوات إلى 5 سنوات»):"
            " «ارتفع من 4% إلى 5%» is a change",
            "ارتفعت النسبة من 4% إلى 5%",
            "refused",
            _marked_each_without_between,
            traps=("تراوحت النسبة ما بين 3% إلى 5%", "يسجن لمدة 4 سنوات إلى 5 سنوات", "بلغت النسبة 3%-5%"),
        ),
        Rule(
            "a range of day numbers (a dash or «إلى») before «/ month / year» or «- month - year» is a span"
            " of days («26 - 29 / 10 / 1436هـ», «من 8 إلى 10 -11 -1436»)",
            "خلال الفترة من 26 - 29 / 10 / 1436هـ",
            "took",
            _days_of_numeric_month,
            traps=(
                "بلغ العدد 26 - 29 شخصا",
                "فاز 3 - 2 / 1 في المباراة",
                "ارتفع العدد من 8 إلى 10 - 11 شخصا",
            ),
        ),
        Rule(
            "«و» joins a range only after «بين» («عامي 2013 و2014» are two years)",
            "بلغ عدد القتلى 5 و3 من الجرحى",
            "refused",
            _and_without_between,
            traps=("قتل ما بين 10 و20 شخصا", "ارتفع الإنتاج بين عامي 2001 و2007"),
        ),
        Rule(
            "«من» and an approximation before «X إلى Y» («ارتفع العدد من نحو 5 آلاف إلى 10 آلاف») open a change,"
            " not a range: the approximation hedges the first figure only",
            "ارتفع العدد من نحو 5 آلاف إلى 10 آلاف",
            "refused",
            _from_an_approximation,
            traps=("نتحدث عن نحو خمسة آلاف إلى عشرة آلاف شخص", "يسجن من نحو 4 سنوات إلى 5 سنوات"),
        ),
        Rule(
            "«إلى» without «من» or «بين» is a change, not a range, unless a duration is written twice, an"
            " approximation opens two numbers of one scale («نحو خمسة آلاف إلى عشرة آلاف شخص») or bare digits"
            " rise to a number of the same order that carries the noun («عند 98 إلى 106 دولارات»)",
            "تراجع الإنتاج بنسبة 9.3 إلى 7 تريليونات",
            "refused",
            _to_without_from,
            traps=(
                "من 100 إلى 150 شخصا",
                "يسجن لمدة 4 سنوات إلى 5 سنوات",
                "نتحدث عن نحو خمسة آلاف إلى عشرة آلاف شخص",
                "تحتاج أسعار النفط عند 98 إلى 106 دولارات للبرميل",
                "يقع على بعد 25 إلى 35 ميلا من الساحل",
            ),
        ),
        Rule(
            "a dash joins a range only between digits",
            "بلغ العدد عشرة - 20 شخصا",
            "refused",
            _dash_between_words,
            traps=("بلغ العدد 10-20 شخصا",),
        ),
        Rule(
            "a range of day numbers before a month name is a span of days",
            "تقام الدورة من 21 إلى 30 يوليو الجاري",
            "took",
            _days_of_month,
            traps=("من 21 إلى 30 شخصا",),
        ),
        Rule(
            "two four-digit numbers joined by a dash and followed by an era («هـ», «م») are a span of years"
            " of that calendar («1436 - 1437 هـ»)",
            "خلال العام التدريبي الجديد 1436 - 1437 هـ، بهدف",
            "took",
            _years_with_era,
            traps=("بلغ العدد 1436 - 1437 شخصا", "الفترة 1436 - 1437"),
        ),
        Rule(
            "a Hijri year, a dash and the next year with no era («العام المالي 1436-1437») are a span of Hijri years",
            "ارتفعت الإيرادات في ميزانية العام المالي الحالي 1436-1437.",
            "took",
            _hijri_years_with_dash,
            traps=("بلغ العدد 1436 - 1437 شخصا", "أنفقت الوزارة بين 1436 - 1440 مليونا"),
        ),
        Rule(
            "two years after «بين» joined by «و» or «إلى», «ق.م.» or «قبل الميلاد» after the second, the"
            " first the larger, are a span of years before Christ («بين سنتي 11000 ق.م. و3599 ق.م.»)",
            "حكم الملك مصر بين عامي 1971 و1928 قبل الميلاد",
            "took",
            _years_before_christ,
            traps=("حكم الملك مصر بين عامي 1928 و1971 للميلاد", "عاش بين 30 و50 ق.م. تقريبا في الشمال"),
        ),
        Rule(
            "a rising range of two years is a span of years",
            "ارتفع الإنتاج بين عامي 2001 و2007",
            "took",
            _years,
        ),
        Rule(
            "two hours joined before a time of day («من 5 إلى 9 مساء») are clock times, not a range",
            "تقام ورش العمل من 5 إلى 9 مساء",
            "refused",
            _clock_times,
            traps=("تستمر الورش من 5 إلى 9 أيام", "يعمل من 5 إلى 9 ساعات مساء"),
        ),
        Rule(
            "two small numbers joined by a dash alone in brackets are a score («(1-3)»), not a range",
            "خسر أمام برشلونة (1-3) في الموسم الماضي",
            "refused",
            _score_in_brackets,
            traps=("بلغ العدد (10-20) شخصا",),
        ),
        Rule(
            "«بين» or «ما بين», a number, «إلى» or «و» and a smaller one are a range all the same, a"
            " percentage after each («ما بين 0.18% و 0.04% على التوالي»: the figures listed in the order of"
            " their names) or bare digits and the unit written once after the second («بين 800 إلى 160 ريالا»)",
            "تراوحت الارتفاعات ما بين 9.96% إلى 0.46%",
            "took",
            _falling_range_after_between,
            traps=(
                "ارتفعت من 9% إلى 5%",
                "ارتفعت 9% و5%",
                "انخفضت مدة الانتظار من 20 إلى 10 أيام",
                "قتل 12 شخصا بينهم 5 و3 أطفال",
                "ارتفع الإنتاج بين عامي 2014 و2010",
            ),
        ),
        Rule(
            "two numbers that do not rise are not a range",
            "انخفضت مدة الانتظار من 20 إلى 10 أيام",
            "refused",
            _not_rising,
            traps=("تراوحت أعمارهم بين 10 و20 سنة",),
        ),
        Rule(
            "«من X إلى Y» after a verb or verbal noun of change in its clause (change_words.tsv: «ارتفع»,"
            " «زيادة», «خفض»), its subject between, is a change from one value to another, two quantities"
            " («رفعت الحكومة نسبته من خمسة إلى عشرين بالمئة»); not with a word of size or spread between"
            " («بزيادة قدرها من 15 إلى 25%»)",
            "رفعت الحكومة المركزية نسبته من خمسة إلى عشرين بالمئة",
            "refused",
            _from_to_after_a_change,
            traps=(
                "تقام الدورة من 21 إلى 30 يوليو الجاري",
                "يرفع نسبة المبيعات بزيادة قدرها من 15 إلى 25%",
                "ارتفع عدد المشاركين الذين تتراوح أعمارهم من 20 إلى 30 عاما",
                "يسجن من 3 إلى 5 سنوات",
                "ارتفع الإنتاج بين 3 إلى 5 ملايين برميل",
            ),
        ),
        Rule("a range with its noun", "قتل ما بين 10 و20 شخصا", "took", _a_range),
    ),
)
"""The range table: two joined numbers («بين 10 و20», «من 100 إلى 150», «10-20»)."""


# -- the year table ----------------------------------------------------------------------------


def _year_before_christ(c: YearCandidate) -> int | None:
    f, n = c.finder, c.n
    if not n.digits or c.has_era or (bc := BEFORE_CHRIST_AT.match(f.nt, n.end)) is None:
        return None
    start = c.cue.start if c.cue is not None and c.cue_role == "year_cue" else n.start
    f.emit(start, bc.end(), (n.start, n.end), kind="date", year=-c.year, calendar="gregorian")
    return bc.end()


def _early_year(c: YearCandidate) -> int | None:
    if c.year >= 1000 or not c.has_era or c.cue_role != "year_cue" or c.cue is None:
        return None
    return c.finder.emit_year(c, c.cue.start)


def _out_of_years(c: YearCandidate) -> int | None:
    return GO_ON if not 1000 <= c.year <= 2100 else None


def _side_of_a_dimension(c: YearCandidate) -> int | None:
    nt, n = c.finder.nt, c.n
    if not n.digits:
        return None
    if TIMES_NUMBER.match(nt, n.end) or TIMES_NUMBER_BEFORE.search(nt, max(0, n.start - 12), n.start):
        return GO_ON
    if c.cue_role != "year_cue" and _measure_by(c.finder, n):
        return GO_ON  # «1920 في 1080 بيكسل»: the first side, with its unit after the second
    return None


def _year_of_a_period(c: YearCandidate) -> int | None:
    f, n = c.finder, c.n
    if not n.digits or c.has_era or not 1900 <= c.year <= 2100:
        return None
    if PERIOD_RANK_BEFORE.search(f.nt, max(0, n.start - 30), n.start) is None:
        return None
    return f.emit_year(c, n.start)


def _after_year_cue(c: YearCandidate) -> int | None:
    if c.cue_role != "year_cue" or c.cue is None:
        return None
    return c.finder.emit_year(c, c.cue.start)


def _year_after_a_year(c: YearCandidate) -> int | None:
    f = c.finder
    if not f.out or f.out[-1].kind != "date" or f.out[-1].year is None or not c.n.digits:
        return None
    if not AND_ONLY.fullmatch(f.nt, f.floor, c.n.start) or f.tail(c.n.end, c.n).unit is not None:
        return None
    return f.emit_year(c, c.n.start)


def _year_in_words(c: YearCandidate) -> int | None:
    return GO_ON if not c.n.digits else None


def _year_in_brackets(c: YearCandidate) -> int | None:
    f, n = c.finder, c.n
    if n.start > 0 and f.nt[n.start - 1] == "(" and f.nt[n.end : n.end + 1] == ")" and 1900 <= c.year <= 2100:
        return f.emit_year(c, n.start, n.end)
    return None


def _year_with_era(c: YearCandidate) -> int | None:
    return c.finder.emit_year(c, c.n.start) if c.has_era else None


def _year_pair_with_era(c: YearCandidate) -> int | None:
    f, n = c.finder, c.n
    if not n.digits or c.has_era or (nxt := NEXT_YEAR.match(f.nt, n.end)) is None or int(nxt.group("y")) != c.year + 1:
        return None
    if f.era_after(nxt.end()) is None:
        return None
    return f.emit_year(c, n.start)


def _hijri_year_pair(c: YearCandidate) -> int | None:
    f, n = c.finder, c.n
    if not n.digits or c.has_era or c.year not in HIJRI_YEARS:
        return None
    if (nxt := NEXT_YEAR.match(f.nt, n.end)) is None or int(nxt.group("y")) != c.year + 1:
        return None
    return f.emit_year(c, n.start)


def _chronology_entry(c: YearCandidate) -> int | None:
    f, n = c.finder, c.n
    if n.digits and _is_year_digits(f, n) and _at_line_start_before_dash(f, n):
        return f.emit_year(c, n.start)
    return None


def _year_of_an_event(c: YearCandidate) -> int | None:
    f, n = c.finder, c.n
    if not _is_year_digits(f, n):
        return None
    before = f.words_before(n.start, 2)
    names = [w.text for w in before[-1:]] + ([" ".join(w.text for w in before)] if len(before) == 2 else [])
    names += [without_proclitic(x, f.lx.events) for x in names]
    return n.end if any(x in f.lx.events for x in names) else None


EVENT_NAME_WORDS = 4
"""How many words a name may hold between its event noun and its year («معرض «صنع في عسير ٢٠١٥ م»»)."""


def _year_ending_an_event_name(c: YearCandidate) -> int | None:
    f, n = c.finder, c.n
    if c.cue_role or not _is_year_digits(f, n):
        return None  # «منذ عام 1979», «في 2015»: a cue before the year makes it a date
    season = (m := SLASH.match(f.nt, n.end)) is not None and f.nt[m.end() : m.end() + 1].isdigit()
    if season and f.nt[n.start - 1 : n.start] != "(":
        return None  # «دوري محلي موسم 2009 / 2010», «لموسم 2015/2016م»: a season, a span of years
    # the event noun nearest the year with a word of name after it («كأس الملك 89م - نهائي البطولة العربية
    # 2001م», «بطولة دوري 2015م») heads the name
    found = f.lx.event_before.finditer(f.nt, max(f.floor, n.start - 80), n.start, overlapped=True)
    words = [k for m in found if (k := len(m.group("name").split())) > 0]
    if not words or words[-1] > EVENT_NAME_WORDS:
        return None
    end = c.end
    while (m := AND_YEAR.match(f.nt, end)) is not None:
        end = m.end()  # «كأس الأمم الإفريقية 2010 و2012 و2013»: the later editions of the name
    return end


def _first_of_a_list_of_years(c: YearCandidate) -> int | None:
    f, n = c.finder, c.n
    if not n.digits or not _is_year_digits(f, n) or not 1900 <= c.year <= 2100 or f.tail(n.end, n).unit is not None:
        return None
    year, p, members = c.year, n.end, 1
    while (m := AND_YEAR.match(f.nt, p)) is not None:
        y = int(m.group("y"))
        if not year < y <= 2100:
            return None  # «2000 و1500»: not a list of years in order
        year, p, members = y, m.end(), members + 1
    if members == 1 or (m2 := f.lx.num_at.match(f.nt, m_start := p - 4)) is None or m2.start("num") != m_start:
        return None
    last = f.numeral_at(m2.start("num"), m2.end("num"))
    if last is None or f.tail(last.end, last).unit is not None:
        return None  # «1950 و2000 دولار»: numbers sharing the noun after the last
    return f.emit_year(c, n.start)


def _year_of_noun(c: YearCandidate) -> int | None:
    f, n = c.finder, c.n
    if c.cue is None or c.cue_role or not (_is_year_digits(f, n) and 1900 <= c.year <= 2100):
        return None
    if f.symbol_before(n.start):
        return None
    after = f.word_at(n.end)
    if after is not None and after.text.startswith(OTHERS):
        return None  # «وأصيب 1936 آخرون»: a count of people, the others
    tail = f.tail(n.end, n)
    if tail.unit is not None or tail.kind != "count" or tail.end != n.end:
        return None
    return f.emit_year(c, n.start)


def _no_year_cue(c: YearCandidate) -> int | None:
    if c.cue is None or c.cue_role not in ("year_prep", "part") or not 1900 <= c.year <= 2100:
        return GO_ON
    return None


def _measured(c: YearCandidate) -> int | None:
    if c.tail is not None and (c.tail.kind != "count" or c.finder.symbol_before(c.n.start)):
        return GO_ON
    return None


def _from_with_noun(c: YearCandidate) -> int | None:
    if c.cue is not None and c.cue.text == FROM and c.tail is not None and c.tail.unit is not None:
        return GO_ON
    return None


def _after_preposition(c: YearCandidate) -> int | None:
    return c.finder.emit_year(c, c.n.start)


YEAR: RuleTable[YearCandidate, int] = RuleTable(
    "year",
    LAYER,
    (
        Rule(
            "a number in digits with «ق.م.» or «قبل الميلاد» right after it is a year before Christ, a negative"
            " year, its era in its span («عام 3100 قبل الميلاد», «399 ق.م.»)",
            "بنيت المدينة في عام 3100 قبل الميلاد",
            "took",
            _year_before_christ,
            traps=("حكم الملك 30 عاما قبل الميلاد", "عاش قبل 2000 عام قبل الميلاد"),
        ),
        Rule(
            "a number below 1000 with its era after «عام» or «سنة» is an early year («عام 634م», «سنة 40 هـ»)",
            "توفي الخليفة عام 634م",
            "took",
            _early_year,
            traps=("يبلغ ارتفاع البرج 140م", "مضى 634 عاما"),
        ),
        Rule(
            "a number outside 1000-2100 is not a year",
            "بلغ عدد الزوار 3500 زائر",
            "refused",
            _out_of_years,
            traps=("منذ 2011 والبلاد تعاني",),
        ),
        Rule(
            "a number on either side of «×» is a side of a dimension or a resolution, not a year («1920 × 1080 بكسل»),"
            " and so is one before «في» and a measure («1920 في 1080 بيكسل»)",
            "تعمل الشاشة بدقة 1920 × 1080 بكسل",
            "refused",
            _side_of_a_dimension,
            traps=("تأسس النادي عام 1920 في جدة", "بين عامي 1920 و1930", "أنشئ الجسر عام 1920 في 300 متر"),
        ),
        Rule(
            "a four-digit number right after a quarter or a half of the year and its rank is the year of that"
            " period («الربع الثاني 2015», «النصف الأول 2015 معدلة»)",
            "تراجعت موجودات الشركة خلال الربع الثاني 2015 بنسبة 2%",
            "took",
            _year_of_a_period,
            traps=("باع خلال الربع الثاني 1500 سيارة", "بلغت أرباح الربع الأول 2.5 مليار ريال"),
        ),
        Rule("a number after «عام» or «سنة» is a year", "وقع الحادث في عام 2014", "took", _after_year_cue),
        Rule(
            "a four-digit number after «و» right after a year is a year too («عامي 2013 و2014»)",
            "كانا الاستثناء عامي 2013 و2014",
            "took",
            _year_after_a_year,
            traps=("في عام 2013 قتل 2014 شخصا", "في عام 2013 و2014 شخصا"),
        ),
        Rule(
            "a number in words is a year only after «عام»",
            "تم توظيف ألف ومائتي شخص",
            "refused",
            _year_in_words,
            traps=("في عام ألفين وخمسة عشر",),
        ),
        Rule("a year in brackets", "صدر كتابه «أطلسيات» (2012)", "took", _year_in_brackets),
        Rule(
            "a year a few words after an event noun (event_nouns.txt; the nearest), with no cue before it,"
            ' ends the event\'s name («معرض "ألوان السعودية" 2015», «مهرجان أبها يجمعنا 1436هـ», «اولمبياد لندن'
            " 2012»), and so do the years after «و» that follow it («كأس الأمم الإفريقية 2010 و2012»); not a"
            " season («موسم 2009 / 2010»)",
            'تستضيف المحافظة معرض "ألوان السعودية" 2015، الذي تشرف عليه الهيئة',
            "refused",
            _year_ending_an_event_name,
            traps=(
                "تنظم المهرجان منذ عام 1979",
                "أقيم المعرض في 2015",
                "افتتح المعرض، وفي 2015 زاره",
                "ثالث دولة تنظم دوري محلي لهذه اللعبة موسم 2009 / 2010 لعدد 13 ناديا",
            ),
        ),
        Rule("a year with its era («1432 هـ»)", "ولد الشاعر في 1350 هـ", "took", _year_with_era),
        Rule(
            "a year, a slash and the next year with its era («1436 /1437هـ») are a span of years",
            "للموسم الزراعي الحالي 1436 /1437هـ",
            "took",
            _year_pair_with_era,
            traps=("تغلب باستيا على رين 2014 / 2015 مرة",),
        ),
        Rule(
            "a Hijri year, a slash and the next year with no era («العام الدراسي 1436 / 1437») are a span of"
            " Hijri years",
            "يبدأ العام الدراسي 1436 / 1437 بعد أسبوعين",
            "took",
            _hijri_year_pair,
            traps=("تغلب باستيا على رين 2014 / 2015 مرة", "بلغ عدد الحالات 1436 / 1440 حالة"),
        ),
        Rule(
            "a four-digit year at the start of a line before a dash starts an entry of a chronology",
            "أبرز المحطات:\n1948- تأسيس النادي في جدة",
            "took",
            _chronology_entry,
            traps=("وتشمل الخطة ما يلي:\n4- تكثيف الاستثمارات", "أبرز المحطات:\n3500- زائر"),
        ),
        Rule(
            "a year after the name of an event («كأس العالم 2018», «اولمبياد 2008») is part of the name",
            "شارك العداء في اولمبياد 2008 في بكين",
            "refused",
            _year_of_an_event,
            traps=("أقيمت البطولة في عام 2018", "فاز بكأس العالم في 2010"),
        ),
        Rule(
            "a four-digit number from 1900 to 2100 that opens a rising list of such numbers joined by «و», with no"
            " counted noun after the last, is a year, the first of a list of years («5 مرات (2000 و2001 و2009)»)",
            "توج باللقب خمس مرات (2000 و2001 و2009) مع فريقه",
            "took",
            _first_of_a_list_of_years,
            traps=("تبرع بمبلغ 1950 و2000 دولار", "وصل 2000 و1500 زائر", "استقبل المستشفى 2010 مراجعين"),
        ),
        Rule(
            "a four-digit number from 1900 to 2100 after a noun, with no counted noun or sign of its own, is a year",
            "نفذوا اعتداءات 2008 التي استهدفت المدينة",
            "took",
            _year_of_noun,
            traps=("استقبل المستشفى 2010 مراجعين", "وأصيب 1936 آخرون", "تصل المكافأة حتى 2000 دولار"),
        ),
        Rule(
            "a bare four-digit number is a year only after a preposition or a part of the year",
            "استقبل المستشفى 2010 مراجعين",
            "refused",
            _no_year_cue,
            traps=("منذ 2011 والبلاد تعاني", "نفذوا اعتداءات 2008 التي استهدفت المدينة"),
        ),
        Rule(
            "a number before a currency or a percentage, or after a currency sign, is not a year",
            "تصل المكافأة حتى 2000 دولار",
            "refused",
            _measured,
        ),
        Rule(
            "«من» before a number and its noun makes a count, not a year («من 2016 سيارة»)",
            "تم بيع أكثر من 2016 سيارة",
            "refused",
            _from_with_noun,
            traps=("يعمل في الشركة منذ 2011",),
        ),
        Rule(
            "a number after «منذ», «في», «خلال» or a part of the year («نهاية 2014») is a year",
            "منذ 2011 والبلاد تعاني",
            "took",
            _after_preposition,
        ),
    ),
)
"""The year table: whether a four-digit number (or one in words) is a year."""


# -- the count table ---------------------------------------------------------------------------


SEVERAL = normalize("عدة")
"""«عدة» (several), as the normalised text has it."""


def _present_in_t(t: str) -> bool:
    """Whether the normalised word ``t`` has the shape of a present verb in «ت» (:data:`PRESENT_IN_T`)."""
    return PRESENT_IN_T.fullmatch(t) is not None and not t.endswith(NOT_PRESENT_IN_T)


def _no_noun_of_several(f: Finder, w: Word | None) -> bool:
    """Whether ``w``, after «عدة», cannot be the plural «عدة» counts: a singular in «ة» («مطروحة»,
    «بمحافظة», «مباشرة»; not a plural أفعلة, «أسئلة»), a word with a pronoun («أبرزها»), a past
    verb in «ت» («اتخذت»), a present verb in «ي» («يصعب») or in «ت» («فئات عدة تبدأ»: :func:`_present_in_t`),
    a frequent word never seen with the article («أشياء عدة تسيل», «جوائز عدة لجميع»: ``never_definite``)
    or a word that never is a counted noun."""
    if w is None:
        return True
    t = w.text
    return (
        (f.feminine_singular(w) and AFILA_PLURAL.fullmatch(t) is None)  # «عدة أسئلة» is a plural
        or t.endswith(PRONOUN_ENDINGS)
        or (t.endswith("ت") and not t.endswith(("ات", "وت")))
        or t.startswith("ي")
        or _present_in_t(t)
        or t in f.lx.never_definite
        or t in f.lx.not_units
    )


def _several_after_noun(c: CountCandidate) -> int | None:
    n, f = c.n, c.finder
    if n.kind != "vague" or n.magnitude != 1 or c.qualified or c.proclitic:
        return None
    if f.nt[n.start : n.end] != SEVERAL:
        return None
    if c.tail.unit is not None and not _no_noun_of_several(f, f.word_at(n.end)):
        return None  # «عدة مرات»: the plural after it is its noun
    noun = f.noun_before_several(n)
    return None if noun is None else f.emit_several_after(noun, n)


def _several_without_noun(c: CountCandidate) -> int | None:
    n = c.n
    return n.end if n.kind == "vague" and n.magnitude == 1 and c.tail.unit is None else None


def _telephone(c: CountCandidate) -> int | None:
    n = c.n
    return c.tail.end if n.digits and PHONE.fullmatch(c.finder.nt, n.start, n.end) else None


def _code(c: CountCandidate) -> int | None:
    n = c.n
    if n.digits and c.bare and c.symbol is None and CODE.fullmatch(c.finder.nt, n.start, n.end):
        return n.end
    return None


@cache
def _service_numbers() -> frozenset[int]:
    """The short telephone numbers of public services (``service_numbers.txt``)."""
    return frozenset(int(w) for w in read_lines("quantities/service_numbers.txt"))


def _service_number(c: CountCandidate) -> int | None:
    # «عمليات الهيئة بالمنطقة (٩٩٧) تلقت»: a service's number in brackets with nothing counted after it
    n, nt = c.n, c.finder.nt
    if not (n.digits and c.bare and c.symbol is None and n.value is not None and n.value.denominator == 1):
        return None
    if int(n.value) not in _service_numbers():
        return None
    a, b = c.number
    if not (nt[:a].rstrip().endswith("(") and nt[b:].lstrip().startswith(")")):
        return None
    before = c.finder.words_before(nt.rindex("(", 0, a), 1)
    if before and _COUNT_OF in before[-1].text:
        return None  # «بلغ عددهم (999)»: a count
    return c.tail.end


def _round_number(c: CountCandidate) -> int | None:
    n = c.n
    nt = c.finder.nt
    if n.digits and c.bare and c.symbol is None and CODE.fullmatch(nt, n.start, n.end) and nt.endswith(ROUND, 0, n.end):
        return c.finder.emit_count(c, c.tail.kind)
    return None


def _adjective_alone(c: CountCandidate) -> int | None:
    n, f = c.n, c.finder
    if n.digits or n.words != 1 or c.tail.kind != "count" or f.nt[n.start : n.end] not in f.lx.adjective_numbers:
        return None
    return n.end


LIST_HOPS = 8
"""How many numbers after «و» a bare number may look across for the noun they share."""


def _change_to(f: Finder, n: Numeral) -> Numeral | None:
    """The number a change goes to from ``n`` («ارتفع عدد الإصابات من 287 إلى 518 جنديا»): «من» right
    before ``n`` after a word of change (``change_words.tsv``), «إلى» and a number after it."""
    prev = f.words_before(n.start, 1)
    if not prev or without_proclitic(prev[-1].text, (FROM,)) != FROM:
        return None
    m = RANGE_SEP.match(f.nt, n.end)
    if m is None or m.group("to") is None or TO not in m.group("to"):
        return None
    m2 = f.lx.num_at.match(f.nt, m.end())
    n2 = None if m2 is None else f.numeral_at(m2.start("num"), m2.end("num"))
    return n2 if n2 is not None and n2.value is not None and _after_a_change(f, prev[-1].start) else None


def _shared_noun(c: CountCandidate) -> int | None:
    n, f = c.n, c.finder
    if not (c.bare and c.symbol is None and not c.article) or n.value is None:
        return None
    if (n2 := _change_to(f, n)) is not None:
        # «ارتفع من 287 إلى 518 جنديا»: the noun (and the scale: «من 200 إلى 450 مليون ريال») written once
        # after the second figure of a change counts the first
        second = f.tail(n2.end, n)
        if second.unit is None or second.qualifier is not None:
            return None
        first, scale = n, f.scale_of(n2)
        if scale is not None and f.scale_of(n) is None and n.value < THOUSAND:
            first = attrs.evolve(n, value=n.value * scale)
        shared = attrs.evolve(second, end=c.tail.end)
        return f.emit_count(attrs.evolve(c, n=first, tail=shared), shared.kind)
    if n.digits:
        # «٢٥ و٤٥ و٦٥ و٣٥٠ باوند»: a rising list of bare numbers, the noun written after the last
        last: Fraction = n.value
        at = n.end
        for _ in range(LIST_HOPS):
            m = AND_NUMBER.match(f.nt, at)
            if m is None or not last < int(m.group(1)):
                return None
            last, at = Fraction(int(m.group(1))), m.end(1)
            if f.tail(at, n).unit is not None or AND_NUMBER.match(f.nt, at) is None:
                break
        after = at
    else:
        # «خمس وثلاث سنوات»: a unit word after «و» is a second number (a compound was read already)
        w = f.word_at(n.end)
        e = None if w is None or not w.text.startswith(AND) else f.lx.numbers.lookup(w.text[1:])
        if w is None or not isinstance(e, NumberWord) or e.cls != "unit" or not 3 <= e.value <= 10:
            return None
        after = w.end
    second = f.tail(after, n)
    if second.unit is None or second.qualifier is not None:
        return None
    # the noun written once for both numbers counts the first too; the span stays the number
    shared = attrs.evolve(second, end=c.tail.end)
    return f.emit_count(attrs.evolve(c, tail=shared), shared.kind)


def _restated_in_words(c: CountCandidate) -> int | None:
    n, f = c.n, c.finder
    nt = f.nt
    if not (n.digits and c.bare and n.value is not None) or nt[n.start - 1 : n.start] != "(":
        return None
    w = f.word_at(n.end + 1)
    if nt[n.end : n.end + 1] != ")" or w is None or (m := f.lx.num_at.match(nt, w.start)) is None:
        return None
    words = f.numeral_at(m.start("num"), m.end("num"))
    if words is None or words.digits or words.value is None or words.value != int(n.value):
        return None
    return n.end + 1  # the number in words after it is read with its noun


THOUSAND = 1_000
SENTENCE_WINDOW = 300
"""How far back (normalised characters) a rule looks for the start of the sentence it reads."""


def _sentence_start(nt: str, p: int) -> int:
    """Where the sentence around normalised position ``p`` starts (at most ``SENTENCE_WINDOW`` back)."""
    first = max(0, p - SENTENCE_WINDOW)
    for stop in SENTENCE_END.finditer(nt, first, p):
        first = stop.end()
    return first


def _up_to(c: CountCandidate) -> int | None:
    f = c.finder
    if c.qualified or c.tail.unit is None or c.tail.qualifier not in (None, "approximate"):
        return None
    if not f.nt[max(0, c.start - len(UP_TO) - 3) : c.start].rstrip().endswith(UP_TO):
        return None  # most numbers: no «حتى» right before, decided without reading words
    before = f.words_before(c.start, 1)
    if not before or before[-1].text != UP_TO:
        return None
    up_at = before[-1].start
    clause = f.nt[_sentence_start(f.nt, up_at) : up_at].split()
    if NEGATIONS.intersection(clause[-UP_TO_LOOKBACK:]):
        return None  # «لا يستطيع دفع حتى 10 في المائة»: even
    for w in clause:
        word = w[1:] if w[:1] in CONJUNCTIONS and len(w) > 3 else w
        if any(word.startswith(v) for v in f.lx.down_to_verbs):
            return None  # «قلصت السعر حتى 1077 دولارا», «تراجعت التبادلات ... حتى 500 مليون يورو»: down to
    # «حتى 40 سنتيمترا تقريبا»: the bound before the number says more than the approximation after it
    tail = attrs.evolve(c.tail, qualifier=None)
    up = attrs.evolve(c, start=up_at, qualifier="at_most", qualified=True, tail=tail)
    return f.emit_count(up, c.tail.kind)


def _money_and_subunit(c: CountCandidate) -> int | None:
    sub = c.finder.subunit_after(c)
    return None if sub is None else c.finder.emit_count(c, c.tail.kind, sub)


def _lone_word_behind_proclitic(c: CountCandidate) -> int | None:
    n, f = c.n, c.finder
    if not (n.kind == "cardinal" and not n.digits and n.words == 1 and c.proclitic and c.bare):
        return None
    word = f.nt[n.start : n.end]
    entry = f.lx.numbers.words.get(word)
    if entry is not None and entry.cls == "dual":
        return None  # «لمليونين»: a dual scale is a number
    after = f.word_at(n.end)
    if f.nt[n.start - 1 : n.start] == AND and after is not None and after.text == FROM:
        return None  # «وستة من باكستان», «واثنتين من تبوك»: after «و», a cardinal before «من» is a number
    if f.nt[n.start - 1 : n.start] == AND and after is not None and after.text in OTHERS_FORMS:
        return None  # «ستة قتلى وأربعة آخرين»: others of what was counted before
    return n.end


def _and_one_of(c: CountCandidate) -> int | None:
    n, f = c.n, c.finder
    if n.digits or n.words != 1 or f.nt[n.start : n.end] not in ONE_FORMS:
        return None
    s, e = f.original(n.start, n.end)
    return n.end if HAMZA_ALEFS.intersection(f.norm.original[s:e]) else None


def _noun_and_one(c: CountCandidate) -> int | None:
    n, f = c.n, c.finder
    if n.digits or n.words != 1 or c.qualified or c.proclitic or f.nt[n.start : n.end] not in ONE_FORMS:
        return None
    if c.tail.kind != "count":
        return None  # «ارتفع المؤشر واحدا في المئة»
    noun = f.noun_before_one(n.start, n.end, definite=False)
    return None if noun is None else f.emit_one(noun, n.start, n.end)


FEMININE_ENDINGS = ("ه", "ات", "اء", "ي")
"""The endings of a feminine noun in the normalised text (ة is written ه, ى is written ي)."""


def _feminine_one_after_masculine(c: CountCandidate) -> int | None:
    n, f = c.n, c.finder
    if n.digits or n.words != 1 or c.qualified or c.proclitic or f.nt[n.start : n.end] != "واحده":
        return None
    of = f.word_at(n.end)
    if c.tail.unit is not None and of is not None and of.text == FROM and c.tail.unit[0] > of.start:
        return None  # «ضمنها واحدة من الحالات»: the partitive names what it is one of
    before = f.words_before(n.start, 1)
    if not before:
        return None
    word = f.without_and(before[0]).text
    if word.endswith("ها"):
        return n.end  # «ضمنها واحدة»: a pronoun ends the word, one of them
    if word.endswith("ا") and not word.endswith(("اء", "ات")):
        word = word[:-1]  # «حربا واحدة»: the accusative ending
    if word.endswith(FEMININE_ENDINGS) or without_proclitic(word, f.lx.feminine_nouns) in f.lx.feminine_nouns:
        return None
    return n.end  # «وخسر واحدة»: a verb (or a word with a pronoun: «ضمنها واحدة») before «one»


def _dual_noun_and_two(c: CountCandidate) -> int | None:
    n, f = c.n, c.finder
    if n.digits or n.words != 1 or c.qualified or c.proclitic or f.nt[n.start : n.end] not in TWO_FORMS:
        return None
    noun = f.noun_before_one(n.start, n.end, definite=False)
    if noun is None or not noun.text.endswith(("ين", "ان")) or f.lx.numbers.lookup(noun.text) is not None:
        return None
    if len(noun.text) < DUAL_LENGTH or PRESENT_DUAL_VERB.fullmatch(noun.text) is not None:
        return None  # «وإن اثنين منهم»: a particle; «اللذين يمثلان اثنين من الحكام»: a present dual verb
    return f.emit_one(noun, n.start, n.end, one=2)


def _one_after_noun(c: CountCandidate) -> int | None:
    n = c.n
    return n.end if not n.digits and n.value in (0, 1) and c.bare else None


def _numbered(c: CountCandidate) -> int | None:
    n = c.n
    if n.digits and c.article:
        c = _without_adverb(c)  # «الترتيب الـ34 عالميًا»
    if n.digits and c.bare and c.article and n.value is not None and n.value < 1000:
        return c.finder.emit_count(c, "ordinal")
    return None


def _singular_of_dual(word: str) -> str | None:
    """The singular of a definite dual, normalised («الجولتين» → «الجوله», «المركزين» → «المركز»)."""
    for end, back in (("تين", "ه"), ("تان", "ه"), ("ين", ""), ("ان", "")):
        if word.endswith(end) and len(word) > len(end) + 3:
            return word[: -len(end)] + back
    return None


def _ranks_after_a_dual(c: CountCandidate) -> int | None:
    # «الجولتين الـ 7 و 8», «المركزين 3 و4»: a definite dual of a series noun names two ranks, one
    # number each, joined by «و»; each number is the rank of one of them, an ordinal, not a count
    n, f = c.n, c.finder
    if not (n.digits and n.words == 1 and c.symbol is None and n.value is not None and n.value < 1000):
        return None
    # not from ``f.floor``: the second number reads back past the first, already emitted
    if not f.nt[max(0, n.start - 4) : n.start].rstrip().endswith(("ين", "ان", ARTICLE, AND)):
        return None  # no dual, article or «و» right before: the common case, decided without the regex
    m = RANKS_AFTER_DUAL.search(f.nt, max(0, n.start - 40), n.start)
    if m is None:
        return None
    first = not any(ch.isdigit() for ch in m.group(0))  # no number between the dual and this one
    if first and AND_DIGITS.match(f.nt, n.end) is None:
        return None
    dual = without_proclitic(m.group("dual"), f.lx.series)
    one = _singular_of_dual(dual)
    if not dual.startswith(ARTICLE) or one is None or one not in f.lx.series:
        return None
    return f.emit_count(attrs.evolve(c, tail=Tail(n.end, "count")), "ordinal")


def _round_of(c: CountCandidate) -> int | None:
    # «دور الـ 16»: the round of sixteen, named by its number of teams
    n, f = c.n, c.finder
    if not n.digits or n.value is None or c.qualified:
        return None
    s = c.number[0]
    return c.tail.end if ROUND_BEFORE.search(f.nt, max(0, s - 12), s) is not None else None


def _plural_before_numbered(c: CountCandidate) -> int | None:
    # «السنوات الـ 20»: a definite plural right before the article and digits is what they count
    # (twenty years), where a singular before them is numbered («البطولة الـ13»).
    n, f = c.n, c.finder
    if not (n.digits and c.bare and c.article and n.value is not None and n.value < 1000):
        return None
    art = f.article_before(n)
    before = f.words_before(n.start if art is None else art, 1)
    if not before or DEFINITE_PLURAL.fullmatch(before[0].text) is None:
        return None
    return f.emit_one(before[0], n.start, n.end, one=int(n.value))


def _without_adverb(c: CountCandidate) -> CountCandidate:
    """``c`` with no unit when the word after a rank is an adverb («الترتيب 16 عالمياً»: worldwide)."""
    u = c.tail.unit
    adverbs = c.finder.lx.scope_adverbs
    if u is not None and not c.qualified and c.tail.qualifier is None and c.finder.nt[u[0] : u[1]] in adverbs:
        return attrs.evolve(c, tail=Tail(c.n.end, "count"))
    return c


def _rank_in_series(c: CountCandidate) -> int | None:
    n, f = c.n, c.finder
    c = _without_adverb(c)
    if not (n.digits and n.words == 1 and c.bare and c.symbol is None and n.value is not None and n.value < 1000):
        return None
    before = f.words_before(n.start, 1)
    if not before:
        return None
    word, series = before[0].text, f.lx.series
    noun = without_proclitic(word, series)
    if word[:1] == "ل" and restore_article(word[1:]) in series:
        noun = restore_article(word[1:])  # «للمركز 190»: ل before the article drops its alef
    # «مركزه 5» (its rank) as «المركز 5», but not «عددهم 550» (their number): «عدد» with a pronoun counts them
    if noun not in series and not (
        word.endswith(PRONOUN_ENDINGS) and ARTICLE + word[:-2] in series and word[:-2] != _COUNT_OF
    ):
        return None
    return f.emit_count(c, "ordinal")


def _number_ending_a_quoted_name(c: CountCandidate) -> int | None:
    # «مهرجان «عيد طيبة 36»», «مخيم «بسمة 5»», «(جيت فينوم 300)»: a title in quotes or brackets that
    # ends in a small number names a festival's edition, a model or a game; nothing is counted
    n, f = c.n, c.finder
    if not (n.digits and n.words == 1 and c.bare and c.symbol is None and n.value is not None and n.value < 1000):
        return None
    m = QUOTED_TITLE.search(f.nt, max(f.floor, n.start - 40), n.start)
    if m is None:
        return None
    close = CLOSING_AT.match(f.nt, n.end)
    if close is None or close.group("c") not in QUOTE_PAIRS[m.group("o")]:
        return None
    words = m.group("words").split()
    if any(w in TITLE_STOP or w in f.lx.units or f.lx.numbers.lookup(w) is not None for w in words):
        return None  # «(نحو 30)», «(بنسبة 5)», «(كيلو 60)»: an amount, not a name
    if f.phrase_before(n.start, f.lx.qual_before) is not None:
        return None  # «(أكثر من 30)»
    return n.end


def _measure_in_a_list(c: CountCandidate) -> int | None:
    f, n = c.finder, c.n
    if not (n.digits and c.bare and c.symbol is None and f.out) or f.out[-1].kind != "measure":
        return None
    if _is_year_digits(f, n):
        return None  # «216 ألف ميجاواط بنهاية 2015»
    gap = f.nt[f.floor : n.start]
    if len(gap) > 40 or LIST_GAP_STOP.search(gap) is not None or not LIST_ITEM_END.match(f.nt, n.end):
        return None
    return f.emit_count(c, "measure")


SCORING = tuple(normalize(w) for w in ("سجل", "أحرز", "تسجيل"))
"""How the verbs of scoring of ``goal_cues.txt`` start: the cue several minutes in brackets need."""


def _minute_of_a_goal(c: CountCandidate) -> int | None:
    f, n = c.finder, c.n
    nt = f.nt
    if not (n.digits and c.bare and n.value is not None and n.value.denominator == 1 and n.value <= 130):
        return None
    if nt[n.start - 1 : n.start] == "(" and nt[n.end : n.end + 1] == ")":
        end = n.end + 1
    else:
        # «ناصر (12 و78)»: the minutes of two goals in one pair of brackets, joined by «و» or a comma
        open_at = nt.rfind("(", max(0, n.start - 24), n.start)
        close_at = nt.find(")", n.end, n.end + 24)
        if open_at < 0 or close_at < 0:
            return None
        if not MINUTES_ONLY.fullmatch(nt, open_at + 1, n.start) or not MINUTES_ONLY.fullmatch(nt, n.end, close_at):
            return None
        end = n.end
    stop = SENTENCE_STOP.search(nt, max(0, n.start - 300), n.start)
    window = nt[max(0, n.start - 300) if stop is None else stop.end() : n.start]
    cues = f.lx.goal_cues
    for w in window.split():
        w = w.strip('()«»"،,')
        bare = w[1:] if w[:1] in PROCLITIC_LETTERS and w[1:] in cues else w
        if end == n.end and not bare.startswith(SCORING):
            continue  # several numbers in brackets need a verb of scoring: «مركزين (10 و 12)» after «بهدف»
        if bare in cues or (bare.startswith(ARTICLE) and bare[2:] in cues):
            return end
    return None


def _ends_in_scale(f: Finder, q: Quantity, scale: int) -> bool:
    """Whether the amount ``q`` ends in a scale word of ``scale``, singular or plural: «4.9 مليارات
    دولار» is in billions as «4.9 مليار دولار» is (``lookup`` reads a bare plural scale as vague)."""
    words = normalize(q.number_span.text).split() if q.number_span is not None else []
    prev = f.lx.numbers.words.get(words[-1]) if words else None
    return prev is not None and prev.value == scale


def _money_in_a_list(c: CountCandidate) -> int | None:
    f, n = c.finder, c.n
    scale = f.scale_of(n)
    if not (c.bare and c.symbol is None and f.out) or scale is None:
        return None
    money, gap_start = f.out[-1], f.floor
    if money.kind == "ordinal" and len(f.out) > 1 and not f.nt[f.floor : n.start].strip():
        # «50 ألف ريال، والثاني 40 ألف»: an ordinal right before the amount names the list's next item
        money = f.out[-2]
        gap_start = f.norm.from_original(money.start, money.end)[1]
    if money.kind != "money" or not _ends_in_scale(f, money, scale):
        return None  # the same scale as the amount before: «700 ألف دولار والخاسر 300 ألف»
    gap = f.nt[gap_start : n.start]
    if len(gap) > 40 or LIST_GAP_STOP.search(gap) is not None:
        return None
    if AND not in gap and COMPARED_WITH.search(gap) is None:
        return None  # «و» and the next item, or a word of comparison: «بدلا من 320 ألف»
    if not (LIST_ITEM_END.match(f.nt, n.end) or AMOUNT_END.match(f.nt, n.end)):
        return None
    return f.emit_count(c, "money")  # its currency unsaid


def _money_of_the_sentence(c: CountCandidate) -> int | None:
    f, n = c.finder, c.n
    if c.tail.unit is not None or c.tail.qualifier is not None or c.symbol is not None or c.article or not f.out:
        return None
    scale = f.scale_of(n)
    if scale is None or scale < THOUSAND:
        return None
    first = _sentence_start(f.nt, n.start)
    sentence_start = f.norm.to_original(first, first)[0]
    for q in reversed(f.out):
        if q.start < sentence_start:
            return None
        if q.kind == "money" and _ends_in_scale(f, q, scale):
            return f.emit_count(c, "money")  # its currency unsaid
    return None


def _measure_by(f: Finder, n: Numeral) -> bool:
    """Whether «في» or «×» and digits with a measure unit follow ``n`` («33 في 46 سنتمترا»): a dimension."""
    by = BY.match(f.nt, n.end)
    m2 = None if by is None else f.lx.num_at.match(f.nt, by.end())
    n2 = None if m2 is None else f.numeral_at(m2.start("num"), m2.end("num"))
    return n2 is not None and n2.digits and f.tail(n2.end, n2).kind == "measure"


def _first_side_of_a_dimension(c: CountCandidate) -> int | None:
    n, f = c.n, c.finder
    if not n.digits or c.tail.unit is not None or c.tail.kind != "count" or not _measure_by(f, n):
        return None
    return f.emit_count(c, "measure")


def _side_of_a_dimension_without_unit(c: CountCandidate) -> int | None:
    n, f = c.n, c.finder
    if not n.digits or c.tail.unit is not None or c.tail.kind != "count":
        return None
    if TIMES_NUMBER.match(f.nt, n.end) or TIMES_NUMBER_BEFORE.search(f.nt, max(0, n.start - 12), n.start):
        return f.emit_count(c, "measure")  # «دقة 1920 × 1080», «مقاس (4×6)»: a dimension, its unit unsaid
    return None


def _money_by_its_cue(c: CountCandidate) -> int | None:
    n, f = c.n, c.finder
    if c.tail.kind != "count" or c.tail.unit is not None or c.symbol is not None or n.kind != "cardinal":
        return None
    p = c.start
    if f.nt.endswith(ARTICLE, 0, p):
        p -= len(ARTICLE)  # «مبلغ ال37 مليون»
    before = f.words_before(p, 1)
    cues = f.lx.money_cues
    if not before or without_proclitic(before[0].text, cues) not in cues:
        return None
    return f.emit_count(c, "money")


def _count(c: CountCandidate) -> int | None:
    return c.finder.emit_count(c, c.tail.kind)


COUNT: RuleTable[CountCandidate, int] = RuleTable(
    "count",
    LAYER,
    (
        Rule(
            "«عدة» after an indefinite plural it describes is a vague count of it («جبهات عدة», «مناصب"
            " عدة», «لأسباب عدة أبرزها»): the noun is the unit, a proclitic on it left out; a word after"
            " «عدة» that no plural noun is (a verb, a pronoun, a singular) does not make it go before a noun",
            "لمواجهة الإرهاب على جبهات عدة.",
            "took",
            _several_after_noun,
            traps=(
                "زار الوفد دولا عدة مرات",
                "على شكل عدة أسئلة تطرح نفسها",
                "تولى الحكم من بعده.",
                "في عدة، وقال",
                "قدمت الشركة خدمة عدة مرات",
                "وأوضح أن التنظيم أرسل عدة «إنذارات» إلى تركيا",
                "نشرت الصحف عدة تقارير عن الحادث",
                "واجهت الحكومة عدة تحديات كبيرة",
                "أطلقت الوزارة عدة تطبيقات جديدة",
            ),
        ),
        Rule(
            "«عدة» or «بضعة» with no noun after it is not a number («من بعده»)",
            "تولى الحكم من بعده.",
            "refused",
            _several_without_noun,
            traps=("وصل عدة أشخاص",),
        ),
        Rule(
            "digits that start with 0 are a telephone number",
            "للاستفسار الاتصال على 0114777714",
            "refused",
            _telephone,
        ),
        Rule(
            "a public service's short number («997», «940») in brackets with no noun after it is a telephone"
            " number, not a count",
            "أفاد بأن عمليات الهيئة بالمنطقة (٩٩٧) تلقت بلاغاً من مواطن",
            "refused",
            _service_number,
            traps=(
                "تلقت غرف العمليات (997) بلاغاً",
                "وفي منطقة الرياض (763)، وفي منطقة عسير (620)",
                "حضر 997 مشجعا",
                "بلغ عددهم (999)",
                "بلغ عددهم ( 999 )",
            ),
        ),
        Rule(
            "five digits or more ending in «000» with no noun are a round number, not a code",
            "بلغ عدد الزوار 100000",
            "took",
            _round_number,
            traps=("أرسل رسالة إلى 88591", "للاستفسار الاتصال على 0114000000", "صندوق بريد 11000"),
        ),
        Rule(
            "five digits or more with no noun are a code",
            "أرسل رسالة إلى 88591",
            "refused",
            _code,
            traps=("حضر 88591 مشجعا",),
        ),
        Rule(
            "a lone number word behind a proclitic is rarely a number («لستُ»), unless a dual scale («لمليونين») or,"
            " after «و», before «من» or «آخرين» («وستة من باكستان», «وأربعة آخرين»: issue 15, session 26)",
            "سجل الهدف اللاعب جورج بست.",
            "refused",
            _lone_word_behind_proclitic,
            traps=(
                "وصل وفد من ستة أشخاص",
                "ليصل عدد المشاهدات لمليونين",
                "جاء عشرون من العراق وستة من باكستان",
                "خلف ستة قتلى وأربعة آخرين في عداد المفقودين",
            ),
        ),
        Rule(
            "«متين» (solid) with no currency, measure or duration after it is the adjective, not 200",
            "قام البناء على أساس متين",
            "refused",
            _adjective_alone,
            traps=("دفع متين جنيه", "دفع متين وعشرة جنيهات", "انتظر متين يوم"),
        ),
        Rule(
            "«وأحد» is «و» and «أحد» (one of), not «واحد», though normalisation spells them alike",
            "أفاد مسؤول محلي وأحد السكان",
            "refused",
            _and_one_of,
            traps=("وصل الوفد بعد يوم واحد من الحادث",),
        ),
        Rule(
            "a dual noun and «اثنين» after it are two of that noun («مستوطنين اثنين»)",
            "اعتقلت الشرطة مستوطنين اثنين اشتبه في تورطهما",
            "took",
            _dual_noun_and_two,
            traps=("قال اثنان من المسؤولين", "وصل اثنان منهم"),
        ),
        Rule(
            "«واحدة» agrees with a feminine noun: after a word with no feminine ending (ة, ات, اء, ى)"
            " that feminine_nouns.txt does not list, or one with a pronoun, it is no one of it"
            " («وخسر واحدة», «ضمنها واحدة»)",
            "لعب أربع مباريات كسب منها اثنتين وخسر واحدة أمام الفريق",
            "refused",
            _feminine_one_after_masculine,
            traps=(
                "حسم المباراة بضربة واحدة",
                "خاضوا حربا واحدة",
                "خرجوا بنفس واحدة",
                "سلكوا طريقا واحدة",
                "كان من ضمنها واحدة من الحالات التي سجلت",
            ),
        ),
        Rule(
            "a noun and «واحد» after it are one of that noun («يوم واحد»)",
            "وصل الوفد بعد يوم واحد من الحادث",
            "took",
            _noun_and_one,
            traps=(
                "وصلوا في آن واحد",
                "وقفوا صفا واحدا في وجه العدوان",
                "يعد واحدا من أبرز اللاعبين",
            ),
        ),
        Rule(
            "«واحد» with no noun before it is not read alone («قال واحد منهم»)",
            "قال واحد من الحضور",
            "refused",
            _one_after_noun,
        ),
        Rule(
            "digits after a definite dual of a series noun, «و» and digits («الجولتين الـ 7 و 8») are the"
            " ranks of the two, ordinals",
            "في الجولتين الـ 7 و 8 من الدوري",
            "took",
            _ranks_after_a_dual,
            traps=("انخفض خلال تلك السنوات الـ 20 بمتوسط", "لعب في الجولتين 7 مباريات", "الطرفين 3 و4 أشخاص"),
        ),
        Rule(
            "digits after «دور» and the article name a knockout round by its number of teams («دور الـ 16»,"
            " round_nouns.txt), neither a rank nor a count",
            "تعارض موعد المسابقة مع دور ال 16 من كأس ولي العهد",
            "refused",
            _round_of,
            traps=("انطلقت البطولة الـ13.", "لعب دورا في 16 مباراة", "تأهل إلى الدور 16 من البطولة"),
        ),
        Rule(
            "digits after the article right after a definite plural count it («السنوات الـ 20»)",
            "انخفض خلال تلك السنوات الـ 20 بمتوسط بلغ 1 في المائة",
            "took",
            _plural_before_numbered,
            traps=("انطلقت البطولة الـ13.", "احتفلت بالذكرى الـ 50 لاستقلالها"),
        ),
        Rule(
            "digits after the article are a numbered one («البطولة الـ13»)",
            "انطلقت البطولة الـ13.",
            "took",
            _numbered,
            traps=("انطلقت 13 بطولة",),
        ),
        Rule(
            "a bare number after a noun of a series («الجولة 25», «القرن 18») is its rank, an ordinal",
            "خسر الفريق في الجولة 25 من الدوري",
            "took",
            _rank_in_series,
            traps=("لعب الفريق 25 جولة", "في الجولة 25 مباراة", "يعقد النواب البالغ عددهم 550 جلستهم"),
        ),
        Rule(
            "a small bare number that ends a title of one to four words in quotes or brackets names an"
            " edition, a model or a game («عيد طيبة 36», «بسمة 5», «جيت فينوم 300»; «“شاهين 2″», «إس.إي 370»,"
            " «بلوتونيوم - 210»), not a count",
            "تؤصل فعاليات (عيد طيبة 36) الذي تنظمه الأمانة",
            "refused",
            _number_ending_a_quoted_name,
            traps=(
                "بلغ عدد الرحلات (15) رحلة",
                "ارتفع العدد (نحو 30) حالة",
                "تراوح بين (أكثر من 30) و40",
                "في الدورة (الجولة 25) من الدوري",
                "وصل إلى المستشفى “نحو 30″ مصابا",
            ),
        ),
        Rule(
            "bare digits in brackets restated in words after them («(681) ستمائة وواحد وثمانون جراما») are"
            " read once, in words",
            "تزن (681) ستمائة وواحد وثمانون جراما",
            "refused",
            _restated_in_words,
            traps=("ضبط (85) كبسولة", "تزن (681) جراما"),
        ),
        Rule(
            "a bare number before «و» or «أو» and a larger number (or a unit word: «خمس وثلاث سنوات») with a"
            " noun is counted by that noun («3 و7 سنوات»; «أو» where the range table reads no alternatives),"
            " also across a rising list («25 و45 و65 و350 باوند») and from the first figure of a change to"
            " the second («ارتفع من 287 إلى 518 جنديا», the scale too: «من 200 إلى 450 مليون ريال»)",
            "طرحت سندات آجال 3 و 7 سنوات",
            "took",
            _shared_noun,
            traps=(
                "قتل 5 و3 من الجرحى",
                "سجل الفريق 7 و3 أهداف",
                "قتل خمسة وعشرون شخصا",
                "سجل 25 و45 و30 هدفا",
            ),
        ),
        Rule(
            "«حتى» before a number with its unit is «up to», at most («ينمو حتى 40 سنتيمترا»), unless a negation"
            " («even») or a verb of decrease («down to», down_to_verbs.txt) comes before it",
            "ينمو الثعبان حتى 40 سنتيمترا",
            "took",
            _up_to,
            traps=(
                "لا يستطيع دفع حتى 10 في المائة",
                "وقلصت السعر حتى 1077 دولارا",
                "ويمتد حتى 2019",
                "فتح الباب حتى 20 أغسطس",
            ),
        ),
        Rule(
            "an amount of money, «و», a number and a sub-unit of its currency are one amount («و43 سنتا»)",
            "بلغ سعر السهم 20 دولارا و43 سنتا",
            "took",
            _money_and_subunit,
            traps=("دفع 5 دولارات و300 سنت",),
        ),
        Rule(
            "the first side of a dimension («33 في 46 سنتمترًا», «1920 × 1080 بكسل») is a measure",
            "تبلغ أبعاد اللوحة 33 في 46 سنتمترا",
            "took",
            _first_side_of_a_dimension,
            traps=("سجل 33 في 46 مباراة",),
        ),
        Rule(
            "a number in digits on either side of «×» with digits on the other is a side of a dimension,"
            " a measure with its unit unsaid («دقة 1920 × 1080», «مقاس (4×6)»)",
            "وشاشة ذات دقة 1920 × 1080 والقدرة على التصوير",
            "took",
            _side_of_a_dimension_without_unit,
            traps=("سجل 33 في 46 مباراة", "فاز 3 - 1 على ضيفه"),
        ),
        Rule(
            "a number with no unit after «بقيمة» or «مبلغ» is an amount of money, its currency unsaid",
            "نفذ المشروع بقيمة 15.330.033",
            "took",
            _money_by_its_cue,
            traps=("نفذ المشروع بقيمة 15 مليون ريال", "بيع بسعر 5 دولارات"),
        ),
        Rule(
            "a bare number in brackets, alone or with other minutes («(12 و78)»), in a sentence about a goal scored"
            " is the minute of the goal",
            "سجل للعين عمر عبد الرحمن (18) والكوري لي ميونغ جو (44)",
            "refused",
            _minute_of_a_goal,
            traps=(
                "سجل المستشفى (18) حالة",
                "وصل عدد المراجعين (375) و(346) مراجعا",
                "سجل المستشفى (18 و20 حالة)",
                "خسر بهدف والفريقان احتلا مركزين متقاربين (10 و 12)",
            ),
        ),
        Rule(
            "a bare amount with a scale after «و» right after an amount of money («700 ألف دولار والخاسر 300"
            " ألف»), also with an ordinal naming the item before it («50 ألف ريال، والثاني 40 ألف») or after a"
            " word of comparison («500 ألف ريال بدلا من 320 ألف»), is money too, its currency unsaid",
            "ينال الفائز 700 ألف دولار والخاسر 300 ألف.",
            "took",
            _money_in_a_list,
            traps=(
                "ينال الفائز 700 ألف دولار. وحضر المباراة 300 ألف",
                "دفع 700 دولار والخاسر 300 ألف",
                "منح الأول 50 ألف ريال، والثاني 40 ألف زائر",
                "بلغت الكلفة 20 ألف ريال مقابل 15 ألف متفرج",
            ),
        ),
        Rule(
            "a bare amount in thousands, millions or billions in a sentence with an amount of money of the same"
            " scale («22.8 مليون ريال من خلال 277 صفقة، ومبيعاتهم نحو 4.7 مليون», «غرامة 30 ألف ريال، ومحمد عيد"
            " ثلاث مباريات و40 ألف»; a plural scale is the same scale: «4.9 مليارات دولار مقابل 4.6 مليارات») is"
            " money too, its currency unsaid",
            "بلغت مشترياتهم 22.8 مليون ريال من خلال 277 صفقة، ومبيعاتهم نحو 4.7 مليون من خلال 46 صفقة",
            "took",
            _money_of_the_sentence,
            traps=(
                "بلغت مشترياتهم 22.8 مليون ريال. ويسكن المدينة 4.7 مليون",
                "بلغت مشترياتهم 22.8 ألف ريال، ومبيعاتهم 4.7 مليون",
                "بلغت مشترياتهم 22.8 مليون ريال، وزارها 4.7 مليون زائر",
                "بلغت الغرامة 30 ألف ريال. وحضر المباراة 40 ألف",
            ),
        ),
        Rule(
            "a bare number in a list right after a measure («43 درجة مئوية والمدينة المنورة 40») is a measure too",
            "تسجل مكة 43 درجة مئوية والمدينة المنورة 40، والدمام 47",
            "took",
            _measure_in_a_list,
            traps=("سجلت الحرارة 43 درجة مئوية. وقال 40 منهم", "بلغ طوله 20 مترا وعرضه خمسة"),
        ),
        Rule(
            "a number is a count, an amount or a measure of the noun after it",
            "أكثر من 35 ضربة جوية",
            "took",
            _count,
        ),
    ),
)
"""The count table: the refusals of a plain number, and its reading as a count."""


# -- the counted noun table -------------------------------------------------------------------

_NOT_NOUN_CUES = ("relative", "era", "year_prep", "part", "daytime")


def _function_word(c: NounCandidate) -> bool | None:
    return False if c.word.text in c.finder.lx.not_units else None


def _preposition_form(c: NounCandidate) -> bool | None:
    return False if c.word.text in c.finder.lx.preposition_forms else None


def _number_word(c: NounCandidate) -> bool | None:
    t, numbers = c.word.text, c.finder.lx.numbers
    if numbers.lookup(t) is not None or t in numbers.ordinals:
        return False
    return False if t.startswith(AND) and isinstance(numbers.lookup(t[1:]), NumberWord) else None


def _later_qualifier(c: NounCandidate) -> bool | None:
    return False if c.word.text in c.finder.lx.stop_first else None


METRE = "م"
"""«م» glued to digits: metres after a noun of length («140م»), else the Gregorian era («2009م»)."""


def _metres_after_a_length(c: NounCandidate) -> bool | None:
    f, n, w = c.finder, c.n, c.word
    if w.text != METRE or w.start != n.end or not n.digits:
        return None
    nouns, races = f.lx.length_nouns, f.lx.race_nouns
    before = f.words_before(n.start, 3)
    if before and without_proclitic(before[-1].text, races) in races:
        return True  # «سباق 3000م»: the race noun right before the digits
    for b in before:
        # «ارتفاعه», and with a proclitic before the pronoun «وطوله»
        for form in (b.text, *(b.text[: -len(x)] for x in ("ه", "ها") if b.text.endswith(x))):
            t = without_proclitic(form, nouns)
            if t.startswith(ARTICLE):
                t = t[len(ARTICLE) :]
            if t in nouns:
                return True
    return None


def _date_word(c: NounCandidate) -> bool | None:
    return False if c.finder.lx.cues.get(c.word.text, ("",))[0] in _NOT_NOUN_CUES else None


def _month_name(c: NounCandidate) -> bool | None:
    return False if (c.word.text,) in c.finder.lx.months else None


def _preposition_and_article(c: NounCandidate) -> bool | None:
    t = c.word.text
    return False if t.startswith(PREP_START) and t not in c.finder.lx.clitic_like_nouns else None


def _unit_starting_with_and(c: NounCandidate) -> bool | None:
    # «واط», «وات»: a listed unit whose first letter is «و»; «وطن» (homeland) is no listed unit, though «طن» is
    t = c.word.text
    return True if t.startswith(AND) and t in c.finder.lx.units else None


def _conjunction(c: NounCandidate) -> bool | None:
    t, lx = c.word.text, c.finder.lx
    if t.startswith(AND) and t not in lx.clitic_like_nouns and lx.numbers.lookup(t[1:]) is None:
        return False
    return None


def _conjunction_and_function_word(c: NounCandidate) -> bool | None:
    t = c.word.text
    return False if t[:1] in CONJUNCTIONS and t[1:] in c.finder.lx.not_units else None


DUAL_VERB_ENDS = ("ا", "ان")
"""How a dual verb ends once normalised: the past «ضبطا», «حازتا», the present «يقعان», «يعيشان»."""


def _dual_verb_after_two(c: NounCandidate) -> bool | None:
    # «اثنين» follows the dual or plural it counts («مستوطنين اثنين») or stands alone («منهما اثنان»); a word
    # in «ا» or «ان» after it is the dual verb of the clause («منهما اثنان ضبطا», «من اثنين يقعان»), not a
    # noun: a noun after it is a plural («واثنين مصابين») or a listed unit («اثنين بالمئة»)
    n, f, t = c.n, c.finder, c.word.text
    if n.digits or n.words != 1 or f.nt[n.start : n.end] not in TWO_FORMS:
        return None
    if not t.endswith(DUAL_VERB_ENDS) or len(t) < 4 or t in f.lx.units or (t,) in f.lx.currencies:
        return None
    return False


def _plural_verb(c: NounCandidate) -> bool | None:
    t = c.word.text
    return False if t.endswith(PAST_PLURAL) and len(t) > 4 else None


PERSON_ENDINGS = ("هم", "هما", "هن")
"""The possessive pronouns of persons («their», «of them two», «their» fem.) as a noun's last letters. Not «ها»,
which also ends an accusative of a stem in «ه» («اتجاها», «مشتبها»), nor «ه» (a normalised «ة»)."""

PERSON_STEM = 4
"""The shortest stem before a pronoun of ``PERSON_ENDINGS`` read as such: shorter words end so by their root
(«درهم», «أسهم», «متهم», «مساهم», «دراهم»)."""


def _possessive(c: NounCandidate) -> bool | None:
    # a counted noun is indefinite, and a possessive pronoun makes a noun definite as the article does: after
    # digits or a cardinal of three or more (as the rule after this one) a word with one is the next clause's
    # word («550 جلستهم», «15 إصاباتهم خطيرة»); a vague number in construct may take it («آلاف مواطنيها»)
    n, t, lx = c.n, c.word.text, c.finder.lx
    if n.kind != "cardinal" or not (n.digits or (n.value is not None and n.value >= 3)):
        return None
    ending = next((e for e in PERSON_ENDINGS if t.endswith(e)), None)
    if ending is None or len(t) - len(ending) < PERSON_STEM or t in lx.units or (t,) in lx.currencies:
        return None
    return False


def _never_definite(c: NounCandidate) -> bool | None:
    # only after digits or a cardinal of three or more, which stay a count without a noun: a vague word
    # («عدة»), a fraction («نصف») or «واحدة» with no noun is no quantity, and refusing a misread noun
    # there would drop one the gold holds («فئات عدة تبدأ», «سنة ونصف بموجب»)
    n = c.n
    if n.kind != "cardinal" or not (n.digits or (n.value is not None and n.value >= 3)):
        return None
    return False if c.word.text in c.finder.lx.never_definite else None


HAMZA_ALEF_STARTS = ("أل", "آل")
"""How a word whose normalised «ال» is no article starts in the original text: a broken plural أفعال of a root
in «ل» («ألوان», «ألعاب», «ألقاب») or a noun with a madda («آلات», «آليات»). Not «إل», which starts «إلى»,
«إليه», «إلا» and the nisba «إلكتروني»."""

HAMZA_PLURAL_LENGTH = 4
"""The fewest letters of such a noun («آلات»): «ألف», «ألا», «ألم» are shorter."""


def _hamza_alef_noun(c: NounCandidate) -> bool | None:
    # the normalised text writes «أ» and «آ» as «ا», so that «ألوان» reads as «ال» and «وان»; the original
    # text tells the hamza's alef from the article's
    f, w = c.finder, c.word
    if not w.text.startswith(ARTICLE) or len(w.text) < HAMZA_PLURAL_LENGTH:
        return None
    start = f.norm.to_original(w.start, w.end)[0]
    return True if f.norm.original.startswith(HAMZA_ALEF_STARTS, start) else None


def _definite(c: NounCandidate) -> bool | None:
    n = c.n
    if c.word.text.startswith(ARTICLE) and not (n.construct and n.kind in ("vague", "fraction")):
        return False
    return None


def _after_definite_vague(c: NounCandidate) -> bool | None:
    return False if c.n.kind == "vague" and c.n.definite else None


def _noun(c: NounCandidate) -> bool | None:
    return True


NOUN: RuleTable[NounCandidate, bool] = RuleTable(
    "counted noun",
    LAYER,
    (
        Rule(
            "a word of not_units.txt («من», «آخرين») is not a counted noun",
            "قتل 5 من الجنود",
            "refused",
            _function_word,
            traps=("قتل 5 جنود",),
        ),
        Rule(
            "«ل» or «ب» before a commoner word is a preposition, not a counted noun: «الأسبوع الـ 37 لبطولة"
            " الدوري» (of the league), «وإصابة 66 بحالات الإعياء»",
            "في إطار الدورة الـ 41 لمهرجان قرطاج",
            "refused",
            _preposition_form,
            traps=(
                "اشترى 20 لترا من الوقود",
                "قضى 3 ليال في الفندق",
                "بلغ 50 برميلا",
                "من هذا العام بواقع 9 بواخر منها 7 بواخر",
            ),
        ),
        Rule(
            "a number word or an ordinal (also after «و») is not a counted noun",
            "فاز بالمركز 5 الأول",
            "refused",
            _number_word,
            traps=("قتل 5 وزراء",),
        ),
        Rule(
            "a qualifier after a number («فأكثر», «كحد أقصى») is not its noun",
            "يسمح بالدخول للأعمار 18 فأكثر",
            "refused",
            _later_qualifier,
        ),
        Rule(
            "«م» glued to digits a few words after a noun of length («ارتفاع», «مسافة», «وطوله») or right"
            " after a noun of a race («سباق 3000م») is metres («140م»)",
            "يبلغ ارتفاع البرج 140م فوق سطح البحر",
            "took",
            _metres_after_a_length,
            traps=(
                "توفي الخليفة عام 634م",
                "يبلغ ارتفاع البرج 140 م",
                "بلغ عدد الزوار 140م",
                "انطلق سباق الهجن 2015م",
                "يستمر الحفل إلى الساعة 10م",
            ),
        ),
        Rule(
            "a date word («الماضي», «هـ», «منتصف», «مساء») is not a counted noun",
            "قتل خمسة مساء أمس",
            "refused",
            _date_word,
        ),
        Rule("a month name is not a counted noun", "في 2015 يناير الماضي", "refused", _month_name),
        Rule(
            "a word with a preposition and the article («بالمنطقة») is not a counted noun, unless listed («بالغ»)",
            "قتل 5 بالمنطقة",
            "refused",
            _preposition_and_article,
            traps=("وصل 4900 بالغ",),
        ),
        Rule(
            "a unit of units.tsv or measures.tsv that starts with «و» («واط», «وات») is the unit, not «و» and a word",
            "تبلغ قدرة المصباح 100 واط فقط",
            "took",
            _unit_starting_with_and,
            traps=("قتل 13 وأصيب 20", "استمر 3 وأياما", "بلغ 40 وطنا"),
        ),
        Rule(
            "a word starting with «و» is the conjunction, not a counted noun, unless listed («وزيرا»)",
            "قتل 13 وأصيب 20",
            "refused",
            _conjunction,
            traps=("عين 13 وزيرا",),
        ),
        Rule(
            "«ف» and a function word («فلم») are not a counted noun",
            "قتل 5 فلم ينج أحد",
            "refused",
            _conjunction_and_function_word,
        ),
        Rule(
            "a word in «ا» or «ان» after «اثنان/اثنين» is the clause's dual verb, not a counted noun («منهما"
            " اثنان ضبطا», «البدر الثاني من اثنين يقعان»): the noun «اثنين» counts goes before it",
            "فر المتهمان ومنهما اثنان ضبطا في السعودية",
            "refused",
            _dual_verb_after_two,
            traps=("وأصيب اثنين مصابين", "صعد السهم اثنين بالمئة", "قتل 20 ضبطا", "قتل اثنين مسلحين"),
        ),
        Rule(
            "a past-tense plural verb («قتلوا») is not a counted noun",
            "هناك 5 أصيبوا",
            "refused",
            _plural_verb,
        ),
        Rule(
            "a word with a possessive pronoun of persons («هم», «هما», «هن») after a stem of four letters or more"
            " is definite, not the noun a number counts: after digits or a cardinal of three or more it opens"
            " the next clause («550 جلستهم», «15 إصاباتهم خطيرة»)",
            "جرح 40 شخصا بينهم 15 إصاباتهم خطيرة",
            "refused",
            _possessive,
            traps=(
                "بلغ سعر الكيلو 100 درهم",
                "اعتقلت الشرطة 200 متهم",
                "حضر الجمعية 500 مساهم",
                "تداول المستثمرون 5 أسهم",
                "وصل 4 آلاف دراهم",
            ),
        ),
        Rule(
            "a frequent word never seen with the article (a verb, a particle, a name or a word behind a"
            " preposition: «تمت», «انضم», «بمصر») is not the noun a number counts",
            "راجع العيادات 5000 منهم (4743) تمت خدمتهم في الطوارئ",
            "refused",
            _never_definite,
            traps=("خدمت العيادات (2349) مريضا", "بلغت المسافة 1000 كلم", "ولد (2) ولادة"),
        ),
        Rule(
            "a word written with a hamza or a madda on its first alef before «ل» («ألوان», «ألعاب», «ألقاب», «آلات»)"
            " has no article: it is the noun a number counts",
            "حصد الهلال 33 بطولة في 6 ألعاب",
            "took",
            _hamza_alef_noun,
            traps=("أصيب 3 الليلة", "وصل 3 إلى المدينة", "اشترى 5 إلكترونيات", "فاز بخمسة الألقاب"),
        ),
        Rule(
            "a definite word is not a counted noun, except after «عشرات» or a fraction («ثلث السكان»)",
            "أصيب 3 الليلة",
            "refused",
            _definite,
            traps=("شارك ثلث السكان",),
        ),
        Rule(
            "a definite vague number («العشرات») counts no noun after it",
            "أصيب العشرات جراء القصف",
            "refused",
            _after_definite_vague,
        ),
        Rule("the word after a number is the noun it counts", "قتل 35 شخصا", "took", _noun),
    ),
)
"""The counted noun table: whether the word after a number is the noun it counts («35 شخصا»)."""


# -- the adjective table ----------------------------------------------------------------------


def _adjective_function_word(c: AdjectiveCandidate) -> bool | None:
    return False if c.word.text in c.finder.lx.not_units else None


NISBA_ENDINGS = ("يين", "يون", "يات", "يه", "يا", "ي")
"""The agreement endings of a nisba adjective, normalised, longest first: two adjectives of one noun
joined by «و» end alike («أثرية وتراثية», «أمريكيين وبريطانيين»)."""


def _nisba_ending(word: str) -> str | None:
    return next((e for e in NISBA_ENDINGS if word.endswith(e)), None)


def _written_definite(finder: Finder, w: Word) -> bool:
    """Whether ``w`` is written with the article: «ال» with a bare alef in the original text, so that a
    word whose normalised «ال» is a root's hamza («ألمانية», «إلكترونية», «آلية») is not taken for it."""
    a, b = finder.norm.to_original(w.start, w.end)
    return finder.norm.original.startswith("ال", a) and b - a > 4


POSSESSIVE_ENDINGS = ("ها", "هم", "هما", "هن")
"""Pronoun suffixes that make a noun definite without the article («رموزها الفنية», its artistic symbols);
not «نا» or «كم», which end accusatives and units («فنانا», «كم»)."""


def _definiteness_disagrees(c: AdjectiveCandidate) -> bool | None:
    noun = _written_definite(c.finder, c.noun) or c.noun.text.endswith(POSSESSIVE_ENDINGS)
    if noun != _written_definite(c.finder, c.word):
        return False
    return None


def _coordinated_adjective(c: AdjectiveCandidate) -> bool | None:
    t, lx, before = c.word.text, c.finder.lx, c.previous
    if before is None or not t.startswith(AND) or WAW_NISBA.fullmatch(t):
        return None
    rest = t[len(AND) :]
    if (
        len(rest) < 4
        or NISBA.fullmatch(rest) is None
        or rest in lx.not_units
        or rest in lx.never_definite
        or rest in lx.preposition_forms
        or rest in lx.units
        or rest in lx.cues
        or rest in lx.numbers.ordinals
    ):
        return None
    if _nisba_ending(rest) != _nisba_ending(before.text) or rest.startswith(ARTICLE) != before.text.startswith(ARTICLE):
        return None
    return True


def _not_a_nisba(c: AdjectiveCandidate) -> bool | None:
    t = c.word.text
    # a gentilic plural also with the article, after a definite noun («من الصحافيين الإسبان»)
    return None if NISBA.fullmatch(t) or t.removeprefix(ARTICLE) in c.finder.lx.gentilic_plurals else False


def _loose_adjective(c: AdjectiveCandidate) -> bool | None:
    return False if c.word.text in c.finder.lx.loose_adjectives else None


def _verb_after_accusative(c: AdjectiveCandidate) -> bool | None:
    return False if c.noun.text.endswith("ا") and c.word.text.endswith("ي") else None


def _verb_in_alef_maqsura(c: AdjectiveCandidate) -> bool | None:
    return False if c.finder.verb_in_alef_maqsura(c.word) else None


def _article_after_preposition(c: AdjectiveCandidate) -> bool | None:
    t = c.word.text
    return False if t.startswith(PREP_ARTICLE) and t not in c.finder.lx.clitic_like_nouns else None


def _preposition_or_never_definite(c: AdjectiveCandidate) -> bool | None:
    t, lx = c.word.text, c.finder.lx
    return False if t in lx.preposition_forms or t in lx.never_definite else None


def _adverb_in_ya(c: AdjectiveCandidate) -> bool | None:
    return False if c.word.text.endswith("يا") and not c.noun.text.endswith(ACCUSATIVE_ENDINGS) else None


def _verb_after_indefinite_feminine(c: AdjectiveCandidate) -> bool | None:
    noun, t = c.noun.text, c.word.text
    return False if noun.endswith("ه") and t.endswith("ي") and not noun.startswith(ARTICLE) else None


def _conjunction_unit_cue_or_ordinal(c: AdjectiveCandidate) -> bool | None:
    t, lx = c.word.text, c.finder.lx
    if (t.startswith(AND) and not WAW_NISBA.fullmatch(t)) or t in lx.units or t in lx.cues or t in lx.numbers.ordinals:
        return False
    return None


def _adjective(c: AdjectiveCandidate) -> bool | None:
    return True


ADJECTIVE: RuleTable[AdjectiveCandidate, bool] = RuleTable(
    "adjective",
    LAYER,
    (
        Rule(
            "a word of not_units.txt after the counted noun is not its adjective",
            "قتل 5 جنود في الهجوم",
            "refused",
            _adjective_function_word,
        ),
        Rule(
            "a word that is neither a nisba adjective nor a gentilic plural («أتراك») is not an adjective of the"
            " counted noun",
            "قتل 5 جنود اليوم",
            "refused",
            _not_a_nisba,
        ),
        Rule(
            "a word written with the article after an indefinite counted noun, or one without it after a"
            " definite noun, is not its adjective: an adjective agrees with its noun in definiteness («متهمين"
            " كويتيي الجنسية»: the nationality is the adjective's genitive)",
            "منحت الدولة 300 شخص الجنسية",
            "refused",
            _definiteness_disagrees,
            traps=("قتل 3 من الجنود الأمريكيين", "اشترى 5 سيارات ألمانية", "قتل 5 جنود أتراك"),
        ),
        Rule(
            "«و» and a nisba adjective that ends as the adjective before it (the same agreement ending, the"
            " article on both or neither) is a second adjective of the noun, coordinated with the first"
            " («قطعة أثرية وتراثية», «مهندسين أمريكيين وبريطانيين»); not right after the noun («حرفي وحرفية»)",
            "يضم المتحف 3700 قطعة أثرية وتراثية موزعة على القاعات",
            "took",
            _coordinated_adjective,
            traps=("شارك أكثر من 100 حرفي وحرفية", "ضبطت 85 كبسولة طبية وتحتوي على مخدرات"),
        ),
        Rule(
            "a loose adjective («متتالية», one after another) says how, not what kind: not part of the unit",
            "استمر الإضراب 4 أيام متتالية",
            "refused",
            _loose_adjective,
        ),
        Rule(
            "a word in «ي» after an accusative noun in «ا» is a verb («60 مترا تنتمي»): an adjective of an"
            " accusative noun ends in «يا»",
            "بلغ ارتفاعها 60 مترا تنتمي إلى",
            "refused",
            _verb_after_accusative,
        ),
        Rule(
            "a word with a final «ى» and the shape of a verb («أبدى», «انقضى») is a verb, not a nisba in «ي»",
            "عرض المهرجان 300 فيلم أبدى النقاد إعجابهم بها",
            "refused",
            _verb_in_alef_maqsura,
            traps=("رفع 3 أعلام وطنية",),
        ),
        Rule(
            "a preposition and the article («للكليات», «بالمنطقة») is never an adjective, unless listed",
            "افتتح 20 فرعا للكليات التقنية",
            "refused",
            _article_after_preposition,
        ),
        Rule(
            "«ل» or «ب» and a noun («لنوعية»), or a word never seen with the article, is no adjective (an"
            " adjective takes the article)",
            "حددت 4 فئات لنوعية التذاكر",
            "refused",
            _preposition_or_never_definite,
        ),
        Rule(
            "a word in «يا» after a noun that is not accusative is an adverb («عالميا»): «يا» agrees only with an"
            " accusative noun",
            "باع الكتاب 20 ألف نسخة عالميا",
            "refused",
            _adverb_in_ya,
        ),
        Rule(
            "a word in «ي» after an indefinite feminine noun is a verb («85 كبسولة تحتوي»): the adjective would"
            " take «ية»",
            "ضبطت الشرطة 85 كبسولة تحتوي على مخدرات",
            "refused",
            _verb_after_indefinite_feminine,
            traps=("يقع في نصف الكرة الشمالي",),
        ),
        Rule(
            "«و» (not a root «و»: «وطنيا»; not a second adjective), a unit, a date cue or an ordinal after the"
            " counted noun is not its adjective («حرفي وحرفية»: two nouns; «سنوات ماضية»: past years, not a kind"
            " of year)",
            "شارك أكثر من 100 حرفي وحرفية في المهرجان",
            "refused",
            _conjunction_unit_cue_or_ordinal,
            traps=("رفع المشجعون 20 علما وطنيا",),
        ),
        Rule(
            "a nisba adjective or a gentilic plural after the counted noun is part of its unit («جنود أتراك»,"
            " «ضربة جوية»), two at most",
            "قتل 5 جنود أتراك",
            "took",
            _adjective,
        ),
    ),
)
"""The adjective table: whether the word after a counted noun (or after its first adjective) is an
adjective of it, part of the unit («35 ضربة جوية»: the unit is «ضربة جوية»)."""


# -- the verb of exceeding table ---------------------------------------------------------------

BOUNDS = frozenset({"more_than", "less_than", "at_most", "at_least"})
"""The qualifiers that bound a number (``qualifiers.tsv`` also reads «ليصل إلى» as ``exact``)."""


def _reach_stated(c: BoundCandidate) -> QualifierName | None:
    # «يصل/تصل» with a noun subject before «إلى» states what the subject comes to, no bound (dev8,
    # dev10, dev13: 5 of 5 gold items exact); an adverb in «ا» there («يصل أحيانا إلى»; not the
    # pronoun «ها») or «قد» before the verb («قد تصل عقوباتها إلى») keeps the bound
    if c.shape != "preposition":
        return None
    words, first = c.words[: -c.subject - 1], c.words[-c.subject - 1]
    if (
        not words
        or words[-1].removeprefix(AND) not in REACH_VERBS
        or (first.endswith("ا") and not first.endswith("ها"))
    ):
        return None
    return "exact" if len(words) < 2 or words[-2].removeprefix(AND) != MAY else None


def _amount_stated(c: BoundCandidate) -> QualifierName | None:
    return "exact" if c.bound is not None and c.bound not in BOUNDS else None


def _bound_before_bracket(c: BoundCandidate) -> QualifierName | None:
    return c.bound if c.shape == "bracket" and c.bound in BOUNDS else None  # type: ignore[return-value]


def _bound_over_subject_and_preposition(c: BoundCandidate) -> QualifierName | None:
    return c.bound if c.shape == "preposition" and c.bound in BOUNDS else None  # type: ignore[return-value]


def _bound_over_subject(c: BoundCandidate) -> QualifierName | None:
    return c.bound if c.shape == "subject" and c.bound in BOUNDS else None  # type: ignore[return-value]


def _bracket_without_verb(c: BoundCandidate) -> QualifierName | None:
    return "exact" if c.shape == "bracket" else None


def _no_subject(c: BoundCandidate) -> QualifierName | None:
    return "exact" if c.shape is None else None


BOUND_APART: RuleTable[BoundCandidate, QualifierName] = RuleTable(
    "verb of exceeding",
    LAYER,
    (
        Rule(
            "«يصل/تصل» before a noun subject and «إلى» states what the subject comes to, no bound, unless"
            " «قد» comes before the verb or an adverb in «ا» after it («يصل أحيانا إلى»)",
            "ويصل المبلغ الموزع إلى 236 مليون ريال",
            "refused",
            _reach_stated,
            traps=("قد تصل عقوباتها إلى 6 سنوات", "يصل أحيانا إلى 2000 قدم"),
        ),
        Rule(
            "a verb that states what its subject comes to («ليصل», «حتى يصل»: exact in `qualifiers.tsv`) sets no bound",
            "ارتفع عدد المصابين ليصل عددهم إلى 50 شخصا",
            "refused",
            _amount_stated,
        ),
        Rule(
            "a verb of exceeding right before a bracket or a quote around the number bounds it («تجاوزت (493 ألفاً)»)",
            "بلغت قيمة العقود التي تجاوزت (493 ألفاً).",
            "took",
            _bound_before_bracket,
        ),
        Rule(
            "a verb of exceeding, its subject of one to three words and the preposition the verb takes bound"
            " the number after them («يزيد عددها على ألف»)",
            "يزيد عددها على ألف شخص",
            "took",
            _bound_over_subject_and_preposition,
        ),
        Rule(
            "a verb of exceeding and its subject of one to three words bound the number after them («تجاوز"
            " عدد الزوار للمهرجان 15 ألف»); not after a preposition («يقل عن توقعات بنمو قدره 2.6»: what"
            " follows it is compared)",
            "تجاوز عدد الزوار للمهرجان 15 ألف زائر",
            "took",
            _bound_over_subject,
            traps=("يقل عن توقعات بنمو قدره 2.6 في المائة", "يقل عن توقعات 2.6 في المائة"),
        ),
        Rule(
            "a bracket or a quote before the number with no verb of exceeding right before it sets no bound"
            " (the words before it are not read as a subject)",
            "تجاوز عدد الزوار «15 ألف» في اليوم",
            "refused",
            _bracket_without_verb,
        ),
        Rule(
            "a number with no subject of one to three words between it and a verb of exceeding (a function"
            " word, a cue, a number or a word with «ب» there: «تفوق بنسبة 22 في المائة») has no bound from it",
            "تفوق الصادرات بنسبة 22 في المائة",
            "refused",
            _no_subject,
        ),
    ),
)
"""The verb of exceeding table: the bound a verb of exceeding (``qualifiers.tsv``) sets on a number
with its subject between them («تجاوز عدد الزوار 15 ألف»). The outcome is the qualifier the number gets
(``exact``: no bound). A split that no rule decides (a subject with no verb of exceeding before it) is
tried with a longer subject."""


# -- the partitive table -----------------------------------------------------------------------


def _others_before_a_verbal_noun(c: PartitiveCandidate) -> Tail | bool | None:
    noun = c.noun
    return False if c.others and (noun is None or not noun.text.endswith(PLURAL_ENDINGS)) else None


def _no_noun_after_from(c: PartitiveCandidate) -> Tail | bool | None:
    noun, lx = c.noun, c.finder.lx
    if noun is None or len(noun.text) < 3 or noun.text in lx.not_units or noun.text in lx.cues:
        return False
    return None


def _word_after_from(c: PartitiveCandidate) -> Word:
    """The word after «من» (the rules after the second: it refuses «من» with none after it)."""
    if c.noun is None:
        raise RuntimeError("the partitive table's second rule refuses «من» with no word after it")
    return c.noun


def _number_after_from(c: PartitiveCandidate) -> Tail | bool | None:
    noun = _word_after_from(c)
    return False if c.finder.lx.numbers.lookup(noun.text) is not None or not noun.text.isalpha() else None


def _superlative_after_from(c: PartitiveCandidate) -> Tail | bool | None:
    noun = _word_after_from(c)
    return False if SUPERLATIVE.fullmatch(noun.text) else None


def _age_after_from(c: PartitiveCandidate) -> Tail | bool | None:
    noun = _word_after_from(c)
    return False if noun.text.startswith(AGE_OF) else None


def _noun_counted_by_a_later_number(c: PartitiveCandidate) -> Tail | bool | None:
    noun = _word_after_from(c)
    after = c.finder.word_at(noun.end)
    if after is not None and c.finder.lx.numbers.lookup(after.text.removeprefix(ARTICLE)) is not None:
        return False
    return None


def _last_word(c: PartitiveCandidate) -> str:
    """The last word of the number («آلاف» of «ثلاثة آلاف»)."""
    return c.finder.nt[c.n.start : c.n.end].rsplit(None, 1)[-1]


def _cardinal_with_article_or_qualifier(c: PartitiveCandidate) -> Tail | bool | None:
    if c.n.kind != "cardinal":
        return None
    f = c.finder
    return False if c.tail.qualifier is not None or c.numeral.article or f.article_before(c.n) is not None else None


def _accusative_scale(c: PartitiveCandidate) -> Tail | bool | None:
    return False if c.n.kind == "cardinal" and _last_word(c) in ACCUSATIVE_SCALES else None


def _one_not_of_a_definite_plural(c: PartitiveCandidate) -> Tail | bool | None:
    if c.n.kind != "cardinal" or _last_word(c) not in ONE_FORMS:
        return None
    # the word after the word after the number: «من» itself when «أخرى» stands between
    noun = c.of if c.others else c.noun
    return False if noun is None or DEFINITE_PLURAL.fullmatch(noun.text) is None else None


def _one_after_its_noun(c: PartitiveCandidate) -> Tail | bool | None:
    if c.n.kind != "cardinal" or _last_word(c) not in ONE_FORMS:
        return None
    one = c.finder.noun_before_one(c.n.start, c.n.end, definite=False, traced=False)
    return False if one is not None else None


def _one_after_a_feminine_noun(c: PartitiveCandidate) -> Tail | bool | None:
    if c.n.kind != "cardinal" or _last_word(c) not in ONE_FORMS:
        return None
    return False if c.finder.feminine_noun_before_one(c.n) else None


def _numbered_one(c: PartitiveCandidate) -> Tail | bool | None:
    if c.n.kind != "cardinal" or _last_word(c) in ONE_FORMS:
        return None
    f = c.finder
    before = f.words_before(c.n.start, 1)
    return False if before and without_proclitic(before[0].text, f.lx.series) in f.lx.series else None


def _from_a_place(c: PartitiveCandidate) -> Tail | bool | None:
    if c.n.kind != "cardinal" or _last_word(c) in ONE_FORMS:
        return None
    noun = _word_after_from(c)
    return False if noun.text in place_names() and DEFINITE_PLURAL.fullmatch(noun.text) is None else None


def _bare_noun(c: PartitiveCandidate) -> str:
    noun = _word_after_from(c)
    return noun.text[2:] if noun.text.startswith(ARTICLE) else noun.text


def _currency_after_from(c: PartitiveCandidate) -> Tail | bool | None:
    noun, currencies = _word_after_from(c), c.finder.lx.currencies
    currency = currencies.get((_bare_noun(c),))
    return None if currency is None else Tail(noun.end, "money", (noun.start, noun.end), currency)


def _partitive(c: PartitiveCandidate) -> Tail | bool | None:
    f, noun = c.finder, _word_after_from(c)
    kind: QuantityKind = f.lx.units.get(_bare_noun(c), "count")  # type: ignore[assignment]
    end, taken = noun.end, None
    # «6 من الحكام السعوديين»: a definite noun's adjectives, as after a bare noun; a noun without the
    # article is in construct, and the word after it its genitive («من رؤساء بلديات»)
    for _ in range(2 if noun.text.startswith(ARTICLE) else 0):
        adj = f.word_at(end)
        if adj is None or not f.adjective(noun, adj, taken):
            break
        end, taken = adj.end, adj
    return Tail(end, kind, (noun.start, end))


PARTITIVE: RuleTable[PartitiveCandidate, Tail | bool] = RuleTable(
    "partitive",
    LAYER,
    (
        Rule(
            "after «آخرين/أخرى», «من» before a word that is not a plural governs a verbal noun («منع 334"
            " آخرين من التوجه»), no partitive",
            "ومنع 334 آخرين من التوجه إلى المسجد",
            "refused",
            _others_before_a_verbal_noun,
            traps=("سجلت ثلاثة أخرى من الحالات",),
        ),
        Rule(
            "«من» before nothing, a word of two letters, a word of not_units.txt or a date cue is no partitive",
            "قتل 5 من بين المتظاهرين",
            "refused",
            _no_noun_after_from,
        ),
        Rule(
            "«من» before a number or a word that is not all letters («3 من عشرة», «واحد من 75») is a part of a number",
            "أصيب 3 من عشرة",
            "refused",
            _number_after_from,
        ),
        Rule(
            "«من» before a superlative («3 من أبرز اللاعبين») says of which the number is one, no counted noun",
            "شارك 3 من أبرز اللاعبين",
            "refused",
            _superlative_after_from,
        ),
        Rule(
            "«من عمره» after a number gives an age, not a counted noun",
            "بلغ 30 من عمره",
            "refused",
            _age_after_from,
        ),
        Rule(
            "a noun after «من» followed by a number («ثلاثة من اللاعبين الأربعة») is counted by that number",
            "غاب ثلاثة من اللاعبين الأربعة",
            "refused",
            _noun_counted_by_a_later_number,
        ),
        Rule(
            "a cardinal with the article («الـ 20 من», «الـ32 من») or a qualifier read after it takes no partitive",
            "شارك قرابة الـ 20 من اللاعبين",
            "refused",
            _cardinal_with_article_or_qualifier,
        ),
        Rule(
            "an accusative scale («ألفا من») takes no partitive",
            "قتل ألفا من الجنود",
            "refused",
            _accusative_scale,
        ),
        Rule(
            "«واحد/واحدة» takes a partitive only before a definite plural («واحدة من الحالات»; «واحدة من"
            " أهم» is a superlative)",
            "يعد واحدا من أصدقائه",
            "refused",
            _one_not_of_a_definite_plural,
            traps=("سجلت واحدة من الحالات",),
        ),
        Rule(
            "«واحد» after a noun it counts (a unit before «من»: «يوم واحد من المفاوضات») counts that noun,"
            " not the one after «من»",
            "بقي يوم واحد من المفاوضات",
            "refused",
            _one_after_its_noun,
        ),
        Rule(
            "«واحدة» after an indefinite feminine noun it agrees with («جولة واحدة من المباريات») counts that noun",
            "زرع المزارع فسيلة واحدة من المزروعات",
            "refused",
            _one_after_a_feminine_noun,
        ),
        Rule(
            "a number after a word of a series («الجولة 25 من دوري») numbers it, no partitive",
            "في الجولة 25 من دوري المحترفين",
            "refused",
            _numbered_one,
        ),
        Rule(
            "«من» before a place or a club («ثلاث من الجوف») says where from, not what of (a name with a"
            " plural's form is the plural: «اثنين من الإخوان»)",
            "وصل ثلاثة من الجوف",
            "refused",
            _from_a_place,
            traps=("عاد اثنين من الإخوان",),
        ),
        Rule(
            "a currency after «من» («ملايين من الدولارات») makes the number an amount of money",
            "أنفقت ملايين من الدولارات",
            "took",
            _currency_after_from,
        ),
        Rule(
            "«من» and the noun after a cardinal or a vague number with no noun of its own is its counted"
            " noun, in the span («عشرات من فرق الإسعاف»)",
            "وصلت عشرات من فرق الإسعاف",
            "took",
            _partitive,
        ),
    ),
)
"""The partitive table: whether «من» and the noun after a number with no noun of its own is the noun it
counts («خمسة من رموز السينما», «عشرات من فرق الإسعاف»). The outcome is the tail the number takes (a
currency makes it money) or ``False``. Rules 7 to 13 ask about cardinals only; a vague number
(«عشرات», «آلاف») takes any partitive the first six leave."""


# -- the noun before «واحد» table ---------------------------------------------------------------


def _one_without_article(c: OneCandidate) -> Word | bool | None:
    return False if c.definite and c.noun is None else None


def _short_or_god(c: OneCandidate) -> Word | bool | None:
    noun = c.noun
    if not c.definite or noun is None:
        return None
    return False if len(noun.text) < 4 or noun.text in ONE_NOT_NOUNS else None


def _definite_before_one(c: OneCandidate) -> Word | bool | None:
    t = c.word.text
    return False if not c.definite and (t.startswith(ARTICLE) or len(t) < 2) else None


def _one_noun(c: OneCandidate) -> tuple[str, str]:
    """The noun's text and its text without the article (the rules after the first three)."""
    noun = c.noun
    if noun is None:
        raise RuntimeError("the noun before one table's first rule refuses a word with no article before «الواحد»")
    return noun.text, noun.text[2:] if c.definite else noun.text


def _noun_one_of_them(c: OneCandidate) -> Word | bool | None:
    # «مصاب واحد من الثلاثة», «جزء واحد من المنظومة»: an indefinite noun (seen with the article, no
    # pronoun: ``seen_definite``) before «واحد» and «من» is what there is one of; a verb, a name or a
    # pronoun before it («يعد واحدا من», «وهو واحد من») is left to the next rule
    f, noun, after = c.finder, c.noun, c.after
    if c.definite or noun is None or after is None or after.text != FROM or len(noun.text) < 3:
        return None
    if len(noun.text) == 3 and noun.text[0] in PREPOSITION_LETTERS:
        return None  # «بأن واحدا من كل ستة»: a preposition and a particle
    if NISBA.fullmatch(noun.text) or not f.may_count(noun.text, noun.text):
        return None
    if (noun.text, f.nt[c.start : c.end]) in f.lx.idioms or not f.seen_definite(noun):
        return None
    of = f.word_at(after.end)
    if of is not None and (SUPERLATIVE.fullmatch(of.text) or of.text == BETWEEN):
        return None  # «مدينة واحدة من أكبر المدن», «اختيار واحد من بين ثلاثة»: one of them
    return noun


def _one_of_them(c: OneCandidate) -> Word | bool | None:
    f = c.finder
    _, bare = _one_noun(c)
    after = c.after
    if after is not None and after.text == FROM and bare not in f.lx.units and f.nt[c.start : c.end] not in TWO_FORMS:
        return False
    return None


def _not_a_counted_noun(c: OneCandidate) -> Word | bool | None:
    return False if not c.finder.may_count(*_one_noun(c)) else None


def _set_phrase_with_one(c: OneCandidate) -> Word | bool | None:
    f = c.finder
    _, bare = _one_noun(c)
    return False if (bare, f.nt[c.start : c.end]) in f.lx.idioms else None


def _nisba_and_its_noun(c: OneCandidate) -> Word | bool | None:
    f, noun = c.finder, c.noun
    text, _ = _one_noun(c)
    if noun is None:  # (refused by the first rule, as _one_noun says)
        return None
    if c.definite or not NISBA.fullmatch(text) or text in f.lx.units:
        return None
    prev = f.words_before(noun.start, 2)
    if (
        prev
        and not prev[-1].text.startswith(ARTICLE)
        and f.may_count(prev[-1].text, prev[-1].text)
        and not (len(prev) > 1 and prev[0].text in NEGATIONS)  # «لا تزال شرقية واحدة»: a verb
        and (not text.endswith("يه") or f.feminine_singular(prev[-1]))
    ):
        head = f.without_and(prev[-1])
        return Word(head.text, head.start, noun.end)
    return None


def _noun_before_one(c: OneCandidate) -> Word | bool | None:
    return c.noun


NOUN_BEFORE_ONE: RuleTable[OneCandidate, Word | bool] = RuleTable(
    "noun before one",
    LAYER,
    (
        Rule(
            "«الواحد» after a word with no article (a proclitic or two before the article allowed, «للسهم» read"
            " as «السهم») says one of no noun («عبد الواحد» is a name)",
            "استقبل عبد الواحد الضيوف",
            "refused",
            _one_without_article,
            traps=("بلغ سعر للسهم الواحد 20 ريالا",),
        ),
        Rule(
            "the article and one letter, or «الله», before «الواحد» is not a noun it counts",
            "دعا إلى عبادة الله الواحد",
            "refused",
            _short_or_god,
        ),
        Rule(
            "«واحد» after a definite word («الهدف واحد») or a word of one letter says what it is, it counts no noun",
            "قال إن الهدف واحد",
            "refused",
            _definite_before_one,
        ),
        Rule(
            "an indefinite noun seen with the article right before «واحد» and «من» is what there is one of («مصاب"
            " واحد من الثلاثة», «جزء واحد من المنظومة»); not a verb, a name or a word with a pronoun, nor before a"
            " superlative («مدينة واحدة من أكبر المدن») (issue 15, session 26: 11 in the 2,727 articles of"
            " 2015-07-22/07-31, 4 of them copies of one article; dev6 and dev7 1 each)",
            "عملت الفرق على إسعاف مصاب واحد من الثلاثة",
            "took",
            _noun_one_of_them,
            traps=(
                "يعد واحدا من أبرز اللاعبين",
                "وهو واحد من أكثر الشخصيات",
                "وقفوا صفا واحدا من أجل الوطن",
                "أفادت الهيئة بأن واحدا من كل ستة أشخاص",
                "قدم عضو في مجلس مدينة واحدة من أكبر المدن البرازيلية",
                "يتعين على الأعضاء اختيار واحد من بين ثلاثة خيارات",
            ),
        ),
        Rule(
            "«واحد» before «من» is one of them («يعد واحدا من أبرز»), the word before it is not its noun, unless"
            " that word is a unit or the number is «اثنين» («صحافيين اثنين من البوابة»)",
            "يعد واحدا من أبرز اللاعبين",
            "refused",
            _one_of_them,
        ),
        Rule(
            "a function word, a number, an ordinal, a date word that is no unit, a month or a past-tense verb in"
            " «وا» («في آن واحد», «وأصيبوا واحدا») before «واحد» is not its noun («منذ عام واحد»: a time unit is)",
            "قتل المسلحون رجلا وأصيبوا واحدا",
            "refused",
            _not_a_counted_noun,
            traps=("منذ عام واحد",),
        ),
        Rule(
            "a word and «واحد» that make a set phrase of idioms.txt («صفا واحدا», united) count nothing",
            "وقف الشعب صفا واحدا ضد الإرهاب",
            "refused",
            _set_phrase_with_one,
        ),
        Rule(
            "a nisba adjective before «واحد», after an indefinite noun it agrees with, is one of the noun and its"
            " adjective («جندي أفغاني واحد»); not after a negation («لا تزال شرقية واحدة»: the word before is a verb)",
            "قتل جندي أفغاني واحد",
            "took",
            _nisba_and_its_noun,
            traps=("لا تزال شرقية واحدة",),
        ),
        Rule(
            "the noun right before «واحد» («يوم واحد», «وقلب واحد», «لموسم واحد»: «و» and a preposition left out),"
            " or the definite noun before «الواحد» («اليوم الواحد»), is what there is one of",
            "استمر الإضراب يوما واحدا",
            "took",
            _noun_before_one,
        ),
    ),
)
"""The noun before «واحد» table: whether the word right before «واحد» (or «الواحد», or «اثنين» after a
dual) is the noun it counts («يوم واحد», «اليوم الواحد», «جندي أفغاني واحد»). The outcome is that noun
(with its adjective) or ``False``. Asked by the rules that read one of a noun (count: «noun and one»,
«dual noun and two»; ordinal: «a definite noun and الواحد»)."""


# -- the later qualifier table -----------------------------------------------------------------


def _later_qualifier_alone(c: LaterQualifierCandidate) -> QualifierName | None:
    return c.after if c.before == "exact" else None  # type: ignore[return-value]


def _later_bound_over_approximation(c: LaterQualifierCandidate) -> QualifierName | None:
    return c.after if c.before == "approximate" and c.after in ("at_least", "at_most") else None  # type: ignore[return-value]


def _qualifier_before_stays(c: LaterQualifierCandidate) -> QualifierName | None:
    return c.before  # type: ignore[return-value]


LATER_QUALIFIER: RuleTable[LaterQualifierCandidate, QualifierName] = RuleTable(
    "later qualifier",
    LAYER,
    (
        Rule(
            "a qualifier after the counted noun («100 شخص على الأقل») qualifies a number with none before it",
            "قتل 100 شخص على الأقل",
            "took",
            _later_qualifier_alone,
        ),
        Rule(
            "a bound after the counted noun («على الأقل», «على الأكثر») overrides «نحو» before the number: the"
            " sentence claims the bound, «نحو» hedges it",
            "قتل نحو 100 شخص على الأقل",
            "took",
            _later_bound_over_approximation,
            traps=("قتل نحو 100 شخص تقريبا",),
        ),
        Rule(
            "otherwise the qualifier before the number stays («أكثر من 100 شخص على الأقل»), and a vague"
            " number stays vague («عشرات الأشخاص على الأقل»)",
            "قتل أكثر من 100 شخص على الأقل",
            "refused",
            _qualifier_before_stays,
        ),
    ),
)
"""The later qualifier table: whether a qualifier after a count's noun («على الأقل», «تقريبا», «فقط»)
replaces the one before its number. The outcome is the count's qualifier. Asked when a count is
emitted with a qualifier after its noun."""


# -- the word after a dual table ---------------------------------------------------------------


def _dual_adjective(c: DualCandidate) -> DualJoin | None:
    nxt, f = c.next, c.finder
    if nxt is None:  # (the table is asked only when a word follows the dual)
        return None
    # not «يين» in «م» after a listed dual: a participle of a defective verb («متوفيين») ends so too
    if (
        (
            c.open
            or nxt.text.endswith(NISBA_DUAL_ENDS[1:])
            or (nxt.text.endswith(NISBA_DUAL_ENDS[0]) and not nxt.text.startswith(PARTICIPLE_PREFIX))
        )
        and agrees_as_dual(nxt.text, c.noun)
        and nxt.text not in f.lx.loose_adjectives
    ):
        return DualJoin(nxt.end, nxt.end, Fraction(2))
    return None


def _two_after_dual(c: DualCandidate) -> DualJoin | None:
    nxt = c.next
    if nxt is None:
        return None
    entry = c.finder.lx.numbers.words.get(nxt.text)
    return DualJoin(nxt.end, c.end, Fraction(2)) if entry is not None and entry.value == 2 else None


def _dual_and_half(c: DualCandidate) -> DualJoin | None:
    nxt, f = c.next, c.finder
    if nxt is None:
        return None
    if nxt.text != AND_HALF:
        return None
    end = nxt.end
    unit = f.word_at(end)  # «ونصف العام», «ونصف الساعة»: the unit again, with the article
    if unit is not None and unit.text.startswith(ARTICLE) and unit.text[2:] in f.lx.units:
        end = unit.end
    return DualJoin(end, c.end, Fraction(5, 2))


def _dual_alone(c: DualCandidate) -> DualJoin | None:
    return DualJoin(c.end, c.end, Fraction(2))


AFTER_DUAL: RuleTable[DualCandidate, DualJoin] = RuleTable(
    "word after a dual",
    LAYER,
    (
        Rule(
            "an adjective agreeing with the dual («دورتين تدريبيتين», «جنديان أمريكيان», «عنصرين إرهابيين») is"
            " part of its unit; not «يين» starting with «م» after a listed dual («شخصين متوفيين»: deceased, a"
            " participle, no kind of person) nor a loose adjective («يومين متتاليين»)",
            "نظمت الجمعية دورتين تدريبيتين للشباب",
            "took",
            _dual_adjective,
            traps=("توفي شخصين متوفيين", "أضرب العمال يومين متتاليين"),
        ),
        Rule(
            "«اثنين» after a dual repeats its number and is in the span («يومين اثنين»)",
            "استمر الإضراب يومين اثنين",
            "took",
            _two_after_dual,
        ),
        Rule(
            "«ونصف» after a dual adds a half, with the unit again after it («عامين ونصف العام» is 5/2 years)",
            "سجن عامين ونصف العام",
            "took",
            _dual_and_half,
        ),
        Rule(
            "any other word after a dual is not part of it",
            "استمر الإضراب يومين في المدينة",
            "refused",
            _dual_alone,
        ),
    ),
)
"""The word after a dual table: whether the word after a dual read as a number («خلال يومين») is its
adjective, «اثنين» or «ونصف», part of the quantity. The outcome is where the quantity and its unit end
and its value. Asked by ``Finder.emit_dual`` when a word follows the dual."""


# -- the scale alone table ---------------------------------------------------------------------


def _dual_scale_with_noun(c: ScaleAloneCandidate) -> Fraction | None:
    return c.value if c.noun else None


def _accusative_scale_alone(c: ScaleAloneCandidate) -> Fraction | None:
    return c.value / 2


SCALE_ALONE: RuleTable[ScaleAloneCandidate, Fraction] = RuleTable(
    "scale alone",
    LAYER,
    (
        Rule(
            "«ألفا», «مليوني» before the counted noun is the dual in construct: two thousand soldiers («ألفا جندي»)",
            "قتل ألفا جندي في المعارك",
            "refused",
            _dual_scale_with_noun,
        ),
        Rule(
            "«ألفا», «مليونا» with no counted noun after it is the accusative of the singular: one thousand («قتل"
            " ألفا»)",
            "قتل في المعارك ألفا",
            "took",
            _accusative_scale_alone,
        ),
    ),
)
"""The scale alone table: whether one scale word of the form «ألفا»/«ألفي» (``dual_acc``) is the dual (two
thousand, before its noun) or the accusative of the singular (one thousand, alone). The outcome is the
count's value. Asked by ``Finder.emit_count`` for a count whose number is that one word."""


# -- the ordinal table -------------------------------------------------------------------------


def _preliminary(c: OrdinalCandidate) -> int | None:
    # «التقرير الأولي», «مسعف أولي»: «أولي» written with «ي» after a masculine noun is the nisba adjective
    # (preliminary); «أولى» (first) is feminine, and a writer who spells it with «ي» puts it after a
    # feminine noun («الروضة الأولي») or a broken plural («الأيام الأولي»)
    f, before = c.finder, c.before
    if c.value != 1 or c.teen or before is None or not f.nt[c.start : c.word_end].endswith("اولي"):
        return None
    a, b = f.norm.to_original(c.word_end - 1, c.word_end)
    if f.norm.original[a:b] != "ي":
        return None
    t = before.text
    definite = t if t.startswith(ARTICLE) else ARTICLE + t
    if t.endswith(("ه", "ات", "ي", "ا")) or len(t) < 3 or BROKEN_PLURAL.fullmatch(definite):
        return None
    if t in f.lx.never_definite or f.lx.numbers.lookup(t) is not None:
        return None  # a verb or a particle before it: «كان الأولي»
    return c.end


def _sunday(c: OrdinalCandidate) -> int | None:
    parts = c.finder.nt[c.start : c.word_end].split()
    if parts[0] != SUNDAY:
        return None
    end = c.start + len(parts[0])
    if (c.teen and parts[-1] != TEN_MASCULINE) or (c.before is not None and c.before.text == DAY):
        return end
    if c.teen and c.next is not None:
        # «الأحد عشر سنوات»: a plural noun after «عشر» makes it Sunday and ten; after the eleventh
        # no counted noun follows
        ten = Numeral(c.word_end - len(parts[-1]), c.word_end, "cardinal", value=Fraction(10))
        if c.finder.noun_at(c.word_end, ten, c.next) is not None:
            return end
    return None


def _definite_noun_and_one(c: OrdinalCandidate) -> int | None:
    f = c.finder
    if c.form != "compound" or c.teen or c.end != c.word_end or f.nt[c.start : c.word_end] not in ONE_FORMS:
        return None
    noun = f.noun_before_one(c.start, c.end, definite=True)
    return None if noun is None else f.emit_one(noun, c.start, c.end)


def _after_definite_cardinal(c: OrdinalCandidate) -> int | None:
    # the cardinal may belong to the quantity just found («الأشهر الستة»), so read the text itself
    before = c.finder.nt[max(0, c.start - 12) : c.start].split()
    return c.end if before and before[-1] in c.finder.lx.definite_units else None


def _one_of_a_pair(c: OrdinalCandidate) -> int | None:
    f = c.finder
    if c.value not in (1, 2) or c.form == "construct" or c.end != c.word_end:
        return None
    nt = f.nt
    if c.value == 2 and not (
        nt[c.start - 1 : c.start] == AND or (c.before is not None and c.before.text == normalize("أما"))
    ):
        return None  # the second one alone («والثانية», «أما الثاني»), not a noun's rank («والمرحلة الثانية»)
    start = _sentence_start(nt, c.start)
    firsts = [m.start() for m in FIRST_WORD.finditer(nt, start, c.end)]
    if not firsts or (c.value == 1 and firsts[-1] != c.start) or (c.value == 2 and firsts[-1] >= c.start):
        return None
    first = firsts[-1]  # the nearest «الأول» before «الثاني»: «مرحلتين الأولى ... والمركزين الأول والثاني»
    for m in PAIR_NAMED.finditer(nt, start, first + 6):
        if m.start("first") == first and f.month_hit(m.start("dual")) is None:  # not «أكتوبر (تشرين الأول)»
            return c.end
    return None


def _half_of_the_year(c: OrdinalCandidate) -> int | None:
    if c.before is None:
        return None
    word = c.before.text
    # «للنصف الأول»: after ل the article loses its alef
    if without_proclitic(word, HALVES) not in HALVES and not (
        word.startswith("لل") and restore_article(word[1:]) in HALVES
    ):
        return None
    return c.end


def _ordinal_in_a_name(c: OrdinalCandidate) -> int | None:
    f = c.finder
    if c.before is None or c.teen:
        return None
    word, ordinal, names = c.before.text, f.nt[c.start : c.word_end], f.lx.ordinal_names
    if (word, ordinal) in names:
        return c.end
    if _is_nisba(word) and len(ws := f.words_before(c.before.start, 1)) == 1:
        # «الفريق الكروي الأول», «السيدة الأمريكية الأولى»: a definite nisba adjective between the name's
        # noun and its ordinal
        word = ws[0].text
        if (word, ordinal) in names:
            return c.end
    # «للفريق الأول», «بالسيدة الأولى»: the name behind a one-letter proclitic
    if word[:1] in PROCLITIC_LETTERS and (restore_article(word[1:]), ordinal) in names:
        return c.end
    return None


def _is_nisba(word: str) -> bool:
    """Whether ``word`` is a definite nisba adjective («الكروي», «الأمريكية»)."""
    return word.startswith(ARTICLE) and len(word) > 4 and word.endswith(("ي", "ية", "يه"))


def _regnal_number(c: OrdinalCandidate) -> int | None:
    f = c.finder
    if c.before is None or c.teen or not f.nt.startswith(ARTICLE, c.start):
        return None
    titles = f.lx.regnal_titles
    # «الملكة اليزابيث الثانية», «الملك عبد الله الثاني»: the title, then a name of one or two words
    ws = f.words_before(c.start, 3)
    for i, w in enumerate(ws[:-1]):
        if without_proclitic(w.text, titles) not in titles:
            continue
        name = ws[i + 1 :]
        # a name of two words has no article or function word («الملك في المركز الثاني» is no name)
        # and a name of one word no preposition before an article («فاز الملك بالجائزة الأولى»)
        if any(n.text in f.lx.not_units or n.text[1:].startswith(ARTICLE) for n in name):
            continue
        if len(name) == 1 or not any(n.text.startswith(ARTICLE) for n in name):
            return c.end
    return None


_NATIONAL_TEAM = normalize("المنتخب")
_OUR_NATIONAL_TEAM = normalize("منتخبنا")


def _senior_team(c: OrdinalCandidate) -> int | None:
    f = c.finder
    if c.value != 1 or c.teen or not f.nt.startswith(ARTICLE, c.start):
        return None
    ws = f.words_before(c.start, 2)
    # «للمنتخب», «لمنتخبنا» (session 23: 8 of 10 such senior sides in 3,014 unannotated articles were read as
    # ranks): after ل the article loses its alef, and «منتخبنا» (our national team) is the same side
    texts = [restore_article(w.text[1:]) if w.text.startswith("لل") else w.text for w in ws]
    texts = [without_proclitic(t, (_NATIONAL_TEAM, _OUR_NATIONAL_TEAM)) for t in texts]
    texts = [_NATIONAL_TEAM if t == _OUR_NATIONAL_TEAM else t for t in texts]
    # «المنتخب الأول», «المنتخب السعودي الأول»: the senior side, its nationality between
    if texts[-1:] == [_NATIONAL_TEAM] or (len(texts) == 2 and texts[0] == _NATIONAL_TEAM and texts[1].endswith("ي")):
        return c.end
    return None


def _teen_part_alone(c: OrdinalCandidate) -> int | None:
    if c.form in ("teen", "cardinal_teen") and not c.teen and c.end == c.word_end:
        return c.word_end
    if c.form == "compound" and (c.teen or c.end == c.word_end):
        return c.word_end
    return None


def _yesterday_before(c: OrdinalCandidate) -> int | None:
    if c.before is None or c.before.text not in c.finder.lx.day_before:
        return None
    # «يوم أمس أول ضحية»: «أول» in construct before its noun ranks it, yesterday is when
    return None if c.form == "construct" and not _no_noun_after(c) else c.end


def _clock_after_designator(c: OrdinalCandidate) -> int | None:
    return c.end if c.before is not None and c.before.text in c.finder.lx.designators else None


def _rank_on_the_morning_of(c: OrdinalCandidate) -> int | None:
    # «عقدت المحكمة جلستها الثانية صباح اليوم», «لقاء الهلال الودي الثاني مساء الخميس»: the definite word
    # or the noun with a pronoun before the ordinal is what it ranks; «صباح/مساء» and a definite day after
    # it say when (a clock time has a preposition, «تمام» or «الساعة» before it: «في التاسعة مساء اليوم»)
    b, f = c.before, c.finder
    if c.form != "definite" or b is None or c.end != c.word_end:
        return None
    if not (b.text.startswith(ARTICLE) or (len(b.text) >= 5 and b.text.endswith(("ها", "ه")))):
        return None
    if b.text in f.lx.not_units or f.lx.cues.get(b.text, ("",))[0] != "":
        return None
    head, ordinal = b, f.nt[c.start : c.word_end]
    for _ in range(2):  # «الفريق الكروي الهلالي الأول»: the senior team, a name of ordinal_names.txt
        prev = f.words_before(head.start, 1) if _is_nisba(head.text) else []
        head = prev[0] if prev else head
    if (head.text, ordinal) in f.lx.ordinal_names:
        return None
    w = f.word_at(c.end)
    if w is None or w.text not in MORNING_EVENING:
        return None
    day = f.word_at(w.end)
    return f.emit_ordinal(c) if day is not None and day.text.startswith(ARTICLE) else None


def _clock_before_daytime(c: OrdinalCandidate) -> int | None:
    return c.end if c.finder.daytime_after(c.end) else None


def _after_from(c: OrdinalCandidate) -> Word | None:
    """The word after a «من» that follows the ordinal."""
    if c.next is None or c.next.text != FROM:
        return None
    return c.finder.word_at(c.next.end)


def _before_yesterday(c: OrdinalCandidate) -> int | None:
    after = _after_from(c)
    return after.end if after is not None and after.text == YESTERDAY else None


def _day_of_this_month_ordinal(c: OrdinalCandidate) -> int | None:
    after = _after_from(c)
    if after is None or after.text != THE_MONTH or c.form == "construct":
        return None
    f = c.finder
    rel = f.word_at(after.end)
    if rel is None or f.lx.cues.get(rel.text, ("",))[0] != "relative":
        return None
    f.emit(c.start, rel.end, (c.start, c.end), kind="date", day=c.value, relative=f.lx.cues[rel.text][1])
    return rel.end


def _day_of_month_ordinal(c: OrdinalCandidate) -> int | None:
    after = _after_from(c)
    if after is None or c.form == "construct":
        return None
    f = c.finder
    if f.lx.cues.get(after.text, ("",))[0] == "month_cue":
        after = f.word_at(after.end)  # «السابع والعشرين من شهر شعبان»
    mon = f.month_hit(after.start) if after is not None else None
    return None if mon is None else f.date(c.start, mon, day=c.value, day_end=c.end)


def _days_of_month_ordinals(c: OrdinalCandidate) -> int | None:
    nxt, f = c.next, c.finder
    if nxt is None or c.form != "definite" or not nxt.text.startswith(AND) or c.end != c.word_end:
        return None
    second = f.lx.numbers.ordinals.get(nxt.text[1:])
    if second is None or second[1] != "definite" or not c.value < second[0] <= 31:
        return None
    after = f.word_at(nxt.end)
    if after is None or after.text != FROM:
        return None
    mon = _month_from(f, f.word_at(after.end))
    if mon is None:
        return None
    return f.date(c.start, mon, day=None, day_end=nxt.end, days=(c.value, second[0]), num_start=c.start)


def _month_from(f: Finder, w: Word | None) -> MonthHit | None:
    """The month name at the word ``w``, behind a month cue («من شهر يوليو»)."""
    if w is not None and f.lx.cues.get(w.text, ("",))[0] == "month_cue":
        w = f.word_at(w.end)
    return f.month_hit(w.start) if w is not None else None


def _second_day(c: OrdinalCandidate) -> tuple[int, int] | None:
    """The second day of a span after the ordinal ``c``: a definite ordinal glued to «و» («والخامس») or
    after a joiner of ``DAY_SPAN_JOINERS`` («إلى الثاني عشر», «وحتى 15»); its value and end."""
    f = c.finder
    w = f.word_at(c.end)
    if w is None:
        return None
    if w.text not in DAY_SPAN_JOINERS:
        if not w.text.startswith(AND):
            return None
        w = Word(w.text[1:], w.start + 1, w.end)  # «والخامس عشر»
    else:
        if w.text == AND and (nxt := f.word_at(w.end)) is not None and nxt.text == UP_TO:
            w = nxt  # «و حتى»
        m = DAY_DIGITS.match(f.nt, w.end)
        if m is not None:
            return int(m.group(1)), m.end()
        nxt = f.word_at(w.end)
        if nxt is None:
            return None
        w = nxt
    second = f.lx.numbers.ordinals.get(w.text)
    if second is None or second[1] != "definite":
        return None
    teen = f.word_at(w.end)
    if teen is not None and teen.text in TEENS:
        return second[0] + 10, teen.end
    return second[0], w.end


def _day_span_to_month(c: OrdinalCandidate) -> int | None:
    f = c.finder
    if c.form != "definite" or c.value > 31:
        return None
    second = _second_day(c)
    if second is None or not c.value < second[0] <= 31:
        return None
    w = f.word_at(second[1])
    if w is not None and w.text == FROM:
        w = f.word_at(w.end)
    mon = _month_from(f, w)
    if mon is None:
        return None
    start = c.start  # «من» or «(ما) بين» before the first day opens the span, as before digits («من 2 إلى 6 أكتوبر»)
    if c.before is not None and c.before.text in RANGE_OPENERS and c.before.end == c.start - 1:
        start = c.before.start
        if c.before.text == BETWEEN and (ws := f.words_before(start, 1)) and ws[0].text == WHAT:
            start = ws[0].start
    return f.date(start, mon, day=None, day_end=second[1], days=(c.value, second[0]), num_start=c.start)


_CARDINAL_FORMS = ("cardinal", "cardinal_teen")
AGE_OPENERS = frozenset(normalize(w) for w in ("في", "بلغ", "يبلغ", "تبلغ", "بلغت", "ببلوغه", "بلوغ"))
"""Words before an ordinal that make it an age with «من عمره» after it («في الخامسة من عمره»)."""


def _age(c: OrdinalCandidate) -> int | None:
    after = _after_from(c)
    # a definite ten («الستين»), or a definite ordinal alone or compound («الخامسة», «الخامسة
    # والعشرين»): an age is said with the ordinal form («في الخامسة من عمره» is aged five)
    if c.form not in ("cardinal", "definite", "compound", "teen") or after is None:
        return None
    if not without_proclitic(after.text, AGE_WORDS).startswith(AGE_WORDS):
        return None
    if c.form != "cardinal":
        before = c.finder.words_before(c.start, 1)
        if not before or before[0].text not in AGE_OPENERS:
            return None  # «المرحلة الخامسة من عمر المشروع»: a rank in the life of a thing
    # «في الستين من العمر»: aged sixty, a duration with no unit written (as «في الثامنة عشرة»)
    c.finder.emit(c.start, c.end, (c.start, c.end), kind="duration", value=c.value, low=c.value, high=c.value)
    return c.end


def _age_after_sinn(c: OrdinalCandidate) -> int | None:
    # «دون سن العشرين», «في سن السادسة عشرة», «فوق سن الخمسين»: «سن» (the age of) and a definite ten or
    # ordinal is an age, a duration with no unit written; a bound before «سن» («دون سن», qualifiers.tsv)
    # opens the span, as the guideline writes «تحت سن 19 عاما»
    b, f = c.before, c.finder
    if c.form not in ("cardinal", "definite", "compound", "teen") or b is None or c.value > 120:
        return None
    if without_proclitic(b.text, AGE_OF_SINN) not in AGE_OF_SINN:
        return None
    start, qualifier = c.start, "exact"
    bound = f.phrase_before(c.start, f.lx.qual_before, f.lx.qual_last_words)
    if bound is not None and bound[0] not in ("exact", "approximate") and bound[1] < c.start:
        qualifier, start = bound[0], bound[1]
    low, high = (None, c.value) if qualifier in ("less_than", "at_most") else (c.value, None)
    if qualifier == "exact":
        low = high = c.value
    f.emit(start, c.end, (c.start, c.end), kind="duration", qualifier=qualifier, value=c.value, low=low, high=high)
    return c.end


def _definite_cardinal_with_noun(c: OrdinalCandidate) -> int | None:
    if c.form not in _CARDINAL_FORMS or c.next is None:
        return None
    f = c.finder
    n = Numeral(c.start, c.end, "cardinal", value=Fraction(c.value), definite=True)
    tail = f.tail(c.end, n)
    if tail.unit is None:
        return None
    noun = f.nt[tail.unit[0] : tail.unit[1]].split()[0]
    # the noun of a definite ten is a singular in the accusative («يوما», «سنة»): «الذكرى الخمسين
    # لاستقلالها» has none
    if tail.kind == "count" and not (noun.endswith(ACCUSATIVE) and not noun.endswith(PRONOUN_ENDINGS)):
        return None
    f.emit(
        c.start,
        tail.end,
        (c.start, c.end),
        kind=tail.kind,
        value=c.value,
        low=c.value,
        high=c.value,
        unit=f.unit_text(tail.unit),
        currency=tail.currency,
    )
    return tail.end


def _age_after_in(c: OrdinalCandidate) -> int | None:
    compound = c.form == "cardinal" or (c.form in ("teen", "compound") and c.end != c.word_end)
    if not compound or c.before is None or c.before.text != IN:
        return None
    return c.end if c.next is None or c.next.text == FROM else None


def _exact_age_after_in(c: OrdinalCandidate) -> int | None:
    if not c.teen or c.before is None or c.before.text != IN:
        return None
    if not (c.next is None or c.next.text == FROM or c.next.text in c.finder.lx.not_units):
        return None
    # «وهو في الثامنة عشرة»: aged eighteen, a duration with no unit written
    c.finder.emit(c.start, c.end, (c.start, c.end), kind="duration", value=c.value, low=c.value, high=c.value)
    return c.end


def _part_of_a_definite_cardinal(c: OrdinalCandidate) -> int | None:
    f = c.finder
    if c.form != "cardinal" or c.start == 0 or f.nt[c.start - 1] != AND:
        return None
    before = f.words_before(c.start - 1, 1)
    word = before[0].text if before else ""
    numbers = f.lx.numbers
    if word.startswith(ARTICLE) and numbers.lookup(word[2:]) is not None:
        return c.end  # «المائة والخمسين», «الأربعين والستين»
    return None


def _after_definite_plural(c: OrdinalCandidate) -> int | None:
    if c.form not in _CARDINAL_FORMS or c.before is None:
        return None
    return c.end if DEFINITE_PLURAL.fullmatch(c.before.text) else None


def _rank(c: OrdinalCandidate) -> int | None:
    if c.form != "construct" or c.before is None:
        return None
    ranks = c.finder.lx.ranks
    return c.end if without_proclitic(c.before.text, ranks) in ranks else None


def _no_noun_after(c: OrdinalCandidate) -> bool:
    """Whether no noun follows the ordinal (a function word, a preposition, the conjunction)."""
    nxt, lx = c.next, c.finder.lx
    if nxt is None:
        return True
    nt = nxt.text
    if nt in lx.not_units or nt == YESTERDAY or nt.startswith(PREP_START):
        return True
    return lx.numbers.lookup(nt) is not None or nt.startswith(("ب", AND))  # a preposition or the conjunction


def _indefinite_adjective(c: OrdinalCandidate) -> int | None:
    if c.form not in ("construct", "indefinite") or c.value < 2 or c.before is None:
        return None
    f = c.finder
    if c.form == "construct" and not _no_noun_after(c):
        return None  # «ثالث مرة»: the noun follows
    w = f.without_and(c.before)
    if w.start < f.floor or w.text.startswith(ARTICLE) or not f.may_count(w.text, w.text):
        return None
    if c.form == "indefinite" and not w.text.endswith(ACCUSATIVE[0]):
        return None  # «لقبا رابعا»: both accusative; «وقال ثانيا» is an adverb after a verb
    if f.lx.numbers.lookup(w.text) is not None or w.text in f.lx.ranks:
        return None
    return f.emit_ordinal(c)


def _feminine_adjective(c: OrdinalCandidate) -> int | None:
    # «ولاية خامسة», «لسنة ثالثة», «لولاية رئاسية ثالثة»: the indefinite feminine ordinal after the
    # indefinite noun written with «ة» it describes; a definite word after it makes a phrase or a name
    # («ثالثة الأثافي», «ساحة رابعة العدوية»)
    if c.form != "feminine" or c.before is None:
        return None
    f = c.finder
    if not _ranks_feminine_noun(f, c.before, c.start, c.word_end, c.next):
        return None
    return f.emit_ordinal(c)


def _ranks_feminine_noun(f: Finder, before: Word, start: int, end: int, nxt: Word | None) -> bool:
    """Whether the feminine ordinal word at ``start`` to ``end`` is the adjective of ``before``, an
    indefinite noun written with «ة» («ولاية خامسة», «مرة ثانية»): no definite word after the ordinal,
    no number, and no phrase of idioms.txt («من جهة ثالثة»)."""
    if nxt is not None and nxt.text.startswith(ARTICLE):
        return False
    w = f.without_and(before)
    if w.start < f.floor or w.text.startswith(ARTICLE) or not f.feminine_singular(w):
        return False
    if (w.text, f.nt[start:end]) in f.lx.idioms or not f.may_count(w.text, w.text):
        return False  # «من جهة ثالثة»: on a further side, a phrase of idioms.txt
    return f.lx.numbers.lookup(w.text) is None


FIRST_FEMININE = normalize("أولى")
"""«أولى»: «first» after an indefinite feminine noun («مرحلة أولى»), «more worthy» before «بـ»."""


def _first_after_feminine(c: OrdinalCandidate) -> int | None:
    # «كمرحلة أولى», «خطوة أولى»: the feminine of «أول» after the indefinite noun it describes is
    # its rank; «أولى بالرعاية» (more worthy of) and a noun after it («أولى المباريات») are not
    f = c.finder
    if c.value != 1 or c.before is None or f.nt[c.start : c.word_end] != FIRST_FEMININE:
        return None
    if c.next is not None and (c.next.text.startswith("ب") or not _no_noun_after(c)):
        return None
    w = f.without_and(c.before)
    if w.start < f.floor or w.text.startswith(ARTICLE) or not w.text.endswith("ه"):
        return None
    if not f.may_count(w.text, w.text) or f.lx.numbers.lookup(w.text) is not None:
        return None
    return f.emit_ordinal(c)


def _indefinite_alone(c: OrdinalCandidate) -> int | None:
    return c.end if c.form in ("indefinite", "feminine") else None


def _ordinal_idiom(c: OrdinalCandidate) -> int | None:
    # «ثاني أكسيد الكربون», «أول أكسيد الكربون»: a compound's name (idioms.txt), no rank
    nxt, f = c.next, c.finder
    if nxt is None or c.end != c.word_end:
        return None
    return nxt.end if (f.nt[c.start : c.word_end], nxt.text) in f.lx.idioms else None


def _first_before_b_or_w_noun(c: OrdinalCandidate) -> int | None:
    # «أول بنك», «أول وزير»: «ب» or «و» is the noun's own first letter, not a preposition or the
    # conjunction, when the word is the more frequent with it (``without_preposition``, ``and_before_word``)
    nxt, f = c.next, c.finder
    if c.form != "construct" or nxt is None or not nxt.text.startswith(("ب", AND)) or len(nxt.text) < 3:
        return None
    nt, lx = nxt.text, f.lx
    if nt in lx.not_units or nt == YESTERDAY or nt.startswith(PREP_START) or nt in lx.duals:
        return None
    if lx.numbers.lookup(nt[1:]) is not None or nt[1:] in lx.numbers.ordinals:
        return None  # «أولا بأول», «أول وثاني»
    own = f.without_preposition(nxt) is nxt if nt.startswith("ب") else not f.and_before_word(nxt)
    return f.emit_ordinal(c, nxt) if own else None


def _first_without_noun(c: OrdinalCandidate) -> int | None:
    if c.form != "construct":
        return None
    return c.end if _no_noun_after(c) else None


def _first_two(c: OrdinalCandidate) -> int | None:
    nxt = c.next
    if c.form != "construct" or nxt is None:
        return None
    return c.end if nxt.text in c.finder.lx.duals else None


def _first_ten(c: OrdinalCandidate) -> int | None:
    if c.form != "construct" or not c.teen or c.word_end == c.start:
        return None
    # «أول عشرة أسماء» is the first ten names, no eleventh: the ten is read on from its own word
    gap = c.finder.nt.find(" ", c.start, c.word_end)
    return gap + 1 if gap > 0 else None


def _first_of_month(c: OrdinalCandidate) -> int | None:
    nxt, f = c.next, c.finder
    if c.form != "construct" or c.teen or nxt is None:
        return None
    mon = f.month_hit(nxt.start)
    return None if mon is None else f.date(c.start, mon, day=1, day_end=c.end)


def _first_with_noun(c: OrdinalCandidate) -> int | None:
    if c.form != "construct":
        return None
    # the noun it ranks stays outside the span, as the golds write it (36 of 38 in the tuning golds)
    return c.finder.emit_ordinal(c, c.next)


def _better_that(c: OrdinalCandidate) -> int | None:
    return c.end if c.next is not None and c.next.text in THAT else None


def _word_before(nt: str, a: int) -> str | None:
    m = POINTER_PREVIOUS.search(nt[max(0, a - 30) : a])
    return m.group("w") if m is not None and m.group("gap").isspace() else None


def _no_noun_before(nt: str, start: int, proclitic: str, lx: Lexicons) -> bool:
    """Whether the definite ordinal at normalised ``start`` (``proclitic`` before it) has no noun before it: a
    «ف» on it, punctuation or the text's start before it, a particle (``pointer_particles.txt``) or a verb (a
    word never seen with the article), not a verb of rank (``rank_verbs.txt``: «حل الأول»)."""
    if proclitic == "ف":
        return True
    a = start - len(proclitic)
    m = POINTER_PREVIOUS.search(nt[max(0, a - 30) : a])
    if m is None or not m.group("gap").isspace():
        return True
    w = m.group("w")
    bare = w[1:] if w[0] in "وف" and len(w) > 3 else w
    if w in RANK_VERBS or bare in RANK_VERBS:
        return False
    if w in POINTER_PARTICLES or bare in POINTER_PARTICLES:
        return True
    if w.startswith(DEFINITE_STARTS):
        return False  # a definite noun's rank: «بالمركز الأول»
    if w in lx.never_definite or bare in lx.never_definite:
        return True
    # a verb and its object pronoun («تبعه الثاني»): the verb is never definite, a noun's stem is («هدفه»)
    return any(w.endswith(p) and len(w) - len(p) >= 3 and w[: -len(p)] in lx.never_definite for p in OBJECT_ENDS)


def _pointer_bare(nt: str, m: regex.Match[str], lx: Lexicons) -> bool:
    """Whether the pointer ordinal ``m`` (``POINTER_ORDINAL``) has no noun before it."""
    return _no_noun_before(nt, m.start("w") - len(ARTICLE), m.group("pro"), lx)


def _the_latter(nt: str, first: regex.Match[str]) -> regex.Match[str] | None:
    """The «الثاني», «الثانية», «الآخر» or «الأخرى» that comes next after ``first``, if nothing like it is nearer."""
    for n in POINTER_ORDINAL.finditer(nt, first.end(), min(len(nt), first.end() + POINTER_WINDOW)):
        return n if n.group("w") in POINTER_SECONDS else None
    return None


def _the_former(nt: str, second: regex.Match[str], lx: Lexicons) -> regex.Match[str] | None:
    """The bare «الأول» or «الأولى» that comes last before ``second``, if nothing like it is nearer."""
    last = None
    for n in POINTER_ORDINAL.finditer(nt, max(0, second.start() - POINTER_WINDOW), second.start()):
        last = n
    if last is None or last.group("w") not in POINTER_FIRSTS or last.group("pro") == AND:
        return None
    return last if _pointer_bare(nt, last, lx) else None


def _a_pair(nt: str, first: regex.Match[str], second: regex.Match[str]) -> bool:
    """Whether a bare former and ``second`` after it point back to two things, not rank a list."""
    if len(nt[first.end() : second.start()].split()) < 2:
        return False  # «الأول والثاني»: two ranks side by side
    before_first = _word_before(nt, first.start())
    if before_first is not None and before_first == _word_before(nt, second.start()):
        return False  # «المدعى عليه الأول ... المدعى عليه الثاني»: one noun phrase ranked twice
    w = None if second.group("pro") else _word_before(nt, second.start())
    if w is not None and (w.startswith(DEFINITE_STARTS) or w in RANK_VERBS):
        return False  # the latter has no noun before it either: «تبعه الثاني», «أما الثاني», «والثاني»
    third = POINTER_ORDINAL.finditer(nt, max(0, first.start() - 60), min(len(nt), second.end() + POINTER_WINDOW))
    return not any(n.group("w") in POINTER_THIRDS for n in third)  # a third after or just before: a list


def _former_or_latter(c: OrdinalCandidate) -> int | None:
    # «فانخفض الأول ... تبعه الثاني»: with no noun before it, «الأول» and a «الثاني» (or «الآخر») two words or
    # more after it, with no noun before that either, name the former and the latter of two things just
    # said; a third («والثالث») makes them ranks in a list («ينال الأول ... والثاني ... والثالث»)
    f = c.finder
    if c.value not in (1, 2) or c.form == "construct" or c.teen or c.end != c.word_end:
        return None
    nt = f.nt
    m = POINTER_ORDINAL.match(nt, c.start - 1) if c.start > 0 and nt[c.start - 1] in "وف" else None
    m = m if m is not None and m.end() == c.word_end else POINTER_ORDINAL.match(nt, c.start)
    if m is None or m.end() != c.word_end:
        return None
    if m.group("w") in POINTER_FIRSTS:
        if m.group("pro") == AND or not _pointer_bare(nt, m, f.lx):
            return None
        if c.next is not None and c.next.text in OF_THE_TWO:
            return c.end  # «اعترف الأول منهما»
        second = _the_latter(nt, m)
        return c.end if second is not None and _a_pair(nt, m, second) else None
    if m.group("w") not in POINTER_SECONDS:
        return None
    first = _the_former(nt, m, f.lx)
    return c.end if first is not None and _a_pair(nt, first, m) else None


def _ordinal(c: OrdinalCandidate) -> int | None:
    return c.finder.emit_ordinal(c)


ORDINAL: RuleTable[OrdinalCandidate, int] = RuleTable(
    "ordinal",
    LAYER,
    (
        Rule(
            "«الأحد» before «عشرة» or after «يوم» is Sunday, not the eleventh",
            "قتل يوم الأحد عشرة أشخاص",
            "refused",
            _sunday,
            traps=("نزل اللاعبون الأحد عشر إلى الملعب",),
        ),
        Rule(
            "a definite noun and «الواحد» after it are one of that noun («اليوم الواحد»)",
            "يعمل ثماني ساعات في اليوم الواحد",
            "took",
            _definite_noun_and_one,
            traps=("آمنوا بالله الواحد", "حل في المركز الواحد والثلاثين"),
        ),
        Rule(
            "the first part of a compound ordinal («الحادي», «الواحد») with no «عشر» or ten after it is not an ordinal",
            "غنى الحادي للقافلة في الصحراء",
            "refused",
            _teen_part_alone,
            traps=("في الحادي عشر من مايو", "احتفل بعيد ميلاده الحادي والعشرين", "حل في المركز الواحد والثلاثين"),
        ),
        Rule(
            "an ordinal after a definite cardinal («الأشهر الستة الأولى») says which of them, it is no rank",
            "وقع 150 حادثا خلال الأشهر الستة الأولى من العام",
            "refused",
            _after_definite_cardinal,
            traps=("حل في المركز الأول", "فاز في الجولة الخامسة الأولى"),
        ),
        Rule(
            "«الأول» or «الأولى» right after an indefinite dual (a comma or colon between) names the first of"
            " the pair («مرحلتين، الأولى ...»), and «الثاني» or «الثانية» after it in the sentence the second:"
            " no ranks",
            "نفذ المسلحون هجومين منفصلين، الأول استهدف تجمعا للميليشيات والثاني استهدف دورية",
            "refused",
            _one_of_a_pair,
            traps=(
                "حل في المركز الأول",
                "فاز الفريقان بالمركزين الأول والثاني",
                "في أكتوبر (تشرين الأول) الماضي حل الفريق ثانيا ثم الثاني",
                "خاض الفريق مباراتين وحل في المركز الثاني",
                "لعب الفريق مباراتين ثم بدأت المرحلة الثانية من الدوري",
                "حل الفريقان في المركزين الأول والثاني بعد مرحلتين",
            ),
        ),
        Rule(
            "an ordinal after a word of ordinal_names.txt makes a name, not a rank («العالم الثالث»,"
            " «الحرب العالمية الأولى», «الفريق الأول» the senior team, also behind a proclitic: «للفريق الأول»,"
            " and with a definite nisba adjective between: «الفريق الكروي الأول»)",
            "عمل حمالا في الجيش البريطاني في الحرب العالمية الأولى ثم طباخا",
            "refused",
            _ordinal_in_a_name,
            traps=(
                "حل في المركز الثالث",
                "فاز بالجائزة الأولى",
                "حل الفريق في المركز الأول",
                "فاز الفريق الثاني",
                "حل الفريق السعودي الثاني",
            ),
        ),
        Rule(
            "an ordinal one to two words after a sovereign's title (regnal_titles.txt) is a regnal"
            " number, not a rank («الملكة اليزابيث الثانية», «الملك عبدالله الثاني»)",
            "زارت الملكة اليزابيث الثانية المدينة",
            "refused",
            _regnal_number,
            traps=("حل الملك في المركز الثاني", "فاز الملك بالجائزة الأولى", "كانت زيارة الملك الأولى"),
        ),
        Rule(
            "«الأول» after «المنتخب» and its nationality is the senior side («المنتخب السعودي الأول»), not a rank",
            "خسر المنتخب السعودي الأول لكرة اليد مباراته الودية",
            "refused",
            _senior_team,
            traps=("حل المنتخب السعودي في المركز الأول", "فاز المنتخب بالمركز الأول", "حل منتخبنا في المركز الأول"),
        ),
        Rule(
            "an ordinal after «النصف» names a half of the year («النصف الأول», «للنصف الأول»), not a rank",
            "ارتفعت الأرباح خلال النصف الأول من العام",
            "refused",
            _half_of_the_year,
            traps=("ارتفعت الأرباح خلال الربع الأول من العام",),
        ),
        Rule(
            "an ordinal after «أمس» or «البارحة» is a day, not an ordinal («أمس الأول»), unless «أول» before its noun"
            " («يوم أمس أول ضحية»: issue 15, session 26)",
            "وصل الوفد أمس الأول",
            "refused",
            _yesterday_before,
            traps=("توفي يوم أمس أول ضحية للمرض",),
        ),
        Rule(
            "an ordinal after «الساعة» is a clock time",
            "بدأ الاجتماع عند الساعة التاسعة",
            "refused",
            _clock_after_designator,
        ),
        Rule(
            "a definite ordinal after the definite word or the noun with a pronoun it ranks, before «صباح» or «مساء»"
            " and a definite day, is a rank, not a clock time («جلستها الثانية صباح اليوم», «الودي الثاني مساء"
            " الخميس») (issue 15, session 26: 2 in the 2,727 articles of 2015-07-22/07-31, dev20 1)",
            "عقدت المحكمة جلستها الثانية صباح اليوم",
            "took",
            _rank_on_the_morning_of,
            traps=(
                "بدأ الحفل في التاسعة مساء اليوم",
                "يفتح من العاشرة صباح الخميس",
                "بدأ الاجتماع في التاسعة مساء",
                "أجرى الفريق الكروي الهلالي الأول مساء الأحد مرانه",
            ),
        ),
        Rule(
            "an ordinal before a time of day is a clock time («التاسعة مساء»)",
            "بدأ الاجتماع في التاسعة مساء",
            "refused",
            _clock_before_daytime,
            traps=("حل في المركز التاسع",),
        ),
        Rule(
            "«الأول من أمس» is the day before yesterday",
            "وصل الوفد الأول من أمس",
            "refused",
            _before_yesterday,
        ),
        Rule(
            "an ordinal before «من الشهر الحالي» is a day of that month",
            "تبدأ الدورة في السادس من الشهر الحالي",
            "took",
            _day_of_this_month_ordinal,
        ),
        Rule(
            "two ordinals joined by «و» before «من» and a month name are a span of days («الثالث والرابع من يوليو»)",
            "تقام الاحتفالات في الثالث والرابع من يوليو",
            "took",
            _days_of_month_ordinals,
            traps=("تبدأ الدورة في الأول من مايو",),
        ),
        Rule(
            "an ordinal day, «إلى», «حتى» or «و» and a second day (an ordinal, a teen or digits) before a month name"
            " are a span of days («من التاسع وحتى الثاني عشر من يوليو», «من الرابع إلى 15 أغسطس»)",
            "أغلق المطار في الفترة من التاسع وحتى الثاني عشر من يوليو",
            "took",
            _day_span_to_month,
            traps=(
                "حل في المركز الرابع إلى جانب فريقين",
                "انتقل من المركز الثالث إلى الأول من حيث النقاط",
                "فاز الفريق الثاني و3 من لاعبيه",
            ),
        ),
        Rule(
            "an ordinal before «من» and a month name is a day of that month",
            "تبدأ الدورة في الأول من مايو",
            "took",
            _day_of_month_ordinal,
            traps=("حل في المركز الأول من بين المتسابقين",),
        ),
        Rule(
            "a definite ten or ordinal («الستين», «الخامسة والعشرين») before «من عمره» or «من العمر» is an age,"
            " a duration, not an ordinal",
            "توفي وهو في الستين من العمر",
            "took",
            _age,
            traps=("في الثلاثين من يونيو", "بدأت المرحلة الخامسة من عمر المشروع"),
        ),
        Rule(
            "a definite ten or ordinal after «سن» (the age of) is an age, a duration («في سن السادسة عشرة»), a bound"
            " before «سن» its qualifier («دون سن العشرين»: less than twenty) (issue 15, session 26: 8 in the 2,727"
            " articles of 2015-07-22/07-31, all read as ordinals; dev20 1)",
            "تزوجت وهي دون سن العشرين",
            "took",
            _age_after_sinn,
            traps=("حل في المركز العشرين", "احتفل بالذكرى السنوية العشرين"),
        ),
        Rule(
            "a definite ten or a compound ordinal after «في» with no noun after it is an age («وهو في العشرين»)",
            "نشر روايته وهو في الحادية والعشرين.",
            "refused",
            _age_after_in,
            traps=("ولد في القرن العشرين", "في الحادي والعشرين من مارس"),
        ),
        Rule(
            "an ordinal teen after «في» with no noun after it is an exact age («وهو في الثامنة عشرة»)",
            "لعب مع هرتا برلين وهو في الثامنة عشرة، ثم انتقل",
            "took",
            _exact_age_after_in,
            traps=("في الحادي عشر من مارس", "فاز في الجولة الثامنة عشرة"),
        ),
        Rule(
            "a definite ten joined by «و» to a definite cardinal («المائة والخمسين») is part of it, not an ordinal",
            "خلال المائة والخمسين سنة الأخيرة",
            "refused",
            _part_of_a_definite_cardinal,
            traps=("في الخامس والعشرين من مايو",),
        ),
        Rule(
            "a definite cardinal after a definite plural («الأعوام الخمسين») counts it, it is not an ordinal",
            "تغيرت البلاد خلال الأعوام الخمسين الأخيرة",
            "refused",
            _after_definite_plural,
            traps=("احتفلت بالذكرى الخمسين لاستقلالها",),
        ),
        Rule(
            "a definite cardinal («التسعين», «الاثني عشر») before its counted noun is a count, not an ordinal",
            "تبدأ مهلة التسعين يوما",
            "took",
            _definite_cardinal_with_noun,
            traps=("في القرن العشرين", "احتفلت بالذكرى الخمسين لاستقلالها"),
        ),
        Rule(
            "«أولي» written with «ي» right after a masculine singular noun («التقرير الأولي», «مسعف أولي») is the"
            " adjective preliminary, not the first (issue 15, session 25: 4 in the 2,759 articles of"
            " 2015-07-22/07-31, all «التقرير الأولي»)",
            "وقالت الهيئة إن التقرير الأولي يفيد بوجود 4 أشخاص على متن الطائرة",
            "refused",
            _preliminary,
            traps=(
                "تقع في أربع مقرات وهي الروضة الأولي والعاشرة",
                "خلال الأيام الأولي من الشهر",
                "حل في المركز الأول",
                "وقال إن التقرير الأولى يصدر غدا",
            ),
        ),
        Rule(
            "an indefinite ordinal after an indefinite noun is its adjective («لقبا رابعا», «رجل ثالث»)",
            "حقق الفريق لقبا رابعا في البطولة",
            "took",
            _indefinite_adjective,
            traps=("ثانيا: تكثيف الاستثمارات", "هذه ثالث مرة", "التقى الفريق أول عبد الفتاح", "وقال ثانيا إن"),
        ),
        Rule(
            "an indefinite feminine ordinal («ثالثة» to «عاشرة») after an indefinite noun in «ة» is its adjective"
            " («ولاية خامسة», «مرة ثالثة»), not before a definite word nor in a phrase of idioms.txt («من جهة ثالثة»)",
            "فاز بلاتر بولاية خامسة في مايو",
            "took",
            _feminine_adjective,
            traps=("أما ثالثة الأثافي فهي", "تجمعوا في ساحة رابعة العدوية", "من جهة ثالثة قال", "في رابعة النهار"),
        ),
        Rule(
            "«أولى» after an indefinite feminine noun is its rank («كمرحلة أولى», «خطوة أولى»), not before «بـ»",
            "تبدأ الوزارة كمرحلة أولى من المشروع",
            "took",
            _first_after_feminine,
            traps=("الأسرة أولى بالرعاية", "هي أولى من غيرها", "في مباراة أولى المباريات"),
        ),
        Rule(
            "an indefinite ordinal alone («ثانيا») is a list heading or an adverb, not an ordinal",
            "ثانيا: تكثيف الاستثمارات",
            "refused",
            _indefinite_alone,
        ),
        Rule(
            "«أول» after a rank is part of the rank («الفريق أول»)",
            "التقى الفريق أول عبد الفتاح",
            "refused",
            _rank,
        ),
        Rule(
            "an ordinal and the word after it that make a set phrase of idioms.txt («ثاني أكسيد الكربون», carbon"
            " dioxide) are no rank (issue 15, session 26: 4 in the 2,727 articles of 2015-07-22/07-31, dev20 2)",
            "ارتفعت انبعاثات غاز ثاني أكسيد الكربون",
            "refused",
            _ordinal_idiom,
            traps=("حل في المركز الثاني أمس", "هذه ثاني مرة"),
        ),
        Rule(
            "«أول» or another ordinal in construct before a noun whose first letter is «ب» or «و» ranks it («أول"
            " بنك», «أول وزير»): the letter is the noun's own, not a preposition or «و», when the word is the more"
            " frequent with it (issue 15, session 26: 11 in the 2,727 articles of 2015-07-22/07-31)",
            "افتتح أول بنك إسلامي في المدينة",
            "took",
            _first_before_b_or_w_noun,
            traps=("تابع الملاحظات أولا بأول", "يعالجها أول بأول", "كان أول وأبرز من وصل", "وصل أول بالمنطقة"),
        ),
        Rule(
            "«أول» with no noun after it is not an ordinal",
            "كان أول من وصل",
            "refused",
            _first_without_noun,
            traps=("هذه أول مرة",),
        ),
        Rule(
            "«أول» before a dual noun is «the first two» («أول مباراتين»): the dual is the number, not a rank",
            "شارك في أول مباراتين بالبطولة",
            "refused",
            _first_two,
            traps=("هذه أول مرة يزور فيها المدينة",),
        ),
        Rule(
            "«أول» before «عشرة» is «the first ten» («أول عشرة أسماء»), not the eleventh: the ten is a count",
            "وكان من بين أول عشرة أسماء في القائمة",
            "refused",
            _first_ten,
        ),
        Rule(
            "«أول» before a month name is the month's first day («من أول يونيو»)",
            "الفترة الممتدة من أول يونيو وحتى منتصف يوليو",
            "took",
            _first_of_month,
            traps=("هذه أول مرة يزور فيها المدينة",),
        ),
        Rule(
            "«أول» or another ordinal before the noun it ranks is the ordinal alone, the noun out of its span",
            "هذه أول مرة يزور فيها المدينة",
            "took",
            _first_with_noun,
        ),
        Rule(
            "«الأولى أن» is «it is better to», not an ordinal",
            "كان الأولى أن يستقيل الوزير",
            "refused",
            _better_that,
        ),
        Rule(
            "«الأول» and «الثاني» with no noun before them (a verb, a particle or punctuation), two words or more"
            " apart and no «الثالث» after, point back to two things just named (the former, the latter), as"
            " «الأول منهما» does: no ranks (issue 15, session 26: about 20 of 175 such ordinals in the 2,759"
            " articles of 2015-07-22/07-31; dev9, dev14's golds)",
            "ضغط على السوق قطاعا البتروكيماويات والبنوك، فانخفض الأول بنسبة 1.02%، تبعه الثاني بنسبة 0.62%",
            "refused",
            _former_or_latter,
            traps=(
                "ينال الأول 20 ألف ريال، فيما يحصل الثاني على عشرة آلاف، أما الثالث فخمسة آلاف",
                "ويتأهل الأول والثاني من كل مجموعة",
                "ويشمل العقد الأول الصيانة الدورية، بينما يشمل الثاني صيانة الشوارع",
                "حل الأول في السباق وجاء الثاني بعده بثانيتين",
                "وهي الأولى من نوعها في المنطقة",
                "من طلاب الصف الثالث متوسط - الأول ثانوي - الثاني ثانوي",
                "وأدانت المحكمة المدعى عليه الأول بحيازة سلاح، وأدانت المدعى عليه الثاني بالتستر عليه",
            ),
        ),
        Rule("an ordinal", "حل الفريق في المركز الثالث", "took", _ordinal),
    ),
)
"""The ordinal table: «الثالث», «الحادي عشر», «التاسع والعشرين», «أول مرة»."""


# -- the month name table ----------------------------------------------------------------------


def _half_a_month_name(c: MonthCandidate) -> int | None:
    return c.finder.after_word(c.start) if c.month is None else None


def _month_in_a_list(c: MonthCandidate) -> int | None:
    if c.month is None or c.reading is None or not c.month.ambiguous or c.reading.context:
        return None
    f, month = c.finder, c.month.month
    # another month («آذار - مارس», «تموز - يوليو» name one month twice: no list)
    sep = MONTH_LIST_NEXT.match(f.nt, c.month.end)
    if sep is not None and sep.end() > c.month.end and (nxt := f.month_hit(sep.end())) is not None:
        return f.emit_date(c.reading) if nxt.month != month else None
    # the month before is a quantity already, behind the floor: read the text
    prev = MONTH_LIST_BEFORE.search(f.nt, max(0, c.start - 30), c.start)
    if prev is not None and (before := f.month_hit(prev.start(1))) is not None and before.month != month:
        return f.emit_date(c.reading)
    return None


def _ambiguous_alone(c: MonthCandidate) -> int | None:
    if c.month is None or c.reading is None:
        return None
    if not c.month.ambiguous or c.reading.context:
        return None
    # «من يناير إلى مارس»: a month name and «إلى» before it make it the end of a span of months
    f = c.finder
    ws = f.words_before(c.start, 1)
    if ws and ws[0].text == TO:
        # the month before «إلى» is a quantity already, so it is behind the floor: read the text
        prev = PREVIOUS_WORD.search(f.nt, max(0, ws[0].start - 30), ws[0].start)
        if prev is not None and f.month_hit(prev.start(1)) is not None:
            return None
    return c.month.end


def _month(c: MonthCandidate) -> int | None:
    return None if c.reading is None else c.finder.emit_date(c.reading)


MONTH_NAME: RuleTable[MonthCandidate, int] = RuleTable(
    "month name",
    LAYER,
    (
        Rule(
            "the first word of a two-word month name alone is not a month («كانون»)",
            "جلسوا حول كانون النار",
            "refused",
            _half_a_month_name,
            traps=("في كانون الثاني الماضي",),
        ),
        Rule(
            "a month name that is also an ordinary word or a name is a month beside another month name in a list"
            " («رجب - شعبان - رمضان», «محرم وربيع الأول»)",
            "أنجزت الهيئة في أشهر (رجب - شعبان - رمضان) مشاريع كثيرة",
            "took",
            _month_in_a_list,
            traps=(
                "مارس الضغط على الحكومة",
                "قال رمضان إن الفريق جاهز",
                "التقى رجب طيب أردوغان",
                "منذ بدء المعارك في أواخر آذار - مارس",
            ),
        ),
        Rule(
            "a month name that is also an ordinary word needs a day, a year or a cue («مارس الضغط»)",
            "مارس الضغط على الحكومة",
            "refused",
            _ambiguous_alone,
            traps=("في مارس الماضي", "في الفترة من يناير إلى مارس"),
        ),
        Rule("a month name is a date", "وصل الوفد في يوليو الماضي", "took", _month),
    ),
)
"""The month name table: a month named without a day number («في يوليو الماضي»)."""


# -- the numeric date table --------------------------------------------------------------------


def _clock(c: NumericCandidate) -> int | None:
    return c.end if c.day is None else None


def _impossible_date(c: NumericCandidate) -> int | None:
    if c.day is None or c.month is None:
        return None
    return c.end if not (1 <= c.month <= 12 and 1 <= c.day <= 31) else None


def _reference_number(c: NumericCandidate) -> int | None:
    if c.day is None or c.year is None:
        return None
    nt = c.finder.nt
    if SLASH_NUMBER.match(nt, c.digits_end) or SLASH_NUMBER_BEFORE.search(nt, max(0, c.start - 8), c.start):
        return c.end  # «رقم ٦٤٦١/٤/٩/٢٧٦»: a fourth part makes it a reference
    return c.end if not 1000 <= c.year <= 2100 else None


def _numeric_date(c: NumericCandidate) -> int | None:
    c.finder.emit(
        c.start,
        c.end,
        (c.start, c.digits_end),
        kind="date",
        day=c.day,
        month=c.month,
        year=c.year,
        calendar=c.calendar,
    )
    return c.end


NUMERIC_DATE: RuleTable[NumericCandidate, int] = RuleTable(
    "numeric date",
    LAYER,
    (
        Rule("a clock time («10:30») is not a quantity", "بدأ الاجتماع في الساعة 10:30 صباحا", "refused", _clock),
        Rule(
            "a numeric date with no such month or day is not a date",
            "رقم القضية 45/13/2015",
            "refused",
            _impossible_date,
            traps=("في 28/5/2015",),
        ),
        Rule(
            "a numeric date with a further slash and number, or a year before 1000 or after 2100, is a reference",
            "وفق التعميم رقم 6461/4/9/276 وتاريخ 28/7/1436هـ",
            "refused",
            _reference_number,
            traps=("توفي في 28/5/1432هـ", "وقع الحادث في 30/9/2016"),
        ),
        Rule("a numeric date", "توفي في 28/5/1432هـ", "took", _numeric_date),
    ),
)
"""The numeric date table: «28/5/1432هـ», «2015-07-22», and clock times."""


# -- the dual table ----------------------------------------------------------------------------


def _definite_dual(c: DualCandidate) -> int | None:
    if not c.definite or (c.next is not None and c.next.text in c.finder.lx.dual_after):
        return None
    lx = c.finder.lx
    qualifier = c.finder.phrase_before(c.start, lx.qual_before, lx.qual_last_words)
    # «قرابة الساعتين», «قبل حوالي الشهرين»: an approximation bounds a quantity; «نحو» before a
    # definite noun is as often the preposition (towards: «اتجه نحو الهدفين»)
    if (
        qualifier is not None
        and qualifier[0] == "approximate"
        and c.finder.nt[qualifier[1] : c.start].strip().lstrip("وف") != "نحو"
    ):
        return None
    return c.end


def _construct_dual_alone(c: DualCandidate) -> int | None:
    nxt, lx = c.next, c.finder.lx
    read_open = c.open and c.noun.endswith(CONSTRUCT_DUAL_ENDS)
    if c.noun not in lx.construct_duals and not read_open:
        return None
    if (
        c.definite
        or nxt is None
        or c.noun.startswith("مرت")
        or "ال" in nxt.text[:4]
        or nxt.text[0] in "بلك"
        or nxt.text in lx.not_units
        or lx.numbers.lookup(nxt.text) is not None
        or (read_open and _not_joined_to_open_dual(c, nxt))
        or (not read_open and c.finder.and_before_word(nxt))
    ):
        return c.end  # «لرحلتي وحياتي», «بحالتي وأنني»: «my ...» before «و», a listed dual too (q23a)
    return None


def _pronoun_dual_not_two(c: DualCandidate) -> int | None:
    if not c.open or not c.noun.endswith(PRONOUN_DUAL_ENDS):
        return None
    f = c.finder
    a, b = f.norm.to_original(c.end - 1, c.end)
    if "ة" in f.norm.original[a:b]:
        return c.end  # «مهارات حياتية»: «ة», normalised «ه», ends a nisba adjective, no pronoun
    cut = next(len(t) for t in PRONOUN_DUAL_ENDS if c.noun.endswith(t))
    if c.noun[:-cut] + "ه" in PAIR_NOUNS:
        return c.end  # «بقبضتيه»: a pair of the body, a known pair
    nxt = c.next
    if nxt is None or nxt.text.startswith(AND):
        return None  # «وابنتيها وطفلها»: a list of kin
    if nxt.text in f.lx.numbers.ordinals:
        return c.end  # «في دورتيها الأولى والثانية»: the ordinals name the two (the tuning golds leave it out)
    after = f.word_at(nxt.end)
    # «ابنتيه دالما وجانينا»: the two named, as the golds leave a dual before two names out («حركتي حماس والجهاد»)
    return c.end if after is not None and after.text.startswith(AND) else None


def _pronoun_dual(c: DualCandidate) -> int | None:
    if not c.open or not c.noun.endswith(PRONOUN_DUAL_ENDS):
        return None
    return c.finder.emit_dual(c)


def _not_joined_to_open_dual(c: DualCandidate, nxt: Word) -> bool:
    """Whether the word after a feminine dual in construct read from its known singular («مذكرتي») is
    no noun joined to it: a verb or a particle, never seen with the article («زوجتي تقول»), a word of
    two letters («يا») or one with «و» («زوجتي وأطفالي»: «my ...» and a list); or the first of a pair
    joined by «و» («حركتي حماس والجهاد»: the tuning golds leave a dual before two names out, 5 of 8)."""
    if nxt.text in c.finder.lx.never_definite or not nxt.text.isalpha() or len(nxt.text) < 3:
        return True
    if nxt.text.startswith(AND):
        return True
    after = c.finder.word_at(nxt.end)
    return after is not None and after.text.startswith(AND)


def _open_dual_adjective(c: DualCandidate) -> int | None:
    if not c.open:
        return None
    m = PREVIOUS_WORD.search(c.finder.nt, max(0, c.start - 40), c.start)
    return c.end if m is not None and agrees_as_dual(c.noun, m.group(1)) else None


# The ends of a noun a participle may describe or be predicated of: a plural in «ات» («شاحنات») or a
# dual, also in construct or with a pronoun («قافلتا», «قدماه»).
_DESCRIBED_ENDS = ("ات", "ا", "اه", "اها", "ان", "ين")


def _open_dual_participle(c: DualCandidate) -> int | None:
    # «مقيدتان» (مفعّلة), «تابعتان» (فاعلة) share their shape with nouns («مدرستين», «قافلتين»):
    # only right after a noun they could describe is the participle reading taken.
    if not c.open or c.noun[-3:] not in ("تين", "تان"):
        return None
    stem = c.noun[:-3]
    if len(stem) != 4 or not (stem[0] == "م" or stem[1] == "ا"):
        return None
    if c.next is not None and agrees_as_dual(c.next.text, c.noun):
        return None  # «مدمرتين حربيتين»: an adjective agrees with it, a noun
    m = PREVIOUS_WORD.search(c.finder.nt, max(0, c.start - 40), c.start)
    # «إن» (normalised «ان») is no dual: the noun before must have a stem as well as its ending
    return c.end if m is not None and len(m.group(1)) > 3 and m.group(1).endswith(_DESCRIBED_ENDS) else None


def _singular_to_dual(c: DualCandidate) -> int | None:
    if c.definite or not c.noun.endswith(("تين", "تان", "ين", "ان")):
        return None
    ws = c.finder.words_before(c.start, 3)
    if len(ws) != 3 or ws[0].text != FROM or ws[2].text != TO or ws[2].end != c.start - 1:
        return None
    one = ws[1].text
    stem = c.noun[:-3] if c.noun[-3:] in ("تين", "تان") else c.noun[:-2]
    if one not in (stem, stem + "ه", stem + "ا"):
        return None
    return c.finder.emit_one_to_two(c, ws[0], ws[1])


def _dual_low_end(c: DualCandidate) -> int | None:
    found = c.finder.dual_range(c)
    return None if found is None else c.finder.emit_dual_range(c, *found)


def _decade_or_contract(c: DualCandidate) -> int | None:
    if c.definite or not c.noun.startswith("عقد"):
        return None
    f, lx = c.finder, c.finder.lx
    if f.nt[c.start - 1 : c.start] == "ل":  # «لعقدين»: for two decades
        return None
    before = f.words_before(c.start, 1)
    if before and (before[-1].text in lx.span_before or before[-1].text[1:] in lx.span_before):
        return None
    qualifier = f.phrase_before(c.start, lx.qual_before, lx.qual_last_words)
    if qualifier is not None and qualifier[0] != "exact":
        return None
    if c.next is not None and c.next.text == "من" and (w := f.word_at(c.next.end)) is not None and w.text == "الزمن":
        return None
    return f.emit_dual(attrs.evolve(c, kind="count"))


def _dual(c: DualCandidate) -> int | None:
    return c.finder.emit_dual(c)


DUAL: RuleTable[DualCandidate, int] = RuleTable(
    "dual",
    LAYER,
    (
        Rule(
            "a definite dual points back at a known pair, unless «الماضيين» or «المقبلين» follows it or an"
            " approximation («قرابة», «حوالي») comes before it",
            "وسجل الهدفين اللاعب نفسه",
            "refused",
            _definite_dual,
            traps=("شهدت المنطقة خلال العامين الماضيين ازديادا", "استمر الاجتماع قرابة الساعتين في مقر المجلس"),
        ),
        Rule(
            "a feminine dual without its «ن» (listed, or read from its known singular: «مذكرتي تفاهم») is two"
            " only before the indefinite noun it is joined to («حالتي وفاة»); before a definite word, a"
            " preposition, a function word or none it ends in a pronoun («زيارتي لمجموعة») or is a verb"
            " («مرتا بالمملكة»), and so does one read from its singular before a word never seen with the"
            " article («زوجتي تقول») and any before «و» and a word («لرحلتي وحياتي»: «my ...»)",
            "وقال إن حالتي الصحية جيدة",
            "refused",
            _construct_dual_alone,
            traps=(
                "وسجلت حالتي وفاة في المدينة",
                "وقعت حالتا اختناق",
                "وصلت فرقتا إسعاف",
                "وقعت الوزارة مذكرتي تفاهم مع الشركة",
            ),
        ),
        Rule(
            "a word read as a feminine dual with a pronoun is none when its last letter is written «ة» (a nisba"
            " adjective: «مهارات حياتية»), when it names a pair of the body (pair_nouns.txt: «بقبضتيه») or when"
            " ordinals or two names joined by «و» after it name the two («في دورتيها الأولى والثانية», «ووالدة"
            " ابنتيه دالما وجانينا»)",
            "ناقشت المجالس البلدية في دورتيها الأولى والثانية",
            "refused",
            _pronoun_dual_not_two,
            traps=("وجد زوجته وابنتيه وطفله", "بلعب مباراتيه الأوربيتين المقبلتين", "في وفاة شقيقتيه إثر حادث مروري"),
        ),
        Rule(
            "a feminine dual in construct with a pronoun, read from its known singular («ابنتيه», «مباراتيها»),"
            " is two of it, the word its unit (issue 15, session 25: 6 in the 2,759 articles of 2015-07-22/07-31)",
            "ولدى عودته وجد زوجته وابنتيه وطفله قد فارقوا الحياة",
            "took",
            _pronoun_dual,
            traps=(
                "اكتسب الطلاب مهارات حياتية جديدة",
                "ويأتيها الباحثون من كل مكان",
                "كلتاهما تدخلان السوق",
                "نجا من مصارعة القرش بقبضتيه قبل أن يعود",
            ),
        ),
        Rule(
            "a dual read from its known singular (not in «duals.tsv») right after a word with its own"
            " ending agrees with that word: an adjective («سيارتين جديدتين»), not a count",
            "اشترى سيارتين جديدتين",
            "refused",
            _open_dual_adjective,
            traps=("اصطاد سمكتين كبيرتين",),
        ),
        Rule(
            "a dual read from its known singular in the shape of a participle (فاعلة «تابعة», مفعّلة"
            " «مقيدة») right after a plural in «ات» or a dual describes it or is its predicate, not a"
            " count («قافلتا شاحنات تابعتان للأمم المتحدة», «وقدماه مقيدتان»)",
            "ظهر وقدماه مقيدتان على الكرسي",
            "refused",
            _open_dual_participle,
            traps=(
                "وصلت قافلتان إلى المدينة",
                "افتتح الوزير مدرستين في القرية",
                "قالت المصادر إن مدمرتين حربيتين للتحالف انضمتا",
            ),
        ),
        Rule(
            "«من» and a singular noun before «إلى» and its dual are a range of one to two of it"
            " («من وظيفة إلى وظيفتين»)",
            "في توفير من وظيفة إلى وظيفتين جديدتين في البوابة",
            "took",
            _singular_to_dual,
            traps=("نقل من البلدة إلى مدينتين",),
        ),
        Rule(
            "a dual noun is the low end of a range to a number with a noun of its kind: after «بين»"
            " joined by «و» («ما بين عامين وخمسة أعوام»), or by «إلى» («سنتين إلى 3 سنوات»), or by «أو»"
            " («يومين أو ثلاثة أيام»; to a number word with no noun, the dual's noun the unit: «شهرين أو ثلاثة»)",
            "تتراوح أعمارهم ما بين عامين وخمسة أعوام",
            "took",
            _dual_low_end,
            traps=(
                "أصيب مواطنين و3 أفراد من الدفاع المدني",
                "عقوبة تصل إلى السجن عامين و240 جلدة",
                "خفضت المدة من عامين إلى عام",
                "سجن عامين أو 3 أشخاص",
                "تأجلت عامين أو ثلاثة أشهر",
            ),
        ),
        Rule(
            "«عقدين» is two decades after a word of a stretch of time («منذ», «طوال»), a qualifier or «ل», or"
            " before «من الزمن»; elsewhere it is two contracts, a count",
            "وقع النادي عقدين مع شركتين للرعاية",
            "took",
            _decade_or_contract,
            traps=(
                "لم يحدث هذا منذ عقدين في البلاد",
                "لم يحدث هذا منذ أكثر من عقدين في البلاد",
                "تشغل منصبها عقدين من الزمن",
                "لم يحصل لعقدين على الأقل",
                "ظل في منصبه طوال عقدين",
            ),
        ),
        Rule(
            "a dual noun with no numeral is the number two, the noun its unit («خلال أسبوعين»)",
            "فاز الفريق بفارق هدفين",
            "took",
            _dual,
            traps=("وصل وفد من الطرفين", "خادم الحرمين الشريفين", "شارك 30 لاعبين"),
        ),
    ),
)
"""The dual table: a dual noun that is the number two with no numeral («خلال أسبوعين», «مرتين»)."""


# -- the definite cardinal table ---------------------------------------------------------------


def _counted_plural(c: DefiniteCardinalCandidate, w: Word | None) -> bool:
    """Whether ``w`` is a definite plural a cardinal beside it counts (not «الآخرون»; «المرضى» of
    ``plurals_in_a.txt`` too)."""
    if w is None:
        return False
    if not DEFINITE_PLURAL.fullmatch(w.text):
        return w.text.startswith(ARTICLE) and w.text[2:] in c.finder.lx.plurals_in_a
    not_units = c.finder.lx.not_units
    return w.text not in not_units and w.text[2:] not in not_units


def _plural_before(
    c: DefiniteCardinalCandidate, plural: Callable[[DefiniteCardinalCandidate, Word], bool]
) -> Word | None:
    """The word before ``c`` if ``plural`` holds of it, or of it without a proclitic («والمرضى»,
    «للأيام»: the proclitic stays out of the span)."""
    return _plural_word(c, c.before, plural)


def _plural_word(
    c: DefiniteCardinalCandidate, w: Word | None, plural: Callable[[DefiniteCardinalCandidate, Word], bool]
) -> Word | None:
    """``w`` if ``plural`` holds of it, or of it without a proclitic (out of the span)."""
    if w is None or w.end < c.finder.floor:
        return None
    if plural(c, w):
        return w
    if w.text[:1] not in PROCLITIC_LETTERS:
        return None
    w = Word(restore_article(w.text[1:]) if w.text.startswith("لل") else w.text[1:], w.start + 1, w.end)
    return w if plural(c, w) else None


def _definite_cardinal_after_noun(c: DefiniteCardinalCandidate) -> int | None:
    w = _plural_before(c, _counted_plural)
    return None if w is None else c.finder.emit_definite_cardinal(c, w)


def _broken_plural(c: DefiniteCardinalCandidate, w: Word) -> bool:
    """Whether ``w`` is a definite broken plural of a common pattern (not a word of ``not_units.txt``)."""
    return BROKEN_PLURAL.fullmatch(w.text) is not None and w.text[2:] not in c.finder.lx.not_units


def _any_plural(c: DefiniteCardinalCandidate, w: Word) -> bool:
    """Whether ``w`` is a definite plural the first two rules read: sound, in «ى» or broken."""
    return _counted_plural(c, w) or _broken_plural(c, w)


def _two_words_before(c: DefiniteCardinalCandidate) -> tuple[Word, Word] | None:
    """The two words right before ``c``, both after the floor, or ``None``."""
    ws = c.finder.words_before(c.start, 2)
    if len(ws) != 2 or ws[0].start < c.finder.floor:
        return None
    return ws[0], ws[1]


def _definite_cardinal_after_noun_and_nisba(c: DefiniteCardinalCandidate) -> int | None:
    f = c.finder
    if (ws := _two_words_before(c)) is None:
        return None
    first, nisba = ws
    t = nisba.text
    if not t.startswith(ARTICLE) or not NISBA.fullmatch(t[2:]) or t in f.lx.not_units:
        return None
    if t in f.lx.numbers.ordinals or t in f.lx.cues:
        return None  # «بالمراكز الأولى الثلاث», «السنوات الماضية الخمس»: an ordinal or a date word is no nisba
    noun = _plural_word(c, first, _any_plural)
    if noun is None:
        return None
    quote = OPENING_BEFORE_NUMBER.search(f.nt, max(f.floor, noun.start - 4), noun.start)
    head = f.words_before(noun.start if quote is None else quote.start(), 1)
    if head and head[0].text in f.lx.group_heads:
        return None  # «مجموعة الدول الصناعية الثماني»: the name of a group of states
    return f.emit_definite_cardinal(c, Word(noun.text, noun.start, nisba.end))


_THAT_IS = "اي"
"""«أي» (that is, normalised): a definite phrase after it glosses a name («تريس كوراسويس (أي القلوب
الثلاثة)»), no count."""


def _definite_cardinal_after_broken_plural(c: DefiniteCardinalCandidate) -> int | None:
    w = _plural_before(c, _broken_plural)
    if w is None:
        return None
    gloss = c.finder.words_before(w.start, 1)
    if gloss and gloss[0].text == _THAT_IS:
        return None
    return c.finder.emit_definite_cardinal(c, w)


def _definite_cardinal_before_noun(c: DefiniteCardinalCandidate) -> int | None:
    if c.next is None or not _counted_plural(c, c.next):
        return None
    return c.finder.emit_definite_cardinal(c, c.next)


def _definite_cardinal_before_time_unit(c: DefiniteCardinalCandidate) -> int | None:
    w = c.next
    if w is None or w.text.startswith(ARTICLE) or c.finder.lx.units.get(w.text) != "duration":
        return None
    return c.finder.emit_definite_cardinal(c, w)


def _definite_cardinal_after_construct(c: DefiniteCardinalCandidate) -> int | None:
    f = c.finder
    if (ws := _two_words_before(c)) is None:
        return None
    plural, genitive = ws
    plural = f.without_preposition(plural)  # «بقطاعات المشروع الثلاثة»: the proclitic stays out of the span
    if not genitive.text.startswith(ARTICLE) or _counted_plural(c, genitive) or BROKEN_FUUL.fullmatch(genitive.text):
        return None  # «عائدات العقود الثلاثة»: a plural «فعول» between is what the number counts
    if not plural.text.endswith("ات") or len(plural.text) < 5 or plural.text.startswith(DEFINITE_STARTS):
        return None
    return f.emit_definite_cardinal(c, plural)


_POSSESSIVES = ("ها", "هم", "هما", "هن", "نا")
"""Pronouns of possession that end a noun unambiguously («نسخها», «أبنائهم», «جنودنا»)."""


def _definite_cardinal_after_possessed_noun(c: DefiniteCardinalCandidate) -> int | None:
    f = c.finder
    w = c.before
    if w is None or w.end < f.floor:
        return None
    w = f.without_preposition(f.without_and(w))  # «بأطوارها الثلاثة»: the proclitic stays out of the span
    t = w.text
    if len(t) < 5 or t in f.lx.not_units:
        return None
    # «ه» (his) only where the text writes «ه», not «ة» (normalised alike: «قمة الثلاثة»), after a
    # plural in «ات» or a broken plural that opens with an alef («أبنائه»): «توجه» is a verb
    his = t.endswith("ه") and (t[:-1].endswith("ات") or t[0] == "ا") and f.written_ha(w.end)
    if not (t.endswith(_POSSESSIVES) or his):
        return None
    return f.emit_definite_cardinal(c, w)


def _definite_cardinal_alone(c: DefiniteCardinalCandidate) -> int | None:
    return c.end


DEFINITE_CARDINAL: RuleTable[DefiniteCardinalCandidate, int] = RuleTable(
    "definite cardinal",
    LAYER,
    (
        Rule(
            "a definite cardinal after a definite plural and a nisba adjective of it counts the plural, the"
            " adjective in the span and the unit («المناطق الحدودية الخمس», «والقوى العالمية الست»); not"
            " after an ordinal, nor in a group's name after «مجموعة»",
            "أغلقت المدارس في المناطق الحدودية الخمس",
            "took",
            _definite_cardinal_after_noun_and_nisba,
            traps=(
                "يضم 48 ألف شخص من مجموعة «الدول الصناعية الثماني»",
                "خلال السنوات الماضية الخمس",
                "والفائزين بالمراكز الأولى الثلاث في الجائزة",
                "كان قدر مدن قناة السويس المصرية الثلاث",
                "اتفاق أحزاب الائتلاف الحكومي الأربعة",
            ),
        ),
        Rule(
            "a definite cardinal after a definite plural counts it («الأيام الخمسة», «والمرضى الأربعة»)",
            "خلال الأيام الخمسة الماضية",
            "took",
            _definite_cardinal_after_noun,
            traps=("قرأ الخمسة الكتاب", "وقرأ الخمسة الكتاب", "بالأمس الخمسة"),
        ),
        Rule(
            "a definite cardinal after a definite broken plural counts it («الرجال الثلاثة», «المواسم"
            " الأربعة», «الوزراء الخمسة»): the cardinal agrees with the plural as its adjective",
            "لا أخبار عن الرجال الثلاثة منذ أسبوع",
            "took",
            _definite_cardinal_after_broken_plural,
            traps=(
                "وقال رواد الفضاء الثلاثة",
                "عبرت مدن القناة الثلاث",
                "طيلة أيام العيد الثلاثة",
                "ولد في تريس كوراسويس (أي القلوب الثلاثة)",
            ),
        ),
        Rule(
            "a definite cardinal after a noun with a pronoun of possession counts it («دوراته الثلاث»,"
            " «نسخها الأربع», «أبنائهم الخمسة»): the pronoun makes the noun definite; a preposition on the"
            " noun stays out of the span («بأطوارها الثلاثة»)",
            "بعد النجاحات التي حققتها دوراته الثلاث الماضية",
            "took",
            _definite_cardinal_after_possessed_noun,
            traps=("وقال إن قمة الثلاثة انتهت", "توجه الأربعة إلى المطار", "قرأ الخمسة الكتاب"),
        ),
        Rule(
            "a definite cardinal after an indefinite plural in «ات» and the definite noun it is joined to"
            " counts the plural («حالات الإصابة الستة»), the noun between in the span, a preposition on the"
            " plural out of it («بقطاعات المشروع الثلاثة»)",
            "ممن خالطوا حالات الإصابة الستة الحديثة",
            "took",
            _definite_cardinal_after_construct,
            traps=("قرأ الخمسة الكتاب", "زار رؤساء الدول الخمسة"),
        ),
        Rule(
            "a definite cardinal before a definite plural counts it («الثلاثة الأشهر»)",
            "خلال الثلاثة الأشهر الماضية",
            "took",
            _definite_cardinal_before_noun,
            traps=("قرأ الخمسة الكتاب", "يحاكم الخمسة الآخرون غيابيا"),
        ),
        Rule(
            "a definite cardinal before an indefinite time unit counts it («الأربعة أعوام الأخيرة»)",
            "تضاعفت السعة خلال الأربعة أعوام الأخيرة",
            "took",
            _definite_cardinal_before_time_unit,
            traps=("وصل الخمسة إلى المدينة", "قرأ الخمسة كتبا"),
        ),
        Rule(
            "a definite cardinal with no definite plural beside it is not read («الخمسة»)",
            "وصل الخمسة إلى المدينة",
            "refused",
            _definite_cardinal_alone,
        ),
    ),
)
"""The definite cardinal table: «الأيام الخمسة», «السنوات العشر», «الثلاثة الأشهر»."""


# -- the lone word table ------------------------------------------------------------------------


def _named_part(c: LoneCandidate) -> int | None:
    if c.kind != "fraction_of" or c.next is None or not c.next.text.startswith(ARTICLE):
        return None
    if c.next.text in c.finder.lx.not_units:
        return None  # «نصفهم إلى», «ثلثها الذي»: a particle or a relative that only starts like «ال»
    return c.end  # «في ربعها المالي الماضي», «نصفه الثاني»: a named part, not a share


def _fraction_of_them(c: LoneCandidate) -> int | None:
    return c.finder.emit_lone(c) if c.kind == "fraction_of" else None


SECOND_FEMININE = normalize("ثانية")
"""«ثانية»: the second of time («30 ثانية», «في ثانية») and the feminine of «ثان» («مرة ثانية»)."""


def _second_after_feminine(c: LoneCandidate) -> int | None:
    # «للزواج مرة ثانية», «جولة ثانية من المحادثات»: after the indefinite noun in «ة» it describes,
    # «ثانية» is the ordinal 2, not the second of time the word list reads it as after a qualifier
    f = c.finder
    if c.qualifier is not None or f.nt[c.start : c.end] != SECOND_FEMININE:
        return None
    before = f.words_before(c.start, 1)
    if not before or not _ranks_feminine_noun(f, before[-1], c.start, c.end, c.next):
        return None
    f.emit(c.start, c.end, (c.start, c.end), kind="ordinal", value=2, low=2, high=2)
    return c.end


def _before_a_number(c: LoneCandidate) -> int | None:
    f = c.finder
    nxt = f.nt[c.end : c.end + 2].strip()[:1]
    if nxt.isdigit():
        return c.end  # «نحو عام 2014» is read from the number
    if c.next is not None and (f.lx.numbers.lookup(c.next.text) is not None or f.month_hit(c.next.start)):
        return c.end  # «يتجاوز شهر يونيو» is read from the month name
    return None


def _comparison_word(c: LoneCandidate) -> int | None:
    if not c.open:
        return None
    return c.end if c.finder.nt[c.start : c.end] in c.finder.lx.more_after else None


def _plural_after_more(c: LoneCandidate) -> int | None:
    if not c.open:
        return None
    return c.end if MORE_THAN_PLURAL.fullmatch(c.finder.nt, c.start, c.end) else None


def _never_definite_after_more(c: LoneCandidate) -> int | None:
    if not c.open:
        return None
    f = c.finder
    return None if f.seen_definite(Word(f.nt[c.start : c.end], c.start, c.end)) else c.end


def _joined_to_definite(c: LoneCandidate) -> int | None:
    if not c.open or c.next is None:
        return None
    return c.end if c.next.text.startswith((ARTICLE, "لل")) else None


# A verb with its object pronoun two words before «أكثر من» («يراها مورينيو أكثر من مباراة ودية»): the
# object is what is compared; any other word of ``more_before`` counts right before the qualifier only
# («كان هناك أكثر من لاعب» counts players).
_OBJECT_PRONOUN_ENDS = ("ه", "ها")


def _says_what_it_is(c: LoneCandidate) -> int | None:
    if not c.open or c.qualifier is None:
        return None
    f = c.finder
    before = f.lx.more_before
    ws = [
        w.text[1:] if w.text[:1] in CONJUNCTIONS and w.text[1:] in before else w.text
        for w in f.words_before(c.qualifier[1], 2)
    ]
    if ws and ws[-1] in before:
        return c.end  # «كان أكثر من أخ», «شيئا أكثر من فكرة طارئة», «وليس أكثر من»
    if len(ws) == 2 and ws[0] in before and ws[0].endswith(_OBJECT_PRONOUN_ENDS):
        return c.end  # «ويراها المدرب أكثر من مباراة ودية»
    return None


def _one_of_a_noun_after_more(c: LoneCandidate) -> int | None:
    return c.finder.emit_lone(c) if c.open and c.qualifier is not None else None


def _one_after_qualifier(c: LoneCandidate) -> int | None:
    return c.finder.emit_lone(c) if c.qualifier is not None else None


def _one_before_qualifier(c: LoneCandidate) -> int | None:
    f = c.finder
    if c.kind not in ("duration", "fraction") and not f.nt[c.start : c.end].endswith("مره"):
        return None  # «دولة», «مكان»: a qualifier after them is not read
    after = f.phrase_after(c.end, f.lx.qual_after, 3)
    if after is None or after[0] == "exact":
        return None  # «بعد يوم فقط»
    if EACH_BEFORE.search(f.nt, max(0, c.start - 8), c.start):
        return None  # «كل يوم تقريبا»: how often
    before = f.words_before(c.start, 1)
    if before and f.lx.numbers.lookup(before[-1].text) is not None:
        return None  # «نصف عام على الأقل»: the number before it is read from the number
    return f.emit_lone(c)


def _lone_without_qualifier(c: LoneCandidate) -> int | None:
    return c.end


LONE: RuleTable[LoneCandidate, int] = RuleTable(
    "lone word",
    LAYER,
    (
        Rule(
            "a fraction with a pronoun before a definite word names a part («ربعها المالي»), not a share",
            "ارتفعت أرباحها في ربعها المالي الماضي",
            "refused",
            _named_part,
            traps=("أصيب 20 ألف جريح عولج نصفهم تقريبا", "عاد نصفهم إلى منازلهم", "ذهب ثلثها الذي خصص للتعليم"),
        ),
        Rule(
            "a fraction with a pronoun is a fraction of them («نصفهم»)",
            "أصيب 20 ألف جريح عولج نصفهم تقريبا",
            "took",
            _fraction_of_them,
        ),
        Rule(
            "«ثانية» after an indefinite noun in «ة» is the ordinal 2 («مرة ثانية», «جولة ثانية»), not the second"
            " of time; not in a phrase of idioms.txt («من جهة ثانية») nor before a definite word",
            "يرغبون في الزواج مرة ثانية بعد الانفصال",
            "took",
            _second_after_feminine,
            traps=("من جهة ثانية قال المدير", "استمر أكثر من ثانية", "في كل ثانية تمر", "أغلق أبوابه ثانية"),
        ),
        Rule(
            "a word before a number or a month name is left to them («نحو عام 2014», «يتجاوز شهر يونيو»)",
            "وصل نحو عام 2014",
            "refused",
            _before_a_number,
            traps=("استمر البحث أكثر من شهر.",),
        ),
        Rule(
            "a word of comparison or of an amount after «أكثر/أقل من» («أي», «غير», «مجرد», «قيمة», «عدد») makes"
            " a comparison, not a count («أكثر من أي وقت مضى», «أقل من قيمة صفقة»)",
            "ارتفعت الأسعار أكثر من أي وقت مضى",
            "refused",
            _comparison_word,
            traps=("في أكثر من مناسبة", "تحتاج إلى أكثر من حل"),
        ),
        Rule(
            "a broken plural after «أكثر/أقل من» («ضحايا», «حوادث») is compared, not one of it",
            "رصدت لديهم معدلات أقل من حوادث ضعف الإدراك",
            "refused",
            _plural_after_more,
            traps=("أكد ذلك في أكثر من مناسبة", "على أكثر من صعيد"),
        ),
        Rule(
            "a word never seen with the article after «أكثر/أقل من» is no counted noun: a word with a"
            " pronoun, a verb («أكثر من غيره», «أكثر من يدفع»)",
            "يعرف المسؤول الحال أكثر من غيره",
            "refused",
            _never_definite_after_more,
            traps=("وعينت الدولة أكثر من وزير في فترة قصيرة", "على أكثر من صعيد"),
        ),
        Rule(
            "a noun joined to a definite word after «أكثر/أقل من» compares that thing («أكثر من معرفة اللاعبين»)",
            "حتى يتمكن أكثر من معرفة اللاعبين عن قرب",
            "refused",
            _joined_to_definite,
            traps=("استقبال أكثر من سفينة مساعدات", "رسم أكثر من لوحة تحمل الاسم نفسه"),
        ),
        Rule(
            "after «كان», «ليس», «شيئا» or a verb of seeing with its object, «أكثر من» says what a thing is"
            " («كان أكثر من أخ», «يراها مورينيو أكثر من مباراة ودية»), not how many",
            "لم يكن مجرد زميل بل كان أكثر من أخ",
            "refused",
            _says_what_it_is,
            traps=("كان هناك أكثر من لاعب في كل مركز", "وأفشل أكثر من عملية إرهابية"),
        ),
        Rule(
            "an indefinite singular noun after «أكثر/أقل من» is more (less) than one of it («في أكثر من مناسبة»,"
            " «لأكثر من لاعب»)",
            "أكد ذلك في أكثر من مناسبة",
            "took",
            _one_of_a_noun_after_more,
            traps=("تراجعت الأرباح أقل من التوقعات", "بيعت أكثر من مطالبات", "استمر أكثر من 20 يوما"),
        ),
        Rule(
            "a definite fraction, a time unit or «مرة» after a qualifier is one of it («أكثر من شهر», «أقل من الثلث»);"
            " a multiple («ضعف») is two («أكثر من ضعف العدد»)",
            "استمر البحث أكثر من شهر.",
            "took",
            _one_after_qualifier,
            traps=("بعد شهر من الحادث", "في النصف الثاني من العام"),
        ),
        Rule(
            "a definite fraction, a time unit or «مرة» with a qualifier right after it is one of it"
            " («بعد ساعة تقريبا», «لمدة ساعة على الأقل»), not after «كل» (how often)",
            "اختفت الطائرة بعد ساعة تقريبا من إقلاعها",
            "took",
            _one_before_qualifier,
            traps=("يتكرر ذلك كل يوم تقريبا", "بعد يوم فقط من الحادث", "خلال نصف عام على الأقل", "في دولة على الأقل"),
        ),
        Rule(
            "a definite fraction, a time unit or «مرة» with no qualifier before it is not read",
            "بعد شهر من الحادث",
            "refused",
            _lone_without_qualifier,
        ),
    ),
)
"""The lone word table: a quantity stated with no numeral («نصفهم», «أكثر من شهر»)."""


TABLES: tuple[RuleTable[Any, Any], ...] = (
    NUMERAL,
    RANGE,
    YEAR,
    COUNT,
    NOUN,
    ADJECTIVE,
    BOUND_APART,
    PARTITIVE,
    NOUN_BEFORE_ONE,
    LATER_QUALIFIER,
    AFTER_DUAL,
    SCALE_ALONE,
    ORDINAL,
    MONTH_NAME,
    NUMERIC_DATE,
    DUAL,
    DEFINITE_CARDINAL,
    LONE,
)
"""Every table of the finder, in the order a numeral meets them, then the other candidates'."""

__all__ = [
    "ADJECTIVE",
    "AFTER_DUAL",
    "BOUND_APART",
    "COUNT",
    "DEFINITE_CARDINAL",
    "DUAL",
    "GO_ON",
    "LATER_QUALIFIER",
    "LONE",
    "MONTH_NAME",
    "NOUN",
    "NOUN_BEFORE_ONE",
    "NUMERAL",
    "NUMERIC_DATE",
    "ORDINAL",
    "PARTITIVE",
    "RANGE",
    "SCALE_ALONE",
    "TABLES",
    "YEAR",
]
