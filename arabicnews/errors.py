"""Old import path, kept working: the names now live in :mod:`arabicnews.core.errors`."""

from arabicnews.core.errors import (
    ArabicNewsError as ArabicNewsError,
    BackendNotInstalledError as BackendNotInstalledError,
    DocumentError as DocumentError,
    DownloadError as DownloadError,
    InputTypeError as InputTypeError,
    LayerNotFoundError as LayerNotFoundError,
    ModelNotFoundError as ModelNotFoundError,
    OffsetError as OffsetError,
    PipelineError as PipelineError,
    SerializationError as SerializationError,
    StageError as StageError,
)

__all__ = [
    "ArabicNewsError",
    "BackendNotInstalledError",
    "DocumentError",
    "DownloadError",
    "InputTypeError",
    "LayerNotFoundError",
    "ModelNotFoundError",
    "OffsetError",
    "PipelineError",
    "SerializationError",
    "StageError",
]
