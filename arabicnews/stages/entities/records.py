"""The entity records of the most frequent word types, stored and read where they lie (issue 20, session 24).

A word type's record (:class:`~arabicnews.stages.entities.perceptron._WordType`: its forms, the five
summed vectors of its features and their rises, its ``us-1`` pairs) is built on its first sight in
a process and kept in the tagger's per-type cache, about 1 KB a type: most of what a cold pass pays
beyond a warm one for the entity stage (session 23, speed23x). ``ner/records.bin`` holds the records
of the words of ``ner/record_words.txt`` (the most frequent Arabic forms of wordfreq's list; see
``data/ner/PROVENANCE.md``), computed once by the same code; the C extension reads a stored
record's doubles in the file's bytes by its row, so a stored word type's cache entry is a small
:class:`~arabicnews.stages.entities.perceptron._StoredType` (its forms, its row, its stem-pair rows)
and its vectors are held once, in the store, not copied into the cache. Without the extension
(``ARABICNEWS_PURE_PYTHON=1``) the store is not read: every record is built as before (the same
doubles; ``tests/test_ner_records.py`` compares every stored record with the one built).

The store is derived data, rebuilt by::

    python -m arabicnews.stages.entities.records            # from ner/record_words.txt
    python -m arabicnews.stages.entities.records --words N  # a new list: wordfreq's N most frequent (needs wordfreq)

It records the SHA-256 of the model's sources (:func:`~arabicnews.stages.entities.pack.source_digest`)
and of the word list; :func:`load_store` returns ``None`` (records are built as before) when it was
built from other files, and ``tests/test_ner_records.py`` fails with the command above when it is
stale. Layout (little-endian): ``ANRSF001``, the 32-byte digest, the byte length of the keys
(``uint64``), the keys (:func:`~arabicnews.core.stored.pack_ints`: word -> row), then the records
(``_fastner.c``'s ``record_store``).
"""

from __future__ import annotations

import argparse
import hashlib
import struct
import sys
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from arabicnews.core._native import NATIVE
from arabicnews.core.resources import data_path
from arabicnews.core.stored import pack_ints

if TYPE_CHECKING:
    from arabicnews.stages.entities.perceptron import NerModel

STORE_FILE = "ner/records.bin"
"""The packaged store of the default model's records."""
WORDS_FILE = "ner/record_words.txt"
"""The words whose records are stored, one a line, the most frequent first."""
FORMAT = b"ANRSF001"
RECORDS_MAGIC = b"ANREC001"
_HEAD = struct.Struct("<8s32sQ")
_RECORDS_HEAD = struct.Struct("<8sIIII")
NORM_IS_WORD, STEM_IS_NORM, RARE = 0x100, 0x200, 0x400
"""Flags of a stored record (``_fastner.c``): bits 0-4 its vectors, 5-6 its ``us-1`` pairs."""


class RecordStore:
    """A loaded store: the keys (word -> row) and the records, each as the C extension reads it."""

    __slots__ = ("keys", "records")

    def __init__(self, keys: object, records: object) -> None:
        self.keys = keys
        self.records = records


def words() -> list[str]:
    """The words of :data:`WORDS_FILE`, in its order."""
    return [w for w in data_path(WORDS_FILE).read_text(encoding="utf-8").split("\n") if w]


def store_digest(model_name: str) -> bytes:
    """What the store of ``model_name`` is built from: the model's sources and the word list."""
    from arabicnews.stages.entities.pack import source_digest

    h = hashlib.sha256(FORMAT + source_digest(model_name).encode())
    h.update(data_path(WORDS_FILE).read_bytes())
    return h.digest()


