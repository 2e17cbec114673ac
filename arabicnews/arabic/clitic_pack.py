"""The clitic segmenter's name words, word frequencies and decision table, built once and stored as pickles.

A process's first ``analyze()`` needed two lists computed from the text files (issue 20, session 14,
speed20r): the 22,000 person and place name words of the entity tagger's gazetteers
(:func:`~arabicnews.arabic.clitics.name_words`, each word normalised: about 0.05 CPU s) and the
decision table's lines of ``clitics/decisions.tsv`` (:func:`~arabicnews.arabic.clitics.read_decisions`,
a quarter of a million lines read and stripped: about 0.05 CPU s). ``clitics/name_words.pickle``
and ``clitics/decisions.pickle`` hold them as computed (the name words sorted, the decision table's
cuts one a row of ``counts.tsv`` in its order, equal cuts stored once), each with a key of what it
was computed from: the SHA-256 of its source files and of the constants that shape it.
``clitics/counts.pickle`` (issue 20, session 20, speed20y) holds ``counts.tsv``'s quarter of a million
words and frequencies as one bytes object (:func:`~arabicnews.core.stored.pack_ints`): with the C
extension the counts are read where they lie (:class:`~arabicnews.core.stored.PackedInts`, and the
decision table's cuts found by a word's row, :class:`~arabicnews.core.stored.PackedRows`), so that
loading them makes no Python object per word (0.07-0.10 CPU s before); without it the dict is made
from the same bytes.
``clitics/written.pickle`` (issue 20, session 21, speed21z) holds ``written.tsv``'s frequent written
forms the same way (their words as one bytes object, their cuts one a word), which the segmenter
consults after the decision table.
:func:`load_built` returns ``None`` when the key differs (or the file is missing or unreadable), and
the list is computed from the text files as before; both files are rebuilt by::

    python -m arabicnews.arabic.clitic_pack

(``python -m arabicnews.train clitics`` rebuilds the counts' file when it rewrites the packaged
``counts.tsv``, and ``--decisions`` the decision table's and the written forms' when it rewrites
``decisions.tsv`` and ``written.tsv``).
``tests/test_clitic_pack.py`` fails when a file is stale, including when the code would now compute
another list from the same files (it compares the bytes with a fresh build). The files hold only
builtins (a tuple, a list of strings or a bytes object); nothing else is unpickled.
"""

from __future__ import annotations

import pickle
from pathlib import Path

from arabicnews.core.resources import data_path, read_builtins

NAMES_FILE = "clitics/name_words.pickle"
"""The packaged name of the built name words."""

DECISIONS_BUILT = "clitics/decisions.pickle"
"""The packaged name of the built decision table's cuts."""

COUNTS_BUILT = "clitics/counts.pickle"
"""The packaged name of the built word frequencies: ``counts.tsv`` as one bytes object
(:func:`~arabicnews.core.stored.pack_ints`), which the C extension reads in place."""

WRITTEN_BUILT = "clitics/written.pickle"
"""The packaged name of the built table of written forms: its words as one bytes object
(:func:`~arabicnews.core.stored.pack_ints`, each word's line as its int) and its cuts, one a word."""

FORMAT = "arabicnews-clitic-built-1"
"""The first item of the stored tuple ``(FORMAT, key, strings)``."""


def _stored(name: str, expected: str) -> object | None:
    """What the packaged file ``name`` stores when it was built under the key ``expected``, else ``None``."""
    stored = read_builtins(data_path(name))
    if not isinstance(stored, tuple) or len(stored) != 3 or stored[0] != FORMAT or stored[1] != expected:
        return None
    payload: object = stored[2]
    return payload


def load_built(name: str, expected: str) -> list[str] | None:
    """The strings stored in the packaged file ``name`` when they were built under the key
    ``expected``, else ``None``."""
    strings = _stored(name, expected)
    return strings if isinstance(strings, list) else None


def load_counts(expected: str) -> bytes | None:
    """The stored counts (:data:`COUNTS_BUILT`, :func:`~arabicnews.core.stored.pack_ints`'s bytes)
    when they were built under the key ``expected``, else ``None``."""
    blob = _stored(COUNTS_BUILT, expected)
    return blob if isinstance(blob, bytes) else None


def load_written(expected: str) -> tuple[bytes, list[str]] | None:
    """The stored table of written forms (:data:`WRITTEN_BUILT`: the words' bytes and the cuts, one a
    word) when it was built under the key ``expected``, else ``None``."""
    got = _stored(WRITTEN_BUILT, expected)
    if not isinstance(got, tuple) or len(got) != 2 or not isinstance(got[0], bytes) or not isinstance(got[1], list):
        return None
    return got[0], got[1]


def pack(expected: str, strings: list[str] | bytes | tuple[bytes, list[str]]) -> bytes:
    """The stored form of ``strings`` (or of a stored map's bytes) computed under the key
    ``expected`` (equal strings that are one object are stored once)."""
    return pickle.dumps((FORMAT, expected, strings), protocol=5)


def write(name: str, expected: str, strings: list[str] | bytes | tuple[bytes, list[str]]) -> None:
    """Write the packaged file ``name``."""
    out = Path(str(data_path(name)))
    out.write_bytes(pack(expected, strings))
    print(f"wrote {out} ({out.stat().st_size:,} bytes)")


def build_names() -> None:
    """Compute the name words from the gazetteers and write :data:`NAMES_FILE`."""
    from arabicnews.arabic import clitics

    write(NAMES_FILE, clitics.name_words_key(), sorted(clitics.compute_name_words()))


def build_decisions() -> None:
    """Read ``decisions.tsv`` against the packaged counts and write :data:`DECISIONS_BUILT`."""
    from arabicnews.arabic import clitics

    write(DECISIONS_BUILT, clitics.decisions_key(), list(clitics.read_decisions_file().values()))


def build_counts() -> None:
    """Pack ``counts.tsv`` and write :data:`COUNTS_BUILT`."""
    from arabicnews.arabic import clitics

    write(COUNTS_BUILT, clitics.counts_key(), clitics.pack_counts())


def written_payload() -> tuple[bytes, list[str]]:
    """What :data:`WRITTEN_BUILT` stores of ``written.tsv``: its words packed (each word's line as its
    int) and their cuts, in the file's order."""
    from arabicnews.arabic import clitics
    from arabicnews.core import stored

    table = clitics.read_written_file()
    return stored.pack_ints({w: i for i, w in enumerate(table)}), list(table.values())


def build_written() -> None:
    """Read ``written.tsv`` and write :data:`WRITTEN_BUILT`."""
    from arabicnews.arabic import clitics

    write(WRITTEN_BUILT, clitics.written_key(), written_payload())


def main() -> None:
    """Build the four files from the packaged data files and write them into the package."""
    build_names()
    build_counts()
    build_decisions()
    build_written()


if __name__ == "__main__":
    main()
