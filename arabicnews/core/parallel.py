"""Running a pipeline over many texts: batching, worker processes, and per-document failures.

:func:`run_many` maps any picklable ``text -> result`` function, not only a pipeline: the command line
and :mod:`arabicnews.surfaces.dask` have workers return a document's JSON text, which crosses the process
boundary several times faster than a pickled :class:`~arabicnews.core.document.Document` (whose hundreds
of annotation objects the parent would otherwise rebuild one by one)."""

from __future__ import annotations

import ast
import gc
import os
import pickle
import sys
import tokenize
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import frozen

from arabicnews.core.errors import DocumentError, InputTypeError, PipelineError, WorkerError
from arabicnews.core.serialize import document_to_json

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from arabicnews.core.document import Document

# multiprocessing and concurrent.futures are imported where processes start, not with the package:
# a process that never starts workers does not pay for them (about a tenth of `import arabicnews`).

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


def _freeze_for_fork() -> bool:
    """Move every object the collector tracks into its permanent generation (``gc.freeze()``), unless
    this process froze objects itself; whether it did (the caller then undoes it: ``gc.unfreeze()``).

    Under "fork" the parent freezes what its first analysis loaded (the lexicons and models, some
    hundreds of thousands of containers) before the collector runs again, and thaws it once the
    workers have forked: the parent does not walk them in a young collection of their own (about
    0.07 CPU s of its serial part), and the workers inherit them frozen, so that their collections
    never walk them either, nor write to their headers (which would copy the pages holding them).
    The parent is left as it was: its collections see them again, in the oldest generation.
    """
    if gc.get_freeze_count():
        return False
    gc.freeze()
    return True


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
        return document_to_json(self.analyze(text))


@frozen
class _NotLoaded:
    """A worker could not rebuild the function it was sent (a stage its process cannot import)."""

    message: str


# A worker's result for one text: ``(index, blob)`` with the result pickled by the worker (the parent
# unpickles it with the collector paused), ``(index, text)`` for a result that is a str (a JSON line
# crosses as it is, with nothing to rebuild), or ``(index, failure)``.
_Item = tuple[int, "bytes | str | DocumentFailure"]
_Results = list[_Item] | _NotLoaded

_worker_analyze: Callable[[str], object] | None = None
_worker_problem: str | None = None


def _init_worker(analyze: Callable[[str], object] | bytes) -> None:
    """Keep the worker's function; under "spawn" it comes pickled, and a failure to load it is kept to report.

    Raising here would only break the pool with a traceback per worker and no word on the cause.
    """
    global _worker_analyze, _worker_problem
    if not isinstance(analyze, bytes):
        _worker_analyze = analyze
        return
    try:
        _worker_analyze = pickle.loads(analyze)
    except PipelineError as exc:  # it names the stage and the fix
        _worker_problem = str(exc)
    except Exception as exc:
        _worker_problem = (
            f"{type(exc).__name__}: {exc}; define custom stages in a module the workers can import (a .py file, "
            "not a notebook cell, python -c or standard input), or use n_process=1"
        )


def _analyze_batch(batch: list[tuple[int, str]]) -> _Results:
    fn = _worker_analyze
    if fn is None:
        return _NotLoaded(_worker_problem or "the worker process was not initialised")
    out: list[_Item] = []
    with collector_paused():
        for index, text in batch:
            try:
                result = fn(text)
                out.append((index, result if type(result) is str else pickle.dumps(result, pickle.HIGHEST_PROTOCOL)))
            except Exception as exc:
                out.append((index, DocumentFailure(index, type(exc).__name__, str(exc))))
    _settle()
    return out


def _settle() -> None:
    """After a unit in a worker: collect the young generations, then freeze what is left (``gc.freeze()``).

    A worker keeps what its units add to the stages' caches (the records of the word types met) for
    as long as it runs, and the collector would walk all of it again at every full collection; the
    default stages make no cyclic garbage at all (a test checks). So a unit runs with the collector
    paused (its documents are freed as they go, by their reference counts), and after it the young
    generations are collected once, which frees any cycle the unit left, and the survivors are
    frozen, never to be walked again. (A cycle that is still alive then and dies later is kept until
    the worker ends.) A worker whose collector is off (inherited from a parent that turned it off)
    is left alone.
    """
    if gc.isenabled():
        gc.collect(1)
        gc.freeze()


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


