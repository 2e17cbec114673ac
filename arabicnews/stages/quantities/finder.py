"""The ``quantities`` layer: counts, amounts, percentages, ordinals, durations and dates.

Every :class:`Quantity` covers the whole expression in the original text, qualifier and counted
noun included («أكثر من 35 ضربة جوية»), with the numeral alone in ``number_span``. Matching runs on
the normalised view of the text (:class:`arabicnews.core.normalize.NormalizedText`), so Egyptian
spellings («حوالى», «مائه», «الف») and Eastern digits match, and offsets map back exactly.

A proclitic glued to the first word of a quantity (و ف ب ل ك: «وأكثر من 35», «بنحو 50», «و20») is
left *outside* the span; one glued to a later word («بالمئة», «وعشرين») stays inside.
See docs/quantities.md for the model and examples.
"""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence
from fractions import Fraction
from functools import cache
from typing import ClassVar, TypeVar

import attrs
import regex
from attrs import frozen

from arabicnews.arabic.numerals import Lexicon, Numeral, exact, lexicon, parse_numeral, split_words
from arabicnews.core.document import Document
from arabicnews.core.normalize import NormalizedText, normalize
from arabicnews.core.resources import read_lines
from arabicnews.model.quantity import QualifierName, Quantity, QuantityKind
from arabicnews.model.spans import Span

# -- lexicons ----------------------------------------------------------------------------------

_G = r"[^\S\n\r]+"  # a gap between two words of one line
_PRE = r"(?P<pre>[وف]?[بلك]|[وف])??"  # a proclitic, tried last so that «واحد» stays one word
# Digits: dotted thousands («13.914.300», «80.000»), comma thousands, then a plain number with a
# decimal point, a decimal comma before one or two digits («2,5») or the old wire-copy «5ر32».
_DIG = (
    r"[0-9]{1,3}(?:\.[0-9]{3}){2,}(?![0-9])|[0-9]{1,3}\.000(?![0-9])"
    r"|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?"
    r"|[0-9]+(?:\.[0-9]+|,[0-9]{1,2}(?![0-9])|ر[0-9]+)?"
)
# After the first word: more number words, or digits after و («671 ألفا و800»). Bounded, so that a
# run of thousands of number words costs linear time (no real numeral has fifteen words).
_MORE = r"(?:\s+(?:و\s*)?\L<nw>(?!\p{L})|\s+و\s*(?:" + _DIG + r")(?![0-9])){0,15}"
_NUMSEQ = r"(?:(?<![\p{L}\p{N}][-/.:,])(?:" + _DIG + r")(?![0-9])|\L<nw>(?!\p{L}))" + _MORE
_NUMSEQ_AT = r"(?:(?:" + _DIG + r")(?![0-9])|\L<nw>(?!\p{L}))" + _MORE
_NUMSEQ_L = r"\L<nw_l>(?!\p{L})" + _MORE
_TEEN = r"(?:" + _G + r"عشره?(?!\p{L}))?"


def _tsv(name: str, columns: int) -> list[list[str]]:
    rows = []
    for line in read_lines(f"quantities/{name}"):
        parts = [p.strip() for p in line.split("\t")]
        rows.append(parts + [""] * (columns - len(parts)))
    return rows


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(normalize(phrase).split())


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
    months: dict[tuple[str, ...], tuple[int, str, bool]]
    cues: dict[str, tuple[str, str]]
    not_units: frozenset[str]
    scan: regex.Pattern[str]
    num_at: regex.Pattern[str]
    month_at: regex.Pattern[str]
    first_words: frozenset[str]
    designators: frozenset[str]
    stop_first: frozenset[str]
    idioms: frozenset[tuple[str, ...]]
    clitic_like_nouns: frozenset[str]
    ranks: frozenset[str]


def _definite_l(words: set[str]) -> set[str]:
    # «للعشرات»: after the preposition ل the alef of the article is not written.
    return {w[1:] for w in words if w.startswith("ال")}


