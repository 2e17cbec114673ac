"""The columnar token layer: a document's tokens held as arrays, :class:`Token` objects made on access.

The tokenizer's output used to be a tuple of frozen :class:`~arabicnews.model.spans.Token` objects,
each with a tuple of :class:`~arabicnews.model.spans.Segment` objects; building them was more than
half of the tokens stage, and most of them were never looked at (83 % of tokens have one segment
that repeats the token). A :class:`TokenTable` keeps the same information as columns, as spaCy's
``Doc`` keeps ``TokenC`` structs and hands out ``Token`` views:

- ``starts`` and ``ends``: the offsets, as ``array('q')``;
- ``kind_codes``: one byte per token, an index into :data:`KINDS`;
- ``norms``: the normalised forms, references into the tokenizer's interned table (one string
  per distinct token, shared by every occurrence);
- ``parts``: the clitic cut points of each token, relative to its start, as ``(start, end, role,
  text, form)`` tuples shared by every occurrence of a word, or ``None`` for a token that is its
  own single stem segment (its segments are then made only when the token is).

A TokenTable *is* a ``tuple[Token, ...]`` for every reader: indexing (negative too), slicing (a
plain tuple), iteration, ``len``, ``in``, ``count``/``index``, ``+``, equality and hashing with a
tuple of equal Tokens, pickling. Each access builds new Token objects (equal, not identical, to the
last ones); stages that read every token use the columns instead (:func:`token_starts`,
:func:`token_texts`, ...), which work on any sequence of Tokens.
"""

from __future__ import annotations

import operator
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, SupportsIndex, cast, overload

from arabicnews.model.spans import Annotation, PackedToken, Segment, SegmentRole, Token, TokenKind

KINDS: tuple[TokenKind, ...] = ("word", "number", "punct", "symbol", "url", "email", "hashtag", "mention", "other")
"""Every token kind, in the order of their codes in :attr:`TokenTable.kind_codes`."""

KIND_CODES: dict[str, int] = {kind: code for code, kind in enumerate(KINDS)}
"""The code of each kind in :attr:`TokenTable.kind_codes`."""

Part = tuple[int, int, SegmentRole, str, str]
"""A clitic segment relative to its token: start, end (from the token's start), role, text, form."""

Parts = tuple[Part, ...]
"""A token's segments relative to its start; ``None`` stands for the one stem segment that is the token."""


