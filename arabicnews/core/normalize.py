"""Normalisation of Arabic text for matching, with a map back to the original offsets.

The normalised form folds the spelling variation of real news text so that lexicons match it:

- alef forms أ إ آ ٱ → ا; alef maqsura ى → ي; ta marbuta ة → ه; hamza on a seat ؤ ئ → ء (so
  that Egyptian «مسئول» and standard «مسؤول» meet), also typed decomposed as و or ي and the
  combining hamza above (U+0654, their NFD spelling; the ء takes the seat's offset);
- diacritics (harakat, tanween, shadda, sukun, superscript alef), tatweel ـ and invisible format
  characters (bidi marks, zero-width joiners) are removed;
- Arabic presentation forms and other compatibility characters go through NFKC (``ﻻ`` → ``لا``);
- Eastern Arabic and Persian digits → ASCII digits; ٫ → ``.``, ٬ → ``,``, ٪ → ``%``.

A :class:`NormalizedText` keeps, for every character of the normalised string, the offset of the
original character it came from, so a match in the normalised text maps back to exact original
offsets with :meth:`NormalizedText.to_original`.
"""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_left
from functools import lru_cache

import regex
from attrs import frozen

from arabicnews.core.errors import OffsetError

_ONE_TO_ONE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي",
    "ئ": "ء", "ؤ": "ء",
    "ة": "ه", "ۀ": "ه", "ە": "ه",
    "ک": "ك", "ڪ": "ك",
    "٫": ".", "٬": ",", "٪": "%",
}  # fmt: skip
_ONE_TO_ONE.update({chr(0x0660 + i): str(i) for i in range(10)})  # Eastern Arabic digits
_ONE_TO_ONE.update({chr(0x06F0 + i): str(i) for i in range(10)})  # Persian digits

# Removed: Arabic marks (harakat, tanween, shadda, sukun, Quranic marks, superscript alef),
# tatweel, and format characters (bidi marks, ZWJ/ZWNJ, BOM, soft hyphen).
_REMOVED_PATTERN = r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u08D3-\u08FF\u0640\p{Cf}]"
_REMOVED = regex.compile(_REMOVED_PATTERN)

_TABLE: dict[int, str | None] = {ord(k): v for k, v in _ONE_TO_ONE.items()}

# Characters whose NFKC form differs and must go through the length-changing path: Arabic
# presentation forms, and the general compatibility characters (ligatures, full-width forms).
_COMPAT = regex.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFF\uFF00-\uFFEF\uFB00-\uFB4F]")


def _fold_char(ch: str, table: dict[int, str | None] = _TABLE) -> str:
    """The normalised form of one original character ('' when it is removed).

    With an empty ``table``, only the removals and the compatibility folding: the letter as
    written, its presentation form undone (``ﺔ`` → ``ة``, not ``ه``), for :meth:`NormalizedText.letters`.
    """
    if _REMOVED.fullmatch(ch):
        return ""
    if _COMPAT.fullmatch(ch):
        folded = unicodedata.normalize("NFKC", ch)
        return "".join(_fold_char(c, table) if c != ch else c.translate(table) for c in folded)
    return ch.translate(table)


_NO_TABLE: dict[int, str | None] = {}


def fold_compatibility(text: str) -> str:
    """``text`` with only its compatibility characters folded by NFKC, as :func:`normalize` folds
    them (presentation forms, ligatures, full-width forms): the letters and marks as written are
    kept, so ``«مدرسﺔ»`` gives ``«مدرسة»`` with its ة, and a presentation-form tanween its mark.
    A text without such a character is returned itself (the same object), which callers may test."""
    if not _COMPAT.search(text):
        return text
    return "".join(unicodedata.normalize("NFKC", ch) if _COMPAT.fullmatch(ch) else ch for ch in text)


# The characters that do not fold to exactly one character: what _REMOVED and _COMPAT match.
_CHANGES_LENGTH = regex.compile(_REMOVED_PATTERN[:-1] + r"\uFB50-\uFDFF\uFE70-\uFEFF\uFF00-\uFFEF\uFB00-\uFB4F]+")


@lru_cache(maxsize=4096)
def _folded(ch: str) -> str:
    return _fold_char(ch)


