"""The clitic word counts (``clitics/counts.tsv``) are read and parsed once per process."""

from __future__ import annotations

import pytest

from arabicnews.arabic import clitics
from arabicnews.arabic.clitics import load_model, read_counts
from arabicnews.core.resources import read_frequencies


def test_the_segmenter_and_the_quantity_lexicons_read_the_counts_once(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []

    def counting(name: str) -> dict[str, int]:
        reads.append(name)
        return read_frequencies(name)

    monkeypatch.setattr(clitics, "read_frequencies", counting)
    read_counts.cache_clear()
    model = load_model()
    assert model.counts is read_counts()  # what the quantity lexicons read: the same dict
    assert load_model().counts is model.counts
    assert reads == ["clitics/counts.tsv"]
    assert next(iter(model.counts)) == max(model.counts, key=model.counts.__getitem__)  # most frequent first
