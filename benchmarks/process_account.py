"""Account for the time of ``pipe(n_process=2)`` against one process, part by part, in CPU seconds.

Usage::

    python benchmarks/process_account.py [--data-dir ../shared/data] [--articles 300] [--rounds 1]

Each run is a fresh interpreter (as in ``speed.py``'s processes section: import, read the texts,
build the default pipeline, iterate over ``nlp.pipe`` or ``run_many(AsJSON(nlp))``), with timers
wrapped around the parts, logged by every process to its own file:

- ``load``: the first analysis in a process, of a one-word text (lexicons and models load lazily);
- ``analyse``: ``Pipeline.__call__`` on the texts; ``encode``: ``document_to_json``;
- ``pickle``: the worker's ``pickle.dumps`` of a result and the parent's ``pickle.loads``;
- a worker's ``other``: its total CPU (read at its exit) less the above: the pool's receiving of
  batches and sending of results, and its start;
- the parent's ``serial`` part: everything before the first worker can start (import, reading,
  building the pipeline, and a load done in the parent), and its ``concurrent`` part after.

CPU seconds are what a quiet machine would spend as well; a loaded one stretches the wall times.
The wall time that a quiet machine with 2 cores would take is derived from them as
``serial + max(the busiest worker's CPU, (all workers' CPU + the parent's concurrent CPU) / 2)``
(the workers and the parent share the two cores; the busiest worker bounds the end), and the
speed-up as one process's CPU over that. Idle wall time (a worker waiting for its next batch, or
done while the other still works) is printed as measured, on whatever load the machine had.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from speed import load_articles  # noqa: E402

RUN = r"""
import os, sys, time
W0, C0 = time.perf_counter(), time.process_time()
sys.path.insert(0, {root!r})
import json, pickle
import multiprocessing.util
import arabicnews
from arabicnews.core import parallel
from arabicnews.core.parallel import AsJSON, run_many
from arabicnews.core.pipeline import Pipeline
W_IMPORT, C_IMPORT = time.perf_counter(), time.process_time()
LOG = {log!r}
_state = {{"pid": None, "fh": None}}

def log(*vals):
    if _state["fh"] is None or _state["fhpid"] != os.getpid():
        _state["fh"], _state["fhpid"] = open(os.path.join(LOG, f"{{os.getpid()}}.log"), "a", buffering=1), os.getpid()
    _state["fh"].write(" ".join(map(str, vals)) + "\n")

def _exit_log():
    log("exit", time.perf_counter(), time.process_time())

_call = Pipeline.__call__
def timed_call(self, text):
    if _state["pid"] != os.getpid():
        _state["pid"] = os.getpid()
        if os.getpid() != PARENT:
            multiprocessing.util.Finalize(None, _exit_log, exitpriority=100)
        w, c = time.perf_counter(), time.process_time()
        _call(self, "تجربة")
        log("load", w, time.perf_counter(), time.process_time() - c)
    w, c = time.perf_counter(), time.process_time()
    doc = _call(self, text)
    log("analyse", w, time.perf_counter(), time.process_time() - c)
    return doc
Pipeline.__call__ = timed_call

_to_json = parallel.document_to_json
def timed_json(doc):
    w, c = time.perf_counter(), time.process_time()
    out = _to_json(doc)
    log("encode", w, time.perf_counter(), time.process_time() - c)
    return out
parallel.document_to_json = timed_json

class TimedPickle:
    HIGHEST_PROTOCOL = pickle.HIGHEST_PROTOCOL
    @staticmethod
    def dumps(obj, *args, **kwargs):
        w, c = time.perf_counter(), time.process_time()
        out = pickle.dumps(obj, *args, **kwargs)
        log("pickle", w, time.perf_counter(), time.process_time() - c)
        return out
    @staticmethod
    def loads(blob, *args, **kwargs):
        w, c = time.perf_counter(), time.process_time()
        out = pickle.loads(blob, *args, **kwargs)
        log("pickle", w, time.perf_counter(), time.process_time() - c)
        return out
parallel.pickle = TimedPickle

PARENT = os.getpid()
if __name__ == "__main__":
    texts = json.load(open({cache!r}, encoding="utf-8"))
    nlp = arabicnews.default_pipeline()
    W_BUILT, C_BUILT = time.perf_counter(), time.process_time()
    if {json_lines!r}:
        results = run_many(AsJSON(nlp), texts, batch_size={batch_size}, n_process={n})
    else:
        results = nlp.pipe(texts, batch_size={batch_size}, n_process={n})
    firsts = None
    for _ in results:
        if firsts is None:
            firsts = time.perf_counter()
    W_END, C_END = time.perf_counter(), time.process_time()
    import resource
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    log("parent", W0, W_IMPORT, W_BUILT, firsts, W_END, C_IMPORT - C0, C_BUILT - C_IMPORT, C_END - C_BUILT,
        kids.ru_utime + kids.ru_stime)
