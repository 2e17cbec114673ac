"""Running a pipeline over many texts: batching, worker processes, and per-document failures.

:func:`run_many` maps any picklable ``text -> result`` function, not only a pipeline: the command line
and :mod:`arabicnews.surfaces.dask` have workers return a document's JSON text, which crosses the process
boundary several times faster than a pickled :class:`~arabicnews.core.document.Document` (whose hundreds
of annotation objects the parent would otherwise rebuild one by one)."""

from __future__ import annotations

import gc
import json
import multiprocessing
import pickle
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import frozen

from arabicnews.core.errors import DocumentError, InputTypeError

if TYPE_CHECKING:
    from arabicnews.core.document import Document

OnError = Literal["raise", "skip"]


@frozen
class DocumentFailure:
    """A document that could not be analysed: its position in the input and the error."""

    index: int
    error_type: str
    message: str


R = TypeVar("R")


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the block, and resume it after if it was on.

    Analysing or unpickling a document makes a hundred thousand small objects and no reference
    cycles; a caller that keeps its Documents would otherwise pay for full collections that walk all
    of them again and again. A caller that turned the collector off keeps it off.
    """
    running = gc.isenabled()
    if running:
        gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


@frozen
class AsDict:
    """``analyze(text).to_dict()``: a picklable function for workers that send back plain data."""

    analyze: Callable[[str], Document]

    def __call__(self, text: str) -> dict[str, Any]:
        return self.analyze(text).to_dict()


@frozen
class AsJSON:
    """``analyze(text)`` as one line of JSON (:meth:`Document.to_dict`), the cheapest result to send back.

    A worker's JSON text is unpickled in the parent as one string, where a Document would be
    rebuilt annotation by annotation; writing JSON Lines then costs the parent nothing more.
    """

    analyze: Callable[[str], Document]

    def __call__(self, text: str) -> str:
        return json.dumps(self.analyze(text).to_dict(), ensure_ascii=False)


@frozen
class _Done:
    """A worker's result, pickled by the worker: the parent unpickles it with the collector paused."""

    blob: bytes


_Results = list[tuple[int, "_Done | DocumentFailure"]]

_worker_analyze: Callable[[str], object] | None = None


def _init_worker(analyze: Callable[[str], object]) -> None:
    global _worker_analyze
    _worker_analyze = analyze


def _analyze_batch(batch: list[tuple[int, str]]) -> _Results:
    fn = _worker_analyze
    if fn is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("worker process was not initialised with a pipeline")
    out: _Results = []
    for index, text in batch:
        try:
            out.append((index, _Done(pickle.dumps(fn(text), pickle.HIGHEST_PROTOCOL))))
        except Exception as exc:
            out.append((index, DocumentFailure(index, type(exc).__name__, str(exc))))
    return out


def _batches(texts: Iterable[str], size: int) -> Iterator[list[tuple[int, str]]]:
    if isinstance(texts, str):
        raise InputTypeError(texts, what="texts", expected="an iterable of str (call the pipeline on one text)")
    batch: list[tuple[int, str]] = []
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            raise InputTypeError(text, what=f"texts[{i}]")
        batch.append((i, text))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_many(
    analyze: Callable[[str], R],
    texts: Iterable[str],
    *,
    batch_size: int = 64,
    n_process: int = 1,
    on_error: OnError = "raise",
    failures: list[DocumentFailure] | None = None,
) -> Iterator[R]:
    """Yield ``analyze(text)`` for each text in input order; see :meth:`Pipeline.pipe`.

    ``analyze`` is any function of one text (a pipeline, or a picklable object that runs one and
    returns something more compact than a Document); with ``n_process`` above 1 it is pickled once
    to each worker process.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1, not {n_process}")
    if on_error not in ("raise", "skip"):
        raise ValueError(f"on_error must be 'raise' or 'skip', not {on_error!r}")
    if n_process == 1:
        return _run_serial(analyze, texts, batch_size, on_error, failures)
    return _run_in_processes(analyze, texts, batch_size, n_process, on_error, failures)


def _run_serial(
    analyze: Callable[[str], R],
    texts: Iterable[str],
    batch_size: int,
    on_error: OnError,
    failures: list[DocumentFailure] | None,
) -> Iterator[R]:
    for batch in _batches(texts, batch_size):
        for index, text in batch:
            try:
                doc = analyze(text)
            except Exception as exc:
                if on_error == "raise":
                    raise DocumentError(index, exc) from exc
                _record(DocumentFailure(index, type(exc).__name__, str(exc)), failures)
                continue
            yield doc


def _record(failure: DocumentFailure, failures: list[DocumentFailure] | None) -> None:
    if failures is None:
        warnings.warn(
            f"skipped document {failure.index}: {failure.error_type}: {failure.message}",
            RuntimeWarning,
            stacklevel=4,
        )
    else:
        failures.append(failure)


def _run_in_processes(
    analyze: Callable[[str], R],
    texts: Iterable[str],
    batch_size: int,
    n_process: int,
    on_error: OnError,
    failures: list[DocumentFailure] | None,
) -> Iterator[R]:
    # "spawn" is safe whatever threads the caller runs; workers build their pipeline once.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(n_process, mp_context=context, initializer=_init_worker, initargs=(analyze,)) as pool:
        pending: deque[Future[_Results]] = deque()
        batches = _batches(texts, batch_size)
        ahead = 2 * n_process
        try:
            for batch in batches:
                pending.append(pool.submit(_analyze_batch, batch))
                if len(pending) >= ahead:
                    yield from _collect(pending.popleft().result(), on_error, failures)
            while pending:
                yield from _collect(pending.popleft().result(), on_error, failures)
        finally:
            for fut in pending:
                fut.cancel()


def _collect(
    results: _Results,
    on_error: OnError,
    failures: list[DocumentFailure] | None,
) -> Iterator[R]:
    for index, res in results:
        if isinstance(res, _Done):
            with collector_paused():
                value: R = pickle.loads(res.blob)  # what the caller's Callable[[str], R] returned
            yield value
        elif on_error == "raise":
            raise DocumentError(index, RuntimeError(f"{res.error_type}: {res.message}"))
        else:
            _record(res, failures)
