"""The optional packages the exports need, imported when an export first runs."""

from __future__ import annotations

import importlib
from typing import Any

from arabicnews.core.errors import BackendNotInstalledError


def require(module: str, extra: str) -> Any:
    """Import ``module``, or raise :class:`~arabicnews.core.errors.BackendNotInstalledError` naming the extra."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise BackendNotInstalledError(module, extra) from exc
