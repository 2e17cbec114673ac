"""Training with a copy of every feature per corpus (``python -m arabicnews.train ner --domain``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from arabicnews.evaluate.corpora import TaggedSentence
from arabicnews.stages.entities.features import FeatureExtractor, Gazetteer
from arabicnews.train.ner import augment, domain_path, merge_domain, mix_domains, parse_mix, to_model, train


def test_augment_adds_a_marked_copy_of_each_feature() -> None:
    assert augment([["w=زيد", "b"], []], "aqmar") == [["w=زيد", "b", "aqmar#w=زيد", "aqmar#b"], []]


def test_merge_domain_adds_the_corpus_copy_and_drops_the_others() -> None:
    weights = {
        "w=زيد": [1, 2.0, 3, 1.0],
        "anercorp#w=زيد": [1, 0.5, 3, -1.0],
        "aqmar#w=زيد": [1, -4.0],
        "aqmar#b": [0, 1.0],
    }
    assert merge_domain(weights, "anercorp") == {"w=زيد": [1, 2.5]}  # LOC sums to 0: pruned
    assert merge_domain(weights, "aqmar") == {"b": [0, 1.0], "w=زيد": [1, -2.0, 3, 1.0]}


def test_mix_domains_scales_each_corpus_copy() -> None:
    weights = {
        "w=زيد": [1, 2.0, 3, 1.0],
        "anercorp#w=زيد": [1, 0.5, 3, -1.0],
        "aqmar#w=زيد": [1, -4.0],
        "aqmar#b": [0, 1.0],
    }
    assert mix_domains(weights, {"anercorp": 1.0}) == merge_domain(weights, "anercorp")
    assert mix_domains(weights, {"anercorp": 0.0, "aqmar": 1.0}) == merge_domain(weights, "aqmar")
    assert mix_domains(weights, {}) == {"w=زيد": [1, 2.0, 3, 1.0]}  # the shared weights alone
    assert mix_domains(weights, {"anercorp": 1.0, "aqmar": 0.5}) == {"b": [0, 0.5], "w=زيد": [1, 0.5]}
    assert parse_mix("1:0.5", ["anercorp", "aqmar"]) == {"anercorp": 1.0, "aqmar": 0.5}
    with pytest.raises(SystemExit, match="one scale per corpus"):
        parse_mix("1", ["anercorp", "aqmar"])


def test_domain_path_puts_the_other_corpora_beside_the_main_model() -> None:
    out = Path("/tmp/x/model.json.gz")
    assert domain_path(out, "anercorp", "anercorp") == out
    assert domain_path(out, None, None) == out
    assert domain_path(out, "aqmar", "anercorp") == Path("/tmp/x/model_aqmar.json.gz")


def test_each_corpus_keeps_its_own_convention() -> None:
    """Two corpora that tag the same name differently: each merged model follows its own corpus."""
    news = TaggedSentence(("قال", "زيد", "أمس"), ("O", "B-ORG", "O"))
    wiki = TaggedSentence(("قال", "زيد", "أمس"), ("O", "B-MISC", "O"))
    other = TaggedSentence(("زار", "عمرو", "دمشق"), ("O", "B-PER", "B-LOC"))
    sentences = [news, other] * 5 + [wiki, other] * 5
    domains = ["anercorp", "anercorp"] * 5 + ["aqmar", "aqmar"] * 5
    extract = FeatureExtractor({}, Gazetteer([]))
    model = train(sentences, extract, epochs=5, seed=1, jackknife=0, domains=domains)
    assert to_model(model, extract, "anercorp").tag(news.tokens)[0] == list(news.tags)
    assert to_model(model, extract, "aqmar").tag(wiki.tokens)[0] == list(wiki.tags)