@cache
def lexicons() -> Lexicons:
    """The quantity lexicons and patterns, loaded and compiled once on first use."""
    lex = lexicon()
    qb: dict[tuple[str, ...], str] = {}
    qa: dict[tuple[str, ...], str] = {}
    for phrase, qual, where in _tsv("qualifiers.tsv", 3):
        (qb if where == "before" else qa)[_key(phrase)] = qual
    percent = {_key(p): True for p in read_lines("quantities/percent.txt")}
    currencies = {_key(w): (None if code == "-" else code) for w, code in _tsv("currencies.tsv", 2)}
    unit_phrases = {_key(w): kind for w, kind in _tsv("units.tsv", 2)}
    units = {k[0]: kind for k, kind in unit_phrases.items() if len(k) == 1}
    months = {_key(w): (int(n), cal, amb == "1") for w, n, cal, amb in _tsv("months.tsv", 4)}
    cues = {normalize(w): (role, value) for w, role, value in _tsv("date_cues.tsv", 3)}
    not_units = frozenset(normalize(w) for w in read_lines("quantities/not_units.txt"))
    nw = set(lex.words) | set(lex.vague)
    ordw = set(lex.ordinals)
    mon1 = {k[0] for k in months}
    mon2 = {k[1] for k in months if len(k) > 1}
    scan = regex.compile(
        r"(?<![\p{L}\p{N}])(?:"
        + _PRE
        + r"(?P<ndate>(?:[0-9]{1,2}[/-][0-9]{1,2}[/-](?:[0-9]{4}|[0-9]{2})|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
        + r"|[0-9]{1,2}[^\S\n\r]{0,2}/[^\S\n\r]{0,2}[0-9]{1,2}[^\S\n\r]{0,2}/[^\S\n\r]{0,2}[0-9]{4}"
        + r"|[0-9]{4}/[0-9]{1,2}/[0-9]{1,2})(?![0-9]))"
        r"|(?P<time>[0-9]{1,2}:[0-9]{2})(?![0-9])"
        rf"|{_PRE}(?P<num>{_NUMSEQ})"
        rf"|(?P<pre>(?:[وف]?[بك]|[وف])?ال|[وف]?لل)(?P<num>(?:{_DIG})(?![0-9]){_MORE})"
        rf"|(?P<pre>[وف]?ل)(?P<num>{_NUMSEQ_L})"
        rf"|{_PRE}(?P<ord>\L<ordw>(?!\p{{L}}){_TEEN})"
        rf"|(?P<pre>[وف]?ل)(?P<ord>\L<ordw_l>(?!\p{{L}}){_TEEN})"
        rf"|{_PRE}(?P<month>\L<mon1>(?!\p{{L}}))"
        r")",
        nw=nw,
        nw_l=_definite_l(nw),
        ordw=ordw,
        ordw_l=_definite_l(ordw),
        mon1=mon1,
    )
    num_at = regex.compile(rf"(?P<num>{_NUMSEQ_AT})", nw=nw)
    month_at = regex.compile(rf"(?P<m1>\L<mon1>)(?!\p{{L}})(?:{_G}(?P<m2>\L<mon2>)(?!\p{{L}}))?", mon1=mon1, mon2=mon2)
    first = frozenset(nw | ordw | mon1 | _definite_l(nw) | _definite_l(ordw))
    designators = frozenset(normalize(w) for w in read_lines("quantities/designators.txt"))
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
        not_units,
        scan,
        num_at,
        month_at,
        first,
        designators,
        frozenset(k[0] for k in qa),
        frozenset(_key(p) for p in read_lines("quantities/idioms.txt")),
        frozenset(normalize(w) for w in read_lines("quantities/nouns_like_clitics.txt")),
        frozenset(normalize(w) for w in read_lines("quantities/ranks.txt")),
    )


# -- the finder --------------------------------------------------------------------------------

_WORD_AT = regex.compile(rf"{_G}(?P<w>\p{{L}}+)(?![\p{{L}}\p{{N}}])")
_GLUED_AT = regex.compile(r"[^\S\n\r]*(?P<w>\p{L}+)(?![\p{L}\p{N}])")
_TAIL = regex.compile(rf"(?:(?<![\p{{L}}\p{{N}}])(\p{{L}}+){_G})+\Z")
_PERCENT_SIGN = regex.compile(r"[^\S\n\r]*%")
_SYMBOL_AFTER = regex.compile(r"[^\S\n\r]*(?P<s>[$€£])")
_SYMBOL_BEFORE = regex.compile(r"(?P<s>[$€£])[^\S\n\r]*\Z")
_RANGE_SEP = regex.compile(
    rf"[^\S\n\r]*[-–—][^\S\n\r]*|{_G}(?P<to>الي|حتي){_G}|[^\S\n\r]*(?P<and>و)[^\S\n\r]*(?=[0-9\p{{L}}])"
)
_SLASH = regex.compile(r"[^\S\n\r]*(?:/|(?P<open>\())[^\S\n\r]*")
_CLOSE = regex.compile(r"[^\S\n\r]*\)")
_YEAR_AT = regex.compile(rf"{_G}(?P<y>[0-9]{{4}})(?![0-9])")
_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])ال[^\S\n\r]*\Z")  # «قرابة الـ 20»
_LIST_MARK_AFTER = regex.compile(r"[^\S\n\r]*[-–)][^\S\n\r]*(?![0-9\s])")
_LINE_START = regex.compile(r"(?:^|[\n.:؛])[^\S\n]*\Z")
_MONTH_RELATIVE = frozenset({"الجاري", "الحالي", "المقبل", "القادم", "الماضي", "المنصرم"})
_CODE = regex.compile(r"[0-9]{5,}")
_PHONE = regex.compile(r"0[0-9]{6,}")
_FROM_YEAR_AT = regex.compile(rf"{_G}(?:من{_G})?(?P<cue>\p{{L}}+){_G}(?P<y>[0-9]{{4}})(?![0-9])")
_NISBA = regex.compile(r"\p{L}{2,}(?:ي|يه|يا|يين|يون|يات)")
_CONJ_START = ("وال", "وا", "وي", "وت", "ون", "وب", "ول", "وك", "وف")
_PREP_START = ("بال", "لل", "كال", "فال", "وال")
_PROCLITICS = "وفبلك"
_PROCLITIC_RUNS = frozenset({*_PROCLITICS, *(a + b for a in "وف" for b in "بلك")})
# «الـ10 سنوات», «بالـ35»: the article written before digits
_PROCLITIC_RUNS |= {p + "ال" for p in ("", *_PROCLITIC_RUNS) if not p.endswith("ل")} | {"لل", "ولل", "فلل"}
_WINDOW = 80
_NONSPACE = regex.compile(r"\S+")
_DATE_SEP = regex.compile(r"[/-]")
_CANDIDATE = regex.compile(r"[0-9]+|\p{L}+")
_TRAILING = regex.compile(r"[\p{M}\u0640]")

