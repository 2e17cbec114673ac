"""Reading the data files shipped inside the package (lexicons, lists, trained weights)."""

from __future__ import annotations

from importlib import resources


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
