"""Old import path, kept working: the names now live in :mod:`arabicnews.surfaces.render`."""

from arabicnews.surfaces.render import (
    ENTITY_LABELS as ENTITY_LABELS,
    highlight as highlight,
    render as render,
)

__all__ = ["ENTITY_LABELS", "highlight", "render"]
