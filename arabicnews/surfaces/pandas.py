"""The pandas export of Documents: one DataFrame row per annotation of a layer, for one document or many.

pandas is imported only when :func:`to_pandas` is called, and is typed ``Any`` here so that
type-checking arabicnews does not need it installed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from arabicnews.core.document import Document
from arabicnews.core.serialize import builtin_types
from arabicnews.model.spans import is_span
from arabicnews.surfaces.claims import CLAIM_COLUMNS, claim_rows
from arabicnews.surfaces.extras import require
from arabicnews.surfaces.schema import _LAYER_TYPES

__all__ = ["to_pandas"]


def _flatten(item: Any, prefix: str = "") -> dict[str, Any]:
    """One row: the fields of ``item``; a nested annotation spreads into ``<field>_<its field>``
    columns, a tuple of annotations becomes a tuple of their texts (forms for clitic segments)."""
    row: dict[str, Any] = {}
    for f in attrs.fields(type(item)):
        value = getattr(item, f.name)
        name = prefix + f.name
        if is_span(value):
            row.update(_flatten(value, name + "_"))
        elif attrs.has(type(value)):
            row.update({f"{name}_{k}": v for k, v in attrs.asdict(value, recurse=False).items()})
        elif isinstance(value, tuple) and value and all(is_span(v) for v in value):
            row[name] = tuple(getattr(v, "form", v.text) for v in value)
        else:
            row[name] = value
    return row


def _layer_rows(doc: Document, layer: str) -> list[dict[str, Any]]:
    if layer == "claims":
        return [{k: v for k, v in row.items() if k != "doc_id"} for row in claim_rows(doc)]
    return [_flatten(item) for item in doc.layer(layer)]


def _empty_columns(layer: str) -> list[str]:
    if layer == "claims":
        return [c for c in CLAIM_COLUMNS if c != "doc_id"]
    cls = builtin_types().get(_LAYER_TYPES.get(layer, ""))
    return [f.name for f in attrs.fields(cls)] if cls is not None else ["text", "start", "end"]


def _documents(docs: Iterable[Document | tuple[Any, Document]]) -> Iterator[tuple[Any, Document]]:
    for n, item in enumerate(docs):
        if isinstance(item, Document):
            yield n, item
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Document):
            yield item[0], item[1]
        else:
            raise TypeError(
                f"to_pandas: item {n} is a {type(item).__name__}; give Documents or (document id, Document) pairs"
            )


def to_pandas(docs: Document | Iterable[Document | tuple[Any, Document]], layer: str) -> Any:
    """A DataFrame with one row per annotation of ``layer`` (``"claims"`` for the claims table).

    ``docs`` is one Document, or many: an iterable of Documents (their ids are their positions,
    0, 1, ...) or of ``(document id, Document)`` pairs; with many, the first column, ``doc_id``,
    says which document each row comes from. Columns are the annotation's fields in order; nested
    annotations are spread into prefixed columns (an attribution's ``cue_text``, ``cue_start``,
    ``content_text``, ...), tuples of annotations become tuples of their texts (a token's
    ``segments`` as restored forms). ``"claims"`` gives one row per figure given by a source, with
    the columns of :data:`arabicnews.surfaces.claims.CLAIM_COLUMNS` (who gives it, the cue, the
    attribution's kind, the figure's value, bounds, qualifier, kind and unit, its sentence). Exact
    numbers (``Fraction``, ``Decimal``) stay Python objects. An empty result has the columns of
    the layer's annotation class. Needs the ``pandas`` extra (``pip install -e '.[pandas]'``).
    """
    pd = require("pandas", "pandas")
    if isinstance(docs, Document):
        rows = _layer_rows(docs, layer)
        return pd.DataFrame(rows) if rows else pd.DataFrame(columns=_empty_columns(layer))
    if isinstance(docs, str) or not isinstance(docs, Iterable):
        raise TypeError(f"to_pandas takes a Document or an iterable of Documents, not {type(docs).__name__}")
    rows = []
    for doc_id, doc in _documents(docs):
        rows.extend({"doc_id": doc_id, **row} for row in _layer_rows(doc, layer))
    return pd.DataFrame(rows) if rows else pd.DataFrame(columns=["doc_id", *_empty_columns(layer)])
