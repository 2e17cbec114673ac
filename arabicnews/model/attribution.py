"""The annotation types of the ``attributions`` layer (cue, sources, content) and claims."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any, Literal

from attrs import field, frozen

from arabicnews.model.entity import Entity
from arabicnews.model.quantity import Quantity
from arabicnews.model.spans import Span

AttributionKind = Literal["direct", "indirect", "mixed", "according_to"]
"""``direct``: the content is a quote (or follows a colon); ``indirect``: reported speech with no
quoted part; ``mixed``: reported speech with a quoted part; ``according_to``: a «بحسب»-style
phrase qualifying a clause."""

CueType = Literal["speech", "participle", "according_to", "phrase"]
"""A reporting verb, a circumstantial participle («مشيرا»), an according-to word («بحسب»), or a
multi-word according-to phrase («على حد قول»)."""

Stance = Literal["asserted", "negated", "hedged"]
"""Whether the cue asserts, denies («نفى») or hedges («زعم», «توقع») the content."""

SourceKind = Literal["named", "unnamed"]
"""A ``named`` source (a person, a body, a role) or an ``unnamed`` one («مصادر طبية»)."""


@frozen
class Cue:
    """The words that mark an attribution, with the cue's lemma (its first listed form)."""

    text: str
    start: int
    end: int
    type: CueType
    stance: Stance
    lemma: str


@frozen
class Source:
    """One source as written, roles kept with the name, and the entity it matches if any.

    ``form`` is the source with letters the writing dropped restored: after «بحسب حصيلة للمرصد»
    the source covers «لمرصد» (the ل of «لـ» stays outside) and its form is «المرصد».
    """

    text: str
    start: int
    end: int
    kind: SourceKind = "named"
    entity: Entity | None = None
    form: str = field()

    @form.default
    def _form_default(self) -> str:
        return self.text


@frozen
class Speaker:
    """Who the text makes clear is speaking, when the source is a pronoun or a short name.

    ``span`` is the ``(start, end)`` of the fuller mention it was resolved to (elsewhere in the
    text, so it is not an annotation nested in the attribution); ``group`` is that mention's
    entity group when the entities layer grouped it.
    """

    name: str
    span: tuple[int, int]
    group: int | None = None


@frozen
class Attribution:
    """An attribution: cue, sources and content, all spans of the original text.

    The attribution's own span runs from the first to the last of its parts. ``sources`` is empty
    when the speaker is a pronoun or a dropped subject («وقال إنه ...»); ``speaker`` then says who
    it is when an earlier attribution or entity makes that clear. ``quotes`` are the quoted parts
    inside the content.
    """

    text: str
    start: int
    end: int
    kind: AttributionKind
    cue: Cue
    sources: tuple[Source, ...]
    content: Span
    quotes: tuple[Span, ...] = ()
    speaker: Speaker | None = None

    @property
    def source_name(self) -> str:
        """The speaker's name when resolved, else the sources joined with «، » ('' if none)."""
        if self.speaker is not None:
            return self.speaker.name
        return "، ".join(s.form for s in self.sources)


@frozen
class Claim:
    """A quantity given in an attribution's content: who (source), how (cue), what and where."""

    source: str
    cue: str
    quantity: Any
    content: str
    attribution: Attribution
    outer: tuple[Attribution, ...] = ()
    """The other attributions whose contents also hold the quantity, innermost first: an embedded
    report («أكد الوزير على ما صرح به المتحدث بأن 35 ...») credits the figure to the innermost
    source, and the ones that relay it are kept here. An inner report whose speaker is not known
    («وقال الوزير إن الإحصاءات أشارت إلى أن 40 % ...») is kept here too, the figure credited to
    the report around it that names its speaker (see :func:`claims_of`)."""


def claims_of(attributions: Sequence[Attribution], quantities: Sequence[Quantity]) -> tuple[Claim, ...]:
    """One :class:`Claim` per quantity inside an attribution's content, in text order.

    A quantity inside several contents (an attribution nested in another's content) is credited to
    the innermost one that names its speaker (a source or a resolved speaker), the shortest content
    that holds it (the later one on a tie); the others are the claim's ``outer``, innermost first.
    An inner report with no source and no speaker («وقال الوزير إن الإحصاءات أشارت إلى أن 40 %»,
    «... التي تشير إلى أن»: evidence, a relative clause, a pronoun not resolved) says nothing of
    who gives the figure; the report around it does: the minister gives the 40 %. With no holder
    naming a speaker, the innermost is credited (its source then empty). Both sequences are layers,
    sorted by ``(start, end)``.
    """
    starts = [q.start for q in quantities]
    holders: dict[int, list[Attribution]] = {}
    for att in attributions:
        c = att.content
        k = bisect_right(starts, c.start - 1)
        while k < len(quantities) and quantities[k].start < c.end:
            if quantities[k].end <= c.end:
                holders.setdefault(k, []).append(att)
            k += 1
    out: list[Claim] = []
    for k in sorted(holders):
        q = quantities[k]
        ranked = sorted(holders[k], key=lambda a: (a.content.end - a.content.start, -a.content.start))
        inner = next((a for a in ranked if a.source_name), ranked[0])
        others = tuple(a for a in ranked if a is not inner)
        out.append(Claim(inner.source_name, inner.cue.text, q, inner.content.text, inner, others))
    return tuple(out)
