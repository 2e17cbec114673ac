"""The ``quantities`` stage."""

from __future__ import annotations

from typing import Any, ClassVar

from arabicnews.core.document import Document
from arabicnews.core.rules import RuleTable
from arabicnews.stages.quantities.finder import find_quantities
from arabicnews.stages.quantities.rules import TABLES


class QuantityStage:
    """The ``quantities`` stage: adds the ``quantities`` layer of :class:`Quantity`.

    It reads the normalised text, not the tokens. ``rule_tables`` are the tables that decide every
    candidate, in order (see docs/quantities.md, «How the finder decides»).
    """

    name: ClassVar[str] = "quantities"
    requires: ClassVar[tuple[str, ...]] = ()
    provides: ClassVar[tuple[str, ...]] = ("quantities",)
    # Not trusted: the pipeline checks every span this stage adds (the one validation switch).
    rule_tables: ClassVar[tuple[RuleTable[Any, Any], ...]] = TABLES

    __slots__ = ()

    def __call__(self, doc: Document, /) -> Document:
        return doc.with_layer("quantities", find_quantities(doc.normalized), validate=False)

    def __repr__(self) -> str:
        return "QuantityStage()"


__all__ = ["QuantityStage"]
