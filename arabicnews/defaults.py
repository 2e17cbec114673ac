"""The default pipeline and the one-call ``analyze``."""

from __future__ import annotations

from functools import cache

from arabicnews.document import Document
from arabicnews.pipeline import Pipeline
from arabicnews.sentences import SentenceStage
from arabicnews.tokenizer import TokenizerStage


def default_pipeline() -> Pipeline:
    """A new default pipeline: every built-in offline stage, no download, no network."""
    return Pipeline([TokenizerStage(), SentenceStage()])


@cache
def _shared_pipeline() -> Pipeline:
    return default_pipeline()


def analyze(text: str) -> Document:
    """Analyse ``text`` with the default pipeline (built once, then reused)."""
    return _shared_pipeline()(text)
