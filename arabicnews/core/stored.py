"""Tables stored flat: a map of strings read where it lies by the C extension (issue 20, session 19).

The entity model's weights (161,438 features, ``{feature: ((label, weight), ...)}``) and its words'
frequency bands (183,569 words, ``{word: int}``) were pickled as dicts: unpickling them made some
800,000 strings, tuples, floats and dict entries, most of a process's entity-model load (session
18). :func:`pack_weights` and :func:`pack_ints` store each as one bytes object (the keys' UTF-8,
their offsets, and the values in flat arrays); the C extension reads it in place
(``_fastner.packed_table`` and ``packed_ints`` check it and lay out the slots; look-ups hash a key's
code points, since Python's str hash differs from process to process), and :class:`PackedWeights`
and :class:`PackedInts` are the mappings of the dicts they were packed from. Without the extension
(``ARABICNEWS_PURE_PYTHON=1``) :func:`weights_from` and :func:`ints_from` give the dicts back
(:func:`unpack_weights`, :func:`unpack_ints`), every value as it was (the same doubles).
"""

from __future__ import annotations

import struct
import sys
from array import array
from collections.abc import Callable, ItemsView, Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import Any, TypeVar

from arabicnews.core._native import NATIVE, untracked

Weights = tuple[tuple[int, float], ...]
"""A feature's weights: (label index, weight) pairs (``perceptron._Weights``)."""

WEIGHTS_MAGIC = b"ANWTS001"
"""The first bytes of :func:`pack_weights`'s output (``_fastner.c``'s ``PACKED_MAGIC``)."""
INTS_MAGIC = b"ANINT001"
"""The first bytes of :func:`pack_ints`'s output (``_fastner.c``'s ``INTS_MAGIC``)."""
_HEAD = struct.Struct("<8sIIQ")
"""The header of both: the magic, the number of keys, of (label, weight) pairs (0 for ints) and of key bytes."""


def _little(*arrays: array[Any]) -> None:
    """Make ``arrays`` little-endian (the stored order) on a big-endian machine, in place (either way)."""
    if sys.byteorder != "little":
        for a in arrays:
            a.byteswap()


def _keys(keys: Iterable[str]) -> tuple[array[int], bytes]:
    """The keys' UTF-8, one after the other, and the offset of each (and of the end)."""
    out = bytearray()
    off = array("I", [0])
    for key in keys:
        out += key.encode()
        off.append(len(out))
    return off, bytes(out)


def _read(blob: bytes, magic: bytes, *arrays: tuple[array[Any], int]) -> tuple[int, bytes]:
    """Fill each array with its count of items from ``blob``, in order after the header: the number
    of keys and the key bytes after them (ValueError when ``blob`` is not of this layout)."""
    got, n, _, nkeys = _HEAD.unpack_from(blob)
    at = _HEAD.size
    for a, count in arrays:
        a.frombytes(blob[at : at + count * a.itemsize])
        at += count * a.itemsize
    if got != magic or len(blob) != at + nkeys:
        raise ValueError("not a packed table")
    _little(*(a for a, _ in arrays))
    return n, blob[at:]


def pack_weights(weights: Mapping[str, Weights]) -> bytes:
    """A model's weights as one bytes object that loads without a Python object per feature.

    Little-endian: the header (:data:`WEIGHTS_MAGIC`, the number of features, of (label, weight)
    pairs and of key bytes); each feature's key offset and first pair (``n + 1`` of each, as
    ``uint32``); the weights (doubles), the labels (bytes) and the keys (UTF-8), in the dict's order.
    ``_fastner.packed_table`` reads it where it lies; :func:`unpack_weights` gives the dict back (the
    pure-Python loops).
    """
    pair_start, labels, values = array("I", [0]), array("B"), array("d")
    for feat, wl in weights.items():
        for y, w in wl:
            if type(y) is not int or not 0 <= y < 9 or type(w) is not float:
                raise ValueError(f"{feat!r}: a weight must be (label 0..8, float), not {(y, w)!r}")
            labels.append(y)
            values.append(w)
        pair_start.append(len(values))
    key_off, keys = _keys(weights)
    _little(key_off, pair_start, values)
    head = _HEAD.pack(WEIGHTS_MAGIC, len(weights), len(values), len(keys))
    return head + key_off.tobytes() + pair_start.tobytes() + values.tobytes() + labels.tobytes() + keys


def unpack_weights(blob: bytes) -> dict[str, Weights]:
    """The weights dict :func:`pack_weights` stored (the same keys in the same order, every weight
    the same double)."""
    n, npairs = _HEAD.unpack_from(blob)[1:3]
    key_off, pair_start, values, labels = array("I"), array("I"), array("d"), array("B")
    keys = _read(blob, WEIGHTS_MAGIC, (key_off, n + 1), (pair_start, n + 1), (values, npairs), (labels, npairs))[1]
    pairs = list(zip(labels, values, strict=True))
    return {
        keys[key_off[i] : key_off[i + 1]].decode(): tuple(pairs[pair_start[i] : pair_start[i + 1]]) for i in range(n)
    }


def pack_ints(ints: Mapping[str, int]) -> bytes:
    """A map of ints (the word frequencies' bands, ``zipf``) stored as :func:`pack_weights` stores
    weights: the header (:data:`INTS_MAGIC`), the values (``int64``), the key offsets, the keys."""
    if any(type(v) is not int for v in ints.values()):
        raise ValueError("the values must be ints")
    values = array("q", ints.values())
    key_off, keys = _keys(ints)
    _little(values, key_off)
    return _HEAD.pack(INTS_MAGIC, len(ints), 0, len(keys)) + values.tobytes() + key_off.tobytes() + keys


