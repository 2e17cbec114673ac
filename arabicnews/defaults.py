"""The default pipeline and the one-call ``analyze``."""

from __future__ import annotations

from functools import cache

from arabicnews.attribution import AttributionStage
from arabicnews.document import Document
from arabicnews.ner import EntityStage
from arabicnews.pipeline import Pipeline
from arabicnews.quantities import QuantityStage
from arabicnews.sentences import SentenceStage
from arabicnews.tokenizer import TokenizerStage


def default_pipeline() -> Pipeline:
    """A new default pipeline: every built-in offline stage, no download, no network.

    Stages: tokens, sentences, quantities, entities, attributions (attributions use the quantities
    and entities found before them). Data files load lazily on first use.
    """
    return Pipeline([TokenizerStage(), SentenceStage(), QuantityStage(), EntityStage(), AttributionStage()])


@cache
def _shared_pipeline() -> Pipeline:
    return default_pipeline()


def analyze(text: str) -> Document:
    """Analyse ``text`` with the default pipeline (built once, then reused)."""
    return _shared_pipeline()(text)
