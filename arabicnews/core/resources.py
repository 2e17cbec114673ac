"""Reading the data files shipped inside the package (lexicons, lists, trained weights)."""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Iterable, Iterator
from importlib import resources

from arabicnews.core.normalize import normalize


def data_path(name: str) -> resources.abc.Traversable:
    """The packaged data file ``arabicnews/data/<name>``."""
    path = resources.files("arabicnews").joinpath("data")
    for part in name.split("/"):
        path = path.joinpath(part)
    return path


class _BuiltinsUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> object:
        raise pickle.UnpicklingError(f"{module}.{name} is not unpickled from a built data file")


def read_builtins(path: resources.abc.Traversable) -> object | None:
    """What the pickle at ``path`` holds when it holds only builtins (no class is ever looked up),
    else ``None``, as for a missing or unreadable file: the built forms of computed data files
    (``quantities/derived.pickle``, ``clitics/*.pickle``), whose callers then compute the data."""
    try:
        if not path.is_file():
            return None
        with path.open("rb") as fh:
            stored: object = _BuiltinsUnpickler(fh).load()
    except Exception:  # a broken built file: the caller computes the data instead
        return None
    return stored


def data_key(files: Iterable[str], constants: Iterable[object]) -> str:
    """The key a built data file is stored under: the SHA-256 of the packaged data ``files`` it is
    computed from (names and bytes) and of the ``constants`` of the computation (their ``repr``: no
    sets, whose order varies from one process to the next). A built file read under another key is
    stale, and its caller computes the data instead."""
    h = hashlib.sha256()
    for name in files:
        h.update(name.encode() + b"\0")
        h.update(data_path(name).read_bytes())
        h.update(b"\0")
    h.update(repr(tuple(constants)).encode())
    return h.hexdigest()


def read_lines(name: str) -> list[str]:
    """The non-blank lines of a packaged text file, stripped, without ``#`` comment lines."""
    return list(_lines(data_path(name).read_text(encoding="utf-8")))


def _lines(text: str) -> Iterator[str]:
    return (line for line in map(str.strip, text.splitlines()) if line and line[0] != "#")


def read_table(name: str, columns: int) -> Iterator[list[str]]:
    """The rows of a packaged tab-separated file (lines as :func:`read_lines` gives them), each cell
    stripped and each row padded with empty cells to ``columns``.

    An iterator: the clitic counts have a quarter of a million rows, and rows kept alive all at once
    make the garbage collector walk them again and again (twice the loading time).
    """
    text = data_path(name).read_text(encoding="utf-8")
    loose = " \t" in text or "\t " in text  # a space beside a tab somewhere: strip every cell
    for line in _lines(text):
        cells = line.split("\t")
        if loose:
            cells = [cell.strip() for cell in cells]
        if len(cells) < columns:
            cells += [""] * (columns - len(cells))
        yield cells


def read_frequencies(name: str) -> dict[str, int]:
    """A packaged two-column table of words and whole numbers as a dict, in the file's order (a
    repeated word keeps its last number), as ``{w: int(n) for w, n in read_table(name, 2)}`` gives it.

    For the plain form the training commands write (``#`` comment lines first, then one
    ``word<TAB>number`` a line, no blank line and no space), the whole text is split once and the
    words and numbers are paired: half the time of a split per line for the quarter of a million
    rows of the clitic counts. Any other text is read row by row as :func:`read_table` does."""
    text = data_path(name).read_text(encoding="utf-8")
    body = text
    while body.startswith("#"):  # the leading comment lines
        end = body.find("\n")
        body = body[end + 1 :] if end >= 0 else ""
    tabs = body.count("\t")
    lines = body.count("\n") + (0 if body.endswith("\n") or not body else 1)
    if tabs == lines and " " not in body and "\n#" not in body:
        cells = body.split()
        if len(cells) == 2 * tabs:  # every line one word and one number
            it = iter(cells)
            return dict(zip(it, map(int, it), strict=True))
    return {word: int(n) for word, n in read_table(name, 2)}


def read_words(name: str) -> frozenset[str]:
    """The normalised words (or phrases) of a packaged one-per-line list."""
    return frozenset(normalize(line) for line in read_lines(name))
