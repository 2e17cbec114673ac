"""Why a candidate was (not) read as an annotation: the rule decisions of one analysis.

:func:`explain` runs a pipeline on a text with a trace open (see :mod:`arabicnews.core.rules`) and
returns, for the layer asked about, every decision a rule made: which table, which rule, whether it
took or refused the candidate, and where the candidate is in the original text.
"""

from __future__ import annotations

from typing import Any

from attrs import frozen

from arabicnews.core.document import Document
from arabicnews.core.errors import ExplainError, InputTypeError
from arabicnews.core.pipeline import Pipeline
from arabicnews.core.rules import Decision, RuleTable, tracing
from arabicnews.stages.defaults import default_pipeline


@frozen
class Explanation:
    """The document a pipeline made and the decisions its rules took for one ``layer``."""

    document: Document
    layer: str
    decisions: tuple[Decision, ...]

    def lines(self) -> list[str]:
        """One readable line per decision: offsets, verdict, table and rule, then the candidate."""
        return [f"{d.start:>6} {d.end:>6}  {d.verdict:<7} {d.table}: {d.rule}\t{d.text}" for d in self.decisions]

    def __str__(self) -> str:
        return "\n".join(self.lines())


def rule_tables(pipeline: Pipeline) -> dict[str, tuple[RuleTable[Any, Any], ...]]:
    """The rule tables of each stage of ``pipeline`` that has any, by the layers the stage provides."""
    found: dict[str, tuple[RuleTable[Any, Any], ...]] = {}
    for stage in pipeline.stages:
        tables: tuple[RuleTable[Any, Any], ...] = tuple(getattr(stage, "rule_tables", ()))
        if tables:
            for layer in stage.provides:
                found[layer] = tables
    return found


def explain(text: str, layer: str = "quantities", *, pipeline: Pipeline | None = None) -> Explanation:
    """Analyse ``text`` and say which rule took or refused each candidate of ``layer``.

    ``layer`` is a layer whose stage decides through rule tables («quantities», «attributions»,
    ...); ``pipeline`` defaults to the default pipeline. Recording happens only inside this call.
    """
    if not isinstance(text, str):
        raise InputTypeError(text)
    nlp = pipeline if pipeline is not None else default_pipeline()
    tables = rule_tables(nlp)
    if layer not in tables:
        raise ExplainError(layer, sorted(tables))
    with tracing(text) as trace:
        doc = nlp(text)
    decisions = tuple(d for d in trace.decisions if d.layer == layer)
    return Explanation(doc, layer, decisions)


__all__ = ["Explanation", "explain", "rule_tables"]
