"""Old import path, kept working: the names now live in :mod:`arabicnews.stages.attribution`."""

from arabicnews.model.attribution import (
    Attribution as Attribution,
    AttributionKind as AttributionKind,
    Claim as Claim,
    Cue as Cue,
    CueType as CueType,
    Source as Source,
    SourceKind as SourceKind,
    Speaker as Speaker,
    Stance as Stance,
)
from arabicnews.stages.attribution.lexicon import CueInfo as CueInfo, Lexicon as Lexicon, lexicon as lexicon
from arabicnews.stages.attribution.stage import (
    AttributionStage as AttributionStage,
    attributions_of as attributions_of,
    claims as claims,
)

__all__ = [
    "Attribution",
    "AttributionKind",
    "AttributionStage",
    "Claim",
    "Cue",
    "CueInfo",
    "CueType",
    "Lexicon",
    "Source",
    "SourceKind",
    "Speaker",
    "Stance",
    "attributions_of",
    "claims",
    "lexicon",
]
