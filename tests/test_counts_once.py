"""The clitic word counts (``clitics/counts.tsv``, or their stored form) are read once per process."""

from __future__ import annotations

import pytest

from arabicnews.arabic import clitic_pack, clitics
from arabicnews.arabic.clitics import load_model, read_counts
from arabicnews.core.resources import read_frequencies


def test_the_segmenter_and_the_quantity_lexicons_read_the_counts_once(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []

    def counting(name: str) -> dict[str, int]:
        reads.append(name)
        return read_frequencies(name)

    def counting_built(expected: str) -> bytes | None:
        reads.append(clitic_pack.COUNTS_BUILT)
        return load_counts(expected)

    load_counts = clitic_pack.load_counts
    monkeypatch.setattr(clitics, "read_frequencies", counting)
    monkeypatch.setattr(clitic_pack, "load_counts", counting_built)
    read_counts.cache_clear()
    model = load_model()
    assert model.counts is read_counts()  # what the quantity lexicons read: the same map
    assert load_model().counts is model.counts
    assert reads == ["clitics/counts.pickle"]  # the stored form, up to date: the text file is not parsed
    assert next(iter(model.counts)) == max(model.counts, key=model.counts.__getitem__)  # most frequent first


def test_stale_stored_counts_parse_the_file_once(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []

    def counting(name: str) -> dict[str, int]:
        reads.append(name)
        return read_frequencies(name)

    monkeypatch.setattr(clitics, "read_frequencies", counting)
    monkeypatch.setattr(clitics, "counts_key", lambda: "0" * 64)
    read_counts.cache_clear()
    try:
        assert load_model().counts is read_counts() is load_model().counts
        assert reads == ["clitics/counts.tsv"]
    finally:
        read_counts.cache_clear()
