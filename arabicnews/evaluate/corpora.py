"""Readers for the public NER corpora in ``../shared/data``: ANERcorp, AQMAR and NewsFANE Gold.

Each reader yields sentences as :class:`TaggedSentence` (gold tokens and BIO tags over the coarse
labels PER/LOC/ORG/MISC). None of this data ships in the package; training and evaluation read it
from a data directory given on the command line.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import regex
from attrs import frozen

from arabicnews.core.normalize import normalize

CorpusName = Literal["anercorp", "aqmar", "newsfane"]
Split = Literal["train", "dev", "test", "all"]

CORPORA: tuple[CorpusName, ...] = ("anercorp", "aqmar", "newsfane")


@frozen
class TaggedSentence:
    """One sentence of a corpus: its gold tokens and their BIO tags (``B-PER``, ``I-LOC``, ``O``)."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]


def default_data_dir() -> Path:
    """``../shared/data`` beside the project checkout (where the public corpora live)."""
    return Path(__file__).resolve().parents[3] / "shared" / "data"


# NewsFANE's fine-grained classes to the coarse ANERcorp-style labels. GPE, LOC and FAC subtypes
# become LOC; ACE's PER.Group (demonyms such as «العرب») is not a name in ANERcorp's sense: O.
NEWSFANE_COARSE: dict[str, str] = {
    **dict.fromkeys(
        [
            "Politician",
            "Athlete",
            "Artist",
            "Other_PER",
            "Religious_PER",
            "Scientist",
            "Businessperson",
            "Lawyer",
            "Engineer",
            "Police",
        ],
        "PER",
    ),
    **dict.fromkeys(
        [
            "Government",
            "Non-Governmental",
            "Sports",
            "Media",
            "Commercial",
            "Educational",
            "Religious_ORG",
            "Medical-Science",
            "Entertainment",
        ],
        "ORG",
    ),
    **dict.fromkeys(
        [
            "Nation",
            "Population-Center",
            "State-or-Province",
            "GPE-Cluster",
            "Continent",
            "County-or-District",
            "Water-Body",
            "Land-Region-Natural",
            "Celestial",
            "Building-Grounds",
            "Path",
            "Airport",
            "Subarea-Facility",
            "Plant",
        ],
        "LOC",
    ),
    **dict.fromkeys(
        ["Book", "Movie", "Software", "Hardware", "Food", "Drug", "Air", "Land", "Water", "Projectile", "Shooting"],
        "MISC",
    ),
    "Group": "O",
}


def _coarse_anercorp(tag: str) -> str:
    return tag.replace("PERS", "PER")


