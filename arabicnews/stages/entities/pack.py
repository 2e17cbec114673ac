"""The entity model built once and stored as a pickle: the fast on-disk form of a shipped model.

Loading ``ner/model.json.gz`` decodes the JSON (160,000 weighted features, 180,000 word
frequencies) and builds the tagger's tables from it: about 0.75 CPU s, more than half of a
process's first ``analyze()``. ``ner/model.pickle`` holds the model those steps build, so a load
is one unpickling (about 0.45 s in session 11, gzipped; about 0.15 s with the weights and frequency
bands stored flat, session 19; the file is no longer gzipped since session 20, whose decompression
was 0.05 s of that). The JSON stays the source of truth (the
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

The weights and the frequency bands are not pickled as dicts but as the bytes of
:mod:`~arabicnews.core.stored` (a persistent id each), which the C extension reads where
they lie; without it (``ARABICNEWS_PURE_PYTHON=1``) the same bytes are made into the dicts again.
"""

from __future__ import annotations

import gc
import hashlib
import io
import pickle
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from arabicnews.core.resources import data_path
from arabicnews.core.stored import ints_from, pack_ints, pack_weights, weights_from

if TYPE_CHECKING:
    from arabicnews.core.stored import Weights
    from arabicnews.stages.entities.perceptron import NerModel, _Pair

FORMAT = "arabicnews-ner-pickle-2"
"""The first item of the stored tuple ``(FORMAT, sha256 of the JSON file, model)``."""


def built_name(name: str) -> str:
    """The packaged name of the built form of the model ``name`` (``ner/model.json.gz`` ->
    ``ner/model.pickle``)."""
    if not name.endswith(".json.gz"):
        raise ValueError(f"not a packaged model name: {name!r}")
    return name[: -len(".json.gz")] + ".pickle"


def source_digest(name: str) -> str:
    """The SHA-256 of the packaged JSON file ``name`` and of the tab-separated lists beside it
    (the gazetteers a model names are read when it is built, so they are part of what was built)."""
    h = hashlib.sha256(data_path(name).read_bytes())
    folder = data_path(name.rsplit("/", 1)[0]) if "/" in name else data_path("")
    for f in sorted((f for f in folder.iterdir() if f.name.endswith(".tsv")), key=lambda f: f.name):
        h.update(b"\0" + f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


_WEIGHTS_ID = "weights"
_INTS_ID = "ints"


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> object:
        if module == "builtins" or module.startswith("arabicnews."):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not unpickled from a model file")

    def persistent_load(self, pid: object) -> object:
        if isinstance(pid, tuple) and len(pid) == 2 and type(pid[1]) is bytes:
            if pid[0] == _WEIGHTS_ID:
                return weights_from(pid[1])
            if pid[0] == _INTS_ID:
                return ints_from(pid[1])
        raise pickle.UnpicklingError("unknown persistent id in a model file")


def load_built(name: str) -> NerModel | None:
    """The model stored in the built form of ``name``, or ``None`` when there is none to be had
    for the current JSON file (missing, stale, or unreadable)."""
    from arabicnews.stages.entities.perceptron import NerModel

    path = data_path(built_name(name))
    try:
        if not path.is_file():
            return None
        # Not compressed: decompressing the 16 MB took 0.05 CPU s of every load (session 20; git
        # and wheels compress the file anyway). Unpickling makes some 300,000 containers, none of
        # them garbage: the collector is paused rather than walking the growing heap again and again.
        enabled = gc.isenabled()
        gc.disable()
        try:
            with path.open("rb") as fh:
                stored = _Unpickler(fh).load()
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
    """Pickles the weights dict as its :func:`pack_weights` (unpickled by :func:`weights_from`) and
    the frequency bands as their :func:`pack_ints` (:func:`ints_from`)."""

    def __init__(self, file: BinaryIO, weights: Mapping[str, Weights], zipf: Mapping[str, int]) -> None:
        super().__init__(file, protocol=5)
        self._stored = {id(weights): (_WEIGHTS_ID, pack_weights(weights)), id(zipf): (_INTS_ID, pack_ints(zipf))}

    def persistent_id(self, obj: object) -> tuple[str, bytes] | None:
        return self._stored.get(id(obj))


def pack(name: str) -> bytes:
    """The built form of the packaged model ``name``: the model as read from its JSON, its weights
    stored by :func:`~arabicnews.core.stored.pack_weights`, its frequency bands by
    :func:`~arabicnews.core.stored.pack_ints` and its stem-pair tables
    :func:`shared_pairs`, pickled (before any use, so that its caches are empty; not compressed:
    :func:`load_built`), with the JSON file's digest."""
    from arabicnews.stages.entities.perceptron import NerModel

    model = NerModel.load_json(name)
    model._ss_prev, model._ss_next = shared_pairs(model._ss_prev, model._ss_next)
    out = io.BytesIO()
    _Pickler(out, model.weights, model.extract.zipf).dump((FORMAT, source_digest(name), model))
    return out.getvalue()


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