class TokenTable(tuple[Token, ...]):
    """A document's tokens as columns, behaving as the immutable ``tuple[Token, ...]`` they stand for.

    The tuple storage itself is empty: every tuple operation is answered from the columns (a
    subclass of tuple so that code and type annotations written for ``tuple[Token, ...]`` keep
    working). Build one with :meth:`from_tokens`, :meth:`unpack`, or the tokenizer.
    """

    _text: str
    _starts: array[int]
    _ends: array[int]
    _kinds: bytes
    _norms: tuple[str, ...]
    _parts: tuple[Parts | None, ...]
    _texts: tuple[str, ...]

    def __new__(
        cls,
        text: str,
        starts: Iterable[int],
        ends: Iterable[int],
        kind_codes: bytes,
        norms: Iterable[str],
        parts: Iterable[Parts | None],
        texts: Iterable[str] | None = None,
    ) -> TokenTable:
        self = super().__new__(cls)
        self._text = text
        self._starts = starts if isinstance(starts, array) else array("q", starts)
        self._ends = ends if isinstance(ends, array) else array("q", ends)
        self._kinds = bytes(kind_codes)
        self._norms = tuple(norms)
        self._parts = tuple(parts)
        n = len(self._starts)
        if not (len(self._ends) == len(self._kinds) == len(self._norms) == len(self._parts) == n):
            raise ValueError("the columns of a TokenTable must all have one entry per token")
        # The token texts are kept (one shared string per distinct token, from the tokenizer): the
        # stages look them up in dictionaries, where a string met before is found faster.
        self._texts = (
            tuple(text[s:e] for s, e in zip(self._starts, self._ends, strict=True)) if texts is None else tuple(texts)
        )
        if len(self._texts) != n:
            raise ValueError("the columns of a TokenTable must all have one entry per token")
        return self

    # -- the columns ------------------------------------------------------------------------------

    @property
    def text(self) -> str:
        """The document text the offsets point into."""
        return self._text

    @property
    def starts(self) -> array[int]:
        """Each token's start offset (do not modify: the array is the table's own)."""
        return self._starts

    @property
    def ends(self) -> array[int]:
        """Each token's end offset (do not modify: the array is the table's own)."""
        return self._ends

    @property
    def kind_codes(self) -> bytes:
        """Each token's kind as an index into :data:`KINDS`."""
        return self._kinds

    @property
    def kinds(self) -> list[TokenKind]:
        """Each token's kind."""
        return list(map(KINDS.__getitem__, self._kinds))

    @property
    def norms(self) -> tuple[str, ...]:
        """Each token's normalised form."""
        return self._norms

    @property
    def parts(self) -> tuple[Parts | None, ...]:
        """Each token's clitic segments relative to its start (``None``: one stem segment, the token)."""
        return self._parts

    def texts(self) -> tuple[str, ...]:
        """Each token's text."""
        return self._texts

    # -- tokens on access -------------------------------------------------------------------------

    def token(self, i: int) -> Token:
        """Token ``i`` (``0 <= i < len(self)``), built now."""
        s = self._starts[i]
        e = self._ends[i]
        t = self._texts[i]
        parts = self._parts[i]
        segs = (
            (Segment(t, s, e, "stem", t),)
            if parts is None
            else tuple(Segment(st, s + a, s + b, role, form) for a, b, role, st, form in parts)
        )
        return Token(t, s, e, KINDS[self._kinds[i]], self._norms[i], segs)

    def _range(self, lo: int, hi: int, step: int = 1) -> Iterator[Token]:
        starts, ends, kinds, norms, parts, texts = (
            self._starts,
            self._ends,
            self._kinds,
            self._norms,
            self._parts,
            self._texts,
        )
        for i in range(lo, hi, step):
            s = starts[i]
            e = ends[i]
            t = texts[i]
            p = parts[i]
            segs = (
                (Segment(t, s, e, "stem", t),)
                if p is None
                else tuple(Segment(st, s + a, s + b, role, form) for a, b, role, st, form in p)
            )
            yield Token(t, s, e, KINDS[kinds[i]], norms[i], segs)

    def __len__(self) -> int:
        return len(self._starts)

    def __bool__(self) -> bool:
        return len(self._starts) > 0

    @overload
    def __getitem__(self, key: SupportsIndex) -> Token: ...
    @overload
    def __getitem__(self, key: slice) -> tuple[Token, ...]: ...
    def __getitem__(self, key: SupportsIndex | slice) -> Token | tuple[Token, ...]:
        n = len(self._starts)
        if isinstance(key, slice):
            return tuple(self._range(*key.indices(n)))
        i = operator.index(key)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("tuple index out of range")
        return self.token(i)

    def __iter__(self) -> Iterator[Token]:
        return self._range(0, len(self._starts))

    def __reversed__(self) -> Iterator[Token]:
        return self._range(len(self._starts) - 1, -1, -1)

    def __contains__(self, item: object) -> bool:
        if type(item) is not Token:
            return any(tok == item for tok in self)
        # Only the token at the same offsets can equal it.
        return any(self.token(i) == item for i in self._positions(item.start, item.end))

    def _positions(self, start: int, end: int) -> Iterator[int]:
        return (i for i, (s, e) in enumerate(zip(self._starts, self._ends, strict=True)) if s == start and e == end)

    def count(self, value: Any) -> int:
        return sum(1 for tok in self if tok == value)

    def index(self, value: Any, start: SupportsIndex = 0, stop: SupportsIndex = 2**63 - 1) -> int:
        lo, hi, _ = slice(start, stop).indices(len(self))
        for i, tok in enumerate(self._range(lo, hi), lo):
            if tok == value:
                return i
        raise ValueError("tuple.index(x): x not in tuple")

    # -- a tuple for every other reader ----------------------------------------------------------

    def _same_columns(self, other: TokenTable) -> bool:
        return (
            self._starts == other._starts
            and self._ends == other._ends
            and self._kinds == other._kinds
            and self._norms == other._norms
            and self._parts == other._parts
            and self._texts == other._texts
        )

    def __eq__(self, other: object) -> bool:
        if other is self:
            return True
        if isinstance(other, TokenTable) and self._same_columns(other):
            return True
        if not isinstance(other, tuple) or len(other) != len(self):
            return False
        return all(a == b for a, b in zip(self, other, strict=True))

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __lt__(self, other: tuple[Any, ...]) -> bool:
        return tuple(self) < tuple(other)

    def __le__(self, other: tuple[Any, ...]) -> bool:
        return tuple(self) <= tuple(other)

    def __gt__(self, other: tuple[Any, ...]) -> bool:
        return tuple(self) > tuple(other)

    def __ge__(self, other: tuple[Any, ...]) -> bool:
        return tuple(self) >= tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))  # as the tuple of the same Tokens hashes

    def __add__(self, other: tuple[Any, ...]) -> tuple[Any, ...]:
        if not isinstance(other, tuple):
            return NotImplemented
        return (*self, *other)

    def __radd__(self, other: tuple[Any, ...]) -> tuple[Any, ...]:
        if not isinstance(other, tuple):
            return NotImplemented
        return (*other, *self)

    def __mul__(self, n: SupportsIndex) -> tuple[Token, ...]:
        return tuple(self) * n

    def __rmul__(self, n: SupportsIndex) -> tuple[Token, ...]:
        return tuple(self) * n

    def __repr__(self) -> str:
        return repr(tuple(self))

    def __copy__(self) -> TokenTable:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> TokenTable:
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (TokenTable, (self._text, self._starts, self._ends, self._kinds, self._norms, self._parts))

    # -- conversions ------------------------------------------------------------------------------

    @classmethod
    def from_tokens(cls, text: str, tokens: Iterable[Any]) -> TokenTable | None:
        """The table of ``tokens`` (plain :class:`Token` objects of ``text``), or ``None`` when one of
        them is something else (a subclass, another kind, a text that is not ``text[start:end]``)."""
        starts: list[int] = []
        ends: list[int] = []
        kinds = bytearray()
        norms: list[str] = []
        parts: list[Parts | None] = []
        for tok in tokens:
            if type(tok) is not Token or tok.kind not in KIND_CODES:
                return None
            s, e, t = tok.start, tok.end, tok.text
            if type(s) is not int or type(e) is not int or text[s:e] != t or type(tok.norm) is not str:
                return None
            segs = tok.segments
            if type(segs) is not tuple or any(type(g) is not Segment for g in segs):
                return None
            starts.append(s)
            ends.append(e)
            kinds.append(KIND_CODES[tok.kind])
            norms.append(tok.norm)
            parts.append(_parts_of(segs, t, s))
        return cls(text, starts, ends, bytes(kinds), norms, parts)

    def packed(self) -> tuple[PackedToken, ...]:
        """The tokens as :func:`~arabicnews.model.spans.pack_tokens` packs them (the pickle format)."""
        out: list[PackedToken] = []
        append = out.append
        for s, e, k, norm, p in zip(self._starts, self._ends, self._kinds, self._norms, self._parts, strict=True):
            if p is None:
                segs: tuple[tuple[int, int, str, str | None], ...] = ((s, e, "stem", None),)
            else:
                segs = tuple((s + a, s + b, role, None if form == st else form) for a, b, role, st, form in p)
            append((s, e, KINDS[k], norm, segs))
        return tuple(out)

    @classmethod
    def unpack(cls, text: str, packed: Sequence[PackedToken]) -> TokenTable:
        """The table of the tokens :meth:`packed` (or :func:`~arabicnews.model.spans.pack_tokens`) packed."""
        starts: list[int] = []
        ends: list[int] = []
        kinds = bytearray()
        norms: list[str] = []
        parts: list[Parts | None] = []
        for s, e, kind, norm, segs in packed:
            starts.append(s)
            ends.append(e)
            kinds.append(KIND_CODES[kind])
            norms.append(norm)
            if len(segs) == 1 and segs[0][0] == s and segs[0][1] == e and segs[0][2] == "stem" and segs[0][3] is None:
                parts.append(None)
            else:
                parts.append(
                    tuple(
                        (a - s, b - s, cast(SegmentRole, role), text[a:b], text[a:b] if form is None else form)
                        for a, b, role, form in segs
                    )
                )
        return cls(text, starts, ends, bytes(kinds), norms, parts)

    def is_sorted(self) -> bool:
        """Whether the tokens are in ``(start, end)`` order, as a Document keeps a layer."""
        starts, ends = self._starts, self._ends
        plain = starts.tolist()
        if plain == sorted(plain) and len(set(plain)) == len(plain):
            return True  # strictly increasing starts (a tokenizer's), checked in C
        for i in range(1, len(starts)):
            a, b = starts[i - 1], starts[i]
            if a > b or (a == b and ends[i - 1] > ends[i]):
                return False
        return True


