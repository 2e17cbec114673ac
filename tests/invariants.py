"""The invariants every Document of the default pipeline must satisfy (shared by several tests).

The checking code lives in the package (:mod:`arabicnews.surfaces.validate`), so that the corpus benchmark and
users run exactly what the tests run; this module only re-exports it under the name the tests import.
"""

from __future__ import annotations

from arabicnews.core.errors import InvariantError
from arabicnews.surfaces.validate import check_document, find_violations

__all__ = ["InvariantError", "check_document", "find_violations"]
