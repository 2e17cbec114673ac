"""The entity tagger's post-processing steps: each one's example, the order, the trace, and BIO tags."""

from __future__ import annotations

import unicodedata

import pytest
import regex
from hypothesis import given, strategies as st

import arabicnews
from arabicnews import Document
from arabicnews.core.resources import read_table
from arabicnews.core.rules import Rule
from arabicnews.stages.entities.bio import BioWriter, bio_run, bio_spans
from arabicnews.stages.entities.perceptron import AQMAR_MODEL_FILE, NerModel, default_model
from arabicnews.stages.entities.postprocess import (
    ACROSS_SENTENCES,
    LATIN_ORGANISATIONS,
    POSTPROCESSING,
    WITHIN_SENTENCE,
    Step,
    Tagging,
    is_latin_organisation,
    postprocess,
    tag_latin_organisations,
)
from arabicnews.stages.entities.stage import EntityStage, entities_of
from arabicnews.stages.sentences import SentenceStage
from arabicnews.stages.tokens import TokenizerStage

STEPS = [step for table in POSTPROCESSING for step in table.rules]
AQMAR_WEIGHTS = {"a web or e-mail address is not a name"}
"""Steps shown with the AQMAR weights: the default (news) weights tag no address (none in the 1,201
texts of benchmarks/snapshot.py), the AQMAR weights tag addresses `MISC` as they tag Latin-script names."""


def _model(step: Step) -> NerModel:
    return NerModel.load(AQMAR_MODEL_FILE) if step.name in AQMAR_WEIGHTS else default_model()


def _doc(text: str) -> Document:
    return SentenceStage()(TokenizerStage()(Document(text)))


@pytest.mark.parametrize("step", STEPS, ids=lambda s: s.name)
def test_each_step_changes_the_entities_of_its_example(step: Step) -> None:
    doc = _doc(step.example)
    model = _model(step)
    assert entities_of(doc, model) != entities_of(doc, model, skip=[step.name])


@pytest.mark.parametrize("step", STEPS, ids=lambda s: s.name)
def test_each_step_is_explained_on_its_example(step: Step) -> None:
    pipeline = arabicnews.default_pipeline().replace("entities", EntityStage(_model(step)))
    found = arabicnews.explain(step.example, "entities", pipeline=pipeline)
    mine = [d for d in found.decisions if d.rule == step.name]
    assert mine and all(d.verdict == step.verdict for d in mine)
    assert all(step.example[d.start : d.end] == d.text for d in mine)
    entities = {(e.start, e.end) for e in found.document.entities}
    # The last step's mentions are entities as they stand (earlier ones may be changed again).
    assert {(d.start, d.end) for d in found.decisions if d.rule == STEPS[-1].name} <= entities


def test_the_stage_shows_its_tables_in_the_order_they_run() -> None:
    assert EntityStage.rule_tables == POSTPROCESSING == (WITHIN_SENTENCE, ACROSS_SENTENCES)
    assert all(table.layer == "entities" for table in POSTPROCESSING)
    names = [s.name for s in STEPS]
    assert len(set(names)) == len(names)


def test_tag_runs_the_steps_within_a_sentence_only() -> None:
    model = default_model()
    words = ["وقال", "هاموند", "إن", "هاموند", "سيزور", "لندن"]
    tags, margins = model.tag(words)
    tagging = model.tagging([words])
    postprocess(tagging, (WITHIN_SENTENCE,))
    assert (tags, margins) == (tagging.tags[0], tagging.margins[0])


def test_a_changed_tag_gets_margin_zero() -> None:
    # Propagation tags the second «هاموند» like the first; the model did not choose that tag.
    stems = [["هاموند", "قال"], ["قال", "هاموند"]]
    tagging = Tagging([["B-PER", "O"], ["O", "O"]], [[5.0, 5.0], [5.0, 5.0]], [["", ""], ["", ""]], stems)
    postprocess(tagging, (ACROSS_SENTENCES,), skip=[ACROSS_SENTENCES.rules[1].name])
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


def _bio_spans_word_by_word(tags: list[str | None]) -> list[tuple[int, int, str]]:
    """bio_spans as it read every tag, "O" included (it now skips the "O"s): the reference."""
    out: list[tuple[int, int, str]] = []
    start: int | None = None
    kind = ""
    for i, tag in enumerate(tags):
        prefix, _, typ = (tag or "O").partition("-")
        if not typ or prefix not in ("B", "I", "E", "S"):
            if start is not None:
                out.append((start, i, kind))
                start = None
            continue
        if start is None or prefix in ("B", "S") or typ != kind:
            if start is not None:
                out.append((start, i, kind))
            start, kind = i, typ
        if prefix in ("E", "S"):
            out.append((start, i + 1, kind))
            start = None
    if start is not None:
        out.append((start, len(tags), kind))
    return out


