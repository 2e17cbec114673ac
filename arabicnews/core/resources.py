"""Reading the data files shipped inside the package (lexicons, lists, trained weights)."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

from arabicnews.core.normalize import normalize


def data_path(name: str) -> resources.abc.Traversable:
    """The packaged data file ``arabicnews/data/<name>``."""
    path = resources.files("arabicnews").joinpath("data")
    for part in name.split("/"):
        path = path.joinpath(part)
    return path


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


def read_words(name: str) -> frozenset[str]:
    """The normalised words (or phrases) of a packaged one-per-line list."""
    return frozenset(normalize(line) for line in read_lines(name))
