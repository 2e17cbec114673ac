"""The default named-entity stage under its first module name, kept so that old imports work.

The stage lives in :mod:`arabicnews.stages.entities`: ``features`` (what the tagger sees of a word),
``perceptron`` (the model and its decoder), ``bio`` (reading and writing BIO tags),
``postprocess`` (the named steps after decoding) and ``stage`` (the ``entities`` stage).
"""

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
