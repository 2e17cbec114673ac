"""sentence_token_ranges: which tokens each sentence holds, the one computation every layer reader shares."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, strategies as st

from arabicnews import Document
from arabicnews.model.spans import Sentence, Span, sentence_token_ranges
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage


def _spans(bounds: list[tuple[int, int]]) -> list[Span]:
    return [Span("", a, b) for a, b in sorted(bounds)]


def test_sentences_of_a_document() -> None:
    doc = SentenceStage()(TokenizerStage()(Document("قال الوزير. وأكد الرئيس!")))
    ranges = sentence_token_ranges(doc.tokens, doc.sentences)
    assert [[t.text for t in doc.tokens[a:b]] for a, b in ranges] == [["قال", "الوزير", "."], ["وأكد", "الرئيس", "!"]]


@pytest.mark.parametrize(
    ("tokens", "sentences", "ranges"),
    [
        ([(0, 2), (3, 5), (6, 8)], [(3, 8)], [(1, 3)]),  # a stray token before the sentence
        ([(0, 2), (3, 5), (6, 8)], [(0, 2)], [(0, 1)]),  # stray tokens after the last sentence
        ([(0, 2), (3, 5)], [(0, 5), (6, 9)], [(0, 2), (2, 2)]),  # a sentence without tokens
        ([(0, 4)], [(0, 2)], [(0, 1)]),  # a token that starts inside and runs past the end
        ([], [(0, 3)], [(0, 0)]),
        ([(0, 2)], [], []),
    ],
)
def test_ranges(tokens: list[tuple[int, int]], sentences: list[tuple[int, int]], ranges: list[tuple[int, int]]) -> None:
    assert sentence_token_ranges(_spans(tokens), _spans(sentences)) == ranges


@given(
    st.lists(st.integers(0, 30), max_size=12, unique=True),
    st.lists(st.integers(0, 31), max_size=8, unique=True),
)
def test_a_token_is_in_the_sentence_it_starts_in(token_starts: list[int], cuts: list[int]) -> None:
    # Tokens one character long; sentences that do not overlap, between sorted cut points.
    tokens = _spans([(s, s + 1) for s in token_starts])
    points = sorted(cuts)
    sentences = [Sentence("", a, b) for a, b in pairwise(points) if a < b]
    ranges = sentence_token_ranges(tokens, sentences)
    assert len(ranges) == len(sentences)
    for sent, (first, last) in zip(sentences, ranges, strict=True):
        assert [t.start for t in tokens[first:last]] == [t.start for t in tokens if sent.start <= t.start < sent.end]
