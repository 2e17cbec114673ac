"""The annotation types of the foundation layers: spans, tokens, clitic segments, sentences.

Every annotation is an immutable attrs class with half-open ``[start, end)`` character offsets into
the original text of its Document and the ``text`` found there, so
``doc.text[a.start:a.end] == a.text`` holds for every annotation of every layer.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Literal, Protocol, runtime_checkable

import attrs
from attrs import field, frozen

TokenKind = Literal["word", "number", "punct", "symbol", "url", "email", "hashtag", "mention", "other"]
"""What a token is: an Arabic or Latin ``word``, a ``number`` (digits of any system, with separators,
decimal point and percent sign), ``punct``, ``symbol`` (currency signs, emoji, math), a ``url``, an
``email``, a ``hashtag``, a ``mention``, or ``other`` (control characters and anything unclassified)."""

SegmentRole = Literal["proclitic", "stem", "enclitic", "suffix"]
"""The part a segment plays in its token: a ``proclitic`` (و ف ب ل ك س), the ``stem`` (with the
article ال when there is one, as Universal Dependencies keeps it), a pronoun ``enclitic``, or a
non-word ``suffix`` such as the percent sign of ``50%``."""


@runtime_checkable
class Annotation(Protocol):
    """What every annotation has: the text it covers and its offsets into the original text."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


@frozen
class Span:
    """A plain labelled span, for stages that need nothing richer."""

    text: str
    start: int
    end: int
    label: str = ""


@frozen
class Segment:
    """One clitic segment of a token: real characters of the token, and the word they stand for.

    ``form`` is the word with any letters the writing dropped restored: in ``للأحياء`` the segment
    ``لأحياء`` has the form ``الأحياء``. It equals ``text`` when nothing was restored.
    """

    text: str
    start: int
    end: int
    role: SegmentRole
    form: str = field()

    @form.default
    def _form_default(self) -> str:
        return self.text


@frozen
class Token:
    """A token of the original text, with its normalised form and its clitic segments.

    ``norm`` is the text under :func:`arabicnews.core.normalize.normalize` (alef forms, ى/ي, ة/ه, hamza
    seats, no diacritics or tatweel, Western digits); ``segments`` tile the token from ``start`` to
    ``end`` (a single stem segment when nothing splits off).
    """

    text: str
    start: int
    end: int
    kind: TokenKind
    norm: str
    segments: tuple[Segment, ...]

    @property
    def stem(self) -> Segment:
        """The stem segment (the token itself when it has no clitics)."""
        for seg in self.segments:
            if seg.role == "stem":
                return seg
        return self.segments[-1]

    @property
    def words(self) -> tuple[str, ...]:
        """The syntactic words of the token, clitics split, letters restored (UD-style words)."""
        return tuple(seg.form for seg in self.segments)


@frozen
class Sentence:
    """A sentence: the text from its first token to its last, with offsets."""

    text: str
    start: int
    end: int


def sentence_token_ranges(tokens: Sequence[Annotation], sentences: Sequence[Annotation]) -> list[tuple[int, int]]:
    """For each sentence, the ``[first, last)`` indices of the tokens that start inside it.

    Both layers are read in order (as a Document keeps them, sorted by offset), and each token goes
    to one sentence at most: a token that starts before a sentence and after the previous one
    (outside every sentence) is in no range, so the tokens between ``ranges[k - 1][1]`` and
    ``ranges[k][0]`` are strays, and so are those from ``ranges[-1][1]`` on. A sentence with no
    token starting inside it has an empty range (``first == last``).
    """
    # The starts alone: a TokenTable has them as a column (and would build a Token per tokens[i]).
    from arabicnews.model.columns import token_starts  # the columns module builds on this one

    starts = token_starts(tokens)
    ranges: list[tuple[int, int]] = []
    n = len(starts)
    i = 0
    for sent in sentences:
        s, e = sent.start, sent.end
        while i < n and starts[i] < s:
            i += 1
        first = i
        while i < n and starts[i] < e:
            i += 1
        ranges.append((first, i))
    return ranges


PackedToken = tuple[int, int, str, str, tuple[tuple[int, int, str, str | None], ...]]
"""A token as plain values: start, end, kind, norm and its segments (start, end, role, and the form,
``None`` when it equals the segment's text); the texts are slices of the document's text."""


def pack_tokens(tokens: tuple[Any, ...]) -> tuple[PackedToken, ...] | None:
    """``tokens`` as plain values for pickling (``None`` unless every item is a plain Token with plain Segments).

    Unpickling a few hundred thousand small objects field by field is what makes passing analysed
    documents between processes slow; plain tuples load several times faster, and
    :func:`unpack_tokens` builds the objects again in one pass.
    """
    out: list[PackedToken] = []
    append = out.append
    for tok in tokens:
        if type(tok) is not Token:
            return None
        segs = []
        for seg in tok.segments:
            if type(seg) is not Segment:
                return None
            segs.append((seg.start, seg.end, seg.role, None if seg.form == seg.text else seg.form))
        append((tok.start, tok.end, tok.kind, tok.norm, tuple(segs)))
    return tuple(out)


def unpack_tokens(text: str, packed: tuple[PackedToken, ...]) -> tuple[Token, ...]:
    """The tokens :func:`pack_tokens` packed, their texts sliced from ``text`` (the document's text)."""
    return tuple(
        Token(
            text[start:end],
            start,
            end,
            kind,  # type: ignore[arg-type]
            norm,
            tuple(
                Segment(text[a:b], a, b, role, text[a:b] if form is None else form)  # type: ignore[arg-type]
                for a, b, role, form in segs
            ),
        )
        for start, end, kind, norm, segs in packed
    )


_PLAIN_TYPES = frozenset({str, int, float, bool, type(None)})


_FIELDS: dict[type, tuple[str, ...] | None] = {}


def annotation_fields(cls: type) -> tuple[str, ...] | None:
    """The field names of an annotation class (``None`` when ``cls`` is not one), computed once per class.

    A class is an annotation when it is an attrs class with ``text``, ``start`` and ``end`` (fields or
    properties); plain values such as str and int are never annotations.
    """
    if cls in _FIELDS:
        return _FIELDS[cls]
    found: tuple[str, ...] | None = None
    if cls not in _PLAIN_TYPES and attrs.has(cls):
        names = tuple(f.name for f in attrs.fields(cls))
        if all(a in names or hasattr(cls, a) for a in ("text", "start", "end")):
            found = names
    _FIELDS[cls] = found
    return found


def is_span(value: object) -> bool:
    """Whether ``value`` is an annotation: an attrs instance with ``text``, ``start`` and ``end``."""
    return annotation_fields(type(value)) is not None


def nested_spans(item: object) -> Iterator[tuple[str, Any]]:
    """The annotations held in ``item``'s fields, one level down, each with where it sits
    (``"segments[2]"``, ``"cue"``): a token's segments, an attribution's cue and sources, ..."""
    cls = type(item)
    if not attrs.has(cls):
        return
    for name in [f.name for f in attrs.fields(cls)]:
        value = getattr(item, name)
        if isinstance(value, tuple):
            for i, v in enumerate(value):
                if is_span(v):
                    yield f"{name}[{i}]", v
        elif is_span(value):
            yield name, value
