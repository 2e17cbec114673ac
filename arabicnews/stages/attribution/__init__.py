"""The ``attributions`` stage: who says what.

:mod:`.lexicon` (the word lists), :mod:`.index` (the token index), :mod:`.phrases` (phrase and clause
bounds), :mod:`.rules` (the rule tables), :mod:`.speakers` (who speaks), :mod:`.engine` (the loop
that runs the tables) and :mod:`.stage` (the stage).
"""

from arabicnews.stages.attribution.lexicon import CueInfo, Lexicon, lexicon
from arabicnews.stages.attribution.rules import TABLES
from arabicnews.stages.attribution.stage import AttributionStage, attributions_of, claims

__all__ = ["TABLES", "AttributionStage", "CueInfo", "Lexicon", "attributions_of", "claims", "lexicon"]
