"""Named entities: the annotation type of the ``entities`` layer, and its groups of mentions."""

from __future__ import annotations

from collections.abc import Iterable
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


def entity_groups(entities: Iterable[Entity]) -> tuple[tuple[Entity, ...], ...]:
    """The mentions of each entity, one tuple per ``group`` in order of first mention.

    Ungrouped entities (``group is None``) each form a group of their own.
    """
    by_group: dict[object, list[Entity]] = {}
    for i, ent in enumerate(sorted(entities, key=lambda e: (e.start, e.end))):
        key: object = ent.group if ent.group is not None else ("single", i)
        by_group.setdefault(key, []).append(ent)
    return tuple(tuple(members) for members in by_group.values())
