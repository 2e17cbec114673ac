"""Old import path, kept working: the names now live in :mod:`arabicnews.core.resources`."""

from arabicnews.core.resources import (
    data_path as data_path,
    read_lines as read_lines,
)

__all__ = ["data_path", "read_lines"]
