"""Old import path, kept working: the names now live in :mod:`arabicnews.stages.attribution.analysis`."""

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
from arabicnews.stages.attribution.analysis import (
    AttributionStage as AttributionStage,
    CueInfo as CueInfo,
    Lexicon as Lexicon,
    attributions_of as attributions_of,
    claims as claims,
    lexicon as lexicon,
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
