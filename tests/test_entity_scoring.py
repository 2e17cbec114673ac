"""The entity tagger's fast scoring (issue 20) gives exactly what the plain computation gives."""

from __future__ import annotations

from arabicnews.stages.entities.features import Gazetteer
from arabicnews.stages.entities.perceptron import LABELS, NerModel, default_model


def _sentences(text: str, size: int = 40) -> list[list[str]]:
    from arabicnews.stages.tokens import tokenize

    words = [t.text for t in tokenize(text)]
    return [words[i : i + size] for i in range(0, len(words), size)]


def test_skipping_o_only_words_changes_no_tag_or_margin(seed_text: str) -> None:
    """Tagging scores only the words that may be more than O; decoding all the scores gives the same."""
    model = default_model()
    skipped = 0
    for words in _sentences(seed_text):
        path, margins, gaz, _ = model._tag_words(words)
        emit, gaz2 = model.sentence_emissions(words)
        assert (path, margins) == model.decode(emit)
        assert gaz == gaz2
        skipped += sum(margin == model.prune for margin in margins)
    assert skipped  # most words of news text are O-only


def test_stem_pair_features_with_a_bar_in_a_stem_are_found() -> None:
    """A stem pair is looked up as the feature string would be built, «|» in a stem included."""
    trans = [[0.0] * len(LABELS) for _ in range(len(LABELS) + 1)]
    weights = {"ss-1=a|b|c": ((1, 3.0),), "ss+1=a|b|c": ((3, 5.0),), "us-1=1|a|b": ((5, 7.0),)}
    model = NerModel(weights, trans, {}, Gazetteer([]))
    for words, want in (
        (["a|b", "c"], {"ss-1": (1, 1), "ss+1": (0, 3)}),
        (["a", "b|c"], {"ss-1": (1, 1), "ss+1": (0, 3)}),
    ):
        emit, _ = model.sentence_emissions(words)
        feats, _ = model.extract.analyse(words)
        assert emit == model.emissions(feats)
        for t, y in want.values():
            assert emit[t][y] > 0.0


def test_a_new_outside_bias_reaches_the_bound() -> None:
    """The bound that skips O-only words reads the current outside bias."""
    model = default_model()
    words = ["قال", "الرئيس", "فلاديمير", "بوتين", "في", "موسكو", "."]
    before = model._tag_words(words)[:2]
    old = model.outside_bias
    try:
        model.outside_bias = old - 30.0
        emit, _ = model.sentence_emissions(words)
        assert model._tag_words(words)[:2] == model.decode(emit)
    finally:
        model.outside_bias = old
    assert model._tag_words(words)[:2] == before
