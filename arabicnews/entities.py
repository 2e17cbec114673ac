"""Named entities: the annotation type of the ``entities`` layer."""

from __future__ import annotations

from typing import Literal

from attrs import frozen

EntityLabel = Literal["PER", "LOC", "ORG", "MISC"]
"""People, places (countries, cities, regions), organisations, and other names."""


@frozen
class Entity:
    """A named entity mention: its span (proclitics outside it), label, confidence and group.

    ``score`` is the model's confidence in [0, 1]. ``group`` numbers the mentions of one entity
    within a document («فيليب هاموند» … «هاموند» share a group); ``None`` when not grouped.
    """

    text: str
    start: int
    end: int
    label: EntityLabel
    score: float = 1.0
    group: int | None = None
