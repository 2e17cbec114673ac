"""The clitic segmenter's built lists (``clitics/name_words.pickle``, ``clitics/decisions.pickle``)
and stored counts (``clitics/counts.pickle``): up to date, equal to what the text files give, and
never read when stale."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from arabicnews.arabic import clitic_pack, clitics
from arabicnews.core import stored
from arabicnews.core._native import NATIVE
from arabicnews.core.resources import data_key, data_path, read_frequencies

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
    if isinstance(built, stored.PackedRows):  # read in place: the cuts found by a word's row of the counts
        assert built.keys_of is counts
    else:
        assert all(a is b for a, b in zip(built, counts, strict=False))  # the counts' own strings as keys


def test_the_stored_counts_are_the_file() -> None:
    """``clitics/counts.pickle`` is up to date, what a build now writes, and read as the file's dict
    (the same words in the same order, the same numbers)."""
    assert clitic_pack.load_counts(clitics.counts_key()) is not None, REBUILD
    fresh = clitic_pack.pack(clitics.counts_key(), clitics.pack_counts())
    assert data_path(clitic_pack.COUNTS_BUILT).read_bytes() == fresh, REBUILD
    counts, text = clitics.read_counts(), read_frequencies(clitics.COUNTS_FILE)
    assert list(counts.items()) == list(text.items())
    assert list(counts) == list(text) and len(counts) == len(text)
    for word in [*list(text)[:200], *list(text)[-200:], "الرياض", "والرياض"]:
        assert counts.get(word) == text.get(word) and (word in counts) == (word in text)
    assert counts.get("كلمة لا تكون", 0) == 0 and "ليست كلمة" not in counts and 3 not in counts


def test_stale_stored_counts_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clitics, "counts_key", lambda: "0" * 64)
    clitics.read_counts.cache_clear()
    try:
        counts = clitics.read_counts()
        assert type(counts) is dict
        assert counts == read_frequencies(clitics.COUNTS_FILE)
    finally:
        clitics.read_counts.cache_clear()


def test_without_the_extension_the_counts_and_table_are_dicts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pure-Python path reads the same stored bytes as dicts, the table keyed by the counts' strings."""
    blob = clitic_pack.load_counts(clitics.counts_key())
    assert blob is not None, REBUILD
    monkeypatch.setattr(stored, "NATIVE", None)
    counts = stored.ints_from(blob)
    assert type(counts) is dict and counts == read_frequencies(clitics.COUNTS_FILE)
    table = stored.rows_of(counts, ["a", "b"])
    assert type(table) is dict and list(table.items()) == list(zip(counts, ["a", "b"], strict=False))
    assert all(a is b for a, b in zip(table, counts, strict=False))


@pytest.mark.skipif(NATIVE is None, reason="the C extension _fastner is not built (or disabled)")
def test_the_rows_of_packed_keys() -> None:
    keys = stored.ints_from(stored.pack_ints({"ب": 9, "اوباما": 4, "": 2, "سلمان": 1}))
    assert isinstance(keys, stored.PackedInts)
    rows = stored.rows_of(keys, ["x", "y", "z"])  # fewer rows than keys: the last key has none
    assert isinstance(rows, stored.PackedRows)
    assert list(rows.items()) == [("ب", "x"), ("اوباما", "y"), ("", "z")] and len(rows) == 3
    assert rows["اوباما"] == "y" and rows.get("") == "z" and rows.get("سلمان") is None and "سلمان" not in rows
    assert rows.get("غير", "-") == "-" and 5 not in rows
    with pytest.raises(KeyError):
        rows["سلمان"]
    assert list(stored.rows_of(keys, ["x", "y", "z", "w", "extra"]).values()) == ["x", "y", "z", "w"]


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


def test_the_stored_written_forms_are_the_file() -> None:
    """``clitics/written.pickle`` is up to date, what a build now writes, and read as the file's table
    (the same words in the same order, the same cuts, equal cuts one string)."""
    built = clitic_pack.load_written(clitics.written_key())
    assert built is not None, REBUILD
    fresh = clitic_pack.pack(clitics.written_key(), clitic_pack.written_payload())
    assert data_path(clitic_pack.WRITTEN_BUILT).read_bytes() == fresh, REBUILD
    table, text = clitics.read_written(), clitics.read_written_file()
    assert list(table.items()) == list(text.items()) and len(table) == len(text)
    for word in [*list(text)[:100], *list(text)[-100:]]:
        assert table.get(word) == text[word] and word in table
    assert table.get("الارض") is None and "الارض" not in table  # a form of the counts: not here
    if NATIVE is not None:
        assert isinstance(table, stored.PackedRows)
    by_value: dict[str, str] = {}
    assert all(by_value.setdefault(spec, spec) is spec for spec in built[1])


def test_stale_stored_written_forms_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clitics, "written_key", lambda: "0" * 64)
    table = clitics.read_written()
    assert type(table) is dict and list(table.items()) == list(clitics.read_written_file().items())


def test_a_foreign_written_file_is_not_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    key, path = clitics.written_key(), tmp_path / "written.pickle"
    monkeypatch.setattr(clitic_pack, "data_path", lambda n: path)
    for payload in ([], (b"", "x"), ("x", []), (b"",)):
        path.write_bytes(pickle.dumps((clitic_pack.FORMAT, key, payload)))
        assert clitic_pack.load_written(key) is None
    path.write_bytes(clitic_pack.pack(key, (b"blob", ["a"])))
    assert clitic_pack.load_written(key) == (b"blob", ["a"])
    assert clitic_pack.load_written("0" * 64) is None


def test_without_the_extension_the_written_forms_are_a_dict(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stored, "NATIVE", None)
    table = clitics.read_written()
    assert type(table) is dict and list(table.items()) == list(clitics.read_written_file().items())
