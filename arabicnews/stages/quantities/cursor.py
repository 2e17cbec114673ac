"""Reading the words around a position of the normalised text.

A :class:`Cursor` looks left no further than its ``floor`` (where the last quantity found ends),
so that nothing a quantity already took is read again as the qualifier or cue of the next one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar

import regex
from attrs import frozen

from arabicnews.arabic.letters import PROCLITIC_LETTERS
from arabicnews.stages.quantities.lexicon import GAP

_WORD_AT = regex.compile(rf"{GAP}(?P<w>\p{{L}}+)(?![\p{{L}}\p{{N}}])")
# searched from its end ((?r)): one pass back over the run, where a forward search would restart it
# at every word of the window; its captures come last word first
_TAIL = regex.compile(rf"(?r)(?:(?<![\p{{L}}\p{{N}}])(\p{{L}}+){GAP})+\Z")
# a space and a line break inside a sentence right before a number («في أواخر \n2014»); a line that
# ends with its last word, with no space, stands alone (a heading, a list item)
_BREAK_BEFORE = regex.compile(r"[^\S\n\r]+\r?\n[^\S\n\r]*\Z")
_WINDOW = 80  # how far back a cue or qualifier may start
# the last word before a position, searched from the end (cheap: the gate of ``phrase_before``)
_LAST_WORD = regex.compile(r"(?r)(?<![\p{L}\p{N}])(\p{L}+)\s+\Z")

_V = TypeVar("_V")


@frozen
class Word:
    """A word of the normalised text with its normalised offsets."""

    text: str
    start: int
    end: int


class Cursor:
    """The words of the normalised text ``nt`` before and after a position."""

    __slots__ = ("_words_at", "floor", "nt")

    def __init__(self, nt: str) -> None:
        self.nt = nt
        self.floor = 0  # normalised end of the last quantity: nothing extends back past it
        # ``word_at`` by position: the rules ask for the same few words again and again (on the
        # speed benchmark's 300 articles, 26,438 asks at 10,246 positions)
        self._words_at: dict[int, Word | None] = {}

    def word_at(self, p: int) -> Word | None:
        """The word after the gap at ``p`` (``None`` at a line end, punctuation or digits)."""
        words_at = self._words_at
        if p in words_at:
            return words_at[p]
        m = _WORD_AT.match(self.nt, p, None, False)  # concurrent=False: keeps the GIL (docs/performance.md)
        word = words_at[p] = Word(m.group("w"), m.start("w"), m.end("w")) if m else None
        return word

    def words_before(self, s: int, last: int | None = None) -> list[Word]:
        """The run of words that ends with a gap right before ``s``, back to the floor (only its
        ``last`` words if given: most rules look at one or two)."""
        m = _TAIL.search(self.nt, max(self.floor, s - _WINDOW), s, False)  # keeps the GIL, as word_at
        if m is None:
            b = _BREAK_BEFORE.search(self.nt, max(self.floor, s - 8), s, False)
            if b is None:
                return []
            m = _TAIL.search(self.nt, max(self.floor, s - _WINDOW), b.start() + 1, False)
            if m is None:
                return []
        words, starts = m.captures(1), m.starts(1)  # last word first
        if last is not None:
            words, starts = words[:last], starts[:last]
        return [Word(w, a, a + len(w)) for w, a in zip(reversed(words), reversed(starts), strict=True)]

    def words_after(self, p: int, n: int) -> list[Word]:
        """Up to ``n`` words following ``p``, each after a gap."""
        out: list[Word] = []
        while len(out) < n:
            w = self.word_at(p)
            if w is None:
                break
            out.append(w)
            p = w.end
        return out

    def phrase_after(self, p: int, table: Mapping[tuple[str, ...], _V], n: int) -> tuple[_V, int] | None:
        """The longest phrase of ``table`` right after ``p`` and where it ends."""
        return self.phrase_in(self.words_after(p, n), table)

    @staticmethod
    def phrase_in(words: Sequence[Word], table: Mapping[tuple[str, ...], _V]) -> tuple[_V, int] | None:
        """The longest phrase of ``table`` that ``words`` start with and where it ends."""
        for k in range(len(words), 0, -1):
            key = tuple(w.text for w in words[:k])
            if key in table:
                return table[key], words[k - 1].end
        return None

    def phrase_before(
        self, s: int, table: Mapping[tuple[str, ...], _V], last_words: frozenset[str] | None = None
    ) -> tuple[_V, int] | None:
        """The longest phrase of ``table`` ending right before ``s`` (a proclitic on its first
        word is left out of it) and where it starts.

        ``last_words``, the last words of the phrases of ``table`` (or more), lets most positions be
        refused from the one word before them, without reading the run of words back to the floor.
        """
        if last_words is not None:
            m = _LAST_WORD.search(self.nt, max(self.floor, s - _WINDOW), s)
            if m is None:
                return None
            w = m.group(1)
            if w not in last_words and w[1:] not in last_words and w[2:] not in last_words:
                return None
        ws = self.words_before(s)
        for k in range(len(ws)):
            key = tuple(w.text for w in ws[k:])
            if key in table:
                return table[key], ws[k].start
            first = ws[k].text
            for cut in (1, 2):
                if len(first) > cut + 1 and all(c in PROCLITIC_LETTERS for c in first[:cut]):
                    ckey = (first[cut:], *key[1:])
                    if ckey in table:
                        return table[ckey], ws[k].start + cut
        return None


__all__ = ["Cursor", "Word"]
