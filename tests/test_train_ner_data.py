"""The entity tagger's training data never holds a sentence of a test split."""

from __future__ import annotations

from pathlib import Path

from arabicnews.evaluate.corpora import TaggedSentence, newsfane_by_anercorp_split, read_corpus, skeleton
from arabicnews.train.ner import TRAINABLE, training_parts

MIN_LETTERS = 40
"""Sentences shorter than this («وقال .», a dateline) may recur in any two articles; longer ones may not."""


def _long_skeletons(sentences: list[TaggedSentence]) -> set[str]:
    return {k for k in (skeleton(s.tokens) for s in sentences) if len(k) >= MIN_LETTERS}


def test_no_test_sentence_in_training(data_dir: Path) -> None:
    """Neither ANERcorp's nor AQMAR's test sentences, nor NewsFANE's copy of ANERcorp test, are trained on."""
    train, dev = training_parts(data_dir, TRAINABLE)
    used = _long_skeletons([s for part in (*train.values(), *dev.values()) for s in part])
    for corpus in TRAINABLE:
        test = _long_skeletons(read_corpus(corpus, data_dir, "test"))
        assert test, corpus
        assert not used & test, corpus
    # NewsFANE is clitic-split; the skeleton (letters and digits, no alef, no spaces) survives that.
    newsfane_test = _long_skeletons(newsfane_by_anercorp_split(data_dir)["test"])
    assert newsfane_test
    assert not used & newsfane_test