def _parts_of(segs: tuple[Segment, ...], text: str, start: int) -> Parts | None:
    """``segs`` relative to their token (``text`` at ``start``): ``None`` for the one stem segment that is the token."""
    if len(segs) == 1:
        g = segs[0]
        if g.start == start and g.text == text and g.role == "stem" and g.form == text and g.end == start + len(text):
            return None
    return tuple((g.start - start, g.end - start, g.role, g.text, g.form) for g in segs)


def parts_of(segs: tuple[Segment, ...], text: str, start: int) -> Parts | None:
    """The segments of a token (``text`` at ``start``) as a :class:`TokenTable` keeps them."""
    return _parts_of(segs, text, start)


# -- columns of any sequence of tokens ----------------------------------------------------------------
# Stages read these rather than building every Token of a TokenTable; on a plain tuple of Tokens
# they read the attributes.


def token_starts(tokens: Sequence[Annotation]) -> Sequence[int]:
    """Each token's start offset."""
    # A list: indexing an array makes a new int object each time.
    return tokens.starts.tolist() if isinstance(tokens, TokenTable) else [t.start for t in tokens]


def token_ends(tokens: Sequence[Annotation]) -> Sequence[int]:
    """Each token's end offset."""
    return tokens.ends.tolist() if isinstance(tokens, TokenTable) else [t.end for t in tokens]