def _coarse_newsfane(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    bio, fine = tag.split("-", 1)
    label = NEWSFANE_COARSE.get(fine, "MISC")
    return "O" if label == "O" else f"{bio}-{label}"


def _read_blocks(path: Path, sep: str | None) -> Iterator[list[tuple[str, str]]]:
    block: list[tuple[str, str]] = []
    with path.open(encoding="utf-8-sig") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            if not line.strip():
                if block:
                    yield block
                    block = []
                continue
            parts = line.rsplit(sep, 1) if sep else line.rsplit(None, 1)
            if len(parts) != 2:
                continue
            block.append((parts[0].strip(), parts[1].strip()))
    if block:
        yield block


def repair_bio(tags: list[str]) -> list[str]:
    """Turn an ``I-X`` that follows neither ``B-X`` nor ``I-X`` into ``B-X`` (conlleval's reading)."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def read_anercorp(data_dir: Path, split: Split) -> Iterator[TaggedSentence]:
    """ANERcorp, CAMeL-Lab-style split (``train``/``test``; ``dev`` is not a file: see :func:`dev_split`)."""
    name = {"train": "train", "test": "test"}.get(split)
    if name is None:
        raise ValueError(f"ANERcorp has the splits train and test, not {split!r}")
    path = data_dir / "anercorp" / f"ANERCorp_CamelLabSplit_{name}.reconstructed.txt"
    for block in _read_blocks(path, None):
        toks = [t for t, _ in block]
        tags = repair_bio([_coarse_anercorp(g) for _, g in block])
        yield TaggedSentence(tuple(toks), tuple(tags))


def read_aqmar(data_dir: Path, split: Split) -> Iterator[TaggedSentence]:
    """AQMAR with the stanza-style random split (``train``/``dev``/``test``)."""
    if split not in ("train", "dev", "test"):
        raise ValueError(f"AQMAR has the splits train, dev and test, not {split!r}")
    path = data_dir / "aqmar" / "stanza_random_split" / f"ar_aqmar.{split}.bio"
    for block in _read_blocks(path, "\t"):
        toks = [t for t, _ in block]
        tags = repair_bio([g for _, g in block])
        yield TaggedSentence(tuple(toks), tuple(tags))


def read_newsfane(data_dir: Path, split: Split = "all") -> Iterator[TaggedSentence]:
    """NewsFANE Gold (no split: ``all``), fine classes mapped by :data:`NEWSFANE_COARSE`, LRM stripped."""
    if split != "all":
        raise ValueError(f"NewsFANE has no split; use 'all', not {split!r}")
    path = data_dir / "newsfane_gold" / "NewsFANE_Gold_2014_170K.txt"
    for block in _read_blocks(path, "\t"):
        toks: list[str] = []
        tags: list[str] = []
        for tok, tag in block:
            tok = tok.replace("\u200e", "").replace("\u200f", "").strip()
            if not tok:
                continue
            toks.append(tok)
            tags.append(_coarse_newsfane(tag))
        if toks:
            yield TaggedSentence(tuple(toks), tuple(repair_bio(tags)))


def skeleton(tokens: tuple[str, ...]) -> str:
    """Letters and digits only, normalised, without alef: survives NewsFANE's clitic splitting."""
    return regex.sub(r"[^\p{L}\p{N}]|ا", "", normalize("".join(tokens)))


def newsfane_by_anercorp_split(data_dir: Path) -> dict[str, list[TaggedSentence]]:
    """NewsFANE's sentences by the ANERcorp split their text is in: ``test``, ``train`` or ``unmatched``.

    NewsFANE Gold re-annotates ANERcorp's text (segmented, fine-grained), so a model trained on
    ANERcorp train has seen most of it; only its ``test`` part is unseen. A sentence goes to a part
    when the first 40 letters of its skeleton (letters and digits, normalised, no alef, no spaces)
    occur in that split's text and not in the other's; short and ambiguous ones are ``unmatched``.
    """
    test = "".join(skeleton(s.tokens) for s in read_anercorp(data_dir, "test"))
    train = "".join(skeleton(s.tokens) for s in read_anercorp(data_dir, "train"))
    parts: dict[str, list[TaggedSentence]] = {"test": [], "train": [], "unmatched": []}
    for sent in read_newsfane(data_dir):
        key = skeleton(sent.tokens)[:40]
        in_test = len(key) >= 12 and key in test
        in_train = len(key) >= 12 and key in train
        part = "test" if in_test and not in_train else "train" if in_train and not in_test else "unmatched"
        parts[part].append(sent)
    return parts


def read_corpus(name: CorpusName, data_dir: Path, split: Split) -> list[TaggedSentence]:
    """The sentences of corpus ``name`` (``anercorp``, ``aqmar`` or ``newsfane``), split ``split``."""
    if name == "anercorp":
        return list(read_anercorp(data_dir, split))
    if name == "aqmar":
        return list(read_aqmar(data_dir, split))
    if name == "newsfane":
        return list(read_newsfane(data_dir, split))
    raise ValueError(f"unknown corpus {name!r}; choose one of {', '.join(CORPORA)}")


def dev_split(sentences: list[TaggedSentence], every: int = 10) -> tuple[list[TaggedSentence], list[TaggedSentence]]:
    """Carve a development set out of a training split: every ``every``-th sentence.

    Returns ``(train, dev)``. Deterministic, so the choice of epochs and features is reproducible.
    """
    train = [s for i, s in enumerate(sentences) if i % every != every - 1]
    dev = [s for i, s in enumerate(sentences) if i % every == every - 1]
    return train, dev
