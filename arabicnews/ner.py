"""Old import path, kept working: the names now live in the modules of :mod:`arabicnews.stages.entities`."""

from arabicnews.stages.entities.bio import ENTITY_LABELS as ENTITY_LABELS, bio_spans as bio_spans
from arabicnews.stages.entities.features import (
    GAZETTEER_FILE as GAZETTEER_FILE,
    FeatureExtractor as FeatureExtractor,
    Gazetteer as Gazetteer,
    WordInfo as WordInfo,
    pair_features as pair_features,
    split_proclitic as split_proclitic,
    trigger_states as trigger_states,
    word_shape as word_shape,
)
from arabicnews.stages.entities.perceptron import (
    LABELS as LABELS,
    MODEL_FILE as MODEL_FILE,
    NerModel as NerModel,
    default_model as default_model,
)
from arabicnews.stages.entities.postprocess import harmonise_labels as harmonise_labels, propagate as propagate
from arabicnews.stages.entities.stage import EntityStage as EntityStage, entities_of as entities_of

__all__ = [
    "ENTITY_LABELS",
    "GAZETTEER_FILE",
    "LABELS",
    "MODEL_FILE",
    "EntityStage",
    "FeatureExtractor",
    "Gazetteer",
    "NerModel",
    "WordInfo",
    "bio_spans",
    "default_model",
    "entities_of",
    "harmonise_labels",
    "pair_features",
    "propagate",
    "split_proclitic",
    "trigger_states",
    "word_shape",
]
