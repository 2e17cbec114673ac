"""The ``quantities`` layer: counts, amounts, percentages, ordinals, durations and dates.

Every :class:`Quantity` covers the whole expression in the original text, qualifier and counted
noun included («أكثر من 35 ضربة جوية»), with the numeral alone in ``number_span``. Matching runs on
the normalised view of the text (:class:`arabicnews.core.normalize.NormalizedText`), so Egyptian
spellings («حوالى», «مائه», «الف») and Eastern digits match, and offsets map back exactly.

A proclitic glued to the first word of a quantity (و ف ب ل ك: «وأكثر من 35», «بنحو 50», «و20») is
left *outside* the span; one glued to a later word («بالمئة», «وعشرين») stays inside.

This module is the engine: it scans the text for candidates (a numeral, an ordinal, a month name, a
numeric date), builds one record per candidate and lets the rule tables of
:mod:`arabicnews.stages.quantities.rules` decide it; the reading helpers the rules call (the noun
after a number, the date around a month name, ...) live here too. See docs/quantities.md.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from fractions import Fraction
from typing import TypeVar

import attrs
import regex

from arabicnews.arabic.clitics import count_key, read_counts
from arabicnews.arabic.letters import CONJUNCTIONS, PROCLITIC_LETTERS, restore_article, without_proclitic
from arabicnews.arabic.numerals import (
    Numeral,
    Word as NumeralWord,
    exact,
    parse_numeral,
    split_words,
    turned_decimals,
)
from arabicnews.core.normalize import NormalizedText, normalize
from arabicnews.core.rules import RuleTable, Trace, current_trace
from arabicnews.model.quantity import Number, QualifierName, Quantity, QuantityKind
from arabicnews.model.spans import Span
from arabicnews.stages.quantities.cursor import Cursor, Word
from arabicnews.stages.quantities.lexicon import (
    AND,
    AND_AT,
    AND_FRACTIONS,
    APPROXIMATE_OPENERS,
    ARABIC_COMMA,
    ARTICLE,
    ARTICLE_BEFORE,
    BEFORE_CHRIST_AT,
    BETWEEN,
    CANDIDATE,
    CLOSE,
    CLOSING_AT,
    CONSTRUCT_DUAL_ENDS,
    DATE_SEP,
    DECIMAL_POINT,
    DECIMALS_AT,
    DIGITS_GLUED_SCALE,
    DOTTED_DECIMAL,
    DOTTED_ONE,
    DOTTED_SMALL,
    DUAL_CANDIDATE_TAILS,
    DUAL_TAILS,
    EXCEED_PREPOSITIONS,
    EXCEED_VERB,
    FEMININE_DUAL_ENDS,
    FROM,
    FROM_YEAR_AT,
    FROM_YEAR_RELATIVE_AT,
    GLUED_AT,
    GLUED_BEFORE,
    MONTH_EPITHETS,
    NEXT_YEAR,
    NONSPACE,
    OPEN_BEFORE,
    OR_SEP,
    OTHERS_FORMS,
    PAST_PLURAL,
    PER_TIME_AT,
    PERCENT_SIGN,
    POINTS,
    POWER_UNIT_AT,
    PREPOSITION_LETTERS,
    PRONOUN_DUAL_ENDS,
    QUOTE_PAIRS,
    RANGE_OPENERS,
    RANGE_OPENERS_AND,
    RANGE_SEP,
    SLASH,
    SLASHED_UNIT,
    SOUND_PLURAL_ENDS,
    STRAY_DOT_YEAR,
    SYMBOL_AFTER,
    SYMBOL_BEFORE,
    TATWEEL_DASH,
    TATWEEL_GAP,
    TEENS,
    THOUSANDTHS,
    TRAILING,
    WHAT,
    WHAT_NOT,
    WIRE_SEPARATOR,
    YEAR_AT,
    YEN,
    Lexicons,
    agrees_as_dual,
    currency_places,
    lexicons,
    with_pronoun,
)
from arabicnews.stages.quantities.rules import (
    ADJECTIVE,
    AFTER_DUAL,
    BOUND_APART,
    COUNT,
    DEFINITE_CARDINAL,
    DUAL,
    GO_ON,
    LATER_QUALIFIER,
    LONE,
    MONTH_NAME,
    NOUN,
    NOUN_BEFORE_ONE,
    NUMERAL,
    NUMERIC_DATE,
    ORDINAL,
    PARTITIVE,
    SCALE_ALONE,
    YEAR,
    AdjectiveCandidate,
    BoundCandidate,
    CountCandidate,
    DateReading,
    DefiniteCardinalCandidate,
    DualCandidate,
    LaterQualifierCandidate,
    LoneCandidate,
    MonthCandidate,
    MonthHit,
    NounCandidate,
    NumeralCandidate,
    NumericCandidate,
    OneCandidate,
    OrdinalCandidate,
    PartitiveCandidate,
    RangeCandidate,
    ScaleAloneCandidate,
    SubUnit,
    Tail,
    YearCandidate,
)

_C = TypeVar("_C")
_O = TypeVar("_O")


OBLIQUE_DUAL = "ين"
"""The ending of a dual in the accusative and genitive («حارسين»)."""

SCALE_CLASSES = frozenset({"scale", "dual", "dual_acc", "plural"})
"""The classes of ``numbers.tsv`` that name a scale («ألف», «ألفين», «ألفا», «آلاف»)."""
QUOTED_AFTER = regex.compile(r"[^\S\n\r]*[«\"(]")
"""An opening quote or bracket right after a word: what follows is quoted («عدة «إنذارات»»)."""
TA_MARBUTA_END = regex.compile(r"ة[\u064B-\u0652\u0670]*\Z")


def single_bounds(qualifier: QualifierName, value: Number | None) -> tuple[Number | None, Number | None]:
    """The low and high bounds of one value under its qualifier: «أكثر من 35» has no high bound,
    «أقل من 35» no low one."""
    low = None if qualifier in ("less_than", "at_most") else value
    high = None if qualifier in ("more_than", "at_least") else value
    return low, high


_WEAK_LETTERS = frozenset("اويىئءأإآؤة")


def _radicals(word: str, ends: tuple[str, ...]) -> str:
    word = word[2:] if word.startswith("ال") else word
    for end in ends:
        if word.endswith(end) and len(word) > len(end) + 1:
            word = word[: -len(end)]
            break
    return "".join(ch for ch in word if ch not in _WEAK_LETTERS)


def same_noun(dual: str, unit: str) -> bool:
    """Whether the (normalised) dual and the unit after a number are one noun: their letters with the
    endings and the weak letters out agree («يومين» and «أيام», «عامين» and «أعوام», «سنتين» and «سنوات»;
    not «عامين» and «أشهر»)."""
    return _radicals(dual, ("تين", "تان", "ين", "ان")) == _radicals(unit.split()[0], ("ات", "ا", "ه"))


class Finder(Cursor):
    """Find the quantities of one text (single use)."""

    __slots__ = ("lx", "norm", "out", "tails", "trace")

    def __init__(self, norm: NormalizedText, lx: Lexicons, trace: Trace | None) -> None:
        super().__init__(norm.text)
        self.norm = norm
        self.lx = lx
        self.trace = trace  # the open trace, or None: fetched once per text
        self.out: list[Quantity] = []
        self.tails: dict[tuple[int, bool, bool, str, bool], Tail] = {}

    # -- output --------------------------------------------------------------------------------

    def original(self, s: int, e: int) -> tuple[int, int]:
        """The original range of a normalised one, with the marks and tatweel that end its last
        word («مدنياً», «هـ») kept in it."""
        start, end = self.norm.to_original(s, e)
        text = self.norm.original
        while end < len(text) and TRAILING.match(text, end):
            end += 1
        return start, end

    def span(self, s: int, e: int) -> tuple[int, int] | None:
        """The original offsets of a candidate for the trace, or None when nothing is traced."""
        return None if self.trace is None else self.norm.to_original(s, e)

    def decide(self, table: RuleTable[_C, _O], candidate: _C, s: int, e: int, traced: bool = True) -> _O:
        """Walk a table whose last rule decides every candidate over ``candidate`` (normalised
        extent ``s`` to ``e``); return its outcome (for a candidate table, where the scan goes on).
        ``traced``: the decision goes into an open trace."""
        trace = self.trace if traced else None
        hit = table.first(candidate, trace, None if trace is None else self.norm.to_original(s, e))
        if hit is None:
            raise RuntimeError(
                f"no rule of the {table.name!r} table decided: its last rule must decide every candidate"
            )
        return hit[1]

    def emit(self, s: int, e: int, num: tuple[int, int] | None, **fields: object) -> None:
        if num is not None and s < num[0] and self.nt[s] == "(":
            # «(1343) حالة» → «1343) حالة»: an opening bracket before the number stays outside the
            # span, as the guideline writes it (177 of 177 such spans in the tuning golds, session 17);
            # the closing bracket between the number and its noun stays in
            s += 1
            while s < num[0] and self.nt[s] == " ":
                s += 1
        start, end = self.original(s, e)
        text = self.norm.original
        span = None
        if num is not None:
            ns, ne = self.original(*num)
            span = Span(text[ns:ne], ns, ne, "number")
        self.out.append(Quantity(text[start:end], start, end, number_span=span, **fields))  # type: ignore[arg-type]
        self.floor = e

    def unit_text(self, unit: tuple[int, int] | None) -> str | None:
        if unit is None:
            return None
        s, e = self.original(*unit)
        return self.norm.original[s:e]

    # -- the scan ------------------------------------------------------------------------------

    def run(self) -> list[Quantity]:
        # The named-list pattern is tried only where a word of the lexicon (with at most two
        # proclitics) or a digit starts: a set lookup per word is several times faster than
        # letting the pattern search every position of the text.
        pos = 0
        match = self.lx.scan.match
        first = self.lx.first_words
        heads = self.lx.more_heads
        nt = self.nt
        # Which words may start one is known from the word alone, so it is asked in one pass over
        # them all (most words start none, and a comprehension is the cheapest loop), and the scan
        # below walks only those and the words that may be duals.
        candidates = [
            (c.start(), w, starts)
            for c in CANDIDATE.finditer(nt, concurrent=False)  # keeps the GIL: docs/performance.md
            # ``first`` holds the forms with their proclitics («وعشرين») and the runs of proclitics
            # that digits follow («و20», «لـ389»)
            if (starts := ((w := c.group())[0] <= "9" or w in first)) or w.endswith(DUAL_CANDIDATE_TAILS) or w in heads
        ]
        for s, w, starts in candidates:
            if s < pos:
                continue
            if not starts:  # a word that may be a dual, or «أكثر» before «من» and a noun
                pos = max(pos, self.open_lone(s, w) if w in heads else self.open_dual(s, w))
                continue
            m = match(nt, s)
            if m is None:
                if w[0] <= "9" and s > 0 and nt[s - 1].isalpha() and not nt[s - 1].isascii():
                    pos = self.glued_number(s)  # «الدولي10 اتفاقيات»: no space before the digits
                continue
            if m.group("ndate") is not None or m.group("time") is not None:
                nxt = self.numeric(m)
            elif m.group("num") is not None:
                nxt = self.number(m)
            elif m.group("ord") is not None:
                nxt = self.ordinal(m)
            elif m.group("dual") is not None:
                nxt = self.dual(*m.span("dual"))
            elif m.group("defcard") is not None:
                nxt = self.definite_cardinal(*m.span("defcard"))
            elif m.group("lone") is not None:
                nxt = self.lone(*m.span("lone"))
            else:
                nxt = self.month_word(*m.span("month"))
            pos = max(nxt, m.start() + 1)
        return self.currencies_from_context(self.out)

    def currencies_from_context(self, found: list[Quantity]) -> list[Quantity]:
        """Give a bare currency name the code its qualified mention has in the same text.

        After «50 ليرة سورية», a later «20 ليرة» is SYP too (not unknown), and after «ريال قطري» a
        bare «ريال» is QAR rather than the default SAR. Only when the text names one country for it.
        A name shared by several countries with no qualified mention («درهم», «دينار») takes the
        country whose places the text names, when it names one (``currency_places.tsv``).
        """
        codes: dict[str, set[str]] = {}
        for q in found:
            if q.kind == "money" and q.currency and q.unit and len(q.unit.split()) > 1:
                codes.setdefault(normalize(q.unit.split()[0]), set()).add(q.currency)
        places = currency_places()
        for q in found:
            # A shared name with no qualified mention takes the one country the text names
            # («مليار درهم» in a report on Dubai is AED): currency_places.tsv.
            w = normalize(q.unit) if q.kind == "money" and q.currency is None and q.unit else ""
            if w in places and w not in codes:
                # a qualified mention of another form («درهم مغربي» before «دراهم») decides first
                named = {c for words in codes.values() for c in words} & {code for code, _ in places[w]}
                codes[w] = named or {code for code, pattern in places[w] if pattern.search(self.nt)}
        if not codes:
            return found
        out = []
        for q in found:
            if q.kind == "money" and q.unit and len(q.unit.split()) == 1:
                seen = codes.get(normalize(q.unit), set())
                if len(seen) == 1:
                    q = attrs.evolve(q, currency=next(iter(seen)))
            out.append(q)
        return out

    # -- numbers -------------------------------------------------------------------------------

    def numeral_at(self, s: int, e: int) -> Numeral | None:
        after = self.word_at(e)
        if after is not None and after.text.startswith(ARTICLE) and self.nt[max(s, e - 5) : e].endswith("ونصف"):
            scale = self.lx.numbers.words.get(after.text[2:])
            if scale is not None and scale.cls == "scale":
                e = after.end  # «مليون ونصف المليون ريال»: the scale again, with the article, ends the number
        words = split_words(self.nt, s, e, self.lx.numbers)
        if words and (g := DIGITS_GLUED_SCALE.fullmatch(words[0].text)) is not None:
            # «137مليون سهم»: a scale word glued to the digits is read as if apart
            w0, cut = words[0], words[0].start + g.end(1)
            words[:1] = [attrs.evolve(w0, text=g.group(1), end=cut), NumeralWord(g.group(2), cut, w0.end)]
        if words and ARABIC_COMMA in words[0].text:
            # «15،000،000 سهم»: groups of three digits between Arabic commas are thousands
            words[0] = attrs.evolve(words[0], text=words[0].text.replace(ARABIC_COMMA, ","))
        if len(words) > 2 and words[1].text == WIRE_SEPARATOR and words[0].text.isdigit() and words[2].text.isdigit():
            # «12 ر 5»: the wire-copy separator written apart, read as «12ر5»
            words[:3] = [NumeralWord(words[0].text + WIRE_SEPARATOR + words[2].text, words[0].start, words[2].end)]
        if words and "." in words[0].text:
            first = words[0]
            if (m := DOTTED_DECIMAL.fullmatch(first.text)) is not None:
                words[0] = attrs.evolve(first, text=m.group(1).replace(".", "") + "." + m.group(2))
            elif len(words) == 1 and DOTTED_ONE.fullmatch(first.text) and self.thousands_after(first.end):
                words[0] = attrs.evolve(first, text=first.text.replace(".", ""))  # «91.400 ريال»
            elif len(words) == 1 and DOTTED_SMALL.fullmatch(first.text) and self.counted_after(first.end):
                words[0] = attrs.evolve(first, text=first.text.replace(".", ""))  # «1.250 طالبا»
        if words and self.lx.numbers.lookup(words[0].text) is None:
            alt = restore_article(words[0].text)  # «للعشرات»
            if self.lx.numbers.lookup(alt) is not None:
                words[0] = attrs.evolve(words[0], text=alt)
        n = parse_numeral(words, self.lx.numbers)
        if n is not None and len(words) > 1:
            return self.before_coordinated_scale(words, n)
        return n

    def before_coordinated_scale(self, words: list[NumeralWord], n: Numeral) -> Numeral:
        """``n`` cut before its last part joined by و when a scale as large as the one before it
        follows that part: «بين 550 ألف و580 ألف سنة» is two numbers (a range), not 550,580; so is
        a dual scale word before it («بين مليارين و2.5 مليار دولار», «مليونين و3 ملايين»).

        A smaller scale continues the number and the parser has taken it («2 مليار و500 مليون» is
        2.5 billion), so a scale left after the numeral means the part is a second number.
        """
        k = next((i for i, w in enumerate(words) if w.end == n.end), 0)
        if k < 1 or not words[k].conj:
            return n
        scales = self.lx.numbers.words
        before = scales.get(words[k - 1].text)
        after = self.word_at(n.end)
        nxt = None if after is None else scales.get(after.text)
        if before is None or nxt is None or before.cls not in SCALE_CLASSES or nxt.cls not in SCALE_CLASSES:
            return n
        if nxt.value < before.value:
            return n
        return parse_numeral(words[:k], self.lx.numbers) or n

    def thousands_after(self, p: int) -> bool:
        """Whether digits «91.400» ending at ``p`` are thousands: a word follows them that may be
        their noun, and it is no percentage, scale word or dinar."""
        if PERCENT_SIGN.match(self.nt, p):
            return False
        if (cm := CLOSING_AT.match(self.nt, p)) is not None and cm.group("c") == ")":
            p = cm.end()  # «( 439.491 ) مقيمًا»: the noun after the closing bracket
        ws = self.words_after(p, 2)
        if not ws or ws[0].text in self.lx.not_units or ws[0].text.startswith(THOUSANDTHS) or ws[0].text == YEN:
            return False  # «عند 98.151.», «12.500 دينار»: an index or dinars and fils
        return self.lx.numbers.lookup(ws[0].text) is None and self.phrase_in(ws, self.lx.percent) is None

    def counted_after(self, p: int) -> bool:
        """Whether digits «1.250» ending at ``p`` are thousands: the word after them is a counted noun
        (no unit of time or measure, no currency, no index points), which has no fractions, in the
        singular that a number above ten counts («1.250 طالبا», «(1.823) قضية»)."""
        if not self.thousands_after(p):
            return False
        if (cm := CLOSING_AT.match(self.nt, p)) is not None and cm.group("c") == ")":
            p = cm.end()  # «(1.823) قضية»
        ws = self.words_after(p, 1)
        if not ws:
            return False
        w, lx = ws[0].text, self.lx
        if w.endswith(SOUND_PLURAL_ENDS):
            return False  # a number in thousands counts a singular; «5.536 بيتافلوبات» is a decimal of a unit
        return w not in lx.units and (w,) not in lx.currencies and w not in POINTS

    def number(self, m: regex.Match[str]) -> int:
        """Decide the numeral the scan found: the numeral table, then the count table."""
        return self.number_at(m.start("num"), m.end("num"), m.group("pre") or "")

    def glued_number(self, s: int) -> int:
        """Decide digits at ``s`` glued to the word before them («بقيمة7.2 مليون»)."""
        m = self.lx.num_at.match(self.nt, s)
        if m is None:
            return s + 1
        g = GLUED_BEFORE.search(self.nt, max(0, s - 30), s)
        return self.number_at(m.start("num"), m.end("num"), "", glued=g.group() if g else "")

    def number_at(self, s: int, e: int, pre: str, glued: str = "") -> int:
        """Decide the numeral at ``s`` to ``e`` (after the proclitic ``pre``)."""
        n = self.numeral_at(s, e)
        if n is None:
            w = NONSPACE.match(self.nt, s)
            return w.end() if w else s + 1
        c = NumeralCandidate(
            self,
            n,
            proclitic=bool(pre),
            article=pre.endswith(("ال", "لل")),
            day_month=self.month_after_day(n) if n.digits and n.words == 1 else None,
            pair=self.pair(n),
            glued=glued,
        )
        trace = self.trace
        hit = NUMERAL.first(c, trace, None if trace is None else self.norm.to_original(n.start, n.end))
        if hit is not None:
            return hit[1]
        return self.count(c)

    def scale_after_closing(self, n: Numeral, p: int) -> Numeral | None:
        """``n`` times the scale word right after the closing bracket or quote that ends at ``p``
        («"34" مليون وحدة» is 34 million, «(45) ألف بلاغ» 45,000), if digits are quoted before one;
        the scale in the singular or the plural («مليون», «آلاف»), as after digits outside quotes."""
        if not n.digits or n.kind != "cardinal" or n.value is None or n.words != 1 or n.value >= 1000:
            return None  # «(5.969.428) مليون مسافر»: a number in thousands already states the whole
        w = self.word_at(p)
        e = None if w is None else self.lx.numbers.words.get(w.text)
        if w is None or e is None or e.cls not in ("scale", "plural"):
            return None
        return attrs.evolve(n, end=w.end, value=n.value * e.value, words=2, construct=False)

    def decimal_after(self, n: Numeral) -> Numeral | None:
        """``n`` with the decimals after the word «فاصلة» («1 فاصلة 5», «واحد فاصلة واحد»), if
        a whole number is followed by that word and digits or a unit word."""
        if n.kind != "cardinal" or n.value is None or n.value.denominator != 1:
            return None
        w = self.word_at(n.end)
        if w is None or w.text not in DECIMAL_POINT:
            return None
        m = DECIMALS_AT.match(self.nt, w.end)
        if m is not None:
            frac, end = Fraction(int(m.group("d")), 10 ** len(m.group("d"))), m.end()
        else:
            d = self.word_at(w.end)
            e = None if d is None else self.lx.numbers.words.get(d.text)
            if d is None or e is None or e.cls != "unit" or not 0 <= e.value < 10:
                return None
            frac, end = e.value / 10, d.end
        return attrs.evolve(n, end=end, value=n.value + frac, words=n.words + 2, construct=False)

    def count(self, c: NumeralCandidate) -> int:
        """Read ``c`` as a count, amount or measure (with its brackets, qualifier, currency sign and
        noun) and let the count table decide it."""
        n = c.n
        start = n.start
        nt = self.nt
        number = (n.start, n.end)
        o = n.start - 1
        while o > self.floor and nt[o] == " ":
            o -= 1  # «( 439.491 ) مقيمًا»: spaces inside the brackets
        opening = nt[o] if o >= 0 and o >= self.floor else ""
        closing = QUOTE_PAIRS.get(opening)
        if closing is not None and (cm := CLOSING_AT.match(nt, n.end)) is not None and cm.group("c") in closing:
            # «خلال (30) يوماً», «(خمسة) أيام», «ينزل عن «1100» دولار»: the brackets or quotes around
            # the number and the noun after them belong together (an opening quote stays outside)
            scaled = self.scale_after_closing(n, cm.end())
            if scaled is not None:
                n = attrs.evolve(scaled, start=o if opening == "(" else n.start)  # «(45) ألف بلاغ»
                start = n.start
            elif self.tail(cm.end(), n).unit is not None:
                n = attrs.evolve(n, start=o if opening == "(" else n.start, end=cm.end())
                start = n.start
        qualifier: QualifierName = "vague" if n.kind == "vague" else "exact"
        art = self.article_before(n)
        quals = self.lx.qual_before_digits if n.digits else self.lx.qual_before
        before = self.phrase_before(art if art is not None else n.start, quals, self.lx.qual_last_words)
        if before is not None and before[0] == "exact":
            before = None  # «ليصل إلى 69 مليون طن»: a change that reaches the number, no bound
        if before is not None and n.kind != "vague":
            qualifier = before[0]  # type: ignore[assignment]
            start = self.bound_start(before, art if art is not None else n.start, start)
        elif before is None and n.kind != "vague" and (apart := self.bound_apart(start, n.end)) is not None:
            qualifier = apart  # «تجاوز عدد الزوار 15 ألف زائر»: the bound stays out of the span
        sym = SYMBOL_BEFORE.search(self.nt, max(self.floor, start - 3), start)
        tail = self.tail(n.end, n)
        if n.kind == "cardinal" and n.value is not None and tail.unit is None and tail.qualifier is None:
            w = self.word_at(n.end)
            nxt = None if w is None or w.text not in AND_FRACTIONS else self.word_at(w.end)
            if (
                w is not None
                and nxt is not None
                and self.lx.numbers.lookup(nxt.text) is None
                and (t2 := self.tail(w.end, n)).unit is not None
            ):
                # «ثلاثمائة وتسعون ونصف جرام»: a half between the number and its noun joins the number
                n, tail = attrs.evolve(n, value=n.value + AND_FRACTIONS[w.text]), t2
        if tail.unit is None and n.kind in ("vague", "cardinal") and (of := self.partitive(c, n, tail)) is not None:
            tail = of  # «عشرات من فرق الإسعاف», «ملايين من الدولارات», «خمسة من رموز السينما»
        cc = CountCandidate(
            self,
            n,
            number,
            start,
            qualifier,
            proclitic=c.proclitic,
            article=c.article or art is not None,
            qualified=before is not None,
            symbol=None if sym is None else (sym.start("s"), sym.end("s")),
            tail=tail,
        )
        return self.decide(COUNT, cc, *number)

    def feminine_noun_before_one(self, n: Numeral) -> bool:
        """Whether «واحدة» ``n`` follows an indefinite feminine noun it agrees with («جولة واحدة من
        المباريات»: one round, of the matches), which ``noun_before_one`` does not give before «من»;
        not a word with a pronoun («ضمنها واحدة من الحالات»: one of the cases)."""
        if self.nt[n.start : n.end] != "واحده":
            return False
        before = self.words_before(n.start, 1)
        if not before:
            return False
        word = self.without_and(before[0]).text
        return len(word) > 2 and word.endswith("ه") and not word.endswith("ها") and not word.startswith(ARTICLE)

    def partitive(self, c: NumeralCandidate, n: Numeral, tail: Tail) -> Tail | None:
        """The tail «من» and a noun give the cardinal or vague number ``n`` («خمسة من رموز السينما»,
        «مئات الآلاف من اللاجئين», «ثلاثة أخرى من حالات»): its counted noun, in the span, if the
        partitive table takes it (``tail``: what follows ``n``, no unit)."""
        w = self.word_at(n.end)
        others = w is not None and w.text in OTHERS_FORMS
        if w is not None and others:
            w = self.word_at(w.end)  # «ثلاثة أخرى من حالات»: the others of the noun
        if w is None or w.text != FROM:
            return None  # the common case: no partitive to decide
        noun = self.word_at(w.end)
        of = self.decide(PARTITIVE, PartitiveCandidate(self, c, n, tail, others, w, noun), w.start, (noun or w).end)
        return of if isinstance(of, Tail) else None

    def bound_apart(self, s: int, e: int) -> QualifierName | None:
        """The bound set by a verb of exceeding (``qualifiers.tsv``) whose subject stands between it
        and the number at ``s`` to ``e`` («تجاوز عدد الزوار للمهرجان 15 ألف», «لا يتجاوز وزنه 73 غراما»,
        «يزيد عددها على ألف»), or with a bracket between («تجاوزت (493 ألفاً)»): the verb of exceeding
        table decides, over a subject of one word, then two, then three."""
        if EXCEED_VERB.search(self.nt, max(self.floor, s - 60), s) is None:
            return None  # the common case, decided without reading the words
        p = s
        if (m := OPEN_BEFORE.search(self.nt, max(self.floor, s - 3), s)) is not None:
            p = m.start()
        words = tuple(w.text for w in self.words_before(p, 6))
        span = self.span(s, e)
        for j in (0,) if p < s else range(1, 5):
            c = (
                self.split_apart(words, j)
                if p == s
                else BoundCandidate(self, words, 0, "bracket", self.bound_of(words))
            )
            hit = BOUND_APART.first(c, self.trace, span)
            if hit is not None:
                return None if hit[1] == "exact" else hit[1]
        raise RuntimeError("the verb of exceeding table decides every split with no subject")

    def split_apart(self, words: tuple[str, ...], j: int) -> BoundCandidate:
        """The number after ``words`` read with their last ``j`` words (before a preposition of
        :data:`EXCEED_PREPOSITIONS` that ends them, if any) as the subject of a verb of exceeding."""
        if j > 3 or len(words) <= j:
            return BoundCandidate(self, words, j, None, None)
        if self.subject_apart(words[-j:]):
            # «تجاوز [عدد الزوار] 15 ألف»; after a preposition, what follows it is compared: «يقل عن
            # توقعات بنمو قدره 2.6» sets no bound on 2.6
            verb = words[:-j]
            bound = None if verb and verb[-1] in EXCEED_PREPOSITIONS else self.bound_of(verb)
            return BoundCandidate(self, words, j, "subject", bound)
        if words[-1] in EXCEED_PREPOSITIONS and len(words) > j + 1 and self.subject_apart(words[-j - 1 : -1]):
            # «يزيد [عددها] على ألف»: the verb and the preposition with the subject between
            return BoundCandidate(self, words, j, "preposition", self.bound_of((*words[: -j - 1], words[-1])))
        return BoundCandidate(self, words, j, None, None)

    def subject_apart(self, words: Sequence[str]) -> bool:
        """Whether ``words`` may be the subject of a verb of exceeding: none a function word, a cue or
        a number, none with «ب» («تفوق بنسبة 22 في المائة»: «ب» says by how much)."""
        lx = self.lx
        return all(
            w not in lx.not_units and w not in lx.cues and lx.numbers.lookup(w) is None and w[0] != "ب" for w in words
        )

    def bound_of(self, words: Sequence[str]) -> str | None:
        """The qualifier of ``qualifiers.tsv`` that ends ``words`` and has a verb of exceeding in it, if
        any (a conjunction glued to its first word dropped: «وألا يقل عن»)."""
        qual = self.lx.qual_before
        for k in range(len(words)):
            q = qual.get(tuple(words[k:]))
            if q is None and words[k][:1] in CONJUNCTIONS:
                q = qual.get((words[k][1:], *words[k + 1 :]))
            if q is not None and any(EXCEED_VERB.search(w) for w in words[k:]):
                return q
        return None

    def bound_start(self, before: tuple[str, int], pos: int, start: int) -> int:
        """Where a quantity starts whose qualifier is the phrase ``before`` (what ``phrase_before``
        found before ``pos``; ``start``, where it starts without it): at the phrase, or at ``start``
        when the phrase is a bare finite verb («تجاوزت 3.6 مليار ريال»: the clause's predicate sets the
        bound and stays out of the span; ``qual_outside``, the rows marked «out» in ``qualifiers.tsv``);
        after «مالا» (``WHAT_NOT``) the verb stays in. Since «مالا» is a negation (q19b) «مالا يقل عن» is a
        row of its own and never comes here; only a verb with no negated row does («مالا يقارب 10»:
        session 20, q20b)."""
        if tuple(self.nt[before[1] : pos].split()) not in self.lx.qual_outside:
            return before[1]
        prev = self.words_before(before[1], 1)
        return before[1] if prev and prev[-1].text == WHAT_NOT else start

    def article_before(self, n: Numeral) -> int | None:
        """Where an article written apart before digits starts («قرابة الـ 20»), if there is one."""
        if not n.digits:
            return None
        m = ARTICLE_BEFORE.search(self.nt, max(self.floor, n.start - 4), n.start)
        return None if m is None else m.start()

    def subunit_after(self, c: CountCandidate) -> SubUnit | None:
        """The sub-unit joined to an amount of money by «و» («20 دولارا و43 سنتا»), if there is one."""
        tail = c.tail
        if tail.kind != "money" or tail.currency is None or c.n.kind != "cardinal" or tail.qualifier is not None:
            return None
        m = AND_AT.match(self.nt, tail.end)
        m2 = None if m is None else self.lx.num_at.match(self.nt, m.end())
        if m2 is None:
            return None
        n2 = self.numeral_at(m2.start("num"), m2.end("num"))
        if n2 is None or n2.kind != "cardinal" or n2.value is None:
            return None
        w = self.word_at(n2.end)
        parts = None if w is None else self.lx.subunits.get((w.text, tail.currency))
        if w is None or parts is None or not 0 < n2.value < parts:
            return None
        return SubUnit(n2.value / parts, w.end)

    def emit_count(self, c: CountCandidate, kind: QuantityKind, sub: SubUnit | None = None) -> int:
        """Emit the count ``c`` as a quantity of ``kind`` (an amount of money joined to its
        sub-unit ``sub``, if given); return where it ends."""
        n, tail, start, qualifier = c.n, c.tail, c.start, c.qualifier
        if c.symbol is not None and tail.kind == "count" and tail.unit is None:
            start = c.symbol[0] if not c.qualified else start
            currency = self.lx.currencies.get((self.nt[c.symbol[0] : c.symbol[1]],))
            tail = attrs.evolve(tail, kind="money", currency=currency, unit=c.symbol)
            kind = "money" if kind == "count" else kind  # «$ 2000»
        if sub is not None and n.value is not None:
            n = attrs.evolve(n, value=n.value + sub.value)
            tail = attrs.evolve(tail, end=sub.end)
        if n.words == 1 and not n.digits and n.value is not None:
            entry = self.lx.numbers.words.get(self.nt[n.start : n.end])
            if entry is not None and entry.cls == "dual_acc":
                # «قتل ألفا»: a thousand, not «ألفا جندي» (two): the scale alone table decides
                one = ScaleAloneCandidate(n.value, tail.unit is not None)
                n = attrs.evolve(n, value=self.decide(SCALE_ALONE, one, n.start, n.end))
        if tail.qualifier is not None:
            # «100 شخص على الأقل», «نحو 100 شخص على الأقل»: the later qualifier table decides which stays
            later = LaterQualifierCandidate(qualifier, tail.qualifier)
            qualifier = self.decide(LATER_QUALIFIER, later, start, tail.end)
        if tail.unit is not None and tail.qualifier is None and n.value is not None and n.kind == "cardinal":
            extra = self.fraction_after(tail.end)  # «ثلاثة أعوام ونصف» is 3.5 years
            if extra is not None:
                n = attrs.evolve(n, value=n.value + extra[0])
                tail = attrs.evolve(tail, end=extra[1])
        value = None if n.value is None else exact(n.value)
        low = high = value
        if qualifier in ("more_than", "at_least"):
            high = None
        elif qualifier in ("less_than", "at_most"):
            low = None
        if n.kind == "vague":
            low = None if n.low is None else exact(n.low)
            high = None if n.high is None else exact(n.high)
        self.emit(
            start,
            tail.end,
            c.number,
            kind=kind,
            qualifier=qualifier,
            value=value,
            low=low,
            high=high,
            unit=self.unit_text(tail.unit),
            currency=tail.currency,
            magnitude=n.magnitude,
        )
        return tail.end

    def noun_before_one(self, s: int, e: int, definite: bool, traced: bool = True) -> Word | None:
        """The noun right before «واحد» at ``s`` to ``e`` («يوم واحد»), or «الواحد» («اليوم الواحد»), that
        it says there is one of, as the noun before «واحد» table decides (``traced``: the decision goes
        into an open trace; the partitive table asks without)."""
        before = self.words_before(s, 1)
        if not before:
            return None
        w = before[0]
        c = OneCandidate(self, s, e, definite, w, self.noun_of_one(w, definite), self.word_at(e))
        noun = self.decide(NOUN_BEFORE_ONE, c, w.start, e, traced)
        return noun if isinstance(noun, Word) else None

    def noun_of_one(self, w: Word, definite: bool) -> Word | None:
        """The word ``w`` before «واحد» read as a noun: without «و» and a glued preposition («وقلب»,
        «لموسم»); before «الواحد», from its article (a proclitic or two before it left out; «للسهم»,
        where the alef of the article is not written after «ل», read as «السهم»), or None when it has
        no article."""
        text = w.text
        if not definite:
            if text.startswith(ARTICLE) or len(text) < 2:
                return w
            return self.without_preposition(self.without_and(w))
        k = text.find(ARTICLE)
        j = text.find("لل")
        if k < 0 and 0 <= j <= 1 and all(ch in PROCLITIC_LETTERS for ch in text[:j]):
            return Word("ا" + text[j + 1 :], w.start + j + 1, w.end)
        if not (0 <= k <= 2 and all(ch in PROCLITIC_LETTERS for ch in text[:k])):
            return None
        return Word(text[k:], w.start + k, w.end)

    def noun_before_several(self, n: Numeral) -> Word | None:
        """The indefinite plural right before «عدة» ``n`` that it describes («جبهات عدة», «مناصب
        عدة», «بضربات عدة» with the preposition left out), if any: one space between them, no article,
        no function word, number, date word or past-tense verb (``may_count``), not a singular in «ة»
        («عدة» agrees with a plural only)."""
        before = self.words_before(n.start, 1)
        if not before or not self.nt[before[0].end : n.start].isspace():
            return None
        if QUOTED_AFTER.match(self.nt, n.end) is not None:
            return None  # «أرسل عدة «إنذارات»»: the noun follows in quotes, the word before is a verb
        w = self.without_preposition(self.without_and(before[0]))
        if len(w.text) < 3 or w.text.startswith(ARTICLE) or not self.may_count(w.text, w.text):
            return None
        return None if self.feminine_singular(w) else w

    def emit_several_after(self, noun: Word, n: Numeral) -> int:
        """Emit «عدة» ``n`` after its ``noun`` as a vague count (a duration after a time unit)."""
        kind = self.lx.units.get(noun.text, "count")
        self.emit(
            noun.start,
            n.end,
            (n.start, n.end),
            kind=kind,
            qualifier="vague",
            value=None,
            low=None if n.low is None else exact(n.low),
            high=None if n.high is None else exact(n.high),
            unit=self.unit_text((noun.start, noun.end)),
            magnitude=n.magnitude,
        )
        return n.end

    def feminine_singular(self, w: Word) -> bool:
        """Whether ``w`` is written with «ة», so that a feminine nisba after it may agree with it
        («شركة سعودية واحدة»); «نجران قضية واحدة», «بيليه كلية واحدة» are a name and a noun."""
        a, b = self.norm.to_original(w.start, w.end)
        return TA_MARBUTA_END.search(self.norm.original, a, b) is not None

    def without_preposition(self, w: Word) -> Word:
        """``w`` without a preposition ب, ل or ك glued to it («لموسم», «كشعيرة»), when the word
        without it is the more frequent in the segmenter's word counts (the test ``open_dual`` makes:
        «لاعب», «بلد», «كتاب» keep their first letter). The proclitic stays out of the span, as the
        guide says of every first word."""
        if w.text[:1] not in PREPOSITION_LETTERS or len(w.text) < 4:
            return w
        a, b = self.norm.to_original(w.start, w.end)
        word = count_key(self.norm.original[a:b])  # the counts' key: normalised, a final ة kept
        counts = read_counts()
        if counts.get(word[1:], 0) <= counts.get(word, 0):
            return w
        return Word(w.text[1:], w.start + 1, w.end)

    def and_before_word(self, w: Word) -> bool:
        """Whether ``w`` is the conjunction و before a word: it starts with و, is no noun of
        ``nouns_like_clitics.txt`` and is rarer than the word without it in the segmenter's word counts
        («وحياتي», «وأنني»; not «وفاة», «ولادة»)."""
        if not w.text.startswith(AND) or len(w.text) < 3 or w.text in self.lx.clitic_like_nouns:
            return False
        a, b = self.norm.to_original(w.start, w.end)
        word, counts = count_key(self.norm.original[a:b]), read_counts()
        return counts.get(word[1:], 0) > counts.get(word, 0)

    def without_and(self, w: Word) -> Word:
        """``w`` without the conjunction و glued to it, unless it is a noun that starts with و."""
        if w.text.startswith(AND) and len(w.text) > 3 and w.text not in self.lx.clitic_like_nouns:
            return Word(w.text[1:], w.start + 1, w.end)
        return w

    def may_count(self, text: str, bare: str) -> bool:
        """Whether the word ``text`` (``bare`` without its article) may be a noun that «واحد»
        counts: no function word, number, date word, month or past-tense verb."""
        lx = self.lx
        return not (
            text in lx.not_units
            or bare in lx.not_units
            or lx.numbers.lookup(bare) is not None
            or bare in lx.numbers.ordinals
            or (text in lx.cues and text not in lx.units)  # «منذ عام واحد»: a time unit is counted
            or (bare,) in lx.months
            or text.endswith(PAST_PLURAL)
        )

    def emit_one(self, noun: Word, n_start: int, n_end: int, one: Number = 1) -> int:
        """Emit one of ``noun`` («يوم واحد», «اليوم الواحد»): a duration or measure when the noun
        is a unit, with a qualifier before the noun («أكثر من يوم واحد»); ``one`` is 2 for a dual
        noun and «اثنين» after it («مستوطنين اثنين»), 3/2 for a unit and «ونصف» after it («عام ونصف»)."""
        lx = self.lx
        bare = noun.text[2:] if noun.text.startswith(ARTICLE) else noun.text
        kind: QuantityKind = lx.units.get(noun.text, lx.units.get(bare, "count"))  # type: ignore[assignment]
        currency = None
        if (bare,) in lx.currencies:
            kind, currency = "money", lx.currencies[(bare,)]  # «دولار واحد»
        start, end = noun.start, n_end
        qualifier: QualifierName = "exact"
        before = self.phrase_before(start, lx.qual_before, lx.qual_last_words)
        if before is not None and before[0] != "exact":
            qualifier = before[0]  # type: ignore[assignment]
            start = self.bound_start(before, start, start)
        elif (after := self.phrase_after(end, lx.qual_after, 3)) is not None:
            qualifier, end = after  # type: ignore[assignment]  # «جندي واحد على الأقل»
        unit = self.unit_text((noun.start, noun.end))
        if unit is not None and noun.end - noun.start < len(noun.text):
            unit = "ا" + unit  # «للسهم الواحد»: one share, «السهم» with its alef restored
        low, high = single_bounds(qualifier, one)
        self.emit(
            start,
            end,
            (n_start, n_end),
            kind=kind,
            qualifier=qualifier,
            value=one,
            low=low,
            high=high,
            unit=unit,
            currency=currency,
        )
        return end

    def fraction_after(self, p: int) -> tuple[Fraction, int] | None:
        """A half or quarter joined by «و» after a counted noun ending at ``p`` («أعوام ونصف»,
        «ساعات وربع»; the unit again with the article may follow: «عامين ونصف العام»): its value
        and where it ends."""
        w = self.word_at(p)
        if w is None or w.text not in AND_FRACTIONS:
            return None
        end = w.end
        unit = self.word_at(end)
        if unit is not None and self.lx.numbers.lookup(unit.text) is not None:
            return None  # «عشر سنوات ونصف مليون درهم»: half a million, a quantity of its own
        if unit is not None and unit.text.startswith(ARTICLE) and unit.text[2:] in self.lx.units:
            end = unit.end
        return AND_FRACTIONS[w.text], end

    def emit_fraction(self, n: Numeral, tail: Tail) -> int:
        kind: QuantityKind = "fraction" if tail.kind == "count" else tail.kind
        v = exact(n.value or Fraction(0))
        start = n.start
        qualifier: QualifierName = "exact"
        # «أكثر من نصف الألمان»: a bound before a fraction of a noun bounds it, as it bounds a count
        before = self.phrase_before(n.start, self.lx.qual_before, self.lx.qual_last_words)
        if before is not None and before[0] != "exact":
            qualifier = before[0]  # type: ignore[assignment]
            start = self.bound_start(before, n.start, n.start)
        elif tail.qualifier is not None:
            qualifier = tail.qualifier  # type: ignore[assignment]
        low: Number | None = v
        high: Number | None = v
        if qualifier in ("more_than", "at_least"):
            high = None
        elif qualifier in ("less_than", "at_most"):
            low = None
        self.emit(
            start,
            tail.end,
            (n.start, n.end),
            kind=kind,
            qualifier=qualifier,
            value=v,
            low=low,
            high=high,
            unit=self.unit_text(tail.unit),
        )
        return tail.end

    def tail(self, p: int, n: Numeral) -> Tail:
        """Percent sign or words, currency, counted noun and its adjectives, a later qualifier.

        Read once per position and kind of numeral (the year table and the count table may both
        ask), so the counted noun table decides each word once."""
        key = (p, n.digits, n.construct, n.kind, n.definite)
        tail = self.tails.get(key)
        if tail is None:
            tail = self.tails[key] = self.read_tail(p, n)
        return tail

    def read_tail(self, p: int, n: Numeral) -> Tail:
        lx = self.lx
        p0 = p
        if n.digits and self.nt[p : p + 1] == "/" and (m := SLASHED_UNIT.match(self.nt, p)) is not None:
            p = m.end()  # «61/ عاما/»: the unit after the slash
        kind: QuantityKind = "count"
        unit = None
        currency = None
        end = p
        ws = []  # the two words after p, read once for the percent, currency and unit phrases
        if (m := PERCENT_SIGN.match(self.nt, p)) is not None:
            kind, unit, end = "percent", (m.end() - 1, m.end()), m.end()
        elif (pc := self.phrase_in(ws := self.words_after(p, 2), lx.percent)) is not None:
            kind, end = "percent", pc[1]
            unit = (ws[0].start, end)
        elif (m := SYMBOL_AFTER.match(self.nt, p)) is not None:
            kind, currency, end = "money", lx.currencies.get((m.group("s"),)), m.end()
            unit = (m.start("s"), end)
        elif (cur := self.phrase_in(ws, lx.currencies)) is not None:
            kind, currency, end = "money", cur[0], cur[1]
            unit = (ws[0].start, end)
        elif n.digits and (g := GLUED_AT.match(self.nt, p)) is not None and (g.group("w"),) in lx.currencies:
            kind, currency, end = "money", lx.currencies[(g.group("w"),)], g.end()  # «15.35ريال»
            unit = (g.start("w"), end)
        elif n.digits and (pw := POWER_UNIT_AT.match(self.nt, p)) is not None and (pw.group("w"),) in lx.unit_phrases:
            kind, end = "measure", pw.end()  # «60000م3», «450 م²»: a unit with its power as a digit
            unit = (pw.start("w"), end)
        else:
            noun = self.noun_at(p, n, ws[0] if ws else None)
            if noun is not None and not (ws and ws[0].start == noun.start):
                ws = [noun, *self.words_after(noun.end, 1)]  # «10000متر مكعب»: the glued noun starts the phrase
            two = self.phrase_in(ws, lx.unit_phrases) if noun is not None else None
            if noun is not None and two is not None and two[1] > noun.end:
                unit, end, kind = (noun.start, two[1]), two[1], two[0]  # type: ignore[assignment]  # «متر مربع»
            elif noun is not None:
                unit, end = (noun.start, noun.end), noun.end
                kind = lx.units.get(noun.text, "count")  # type: ignore[assignment]
                if n.kind == "vague" and noun.text.startswith(ARTICLE):
                    # «عشرات السنين», «ملايين الدولارات»: a vague number in construct with a definite
                    # noun takes the noun's kind as «عشرات من السنين» does
                    bare = noun.text[len(ARTICLE) :]
                    if (bare,) in lx.currencies:
                        kind, currency = "money", lx.currencies[(bare,)]
                    else:
                        kind = lx.units.get(bare, kind)  # type: ignore[assignment]
                taken: Word | None = None
                for k in range(2):
                    if k == 0 and ws and ws[0].start == noun.start:
                        adj = ws[1] if len(ws) > 1 else None  # the word after the noun, read already
                    else:
                        adj = self.word_at(end)
                    if adj is None or not self.adjective(noun, adj, taken):
                        break
                    end, taken = adj.end, adj
                    unit = (noun.start, end)
        if kind == "measure" and unit is not None and (rate := PER_TIME_AT.match(self.nt, end)) is not None:
            end = rate.end()  # «15 كم/ساعة», «1321 جيجا بت في الثانية», «10000م3 في اليوم»: a rate
            unit = (unit[0], end)
        if unit is None and end == p:
            end = p0  # «35/ نحو /»: no unit after the slash, the slash and the space stay out
        after = self.phrase_after(end, lx.qual_after, 3)
        qualifier = None
        if after is not None:
            qualifier, end = after
        return Tail(end, kind, unit, currency, qualifier)

    def adjective(self, noun: Word, w: Word, previous: Word | None = None) -> bool:
        """Whether ``w`` after the counted noun ``noun`` (and after ``previous``, the adjective taken before
        it, if any) is an adjective of it, part of the unit («جنود أتراك»): the adjective table decides."""
        hit = ADJECTIVE.first(AdjectiveCandidate(self, noun, w, previous), self.trace, self.span(w.start, w.end))
        return hit is not None and hit[1]

    def verb_in_alef_maqsura(self, w: Word) -> bool:
        """Whether ``w`` is written with a final alef maqsura and has the shape of a verb: three
        letters («جرى», «مضى»), four with «أ» first («أبدى», «أجرى», «أعلى»), five of the derived forms
        with «ا» first and «ن» or «ت» after it («انقضى», «انتهى», «اشترى») or six with «است» first
        («استدعى»). Such a word ends in «ي» once normalised and would pass for a nisba adjective;
        «كبرى», «للمرمى» and nisbas written with «ى» («أمريكى», «اردنى», «انسانى») keep their reading."""
        a, b = self.norm.to_original(w.start, w.end)
        word = self.norm.original[a:b]
        if not word.endswith("ى"):
            return False
        if len(word) == 5 and word[0] == "ا":
            return word[1] == "ن" or word[2] == "ت"
        return len(word) == 3 or (len(word) == 4 and word[0] == "أ") or (len(word) == 6 and word.startswith("است"))

    def noun_at(self, p: int, n: Numeral, w: Word | None) -> Word | None:
        """The counted noun right after a numeral ending at ``p`` (``w`` is the word after ``p``),
        if there is one."""
        if w is None and n.digits and (g := GLUED_AT.match(self.nt, p)) is not None:
            w = Word(g.group("w"), g.start("w"), g.end("w"))  # «12يوماً»: no space after the digits
        if w is None:
            return None
        c = NounCandidate(self, w, n)
        trace = self.trace
        hit = NOUN.first(c, trace, None if trace is None else self.norm.to_original(w.start, w.end))
        return w if hit is not None and hit[1] else None

    # -- ranges --------------------------------------------------------------------------------

    def pair(self, n: Numeral) -> RangeCandidate | None:
        """``n`` and the number joined to it by a dash, «و» or «إلى» («10-20», «بين 10 و20»), if any."""
        if n.kind != "cardinal" or n.value is None:
            return None
        sep = RANGE_SEP.match(self.nt, n.end)
        if sep is None and (gap := TATWEEL_GAP.match(self.nt, n.end)) is not None:
            a, b = self.norm.to_original(gap.start(), gap.end())
            if "\u0640" in self.norm.original[a:b]:
                sep = gap  # «2 ــ 1»: a tatweel written as the dash (the normalised view drops it)
        unit: tuple[int, int] | None = None
        if sep is None and (bc := BEFORE_CHRIST_AT.match(self.nt, n.end)) is not None:
            sep = RANGE_SEP.match(self.nt, bc.end())  # «بين سنتي 11000 ق.م. و3599 ق.م.»: the era after each
        if sep is None and (sym := SYMBOL_AFTER.match(self.nt, n.end)) is not None:
            sep = RANGE_SEP.match(self.nt, sym.end())  # «10$-20$»: the sign after each number
        marked_each = False
        if sep is None and (pc := PERCENT_SIGN.match(self.nt, n.end)) is not None:
            sep = RANGE_SEP.match(self.nt, pc.end())  # «ما بين 3% إلى 5%»
            marked_each = True  # «ارتفع من 4% إلى 5%» is a change (the range table)
        if sep is None and n.digits and (t := self.tail(n.end, n)).unit is not None and t.qualifier is None:
            sep = RANGE_SEP.match(self.nt, t.end)  # «4 سنوات إلى 5 سنوات»: the unit after each number
            unit = t.unit
            if sep is not None and sep.group("and") is not None:
                sep = None
        if sep is None and not marked_each and (alt := OR_SEP.match(self.nt, n.end)) is not None:
            sep = alt if self.tail(n.end, n).unit is None else None  # «11 أو 12 عاما»: a bare number, «أو»
        if sep is None:
            return None
        m2 = self.lx.num_at.match(self.nt, sep.end())
        if m2 is None:
            return None
        n2 = self.numeral_at(m2.start("num"), m2.end("num"))
        if n2 is None or n2.kind != "cardinal" or n2.value is None:
            return None
        repeated = False
        if unit is not None:
            t2 = self.tail(n2.end, n2)
            if t2.unit is None or self.nt[t2.unit[0] : t2.unit[1]] != self.nt[unit[0] : unit[1]]:
                return None
            repeated = True
        before = self.words_before(n.start, 3)  # a year cue, then «ما بين»
        years = self.is_year(n) and self.is_year(n2)
        before_christ = BEFORE_CHRIST_AT.match(self.nt, n2.end)
        cue: Word | None = None
        if (years or before_christ) and before and self.lx.cues.get(before[-1].text, ("",))[0] == "year_cue":
            cue, before = before[-1], before[:-1]  # «بين عامي 2001 و2007»
        joiner = (
            "or"
            if sep.re is OR_SEP
            else "and"
            if sep.group("and") is not None
            else "to"
            if sep.group("to") is not None
            else "dash"
        )
        # the sign or unit after each number: a range after «بين» («ما بين 3% إلى 5%»), a change after
        # «من» («رفع النسبة من 13 في المائة إلى 23 في المائة»), except a duration («4 سنوات إلى 5 سنوات»)
        marked_each = marked_each or unit is not None
        opener = self.opener(before, RANGE_OPENERS_AND if joiner == "and" or marked_each else RANGE_OPENERS)
        duration = unit is not None and self.tail(n.end, n).kind == "duration"
        start = n.start if cue is None else cue.start
        if opener is not None:
            start = opener
        approximate = None
        from_before = False
        if before and opener is None and before[-1].text in APPROXIMATE_OPENERS:
            approximate = before[-1].start
            # «ارتفع العدد من نحو 5 آلاف إلى 10 آلاف»: after «من» a change (the range table), no range start
            from_before = len(before) > 1 and before[-2].text in RANGE_OPENERS
        if approximate is not None and joiner in ("to", "or") and not from_before:
            start = approximate
        low, high = n.value, n2.value
        scale = self.scale_of(n2)
        scaled_low = low * scale if scale is not None and self.scale_of(n) is None and low * scale <= high else low
        return RangeCandidate(
            self,
            n,
            n2,
            joiner,
            start,
            opener_found=opener is not None,
            dual_year_cue=cue is not None and self.lx.cues[cue.text][1] == "two",
            years=years,
            low=low,
            high=high,
            scaled_low=scaled_low,
            repeated_unit=repeated,
            approximate=None if from_before else approximate,
            from_before_approximate=from_before,
            before_christ=None if before_christ is None else before_christ.end(),
            marked_each=marked_each,
            duration=duration,
        )

    @staticmethod
    def opener(before: Sequence[Word], words: tuple[str, ...]) -> int | None:
        """Where the word opening a range («بين», «ما بين», «من») starts, if it ends ``before``
        (a proclitic on it is left out)."""
        if not before:
            return None
        w = before[-1]
        if w.text in words:
            if len(before) > 1 and before[-2].text[-2:] == WHAT and len(before[-2].text) <= 4:
                prev = before[-2].text
                if prev == WHAT or all(c in PROCLITIC_LETTERS for c in prev[:-2]):
                    return before[-2].end - 2
            return w.start
        if w.text[:1] in PROCLITIC_LETTERS and w.text[1:] in words:
            return w.start + 1
        if BETWEEN in words and w.text.endswith(WHAT + BETWEEN) and len(w.text) <= 6:
            return w.end - 5  # «مابين»: «ما بين» written as one word
        return None

    def emit_range(self, c: RangeCandidate) -> int:
        n, n2 = c.n, c.n2
        tail = self.tail(n2.end, n2)
        self.emit(
            c.start,
            tail.end,
            (n.start, n2.end),
            kind=tail.kind,
            qualifier="range",
            low=exact(c.scaled_low),
            high=exact(c.high),
            unit=self.unit_text(tail.unit),
            currency=tail.currency,
        )
        return tail.end

    def daytime_after(self, p: int) -> bool:
        """Whether a word of the time of day («مساء», «صباحا», «من مساء») follows ``p``."""
        w = self.word_at(p)
        if w is not None and w.text == FROM:
            w = self.word_at(w.end)
        return w is not None and self.lx.cues.get(w.text, ("",))[0] == "daytime"

    def is_year(self, n: Numeral) -> bool:
        raw = self.nt[n.start : n.end]
        return n.digits and len(raw) == 4 and raw.isdigit() and 1900 <= int(raw) <= 2100

    def scale_of(self, n: Numeral) -> int | None:
        words = split_words(self.nt, n.start, n.end, self.lx.numbers)
        if not words:
            return None
        e = self.lx.numbers.words.get(words[-1].text)
        if e is not None and e.cls in ("scale", "dual_acc", "plural") and len(words) > 1:
            return int(e.value)
        return None

    # -- ordinals ------------------------------------------------------------------------------

    def ordinal(self, m: regex.Match[str]) -> int:
        s, e = m.span("ord")
        parts = self.nt[s:e].split()
        word = parts[0]
        if word not in self.lx.numbers.ordinals:
            word = restore_article(word)  # «للعاشر»
        value, form = self.lx.numbers.ordinals[word]
        teen = len(parts) > 1
        word_end = e
        if teen:
            value += 10
        after_ord = self.word_at(e)
        if after_ord is not None and after_ord.text == AND:
            after_ord = self.word_at(after_ord.end)  # «الخامس و العشرون»
            ten = None if after_ord is None else after_ord.text
        else:
            ten = after_ord.text[1:] if after_ord is not None and after_ord.text.startswith(AND) else None
        if ten is not None and after_ord is not None and not teen and value < 10:
            entry = self.lx.numbers.words.get(ten[2:] if ten.startswith("ال") else ten)
            if entry is not None and entry.cls == "ten":
                value, e = value + int(entry.value), after_ord.end  # «التاسع والعشرين», «الحادي والعشرين»
        before = self.words_before(s, 1)
        c = OrdinalCandidate(
            self, s, word_end, e, value, form, teen, before=before[0] if before else None, next=self.word_at(e)
        )
        return self.decide(ORDINAL, c, s, e)

    def emit_ordinal(self, c: OrdinalCandidate, noun: Word | None = None) -> int:
        """The ordinal alone; the ``noun`` it ranks («أول مرة») is read through, out of its span."""
        self.emit(c.start, c.end, (c.start, c.end), kind="ordinal", value=c.value, low=c.value, high=c.value)
        if noun is None:
            return c.end
        self.floor = noun.end
        return noun.end

    # -- dates ---------------------------------------------------------------------------------

    def era_after(self, p: int) -> tuple[str, int] | None:
        """The calendar and end of an era word glued or spaced right after ``p`` («1436هـ», «2015 م»)."""
        era = GLUED_AT.match(self.nt, p)
        if era is None:
            return None
        cue = self.lx.cues.get(era.group("w"))
        return (cue[1], era.end()) if cue is not None and cue[0] == "era" else None

    def month_hit(self, p: int) -> MonthHit | None:
        """The month name at ``p``."""
        m = self.lx.month_at.match(self.nt, p)
        if m is None:
            return None
        if m.group("m2") is not None:
            key = (m.group("m1"), m.group("m2"))
            name = self.lx.months.get(key)
            if name is not None:
                return MonthHit(m.start(), m.end(), name.month, name.calendar, name.ambiguous)
        name = self.lx.months.get((m.group("m1"),))
        if name is not None:
            return MonthHit(m.start(), m.end("m1"), name.month, name.calendar, name.ambiguous)
        return None

    def month_after_day(self, n: Numeral) -> tuple[Word, MonthHit | None] | None:
        """When ``n`` could be a day (1 to 31 in digits), the word after it and the month name
        there («10 أغسطس», «10 من شهر أغسطس»)."""
        if not (n.digits and n.value is not None and n.words == 1 and n.value.denominator == 1):
            return None
        if not (self.nt[n.start : n.end].isdigit() and 1 <= n.value <= 31):
            return None
        w = self.word_at(n.end)
        if w is None:
            glued = self.month_hit(n.end)  # «13شعبان», «30يونيو»: the month name glued to its day
            return None if glued is None else (Word(self.nt[glued.start : glued.end], glued.start, glued.end), glued)
        p = w.start
        if w.text == FROM:
            nxt = self.word_at(w.end)
            if nxt is not None and self.lx.cues.get(nxt.text, ("",))[0] == "month_cue":
                nxt = self.word_at(nxt.end)  # «10 من شهر أغسطس»
            if nxt is None:
                return None
            p = nxt.start
        return w, self.month_hit(p)

    def month_word(self, s: int, e: int) -> int:
        """Decide the word at ``s`` to ``e`` that starts a month name (the month name table)."""
        mon = self.month_hit(s)
        reading = None if mon is None else self.read_date(s, mon, day=None)
        c = MonthCandidate(self, s, mon, reading)
        return self.decide(MONTH_NAME, c, s, e if mon is None else mon.end)

    def dual(self, s: int, e: int) -> int:
        """Decide the dual noun at ``s`` to ``e`` («أسبوعين», «العامين», «لعامين» of «للعامين»)."""
        word = self.nt[s:e]
        duals = self.lx.duals
        noun = word[2:] if word.startswith("ال") and word[2:] in duals else word
        if noun not in duals:
            noun = word[1:]  # «للعامين»: the alef of the article is not written after ل
        kind: QuantityKind = duals[noun]  # type: ignore[assignment]
        c = DualCandidate(self, s, e, noun, noun != word, kind, self.word_at(e))
        return self.decide(DUAL, c, s, e)

    def open_dual(self, s: int, w: str) -> int:
        """Decide the word ``w`` at ``s`` as a dual ``duals.tsv`` lacks (the open dual), if its singular
        is known: «سمكتين» (``dual_singulars`` has «سمكة»), «طريقين رئيسيين» (a masculine one only
        before a nisba dual, so a name or a plural in «ين» is not read).

        A first letter that may be a proclitic is split off when the singular without it is the more
        frequent («لدولتين» is ل + «دولتين», «لجنتين» is one word); a definite dual is not read.
        """
        known = self.lx.dual_singulars
        e = s + len(w)
        best, best_count = -1, 0
        for k in (0, 1) if w[0] in PROCLITIC_LETTERS else (0,):
            noun = w[k:]
            if noun.startswith((ARTICLE, "لل")) or len(noun) < 5:
                return s  # «باللغتين», «للشركتين»: definite, it points back at a known pair
            if noun[-3:] in FEMININE_DUAL_ENDS:
                singular = noun[:-3] + "ة" if noun[-4] != "ي" else ""
            elif noun.endswith(PRONOUN_DUAL_ENDS):
                # «ابنتيه», «مباراتيها»: in construct with a pronoun; the dual table reads it
                cut = next(len(t) for t in PRONOUN_DUAL_ENDS if noun.endswith(t))
                singular = noun[:-cut] + "ة" if len(noun) > cut + 2 and noun[-cut - 1] != "ي" else ""
            elif noun.endswith(CONSTRUCT_DUAL_ENDS):
                # «مذكرتي تفاهم»: in construct, its «ن» dropped; the dual table reads the word after it
                singular = noun[:-2] + "ة" if noun[-3] != "ي" else ""
            elif noun[-3] != "ي":
                singular = noun[:-2]
                nxt = self.word_at(e)
                if nxt is None or not (agrees_as_dual(nxt.text, noun) or self.dual_adjective(nxt.text, noun)):
                    continue
            else:
                continue
            n = known.get(singular, 0)
            if n > best_count:
                best, best_count = k, n
        if best < 0:
            return s
        c = DualCandidate(self, s + best, e, w[best:], False, "count", self.word_at(e), True)
        return self.decide(DUAL, c, s + best, e)

    def dual_adjective(self, word: str, noun: str) -> bool:
        """Whether ``word`` after the masculine dual ``noun`` is an adjective in the same ending «ين»
        («حارسين رائعين», «قائدين بارزين»): indefinite, of four letters or more before the ending, and
        no function word or number («عامين آخرين» is kept out by ``not_units``). Not «ان»: names end
        so («طالبان أفغانستان», «سليمان قهرمان»), and dual verbs («تنظيمان يعملان»)."""
        return (
            len(word) >= 6
            and noun[-2:] == word[-2:] == OBLIQUE_DUAL
            and not word.startswith(ARTICLE)
            and word not in self.lx.not_units
            and self.lx.numbers.lookup(word) is None
        )

    def emit_one_to_two(self, c: DualCandidate, from_: Word, one: Word) -> int:
        """Emit «من» ``one`` «إلى» and the dual ``c`` as a range of one to two of ``one``."""
        self.emit(
            from_.start,
            c.end,
            (from_.start, c.end),
            kind=c.kind,
            qualifier="range",
            low=exact(Fraction(1)),
            high=exact(Fraction(2)),
            unit=self.unit_text((one.start, one.end)),
        )
        return c.end

    def dual_range(self, c: DualCandidate) -> tuple[int, int, Fraction, Tail] | None:
        """The range the dual ``c`` opens as its low end («ما بين عامين وخمسة أعوام», «سنتين إلى 3
        سنوات»): where it starts, where the number at its high end ends, its value and its tail, if any.

        The grammar of a numeral range with a unit after each end («4 سنوات إلى 5 سنوات»): the high
        end is a number above two with a noun of the dual's kind (a duration with a duration); «و»
        joins the ends only after «بين» (else «مواطنين و3 أفراد» is a list), «إلى» after «بين», «من»
        or nothing. «أو» joins alternatives with no opener (issue 15, session 26, q26c: «يومين أو ثلاثة
        أيام»), also to a number word with no noun, the dual's noun then the unit («شهرين أو ثلاثة»: 2–3,
        unit «شهرين», as dev7's gold)."""
        if c.definite or c.open:
            return None
        sep = RANGE_SEP.match(self.nt, c.end)
        alternatives = sep is None and (sep := OR_SEP.match(self.nt, c.end)) is not None
        if sep is None or not (alternatives or sep.group("and") is not None or sep.group("to") is not None):
            return None
        m2 = self.lx.num_at.match(self.nt, sep.end())
        if m2 is None or m2.start("num") != sep.end():
            return None
        n2 = self.numeral_at(m2.start("num"), m2.end("num"))
        if n2 is None or n2.kind != "cardinal" or n2.value is None or n2.value <= 2:
            return None
        tail = self.tail(n2.end, n2)
        if alternatives and tail.unit is None and not n2.digits and n2.value <= 10:
            unit = (c.start, c.end)  # «شهرين أو ثلاثة»: the dual's noun is the unit
            return self.alternatives_start(c.start), n2.end, n2.value, Tail(n2.end, c.kind, unit)
        if tail.unit is None or tail.kind != c.kind or tail.qualifier is not None:
            return None
        if alternatives:
            if not same_noun(c.noun, self.nt[tail.unit[0] : tail.unit[1]]):
                return None  # «عامين أو ثلاثة أشهر»: two years or three months
            return self.alternatives_start(c.start), n2.end, n2.value, tail  # «يومين أو ثلاثة أيام»
        before = self.words_before(c.start, 2)
        and_joined = sep.group("and") is not None
        opener = self.opener(before, RANGE_OPENERS_AND if and_joined else RANGE_OPENERS)
        if opener is None and (and_joined or c.kind != "duration"):
            return None
        return (c.start if opener is None else opener), n2.end, n2.value, tail

    def alternatives_start(self, s: int) -> int:
        """Where a range of alternatives starting at ``s`` starts: an approximation before it is in its
        span («نحو جزئين أو خمسة أجزاء»), as before «خمسة آلاف إلى عشرة آلاف»."""
        before = self.words_before(s, 1)
        return before[-1].start if before and before[-1].text in APPROXIMATE_OPENERS else s

    def emit_dual_range(self, c: DualCandidate, start: int, n2_end: int, high: Fraction, tail: Tail) -> int:
        """Emit the range from the dual ``c`` (two) to ``high``, with the unit and kind of ``tail``."""
        self.emit(
            start,
            tail.end,
            (c.start, n2_end),
            kind=tail.kind,
            qualifier="range",
            low=exact(Fraction(2)),
            high=exact(high),
            unit=self.unit_text(tail.unit),
            currency=tail.currency,
        )
        return tail.end

    def emit_dual(self, c: DualCandidate) -> int:
        """Emit the dual ``c`` as two of its noun, with a qualifier before or after it («نحو عامين»,
        «مرتين على الأقل»), «اثنين» after it («يومين اثنين») and a half joined to it («عامين ونصف
        العام» is 5/2) in the span."""
        start, end = c.start, c.end
        qualifier: QualifierName = "exact"
        before = self.phrase_before(start, self.lx.qual_before, self.lx.qual_last_words)
        if before is not None and before[0] != "exact":
            qualifier = before[0]  # type: ignore[assignment]
            start = self.bound_start(before, start, start)
        value, unit_end = Fraction(2), c.end
        if c.next is not None:
            # «دورتين تدريبيتين», «يومين اثنين», «عامين ونصف العام»: the word after a dual table decides
            join = self.decide(AFTER_DUAL, c, c.next.start, c.next.end)
            end, unit_end, value = join.end, join.unit_end, join.value
        if qualifier == "exact" and (after := self.phrase_after(end, self.lx.qual_after, 3)) is not None:
            qualifier, end = after  # type: ignore[assignment]  # «مرتين على الأقل», «يومين فقط»
        two = exact(value)
        low, high = single_bounds(qualifier, two)
        self.emit(
            start,
            end,
            (c.start, c.end),
            kind=c.kind,
            qualifier=qualifier,
            value=two,
            low=low,
            high=high,
            unit=self.unit_text((c.start, unit_end)),
        )
        return end

    def definite_cardinal(self, s: int, e: int) -> int:
        """Decide the definite cardinal at ``s`` to ``e`` («الخمسة»)."""
        value = self.lx.definite_units[self.nt[s:e]]
        nxt = self.word_at(e)
        if nxt is not None and nxt.text in TEENS:
            value, e, nxt = value + 10, nxt.end, self.word_at(nxt.end)  # «الأشهر الثمانية عشر»
        elif nxt is not None and nxt.text.startswith(AND + ARTICLE):
            ten = self.lx.numbers.words.get(nxt.text[3:])
            if ten is not None and ten.cls == "ten":
                value, e, nxt = value + int(ten.value), nxt.end, self.word_at(nxt.end)  # «الخمسة والعشرين»
        before = self.words_before(s, 1)
        c = DefiniteCardinalCandidate(self, s, e, value, before[0] if before else None, nxt)
        return self.decide(DEFINITE_CARDINAL, c, s, e)

    def written_ha(self, e: int) -> bool:
        """Whether the word ending at normalised ``e`` ends in «ه» as written (not «ة», which the
        normalised view writes «ه»)."""
        s, end = self.norm.to_original(e - 1, e)
        letters = [ch for ch in self.norm.original[s:end] if not TRAILING.match(ch)]
        return bool(letters) and letters[-1] == "ه"

    def emit_definite_cardinal(self, c: DefiniteCardinalCandidate, noun: Word) -> int:
        """Emit ``c`` as a count of ``noun`` (a duration or measure when the noun is a unit), the
        noun in the span on whichever side it stands."""
        bare = noun.text[2:] if noun.text.startswith(ARTICLE) else noun.text
        kind: QuantityKind = self.lx.units.get(bare, "count")  # type: ignore[assignment]
        start, end = min(c.start, noun.start), max(c.end, noun.end)
        qualifier: QualifierName = "exact"
        before = self.phrase_before(start, self.lx.qual_before, self.lx.qual_last_words)
        if before is not None and before[0] != "exact":
            qualifier = before[0]  # type: ignore[assignment]
            start = self.bound_start(before, start, start)  # «ما يقارب الخمس سنوات»
        low, high = single_bounds(qualifier, c.value)
        self.emit(
            start,
            end,
            (c.start, c.end),
            kind=kind,
            qualifier=qualifier,
            value=c.value,
            low=low,
            high=high,
            unit=self.unit_text((noun.start, noun.end)),
        )
        return end

    def lone(self, s: int, e: int) -> int:
        """Decide the word at ``s`` to ``e`` of ``lone_words.tsv`` («نصفهم», «شهر»)."""
        value, kind = self.lx.lone[self.nt[s:e]]
        before = self.phrase_before(s, self.lx.qual_before, self.lx.qual_last_words)
        if before is not None and before[0] == "exact":
            before = None
        elif before is not None:
            before = (before[0], self.bound_start(before, s, s))  # «تجاوزت نصفهم»: the verb stays out
        c = LoneCandidate(self, s, e, value, kind, before, self.word_at(e))
        return self.decide(LONE, c, s, e)

    def open_lone(self, s: int, w: str) -> int:
        """Decide the word after «أكثر من»/«أقل من» (``w`` at ``s`` is the head) as one of an indefinite
        singular noun that ``lone_words.tsv`` lacks («في أكثر من مناسبة»: more than one occasion).

        Only a word the scan does not read itself is a candidate: no number, listed lone word, dual,
        plural in «ين»/«ون», definite word, unit or currency (those are read, or left, elsewhere).
        """
        of = self.word_at(s + len(w))
        if of is None or of.text != FROM:
            return s
        noun = self.word_at(of.end)
        if noun is None:
            return s
        t, lx = noun.text, self.lx
        if (
            t in lx.first_words
            or t.endswith(DUAL_TAILS)
            or t.endswith(SOUND_PLURAL_ENDS)
            or t.startswith(ARTICLE)
            or t in lx.units
            or (t,) in lx.currencies
        ):
            return s
        before = self.phrase_before(noun.start, lx.qual_before, lx.qual_last_words)
        if before is None or before[0] not in ("more_than", "less_than"):
            return s
        before = (before[0], self.bound_start(before, noun.start, noun.start))
        c = LoneCandidate(self, noun.start, noun.end, Fraction(1), "count", before, self.word_at(noun.end), True)
        return self.decide(LONE, c, noun.start, noun.end)

    def seen_definite(self, w: Word) -> bool:
        """Whether the word ``w`` is seen with the article in the segmenter's word counts and carries
        no possessive pronoun (a noun; a verb, a name, a demonstrative or a word with a pronoun is
        not: «يدفع», «ذلك», «غيره», «حقه»)."""
        a, b = self.norm.to_original(w.start, w.end)
        word, counts = count_key(self.norm.original[a:b]), read_counts()
        return ARTICLE + word in counts and not with_pronoun(word, counts.get(word, 0), counts)

    def emit_lone(self, c: LoneCandidate) -> int:
        """Emit ``c``: a fraction of them, or one of a unit, with its qualifiers."""
        start, end = c.start, c.end
        qualifier: QualifierName = "exact"
        if c.qualifier is not None:
            qualifier, start = c.qualifier  # type: ignore[assignment]
        elif (after := self.phrase_after(end, self.lx.qual_after, 3)) is not None:
            qualifier, end = after  # type: ignore[assignment]  # «نصفهم تقريبا»
        if c.kind == "fraction_of" or c.kind == "fraction":
            kind: QuantityKind = "fraction"
            unit = None
        elif c.kind == "multiple":  # «أكثر من ضعف العدد»: twice, the word is the number, not a unit
            kind, unit = "count", None
        else:
            kind = c.kind  # type: ignore[assignment]
            unit_end = c.end
            if c.open:  # «أكثر من عملية إرهابية»: the noun's adjectives are in the unit, as after a number
                noun, taken = Word(self.nt[c.start : c.end], c.start, c.end), None
                feminine = self.feminine_singular(noun) or noun.text in self.lx.feminine_nouns
                for _ in range(2):
                    adj = self.word_at(end)
                    # a singular noun's adjective agrees with it in gender («أكثر من لقاء أهمية تأمين»: an object)
                    if adj is None or self.feminine_singular(adj) != feminine or not self.adjective(noun, adj, taken):
                        break
                    end = unit_end = adj.end
                    taken = adj
            unit = self.unit_text((c.start, unit_end))
        value = c.value
        if kind != "fraction":
            extra = self.fraction_after(end)
            if extra is not None:
                value, end = value + extra[0], extra[1]  # «أكثر من عام ونصف»
        v = exact(value)
        low, high = single_bounds(qualifier, v)
        self.emit(
            start,
            end,
            (c.start, c.end),
            kind=kind,
            qualifier=qualifier,
            value=v,
            low=low,
            high=high,
            unit=unit,
        )
        return end

    def after_word(self, s: int) -> int:
        """Where to go on after the word at ``s`` that is not read."""
        w = self.word_at(s - 1) if s > 0 else None
        return w.end if w is not None and w.start == s else s + 1

    def date(
        self,
        s: int,
        mon: MonthHit,
        day: int | None,
        day_end: int | None = None,
        days: tuple[int, int] | None = None,
        num_start: int | None = None,
    ) -> int:
        """Emit the date whose month is ``mon`` (and day, or ``days`` range, starts at ``s``);
        return where it ends."""
        return self.emit_date(self.read_date(s, mon, day, day_end, days, num_start))

    def read_date(
        self,
        s: int,
        mon: MonthHit,
        day: int | None,
        day_end: int | None = None,
        days: tuple[int, int] | None = None,
        num_start: int | None = None,
    ) -> DateReading:
        """The date around the month name ``mon``: the part of the month or «شهر» before it, the
        month's other name, the year and era, the relative word after it."""
        end, month = mon.end, mon.month
        cues = self.lx.cues
        s_num = s if num_start is None else num_start
        start = s
        part = None
        context = day is not None or days is not None
        if day is None and days is None:
            before = self.words_before(s, 2)  # a part of the month, then «شهر»
            k = len(before)
            if k and cues.get(without_proclitic(before[-1].text, cues), ("",))[0] == "month_cue":
                k -= 1
                start = before[k].end - len(without_proclitic(before[k].text, cues))
                context = True
            if k:
                w = before[k - 1]
                text = without_proclitic(w.text, cues)
                if text != w.text:
                    w = Word(text, w.start + 1, w.end)
                role, value = cues.get(text, ("", ""))
                if role == "part":
                    part, start, context = value, w.start, True
                elif role == "first_day":  # «غرة شوال»: the first day of the month
                    day, start, context = int(value), w.start, True
        # «أيلول/سبتمبر», «سبتمبر (أيلول)»: two names of one month
        sl = SLASH.match(self.nt, end)
        other = self.month_hit(sl.end()) if sl is not None else None
        if sl is not None and other is not None and other.month == month:
            close = CLOSE.match(self.nt, other.end) if sl.group("open") is not None else None
            if sl.group("open") is None or close is not None:
                end, context = (other.end if close is None else close.end()), True
        else:
            # «سبتمبر أيلول», «يناير كانون الثاني»: the same month in two calendars' names; also with
            # the first in brackets («(نوفمبر) تشرين الثاني 2016»)
            close = CLOSE.match(self.nt, end)
            follower = self.word_at(end if close is None else close.end())
            same = self.month_hit(follower.start) if follower is not None else None
            if same is not None and same.month == month:
                end, context = same.end, True
        year = None
        # «رمضان المبارك الماضي»: an epithet of the month before its year or relative word
        epithet = self.word_at(end)
        look = epithet.end if epithet is not None and epithet.text in MONTH_EPITHETS else end
        y = YEAR_AT.match(self.nt, look)
        fy = FROM_YEAR_AT.match(self.nt, look) if y is None else None
        year_relative = None
        if fy is not None and cues.get(without_proclitic(fy.group("cue"), cues), ("",))[0] == "year_cue":
            rel_word = fy.group("rel")
            if rel_word is None:
                y = fy  # «ديسمبر من عام 2013», «يونيو لعام 2015»
            elif cues.get(rel_word, ("",))[0] == "relative":
                y, year_relative = fy, cues[rel_word][1]  # «ذي القعدة من العام الحالي 1436هـ»
        if y is not None:
            year, end, context = int(y.group("y")), y.end(), True
            if day_end is None:
                s_num, day_end = y.start("y"), y.end()  # no day: the year is the numeral
            if (era := self.era_after(end)) is not None:
                end = era[1]
        if y is None and fy is None and (fr := FROM_YEAR_RELATIVE_AT.match(self.nt, look)) is not None:
            cue = cues.get(fr.group("cue"), ("", ""))
            rel_cue = cues.get(fr.group("rel"), ("", ""))
            if cue[0] == "year_cue" and rel_cue[0] == "relative":
                year_relative, end, context = rel_cue[1], fr.end(), True  # «يوليو من العام الماضي»
        relative = year_relative
        rel = self.word_at(end if year is not None or year_relative is not None else look)
        if rel is not None and cues.get(rel.text, ("",))[0] == "relative":
            relative, end, context = cues[rel.text][1], rel.end, True
        return DateReading(mon, start, end, s_num, day_end, day, days, year, part, relative, context)

    def emit_date(self, d: DateReading) -> int:
        self.emit(
            d.start,
            d.end,
            (d.num_start, d.day_end) if d.day_end is not None else None,
            kind="date",
            qualifier="range" if d.days is not None else "exact",
            low=None if d.days is None else d.days[0],
            high=None if d.days is None else d.days[1],
            day=d.day,
            month=d.month.month,
            year=d.year,
            calendar=d.month.calendar,
            part=d.part,
            relative=d.relative,
        )
        return d.end

    def year(self, n: Numeral) -> int | None:
        """Decide whether ``n`` is a year (the year table); None when it is not."""
        y = int(n.value or 0)
        cues = self.lx.cues
        end = n.end
        calendar = "gregorian"
        era = self.era_after(end)
        has_era = era is not None
        if era is not None:
            calendar, end = era
        before = self.words_before(n.start, 1)
        cue_role = None
        cue = None
        if before:
            w = before[-1]
            text = without_proclitic(w.text, cues)
            if text != w.text:
                w = Word(text, w.start + 1, w.end)
            cue_role, cue = cues.get(text, ("",))[0], w
            if cue_role == "relative":
                # «العام الماضي 2014 بنسبة»: a year cue and a relative word before the number make it
                # a year, and both are in its span (``emit_year``)
                two = self.words_before(n.start, 2)
                if len(two) == 2 and cues.get(without_proclitic(two[0].text, cues), ("",))[0] == "year_cue":
                    cue_role = "year_prep"
        tail = self.tail(n.end, n) if n.digits and cue_role in ("year_prep", "part") else None
        c = YearCandidate(self, n, y, end, calendar, has_era, cue_role, cue, tail)
        hit = YEAR.first(c, self.trace, self.span(n.start, n.end))
        if hit is None or hit[1] == GO_ON:
            return None
        return hit[1]

    def symbol_before(self, s: int) -> bool:
        """Whether a currency sign comes right before ``s`` («$ 2000»)."""
        return SYMBOL_BEFORE.search(self.nt, max(0, s - 3), s) is not None

    def emit_year(self, c: YearCandidate, start: int, end: int | None = None) -> int:
        """Emit the year ``c`` from ``start`` (to ``end``, after its era by default)."""
        n, y, calendar = c.n, c.year, c.calendar
        end = c.end if end is None else end
        cues = self.lx.cues
        nxt = NEXT_YEAR.match(self.nt, n.end) if not c.has_era else None
        if nxt is not None and int(nxt.group("y")) == y + 1:
            return self.emit_years(c, start, nxt)
        if calendar == "gregorian" and y < 1600 and not c.has_era:
            calendar = "hijri"
        rel = self.word_at(end)
        relative = None
        if rel is not None and cues.get(rel.text, ("",))[0] == "relative":
            relative, end = cues[rel.text][1], rel.end
        elif (
            c.cue is not None
            and c.cue_role == "year_prep"
            and start == n.start
            and cues.get(c.cue.text, ("",))[0] == "relative"
        ):
            # «العام الجاري 1436ه», «العام الماضي 2014 م»: the year cue and the relative word before
            # the number are the date's cue and time words, as «عام 2015 الجاري» after it
            year_cue = self.words_before(n.start, 2)[0]
            text = without_proclitic(year_cue.text, cues)
            start, relative = year_cue.end - len(text), cues[c.cue.text][1]

        part = None
        if c.cue is not None and c.cue_role == "part":
            start, part = c.cue.start, cues[c.cue.text][1]  # «نهاية 2014»
        elif c.cue is not None and (
            (c.cue_role == "year_cue" and start == c.cue.start) or (relative is not None and start < c.cue.start)
        ):
            before = self.words_before(start, 1)  # «أواخر عام 2001», «بداية العام الحالي 2015م»
            if before:
                w = before[0]
                text = without_proclitic(w.text, cues)
                if cues.get(text, ("",))[0] == "part":
                    start, part = w.end - len(text), cues[text][1]
        self.emit(start, end, (n.start, n.end), kind="date", year=y, calendar=calendar, part=part, relative=relative)
        return end

    def emit_years(self, c: YearCandidate, start: int, nxt: regex.Match[str]) -> int:
        """Emit a year and the next one after a slash («1436/1437هـ», «2014/2015») as a span of years."""
        end = nxt.end()
        calendar = "gregorian"
        if (era := self.era_after(end)) is not None:
            calendar, end = era
        elif c.year < 1600:
            calendar = "hijri"
        self.emit(
            start,
            end,
            (c.n.start, nxt.end()),
            kind="date",
            qualifier="range",
            low=c.year,
            high=c.year + 1,
            calendar=calendar,
        )
        return end

    def numeric(self, m: regex.Match[str]) -> int:
        """Decide a numeric date («28/5/1432هـ») or a clock time («10:30»)."""
        if m.group("time") is not None:
            c = NumericCandidate(self, m.start("time"), m.end(), m.end(), None, None, None, None)
            return self.decide(NUMERIC_DATE, c, c.start, c.end)
        written = regex.sub(r"\s", "", m.group("ndate"))  # «14 -9- 1431»
        parts = [int(x) for x in DATE_SEP.split(written)]
        if len(DATE_SEP.split(written)[0]) == 4:
            year, month, day = parts
        else:
            day, month, year = parts
            if year < 100:
                year += 2000
        end = m.end()
        calendar = "gregorian"
        if (era := self.era_after(end)) is not None:
            calendar, end = era  # «28/5/1432هـ»
        elif year < 1600:
            calendar = "hijri"  # «وتاريخ 7/9/1427»: a year before 1600 is Hijri, as in a bare year
        c = NumericCandidate(self, m.start("ndate"), end, m.end(), day, month, year, calendar)
        return self.decide(NUMERIC_DATE, c, c.start, m.end())


