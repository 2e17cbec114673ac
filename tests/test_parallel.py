"""Pipeline.pipe over many texts: order, worker processes, and per-document failures."""

from __future__ import annotations

import gc
import pickle
from typing import ClassVar

import pytest

import arabicnews
from arabicnews import Document, Pipeline, stage
from arabicnews.core.errors import DocumentError, InputTypeError
from arabicnews.core.parallel import DocumentFailure, collector_paused
from arabicnews.stages.tokens import TokenizerStage

TEXTS = [f"قال المتحدث إن {n} شخصا وصلوا إلى المدينة رقم {n}." for n in range(40)]


@stage(requires=["tokens"], provides=["checked"])
def fails_on_seven(doc: Document) -> Document:
    if "رقم 7." in doc.text:
        raise ValueError("seven is not allowed")
    return doc.with_layer("checked", ())


FRAGILE = Pipeline([TokenizerStage(), fails_on_seven])


def test_default_pipeline_pickles_and_gives_equal_results() -> None:
    nlp = arabicnews.default_pipeline()
    again = pickle.loads(pickle.dumps(nlp))
    assert again.names == nlp.names
    assert again(TEXTS[3]) == nlp(TEXTS[3])


def test_two_processes_keep_order_and_match_serial() -> None:
    nlp = arabicnews.default_pipeline()
    serial = list(nlp.pipe(TEXTS, batch_size=3))
    parallel = list(nlp.pipe(TEXTS, batch_size=3, n_process=2))
    assert [d.text for d in parallel] == TEXTS
    assert parallel == serial
    assert gc.isenabled()  # paused only while each result is unpickled


def test_collector_pause_leaves_a_callers_choice_alone() -> None:
    seen = []
    with collector_paused():
        seen.append(gc.isenabled())
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_pipe_is_lazy() -> None:
    def endless() -> object:
        n = 0
        while True:
            yield f"نص رقم {n}"
            n += 1

    docs = arabicnews.default_pipeline().pipe(endless(), batch_size=2)  # type: ignore[arg-type]
    assert next(docs).text == "نص رقم 0"
    assert next(docs).text == "نص رقم 1"


@pytest.mark.parametrize("n_process", [1, 2])
def test_failure_raises_with_the_document_index(n_process: int) -> None:
    with pytest.raises(DocumentError) as info:
        list(FRAGILE.pipe(TEXTS, batch_size=4, n_process=n_process))
    assert info.value.index == 7
    assert "seven is not allowed" in str(info.value)


@pytest.mark.parametrize("n_process", [1, 2])
def test_skip_records_failures_and_keeps_the_rest(n_process: int) -> None:
    failures: list[DocumentFailure] = []
    docs = list(FRAGILE.pipe(TEXTS, batch_size=4, n_process=n_process, on_error="skip", failures=failures))
    assert [d.text for d in docs] == TEXTS[:7] + TEXTS[8:]
    assert failures == [DocumentFailure(7, "ValueError", "seven is not allowed")]


def test_skip_without_a_list_warns() -> None:
    with pytest.warns(RuntimeWarning, match="skipped document 7"):
        docs = list(FRAGILE.pipe(TEXTS[:9], on_error="skip"))
    assert len(docs) == 8


def test_bad_arguments_fail_at_the_call() -> None:
    nlp = arabicnews.default_pipeline()
    with pytest.raises(ValueError, match="n_process"):
        nlp.pipe(TEXTS, n_process=0)
    with pytest.raises(ValueError, match="on_error"):
        nlp.pipe(TEXTS, on_error="ignore")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match=r"texts\[1\]"):
        list(nlp.pipe(["نص", b"bytes"]))  # type: ignore[list-item]


@pytest.mark.parametrize("n_process", [1, 2])
def test_workers_can_send_back_json_instead_of_documents(n_process: int) -> None:
    import json

    from arabicnews.core.parallel import AsDict, AsJSON, run_many

    nlp = arabicnews.default_pipeline()
    lines = list(run_many(AsJSON(nlp), TEXTS[:6], batch_size=2, n_process=n_process))
    assert all(isinstance(line, str) and "\n" not in line for line in lines)
    assert [Document.from_dict(json.loads(line)) for line in lines] == [nlp(t) for t in TEXTS[:6]]
    assert list(run_many(AsDict(nlp), TEXTS[:2])) == [nlp(t).to_dict() for t in TEXTS[:2]]


def test_generic_runner_skips_failures_with_their_index() -> None:
    from arabicnews.core.parallel import AsJSON, run_many

    failures: list[DocumentFailure] = []
    out = list(run_many(AsJSON(FRAGILE), TEXTS[5:10], batch_size=2, n_process=2, on_error="skip", failures=failures))
    assert len(out) == 4
    assert failures == [DocumentFailure(2, "ValueError", "seven is not allowed")]


