"""Old import path, kept working: the names now live in :mod:`arabicnews.core.parallel`."""

from arabicnews.core.parallel import (
    AsDict as AsDict,
    AsJSON as AsJSON,
    DocumentFailure as DocumentFailure,
    OnError as OnError,
    R as R,
    collector_paused as collector_paused,
    run_many as run_many,
)

__all__ = ["AsDict", "AsJSON", "DocumentFailure", "OnError", "R", "collector_paused", "run_many"]
