"""The entity model built once and stored as a pickle: the fast on-disk form of a shipped model.

Loading ``ner/model.json.gz`` decodes the JSON (160,000 weighted features, 180,000 word
frequencies) and builds the tagger's tables from it: about 0.75 CPU s, more than half of a
process's first ``analyze()``. ``ner/model.pickle.gz`` holds the model those steps build, so a load
is one decompression and one unpickling (about 0.45 s in session 11; 0.16-0.19 s with the
weights stored flat, session 19). The JSON stays the source of truth (the
training command writes it; its provenance is in ``data/ner/PROVENANCE.md``); the pickle is derived
from it by::

    python -m arabicnews.stages.entities.pack

and records the SHA-256 of the JSON file it was built from and of the gazetteer lists beside it.
:func:`load_built` returns ``None`` (so :meth:`NerModel.load` reads the JSON) when the pickle is
missing, was built from other data files, or cannot be read; ``tests/test_ner_pack.py`` fails when
the pickle is stale (other data files, or code that builds a different model from the same ones), so
it gets rebuilt.

Only classes of :mod:`arabicnews` and builtins are unpickled (it is package data, as trusted as
the code, but a file in its place should not run anything else).

The weights (161,438 features) are not pickled as a dict: unpickling one made some 600,000 strings,
tuples and floats, half of the model's load (session 18). They are stored as one bytes object
(:func:`pack_weights`: flat arrays of offsets, labels and doubles, and the keys' UTF-8), which the
C extension reads where it lies (:class:`PackedWeights`, ``_fastner.packed_table``, whose
look-ups hash a feature's code points); without the extension (``ARABICNEWS_PURE_PYTHON=1``) the
same bytes are made into the dict again (:func:`unpack_weights`), for the Python loops.
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import io
import pickle
import struct
import sys
from array import array
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from arabicnews.core.resources import data_path
from arabicnews.stages.entities._native import NATIVE

if TYPE_CHECKING:
    from arabicnews.stages.entities.perceptron import NerModel, _Pair, _Weights as Weights

FORMAT = "arabicnews-ner-pickle-2"
"""The first item of the stored tuple ``(FORMAT, sha256 of the JSON file, model)``."""


def built_name(name: str) -> str:
    """The packaged name of the built form of the model ``name`` (``ner/model.json.gz`` ->
    ``ner/model.pickle.gz``)."""
    if not name.endswith(".json.gz"):
        raise ValueError(f"not a packaged model name: {name!r}")
    return name[: -len(".json.gz")] + ".pickle.gz"


def source_digest(name: str) -> str:
    """The SHA-256 of the packaged JSON file ``name`` and of the tab-separated lists beside it
    (the gazetteers a model names are read when it is built, so they are part of what was built)."""
    h = hashlib.sha256(data_path(name).read_bytes())
    folder = data_path(name.rsplit("/", 1)[0]) if "/" in name else data_path("")
    for f in sorted((f for f in folder.iterdir() if f.name.endswith(".tsv")), key=lambda f: f.name):
        h.update(b"\0" + f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


_WEIGHTS_ID = "weights"


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> object:
        if module == "builtins" or module.startswith("arabicnews."):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not unpickled from a model file")

    def persistent_load(self, pid: object) -> object:
        if isinstance(pid, tuple) and len(pid) == 2 and pid[0] == _WEIGHTS_ID and type(pid[1]) is bytes:
            return weights_from(pid[1])
        raise pickle.UnpicklingError("unknown persistent id in a model file")


def load_built(name: str) -> NerModel | None:
    """The model stored in the built form of ``name``, or ``None`` when there is none to be had
    for the current JSON file (missing, stale, or unreadable)."""
    from arabicnews.stages.entities.perceptron import NerModel

    path = data_path(built_name(name))
    try:
        if not path.is_file():
            return None
        # Unpickled from the decompressing stream (as fast as from the whole 19 MB at once, and
        # without them in memory). Unpickling makes some 700,000 containers, none of them garbage:
        # the collector is paused rather than walking the growing heap again and again.
        enabled = gc.isenabled()
        gc.disable()
        try:
            with path.open("rb") as fh, gzip.GzipFile(fileobj=fh) as stream:
                stored = _Unpickler(stream).load()
        finally:
            if enabled:
                gc.enable()
    except Exception:  # a broken derived file: the JSON is read instead
        return None
    if (
        not isinstance(stored, tuple)
        or len(stored) != 3
        or stored[0] != FORMAT
        or stored[1] != source_digest(name)
        or type(stored[2]) is not NerModel
    ):
        return None
    return stored[2]


WEIGHTS_MAGIC = b"ANWTS001"
"""The first bytes of :func:`pack_weights`'s output (``_fastner.c``'s ``PACKED_MAGIC``)."""
_HEAD = struct.Struct("<8sIIQ")


def pack_weights(weights: Mapping[str, Weights]) -> bytes:
    """A model's weights as one bytes object that loads without a Python object per feature.

    Little-endian: :data:`WEIGHTS_MAGIC`, the number of features, of (label, weight) pairs and of key
    bytes; each feature's key offset and first pair (``n + 1`` of each, as ``uint32``); the weights
    (doubles), the labels (bytes) and the keys (UTF-8), in the dict's order. ``_fastner.packed_table``
    reads it where it lies; :func:`unpack_weights` gives the dict back (the pure-Python loops).
    """
    keys = bytearray()
    key_off, pair_start = array("I", [0]), array("I", [0])
    labels, values = array("B"), array("d")
    for feat, wl in weights.items():
        for y, w in wl:
            if type(y) is not int or not 0 <= y < 9 or type(w) is not float:
                raise ValueError(f"{feat!r}: a weight must be (label 0..8, float), not {(y, w)!r}")
            labels.append(y)
            values.append(w)
        keys += feat.encode()
        key_off.append(len(keys))
        pair_start.append(len(values))
    if sys.byteorder != "little":
        for a in (key_off, pair_start, values):
            a.byteswap()
    head = _HEAD.pack(WEIGHTS_MAGIC, len(weights), len(values), len(keys))
    return head + key_off.tobytes() + pair_start.tobytes() + values.tobytes() + labels.tobytes() + bytes(keys)


def unpack_weights(blob: bytes) -> dict[str, Weights]:
    """The weights dict :func:`pack_weights` stored (the same keys in the same order, every weight
    the same double)."""
    magic, n, npairs, nkeys = _HEAD.unpack_from(blob)
    if magic != WEIGHTS_MAGIC or len(blob) != _HEAD.size + 8 * (n + 1) + 9 * npairs + nkeys:
        raise ValueError("not a packed weight table")
    at = _HEAD.size
    key_off, pair_start, values, labels = array("I"), array("I"), array("d"), array("B")
    for a, count in ((key_off, n + 1), (pair_start, n + 1), (values, npairs), (labels, npairs)):
        a.frombytes(blob[at : at + count * a.itemsize])
        at += count * a.itemsize
    if sys.byteorder != "little":
        for a in (key_off, pair_start, values):
            a.byteswap()
    keys = blob[at:]
    pairs = list(zip(labels, values, strict=True))
    return {
        keys[key_off[i] : key_off[i + 1]].decode(): tuple(pairs[pair_start[i] : pair_start[i + 1]]) for i in range(n)
    }


class PackedWeights(Mapping[str, "Weights"]):
    """A model's weights read from :func:`pack_weights`'s bytes by the C extension: the mapping
    ``{feature: ((label, weight), ...)}`` of the dict it was packed from, its values made on each
    look-up. :attr:`table` is what ``_fastner.word_record`` looks its features up in."""

    __slots__ = ("_get", "_len", "blob", "table")

    def __init__(self, blob: bytes, table: object) -> None:
        assert NATIVE is not None
        self.blob = blob
        self.table = table
        self._get: Callable[[object, object], Weights | None] = NATIVE.packed_get
        self._len: int = _HEAD.unpack_from(blob)[1]

    def __getitem__(self, feat: str) -> Weights:
        got = self._get(self.table, feat)
        if got is None:
            raise KeyError(feat)
        return got

    def get(self, feat: str, default: Any = None) -> Any:
        got = self._get(self.table, feat)
        return default if got is None else got

    def __contains__(self, feat: object) -> bool:
        return self._get(self.table, feat) is not None

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[str]:
        return iter(unpack_weights(self.blob))

    def __reduce__(self) -> tuple[Callable[[bytes], Mapping[str, Weights]], tuple[bytes]]:
        return weights_from, (self.blob,)


def weights_from(blob: bytes) -> Mapping[str, Weights]:
    """The weights stored by :func:`pack_weights`: read in place by the C extension when it is
    built (:class:`PackedWeights`), else the dict (:func:`unpack_weights`)."""
    table = getattr(NATIVE, "packed_table", None)
    return PackedWeights(blob, table(blob)) if table is not None else unpack_weights(blob)


def shared_pairs(*tables: Mapping[str, Mapping[str, _Pair]]) -> list[dict[str, dict[str, _Pair]]]:
    """The stem-pair tables (``{a: {b: pair}}``) with equal pairs made one object (the same ``repr``
    of every value): the default model's two tables hold 43,651 pairs of 18,421 distinct values, and
    pickled shared they take fewer bytes and are unpickled in less time."""
    seen: dict[tuple[tuple[str, ...], str], _Pair] = {}
    return [
        {
            a: {b: seen.setdefault((tuple(map(repr, p.dense)), repr(p.rise)), p) for b, p in row.items()}
            for a, row in table.items()
        }
        for table in tables
    ]


class _Pickler(pickle.Pickler):
    """Pickles one weights dict as its :func:`pack_weights` (unpickled by :func:`weights_from`)."""

    def __init__(self, file: BinaryIO, weights: object, blob: bytes) -> None:
        super().__init__(file, protocol=5)
        self._weights, self._blob = weights, blob

    def persistent_id(self, obj: object) -> tuple[str, bytes] | None:
        return (_WEIGHTS_ID, self._blob) if obj is self._weights else None


def pack(name: str) -> bytes:
    """The built form of the packaged model ``name``: the model as read from its JSON, its weights
    :func:`pack_weights` (unpickled by :func:`weights_from`) and its stem-pair tables
    :func:`shared_pairs`, pickled (before any use, so that its caches are empty) and gzipped, with
    the JSON file's digest."""
    from arabicnews.stages.entities.perceptron import NerModel

    model = NerModel.load_json(name)
    model._ss_prev, model._ss_next = shared_pairs(model._ss_prev, model._ss_next)
    out = io.BytesIO()
    _Pickler(out, model.weights, pack_weights(model.weights)).dump((FORMAT, source_digest(name), model))
    return gzip.compress(out.getvalue(), compresslevel=6, mtime=0)


def main(argv: list[str] | None = None) -> None:
    """Write the built form of the default model (or of the packaged models named) into the
    package's data directory."""
    from arabicnews.stages.entities.perceptron import MODEL_FILE

    names = (argv if argv is not None else sys.argv[1:]) or [MODEL_FILE]
    for name in names:
        out = Path(str(data_path(built_name(name))))
        out.write_bytes(pack(name))
        print(f"wrote {out} ({out.stat().st_size:,} bytes) from {name}")


if __name__ == "__main__":
    main()