_V = TypeVar("_V")


@frozen
class _W:
    """A word of the normalised text with its normalised offsets."""

    text: str
    start: int
    end: int


@frozen
class _Tail:
    """What follows a numeral: where the quantity ends, its kind, unit and any later qualifier."""

    end: int
    kind: QuantityKind
    unit: tuple[int, int] | None = None
    currency: str | None = None
    qualifier: str | None = None


def _bare(word: str, table: Container[str]) -> str:
    """``word`` without a proclitic when only the word without it is in ``table``."""
    if word not in table and word[:1] in _PROCLITICS and word[1:] in table:
        return word[1:]
    return word


class _Finder:
    """Find the quantities of one text (single use)."""

    def __init__(self, norm: NormalizedText, lx: Lexicons) -> None:
        self.norm = norm
        self.nt = norm.text
        self.lx = lx
        self.out: list[Quantity] = []
        self.floor = 0  # normalised end of the last quantity: nothing extends back past it
        self.pre = False  # the numeral being read carries a proclitic
        self.article = False  # ... and the article: «الـ13»

    # -- words around a position ---------------------------------------------------------------

    def word_at(self, p: int) -> _W | None:
        m = _WORD_AT.match(self.nt, p)
        return _W(m.group("w"), m.start("w"), m.end("w")) if m else None

    def words_before(self, s: int) -> list[_W]:
        m = _TAIL.search(self.nt, max(self.floor, s - _WINDOW), s)
        if m is None:
            return []
        return [_W(w, a, a + len(w)) for w, a in zip(m.captures(1), m.starts(1), strict=True)]

    def words_after(self, p: int, n: int) -> list[_W]:
        out: list[_W] = []
        while len(out) < n:
            w = self.word_at(p)
            if w is None:
                break
            out.append(w)
            p = w.end
        return out

    def phrase_after(self, p: int, table: Mapping[tuple[str, ...], _V], n: int) -> tuple[_V, int] | None:
        """The longest phrase of ``table`` right after ``p`` and where it ends."""
        ws = self.words_after(p, n)
        for k in range(len(ws), 0, -1):
            key = tuple(w.text for w in ws[:k])
            if key in table:
                return table[key], ws[k - 1].end
        return None

    def phrase_before(self, s: int, table: Mapping[tuple[str, ...], _V]) -> tuple[_V, int] | None:
        """The longest phrase of ``table`` ending right before ``s`` (a proclitic on its first
        word is left out of it) and where it starts."""
        ws = self.words_before(s)
        for k in range(len(ws)):
            key = tuple(w.text for w in ws[k:])
            if key in table:
                return table[key], ws[k].start
            first = ws[k].text
            for cut in (1, 2):
                if len(first) > cut + 1 and all(c in _PROCLITICS for c in first[:cut]):
                    ckey = (first[cut:], *key[1:])
                    if ckey in table:
                        return table[ckey], ws[k].start + cut
        return None

    # -- output --------------------------------------------------------------------------------

    def original(self, s: int, e: int) -> tuple[int, int]:
        """The original range of a normalised one, with the marks and tatweel that end its last
        word («مدنياً», «هـ») kept in it."""
        start, end = self.norm.to_original(s, e)
        text = self.norm.original
        while end < len(text) and _TRAILING.match(text, end):
            end += 1
        return start, end

    def emit(self, s: int, e: int, num: tuple[int, int] | None, **fields: object) -> None:
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
        nt = self.nt
        for c in _CANDIDATE.finditer(nt):
            s = c.start()
            if s < pos:
                continue
            w = c.group()
            if not (
                w[0] <= "9"
                or w in first
                or w in _PROCLITIC_RUNS  # «و20», «لـ389»: the digits follow
                or (w[0] in _PROCLITICS and (w[1:] in first or (w[1:2] in _PROCLITICS and w[2:] in first)))
            ):
                continue
            m = match(nt, s)
            if m is None:
                continue
            if m.group("ndate") is not None:
                nxt = self.numeric_date(m)
            elif m.group("time") is not None:
                nxt = m.end()  # a clock time, not two numbers
            elif m.group("num") is not None:
                nxt = self.number(m)
            elif m.group("ord") is not None:
                nxt = self.ordinal(m)
            else:
                nxt = self.month_word(m.start("month"))
            pos = max(nxt, m.start() + 1)
        return self.currencies_from_context(self.out)

    def currencies_from_context(self, found: list[Quantity]) -> list[Quantity]:
        """Give a bare currency name the code its qualified mention has in the same text.

        After «50 ليرة سورية», a later «20 ليرة» is SYP too (not unknown), and after «ريال قطري» a
        bare «ريال» is QAR rather than the default SAR. Only when the text names one country for it.
        """
        codes: dict[str, set[str]] = {}
        for q in found:
            if q.kind == "money" and q.currency and q.unit and len(q.unit.split()) > 1:
                codes.setdefault(normalize(q.unit.split()[0]), set()).add(q.currency)
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
        words = split_words(self.nt, s, e, self.lx.numbers)
        if words and self.lx.numbers.lookup(words[0].text) is None:
            alt = "ا" + words[0].text  # «للعشرات»
            if self.lx.numbers.lookup(alt) is not None:
                words[0] = attrs.evolve(words[0], text=alt)
        return parse_numeral(words, self.lx.numbers)

    def number(self, m: regex.Match[str]) -> int:
        self.pre = bool(m.group("pre"))
        self.article = (m.group("pre") or "").endswith(("ال", "لل"))
        n = self.numeral_at(m.start("num"), m.end("num"))
        if n is None:
            w = _NONSPACE.match(self.nt, m.start("num"))
            return w.end() if w else m.start("num") + 1
        if n.kind == "fraction":
            return self.fraction(n)
        follower = self.word_at(n.end)
        if follower is not None and (self.nt[n.start : n.end], follower.text) in self.lx.idioms:
            return follower.end  # «ألف مبروك»
        if (
            n.digits
            and _LIST_MARK_AFTER.match(self.nt, n.end)
            and _LINE_START.search(self.nt, max(0, n.start - 3), n.start)
        ):
            return n.end  # «4- تكثيف الاستثمارات»: a list marker
        if n.digits and n.words == 1 and n.value is not None and n.value <= 24 and self.daytime_after(n.end):
            return n.end  # «٣ مساء»: a clock time
        if n.digits:
            p = n.start - 1 if n.start > 0 and self.nt[n.start - 1] in '(«"' else n.start
            before = self.words_before(p)
            if before and (before[-1].text in self.lx.designators or before[-1].text.isascii()):
                return n.end  # «إف 16», «OnePlus 2»: a name or model
        if n.digits and n.value is not None and n.words == 1 and n.value.denominator == 1:
            raw = self.nt[n.start : n.end]
            if raw.isdigit() and 1 <= n.value <= 31:
                end = self.date_after_day(n)
                if end is not None:
                    return end
        rng = self.range_from(n)
        if rng is not None:
            return rng
        if n.value is not None and n.value.denominator == 1:
            raw = self.nt[n.start : n.end]
            if (n.words == 1 and raw.isdigit() and len(raw) == 4) or (not n.digits and 1000 <= n.value <= 2100):
                end = self.year(n)
                if end is not None:
                    return end
        return self.simple(n)

    def simple(self, n: Numeral) -> int:
        start = n.start
        nt = self.nt
        number = (n.start, n.end)
        if n.start > 0 and nt[n.start - 1] == "(" and nt[n.end : n.end + 1] == ")" and n.start - 1 >= self.floor:
            # «خلال (30) يوماً», «(خمسة) أيام»: the brackets and the noun after them belong together
            tail = self.tail(n.end + 1, n)
            if tail.unit is not None:
                n = attrs.evolve(n, start=n.start - 1, end=n.end + 1)
                start = n.start
        qualifier = "vague" if n.kind == "vague" else "exact"
        art = _ARTICLE_BEFORE.search(self.nt, max(self.floor, n.start - 4), n.start) if n.digits else None
        before = self.phrase_before(art.start() if art is not None else n.start, self.lx.qual_before)
        if before is not None and n.kind != "vague":
            qualifier, start = before[0], before[1]
        sym = _SYMBOL_BEFORE.search(self.nt, max(self.floor, start - 3), start)
        tail = self.tail(n.end, n)
        if n.kind == "vague" and n.magnitude == 1 and tail.unit is None:
            return n.end  # «عدة», «بضعة» need a noun: «بعده» is «after it», not «several»
        bare = before is None and tail.unit is None and tail.qualifier is None
        if n.digits and _PHONE.fullmatch(self.nt, n.start, n.end):
            return tail.end  # «0114777714»: a telephone number
        if n.digits and bare and sym is None and _CODE.fullmatch(self.nt, n.start, n.end):
            return n.end  # «أرسل رسالة إلى 88591»: a code or a phone number, not a count
        if n.kind == "cardinal" and not n.digits and n.words == 1 and self.pre and bare:
            return n.end  # «لستُ», «جورج بست»: a lone number word behind a proclitic is rarely one
        kind: QuantityKind = tail.kind
        if n.digits and bare and (self.article or art is not None) and n.value is not None and n.value < 1000:
            kind = "ordinal"  # «البطولة الـ13», «اللواء الـ 11»: the article makes a numbered one
        if not n.digits and n.value in (0, 1) and bare:
            return n.end  # «صف واحد», «يدا واحدة»: «one» after its noun says nothing new; «صفر - 3»: a score
        if sym is not None and tail.kind == "count" and tail.unit is None:
            start = sym.start("s") if before is None else start
            currency = self.lx.currencies.get((sym.group("s"),))
            tail = attrs.evolve(tail, kind="money", currency=currency, unit=(sym.start("s"), sym.end("s")))
        if n.words == 1 and tail.unit is None and not n.digits and n.value is not None:
            entry = self.lx.numbers.words.get(self.nt[n.start : n.end])
            if entry is not None and entry.cls == "dual_acc":
                n = attrs.evolve(n, value=n.value / 2)  # «قتل ألفا»: a thousand, not «ألفا جندي» (two)
        if tail.qualifier is not None and qualifier == "exact":
            qualifier = tail.qualifier
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
            number,
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

    def fraction(self, n: Numeral) -> int:
        nxt = self.word_at(n.end)
        # «نصف النهائي» is a semi-final; a bare «ونصف» says nothing on its own.
        if nxt is None or nxt.text in self.lx.not_units:
            return n.end
        tail = self.tail(n.end, n)
        if tail.unit is None:
            return n.end
        kind: QuantityKind = "fraction" if tail.kind == "count" else tail.kind
        v = exact(n.value or Fraction(0))
        self.emit(
            n.start, tail.end, (n.start, n.end), kind=kind, value=v, low=v, high=v, unit=self.unit_text(tail.unit)
        )
        return tail.end

    def tail(self, p: int, n: Numeral) -> _Tail:
        """Percent sign or words, currency, counted noun and its adjectives, a later qualifier."""
        lx = self.lx
        kind: QuantityKind = "count"
        unit = None
        currency = None
        end = p
        if (m := _PERCENT_SIGN.match(self.nt, p)) is not None:
            kind, unit, end = "percent", (m.end() - 1, m.end()), m.end()
        elif (pc := self.phrase_after(p, lx.percent, 2)) is not None:
            kind, end = "percent", pc[1]
            unit = (self.word_at(p).start, end)  # type: ignore[union-attr]
        elif (m := _SYMBOL_AFTER.match(self.nt, p)) is not None:
            kind, currency, end = "money", lx.currencies.get((m.group("s"),)), m.end()
            unit = (m.start("s"), end)
        elif (cur := self.phrase_after(p, lx.currencies, 2)) is not None:
            kind, currency, end = "money", cur[0], cur[1]
            unit = (self.word_at(p).start, end)  # type: ignore[union-attr]
        elif n.digits and (g := _GLUED_AT.match(self.nt, p)) is not None and (g.group("w"),) in lx.currencies:
            kind, currency, end = "money", lx.currencies[(g.group("w"),)], g.end()  # «15.35ريال»
            unit = (g.start("w"), end)
        else:
            noun = self.noun_at(p, n)
            two = self.phrase_after(p, lx.unit_phrases, 2) if noun is not None else None
            if noun is not None and two is not None and two[1] > noun.end:
                unit, end, kind = (noun.start, two[1]), two[1], two[0]  # type: ignore[assignment]  # «متر مربع»
            elif noun is not None:
                unit, end = (noun.start, noun.end), noun.end
                kind = lx.units.get(noun.text, "count")  # type: ignore[assignment]
                for _ in range(2):
                    adj = self.word_at(end)
                    if adj is None or not _NISBA.fullmatch(adj.text) or adj.text in lx.not_units:
                        break
                    if (
                        adj.text.startswith("و")
                        or adj.text in lx.units
                        or adj.text in lx.cues
                        or adj.text in lx.numbers.ordinals
                    ):
                        break  # «10 سنوات الماضية»: the past ten years, not a kind of year
                    end = adj.end
                    unit = (noun.start, end)
        after = self.phrase_after(end, lx.qual_after, 3)
        qualifier = None
        if after is not None:
            qualifier, end = after
        return _Tail(end, kind, unit, currency, qualifier)

    def noun_at(self, p: int, n: Numeral) -> _W | None:
        """The counted noun right after a numeral ending at ``p``, if there is one."""
        w = self.word_at(p)
        if w is None and n.digits and (g := _GLUED_AT.match(self.nt, p)) is not None:
            w = _W(g.group("w"), g.start("w"), g.end("w"))  # «12يوماً»: no space after the digits
        if w is None:
            return None
        t = w.text
        lx = self.lx
        if t in lx.not_units or lx.numbers.lookup(t) is not None or t in lx.numbers.ordinals:
            return None
        if t in lx.stop_first:
            return None
        if lx.cues.get(t, ("",))[0] in ("relative", "era", "year_prep", "part", "daytime"):
            return None
        if (t,) in lx.months or (t.startswith(_PREP_START) and t not in lx.clitic_like_nouns):
            return None
        if t.startswith("و") and t not in lx.clitic_like_nouns and lx.numbers.lookup(t[1:]) is None:
            return None  # «13 مدنيا وإصابة»: the conjunction (nouns in و are listed: «13 وزيرا»)
        if t[:1] in "وف" and t[1:] in lx.not_units:
            return None  # «وذلك», «ولم» (not «كلم»: كيلومتر)
        if t.endswith("وا") and len(t) > 4:
            return None  # a past-tense plural verb: «قتلوا», «أصيبوا»
        if t.startswith("ال") and not (n.construct and n.kind in ("vague", "fraction")):
            return None
        if n.kind == "vague" and n.definite:
            return None
        return w

    def range_from(self, n: Numeral) -> int | None:
        """A range «بين 10 و20», «من 100 إلى 150», «10-20» starting with ``n``, if there is one."""
        if n.kind != "cardinal" or n.value is None:
            return None
        sep = _RANGE_SEP.match(self.nt, n.end)
        if sep is None:
            return None
        m2 = self.lx.num_at.match(self.nt, sep.end())
        if m2 is None:
            return None
        n2 = self.numeral_at(m2.start("num"), m2.end("num"))
        if n2 is None or n2.kind != "cardinal" or n2.value is None:
            return None
        before = self.words_before(n.start)
        years = self.is_year(n) and self.is_year(n2)
        cue: _W | None = None
        if years and before and self.lx.cues.get(before[-1].text, ("",))[0] == "year_cue":
            cue, before = before[-1], before[:-1]  # «بين عامي 2001 و2007»
        opener = self.opener(before, ("بين",) if sep.group("and") is not None else ("من", "بين"))
        start = n.start if cue is None else cue.start
        if sep.group("and") is not None:
            if opener is None and not (cue is not None and cue.text in ("عامي", "العامين")):
                return None
        elif sep.group("to") is not None:
            if opener is None and not years:
                return None  # «بنسبة 9.3 إلى 7 تريليونات»: «إلى» alone is a change, not a range
        elif not (n.digits and n2.digits):
            return None
        if opener is not None:
            start = opener
        low, high = n.value, n2.value
        if n.digits and n2.digits and low.denominator == 1 and high.denominator == 1 and 1 <= low < high <= 31:
            w = self.word_at(n2.end)
            mon = self.month_hit(w.start) if w is not None else None
            if mon is not None:
                # «من 21 إلى 30 يوليو الجاري»: a span of days of one month
                days = (int(low), int(high))
                return self.date(start, mon, day=None, day_end=n2.end, days=days, num_start=n.start)
        if years and low < high:
            # «بين عامي 2001 و2007», «2015-2016»: a span of years
            self.emit(
                start,
                n2.end,
                (n.start, n2.end),
                kind="date",
                qualifier="range",
                low=int(low),
                high=int(high),
                calendar="gregorian",
            )
            return n2.end
        scale = self.scale_of(n2)
        if scale is not None and self.scale_of(n) is None and low * scale <= high:
            low = low * scale  # «بين 3 و5 ملايين»
        if not low < high:
            if sep.group("and") is None and sep.group("to") is None and n.digits and n2.digits and high < 100:
                return n2.end  # «3-2», «صفر - 3»: a score, not a range nor two counts
            return None
        tail = self.tail(n2.end, n2)
        self.emit(
            start,
            tail.end,
            (n.start, n2.end),
            kind=tail.kind,
            qualifier="range",
            low=exact(low),
            high=exact(high),
            unit=self.unit_text(tail.unit),
            currency=tail.currency,
        )
        return tail.end

    @staticmethod
    def opener(before: Sequence[_W], words: tuple[str, ...]) -> int | None:
        """Where the word opening a range («بين», «ما بين», «من») starts, if it ends ``before``
        (a proclitic on it is left out)."""
        if not before:
            return None
        w = before[-1]
        if w.text in words:
            if len(before) > 1 and before[-2].text[-2:] == "ما" and len(before[-2].text) <= 4:
                prev = before[-2].text
                if prev == "ما" or all(c in _PROCLITICS for c in prev[:-2]):
                    return before[-2].end - 2
            return w.start
        if w.text[:1] in _PROCLITICS and w.text[1:] in words:
            return w.start + 1
        return None

    def daytime_after(self, p: int) -> bool:
        """Whether a word of the time of day («مساء», «صباحا», «من مساء») follows ``p``."""
        w = self.word_at(p)
        if w is not None and w.text == "من":
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
            word = "ا" + word
        value, form = self.lx.numbers.ordinals[word]
        teen = len(parts) > 1
        if form == "teen" and not teen:
            return e
        if teen:
            value += 10
        after_ord = self.word_at(e)
        if after_ord is not None and after_ord.text.startswith("و") and not teen:
            ten = after_ord.text[1:]
            entry = self.lx.numbers.words.get(ten[2:] if ten.startswith("ال") else ten)
            if entry is not None and entry.cls == "ten" and value < 10:
                value, e = value + int(entry.value), after_ord.end  # «التاسع والعشرين»
        before = self.words_before(s)
        if before and before[-1].text in ("امس", "وامس", "البارحه"):
            return e  # «أمس الأول»: the day before yesterday; «البارحة الأولى»
        if before and before[-1].text in self.lx.designators:
            return e  # «الساعة التاسعة»: a clock time
        if self.daytime_after(e):
            return e  # «في التاسعة مساء», «عند الثامنة من مساء اليوم»
        nxt = self.word_at(e)
        nt = nxt.text if nxt else ""
        if nt == "من":
            after = self.word_at(nxt.end)  # type: ignore[union-attr]
            if after is not None and after.text == "امس":
                return after.end  # «الأول من أمس»
            if after is not None and after.text == "الشهر" and form != "construct":
                rel = self.word_at(after.end)
                if rel is not None and self.lx.cues.get(rel.text, ("",))[0] == "relative":
                    # «في السادس من الشهر الحالي»: a day of this (or last, next) month
                    relative = self.lx.cues[rel.text][1]
                    self.emit(s, rel.end, (s, e), kind="date", day=value, relative=relative)
                    return rel.end
            if after is not None and self.lx.cues.get(after.text, ("",))[0] == "month_cue":
                after = self.word_at(after.end)  # «السابع والعشرين من شهر شعبان»
            mon = self.month_hit(after.start) if after is not None else None
            if mon is not None and form != "construct":
                return self.date(s, mon, day=value, day_end=e)  # «الأول من مايو»
        if form == "construct" and before and _bare(before[-1].text, self.lx.ranks) in self.lx.ranks:
            return e  # «الفريق أول», «ملازم أول»: a rank
        if form == "construct":
            if nxt is None or nt in self.lx.not_units or nt == "امس" or nt.startswith(_PREP_START):
                return e
            if self.lx.numbers.lookup(nt) is not None or nt.startswith(("ب", "و")):
                return e
            self.emit(
                s,
                nxt.end,
                (s, e),
                kind="ordinal",
                value=value,
                low=value,
                high=value,
                unit=self.unit_text((nxt.start, nxt.end)),
            )
            return nxt.end
        if nt in ("ان", "بان", "لان"):
            return e  # «الأولى أن»: it is better to
        self.emit(s, e, (s, e), kind="ordinal", value=value, low=value, high=value)
        return e

    # -- dates ---------------------------------------------------------------------------------

    def month_hit(self, p: int) -> tuple[int, int, int, str, bool] | None:
        """The month name at ``p``: (start, end, month, calendar, ambiguous)."""
        m = self.lx.month_at.match(self.nt, p)
        if m is None:
            return None
        if m.group("m2") is not None:
            key = (m.group("m1"), m.group("m2"))
            if key in self.lx.months:
                month, cal, amb = self.lx.months[key]
                return m.start(), m.end(), month, cal, amb
        key1 = (m.group("m1"),)
        if key1 in self.lx.months:
            month, cal, amb = self.lx.months[key1]
            return m.start(), m.end("m1"), month, cal, amb
        return None

    def date_after_day(self, n: Numeral) -> int | None:
        w = self.word_at(n.end)
        if w is None:
            return None
        p = w.start
        if w.text == "من":
            nxt = self.word_at(w.end)
            if nxt is not None and self.lx.cues.get(nxt.text, ("",))[0] == "month_cue":
                nxt = self.word_at(nxt.end)  # «10 من شهر أغسطس»
            if nxt is None:
                return None
            p = nxt.start
        mon = self.month_hit(p)
        if mon is None:
            if w.text in _MONTH_RELATIVE:
                # «في 25 الجاري»: a day of this month (the masculine agrees with an unsaid «شهر»)
                relative = self.lx.cues[w.text][1]
                self.emit(n.start, w.end, (n.start, n.end), kind="date", day=int(n.value or 0), relative=relative)
                return w.end
            return None
        return self.date(n.start, mon, day=int(n.value or 0), day_end=n.end)

    def month_word(self, s: int) -> int:
        mon = self.month_hit(s)
        if mon is None:
            w = self.word_at(s - 1) if s > 0 else None
            return w.end if w is not None and w.start == s else s + 1
        return self.date(s, mon, day=None)

    def date(
        self,
        s: int,
        mon: tuple[int, int, int, str, bool],
        day: int | None,
        day_end: int | None = None,
        days: tuple[int, int] | None = None,
        num_start: int | None = None,
    ) -> int:
        """Emit the date whose month is ``mon`` (and day, or ``days`` range, starts at ``s``);
        return where it ends."""
        _, end, month, calendar, ambiguous = mon
        cues = self.lx.cues
        s_num = s if num_start is None else num_start
        start = s
        part = None
        context = day is not None or days is not None
        if day is None and days is None:
            before = self.words_before(s)
            k = len(before)
            if k and cues.get(_bare(before[-1].text, cues), ("",))[0] == "month_cue":
                k -= 1
                start = before[k].end - len(_bare(before[k].text, cues))
                context = True
            if k:
                w = before[k - 1]
                text = w.text
                if text not in cues and text[:1] in _PROCLITICS and text[1:] in cues:
                    text = text[1:]
                    w = _W(text, w.start + 1, w.end)
                role, value = cues.get(text, ("", ""))
                if role == "part":
                    part, start, context = value, w.start, True
        # «أيلول/سبتمبر», «سبتمبر (أيلول)»: two names of one month
        sl = _SLASH.match(self.nt, end)
        other = self.month_hit(sl.end()) if sl is not None else None
        if sl is not None and other is not None and other[2] == month:
            close = _CLOSE.match(self.nt, other[1]) if sl.group("open") is not None else None
            if sl.group("open") is None or close is not None:
                end, context = (other[1] if close is None else close.end()), True
        else:
            # «سبتمبر أيلول», «يناير كانون الثاني»: the same month in two calendars' names
            follower = self.word_at(end)
            same = self.month_hit(follower.start) if follower is not None else None
            if same is not None and same[2] == month:
                end, context = same[1], True
        year = None
        y = _YEAR_AT.match(self.nt, end)
        fy = _FROM_YEAR_AT.match(self.nt, end) if y is None else None
        if fy is not None and cues.get(fy.group("cue"), ("",))[0] == "year_cue":
            y = fy  # «ديسمبر من عام 2013»
        if y is not None:
            year, end, context = int(y.group("y")), y.end(), True
            if day_end is None:
                s_num, day_end = y.start("y"), y.end()  # no day: the year is the numeral
            era = _GLUED_AT.match(self.nt, end)
            if era is not None and cues.get(era.group("w"), ("",))[0] == "era":
                end = era.end()
        relative = None
        rel = self.word_at(end)
        if rel is not None and cues.get(rel.text, ("",))[0] == "relative":
            relative, end, context = cues[rel.text][1], rel.end, True
        if ambiguous and not context:
            return mon[1]
        self.emit(
            start,
            end,
            (s_num, day_end) if day_end is not None else None,
            kind="date",
            qualifier="range" if days is not None else "exact",
            low=None if days is None else days[0],
            high=None if days is None else days[1],
            day=day,
            month=month,
            year=year,
            calendar=calendar,
            part=part,
            relative=relative,
        )
        return end

    def year(self, n: Numeral) -> int | None:
        y = int(n.value or 0)
        cues = self.lx.cues
        start, end = n.start, n.end
        calendar = "gregorian"
        era = _GLUED_AT.match(self.nt, end)
        has_era = era is not None and cues.get(era.group("w"), ("",))[0] == "era"
        if has_era:
            calendar = cues[era.group("w")][1]  # type: ignore[union-attr]
            end = era.end()  # type: ignore[union-attr]
        before = self.words_before(n.start)
        cue = None
        if before:
            w = before[-1]
            text = w.text
            role = cues.get(text, ("",))[0]
            if not role and text[:1] in _PROCLITICS:
                text = text[1:]
                role = cues.get(text, ("",))[0]
                w = _W(text, w.start + 1, w.end)
            cue = role, w
        if cue is not None and cue[0] == "year_cue":
            start = cue[1].start
        elif not n.digits:
            return None  # a year in words needs «عام»: «عام ألفين وخمسة عشر»
        elif n.start > 0 and self.nt[n.start - 1] == "(" and self.nt[n.end : n.end + 1] == ")" and 1900 <= y <= 2100:
            start, end = n.start, n.end  # «"أطلسيات" (2012)»: a year in brackets
        elif not has_era:
            if cue is None or cue[0] not in ("year_prep", "part") or not 1900 <= y <= 2100:
                return None
            tail = self.tail(n.end, n)
            if tail.kind != "count" or _SYMBOL_BEFORE.search(self.nt, max(0, start - 3), start):
                return None
            if tail.unit is not None and cue[1].text == "من":
                return None  # «من 2016 سيارة»: a count; after «منذ», «في» a following word is read as a verb
        if not (1000 <= y <= 2100):
            return None
        if calendar == "gregorian" and y < 1600 and not has_era:
            calendar = "hijri"
        rel = self.word_at(end)
        relative = None
        if rel is not None and cues.get(rel.text, ("",))[0] == "relative":
            relative, end = cues[rel.text][1], rel.end
        part = None
        if cue is not None and cue[0] == "part":
            start, part = cue[1].start, cues[cue[1].text][1]  # «نهاية 2014»
        self.emit(start, end, (n.start, n.end), kind="date", year=y, calendar=calendar, part=part, relative=relative)
        return end

    def numeric_date(self, m: regex.Match[str]) -> int:
        parts = [int(x) for x in _DATE_SEP.split(m.group("ndate").replace(" ", ""))]
        if len(_DATE_SEP.split(m.group("ndate"))[0]) == 4:
            year, month, day = parts
        else:
            day, month, year = parts
            if year < 100:
                year += 2000
        end = m.end()
        calendar = "gregorian"
        era = _GLUED_AT.match(self.nt, end)
        if era is not None and self.lx.cues.get(era.group("w"), ("",))[0] == "era":
            calendar, end = self.lx.cues[era.group("w")][1], era.end()  # «28/5/1432هـ»
        if 1 <= month <= 12 and 1 <= day <= 31:
            self.emit(
                m.start("ndate"),
                end,
                (m.start("ndate"), m.end()),
                kind="date",
                day=day,
                month=month,
                year=year,
                calendar=calendar,
            )
        return end


def find_quantities(text: str | NormalizedText) -> tuple[Quantity, ...]:
    """The quantities of ``text`` (a string or its normalised view), in text order."""
    norm = text if isinstance(text, NormalizedText) else NormalizedText.of(text)
    return tuple(_Finder(norm, lexicons()).run())


class QuantityStage:
    """The ``quantities`` stage: adds the ``quantities`` layer of :class:`Quantity`."""

    name: ClassVar[str] = "quantities"
    requires: ClassVar[tuple[str, ...]] = ("tokens",)
    provides: ClassVar[tuple[str, ...]] = ("quantities",)
    trusted: ClassVar[bool] = True  # with_layer below validates every span; the pipeline need not again

    __slots__ = ()

    def __call__(self, doc: Document, /) -> Document:
        return doc.with_layer("quantities", find_quantities(doc.normalized))

    def __repr__(self) -> str:
        return "QuantityStage()"


__all__: Sequence[str] = ["QualifierName", "Quantity", "QuantityKind", "QuantityStage", "find_quantities", "lexicons"]
