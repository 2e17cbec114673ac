"""Old import path, kept working: the names now live in :mod:`arabicnews.model.entity`."""

from arabicnews.model.entity import (
    Entity as Entity,
    EntityLabel as EntityLabel,
    entity_groups as entity_groups,
)
from arabicnews.stages.entities.grouping import (
    group_mentions as group_mentions,
)

__all__ = ["Entity", "EntityLabel", "entity_groups", "group_mentions"]
