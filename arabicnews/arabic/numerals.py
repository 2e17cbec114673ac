"""Arabic numerals in digits and in words: the lexicons and the parser that gives their values.

The word lexicons live in ``arabicnews/data/quantities/`` and are folded with
:func:`arabicnews.core.normalize.normalize` when loaded, so every function here takes *normalised*
words («ثلاثه», «الف», «اثني», «ماءه»). Values are exact: :class:`~fractions.Fraction` inside,
turned into ``int`` (whole), :class:`~decimal.Decimal` (a finite decimal) or ``Fraction`` (a
third) by :func:`exact`.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from functools import cache

import regex
from attrs import frozen

from arabicnews.core.normalize import normalize
from arabicnews.core.resources import read_table
from arabicnews.model.quantity import Number

_DIGITS = regex.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|\.[0-9]+")
_DECIMAL_COMMA = regex.compile(r"[0-9]+,[0-9]{1,2}")
_DOTTED_THOUSANDS = regex.compile(r"[0-9]{1,3}(?:\.[0-9]{3}){2,}|[0-9]{1,3}\.000")
_REVERSED = regex.compile(r"([0-9]+)ر([0-9]+)")
_NONSPACE = regex.compile(r"\S+")
_TEN = frozenset({"عشر", "عشره"})


@frozen
class NumberWord:
    """A number word of the lexicon: its value and its grammatical class (see numbers.tsv)."""

    value: Fraction
    cls: str


@frozen
class VagueWord:
    """A vague amount word: its magnitude and the multiples of it that bound it (None: open)."""

    magnitude: int
    low: int | None
    high: int | None


@frozen
class Lexicon:
    """The number lexicons, normalised: cardinal words, vague words and ordinals."""

    words: dict[str, NumberWord]
    vague: dict[str, VagueWord]
    ordinals: dict[str, tuple[int, str]]

    def lookup(self, word: str) -> NumberWord | VagueWord | None:
        """The lexicon entry of the normalised ``word`` (vague words first), or None."""
        return self.vague.get(word) or self.words.get(word)


@cache
def lexicon() -> Lexicon:
    """The number lexicons, loaded once on first use."""
    words = {normalize(w): NumberWord(Fraction(v), c) for w, v, c in read_table("quantities/numbers.tsv", 3)}
    vague = {
        normalize(w): VagueWord(int(m), None if lo == "-" else int(lo), None if hi == "-" else int(hi))
        for w, m, lo, hi in read_table("quantities/vague.tsv", 4)
    }
    ordinals = {normalize(w): (int(v), form) for w, v, form in read_table("quantities/ordinals.tsv", 3)}
    return Lexicon(words, vague, ordinals)


def exact(value: Fraction) -> Number:
    """``value`` as an ``int`` when whole, a ``Decimal`` when a finite decimal, else a ``Fraction``."""
    if value.denominator == 1:
        return value.numerator
    d = value.denominator
    twos = fives = 0
    while d % 2 == 0:
        d //= 2
        twos += 1
    while d % 5 == 0:
        d //= 5
        fives += 1
    if d != 1:
        return value
    k = max(twos, fives)
    return Decimal(value.numerator * (10**k // value.denominator)).scaleb(-k)


MAX_DIGITS = 40
"""Digit strings longer than this (separators included) are not read as numbers."""


TURNED_DECIMAL = regex.compile(
    r"(?<![\p{Nd}.,\u066b/])(?P<a>\p{Nd}{1,3})\.[\u200e\u200f\u061c]+(?P<b>\p{Nd}{1,4})(?!\p{Nd}|[.,\u066b/]\p{Nd})"
    r"|(?<=\p{L}[^\S\n\r]+)(?:(?P<a>\p{Nd})\.[^\S\n\r](?P<b>\p{Nd}{1,2})|(?P<a>\p{Nd}{1,2})[^\S\n\r]\.(?P<b>\p{Nd}{1,3}))"
    r"(?=[^\S\n\r]+(?:مليار|مليون|ألف|الف)(?!\p{L}))"
)
"""A decimal turned round by the text direction, in the original text: «7.\u200f11 مليار» is 11.7.

