"""The clitic decision table: every entry is the analysis's own cuts, and the command rebuilds the file."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from arabicnews import explain
from arabicnews.arabic.clitics import (
    DECISIONS_FILE,
    CliticSegmenter,
    decode_cuts,
    default_segmenter,
    encode_cuts,
    load_model,
    read_decisions,
)
from arabicnews.core.resources import data_path, read_table
from arabicnews.train.clitics import DECISIONS_SIZE, main as train_clitics


@pytest.fixture(scope="module")
def table() -> dict[str, str]:
    return read_decisions()


def test_every_entry_is_the_live_analysis(table: dict[str, str]) -> None:
    # The table may never go stale silently: a change to the counts, the rules or their thresholds
    # that moves any cut fails here until `python -m arabicnews.train clitics --decisions` is run.
    live = CliticSegmenter(load_model())
    stale = [w for w, spec in table.items() if decode_cuts(w, spec) != live.analysed_cuts(w)]
    assert not stale, (
        f"{len(stale)} stale entries, e.g. {stale[:5]}: run python -m arabicnews.train clitics --decisions"
    )


def test_the_table_holds_the_most_frequent_forms(table: dict[str, str]) -> None:
    counts = [word for word, _ in read_table("clitics/counts.tsv", 2)]
    assert list(table) == counts[:DECISIONS_SIZE]


def test_the_command_reproduces_the_file(tmp_path: Path) -> None:
    assert train_clitics(["--decisions", "--out", str(tmp_path)]) == 0
    rebuilt = (tmp_path / Path(DECISIONS_FILE).name).read_bytes()
    assert rebuilt == data_path(DECISIONS_FILE).read_bytes()


@pytest.mark.parametrize(
    "word",
    ["وهو", "انه", "في", "والحكومة", "للسلطة", "حكومته", "لها", "كما", "وزير", "بريطانيا", "ونهايته", "كتبوه"],
)
def test_encode_decode_round_trip(word: str) -> None:
    cuts = CliticSegmenter(load_model()).analysed_cuts(word)
    assert decode_cuts(word, encode_cuts(word, cuts)) == cuts


def test_the_default_segmenter_consults_the_table(table: dict[str, str]) -> None:
    seg = CliticSegmenter()
    seg.segment("في", 0)  # the packaged model and the table load on the first word
    assert seg._decisions == table
    assert CliticSegmenter(load_model())._decisions == {}  # a model of one's own: no table
    assert pickle.loads(pickle.dumps(seg))._decisions == table


@pytest.mark.parametrize("word", ["وهو", "انه", "والحكومة", "بِالحكومة", "ﻟﻠﺴﻠﻄﺔ", "لـلبنان", "عاماً", "للأحياء"])
def test_same_segments_with_and_without_the_table(word: str) -> None:
    with_table = default_segmenter().segment(word, 7)
    without = CliticSegmenter(load_model()).segment(word, 7)
    assert with_table == without


def test_a_trace_names_the_rules_of_a_word_in_the_table(table: dict[str, str]) -> None:
    assert table["وهو"]  # a split word in the table: the trace must still name the rule that split it
    default_segmenter().segment("وهو", 0)
    decisions = explain("وهو", "tokens").decisions
    assert decisions
    assert {d.text for d in decisions} == {"وهو"}