# A worker's unit of work holds at most this many words (spaces, counted in C), so that a batch of
# long articles is shared between the workers and the last units leave no worker waiting long for
# the other (about 50-100 ms of analysis; sending a unit costs well under a millisecond).
_UNIT_WORDS = 2_000

# The last batch of the input is cut into units of at most this many words (about 10-15 ms of
# analysis), so that the workers finish within a small unit of each other (see _units).
_TAIL_WORDS = 500

# Under "fork", the parent analyses the first text itself when it is at most this long: that loads
# the lexicons and models once, and every worker inherits them instead of loading its own copy. A
# longer first text would keep the workers from starting while the parent analyses it.
_WARM_CHARS = 50_000


def _units(
    batches: Iterable[list[tuple[int, str]]], max_words: int | None = None, tail_words: int | None = None
) -> Iterator[list[tuple[int, str]]]:
    """Cut each batch into units of at most ``max_words`` words, the last batch into units of at most
    ``tail_words`` (a text longer than that is one unit).

    The batches are read one ahead, so that the last one is known as the last: its small units keep
    the workers busy together to the end, where a unit of ``max_words`` started by one worker as the
    other runs out of work leaves that other waiting (on average half a unit's analysis).
    """
    if max_words is None:
        max_words = _UNIT_WORDS
    if tail_words is None:
        tail_words = _TAIL_WORDS
    it = iter(batches)
    batch = next(it, None)
    while batch is not None:
        following = next(it, None)
        yield from _cut(batch, max_words if following is not None else tail_words)
        batch = following


def _cut(batch: list[tuple[int, str]], max_words: int) -> Iterator[list[tuple[int, str]]]:
    """One batch as units of at most ``max_words`` words (spaces counted in C)."""
    unit: list[tuple[int, str]] = []
    words = 0
    for item in batch:
        n = item[1].count(" ") + 1
        if unit and words + n > max_words:
            yield unit
            unit, words = [], 0
        unit.append(item)
        words += n
    if unit:
        yield unit


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


StartMethod = Literal["fork", "spawn"]

_GUARD = 'if __name__ == "__main__":'


def start_method() -> StartMethod:
    """How worker processes start here: ``"fork"`` where that is safe, ``"spawn"`` otherwise.

    "fork" copies this process, so a plain script without a main guard, a notebook and stages
    defined in ``__main__`` all work, and the workers start with the pipeline already loaded. It is
    safe only on Linux (macOS's system libraries are not fork-safe) and while the process runs a
    single thread: a lock held by another thread at the fork stays locked in the child forever. The
    threads are counted in ``/proc/self/task``, so native ones (torch's, OpenMP's) count too. Anywhere
    else workers start with "spawn", which re-imports the main script in each worker.
    """
    if sys.platform.startswith("linux"):
        try:
            if len(os.listdir("/proc/self/task")) == 1:
                return "fork"
        except OSError:  # pragma: no cover - /proc not mounted
            pass
    return "spawn"


def _unguarded_call() -> int | None:
    """The line of ``__main__`` outside a main guard that led here, when its workers would re-run it.

    Under "spawn" every worker imports the main script again; a call of ``pipe(n_process=...)`` at
    its top level then runs again in each worker, which multiprocessing refuses with a long traceback
    from each. Finding the top-level statement on the stack lets the parent say so in one line first.
    """
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if main is None or not isinstance(path, str) or not os.path.isfile(path):
        return None  # a notebook or python -c: the workers do not re-run it
    frame: FrameType | None = sys._getframe(1)
    while frame is not None and not (frame.f_globals is main.__dict__ and frame.f_code.co_name == "<module>"):
        frame = frame.f_back
    if frame is None:
        return None
    try:
        with tokenize.open(path) as f:  # the script's own encoding (a coding cookie, or UTF-8)
            tree = ast.parse(f.read())
    except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
        return None
    line = frame.f_lineno
    return None if _guarded(tree.body, line) else line