Copy taken from a right-to-left display stores the whole part after the point with a direction
mark (U+200F, U+200E or U+061C) between: the digits after the mark are the whole part, those
before the point the fraction («5.\u200f2 مليون» is 2.5). A space instead of the mark, after or
before the point («3. 1 مليار» is 1.3, «5 .489 مليار» is 489.5), is read only inside a sentence
(a word before, on the same line) and before a scale word, so a list item «7. 11» at a line
start and a date «11.7.2015» are left alone.
"""


def turned_decimals(original: str) -> list[tuple[int, int, str]]:
    """The turned decimals of ``original``: (start, end, the value's digits in reading order)."""
    out: list[tuple[int, int, str]] = []
    if "." not in original:
        return out
    for m in TURNED_DECIMAL.finditer(original):
        out.append((m.start(), m.end(), f"{normalize(m.group('b'))}.{normalize(m.group('a'))}"))
    return out


def parse_digits(text: str) -> Fraction | None:
    """The value of a normalised digit string («1,500», «3.5», «.77»), or None if it is not one.

    A string longer than ``MAX_DIGITS`` is a code or noise, not a quantity: None.
    """
    if len(text) > MAX_DIGITS:
        return None
    if (m := _REVERSED.fullmatch(text)) is not None:
        # Old Saudi wire copy writes the Arabic separator as ر with the groups reversed: «5ر32» is
        # 32.5 and «25ر2» 2.25, but a group of three digits is thousands: «000ر22» is 22,000.
        if len(m.group(1)) == 3:
            return Fraction(int(m.group(2) + m.group(1)))
        return Fraction(f"{m.group(2)}.{m.group(1)}")
    if _DOTTED_THOUSANDS.fullmatch(text):
        return Fraction(int(text.replace(".", "")))  # «13.914.300», «80.000»: dots between thousands
    if _DECIMAL_COMMA.fullmatch(text):
        return Fraction(text.replace(",", "."))  # «2,5 مليون»: a comma before one or two digits is a decimal point
    if not _DIGITS.fullmatch(text):
        return None
    return Fraction(text.replace(",", ""))


@frozen
class Word:
    """One word of a numeral: normalised text, normalised offsets, joined to the previous by و."""

    text: str
    start: int
    end: int
    conj: bool = False


@frozen
class Numeral:
    """A parsed numeral: where it is (normalised offsets) and what it says.

    ``kind`` is ``cardinal`` (``value`` set), ``vague`` (``magnitude``, ``low``, ``high`` set) or
    ``fraction`` (a bare «نصف», «ثلث»). ``digits`` says it starts with digits; ``words`` is how
    many words it took; ``construct`` that its last word takes a following noun in the genitive
    (a vague word such as «عشرات», a fraction); ``definite`` that it carries the article.
    """

    start: int
    end: int
    kind: str
    value: Fraction | None = None
    magnitude: int | None = None
    low: Fraction | None = None
    high: Fraction | None = None
    digits: bool = False
    words: int = 1
    construct: bool = False
    definite: bool = False


def split_words(text: str, start: int, end: int, lex: Lexicon | None = None) -> list[Word]:
    """The words of ``text[start:end]``, with a و glued to a number word split off as ``conj``."""
    lex = lex or lexicon()
    out: list[Word] = []
    conj = False
    for m in _NONSPACE.finditer(text, start, end):
        w, s = m.group(), m.start()
        if w == "و":
            conj = True
            continue
        rest = w[1:]
        if out and w.startswith("و") and lex.lookup(w) is None and (lex.lookup(rest) or parse_digits(rest)):
            out.append(Word(w[1:], s + 1, m.end(), True))
        else:
            out.append(Word(w, s, m.end(), conj))
        conj = False
    return out


def parse_numeral(words: Sequence[Word], lex: Lexicon | None = None) -> Numeral | None:
    """Parse the longest numeral at the start of ``words``, or None when the first word is none.

    The grammar is the one of written Arabic: «ثلاثة آلاف وخمسمائة وعشرون» (units before tens,
    joined by و), teens («اثنا عشر»), split and joined hundreds («ثلاث مئة», «ثلاثمائة»),
    scales multiplied by what precedes them («15 ألف», «٣٫٥ مليون»), duals, plurals after 3-10,
    fractions («مليار ونصف», «نصف مليون»). A word that cannot continue the number ends it, so
    «عشرة وعشرين» is two numerals (ten, then twenty), not thirty.
    """
    lex = lex or lexicon()
    if not words:
        return None
    first = words[0]
    digits = parse_digits(first.text)
    entry = None if digits is not None else lex.lookup(first.text)
    if digits is None and entry is None:
        return None
    if isinstance(entry, VagueWord):
        return _parse_vague(words, entry, lex)

    total = Fraction(0)
    hundreds = Fraction(0)  # the hundreds of the current group
    below = Fraction(0)  # the part of the current group below 100
    below_is_unit = False  # ``below`` is a single unit 1-9, so a ten may follow with و
    last_scale: int | None = None
    end = first.end
    used = 0
    kind = "cardinal"
    construct = False

    def group() -> Fraction:
        return hundreds + below

    i = 0
    while i < len(words):
        w = words[i]
        if i == 0 and digits is not None:
            below, below_is_unit = digits, False
            hundreds = Fraction(0)
            end, used, i = w.end, 1, 1
            continue
        e = lex.words.get(w.text)
        if e is None:
            later = parse_digits(w.text)
            # «671 ألفا و800»: digits complete a number whose scale is bigger than them.
            if later is None or not w.conj or group() != 0 or last_scale is None or later >= last_scale:
                break
            below, below_is_unit = later, False
            end, used, i = w.end, i + 1, i + 1
            continue
        cls, v = e.cls, e.value
        started = i > 0
        adjacent = started and not w.conj
        if cls == "teenpart":
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt is None or nxt.conj or nxt.text not in _TEN:
                break
            if started and not (w.conj and below == 0):
                break
            below, below_is_unit = v + 10, False
            end, used, i = nxt.end, i + 2, i + 2
            continue
        if cls == "unit":
            if not started:
                below, below_is_unit = v, 0 < v < 10
            elif adjacent and w.text in _TEN and below_is_unit and hundreds == 0 and digits is None:
                below, below_is_unit = below + 10, False  # ثلاثة عشر
            elif w.conj and below == 0 and (hundreds > 0 or total > 0):
                below, below_is_unit = v, 0 < v < 10
            elif adjacent and below == 0 and hundreds > 0 and digits is None:
                below, below_is_unit = v, 0 < v < 10  # colloquial, no «و» after the hundreds: «متين تلاتة وستين»
            else:
                break
        elif cls in ("ten", "teen"):
            if not started:
                below, below_is_unit = v, False
            elif w.conj and below_is_unit and cls == "ten":
                below, below_is_unit = below + v, False
            elif w.conj and below == 0 and (hundreds > 0 or total > 0):
                below, below_is_unit = v, False
            elif adjacent and below == 0 and hundreds > 0 and digits is None:
                below, below_is_unit = v, False  # «متين حداشر»
            else:
                break
        elif cls == "hundred":
            if not started:
                hundreds = v
            elif adjacent and below_is_unit and below >= 3 and hundreds == 0 and digits is None:
                hundreds, below, below_is_unit = below * 100, Fraction(0), False  # ثلاث مئة
            elif w.conj and group() == 0 and total > 0:
                hundreds = v
            else:
                break
        elif cls == "hundreds":
            if not started or (w.conj and group() == 0 and total > 0):
                hundreds = v
            else:
                break
        elif cls in ("scale", "dual", "dual_acc", "plural"):
            scale = int(v)
            nxt = words[i + 1] if i + 1 < len(words) else None
            if cls == "dual_acc" and group() == 0 and nxt is not None and nxt.conj:
                cls = "scale"  # «مليونا و200 ألف»: accusative singular, not the dual
            if last_scale is not None and scale >= last_scale:
                break
            g = group()
            if g > 0 and adjacent and cls != "dual":
                mult = g  # ثلاثة آلاف, 15 ألفا, ٣٫٥ مليون
            elif g == 0 and (not started or w.conj) and cls in ("scale", "dual", "dual_acc"):
                mult = Fraction(1) if cls == "scale" else Fraction(2)
            elif g == 0 and not started and cls == "plural":
                return _parse_vague(words, lex.vague.get(w.text) or VagueWord(scale, 2, 10), lex)
            else:
                break
            total += mult * scale
            hundreds, below, below_is_unit = Fraction(0), Fraction(0), False
            last_scale = scale
        elif cls == "fractions":
            if not (adjacent and below_is_unit and hundreds == 0 and total == 0 and digits is None):
                break
            below, below_is_unit = below * v, False  # ثلاثة أرباع
            end, used = w.end, i + 1
            break
        elif cls == "fraction":
            if not started:
                nxt = words[i + 1] if i + 1 < len(words) else None
                ne = lex.words.get(nxt.text) if nxt is not None and not nxt.conj else None
                if nxt is not None and ne is not None and ne.cls == "scale":
                    total += v * int(ne.value)  # نصف مليون
                    last_scale = int(ne.value)
                    end, used, i = nxt.end, i + 2, i + 2
                    continue
                return Numeral(first.start, first.end, "fraction", value=v, construct=True)
            if w.conj and group() == 0 and last_scale is not None:
                total += v * last_scale  # مليار ونصف
                nxt = words[i + 1] if i + 1 < len(words) else None
                ne = lex.words.get(nxt.text) if nxt is not None and not nxt.conj else None
                if ne is None and nxt is not None and not nxt.conj and nxt.text.startswith("ال"):
                    ne = lex.words.get(nxt.text[2:])  # «مليون ونصف المليون»: the scale again, with the article
                if nxt is not None and ne is not None and ne.cls == "scale" and int(ne.value) == last_scale:
                    end, used = nxt.end, i + 2  # «مليونين ونصف مليون», «مليون ونصف المليون»
                    break
            elif w.conj and total == 0 and group() > 0 and hundreds == 0:
                below = below + v  # ثلاثة ونصف
            else:
                break
            end, used = w.end, i + 1
            break
        else:
            break
        end, used, i = w.end, i + 1, i + 1
    if used == 0:
        return None
    value = total + group()
    last = lex.words.get(words[used - 1].text)
    construct = last is not None and last.cls in ("scale", "dual", "dual_acc", "plural", "hundred", "hundreds")
    if last is not None and last.cls == "fractions":
        kind, construct = "fraction", True  # «ثلاثة أرباع السكان»
    return Numeral(first.start, end, kind, value=value, digits=digits is not None, words=used, construct=construct)


def _parse_vague(words: Sequence[Word], entry: VagueWord, lex: Lexicon) -> Numeral:
    first = words[0]
    magnitude, low, high = entry.magnitude, entry.low, entry.high
    end, used = first.end, 1
    # «عشرات الآلاف», «بضعة آلاف», «مئات الملايين»: a plural scale multiplies the magnitude.
    if len(words) > 1 and not words[1].conj:
        nxt = words[1].text
        scale = lex.vague.get(nxt)
        plural = lex.words.get(nxt)
        is_plural = plural is None or plural.cls == "plural"
        if scale is not None and scale.magnitude >= 1000 and is_plural and scale.magnitude > magnitude:
            magnitude *= scale.magnitude
            end, used = words[1].end, 2
    lo = None if low is None else Fraction(low * magnitude)
    hi = None if high is None else Fraction(high * magnitude)
    last = words[used - 1].text
    # «آلاف» folds to «الاف»: the article is there only if the word without it is listed too.
    definite = last.startswith("ال") and (last[2:] in lex.vague or last[2:] in lex.words)
    return Numeral(
        first.start,
        end,
        "vague",
        magnitude=magnitude,
        low=lo,
        high=hi,
        words=used,
        construct=not definite,
        definite=definite,
    )