LONG = [" ".join([TEXTS[n]] * (1 + n % 4 * 10)) for n in range(14)]  # 13 to 403 words


def test_units_cut_batches_by_words_and_keep_every_text_in_order() -> None:
    from arabicnews.core.parallel import _batches, _units

    units = list(_units(_batches(LONG, 5), max_words=150, tail_words=150))
    assert [i for unit in units for i, _ in unit] == list(range(len(LONG)))
    for unit in units:
        words = sum(t.count(" ") + 1 for _, t in unit)
        assert words <= 150 or len(unit) == 1
    assert max(len(unit) for unit in units) <= 5
    assert any(len(unit) == 1 for unit in units) and any(len(unit) > 1 for unit in units)


def test_the_last_batch_is_cut_into_smaller_units_and_every_text_kept_in_order() -> None:
    from arabicnews.core.parallel import _batches, _units

    units = list(_units(_batches(LONG, 5), max_words=400, tail_words=40))
    assert [i for unit in units for i, _ in unit] == list(range(len(LONG)))
    last = [u for u in units if u[0][0] >= 10]  # LONG's last batch of 5: texts 10 to 13
    body = [u for u in units if u[0][0] < 10]
    assert all(sum(t.count(" ") + 1 for _, t in u) <= 40 or len(u) == 1 for u in last)
    assert any(sum(t.count(" ") + 1 for _, t in u) > 40 for u in body)  # the size the others are cut to
    assert len(last) == 4  # 13, 133, 253 and 373 words: one text a unit
    assert list(_units(_batches(LONG[:3], 5), max_words=400, tail_words=20)) == [[(i, LONG[i])] for i in range(3)]
    assert list(_units(_batches([], 5))) == []


def test_two_processes_match_one_byte_for_byte_across_units(monkeypatch: pytest.MonkeyPatch) -> None:
    from arabicnews.core import parallel
    from arabicnews.core.parallel import AsJSON, run_many

    monkeypatch.setattr(parallel, "_UNIT_WORDS", 100)  # many units, some of one text; forked workers inherit it
    nlp = arabicnews.default_pipeline()
    one = list(run_many(AsJSON(nlp), LONG, batch_size=4))
    two = list(run_many(AsJSON(nlp), LONG, batch_size=4, n_process=2))
    assert "\n".join(two).encode() == "\n".join(one).encode()
    assert list(nlp.pipe(LONG, batch_size=4, n_process=2)) == list(nlp.pipe(LONG, batch_size=4))


def where(text: str) -> tuple[int, str]:
    import os

    return os.getpid(), text


def test_forked_workers_start_after_the_parent_analysed_the_first_text() -> None:
    import os

    from arabicnews.core.parallel import run_many, start_method

    out = list(run_many(where, TEXTS[:12], batch_size=2, n_process=2))
    assert [text for _, text in out] == TEXTS[:12]
    if start_method() == "fork":  # the parent loads once; its workers inherit what it loaded
        assert out[0][0] == os.getpid()
        assert all(pid != os.getpid() for pid, _ in out[1:])


def frozen_here(text: str) -> tuple[int, int]:
    import os

    return os.getpid(), gc.get_freeze_count()


def test_forked_workers_inherit_the_parents_objects_frozen_and_the_parent_is_left_as_it_was() -> None:
    import os

    from arabicnews.core.parallel import run_many, start_method

    assert gc.get_freeze_count() == 0
    method = start_method()  # (before the run: a thread left by another test's pool means "spawn")
    out = list(run_many(frozen_here, TEXTS[:8], batch_size=2, n_process=2))
    assert gc.get_freeze_count() == 0  # unfrozen again once the workers forked
    if method == "fork":
        assert out[0] == (os.getpid(), 0)  # the parent's own first analysis, before the fork
        assert all(pid != os.getpid() and frozen > 0 for pid, frozen in out[1:])


def test_objects_a_caller_froze_stay_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    from arabicnews.core.parallel import _freeze_for_fork, run_many

    unfreeze = gc.unfreeze
    thawed: list[int] = []
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        monkeypatch.setattr(gc, "unfreeze", lambda: thawed.append(gc.get_freeze_count()))
        assert not _freeze_for_fork()
        assert gc.get_freeze_count() == frozen
        assert [pid for pid, _ in run_many(frozen_here, TEXTS[:4], batch_size=2, n_process=2)]
        assert not thawed  # the run never thawed them
        # nor did they leave the permanent generation otherwise (a thaw leaves none there), but for the few objects
        # another thread of this process may free meanwhile (a pytest-xdist worker's channel thread freed 3 of 685,725)
        assert gc.get_freeze_count() >= 0.99 * frozen
    finally:
        unfreeze()


