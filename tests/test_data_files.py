"""The data files shipped in the package: readable, normalised text, and each with its provenance."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "arabicnews" / "data"
TEXT_SUFFIXES = {".txt", ".tsv", ".md", ".json", ".csv"}
TEXT_FILES = sorted(p for p in DATA.rglob("*") if p.is_file() and p.suffix in TEXT_SUFFIXES)


@pytest.mark.parametrize("path", TEXT_FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_text_data_is_utf8_nfc_without_stray_whitespace(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text), f"{path.name} is not NFC"
    assert "\r" not in text, f"{path.name} has CR line ends"
    bad = [n for n, line in enumerate(text.split("\n"), 1) if line != line.rstrip()]
    assert not bad, f"{path.name}: trailing white space on lines {bad[:10]}"


def test_every_data_directory_names_its_sources() -> None:
    for folder in sorted(p for p in DATA.iterdir() if p.is_dir() and not p.name.startswith("__")):
        assert (folder / "PROVENANCE.md").is_file(), f"{folder.name}/ has no PROVENANCE.md"
