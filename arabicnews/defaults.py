"""Old import path, kept working: the names now live in :mod:`arabicnews.stages.defaults`."""

from arabicnews.stages.defaults import (
    analyze as analyze,
    default_pipeline as default_pipeline,
)

__all__ = ["analyze", "default_pipeline"]
