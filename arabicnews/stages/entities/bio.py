"""BIO tags: reading the entities of a tag sequence, and writing the tags of entities.

The one reader of tag sequences (:func:`bio_spans`) serves the tagger, its post-processing, the
training and evaluation commands and the stanza backend (which may answer in BIOES); the one writer
(:class:`BioWriter`) serves the CoNLL-U export.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from arabicnews.model.entity import EntityLabel

ENTITY_LABELS: tuple[EntityLabel, ...] = ("PER", "LOC", "ORG", "MISC")
"""The entity labels, in the order the tables of the evaluation list them."""

MAX_NAME_WORDS = 24
"""The most words an entity of the tagger has; a longer run of name-like words becomes several entities.

Chosen from the longest names of the training data (``python benchmarks/entity_runs.py
--training-names`` prints them): 18 words for a person (a genealogy in AQMAR train, «معز الدين
أويس ابن الشيخ حسن الجلائري بن حسين …»), 9 in ANERcorp train; 6 for an organisation (ANERcorp),
7 for ``MISC``, 4 for a place. 24 is the longest plus a third. The decoder never returns a longer
entity, and the post-processing steps read no more than this many words of a name, so a text of
name-like words without separators (a flattened table, a scraped list) costs time linear in its
length (issue 18).
"""


class BioSpan(NamedTuple):
    """An entity read from tags: its words ``[first, end)`` and its label (a tuple, for unpacking)."""

    first: int
    end: int
    label: str


def bio_spans(tags: Sequence[str | None]) -> list[BioSpan]:
    """The ``(first, last + 1, label)`` word ranges of the entities in a BIO (or BIOES) sequence.

    Read leniently, as conlleval does: an ``I-`` or ``E-`` that does not continue an entity of its
    label starts a new one. ``None``, ``O`` and any tag that is not ``B-``, ``I-``, ``E-`` or ``S-``
    and a label are outside every entity.
    """
    out: list[BioSpan] = []
    start: int | None = None
    kind = ""
    last = -1  # the word of the last tag read
    # Only the tags that are not "O" are read (most words of a text): an "O" between two of them
    # (a gap in their positions) ends an entity as the "O" itself would.
    for i in [i for i, tag in enumerate(tags) if tag != "O"]:
        if start is not None and i != last + 1:
            out.append(BioSpan(start, last + 1, kind))
            start = None
        last = i
        prefix, _, typ = (tags[i] or "O").partition("-")
        if not typ or prefix not in ("B", "I", "E", "S"):
            if start is not None:
                out.append(BioSpan(start, i, kind))
                start = None
            continue
        if start is None or prefix in ("B", "S") or typ != kind:
            if start is not None:
                out.append(BioSpan(start, i, kind))
            start, kind = i, typ
        if prefix in ("E", "S"):
            out.append(BioSpan(start, i + 1, kind))
            start = None
    if start is not None:
        out.append(BioSpan(start, last + 1, kind))
    return out


def bio_run(label: str, length: int) -> list[str]:
    """The tags of one entity of ``length`` words: ``B-label`` then ``I-label`` for the rest."""
    return ["B-" + label] + ["I-" + label] * (length - 1)


class BioWriter:
    """BIO tags of words given in text order: a word overlapping an entity is B- (the first word of
    that entity) or I- (a later one), any other word O. Linear in words plus entities.

    ``entities`` are ``(start, end, label)`` character ranges, sorted.
    """

    __slots__ = ("current", "entities", "next")

    def __init__(self, entities: Sequence[tuple[int, int, str]]) -> None:
        self.entities = entities
        self.next = 0  # the first entity that may still overlap a word
        self.current = -1  # the entity the previous word was in, -1 for none

    def tag(self, start: int, end: int) -> str:
        """The tag of the word at ``[start, end)``, which follows the words tagged so far."""
        ents = self.entities
        while self.next < len(ents) and ents[self.next][1] <= start:
            self.next += 1
        k = self.next
        while k < len(ents) and ents[k][0] < end:
            if start < ents[k][1]:
                tag = ("I-" if self.current == k else "B-") + ents[k][2]
                self.current = k
                return tag
            k += 1
        self.current = -1
        return "O"


__all__ = ["ENTITY_LABELS", "MAX_NAME_WORDS", "BioWriter", "bio_run", "bio_spans"]