"""


def run(root: Path, cache: Path, n: int, json_lines: bool, batch_size: int) -> dict[str, object]:
    log = Path(tempfile.mkdtemp(prefix="arabicnews-account-"))
    script = log / "run.py"
    script.write_text(
        RUN.format(root=str(root), log=str(log), cache=str(cache), json_lines=json_lines, n=n, batch_size=batch_size),
        encoding="utf-8",
    )
    try:
        subprocess.run([sys.executable, str(script)], check=True)
        procs: dict[int, list[list[str]]] = {}
        for f in log.glob("*.log"):
            procs[int(f.stem)] = [line.split() for line in f.read_text(encoding="utf-8").splitlines()]
    finally:
        shutil.rmtree(log, ignore_errors=True)
    parent_pid = next(pid for pid, lines in procs.items() if any(x[0] == "parent" for x in lines))
    out: dict[str, object] = {"parent_pid": parent_pid, "procs": procs}
    return out


def summarise(res: dict[str, object]) -> dict[str, float]:
    procs: dict[int, list[list[str]]] = res["procs"]  # type: ignore[assignment]
    parent_pid: int = res["parent_pid"]  # type: ignore[assignment]
    s: dict[str, float] = defaultdict(float)
    p = next(x for x in procs[parent_pid] if x[0] == "parent")
    w0, _, _, w_first, w_end = (float(v) for v in p[1:6])
    c_import, c_build, c_iter, c_kids = (float(v) for v in p[6:10])
    s["parent import"] = c_import
    s["parent read + build"] = c_build
    parts: dict[str, float] = defaultdict(float)
    for x in procs[parent_pid]:
        if x[0] in ("load", "analyse", "encode", "pickle"):
            parts[x[0]] += float(x[3])
    s["parent load"] = parts["load"]
    s["parent analyse"] = parts["analyse"]
    s["parent encode"] = parts["encode"]
    s["parent pickle"] = parts["pickle"]
    s["parent other (pool, IPC, merging)"] = c_iter - sum(parts.values())
    s["wall total"] = w_end - w0
    s["wall to first result"] = w_first - w0
    workers = [pid for pid in procs if pid != parent_pid]
    worker_cpu = []
    idle_gaps = 0.0
    idle_end = 0.0
    for pid in workers:
        lines = procs[pid]
        wp: dict[str, float] = defaultdict(float)
        spans = []
        total = 0.0
        for x in lines:
            if x[0] == "exit":
                total = float(x[2])
            else:
                wp[x[0]] += float(x[3])
                if x[0] in ("load", "analyse"):
                    spans.append((float(x[1]), float(x[2])))
        for k in ("load", "analyse", "encode", "pickle"):
            s[f"workers {k}"] += wp[k]
        s["workers other (start, IPC)"] += total - sum(wp.values())
        worker_cpu.append(total)
        spans.sort()
        busy_end = spans[-1][1]
        # gaps between one call's end and the next call's start; encode and pickle run in them
        gap = sum(b[0] - a[1] for a, b in itertools.pairwise(spans))
        idle_gaps += gap - wp["encode"] - wp["pickle"]  # a rough figure: CPU of those inside the gaps
        idle_end += w_end - busy_end
    if workers:
        s["workers CPU, sum"] = sum(worker_cpu)
        s["workers CPU, busiest"] = max(worker_cpu)
        s["workers CPU, idlest"] = min(worker_cpu)
        s["rusage children CPU"] = c_kids
        s["wall: workers waiting between calls (sum, load-dependent)"] = idle_gaps
        s["wall: workers done before the end (sum, load-dependent)"] = idle_end
        # the parent's own analysis (of the first text, before the workers fork) is serial too
        before_fork = parts["load"] + parts["analyse"] + parts["encode"]
        serial = c_import + c_build + before_fork
        concurrent = c_iter - before_fork
        s["derived: parent serial CPU"] = serial
        s["derived: parent concurrent CPU"] = concurrent
        s["derived quiet 2-core wall"] = serial + max(max(worker_cpu), (sum(worker_cpu) + concurrent) / 2)
    else:
        s["derived quiet 2-core wall"] = c_import + c_build + c_iter
    s["CPU total"] = c_import + c_build + c_iter + c_kids
    return s


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--articles", type=int, default=300, help="how many articles (default 300)")
    parser.add_argument("--batch-size", type=int, default=16, help="batch size for pipe (default 16)")
    parser.add_argument("--rounds", type=int, default=1, help="runs of each configuration (default 1)")
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="the checkout whose arabicnews runs (default: this one)"
    )
    args = parser.parse_args(argv)
    texts = load_articles(args.data_dir, args.articles)
    cache = Path(tempfile.gettempdir()) / f"arabicnews-account-{os.getpid()}.json"
    cache.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    try:
        for json_lines in (False, True):
            what = "JSON lines, run_many(AsJSON(nlp))" if json_lines else "Documents, nlp.pipe"
            rows: dict[int, list[dict[str, float]]] = {1: [], 2: []}
            for _ in range(args.rounds):
                for n in (1, 2):
                    rows[n].append(summarise(run(args.root, cache, n, json_lines, args.batch_size)))
            print(f"\n{what}; {len(texts)} articles, batch_size={args.batch_size}; seconds (CPU unless marked wall)")
            keys = list(dict.fromkeys(k for n in (1, 2) for r in rows[n] for k in r))
            for k in keys:
                cells = []
                for n in (1, 2):
                    vals = [r[k] for r in rows[n] if k in r]
                    cells.append(" / ".join(f"{v:6.2f}" for v in vals) if vals else "")
                print(f"  {k:<58} {cells[0]:>20} {cells[1]:>20}")
            for i in range(args.rounds):
                one, two = rows[1][i], rows[2][i]
                derived = one["derived quiet 2-core wall"] / two["derived quiet 2-core wall"]
                print(
                    f"  round {i + 1}: derived quiet 2-core speed-up {derived:.2f}x; "
                    f"measured wall {one['wall total'] / two['wall total']:.2f}x (as loaded as the machine was)"
                )
    finally:
        cache.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
