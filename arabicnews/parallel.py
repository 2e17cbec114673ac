"""Running a pipeline over many texts: batching, worker processes, and per-document failures."""

from __future__ import annotations

import multiprocessing
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Literal

from attrs import frozen

from arabicnews.document import Document
from arabicnews.errors import DocumentError, InputTypeError

OnError = Literal["raise", "skip"]


@frozen
class DocumentFailure:
    """A document that could not be analysed: its position in the input and the error."""

    index: int
    error_type: str
    message: str


Analyze = Callable[[str], Document]
_Result = tuple[int, Document | DocumentFailure]

_worker_analyze: Analyze | None = None


def _init_worker(analyze: Analyze) -> None:
    global _worker_analyze
    _worker_analyze = analyze


def _analyze_batch(batch: list[tuple[int, str]], analyze: Analyze | None = None) -> list[_Result]:
    fn = analyze or _worker_analyze
    if fn is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("worker process was not initialised with a pipeline")
    out: list[_Result] = []
    for index, text in batch:
        try:
            out.append((index, fn(text)))
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
    analyze: Analyze,
    texts: Iterable[str],
    *,
    batch_size: int,
    n_process: int,
    on_error: OnError,
    failures: list[DocumentFailure] | None,
) -> Iterator[Document]:
    """Yield ``analyze(text)`` for each text in input order; see :meth:`Pipeline.pipe`."""
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
    analyze: Analyze,
    texts: Iterable[str],
    batch_size: int,
    on_error: OnError,
    failures: list[DocumentFailure] | None,
) -> Iterator[Document]:
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
    analyze: Analyze,
    texts: Iterable[str],
    batch_size: int,
    n_process: int,
    on_error: OnError,
    failures: list[DocumentFailure] | None,
) -> Iterator[Document]:
    # "spawn" is safe whatever threads the caller runs; workers build their pipeline once.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(n_process, mp_context=context, initializer=_init_worker, initargs=(analyze,)) as pool:
        pending: deque[Future[list[_Result]]] = deque()
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


def _collect(results: list[_Result], on_error: OnError, failures: list[DocumentFailure] | None) -> Iterator[Document]:
    for index, res in results:
        if isinstance(res, Document):
            yield res
        elif on_error == "raise":
            raise DocumentError(index, RuntimeError(f"{res.error_type}: {res.message}"))
        else:
            _record(res, failures)
