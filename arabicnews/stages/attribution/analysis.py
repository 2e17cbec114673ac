"""The attribution stage's first module path, kept working: the names now live in the modules beside it.

:mod:`.lexicon` (the word lists), :mod:`.index` (the token index), :mod:`.phrases` (phrase and clause
bounds), :mod:`.rules` (the rule tables), :mod:`.speakers` (who speaks), :mod:`.engine` (the loop
that runs the tables) and :mod:`.stage` (the stage).
"""

from arabicnews.core.normalize import normalize as normalize
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
from arabicnews.stages.attribution.engine import _Analysis as _Analysis
from arabicnews.stages.attribution.lexicon import CueInfo as CueInfo, Lexicon as Lexicon, lexicon as lexicon
from arabicnews.stages.attribution.stage import (
    AttributionStage as AttributionStage,
    attributions_of as attributions_of,
    claims as claims,
)