def test_the_default_pipeline_makes_no_cyclic_garbage() -> None:
    # What a worker's _settle relies on: the default stages' documents and caches are freed by their
    # reference counts alone (a cycle would be collected after its unit, or kept if it outlived it).
    from arabicnews.core.parallel import AsJSON

    nlp = arabicnews.default_pipeline()
    nlp(TEXTS[0])  # the load
    gc.collect()
    gc.disable()
    try:
        docs = [nlp(text) for text in TEXTS[:10]]
        lines = [AsJSON(nlp)(text) for text in TEXTS[10:20]]
        assert docs and lines
        del docs, lines
        failed = Pipeline([TokenizerStage(), fails_on_seven])
        with pytest.raises(ValueError, match="seven"):
            failed(TEXTS[7])
        assert gc.collect() == 0
    finally:
        gc.enable()


class _Cycle:
    freed: ClassVar[list[int]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed.append(1)


def makes_a_cycle(text: str) -> str:
    _Cycle()
    return text


def test_a_worker_unit_frees_the_cycles_it_left_and_freezes_what_survives(monkeypatch: pytest.MonkeyPatch) -> None:
    from arabicnews.core import parallel

    monkeypatch.setattr(parallel, "_worker_analyze", makes_a_cycle)
    _Cycle.freed.clear()
    try:
        assert parallel._analyze_batch([(0, "نص"), (1, "آخر")]) == [(0, "نص"), (1, "آخر")]
        assert _Cycle.freed == [1, 1]  # collected after the unit, not frozen
        assert gc.get_freeze_count() > 0 and gc.isenabled()
    finally:
        gc.unfreeze()


def first_fails(text: str) -> str:
    if text == TEXTS[0]:
        raise ValueError("the first is not allowed")
    return text


@pytest.mark.parametrize("on_error", ["raise", "skip"])
def test_a_failure_of_the_first_text_is_reported_like_any_other(on_error: str) -> None:
    from arabicnews.core.parallel import run_many

    failures: list[DocumentFailure] = []
    run = run_many(first_fails, TEXTS[:5], batch_size=2, n_process=2, on_error=on_error, failures=failures)  # type: ignore[arg-type]
    if on_error == "raise":
        with pytest.raises(DocumentError, match="the first is not allowed") as info:
            list(run)
        assert info.value.index == 0
    else:
        assert list(run) == TEXTS[1:5]
        assert failures == [DocumentFailure(0, "ValueError", "the first is not allowed")]


def dies_on_three(text: str) -> str:
    import os

    if text == TEXTS[3]:
        os._exit(3)  # as a worker killed by the system would
    return text


def test_a_worker_that_dies_gives_a_worker_error_and_leaves_no_process() -> None:
    import multiprocessing

    from arabicnews.core.errors import WorkerError
    from arabicnews.core.parallel import run_many

    with pytest.raises(WorkerError, match="stopped abruptly"):
        list(run_many(dies_on_three, TEXTS[:10], batch_size=2, n_process=2))
    assert multiprocessing.active_children() == []


def test_a_pool_broken_between_two_sends_gives_the_same_worker_error() -> None:
    # A worker can die after one unit is sent and before the next: the pool then refuses the send
    # itself (seen in CI as a bare BrokenProcessPool escaping run_many).
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    from typing import Any

    from arabicnews.core import parallel
    from arabicnews.core.errors import WorkerError

    class BrokenPool(ProcessPoolExecutor):
        def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
            raise BrokenProcessPool("a child process terminated abruptly")

    pool = BrokenPool(1)
    try:
        with pytest.raises(WorkerError, match="stopped abruptly"):
            parallel._fill(pool, deque(), iter([[(0, "نص")]]), 2, 8, "fork")
    finally:
        pool.shutdown()


def test_no_worker_outlives_a_finished_or_abandoned_run() -> None:
    import multiprocessing

    nlp = arabicnews.default_pipeline()
    assert len(list(nlp.pipe(TEXTS, batch_size=3, n_process=2))) == len(TEXTS)
    assert multiprocessing.active_children() == []
    docs = nlp.pipe(TEXTS, batch_size=3, n_process=2)
    assert next(docs).text == TEXTS[0]
    assert next(docs).text == TEXTS[1]
    docs.close()  # type: ignore[attr-defined]
    assert multiprocessing.active_children() == []


def test_a_process_that_starts_no_workers_does_not_import_multiprocessing() -> None:
    import subprocess
    import sys

    code = (
        "import sys, arabicnews; arabicnews.analyze('قال الوزير إن 3 شركات وصلت'); "
        "print(sorted(m for m in ('multiprocessing', 'concurrent.futures') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
