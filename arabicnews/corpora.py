"""Old import path, kept working: the names now live in :mod:`arabicnews.evaluate.corpora`."""

from arabicnews.evaluate.corpora import (
    CORPORA as CORPORA,
    NEWSFANE_COARSE as NEWSFANE_COARSE,
    CorpusName as CorpusName,
    Split as Split,
    TaggedSentence as TaggedSentence,
    default_data_dir as default_data_dir,
    dev_split as dev_split,
    newsfane_by_anercorp_split as newsfane_by_anercorp_split,
    read_anercorp as read_anercorp,
    read_aqmar as read_aqmar,
    read_corpus as read_corpus,
    read_newsfane as read_newsfane,
    repair_bio as repair_bio,
)

__all__ = [
    "CORPORA",
    "NEWSFANE_COARSE",
    "CorpusName",
    "Split",
    "TaggedSentence",
    "default_data_dir",
    "dev_split",
    "newsfane_by_anercorp_split",
    "read_anercorp",
    "read_aqmar",
    "read_corpus",
    "read_newsfane",
    "repair_bio",
]
