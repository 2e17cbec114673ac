"""Old import path, kept working: the names now live in :mod:`arabicnews.surfaces.validate`."""

from arabicnews.core.errors import InvariantError as InvariantError
from arabicnews.surfaces.validate import (
    check_document as check_document,
    find_violations as find_violations,
)

__all__ = ["InvariantError", "check_document", "find_violations"]
