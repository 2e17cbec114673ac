"""The clitic decision table: every entry is the analysis's own cuts, and the command rebuilds the file."""

from __future__ import annotations

import io
import pickle
from collections.abc import Mapping
from pathlib import Path

import pytest

from arabicnews import explain
from arabicnews.arabic.clitics import (
    DECISIONS_FILE,
    DECISIONS_HEADER,
    WRITTEN_FILE,
    WRITTEN_HEADER,
    CliticSegmenter,
    decisions_table,
    decode_cuts,
    default_segmenter,
    encode_cuts,
    load_model,
    read_counts,
    read_decisions,
    read_written,
    read_written_file,
    written_table,
)
from arabicnews.core import stored
from arabicnews.core.resources import data_path, read_table
from arabicnews.evaluate.segmentation import ARABIC_RUN
from arabicnews.train.clitics import DECISIONS_SIZE, WRITTEN_SIZE, main as train_clitics, written_words


@pytest.fixture(scope="module")
def table() -> dict[str, str]:
    return read_decisions()


@pytest.fixture(scope="module")
def rebuilt_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the command writes its files now (the live analysis of every form they hold), once."""
    out = tmp_path_factory.mktemp("decisions")
    assert train_clitics(["--decisions", "--out", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def rebuilt(rebuilt_dir: Path) -> bytes:
    """The decision table the command writes now."""
    return (rebuilt_dir / Path(DECISIONS_FILE).name).read_bytes()


def test_every_entry_is_the_live_analysis(table: dict[str, str], rebuilt: bytes) -> None:
    # The table may never go stale silently: a change to the counts, the rules or their thresholds
    # that moves any cut fails here until `python -m arabicnews.train clitics --decisions` is run.
    # The command writes the live analysis (`analysed_cuts`) of every form of the counts.
    live = decisions_table(io.StringIO(rebuilt.decode("utf-8")), read_counts())
    assert len(live) == len(read_counts())
    stale = [w for w, spec in table.items() if live.get(w) != spec]
    assert not stale, (
        f"{len(stale)} stale entries, e.g. {stale[:5]}: run python -m arabicnews.train clitics --decisions"
    )
    # and the entries decode to the analysis's cuts (a sample: the command encodes what it analyses)
    segmenter = CliticSegmenter(load_model())
    sample = list(table.items())[::97]
    assert [decode_cuts(w, spec) for w, spec in sample] == [segmenter.analysed_cuts(w) for w, _ in sample]


def test_the_table_holds_the_most_frequent_forms(table: dict[str, str]) -> None:
    counts = [word for word, _ in read_table("clitics/counts.tsv", 2)]
    assert list(table) == counts[:DECISIONS_SIZE]


def test_the_table_shares_the_counts_keys_and_its_cuts(table: dict[str, str]) -> None:
    # Loading makes no string of its own per word: the keys are the counts' strings, and equal
    # cuts are one string.
    counts = read_counts()
    if isinstance(table, stored.PackedRows):  # the stored counts read in place: cuts found by a word's row
        assert table.keys_of is counts
    else:
        assert all(a is b for a, b in zip(table, counts, strict=False))
    by_value: dict[str, str] = {}
    assert all(by_value.setdefault(spec, spec) is spec for spec in table.values())


_COUNTS = {"في": 9, "والحكومة": 5, "لها": 3, "وزير": 2}


def _file(specs: list[str], rows: int | None = None, last: str | None = None) -> str:
    rows = len(specs) if rows is None else rows
    last = list(_COUNTS)[len(specs) - 1] if last is None else last
    return DECISIONS_HEADER.format(rows=rows, last=last) + "\n# a comment\n" + "".join(s + "\n" for s in specs)


def test_a_table_over_the_counts_rows() -> None:
    specs = ["", "0:1:p:و 1:8:s:", "0:1:p:ل 1:3:e:ها"]
    assert decisions_table(io.StringIO(_file(specs)), _COUNTS) == {"في": "", "والحكومة": specs[1], "لها": specs[2]}
    assert decisions_table(io.StringIO(_file(["", "", "", ""])), _COUNTS) == dict.fromkeys(
        _COUNTS, ""
    )  # last line empty


@pytest.mark.parametrize(
    "text",
    [
        _file(["", ""], rows=3),  # the header counts other rows
        _file(["", ""], last="لها"),  # the counts were rebuilt: another word at the last row
        _file(["", "", "", "", ""], last="وزير"),  # more rows than the counts have
        "\n".join(["", ""]) + "\n",  # no header
        DECISIONS_HEADER.format(rows=0, last="") + "\n",  # no rows
    ],
)
def test_a_table_that_does_not_match_the_counts_is_not_used(text: str) -> None:
    assert decisions_table(io.StringIO(text), _COUNTS) == {}


def test_the_command_reproduces_the_file(rebuilt: bytes) -> None:
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


# -- the table of frequent written forms (issue 20, session 21, speed21z) ------------------------


@pytest.fixture(scope="module")
def written() -> Mapping[str, str]:
    return read_written()


def test_every_written_entry_is_the_live_analysis(written: Mapping[str, str], rebuilt_dir: Path) -> None:
    # `--decisions` analyses the words of written.tsv again: the packaged file is that analysis,
    # byte for byte, until a change to the rules or their files moves a cut.
    fresh = (rebuilt_dir / Path(WRITTEN_FILE).name).read_bytes()
    assert fresh == data_path(WRITTEN_FILE).read_bytes(), (
        "stale written.tsv: run python -m arabicnews.train clitics --decisions"
    )
    segmenter = CliticSegmenter(load_model())
    sample = list(written.items())[::37]
    assert [decode_cuts(w, spec) for w, spec in sample] == [segmenter.analysed_cuts(w) for w, _ in sample]


def test_the_written_forms_are_frequent_words_the_counts_lack(written: Mapping[str, str]) -> None:
    counts = read_counts()
    words = list(written)
    assert len(words) == WRITTEN_SIZE == len(set(words))
    assert not [w for w in words if w in counts]  # the decision table answers for those
    assert all(ARABIC_RUN.fullmatch(w) for w in words)
    assert {"إلى", "الأرض", "على", "أن"} <= set(words)  # a hamza, a final ى
    assert list(written.items()) == list(read_written_file().items())


def test_the_written_words_are_chosen_by_frequency() -> None:
    freqs = {"في": 9.0, "إلى": 8.0, "على": 8.0, "hello": 7.0, "الأرض": 6.0, "أن": 5.0, "١٢": 4.0}
    counts = {"في": 1}
    assert written_words(3, freqs, counts) == ["إلى", "على", "الأرض"]  # equal frequencies: code point order
    assert written_words(10, freqs, counts) == ["إلى", "على", "الأرض", "أن"]
    assert written_words(0, freqs, counts) == []


def _written_file(rows: list[tuple[str, str]], count: int | None = None, last: str | None = None) -> str:
    count = len(rows) if count is None else count
    last = rows[-1][0] if last is None else last
    header = WRITTEN_HEADER.format(rows=count, last=last)
    return header + "\n# a comment\n" + "".join(f"{w}\t{spec}\n" if spec else f"{w}\n" for w, spec in rows)


def test_a_written_table_of_lines() -> None:
    rows = [("إلى", ""), ("بأن", "0:1:p:ب 1:3:s:"), ("لأن", "0:1:p:ل 1:3:s:")]
    table = written_table(io.StringIO(_written_file(rows)))
    assert table == dict(rows)
    assert table["بأن"] is not rows[1][1]  # the line's own string, equal cuts shared
    assert written_table(io.StringIO(_written_file(rows, count=4))) == {}  # lines lost
    assert written_table(io.StringIO(_written_file(rows, last="إلى"))) == {}  # another last word
    assert written_table(io.StringIO("")) == {}


def test_the_default_segmenter_consults_the_written_forms(written: Mapping[str, str]) -> None:
    seg = CliticSegmenter()
    seg.segment("في", 0)
    assert seg._written == written
    assert CliticSegmenter(load_model())._written == {}  # a model of one's own: no table
    word = next(w for w, spec in written.items() if spec)  # a split written form
    assert seg._cuts(word) == decode_cuts(word, written[word]) == CliticSegmenter(load_model()).analysed_cuts(word)


@pytest.mark.parametrize("word", ["الأرض", "إلى", "بأن", "وأكد", "لإساءة", "والتقى", "الآن", "حلفائنا", "رئيس"])
def test_same_segments_with_and_without_the_written_forms(word: str, written: Mapping[str, str]) -> None:
    assert word in written
    assert default_segmenter().segment(word, 7) == CliticSegmenter(load_model()).segment(word, 7)
