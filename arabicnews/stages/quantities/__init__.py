"""The ``quantities`` stage: numbers with their values, bounds, units and kinds.

:mod:`.lexicon` loads the word lists and patterns, :mod:`.cursor` reads the words around a position,
:mod:`.rules` holds the named rule tables, :mod:`.finder` is the engine that runs them and
:mod:`.stage` the pipeline stage.
"""

from arabicnews.model.quantity import Quantity
from arabicnews.stages.quantities.finder import find_quantities
from arabicnews.stages.quantities.lexicon import Lexicons, lexicons
from arabicnews.stages.quantities.stage import QuantityStage

__all__ = ["Lexicons", "Quantity", "QuantityStage", "find_quantities", "lexicons"]
