"""The pandas export of a Document: one DataFrame row per annotation of a layer.

pandas is imported only when :func:`to_pandas` is called, and is typed ``Any`` here so that
type-checking arabicnews does not need it installed.
"""

from __future__ import annotations

from typing import Any

import attrs

from arabicnews.core.document import Document
from arabicnews.core.serialize import builtin_types
from arabicnews.model.spans import is_span
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


def _claim_rows(doc: Document) -> list[dict[str, Any]]:
    return [
        {
            "source": c.source,
            "cue": c.cue,
            "text": c.quantity.text,
            "start": c.quantity.start,
            "end": c.quantity.end,
            "kind": c.quantity.kind,
            "qualifier": c.quantity.qualifier,
            "value": c.quantity.value,
            "low": c.quantity.low,
            "high": c.quantity.high,
            "unit": c.quantity.unit,
            "content": c.content,
        }
        for c in doc.claims()
    ]


def to_pandas(doc: Document, layer: str) -> Any:
    """A DataFrame with one row per annotation of ``layer`` (``"claims"`` for :meth:`Document.claims`).

    Columns are the annotation's fields in order; nested annotations are spread into prefixed
    columns (an attribution's ``cue_text``, ``cue_start``, ``content_text``, ...), tuples of
    annotations become tuples of their texts (a token's ``segments`` as restored forms). Exact
    numbers (``Fraction``, ``Decimal``) stay Python objects. An empty layer gives an empty frame
    with the columns of its annotation class. Needs the ``pandas`` extra
    (``pip install 'arabicnews[pandas]'``).
    """
    pd = require("pandas", "pandas")
    if layer == "claims":
        rows = _claim_rows(doc)
        columns = ["source", "cue", "text", "start", "end", "kind", "qualifier", "value", "low", "high"]
        return pd.DataFrame(rows, columns=[*columns, "unit", "content"] if not rows else None)
    items = doc.layer(layer)
    if items:
        return pd.DataFrame([_flatten(item) for item in items])
    cls = builtin_types().get(_LAYER_TYPES.get(layer, ""))
    names = [f.name for f in attrs.fields(cls)] if cls is not None else ["text", "start", "end"]
    return pd.DataFrame(columns=names)
