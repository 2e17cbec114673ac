"""arabicnews: Arabic news text to typed, offset-exact annotations.

>>> import arabicnews
>>> doc = arabicnews.analyze("قال المرصد إن ٣٥ غارة استهدفت الرقة.")
>>> [t.text for t in doc.tokens][:3]
['قال', 'المرصد', 'إن']
"""

from arabicnews.defaults import analyze, default_pipeline
from arabicnews.document import Document
from arabicnews.errors import (
    ArabicNewsError,
    InputTypeError,
    LayerNotFoundError,
    OffsetError,
    PipelineError,
    SerializationError,
    StageError,
)
from arabicnews.normalize import NormalizedText, normalize
from arabicnews.pipeline import FunctionStage, Pipeline, Stage, stage
from arabicnews.spans import Segment, Sentence, Span, Token

__version__ = "0.1.0"

__all__ = [
    "ArabicNewsError",
    "Document",
    "FunctionStage",
    "InputTypeError",
    "LayerNotFoundError",
    "NormalizedText",
    "OffsetError",
    "Pipeline",
    "PipelineError",
    "Segment",
    "Sentence",
    "SerializationError",
    "Span",
    "Stage",
    "StageError",
    "Token",
    "__version__",
    "analyze",
    "default_pipeline",
    "normalize",
    "stage",
]
