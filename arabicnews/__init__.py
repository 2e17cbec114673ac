"""arabicnews: Arabic news text to typed, offset-exact annotations.

>>> import arabicnews
>>> doc = arabicnews.analyze("قال المرصد إن ٣٥ غارة استهدفت الرقة.")
>>> [t.text for t in doc.tokens][:3]
['قال', 'المرصد', 'إن']
"""

from arabicnews.attribution import Attribution, AttributionStage, Claim
from arabicnews.defaults import analyze, default_pipeline
from arabicnews.document import Document
from arabicnews.entities import Entity
from arabicnews.errors import (
    ArabicNewsError,
    BackendNotInstalledError,
    DocumentError,
    DownloadError,
    InputTypeError,
    LayerNotFoundError,
    ModelNotFoundError,
    OffsetError,
    PipelineError,
    SerializationError,
    StageError,
)
from arabicnews.export import json_schema, to_conllu, to_pandas, to_spacy
from arabicnews.ner import EntityStage
from arabicnews.normalize import NormalizedText, normalize
from arabicnews.parallel import DocumentFailure
from arabicnews.pipeline import FunctionStage, Pipeline, Stage, stage
from arabicnews.quantities import Quantity, QuantityStage
from arabicnews.render import render
from arabicnews.sentences import SentenceStage
from arabicnews.spans import Segment, Sentence, Span, Token
from arabicnews.tokenizer import TokenizerStage
from arabicnews.validate import InvariantError, check_document

__version__ = "0.1.0"

__all__ = [
    "ArabicNewsError",
    "Attribution",
    "AttributionStage",
    "BackendNotInstalledError",
    "Claim",
    "Document",
    "DocumentError",
    "DocumentFailure",
    "DownloadError",
    "Entity",
    "EntityStage",
    "FunctionStage",
    "InputTypeError",
    "InvariantError",
    "LayerNotFoundError",
    "ModelNotFoundError",
    "NormalizedText",
    "OffsetError",
    "Pipeline",
    "PipelineError",
    "Quantity",
    "QuantityStage",
    "Segment",
    "Sentence",
    "SentenceStage",
    "SerializationError",
    "Span",
    "Stage",
    "StageError",
    "Token",
    "TokenizerStage",
    "__version__",
    "analyze",
    "check_document",
    "default_pipeline",
    "json_schema",
    "normalize",
    "render",
    "stage",
    "to_conllu",
    "to_pandas",
    "to_spacy",
]
