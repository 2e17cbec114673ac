"""The learned source-boundary experiment (``benchmarks/attribution_sources_cv.py``) on tiny sets.

The step it trains is in the pipeline since session 12 (docs/history/attribution.md); these tests keep the
experiment's training, candidates and held-out guard working so that its figures can be reproduced.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from arabicnews.core.pipeline import Pipeline
from arabicnews.stages.attribution.engine import _Analysis
from arabicnews.stages.attribution.lexicon import lexicon
from arabicnews.stages.attribution.stage import attributions_of
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "attribution_sources_cv.py"
# Tests benchmarks/attribution_sources_cv.py of the checkout, not the installed package:
# the wheel stage of .ci/run leaves it out (pyproject.toml's «checkout» marker).
pytestmark = pytest.mark.checkout


@pytest.fixture(scope="module")
def cv() -> ModuleType:
    spec = importlib.util.spec_from_file_location("attribution_sources_cv", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["attribution_sources_cv"] = module
    spec.loader.exec_module(module)
    return module


def base() -> Pipeline:
    return Pipeline([TokenizerStage(), SentenceStage()])


def test_training_ranks_the_right_candidate_first(cv: ModuleType) -> None:
    # Two candidates each: the rules' span (0) and a longer one (1), right when a seat follows.
    seat = cv.Example("dev", (("de=0",), ("de=2", "ADD:pp", "N:comp")), (1,))
    audience = cv.Example("dev", (("de=0",), ("de=2", "ADD:lpre", "N:comp")), (0,))
    weights = cv.train([seat, audience] * 3, epochs=5)
    assert cv.changes(weights, [seat, audience]) == (1, 1, 0)
    assert weights["ADD:pp"] > weights.get("ADD:lpre", 0.0)


def test_examples_with_no_right_candidate_teach_nothing(cv: ModuleType) -> None:
    lost = cv.Example("dev2", (("de=0",), ("de=1",)), ())
    assert cv.train([lost]) == {}


def test_the_held_out_splits_are_refused(cv: ModuleType) -> None:
    with pytest.raises(SystemExit, match="held-out"):
        cv.dev_records(splits=("dev", "heldout"))


def test_the_reserved_sets_are_refused_and_the_folds_are_the_tuning_sets(cv: ModuleType) -> None:
    with pytest.raises(SystemExit, match="held-out"):
        cv.dev_records(splits=("dev19", "heldout"))
    with pytest.raises(SystemExit, match="held-out"):
        cv.dev_records(splits=("dev23", "dev24"))  # dev24: reserved from session 25
    pooled = sys.modules["attribution_pooled"]  # the one list of tuning sets, imported by the script
    assert cv.TRAIN_SPLITS is pooled.TUNING
    assert set(cv.LESS_TUNED) <= set(cv.TRAIN_SPLITS)
    assert not set(cv.HELD_OUT) & set(cv.TRAIN_SPLITS)


def test_a_feature_variant_keeps_only_its_features(cv: ModuleType) -> None:
    ex = cv.Example("dev", (("de=0", "w=قال"), ("de=1", "ADD:pp", "L:role")), (1,))
    (kept,) = cv.restrict([ex], cv.VARIANTS["no word forms, no added/cut classes"])
    assert kept.candidates == (("de=0",), ("de=1", "L:role")) and kept.right == (1,)


def test_candidates_keep_the_rules_span_first_and_stay_off_cue_and_content(cv: ModuleType) -> None:
    text = "وقال مدير الهيئة في محافظة ينبع لوكالة الأنباء إن الموسم بدأ."
    doc = base()(text)
    (att,) = attributions_of(doc)
    ix = _Analysis(doc, lexicon(), None)
    opts = cv.options(ix, att)
    assert opts is not None
    cands = cv.pairs(opts)
    a, b = cands[0]
    assert (ix.starts[a], ix.toks[b - 1].end) == (att.sources[0].start, att.sources[-1].end)
    for s, e in cands:
        start, end = ix.starts[s], ix.toks[e - 1].end
        assert end <= att.content.start and start >= att.cue.end
        assert "إن" not in text[start:end].split()


def test_no_weights_leave_the_rules_as_they_are(cv: ModuleType) -> None:
    # The stage runs the shipped step (session 12); the experiment's "rules alone" is the stage
    # with the step off.
    text = "وقال مصدر في الوزارة لـ«الشرق الأوسط» إن الأسعار ستنخفض، بحسب مصادر طبية."
    doc = base()(text)
    assert cv.LearnedSources({})(doc).attributions == attributions_of(doc, learned=False)
