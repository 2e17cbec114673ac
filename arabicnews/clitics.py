"""Old import path, kept working: the names now live in :mod:`arabicnews.arabic.clitics`."""

from arabicnews.arabic.clitics import (
    ENCLITICS as ENCLITICS,
    NO_SPLIT as NO_SPLIT,
    PROCLITIC_SEQUENCES as PROCLITIC_SEQUENCES,
    Analysis as Analysis,
    CliticModel as CliticModel,
    CliticSegmenter as CliticSegmenter,
    Cuts as Cuts,
    Restore as Restore,
    analyse as analyse,
    default_segmenter as default_segmenter,
    load_model as load_model,
    whole_words as whole_words,
    word_key as word_key,
)

__all__ = [
    "ENCLITICS",
    "NO_SPLIT",
    "PROCLITIC_SEQUENCES",
    "Analysis",
    "CliticModel",
    "CliticSegmenter",
    "Cuts",
    "Restore",
    "analyse",
    "default_segmenter",
    "load_model",
    "whole_words",
    "word_key",
]