def _guarded(body: list[ast.stmt], line: int) -> bool:
    """Whether ``line`` lies, within ``body``, in the body of an ``if __name__ == "__main__":``."""
    for st in body:
        if not st.lineno <= line <= (st.end_lineno or st.lineno):
            continue
        if isinstance(st, ast.If) and _is_main_test(st.test):
            return any(s.lineno <= line <= (s.end_lineno or s.lineno) for s in st.body)
        inner: list[ast.stmt] = []
        for field in ("body", "orelse", "finalbody"):
            inner.extend(s for s in getattr(st, field, ()) if isinstance(s, ast.stmt))
        for handler in getattr(st, "handlers", ()):
            inner.extend(handler.body)
        return _guarded(inner, line)
    return False


def _is_main_test(test: ast.expr) -> bool:
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)):
        return False
    sides = [test.left, test.comparators[0]]
    names = [s for s in sides if isinstance(s, ast.Name) and s.id == "__name__"]
    mains = [s for s in sides if isinstance(s, ast.Constant) and s.value == "__main__"]
    return len(names) == 1 and len(mains) == 1


def _check_spawn_can_start(n_process: int) -> None:
    """Refuse, in one line, the two main scripts that "spawn" workers cannot start from."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if getattr(main, "__spec__", None) is None and isinstance(path, str) and not os.path.isfile(path):
        raise WorkerError(
            f"{_why_spawn()}, worker processes start by re-running the main script, and {path!r} is not a file "
            "they can read (a script from standard input): save the script to a .py file, or use n_process=1"
        )
    line = _unguarded_call()
    if line is not None:
        raise WorkerError(
            f"{_why_spawn()}, worker processes start by re-running the main script, and line {line} of it runs "
            f"pipe(n_process={n_process}) again in each: put that code under {_GUARD} (or use n_process=1)"
        )


def _why_spawn() -> str:
    if sys.platform.startswith("linux"):
        return "as this process runs other threads (so that forking it is not safe)"
    return f"on {sys.platform}"


def _check_not_bootstrapping() -> None:
    """Stop a "spawn" worker that is re-running the main script's top level and got here.

    The worker cannot start processes of its own, and running the rest of the user's script again
    would be worse; it leaves quietly and the parent reports the missing guard once.
    """
    import multiprocessing

    if getattr(multiprocessing.current_process(), "_inheriting", False):
        raise SystemExit(1)


def _run_in_processes(
    analyze: Callable[[str], R],
    texts: Iterable[str],
    batch_size: int,
    n_process: int,
    on_error: OnError,
    failures: list[DocumentFailure] | None,
) -> Iterator[R]:
    _check_not_bootstrapping()
    method = start_method()
    if method == "spawn":
        _check_spawn_can_start(n_process)
    units = _units(_batches(texts, batch_size))
    first: list[R] = []
    frozen: list[bool] = [False]  # whether the parent's objects are frozen for the fork, until it happened
    try:
        if method == "fork":
            with collector_paused():  # (no collection between the load and the freeze)
                first, units = _warm_up(analyze, units, on_error, failures)
                frozen[0] = _freeze_for_fork()
            method = start_method()  # the analysis may have started threads (torch's): then forking is unsafe
            if method == "spawn":
                _check_spawn_can_start(n_process)
        yield from _pooled(analyze, first, units, n_process, method, on_error, failures, frozen)
    finally:
        _thaw(frozen)


def _thaw(frozen: list[bool]) -> None:
    """Undo :func:`_freeze_for_fork` once, if it froze (``frozen[0]``)."""
    if frozen[0]:
        frozen[0] = False
        gc.unfreeze()


def _pooled(
    analyze: Callable[[str], R],
    first: list[R],
    units: Iterator[list[tuple[int, str]]],
    n_process: int,
    method: StartMethod,
    on_error: OnError,
    failures: list[DocumentFailure] | None,
    frozen: list[bool],
) -> Iterator[R]:
    """The pool's part of :func:`_run_in_processes`: ``first`` (the parent's own results), then the
    workers'. ``frozen[0]``: the parent froze its objects for the fork; they are thawed once it happened."""
    # Under "fork" the workers inherit the function (and what the first analysis loaded); under
    # "spawn" it goes pickled, and each worker unpickles it itself so that a stage it cannot import
    # is reported, not a broken pool.
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    payload: Callable[[str], R] | bytes = analyze if method == "fork" else pickle.dumps(analyze)
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(n_process, mp_context=context, initializer=_init_worker, initargs=(payload,)) as pool:
        pending: deque[Future[_Results]] = deque()
        # Units keep being sent while any are running fewer than ``running``, whichever finished: a
        # long unit at the head of the queue does not leave the other worker without work. At most
        # ``kept`` finished units wait for it.
        running, kept = 2 * n_process, 8 * n_process
        try:
            _fill(pool, pending, units, running, kept, method)  # the first send forks the workers
            _thaw(frozen)
            yield from first
            while pending:
                head = pending[0]
                if not head.done():
                    wait([f for f in pending if not f.done()], return_when=FIRST_COMPLETED)
                    _fill(pool, pending, units, running, kept, method)
                    continue
                pending.popleft()
                _fill(pool, pending, units, running, kept, method)
                yield from _collect(_result(head, method), on_error, failures)
        finally:
            for fut in pending:
                fut.cancel()