_ANY_TAG = st.sampled_from(["O", "O", "O", None, "B-PER", "I-PER", "E-PER", "S-PER", "B-LOC", "I-LOC", "X", "I-"])


@given(st.lists(_ANY_TAG, max_size=12))
def test_bio_spans_skipping_o_reads_as_word_by_word(tags: list[str | None]) -> None:
    assert bio_spans(tags) == _bio_spans_word_by_word(tags)


def test_bio_run_and_writer_agree_with_bio_spans() -> None:
    assert bio_run("ORG", 3) == ["B-ORG", "I-ORG", "I-ORG"]
    assert bio_spans(bio_run("ORG", 3)) == [(0, 3, "ORG")]
    writer = BioWriter([(0, 5, "PER"), (6, 9, "LOC")])
    tags = [writer.tag(a, b) for a, b in [(0, 2), (3, 5), (6, 9), (10, 12)]]
    assert tags == ["B-PER", "I-PER", "B-LOC", "O"]
    assert bio_spans(tags) == [(0, 2, "PER"), (2, 3, "LOC")]


def test_old_names_still_import() -> None:
    from arabicnews import ner, stanza_backend

    assert stanza_backend.decode_tags is bio_spans
    assert ner.bio_spans is bio_spans


@pytest.mark.parametrize(
    ("step", "trap"), [(s, t) for s in STEPS for t in s.traps], ids=lambda x: x.name if isinstance(x, Rule) else x
)
def test_no_step_decides_in_its_traps(step: Step, trap: str) -> None:
    found = arabicnews.explain(trap, "entities")
    assert not [d for d in found.decisions if d.rule == step.name]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["CNN"], True),
        (["cnn"], False),  # an acronym only in capitals: lower case is a user name or part of an address
        (["Cnn"], False),
        (["Sony"], True),
        (["SONY"], True),
        (["sony"], False),
        (["AT", "&", "T"], True),
        (["Apple", "Inc", "."], True),
        (["Aston", "University"], True),  # an organisation word at the end
        (["Free", "University", "of", "Berlin"], True),  # or before «of»
        (["Institute", "of", "Management", "Technology"], True),
        (["The", "Open", "Group", "Base", "Specifications"], False),
        (["the", "school"], False),
        (["University"], False),
        (["iOS"], False),
        (["Xbox", "One"], False),
        (["Samsung", "Galaxy"], False),
        (["www.cnn.com"], False),
    ],
)
def test_latin_organisation_names(words: list[str], expected: bool) -> None:
    assert is_latin_organisation(words) is expected


@pytest.mark.parametrize(
    ("stems", "tags", "expected"),
    [
        (["قالت", "CNN", "إن"], ["O", "B-MISC", "O"], ["O", "B-ORG", "O"]),
        (["قالت", "CNN", "إن"], ["O", "O", "O"], ["O", "B-ORG", "O"]),  # also where the model saw no name
        (["شركة", "AT", "&", "T"], ["O", "B-MISC", "I-MISC", "I-MISC"], ["O", "B-ORG", "I-ORG", "I-ORG"]),
        # An entity that runs into or out of the Latin words is not cut.
        (["شبكة", "CNN", "إن"], ["B-ORG", "I-ORG", "O"], ["B-ORG", "I-ORG", "O"]),
        (["CNN", "International"], ["B-MISC", "I-MISC"], ["B-MISC", "I-MISC"]),
        # A model number makes a product of a maker's name.
        (["هاتف", "OnePlus", "2"], ["O", "B-MISC", "I-MISC"], ["O", "B-MISC", "I-MISC"]),
        (["IBM", "و", "Sony"], ["B-MISC", "O", "B-MISC"], ["B-ORG", "O", "B-ORG"]),
    ],
)
def test_tag_latin_organisations(stems: list[str], tags: list[str], expected: list[str]) -> None:
    before = list(tags)
    margins = [3.0] * len(tags)
    changed = tag_latin_organisations(tags, margins, stems)
    assert tags == expected
    assert changed is (before != expected)
    # A word whose tag the step changed gets margin 0; the others keep theirs.
    assert margins == [0.0 if a != b else 3.0 for a, b in zip(before, expected, strict=True)]


def test_the_latin_organisation_list_is_clean() -> None:
    rows = list(read_table(LATIN_ORGANISATIONS, 3))
    assert rows and all(cls in ("ORG", "WORD") and source in ("news", "knowledge") for cls, _, source in rows)
    names = [name for _, name, _ in rows]
    assert len(names) == len(set(names))
    assert all(unicodedata.normalize("NFC", n) == n and regex.search(r"\p{Latin}", n) for n in names)
    assert not any(regex.search(r"\p{Arabic}", n) for n in names)
    # Products, and names that are also common words, stay out (see the file's header).
    assert not {"iOS", "Xbox", "Amazon", "Orange", "Total", "Visa", "Delta", "Time"} & set(names)
