"""Reading the data files shipped inside the package (lexicons, lists, trained weights)."""

from __future__ import annotations

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
    text = data_path(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def read_table(name: str, columns: int) -> list[list[str]]:
    """The rows of a packaged tab-separated file (see :func:`read_lines`), each cell stripped and
    each row padded with empty cells to ``columns``."""
    rows = []
    for line in read_lines(name):
        cells = [cell.strip() for cell in line.split("\t")]
        rows.append(cells + [""] * (columns - len(cells)))
    return rows


def read_words(name: str) -> frozenset[str]:
    """The normalised words (or phrases) of a packaged one-per-line list."""
    return frozenset(normalize(line) for line in read_lines(name))
