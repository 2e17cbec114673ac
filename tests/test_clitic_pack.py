"""The clitic segmenter's built lists (``clitics/name_words.pickle``, ``clitics/decisions.pickle``):
up to date, equal to what the text files give, and never read when stale."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from arabicnews.arabic import clitic_pack, clitics
from arabicnews.core.resources import data_key, data_path

REBUILD = "stale: rebuild it with `python -m arabicnews.arabic.clitic_pack` and commit it"


def test_the_built_files_are_up_to_date() -> None:
    assert clitic_pack.load_built(clitic_pack.NAMES_FILE, clitics.name_words_key()) is not None, REBUILD
    assert clitic_pack.load_built(clitic_pack.DECISIONS_BUILT, clitics.decisions_key()) is not None, REBUILD


def test_the_built_files_are_what_a_build_now_writes() -> None:
    """Byte for byte: code that now computes other name words or reads other cuts from the same
    files fails here too."""
    names = clitic_pack.pack(clitics.name_words_key(), sorted(clitics.compute_name_words()))
    assert data_path(clitic_pack.NAMES_FILE).read_bytes() == names, REBUILD
    specs = list(clitics.read_decisions_file().values())
    assert data_path(clitic_pack.DECISIONS_BUILT).read_bytes() == clitic_pack.pack(clitics.decisions_key(), specs)


def test_the_loaded_lists_are_the_computed_ones() -> None:
    assert clitics.name_words() == clitics.compute_name_words()
    built, read = clitics.read_decisions(), clitics.read_decisions_file()
    assert list(built.items()) == list(read.items())
    counts = clitics.read_counts()
    assert all(a is b for a, b in zip(built, counts, strict=False))  # the counts' own strings as keys


def test_the_keys_follow_their_sources() -> None:
    assert clitics.name_words_key() != clitics.decisions_key()
    assert data_key(["clitics/whole.txt"], [1]) != data_key(["clitics/whole.txt"], [2])
    assert data_key(["clitics/whole.txt"], [1]) != data_key(["clitics/gold.tsv"], [1])
    assert data_key(["clitics/whole.txt"], [1]) == data_key(["clitics/whole.txt"], [1])


def test_a_stale_or_foreign_file_is_not_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    name, key = clitic_pack.NAMES_FILE, clitics.name_words_key()
    assert clitic_pack.load_built(name, "0" * 64) is None  # built from other files
    real = data_path

    def fake(blob: bytes) -> None:
        path = tmp_path / "built.pickle"
        path.write_bytes(blob)
        monkeypatch.setattr(clitic_pack, "data_path", lambda n: path if n == name else real(n))

    fake(pickle.dumps(("other-format", key, [])))
    assert clitic_pack.load_built(name, key) is None
    fake(pickle.dumps((clitic_pack.FORMAT, key, [], "extra")))
    assert clitic_pack.load_built(name, key) is None
    fake(pickle.dumps((clitic_pack.FORMAT, key, frozenset())))
    assert clitic_pack.load_built(name, key) is None
    fake(pickle.dumps((clitic_pack.FORMAT, key, [pytest.MonkeyPatch()])))  # a class: refused
    assert clitic_pack.load_built(name, key) is None
    fake(b"not a pickle")
    assert clitic_pack.load_built(name, key) is None
    fake(clitic_pack.pack(key, ["اوباما", "سلمان"]))
    assert clitic_pack.load_built(name, key) == ["اوباما", "سلمان"]
    monkeypatch.setattr(clitic_pack, "data_path", lambda n: tmp_path / "missing.pickle")
    assert clitic_pack.load_built(name, key) is None


def test_a_stale_built_table_falls_back_to_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clitics, "decisions_key", lambda: "0" * 64)
    assert list(clitics.read_decisions().items()) == list(clitics.read_decisions_file().items())
