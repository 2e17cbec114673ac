"""Old import path, kept working: the names now live in :mod:`arabicnews.stages.quantities.finder`."""

from arabicnews.model.quantity import (
    Quantity as Quantity,
)
from arabicnews.stages.quantities.finder import (
    Lexicons as Lexicons,
    QualifierName as QualifierName,
    QuantityKind as QuantityKind,
    QuantityStage as QuantityStage,
    find_quantities as find_quantities,
    lexicons as lexicons,
)

__all__ = ["Lexicons", "QualifierName", "Quantity", "QuantityKind", "QuantityStage", "find_quantities", "lexicons"]