def find_quantities(text: str | NormalizedText) -> tuple[Quantity, ...]:
    """The quantities of ``text`` (a string or its normalised view), in text order.

    Inside a :func:`arabicnews.core.rules.tracing` block, every rule that decides a candidate is
    recorded (see docs/quantities.md, «How the finder decides»).
    """
    norm = text if isinstance(text, NormalizedText) else NormalizedText.of(text)
    if "\u0640" in norm.original and TATWEEL_DASH.search(norm.original):
        # «10ـ20» is a range, not 1020: the dashed copy has the same length, so its offsets hold
        # for the original text, which the view keeps.
        dashed = NormalizedText.of(TATWEEL_DASH.sub("-", norm.original))
        norm = NormalizedText(norm.original, dashed.text, dashed.offsets)
    if " ." in norm.text and STRAY_DOT_YEAR.search(norm.text):
        # «عام .2015»: the same length with the stop as a space, so the offsets hold
        norm = NormalizedText(norm.original, STRAY_DOT_YEAR.sub(" ", norm.text), norm.offsets)
    if turned := turned_decimals(norm.original):
        norm = _turn_decimals(norm, turned)
    return tuple(Finder(norm, lexicons(), current_trace()).run())


def _turn_decimals(norm: NormalizedText, turned: list[tuple[int, int, str]]) -> NormalizedText:
    """``norm`` with each turned decimal («7.\u200f11») written in reading order («11.7»).

    The new digits map onto the original characters of the old ones, first to last, so a number's
    offsets still cover all of them (the mark and any space included).
    """
    text, offsets = norm.text, norm.offsets
    parts: list[str] = []
    new_offsets = array("I")
    pos = 0
    for start, end, digits in turned:
        s, e = norm.from_original(start, end)
        if s < pos or e - s < len(digits):
            continue
        parts.append(text[pos:s])
        new_offsets.extend(offsets[pos:s])
        old = offsets[s:e]
        # keep the first offsets and the last one: the span of the new digits is the old one
        parts.append(digits)
        new_offsets.extend(old[: len(digits) - 1])
        new_offsets.append(old[-1])
        pos = e
    parts.append(text[pos:])
    new_offsets.extend(offsets[pos:])
    return NormalizedText(norm.original, "".join(parts), new_offsets)


__all__: Sequence[str] = ["Finder", "find_quantities"]
