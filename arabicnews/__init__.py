"""arabicnews: Arabic news text to typed, offset-exact annotations.

>>> import arabicnews
>>> doc = arabicnews.analyze("قال المرصد إن ٣٥ غارة استهدفت الرقة.")
>>> [t.text for t in doc.tokens][:3]
['قال', 'المرصد', 'إن']
"""

from arabicnews.core.document import Document
from arabicnews.core.errors import (
    ArabicNewsError,
    BackendNotInstalledError,
    DocumentError,
    DownloadError,
    ExplainError,
    InputTypeError,
    InvariantError,
    LayerNotFoundError,
    ModelNotFoundError,
    OffsetError,
    PipelineError,
    SerializationError,
    StageError,
    WorkerError,
)
from arabicnews.core.parallel import DocumentFailure
from arabicnews.core.pipeline import FunctionStage, Pipeline, Stage, stage
from arabicnews.model.attribution import Attribution, Claim
from arabicnews.model.entity import Entity
from arabicnews.model.layers import LayerKey
from arabicnews.model.quantity import Quantity
from arabicnews.model.spans import Segment, Sentence, Span, Token
from arabicnews.stages.attribution.stage import AttributionStage
from arabicnews.stages.defaults import analyze, default_pipeline
from arabicnews.stages.entities.stage import EntityStage
from arabicnews.stages.explain import Explanation, explain
from arabicnews.stages.quantities.stage import QuantityStage
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage
from arabicnews.surfaces.conllu import to_conllu
from arabicnews.surfaces.pandas import to_pandas
from arabicnews.surfaces.schema import json_schema
from arabicnews.surfaces.spacy import to_spacy
from arabicnews.surfaces.validate import check_document

# isort: split
# Last, through the old module paths: importing a submodule binds its name on the package, so the
# modules ``arabicnews.normalize`` and ``arabicnews.render`` are loaded here, before the functions of
# the same names are bound, and a later ``import arabicnews.render`` cannot hide the function.
from arabicnews.normalize import NormalizedText, normalize
from arabicnews.render import render

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
    "ExplainError",
    "Explanation",
    "FunctionStage",
    "InputTypeError",
    "InvariantError",
    "LayerKey",
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
    "WorkerError",
    "__version__",
    "analyze",
    "check_document",
    "default_pipeline",
    "explain",
    "json_schema",
    "normalize",
    "render",
    "stage",
    "to_conllu",
    "to_pandas",
    "to_spacy",
]
