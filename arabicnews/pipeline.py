"""Old import path, kept working: the names now live in :mod:`arabicnews.core.pipeline`."""

from arabicnews.core.pipeline import (
    FunctionStage as FunctionStage,
    Pipeline as Pipeline,
    Stage as Stage,
    stage as stage,
)

__all__ = ["FunctionStage", "Pipeline", "Stage", "stage"]
