"""The ``attributions`` stage, the function it runs, and claims."""

from __future__ import annotations

from typing import Any, ClassVar

from arabicnews.core.document import Document
from arabicnews.core.rules import RuleTable, current_trace
from arabicnews.model.attribution import Attribution, Claim, claims_of
from arabicnews.stages.attribution.engine import _Analysis
from arabicnews.stages.attribution.learned import LEARNED_SOURCES
from arabicnews.stages.attribution.lexicon import Lexicon, lexicon
from arabicnews.stages.attribution.rules import TABLES


def attributions_of(doc: Document, lex: Lexicon | None = None, *, learned: bool = False) -> tuple[Attribution, ...]:
    """The attributions of a document that has ``tokens`` and ``sentences`` layers.

    Inside a :func:`arabicnews.core.rules.tracing` block, every rule decision is recorded. With
    ``learned=True``, the learned source-boundary step (``learned.py``) runs after the rules: an
    experiment, off by default (docs/history/attribution.md: with a fresh eleventh set in the
    leave-one-set-out table it no longer gains).
    """
    if not doc.text or not doc.tokens:
        return ()
    ix = _Analysis(doc, lex or lexicon(), current_trace())
    ix.learned = learned
    return ix.run()


class AttributionStage:
    """The ``attributions`` stage: who says what, with cue, sources and content.

    Uses the ``entities`` layer when an earlier stage added it (to bound and label sources and to
    resolve speakers); works without it. ``learned_sources=True`` adds the experimental learned
    source-boundary step (see :func:`attributions_of`).
    """

    name: ClassVar[str] = "attributions"
    requires: ClassVar[tuple[str, ...]] = ("tokens", "sentences")
    uses: ClassVar[tuple[str, ...]] = ("entities",)
    provides: ClassVar[tuple[str, ...]] = ("attributions",)
    rule_tables: ClassVar[tuple[RuleTable[Any, Any], ...]] = (*TABLES, LEARNED_SOURCES)
    """Every rule table, in the order a cue meets them (see :mod:`arabicnews.stages.attribution.rules`)."""

    __slots__ = ("learned_sources",)

    def __init__(self, *, learned_sources: bool = False) -> None:
        if not isinstance(learned_sources, bool):
            raise TypeError(f"learned_sources must be a bool, not {type(learned_sources).__name__}")
        self.learned_sources = learned_sources

    def __call__(self, doc: Document, /) -> Document:
        return doc.with_layer("attributions", attributions_of(doc, learned=self.learned_sources), validate=False)

    def __repr__(self) -> str:
        return "AttributionStage(learned_sources=True)" if self.learned_sources else "AttributionStage()"


def claims(doc: Document) -> tuple[Claim, ...]:
    """The quantities inside each attribution's content, one :class:`Claim` per quantity.

    Needs the ``attributions`` and ``quantities`` layers; a missing one raises
    :class:`~arabicnews.core.errors.LayerNotFoundError` naming the stage that adds it.
    """
    return claims_of(doc.layer("attributions"), doc.layer("quantities"))
