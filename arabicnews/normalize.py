"""Old import path, kept working: the names now live in :mod:`arabicnews.core.normalize`."""

from arabicnews.core.normalize import (
    NormalizedText as NormalizedText,
    normalize as normalize,
)

__all__ = ["NormalizedText", "normalize"]