def pack_records(model: NerModel, of: Iterable[str]) -> tuple[bytes, int]:
    """The records of the words ``of`` as ``model`` builds them (with no store), packed: the records'
    bytes and how many there are. Words whose record cannot be stored (the sentence ends, a rarity
    other than ``"0"`` and ``"1"``) are left out."""
    from arabicnews.stages.entities.perceptron import _ZEROS, _rise, _WordType

    if model._store is not None:
        raise ValueError("records are packed from a model without a store")
    rows: dict[str, int] = {}
    doubles, vec_off, norm_off, stem_off, flags = array("d"), array("I"), array("I", [0]), array("I", [0]), array("H")
    strings = bytearray()
    for word in of:
        if word in rows or word in ("<s>", "</s>"):
            continue
        rec = model._word(word)
        if type(rec) is not _WordType or rec.rare not in ("0", "1"):
            continue
        f = 0
        at = len(doubles)
        vectors = (rec.own, rec.before, rec.after, rec.two_before, rec.two_after)
        rises = (rec.rise_own, rec.rise_before, rec.rise_after, rec.rise_two_before, rec.rise_two_after)
        for k, (v, r) in enumerate(zip(vectors, rises, strict=True)):
            if v is not _ZEROS:
                f |= 1 << k
                doubles.extend(v)
            # The rises are recomputed where a record is read: check that they are the same values.
            if r != (_rise(v) if v is not _ZEROS else 0.0):
                raise ValueError(f"{word!r}: a rise is not the rise of its vector")
        for k, pair in enumerate(rec.us):
            if pair is not None:
                if float.hex(pair.rise) != float.hex(_rise(pair.dense)):
                    raise ValueError(f"{word!r}: a pair's rise is not the rise of its weights")
                f |= 1 << (5 + k)
                doubles.extend(pair.dense)
        if rec.norm == word:
            f |= NORM_IS_WORD
        else:
            strings += rec.norm.encode()
        norm_off.append(len(strings))
        if rec.stem == rec.norm:
            f |= STEM_IS_NORM
        else:
            strings += rec.stem.encode()
        stem_off.append(len(strings))
        if rec.rare == "1":
            f |= RARE
        flags.append(f)
        vec_off.append(at)
        rows[word] = len(rows)
    if sys.byteorder != "little":
        for a in (doubles, vec_off, norm_off, stem_off, flags):
            a.byteswap()
    head = _RECORDS_HEAD.pack(RECORDS_MAGIC, len(rows), len(doubles), len(strings), 0)
    body = doubles.tobytes() + vec_off.tobytes() + norm_off.tobytes() + stem_off.tobytes() + flags.tobytes()
    keys = pack_ints(rows)
    return _HEAD.pack(FORMAT, b"", len(keys)) + keys + head + body + bytes(strings), len(rows)


def build(model_name: str = "ner/model.json.gz") -> tuple[bytes, int]:
    """The store of ``model_name``'s records of :func:`words`, with its digest."""
    from arabicnews.stages.entities.pack import load_built
    from arabicnews.stages.entities.perceptron import NerModel

    model = load_built(model_name) or NerModel.load_json(model_name)
    blob, n = pack_records(model, words())
    digest = store_digest(model_name)
    return blob[:8] + digest + blob[40:], n


def load_store(model_name: str) -> RecordStore | None:
    """The store of ``model_name``'s records when it has one built from its current files and the C
    extension can read it, else ``None``."""
    from arabicnews.stages.entities.perceptron import MODEL_FILE

    native = NATIVE
    if model_name != MODEL_FILE or native is None or getattr(native, "stored_type", None) is None:
        return None
    path = Path(str(data_path(STORE_FILE)))
    try:
        if not path.is_file():
            return None
        size = path.stat().st_size
        with path.open("rb") as fh:
            fmt, digest, nkeys = _HEAD.unpack(fh.read(_HEAD.size))
            if fmt != FORMAT or digest != store_digest(model_name):
                return None
            # Each part read at its size: read() to the end would grow a buffer, a passing peak of twice the file.
            keys = fh.read(nkeys)
            records = fh.read(size - _HEAD.size - nkeys)
        return RecordStore(native.packed_ints(keys), native.record_store(records))
    except (OSError, ValueError, struct.error):  # a broken derived file: records are built as before
        return None


def frequent_words(n: int) -> list[str]:
    """wordfreq's ``n`` most frequent Arabic words (needs wordfreq)."""
    from wordfreq import top_n_list

    return list(top_n_list("ar", n))


def main(argv: Sequence[str] | None = None) -> None:
    """Write :data:`STORE_FILE` (and with ``--words``, :data:`WORDS_FILE` first)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--words", type=int, default=0, help="write the word list anew: wordfreq's N most frequent")
    args = parser.parse_args(argv)
    if args.words:
        listed = "".join(w + "\n" for w in frequent_words(args.words))
        Path(str(data_path(WORDS_FILE))).write_text(listed, encoding="utf-8")
    blob, n = build()
    out = Path(str(data_path(STORE_FILE)))
    out.write_bytes(blob)
    print(f"wrote {out}: {n} records, {len(blob):,} bytes")


if __name__ == "__main__":
    main()