_FAST_TABLE: dict[int, str | None] = dict(_TABLE)
for _cp in list(range(0x0610, 0x061B)) + list(range(0x064B, 0x0660)) + [0x0670, 0x0640]:
    _FAST_TABLE[_cp] = None
for _cp in list(range(0x06D6, 0x06DD)) + list(range(0x06DF, 0x06E9)) + list(range(0x06EA, 0x06EE)):
    _FAST_TABLE[_cp] = None
for _cp in list(range(0x08D3, 0x0900)):
    _FAST_TABLE[_cp] = None
for _cp in (0x00AD, 0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF):
    _FAST_TABLE[_cp] = None
for _cp in list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A)):
    _FAST_TABLE[_cp] = None

# Anything the fast translate table does not fold exactly like _fold_char: compatibility
# characters and rarer format characters.
_SLOW = regex.compile(r"[\uFB00-\uFDFF\uFE70-\uFEFF\uFF00-\uFFEF\p{Cf}]")
_FAST_REMOVED = frozenset(k for k, v in _FAST_TABLE.items() if v is None)

_IDENTITY_BLOCKS = ((0x0000, 0x0250), (0x0600, 0x0780), (0x2000, 0x2070))
"""The code points news text is written in (Latin, Arabic and its supplement, general punctuation)."""
_LONG = 48
"""From this length on, :class:`_OneToOne` replaces character by character; a shorter string is
translated with the dense table (the two cost about the same at 32-64 characters)."""


class _OneToOne:
    """A table that folds characters one to one (or removes them) and the two fastest ways to apply it,
    each giving ``text.translate(table)`` exactly (session 25, speed25x).

    ``str.translate`` looks every character of a non-ASCII text up in its table and, for one the table
    lacks, raises a ``KeyError`` and clears it before copying the character: most characters of a text
    are in no table here. The dense table maps each character of :data:`_IDENTITY_BLOCKS` to itself
    as well, which gives the same string without the errors (about 30 % less time on the words of 300
    news articles). On a long text, one ``str.replace`` for each character of the table the text holds
    is faster still (about a fifteenth of ``translate``'s time on the articles): no value of the table is
    a key of it, so replacing one character after the other gives what replacing them all at once gives.
    """

    __slots__ = ("dense", "pairs")

    def __init__(self, table: dict[int, str | None]) -> None:
        if any(v is not None and any(ord(c) in table for c in v) for v in table.values()):
            raise ValueError("a one-to-one table whose values hold its keys cannot be replaced key by key")
        self.dense: dict[int, str | int | None] = {cp: cp for lo, hi in _IDENTITY_BLOCKS for cp in range(lo, hi)}
        self.dense.update(table)
        self.pairs = tuple((chr(k), v or "") for k, v in table.items())

    def __call__(self, text: str) -> str:
        """``text.translate(table)``."""
        if len(text) < _LONG:
            return text.translate(self.dense)
        for key, value in self.pairs:
            if key in text:
                text = text.replace(key, value)
        return text


_ONE_TO_ONE_FOLD = _OneToOne(_TABLE)
"""``text.translate(_TABLE)``, as fast as it goes."""
_FAST_FOLD = _OneToOne(_FAST_TABLE)
"""``text.translate(_FAST_TABLE)``, as fast as it goes."""


# A seat and the combining hamza above, marks between (NFD orders a haraka before the hamza):
# the decomposed ؤ and ئ, which fold to ء as the composed letters do, not to و and ي.
_SEATED_HAMZA = regex.compile(r"[وىي][\u064B-\u0652\u0670]*\u0654")


def _seat_hamzas(original: str, text: str, offsets: array[int]) -> str:
    """``text`` (normalised from ``original``, with ``offsets``) with each decomposed ؤ or ئ of
    ``original`` folded to ء at its seat's position."""
    chars = list(text)
    for m in _SEATED_HAMZA.finditer(original):
        k = bisect_left(offsets, m.start())
        if k < len(chars) and offsets[k] == m.start():
            chars[k] = "ء"
    return "".join(chars)


