"""Run a pipeline over Dask collections: a bag of texts or a dataframe column, on any Dask scheduler.

Needs the ``dask`` extra (``pip install -e '.[dask]'`` in the checkout: dask and distributed). On a
``dask.distributed`` cluster each worker process builds the pipeline once, on its first partition,
and reuses it for every later partition and task::

    import dask.bag as db
    from dask.distributed import Client
    from arabicnews.surfaces.dask import analyze_bag

    client = Client("scheduler:8786")
    texts = db.read_text("archive/*.txt", linedelimiter="\\n\\n")  # or db.from_sequence(texts)
    analyze_bag(texts).map(json.dumps).to_textfiles("out/*.jsonl")

Results are ``doc.to_dict()`` dictionaries by default (plain data, cheap to move between workers and
to write out); ``output="document"`` gives :class:`~arabicnews.core.document.Document` objects and
``output="json"`` one line of JSON per text.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from collections.abc import Iterable
from typing import Any, Literal

from arabicnews.core.document import Document
from arabicnews.core.errors import BackendNotInstalledError, InputTypeError
from arabicnews.core.pipeline import Pipeline

# Dask's collections are typed ``Any`` here: mypy then needs neither dask nor its stubs installed.
Bag = Any
DaskSeries = Any
DaskFrame = Any
Output = Literal["dict", "document", "json"]

_PIPELINES: dict[str, Pipeline] = {}
"""The pipelines built in this process, by the digest of their pickle: one per worker process."""


def _import(module: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise BackendNotInstalledError("dask", "dask") from None


class PartitionAnalyzer:
    """A picklable function from a partition of texts to a list of results.

    It carries the pipeline as bytes and builds it at most once per process (the first time a
    partition reaches that process); ``None`` stands for the default pipeline.
    """

    __slots__ = ("_blob", "_key", "output")

    def __init__(self, pipeline: Pipeline | None = None, output: Output = "dict") -> None:
        if output not in ("dict", "document", "json"):
            raise ValueError(f"output must be 'dict', 'document' or 'json', not {output!r}")
        self.output: Output = output
        self._blob = pickle.dumps(pipeline) if pipeline is not None else b""
        self._key = hashlib.sha1(self._blob).hexdigest() if pipeline is not None else "default"

    def __getstate__(self) -> tuple[bytes, str, Output]:
        return self._blob, self._key, self.output

    def __setstate__(self, state: tuple[bytes, str, Output]) -> None:
        self._blob, self._key, self.output = state

    def pipeline(self) -> Pipeline:
        """This process's copy of the pipeline, built on first use."""
        nlp = _PIPELINES.get(self._key)
        if nlp is None:
            if self._blob:
                nlp = pickle.loads(self._blob)
            else:
                from arabicnews.stages.defaults import default_pipeline

                nlp = default_pipeline()
            _PIPELINES[self._key] = nlp
        return nlp

    def one(self, text: object) -> Any:
        """The result for one text."""
        if not isinstance(text, str):
            raise InputTypeError(text, what="each element of the collection")
        doc = self.pipeline()(text)
        if self.output == "document":
            return doc
        data = doc.to_dict()
        return json.dumps(data, ensure_ascii=False) if self.output == "json" else data

    def __call__(self, texts: Iterable[object]) -> list[Any]:
        return [self.one(t) for t in texts]


def analyze_bag(texts: Bag, *, pipeline: Pipeline | None = None, output: Output = "dict") -> Bag:
    """A bag of the results of analysing each text of ``texts`` (lazy, like every bag operation).

    ``pipeline`` defaults to :func:`~arabicnews.default_pipeline`. ``output`` is ``"dict"``
    (``doc.to_dict()``, the default), ``"document"`` or ``"json"``. Order within the bag is kept.
    """
    _import("dask.bag")
    return texts.map_partitions(PartitionAnalyzer(pipeline, output))


def analyze_series(texts: DaskSeries, *, pipeline: Pipeline | None = None, output: Output = "dict") -> DaskSeries:
    """A series of the results of analysing each text of the series ``texts`` (same index)."""
    _import("dask.dataframe")
    run = PartitionAnalyzer(pipeline, output)
    name = texts.name if texts.name is not None else "analysis"
    return texts.map_partitions(_map_series, run, meta=(name, "object"))


def analyze_dataframe(
    frame: DaskFrame,
    column: str = "text",
    *,
    pipeline: Pipeline | None = None,
    output: Output = "dict",
    into: str = "analysis",
) -> DaskFrame:
    """``frame`` with a column ``into`` holding the analysis of the text column ``column``."""
    _import("dask.dataframe")
    if column not in frame.columns:
        have = ", ".join(map(repr, frame.columns))
        raise KeyError(f"the dataframe has no {column!r} column (columns: {have})")
    return frame.assign(**{into: analyze_series(frame[column], pipeline=pipeline, output=output)})


def _map_series(part: Any, run: PartitionAnalyzer) -> Any:
    return part.map(run.one)


def documents(results: Iterable[dict[str, Any]]) -> list[Document]:
    """Turn ``output="dict"`` results (computed bag or series values) back into Documents."""
    return [Document.from_dict(r) for r in results]


__all__ = ["Output", "PartitionAnalyzer", "analyze_bag", "analyze_dataframe", "analyze_series", "documents"]
