"""Old import path, kept working: the names now live in :mod:`arabicnews.model.spans`."""

from arabicnews.model.spans import (
    Annotation as Annotation,
    PackedToken as PackedToken,
    Segment as Segment,
    SegmentRole as SegmentRole,
    Sentence as Sentence,
    Span as Span,
    Token as Token,
    TokenKind as TokenKind,
    annotation_fields as annotation_fields,
    is_span as is_span,
    nested_spans as nested_spans,
    pack_tokens as pack_tokens,
    unpack_tokens as unpack_tokens,
)

__all__ = [
    "Annotation",
    "PackedToken",
    "Segment",
    "SegmentRole",
    "Sentence",
    "Span",
    "Token",
    "TokenKind",
    "annotation_fields",
    "is_span",
    "nested_spans",
    "pack_tokens",
    "unpack_tokens",
]
