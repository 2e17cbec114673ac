"""``pipe(n_process=...)`` from real scripts: guarded and unguarded, with and without threads, custom stages.

Each test runs a script in a fresh interpreter, as a user would: how worker processes start depends on
the main module and on the threads of the process, which pytest's own process cannot stand for.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import PACKAGE_ROOT

from arabicnews.core.errors import PipelineError
from arabicnews.core.parallel import _guarded
from arabicnews.core.pipeline import _load_stage

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork-or-spawn choice is Linux's")

HEADER = """\
import threading
import arabicnews
from arabicnews import Document, Pipeline, stage
from arabicnews.stages.tokens import TokenizerStage

TEXTS = [f"قال المتحدث إن {n} شخصا وصلوا." for n in range(6)]

@stage(requires=["tokens"], provides=["marks"])
def marks(doc: Document) -> Document:
    return doc.with_layer("marks", ())

def hold_a_thread() -> None:
    threading.Thread(target=threading.Event().wait, daemon=True).start()
"""

RUN_DEFAULT = """\
docs = list(arabicnews.default_pipeline().pipe(TEXTS, batch_size=2, n_process=2))
print([len(d.quantities) for d in docs] == [len(arabicnews.analyze(t).quantities) for t in TEXTS])
"""

RUN_CUSTOM = """\
docs = list(Pipeline([TokenizerStage(), marks]).pipe(TEXTS, batch_size=2, n_process=2))
print([d.text for d in docs] == TEXTS and all(d.layer("marks") == () for d in docs))
"""


def _script(*parts: str, guarded: bool, threads: bool) -> str:
    body = ("hold_a_thread()\n" if threads else "") + "".join(parts)
    if guarded:
        body = 'if __name__ == "__main__":\n' + textwrap.indent(body, "    ")
    return HEADER + body


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(PACKAGE_ROOT)}
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env=env,
        timeout=300,
    )


def _run_file(source: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "script.py"
    path.write_text(source, encoding="utf-8")
    return _run([str(path)], tmp_path)


def test_plain_script_without_a_main_guard_works(tmp_path: Path) -> None:
    proc = _run_file(_script(RUN_DEFAULT, guarded=False, threads=False), tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "True"


@pytest.mark.parametrize("threads", [False, True], ids=["fork", "spawn"])
def test_guarded_script_with_a_stage_from_main_works(tmp_path: Path, threads: bool) -> None:
    proc = _run_file(_script(RUN_CUSTOM, guarded=True, threads=threads), tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "True"


def test_unguarded_script_with_threads_gets_one_line_naming_the_guard(tmp_path: Path) -> None:
    proc = _run_file(_script(RUN_CUSTOM, guarded=False, threads=True), tmp_path)
    assert proc.returncode == 1
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("arabicnews.core.errors.WorkerError:")
    assert 'if __name__ == "__main__":' in last and "other threads" in last
    assert "BrokenProcessPool" not in proc.stderr
    assert len(proc.stderr.splitlines()) < 12  # the script's own traceback, none from the workers


def test_stage_from_python_c_works_where_workers_fork(tmp_path: Path) -> None:
    proc = _run(["-c", _script(RUN_CUSTOM, guarded=False, threads=False)], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "True"


def test_stage_from_python_c_is_named_where_workers_spawn(tmp_path: Path) -> None:
    # a notebook is the same case: a __main__ that worker processes cannot import
    proc = _run(["-c", _script(RUN_CUSTOM, guarded=False, threads=True)], tmp_path)
    assert proc.returncode == 1
    last = proc.stderr.strip().splitlines()[-1]
    assert "stage 'marks' is defined in __main__" in last and ".py module" in last
    assert "NoneType" not in proc.stderr and "BrokenProcessPool" not in proc.stderr


def test_a_stage_that_cannot_be_found_again_is_named() -> None:
    with pytest.raises(PipelineError, match=r"stage 'no_such_stage' is defined in __main__.*n_process=1"):
        _load_stage("__main__", "no_such_stage")


@pytest.mark.parametrize(
    ("source", "line", "guarded"),
    [
        ("x = 1\nrun()\n", 2, False),
        ('if __name__ == "__main__":\n    run()\n', 2, True),
        ("if '__main__' == __name__:\n    run()\n", 2, True),
        ('if __name__ == "__main__":\n    pass\nelse:\n    run()\n', 4, False),
        ('try:\n    if __name__ == "__main__":\n        run()\nexcept KeyError:\n    pass\n', 3, True),
        ("with ctx():\n    run()\n", 2, False),
        ("if DEBUG:\n    run()\n", 2, False),
    ],
)
def test_main_guard_is_found_around_the_calling_line(source: str, line: int, guarded: bool) -> None:
    assert _guarded(ast.parse(source).body, line) is guarded


THREADED_STAGE = """\
from arabicnews.core.parallel import start_method

@stage(requires=["tokens"], provides=["threaded"])
def threaded(doc: Document) -> Document:
    import os, sys
    hold_a_thread()  # as a stage that loads torch would: forking after it is no longer safe
    with open("where.txt", "a", encoding="utf-8") as f:  # a spawned worker runs the script as __mp_main__
        f.write(f"{os.getpid()} {sys.modules['__main__'].__name__}\\n")
    return doc.with_layer("threaded", ())

"""

RUN_THREADED_STAGE = """\
before = start_method()
docs = list(Pipeline([TokenizerStage(), threaded]).pipe(TEXTS, batch_size=2, n_process=2))
import os
lines = [line.split() for line in open("where.txt", encoding="utf-8")]
mains = {name for pid, name in lines if int(pid) != os.getpid()}
print(before, start_method(), [d.text for d in docs] == TEXTS, len(lines), mains)
"""


def test_workers_spawn_when_the_parents_first_analysis_started_a_thread(tmp_path: Path) -> None:
    # the parent analyses the first text before it forks; a thread started then means "spawn"
    source = _script(RUN_THREADED_STAGE, guarded=True, threads=False).replace(HEADER, HEADER + THREADED_STAGE, 1)
    proc = _run_file(source, tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["fork", "spawn", "True", "6", "{'__mp_main__'}"]