def token_kinds(tokens: Sequence[Token]) -> Sequence[TokenKind]:
    """Each token's kind."""
    return tokens.kinds if isinstance(tokens, TokenTable) else [t.kind for t in tokens]


def token_norms(tokens: Sequence[Token]) -> Sequence[str]:
    """Each token's normalised form."""
    return tokens.norms if isinstance(tokens, TokenTable) else [t.norm for t in tokens]


def token_texts(tokens: Sequence[Token]) -> Sequence[str]:
    """Each token's text."""
    return tokens.texts() if isinstance(tokens, TokenTable) else [t.text for t in tokens]


class _BuiltOnce(Sequence[Token]):
    """A TokenTable whose ``tokens[i]`` builds each Token once, on first access, and keeps it."""

    __slots__ = ("_built", "_table")

    def __init__(self, table: TokenTable) -> None:
        self._table = table
        self._built: list[Token | None] = [None] * len(table)

    def __len__(self) -> int:
        return len(self._built)

    @overload
    def __getitem__(self, key: int) -> Token: ...
    @overload
    def __getitem__(self, key: slice) -> tuple[Token, ...]: ...
    def __getitem__(self, key: int | slice) -> Token | tuple[Token, ...]:
        if isinstance(key, slice):
            return self._table[key]
        tok = self._built[key]
        if tok is None:
            tok = self._built[key] = self._table[key]
        return tok


def tokens_built_once(tokens: Sequence[Token]) -> Sequence[Token]:
    """``tokens`` for code that reads some tokens many times: a TokenTable builds each one once."""
    return _BuiltOnce(tokens) if isinstance(tokens, TokenTable) else tokens


def split_token_segments(tokens: Sequence[Token]) -> list[tuple[int, int, Parts]]:
    """Each token with more than one segment (or none): its index, its start and its segments relative
    to that start (as :attr:`TokenTable.parts` holds them, shared by every occurrence of a word), read
    from the columns of a TokenTable (the other tokens are not built)."""
    if isinstance(tokens, TokenTable):
        starts = tokens.starts
        return [(i, starts[i], p) for i, p in enumerate(tokens.parts) if p is not None and len(p) != 1]
    return [
        (i, t.start, tuple((g.start - t.start, g.end - t.start, g.role, g.text, g.form) for g in t.segments))
        for i, t in enumerate(tokens)
        if len(t.segments) != 1
    ]


__all__ = [
    "KINDS",
    "KIND_CODES",
    "Part",
    "Parts",
    "TokenTable",
    "parts_of",
    "split_token_segments",
    "token_ends",
    "token_kinds",
    "token_norms",
    "token_starts",
    "token_texts",
    "tokens_built_once",
]