def unpack_ints(blob: bytes) -> dict[str, int]:
    """The map :func:`pack_ints` stored."""
    n = _HEAD.unpack_from(blob)[1]
    values, key_off = array("q"), array("I")
    keys = _read(blob, INTS_MAGIC, (values, n), (key_off, n + 1))[1]
    return {keys[key_off[i] : key_off[i + 1]].decode(): values[i] for i in range(n)}


V = TypeVar("V")


class _Packed(Mapping[str, V]):
    """A stored map read by the C extension where it lies: the mapping of the dict it was packed
    from, its values made on each look-up. :attr:`table` is what ``_fastner.word_record`` reads."""

    __slots__ = ("_get", "_len", "blob", "table")

    def __init__(self, blob: bytes, table: object, get: Callable[[object, object], V | None]) -> None:
        self.blob = blob
        self.table = table
        self._get = get
        self._len: int = _HEAD.unpack_from(blob)[1]

    def __getitem__(self, key: str) -> V:
        got = self._get(self.table, key)
        if got is None:
            raise KeyError(key)
        return got

    def get(self, key: str, default: Any = None) -> Any:
        got = self._get(self.table, key)
        return default if got is None else got

    def __contains__(self, key: object) -> bool:
        return self._get(self.table, key) is not None

    def __len__(self) -> int:
        return self._len


class PackedWeights(_Packed["Weights"]):
    """A model's weights read from :func:`pack_weights`'s bytes (``{feature: ((label, weight), ...)}``)."""

    __slots__ = ()

    def __iter__(self) -> Iterator[str]:
        return iter(unpack_weights(self.blob))

    def __reduce__(self) -> tuple[Callable[[bytes], Mapping[str, Weights]], tuple[bytes]]:
        return weights_from, (self.blob,)


class PackedInts(_Packed[int]):
    """A map of ints read from :func:`pack_ints`'s bytes."""

    __slots__ = ()

    def __iter__(self) -> Iterator[str]:
        return iter(unpack_ints(self.blob))

    def items(self) -> ItemsView[str, int]:
        """The (key, int) pairs in order, decoded at once (not a look-up a key)."""
        return unpack_ints(self.blob).items()

    def __reduce__(self) -> tuple[Callable[[bytes], Mapping[str, int]], tuple[bytes]]:
        return ints_from, (self.blob,)


class PackedRows(Mapping[str, V]):
    """The map from the first ``len(rows)`` keys of a :class:`PackedInts` to ``rows``, in order: row
    ``i`` of the rows is the value of the map's ``i``-th key (``_fastner.packed_index``). The clitic
    decision table's cuts, one a row of the counts (:func:`rows_of`)."""

    __slots__ = ("_index", "_rows", "keys_of")

    def __init__(self, keys_of: PackedInts, rows: Sequence[V], index: Callable[[object, object], int]) -> None:
        self.keys_of = keys_of
        self._rows = rows
        self._index = index

    def _row(self, key: object) -> int:
        i = self._index(self.keys_of.table, key)
        return i if i < len(self._rows) else -1

    def __getitem__(self, key: str) -> V:
        i = self._row(key)
        if i < 0:
            raise KeyError(key)
        return self._rows[i]

    def get(self, key: str, default: Any = None) -> Any:
        i = self._row(key)
        return default if i < 0 else self._rows[i]

    def __contains__(self, key: object) -> bool:
        return self._row(key) >= 0

    def __len__(self) -> int:
        return min(len(self._rows), len(self.keys_of))

    def __iter__(self) -> Iterator[str]:
        return islice(self.keys_of, len(self))


def rows_of(keys: Mapping[str, int], rows: Sequence[V]) -> Mapping[str, V]:
    """The map from the first ``len(rows)`` keys of ``keys`` to ``rows``, in order: a
    :class:`PackedRows` when ``keys`` is read in place by the C extension, else the dict (whose keys
    are the strings of ``keys``)."""
    if isinstance(keys, PackedInts) and NATIVE is not None and hasattr(NATIVE, "packed_index"):
        # The rows as a tuple taken off the collector's lists (0.001 s for the decision table's
        # quarter of a million: a full collection walked the list's entries every time).
        return PackedRows(keys, untracked(tuple(rows)), NATIVE.packed_index)
    return dict(zip(keys, rows, strict=False))


def weights_from(blob: bytes) -> Mapping[str, Weights]:
    """The weights stored by :func:`pack_weights`: read in place by the C extension when it is
    built (:class:`PackedWeights`), else the dict (:func:`unpack_weights`)."""
    if NATIVE is None or not hasattr(NATIVE, "packed_table"):
        return unpack_weights(blob)
    return PackedWeights(blob, NATIVE.packed_table(blob), NATIVE.packed_get)


def ints_from(blob: bytes) -> Mapping[str, int]:
    """The map stored by :func:`pack_ints`: :class:`PackedInts` with the C extension, else the dict."""
    if NATIVE is None or not hasattr(NATIVE, "packed_ints"):
        return unpack_ints(blob)
    return PackedInts(blob, NATIVE.packed_ints(blob), NATIVE.packed_int_get)


__all__ = [
    "PackedInts",
    "PackedRows",
    "PackedWeights",
    "ints_from",
    "pack_ints",
    "pack_weights",
    "rows_of",
    "unpack_ints",
    "unpack_weights",
    "weights_from",
]
