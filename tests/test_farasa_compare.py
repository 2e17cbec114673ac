"""``benchmarks/farasa_compare.py`` (issue 19): Farasa's ``+`` segments read as UD clitics inside our
tokens, and the evaluate command's scorer applied to another system's words. A stand-in for Farasa
is used: the package and its tests never import ``farasa``."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from test_evaluate_tokens import TINY

import arabicnews
from arabicnews.evaluate.tokens import Score, evaluate, parse_conllu, score_spans

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
# Tests benchmarks/farasa_compare.py of the checkout, not the installed package:
# the wheel stage of .ci/run leaves it out (pyproject.toml's «checkout» marker).
pytestmark = pytest.mark.checkout


@pytest.fixture(scope="module")
def compare() -> Iterator[Any]:
    sys.path.insert(0, str(BENCH))
    try:
        import farasa_compare as module

        yield module
    finally:
        sys.path.remove(str(BENCH))


@pytest.mark.parametrize(
    ("letters", "segments", "expected"),
    [
        ("للسلطة", ["ل", "ال", "سلط", "ة"], {1}),  # ل+ال is «لل»: the article opens the stem
        ("وللمدرسة", ["و", "ل", "ال", "مدرس", "ة"], {1, 2}),
        ("والحكومة", ["و", "ال", "حكوم", "ة"], {1}),
        ("زيارته", ["زيار", "ت", "ه"], {5}),  # a final pronoun; ت and ة stay in the stem
        ("سيارات", ["سيار", "ات"], set()),  # a plural ending is no clitic
        ("به", ["ب", "ه"], {1}),
        ("سيقول", ["س", "يقول"], {1}),
        ("حياتنا", ["حيا", "ت", "نا"], {4}),
        ("وقال", ["و", "قال"], {1}),
        ("وقال", ["ف", "قال"], None),  # segments that do not spell the word: not read
    ],
)
def test_farasa_segments_read_as_ud_clitics(
    compare: Any, letters: str, segments: list[str], expected: set[int] | None
) -> None:
    got = compare.ud_cuts(letters, segments)
    assert got == (None if expected is None else frozenset(expected))


def _fake(answers: dict[str, str]) -> SimpleNamespace:
    return SimpleNamespace(segmentLine=lambda word: [answers.get(word, word)])


def test_cuts_go_back_between_the_letters_farasa_kept(compare: Any) -> None:
    # Farasa drops the marks and the tatweel; the cut after و keeps the و's fatha with it, and a
    # tatweel between two letters stays inside the run Farasa is asked about.
    fs = _fake({"وَقَالَ": "و+قال", "ولـلسلطة": "و+ل+ال+سلط+ة"})
    for word, pieces in (("وَقَالَ", ["وَ", "قَالَ"]), ("ولـلسلطة", ["و", "لـ", "لسلطة"])):
        token = arabicnews.default_pipeline()(word).tokens[0]
        spans, unread = compare.farasa_words(fs, word, token)
        assert ([word[a:b] for a, b in spans], unread) == (pieces, 0)


def test_a_digit_beside_arabic_keeps_our_cut(compare: Any) -> None:
    # «و2006»: Farasa is asked about «و» alone; the cut before the digits is tokenization, ours.
    text = "و2006"
    token = arabicnews.default_pipeline()(text).tokens[0]
    assert [text[s.start : s.end] for s in token.segments] == ["و", "2006"]
    asked: list[str] = []

    def segment_line(word: str) -> list[str]:
        asked.append(word)
        return [word]

    fs = SimpleNamespace(segmentLine=segment_line)
    spans, unread = compare.farasa_words(fs, text, token)
    assert (asked, [text[a:b] for a, b in spans], unread) == (["و"], ["و", "2006"], 0)


def test_score_spans_is_what_evaluate_prints_and_scores_other_words() -> None:
    sentences = parse_conllu(TINY.splitlines())
    ev = evaluate(sentences)
    doc = arabicnews.default_pipeline()(ev.text)
    tokens = [(t.start, t.end) for t in doc.tokens]
    sents = [(s.start, s.end) for s in doc.sentences]
    words = [(s.start, s.end) for t in doc.tokens for s in t.segments]
    assert score_spans(sentences, tokens, words, sents) == ev
    # Another system leaving every token whole: the 3 cuts missed, 3 tokens wrong of 12.
    whole = score_spans(sentences, tokens, tokens, sents)
    assert (whole.points, whole.split_right, whole.words.correct) == (Score(3, 0, 0), 9, 11)
