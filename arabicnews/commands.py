"""Old import path, kept working: the names now live in :mod:`arabicnews.surfaces.cli.commands`."""

from arabicnews.surfaces.cli.commands import (
    dispatch as dispatch,
)

__all__ = ["dispatch"]
