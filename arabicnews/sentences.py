"""Old import path, kept working: the names now live in :mod:`arabicnews.stages.sentences`."""

from arabicnews.stages.sentences import (
    SentenceStage as SentenceStage,
    abbreviations as abbreviations,
    split_sentences as split_sentences,
)

__all__ = ["SentenceStage", "abbreviations", "split_sentences"]