def _fill(
    pool: ProcessPoolExecutor,
    pending: deque[Future[_Results]],
    units: Iterator[list[tuple[int, str]]],
    running: int,
    kept: int,
    method: StartMethod,
) -> None:
    """Send units until ``running`` are unfinished or ``kept`` are pending in all (or the input ends).

    A worker can die between two sends; the pool then refuses the next one, and that is reported as
    the worker's death, the same error a waiting result gives.
    """
    from concurrent.futures.process import BrokenProcessPool

    busy = sum(not f.done() for f in pending)
    while busy < running and len(pending) < kept:
        unit = next(units, None)
        if unit is None:
            return
        try:
            pending.append(pool.submit(_analyze_batch, unit))
        except BrokenProcessPool:
            raise _worker_died(method) from None
        busy += 1


def _warm_up(
    analyze: Callable[[str], R],
    units: Iterator[list[tuple[int, str]]],
    on_error: OnError,
    failures: list[DocumentFailure] | None,
) -> tuple[list[R], Iterator[list[tuple[int, str]]]]:
    """Analyse the first text in this process before the workers fork, and return its result and the rest.

    The workers then inherit the lexicons and models it loaded (one load, not one a worker); the
    result is the same as a worker's would be. A first text longer than ``_WARM_CHARS`` is left to
    the workers.
    """
    unit = next(units, None)
    if unit is None:
        return [], units
    (index, text), rest = unit[0], unit[1:]
    if len(text) > _WARM_CHARS:
        return [], _chain([unit], units)
    done: list[R] = []
    try:
        done.append(analyze(text))
    except Exception as exc:
        if on_error == "raise":
            raise DocumentError(index, exc) from exc
        _record(DocumentFailure(index, type(exc).__name__, str(exc)), failures)
    return done, _chain([rest] if rest else [], units)


def _chain(head: list[list[tuple[int, str]]], tail: Iterator[list[tuple[int, str]]]) -> Iterator[list[tuple[int, str]]]:
    yield from head
    yield from tail


def _worker_died(method: StartMethod) -> WorkerError:
    """The error for a pool whose worker process stopped without returning."""
    guard = f"; if a script starts them, is the call under {_GUARD}?" if method == "spawn" else ""
    return WorkerError(
        f"a worker process stopped abruptly (started by {method!r}; killed, out of memory, or a crash in "
        f"native code{guard})"
    )


def _result(fut: Future[_Results], method: StartMethod) -> list[_Item]:
    from concurrent.futures.process import BrokenProcessPool

    try:
        results = fut.result()
    except BrokenProcessPool:
        raise _worker_died(method) from None
    if isinstance(results, _NotLoaded):
        raise WorkerError(f"a worker process could not load the pipeline: {results.message}")
    return results


def _collect(
    results: list[_Item],
    on_error: OnError,
    failures: list[DocumentFailure] | None,
) -> Iterator[R]:
    for index, res in results:
        if isinstance(res, bytes):
            with collector_paused():
                value: R = pickle.loads(res)  # what the caller's Callable[[str], R] returned
            yield value
        elif isinstance(res, str):
            yield cast("R", res)  # sent as it was returned (see _analyze_batch)
        elif on_error == "raise":
            raise DocumentError(index, RuntimeError(f"{res.error_type}: {res.message}"))
        else:
            _record(res, failures)
