"""Old import path, kept working: the names now live in :mod:`arabicnews.core.document`."""

from arabicnews.core.document import (
    BUILTIN_LAYERS as BUILTIN_LAYERS,
    Document as Document,
    _restore_document as _restore_document,
)

__all__ = ["BUILTIN_LAYERS", "Document"]
