"""The news sentence splitter, working on tokens.

A sentence ends at a terminator (``.`` ``!`` ``?`` ``؟`` ``…`` and runs such as ``..`` that
separate the parts of a headline) together with the closing quotes and brackets right after it,
and at every line break. It does not end at the full stop of a title abbreviation (``د.``,
``أ.د.``, ``Dr.``) or of an initial, inside a number (``3.5`` is one token, and the stop between digits in
``1.340.7`` ends nothing), or at a ``..`` or
``…`` inside «...»; a ``.`` ``!`` ``؟`` inside quotes ends a sentence only when more of the quote
follows it (a full sentence ended there).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from typing import ClassVar

import regex

from arabicnews.core.document import Document
from arabicnews.core.normalize import normalize
from arabicnews.core.resources import read_words
from arabicnews.model.columns import token_ends, token_kinds, token_starts, token_texts
from arabicnews.model.spans import Sentence, Token

_TERMINATOR = regex.compile(r"[.!?؟…]+|[!?؟][!?؟.]*")
_STRONG = regex.compile(r"[.!?؟]")  # a single strong stop (not .. or …)
_OPENING = {"«": "»", "“": "”", "‹": "›", "(": ")", "[": "]", "{": "}"}
_CLOSING = frozenset(_OPENING.values()) | {'"', "'"}
_LOWER_LATIN = regex.compile(r"\p{Ll}")
_LINE_BREAK = regex.compile(r"\n")


@cache
def abbreviations() -> frozenset[str]:
    """The normalised abbreviations whose full stop does not end a sentence."""
    return read_words("abbreviations.txt")


def _is_terminator(kind: str, tok: str) -> bool:
    # concurrent=False: the match keeps the GIL (docs/performance.md, "regex and the GIL")
    return kind == "punct" and _TERMINATOR.fullmatch(tok, None, None, False) is not None


def _abbreviation_before(text: str, texts: Sequence[str], starts: Sequence[int], ends: Sequence[int], i: int) -> bool:
    """Whether the full stop token ``i`` closes an abbreviation (``د.``, ``أ.د.``, ``U.S.``)."""
    if texts[i] != "." or i == 0 or ends[i - 1] != starts[i]:
        return False
    j = i - 1
    # The abbreviation is the run of tokens glued to the full stop: "د", "أ.د", "U.S".
    while j > 0 and ends[j - 1] == starts[j] and i - j < 8:
        j -= 1
    candidate = normalize(text[starts[j] : starts[i]])
    if candidate in abbreviations():
        return True
    # A single capital Latin letter followed by a full stop is an initial ("J. Smith").
    return len(candidate) == 1 and candidate.isupper()


def _inside_number(text: str, texts: Sequence[str], starts: Sequence[int], ends: Sequence[int], i: int) -> bool:
    """Whether the full stop token ``i`` sits between digits with no space («1.340.7 مليار»).

    The tokenizer keeps «1.340» whole and leaves the second stop of a number written with
    thousands dots and a decimal dot on its own; it ends no sentence.
    """
    if texts[i] != "." or i == 0 or i + 1 >= len(texts):
        return False
    if ends[i - 1] != starts[i] or starts[i + 1] != ends[i]:
        return False
    return text[ends[i - 1] - 1].isdigit() and text[starts[i + 1]].isdigit()


def split_sentences(text: str, tokens: Sequence[Token]) -> tuple[Sentence, ...]:
    """Group ``tokens`` of ``text`` into sentences."""
    # The columns, not Token objects: a TokenTable would build one for each tokens[i].
    texts, kinds = token_texts(tokens), token_kinds(tokens)
    starts, ends = token_starts(tokens), token_ends(tokens)
    sentences: list[Sentence] = []
    n = len(texts)
    first = 0
    open_quotes: list[str] = []
    done = -1  # the last token read (a stop reads the closing marks after it)
    # Only these tokens can end a sentence or open or close a quote: punctuation, a closing mark
    # whatever its kind, and a token followed by a line break (white space belongs to no token, so
    # a break lies between the tokens that start before and after it). The others are not read.
    breaks = {bisect_right(starts, m.start()) - 1 for m in _LINE_BREAK.finditer(text)}
    marks = [i for i, (kind, tok) in enumerate(zip(kinds, texts, strict=True)) if kind == "punct" or tok in _CLOSING]
    for i in sorted(breaks.union(marks)):
        if i <= done:
            continue  # a closing mark read with its stop; a break before the first token
        tok, kind = texts[i], kinds[i]
        boundary_after = None  # index of the last token of a sentence ending here
        if tok in _OPENING and kind == "punct":
            open_quotes.append(_OPENING[tok])
        elif open_quotes and tok == open_quotes[-1]:
            open_quotes.pop()
        elif tok == '"' and not open_quotes:
            open_quotes.append('"')
        if (
            _is_terminator(kind, tok)
            and not _abbreviation_before(text, texts, starts, ends, i)
            and not _inside_number(text, texts, starts, ends, i)
        ):
            j = i
            # The closing quotes and brackets right after the stop belong to this sentence.
            while j + 1 < n and texts[j + 1] in _CLOSING and starts[j + 1] == ends[j]:
                j += 1
                if open_quotes and texts[j] == open_quotes[-1]:
                    open_quotes.pop()
            nxt = j + 1 if j + 1 < n else None
            if nxt is None:
                boundary_after = j
            elif open_quotes:
                # Inside a quote only a strong stop followed by more of the quote ends a sentence.
                if _STRONG.fullmatch(tok) and texts[nxt] not in _CLOSING and not _is_terminator(kinds[nxt], texts[nxt]):
                    boundary_after = j
            elif not (kinds[nxt] == "word" and _LOWER_LATIN.match(texts[nxt])) and not _is_terminator(
                kinds[nxt], texts[nxt]
            ):
                boundary_after = j
            i = j
        if boundary_after is None and i + 1 < n and "\n" in text[ends[i] : starts[i + 1]]:
            boundary_after = i
            open_quotes.clear()  # a quote does not run across a line break
        if boundary_after is not None:
            s, e = starts[first], ends[boundary_after]
            sentences.append(Sentence(text[s:e], s, e))
            first = boundary_after + 1
        done = i
    if first < n:
        s, e = starts[first], ends[n - 1]
        sentences.append(Sentence(text[s:e], s, e))
    return tuple(sentences)


class SentenceStage:
    """The ``sentences`` stage: adds the ``sentences`` layer from the tokens."""

    name: ClassVar[str] = "sentences"
    requires: ClassVar[tuple[str, ...]] = ("tokens",)
    provides: ClassVar[tuple[str, ...]] = ("sentences",)
    trusted: ClassVar[bool] = True

    __slots__ = ()

    def __call__(self, doc: Document, /) -> Document:
        return doc.with_layer("sentences", split_sentences(doc.text, doc.tokens), validate=False)

    def __repr__(self) -> str:
        return "SentenceStage()"
