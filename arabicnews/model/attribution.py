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


def claims_of(attributions: Sequence[Attribution], quantities: Sequence[Quantity]) -> tuple[Claim, ...]:
    """The quantities inside each attribution's content, one :class:`Claim` per quantity.

    Both sequences are layers, sorted by ``(start, end)``.
    """
    starts = [q.start for q in quantities]
    out: list[Claim] = []
    for att in attributions:
        c = att.content
        k = bisect_right(starts, c.start - 1)
        while k < len(quantities) and quantities[k].start < c.end:
            q = quantities[k]
            if q.end <= c.end:
                out.append(Claim(att.source_name, att.cue.text, q, c.text, att))
            k += 1
    return tuple(out)
