"""The tokenizer: raw news text to tokens with kinds, normalised forms and clitic segments.

Tokens cover every character of the text except white space and invisible format characters
(bidi marks, zero-width joiners) between tokens; a format character inside a word stays in it.
"""

from __future__ import annotations

from functools import lru_cache
from sys import intern
from typing import ClassVar

import regex

from arabicnews.arabic.clitics import CliticSegmenter, default_segmenter
from arabicnews.arabic.letters import PREPOSITIONS, PROCLITIC_LETTERS
from arabicnews.core.document import Document
from arabicnews.core.normalize import normalize
from arabicnews.model.spans import Segment, Token, TokenKind

GAP = regex.compile(r"[\s\p{Cf}]")
"""The characters that separate tokens and belong to none: white space and format characters."""

_AR = r"[[\p{Arabic}\p{M}\u0640]--\p{Cf}]"  # Arabic letter, mark or tatweel; not a format sign
_JOIN = r"[\u200c\u200d\u200e\u200f\u061c]"  # format characters that may stand inside a word
_NUMPRE = f"[{PROCLITIC_LETTERS}][{PREPOSITIONS}]?"  # proclitics before digits: «و5», «وب5»
_NUM = r"\d{1,3}(?:[,٬]\d{3})+(?:[.٫]\d+)?|\d+(?:[.٫]\d+)?"

_TOKEN = regex.compile(
    rf"""
    (?P<url>(?:https?://|www\.)[^\s\p{{Cf}}«»"'<>]*[^\s\p{{Cf}}«»"'<>.,،؛:;!?؟)\]}}])
  | (?P<email>(?<![\p{{L}}\p{{M}}\p{{N}}._%+-])[\p{{L}}\p{{N}}._%+-]+@[\p{{L}}\p{{N}}-]+(?:\.[\p{{L}}\p{{N}}-]+)+)
  | (?P<mention>@[\p{{L}}\p{{M}}\p{{N}}_]+)
  | (?P<hashtag>\#[\p{{L}}\p{{M}}\p{{N}}_]+)
  | (?P<number>(?P<numpre>(?<![\p{{L}}\p{{M}}\u0640]){_NUMPRE}\u0640?)?(?P<digits>{_NUM})(?P<percent>[%٪])?)
  | (?P<word>{_AR}+(?:{_JOIN}+{_AR}+)*)
  | (?P<latin>[\p{{L}}\p{{M}}][\p{{L}}\p{{M}}\p{{N}}]*(?:['’][\p{{L}}\p{{M}}]+)*)
  | (?P<punct>\p{{P}})  # a run of the same mark is extended in Python (no backtracking stack)
  | (?P<symbol>\p{{S}}\p{{M}}*)
  | (?P<other>[^\s\p{{Cf}}])
    """,
    regex.VERBOSE | regex.V1,
)

_KIND: dict[str, TokenKind] = {
    "url": "url",
    "email": "email",
    "mention": "mention",
    "hashtag": "hashtag",
    "number": "number",
    "word": "word",
    "latin": "word",
    "punct": "punct",
    "symbol": "symbol",
    "other": "other",
}


# News text repeats its words: normalising each distinct token once saves a fifth of the tokenizer.
_normalize_token = lru_cache(maxsize=1 << 16)(normalize)


class Tokenizer:
    """Split text into :class:`~arabicnews.model.spans.Token` objects, segmenting Arabic words."""

    __slots__ = ("segmenter",)

    def __init__(self, segmenter: CliticSegmenter | None = None) -> None:
        self.segmenter = segmenter

    def __call__(self, text: str) -> tuple[Token, ...]:
        """Tokenize ``text``."""
        segmenter = self.segmenter or default_segmenter()
        tokens: list[Token] = []
        append = tokens.append
        norm = _normalize_token
        search = _TOKEN.search
        n = len(text)
        pos = 0
        while (m := search(text, pos)) is not None:
            start, end = m.span()
            group = m.lastgroup  # the outermost named group closes last, so this names the kind
            if group == "punct":
                mark = text[start]
                while end < n and text[end] == mark:
                    end += 1
            pos = end
            tok = intern(text[start:end])  # one string per distinct token text, however often it recurs
            if group == "word":
                append(Token(tok, start, end, "word", norm(tok), segmenter.segment(tok, start)))
            elif group == "number":
                append(Token(tok, start, end, "number", norm(tok), _number_segments(m)))
            else:
                kind = _KIND[group or _group_of(m)]
                append(Token(tok, start, end, kind, norm(tok), (Segment(tok, start, end, "stem"),)))
        return tuple(tokens)


def _group_of(m: regex.Match[str]) -> str:
    for name in ("url", "email", "mention", "hashtag", "latin", "punct", "symbol", "other"):
        if m.group(name) is not None:
            return name
    raise AssertionError("unreachable: the token pattern always matches one group")  # pragma: no cover


def _number_segments(m: regex.Match[str]) -> tuple[Segment, ...]:
    segs: list[Segment] = []
    if m.group("numpre"):
        s, e = m.span("numpre")
        pre = m.group("numpre")
        letters = pre.replace("\u0640", "")
        # One segment per proclitic letter; a tatweel after them stays with the last one.
        pos = s
        for i, _ in enumerate(letters):
            seg_end = pos + 1 if i < len(letters) - 1 else e
            segs.append(Segment(pre[pos - s : seg_end - s], pos, seg_end, "proclitic", letters[i]))
            pos = seg_end
    s, e = m.span("digits")
    segs.append(Segment(m.group("digits"), s, e, "stem"))
    if m.group("percent"):
        s, e = m.span("percent")
        segs.append(Segment(m.group("percent"), s, e, "suffix"))
    return tuple(segs)


class TokenizerStage:
    """The ``tokens`` stage: adds the ``tokens`` layer."""

    name: ClassVar[str] = "tokens"
    requires: ClassVar[tuple[str, ...]] = ()
    provides: ClassVar[tuple[str, ...]] = ("tokens",)
    trusted: ClassVar[bool] = True

    __slots__ = ("tokenizer",)

    def __init__(self, tokenizer: Tokenizer | None = None) -> None:
        self.tokenizer = tokenizer or Tokenizer()

    def __call__(self, doc: Document, /) -> Document:
        return doc.with_layer("tokens", self.tokenizer(doc.text), validate=False)

    def __repr__(self) -> str:
        return "TokenizerStage()"


def tokenize(text: str) -> tuple[Token, ...]:
    """Tokenize ``text`` with the default tokenizer (a convenience for one-off use)."""
    return Tokenizer()(text)
