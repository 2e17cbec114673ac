"""Rules as named tables, and the trace that says which rule decided each candidate.

A rule-based stage is an engine plus ordered tables of :class:`Rule`. A rule has a name in the words
a reader would use, one «…» example where it decides, the traps where it must not, and a small
function that looks at a candidate and either decides (returns an outcome) or passes (returns
``None``). :meth:`RuleTable.first` walks a table in order; the first rule that decides wins.

While a :func:`tracing` block is open, every decision is recorded as a :class:`Decision` (which
table, which rule, took or refused, and the candidate's span of the original text);
:func:`arabicnews.explain` hands that record to the user. With no trace open, recording costs one
``is None`` test per decision.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Generic, Literal, TypeVar

from attrs import field, frozen

C = TypeVar("C")
Out = TypeVar("Out")

Verdict = Literal["took", "refused"]
"""What a rule did with a candidate: ``took`` it (it becomes, or shapes, an annotation) or
``refused`` it (it is not one)."""


@frozen
class Rule(Generic[C, Out]):
    """One named step of a decision chain.

    ``decide`` returns an outcome when the rule decides the candidate and ``None`` when it passes.
    ``verdict`` says what deciding means for this rule. ``example`` is a text in which this rule
    decides a candidate; each of ``traps`` is a text in which it must not decide any.
    """

    name: str
    example: str
    verdict: Verdict
    decide: Callable[[C], Out | None] = field(repr=False, eq=False)
    traps: tuple[str, ...] = ()


@frozen
class Decision:
    """A rule's decision on one candidate: the layer and table, the rule, the verdict and where
    (original offsets; ``text`` is the candidate as written)."""

    layer: str
    table: str
    rule: str
    verdict: Verdict
    start: int
    end: int
    text: str


class Trace:
    """The decisions recorded while a :func:`tracing` block is open, in the order they were made."""

    __slots__ = ("decisions", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.decisions: list[Decision] = []

    def record(self, table: RuleTable[C, Out], rule: Rule[C, Out], start: int, end: int) -> None:
        """Record that ``rule`` of ``table`` decided the candidate at ``[start, end)``."""
        self.decisions.append(
            Decision(table.layer, table.name, rule.name, rule.verdict, start, end, self.text[start:end])
        )


_CURRENT: ContextVar[Trace | None] = ContextVar("arabicnews_trace", default=None)


def current_trace() -> Trace | None:
    """The open trace, or ``None`` (the usual case: nothing is recorded)."""
    return _CURRENT.get()


@contextmanager
def tracing(text: str) -> Iterator[Trace]:
    """Record every rule decision made on ``text`` inside this block."""
    trace = Trace(text)
    token = _CURRENT.set(trace)
    try:
        yield trace
    finally:
        _CURRENT.reset(token)


@frozen
class RuleTable(Generic[C, Out]):
    """An ordered, named table of rules over one kind of candidate, for the layer ``layer``."""

    name: str
    layer: str
    rules: tuple[Rule[C, Out], ...]

    def first(
        self, candidate: C, trace: Trace | None = None, span: tuple[int, int] | None = None
    ) -> tuple[Rule[C, Out], Out] | None:
        """The first rule that decides ``candidate`` and its outcome, or ``None`` if all pass.

        With a ``trace``, the decision is recorded over ``span`` (original offsets).
        """
        for rule in self.rules:
            outcome = rule.decide(candidate)
            if outcome is not None:
                if trace is not None and span is not None:
                    trace.record(self, rule, span[0], span[1])
                return rule, outcome
        return None

    def rule(self, name: str) -> Rule[C, Out]:
        """The rule called ``name`` (a ``KeyError`` lists the names there are)."""
        for rule in self.rules:
            if rule.name == name:
                return rule
        raise KeyError(f"table {self.name!r} has no rule {name!r}; its rules: {[r.name for r in self.rules]}")


__all__ = ["Decision", "Rule", "RuleTable", "Trace", "Verdict", "current_trace", "tracing"]
