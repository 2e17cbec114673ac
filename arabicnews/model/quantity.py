"""The annotation type of the ``quantities`` layer: a number with its bounds, unit and kind."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Literal

from attrs import frozen

from arabicnews.model.spans import Span

Number = int | Decimal | Fraction
"""An exact number: ``int`` when whole, ``Decimal`` for a finite decimal, ``Fraction`` otherwise."""

QuantityKind = Literal["count", "money", "percent", "ordinal", "date", "duration", "measure", "fraction"]
"""What a quantity measures: a ``count`` of a noun, an amount of ``money``, a ``percent``, an
``ordinal`` position, a ``date``, a ``duration`` («عشرة أيام»), a ``measure`` with a unit («طن»,
«كيلومتر»), or a bare ``fraction`` of something («نصف الأصوات»)."""

QualifierName = Literal["exact", "approximate", "more_than", "at_least", "less_than", "at_most", "range", "vague"]
"""How the text bounds the number: ``exact`` (nothing said, or «فقط»), ``approximate`` («نحو»,
«حوالي», «تقريبا»), ``more_than``/``less_than`` (strict bounds), ``at_least``/``at_most``, a
``range`` («بين 10 و20»), or ``vague`` («العشرات», «بضعة»)."""


@frozen
class Quantity:
    """A number stated in the text, with its bounds, unit and (for dates) its parts.

    ``value`` is exact (``int`` when whole, ``Decimal`` for «٣٫٥», ``Fraction`` for «ثلث») and
    ``None`` for vague amounts, ranges and dates. ``low``/``high`` are the interval the text
    states (``None`` for an open side): «أكثر من 35» is (35, None), «ما لا يقل عن 13» is (13, None),
    «بين 10 و20» is (10, 20); an exact or approximate number has low == high == value.
    ``unit`` is the counted noun or unit as written (with the adjectives that go with it),
    ``currency`` the ISO 4217 code for money when the text tells it, ``magnitude`` the power of ten
    of a vague amount (10 for «العشرات»). Dates fill ``day``, ``month``, ``year`` (those stated),
    ``calendar`` (``gregorian``/``hijri``), ``part`` (``early``/``mid``/``late`` for «مطلع»/«منتصف»/
    «أواخر») and ``relative`` (``last``/``next``/``this`` for «الماضي»/«المقبل»/«الجاري»).
    """

    text: str
    start: int
    end: int
    kind: QuantityKind
    qualifier: QualifierName = "exact"
    value: Number | None = None
    low: Number | None = None
    high: Number | None = None
    number_span: Span | None = None
    unit: str | None = None
    currency: str | None = None
    magnitude: int | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    calendar: str | None = None
    part: str | None = None
    relative: str | None = None


__all__ = ["Number", "QualifierName", "Quantity", "QuantityKind"]
