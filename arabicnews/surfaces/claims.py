"""The claims table: one row per figure given by a source, for a spreadsheet or a data frame.

One row per :class:`~arabicnews.model.attribution.Claim` (a quantity inside an attribution's
content), with the document's id, who gives the figure and how, the figure with its value and
bounds, and the sentence it is in. The same rows feed ``to_pandas(docs, "claims")`` and the
``arabicnews claims`` command (CSV or JSON Lines).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

from arabicnews.core.document import Document
from arabicnews.model.layers import SENTENCES

__all__ = ["CLAIM_COLUMNS", "claim_rows", "plain_number"]

CLAIM_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "source",
    "sources",
    "speaker",
    "relayed_by",
    "cue",
    "attribution_kind",
    "text",
    "start",
    "end",
    "value",
    "low",
    "high",
    "qualifier",
    "kind",
    "unit",
    "currency",
    "sentence",
    "content",
)
"""The columns of the claims table, in order.

``source`` is who gives the figure (the resolved speaker when there is one, else the sources as
written); ``sources`` the sources as written (dropped letters restored), joined by «، » (empty
for a pronoun or a dropped subject); ``speaker`` the name a source was resolved to (``None`` if
none); ``cue`` the reporting word; ``attribution_kind`` ``direct``, ``indirect``, ``mixed`` or ``according_to``;
``text`` ... ``currency`` the figure (its offsets in the document, exact value and bounds);
``sentence`` the text of the sentence the figure starts in (``None`` without a sentences layer);
``content`` what the source says.
"""


def _sentence_of(sentences: Sequence[Any], starts: Sequence[int], offset: int) -> str | None:
    k = bisect_right(starts, offset) - 1
    if k >= 0 and sentences[k].start <= offset < sentences[k].end:
        return str(sentences[k].text)
    return None


def claim_rows(doc: Document, doc_id: object = None) -> list[dict[str, Any]]:
    """The claims of ``doc``, one dictionary per figure with the keys of :data:`CLAIM_COLUMNS`.

    Values stay Python objects (``Fraction``, ``Decimal``); :func:`plain_number` writes them out.
    """
    sentences = doc.layer(SENTENCES) if doc.has_layer(SENTENCES) else ()
    starts = [s.start for s in sentences]
    rows = []
    for c in doc.claims():
        q, att = c.quantity, c.attribution
        rows.append(
            {
                "doc_id": doc_id,
                "source": c.source,
                "sources": "، ".join(s.form for s in att.sources),
                "speaker": att.speaker.name if att.speaker is not None else None,
                "relayed_by": "، ".join(o.source_name for o in c.outer) or None,
                "cue": c.cue,
                "attribution_kind": att.kind,
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "value": q.value,
                "low": q.low,
                "high": q.high,
                "qualifier": q.qualifier,
                "kind": q.kind,
                "unit": q.unit,
                "currency": q.currency,
                "sentence": _sentence_of(sentences, starts, q.start),
                "content": c.content,
            }
        )
    return rows


def plain_number(value: object) -> object:
    """A figure for CSV or JSON: an ``int`` as it is, a ``Decimal`` as its digits, a ``Fraction`` as «1/3»."""
    if isinstance(value, Fraction):
        return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"
    if isinstance(value, Decimal):
        return format(value, "f")
    return value
