"""Old import path, kept working: the names now live in :mod:`arabicnews.stages.quantities`."""

from arabicnews.model.quantity import (
    QualifierName as QualifierName,
    Quantity as Quantity,
    QuantityKind as QuantityKind,
)
from arabicnews.stages.quantities import (
    Lexicons as Lexicons,
    QuantityStage as QuantityStage,
    find_quantities as find_quantities,
    lexicons as lexicons,
)

__all__ = ["Lexicons", "QualifierName", "Quantity", "QuantityKind", "QuantityStage", "find_quantities", "lexicons"]
