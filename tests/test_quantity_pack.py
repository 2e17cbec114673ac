"""The quantity lexicons' built sets (``quantities/derived.pickle``) and the one-split read of the
clitic counts: up to date, equal to what is computed, and never read when stale."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from arabicnews.core import resources
from arabicnews.core.resources import data_path, read_frequencies, read_table
from arabicnews.stages.quantities import lexicon, pack

REBUILD = "stale: rebuild it with `python -m arabicnews.stages.quantities.pack` and commit it"


def test_the_built_sets_are_up_to_date() -> None:
    assert pack.load_built(lexicon.derived_key()) is not None, REBUILD


def test_the_built_file_is_what_a_build_now_writes() -> None:
    """Byte for byte: the sets are stored sorted, so a build is reproducible, and code that now
    computes other sets from the same counts fails here too."""
    fresh = pack.pack(lexicon.derived_key(), lexicon.compute_derived())
    assert data_path(pack.BUILT_FILE).read_bytes() == fresh, REBUILD


def test_the_lexicons_hold_the_computed_sets() -> None:
    duals, prepositions, never = lexicon.compute_derived()
    lx = lexicon.lexicons()
    assert lx.dual_singulars == duals and list(lx.dual_singulars) == list(duals)
    assert lx.preposition_forms == prepositions
    assert lx.never_definite < never and "تمت" in lx.never_definite and "كلم" not in lx.never_definite


def test_a_stale_or_foreign_file_is_not_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    key = lexicon.derived_key()
    assert pack.load_built("0" * 64) is None  # built from other counts or thresholds
    real = data_path

    def fake(blob: bytes) -> None:
        path = tmp_path / "derived.pickle"
        path.write_bytes(blob)
        monkeypatch.setattr(pack, "data_path", lambda name: path if name == pack.BUILT_FILE else real(name))

    fake(pickle.dumps(("other-format", key, {}, [], [])))
    assert pack.load_built(key) is None
    fake(pickle.dumps((pack.FORMAT, key, {}, [], [], "extra")))
    assert pack.load_built(key) is None
    fake(pickle.dumps((pack.FORMAT, key, {}, frozenset(), [])))
    assert pack.load_built(key) is None
    fake(pickle.dumps((pack.FORMAT, key, {}, [], [pytest.MonkeyPatch()])))  # a class: refused
    assert pack.load_built(key) is None
    fake(b"not a pickle")
    assert pack.load_built(key) is None
    fake(pack.pack(key, ({"سمكة": 60}, frozenset({"لبطوله"}), frozenset({"تمت"}))))
    assert pack.load_built(key) == ({"سمكة": 60}, frozenset({"لبطوله"}), frozenset({"تمت"}))


def test_the_key_follows_the_thresholds() -> None:
    assert pack.key((50, 200)) != pack.key((51, 200))
    assert pack.key((50, 200)) == pack.key((50, 200))


def _slow(name: str) -> list[tuple[str, int]]:
    return [(w, int(n)) for w, n in read_table(name, 2)]


def test_read_frequencies_equals_the_row_by_row_read_of_the_counts() -> None:
    fast = read_frequencies("clitics/counts.tsv")
    assert list(fast.items()) == list(dict(_slow("clitics/counts.tsv")).items())
    assert all(type(n) is int for n in fast.values())


@pytest.mark.parametrize(
    "text",
    [
        "# a comment\n# another\nفي\t3\nمن\t2\n",
        "في\t3\nمن\t2",  # no comment, no final line break
        "في\t3\nفي\t5\n",  # a repeated word keeps its last number
        "في\t3\n\nمن\t2\n",  # a blank line: read row by row
        "في \t3\nمن\t 2\n",  # spaces beside a tab
        "في\t3\n# a comment inside\nمن\t2\n",
        "  # an indented comment\nفي\t3\n",
        "في\t3\r\nمن\t2\r\n",
        "",
        "# only a comment",
    ],
)
def test_read_frequencies_equals_the_row_by_row_read(
    text: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "t.tsv"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(resources, "data_path", lambda name: path)
    assert list(read_frequencies("t.tsv").items()) == list(dict(_slow("t.tsv")).items())