def normalize(text: str) -> str:
    """Return the normalised form of ``text`` (see the module documentation for the rules)."""
    if "\u0654" in text and _SEATED_HAMZA.search(text):
        return NormalizedText.of(text).text
    # concurrent=False: the search keeps the GIL (docs/performance.md, "regex and the GIL")
    if not _SLOW.search(text, None, None, False) or all(ord(m.group()) in _FAST_REMOVED for m in _SLOW.finditer(text)):
        return _FAST_FOLD(text)
    return "".join(_fold_char(ch) for ch in text)


normalize_word = lru_cache(maxsize=1 << 16)(normalize)
""":func:`normalize` with the forms of recent words kept: news repeats its words, and the tokens
stage and the entity features both ask for each word's form (one cache serves both: normalising
each distinct word once saves a fifth of the tokenizer)."""


@frozen
class NormalizedText:
    """The normalised form of a text and, per normalised character, its original offset.

    ``offsets[i]`` is the offset in ``original`` of the character that produced ``text[i]``.
    """

    original: str
    text: str
    offsets: array[int]

    @classmethod
    def of(cls, original: str) -> NormalizedText:
        """Normalise ``original`` and record where each normalised character came from."""
        if not _CHANGES_LENGTH.search(original, None, None, False):  # keeps the GIL, as in normalize
            # Every character maps to exactly one: offsets are the identity.
            return cls(original, _ONE_TO_ONE_FOLD(original), array("I", range(len(original))))
        # Stretches without a removed or compatibility character keep their length: translate them
        # whole, with identity offsets, and fold only the characters in between one by one.
        parts: list[str] = []
        offsets = array("I")
        pos = 0
        for m in _CHANGES_LENGTH.finditer(original):
            start, end = m.span()
            if start > pos:
                parts.append(_ONE_TO_ONE_FOLD(original[pos:start]))
                offsets.extend(range(pos, start))
            for i in range(start, end):
                out = _folded(original[i])
                if out:
                    parts.append(out)
                    offsets.extend([i] * len(out))
            pos = end
        if pos < len(original):
            parts.append(_ONE_TO_ONE_FOLD(original[pos:]))
            offsets.extend(range(pos, len(original)))
        text = "".join(parts)
        if "\u0654" in original:
            text = _seat_hamzas(original, text, offsets)
        return cls(original, text, offsets)

    @classmethod
    def _of_by_character(cls, original: str) -> NormalizedText:
        """The reference implementation of :meth:`of`: every character folded on its own (slow)."""
        parts: list[str] = []
        offsets = array("I")
        for i, ch in enumerate(original):
            out = _fold_char(ch)
            if out:
                parts.append(out)
                offsets.extend([i] * len(out))
        return cls(original, _seat_hamzas(original, "".join(parts), offsets), offsets)

    def letters(self) -> str:
        """The letter as written behind each character of :attr:`text` (same length).

        A presentation form or ligature is folded as :meth:`of` folds it (``ﺔ`` → ``ة``,
        ``ﻻ`` → ``لا``) but the spelling variants the normalised text merges are kept (ة, أ, ى):
        code that compares letters as written reads them here, not in :attr:`original`.
        """
        original = self.original
        if not _COMPAT.search(original):
            return "".join(map(original.__getitem__, self.offsets))
        parts: list[str] = []
        prev = -1
        for i in self.offsets:
            if i != prev:  # an expansion (``ﻻ``) gives its letters once, for all its positions
                parts.append(_fold_char(original[i], _NO_TABLE))
                prev = i
        return "".join(parts)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open normalised range ``[start, end)`` to an original range.

        The original range runs from the first original character behind ``start`` to the end
        of the original character behind ``end - 1``, so removed characters (diacritics,
        tatweel) inside the match are included and those at its edges are not.
        """
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise OffsetError(f"normalised range [{start}, {end}) is outside [0, {n}]")
        if start == end:
            pos = self.offsets[start] if start < n else len(self.original)
            return pos, pos
        last = self.offsets[end - 1]
        # An expansion (one original character giving several normalised ones) is covered whole.
        return self.offsets[start], last + 1

    def from_original(self, start: int, end: int) -> tuple[int, int]:
        """Map an original range to the normalised range made from the characters inside it."""
        n = len(self.original)
        if not 0 <= start <= end <= n:
            raise OffsetError(f"original range [{start}, {end}) is outside [0, {n}]")
        return bisect_left(self.offsets, start), bisect_left(self.offsets, end)
