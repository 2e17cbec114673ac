"""The entity tagger's post-processing steps: each one's example, the order, the trace, and BIO tags."""

from __future__ import annotations

import pytest

from arabicnews import Document
from arabicnews.core.rules import tracing
from arabicnews.stages.entities.bio import BioWriter, bio_run, bio_spans
from arabicnews.stages.entities.perceptron import default_model
from arabicnews.stages.entities.postprocess import POSTPROCESSING, TABLE, Step, Tagging, postprocess
from arabicnews.stages.entities.stage import entities_of
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage


def _doc(text: str) -> Document:
    return SentenceStage()(TokenizerStage()(Document(text)))


@pytest.mark.parametrize("step", POSTPROCESSING, ids=lambda s: s.name)
def test_each_step_changes_the_entities_of_its_example(step: Step) -> None:
    doc = _doc(step.example)
    without = entities_of(doc, steps=[s for s in POSTPROCESSING if s is not step])
    assert entities_of(doc) != without


@pytest.mark.parametrize("step", POSTPROCESSING, ids=lambda s: s.name)
def test_each_step_records_its_decision_on_its_example(step: Step) -> None:
    doc = _doc(step.example)
    with tracing(doc.text) as trace:
        found = entities_of(doc)
    mine = [d for d in trace.decisions if d.rule == step.name]
    assert mine and all(d.layer == "entities" and d.table == TABLE for d in mine)
    assert all(doc.text[d.start : d.end] == d.text for d in mine)
    # A recorded mention is an entity of the result, unless a later step changed it again.
    assert {(d.start, d.end) for d in trace.decisions} & {(e.start, e.end) for e in found}


def test_step_names_are_unique_and_within_sentence_steps_come_first() -> None:
    names = [s.name for s in POSTPROCESSING]
    assert len(set(names)) == len(names)
    across = [s.across_sentences for s in POSTPROCESSING]
    assert across == sorted(across)


def test_tag_runs_the_steps_within_a_sentence_only() -> None:
    model = default_model()
    words = ["وقال", "هاموند", "إن", "هاموند", "سيزور", "لندن"]
    tags, margins = model.tag(words)
    tagging = model.tagging([words])
    postprocess(tagging, [s for s in POSTPROCESSING if not s.across_sentences])
    assert (tags, margins) == (tagging.tags[0], tagging.margins[0])


def test_a_changed_tag_gets_margin_zero() -> None:
    # Propagation tags the second «هاموند» like the first; the model did not choose that tag.
    tagging = Tagging(
        [["B-PER", "O"], ["O", "O"]],
        [[5.0, 5.0], [5.0, 5.0]],
        [["", ""], ["", ""]],
        [["هاموند", "قال"], ["قال", "هاموند"]],
    )
    postprocess(tagging, [s for s in POSTPROCESSING if s.name.startswith("a name found once")])
    assert tagging.tags == [["B-PER", "O"], ["O", "B-PER"]]
    assert tagging.margins == [[5.0, 5.0], [5.0, 0.0]]


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], [(0, 2, "PER"), (3, 4, "LOC")]),
        (["I-ORG", "I-ORG", "B-ORG"], [(0, 2, "ORG"), (2, 3, "ORG")]),
        (["B-PER", "I-LOC"], [(0, 1, "PER"), (1, 2, "LOC")]),
        (["S-PER", "B-LOC", "E-LOC", None, "O"], [(0, 1, "PER"), (1, 3, "LOC")]),
        ([], []),
    ],
)
def test_bio_spans_reads_bio_and_bioes_leniently(tags: list[str | None], spans: list[tuple[int, int, str]]) -> None:
    assert bio_spans(tags) == spans


def test_bio_run_and_writer_agree_with_bio_spans() -> None:
    assert bio_run("ORG", 3) == ["B-ORG", "I-ORG", "I-ORG"]
    assert bio_spans(bio_run("ORG", 3)) == [(0, 3, "ORG")]
    writer = BioWriter([(0, 5, "PER"), (6, 9, "LOC")])
    tags = [writer.tag(a, b) for a, b in [(0, 2), (3, 5), (6, 9), (10, 12)]]
    assert tags == ["B-PER", "I-PER", "B-LOC", "O"]
    assert bio_spans(tags) == [(0, 2, "PER"), (2, 3, "LOC")]


def test_old_names_still_import() -> None:
    from arabicnews import ner, stanza_backend
    from arabicnews.stages.entities import tagger

    assert stanza_backend.decode_tags is bio_spans
    assert ner.bio_spans is bio_spans and tagger.bio_spans is bio_spans
    for name in ner.__all__:
        assert getattr(ner, name) is getattr(tagger, name)
