"""The default pipeline and the one-call ``analyze``."""

from __future__ import annotations

from functools import cache

from arabicnews.core.document import Document
from arabicnews.core.pipeline import Pipeline
from arabicnews.stages.attribution.stage import AttributionStage
from arabicnews.stages.entities.stage import EntityStage
from arabicnews.stages.quantities.stage import QuantityStage
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage


def default_pipeline() -> Pipeline:
    """A new default pipeline: every built-in offline stage, no download, no network.

    Stages: tokens, sentences, quantities, entities, attributions (attributions use the quantities
    and entities found before them). Data files load lazily on first use.

    One stage per layer of :data:`arabicnews.model.layers.BUILTIN`, in that order; the registry
    names the stages but cannot build them (model/ is below stages/), so a new built-in layer adds
    its stage here too, and a test checks that the two agree.
    """
    return Pipeline([TokenizerStage(), SentenceStage(), QuantityStage(), EntityStage(), AttributionStage()])


@cache
def _shared_pipeline() -> Pipeline:
    return default_pipeline()


def analyze(text: str) -> Document:
    """Analyse ``text`` with the default pipeline (built once, then reused)."""
    return _shared_pipeline()(text)
