"""Speed and memory of arabicnews on SaudiNewsNet articles.

Usage::

    python benchmarks/speed.py [--data-dir ../shared/data] [--articles N] [--skip-big] [--repeat 3] [--bare-cpu 1.0]
        [--cold-repeat 5]

Prints the machine, then for the default pipeline and for each stage alone (its time given the
layers it requires, and the normalised view, already computed) words per second and peak memory;
the pipeline with 1 and 2 processes; the ratio against a bare ``regex`` tokenization pass over the
same text (the floor no pipeline can beat); the ``import arabicnews`` time and the first ``analyze``
call (lazy loading); the CPU time of each stage within the pipeline, on a first and a second pass (in a
fresh interpreter); and linearity on one big text (1 MB against 10 MB of UTF-8, each analysed in a
fresh process: time ratio and peak resident memory).

Words are counted by the bare regex pass: runs of letters, marks and digits. Peak memory of a stage
is the largest tracemalloc peak of one document (memory held while analysing it); peak memory of a
stream is the tracemalloc peak over the whole run (flat when nothing accumulates). The figures are
wall-clock on a machine that may be shared: run it twice and keep the better.

Two figures are made readable on a shared machine (session 15). The pipeline's ratio to the bare
regex pass divides by the mean CPU of as many bare passes as last ``--bare-cpu`` seconds (one pass
takes about 0.03 s, so a pass timed once moves with one scheduler hiccup); and the 1- and 2-process
runs alternate ``--repeat`` times, the speed-up being the best wall of each. The old figures (the
bare pass's best of 3, the first pair of process runs) are printed beside the new ones.

Issue 20's cold ratio (session 22): the CPU time of a first pass over the texts (the load done, no
word type yet seen but the first article's) over the mean CPU time of the bare passes run after the
load for ``--bare-cpu`` seconds, as in this process, but in ``--cold-repeat`` fresh interpreters (5):
the median of the ratios, with each run's figures and the load average at each start and end. The
ratio of the one first pass timed in this process stays printed above it, as before.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from statistics import median

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import arabicnews  # noqa: E402
from arabicnews import Document, Pipeline  # noqa: E402

WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
BARE = regex.compile(r"[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]")
"""The bare tokenization: words (letters, marks, digits) and every other non-space character alone."""


DAYS = ("2015-07-22.json", "2015-07-31.json", "2015-08-06.json", "2015-08-10.json")
"""The SaudiNewsNet days a benchmark reads, named one by one (never a glob over the folder: a day
kept for an outside evaluation lies beside them)."""


def load_articles(data_dir: Path, limit: int) -> list[str]:
    """The ``content`` of the first ``limit`` non-empty SaudiNewsNet articles of :data:`DAYS`, in order."""
    folder = data_dir / "saudinewsnet" if (data_dir / "saudinewsnet").is_dir() else data_dir
    files = [folder / day for day in DAYS if (folder / day).is_file()]
    if not files:
        raise SystemExit(f"none of the SaudiNewsNet days {', '.join(DAYS)} in {folder} (give --data-dir)")
    texts: list[str] = []
    for path in files:
        for article in json.loads(path.read_text(encoding="utf-8")):
            content = article.get("content") or ""
            if content.strip():
                texts.append(content)
                if len(texts) >= limit:
                    return texts
    return texts


def count_words(texts: Sequence[str]) -> int:
    return sum(len(WORD.findall(t)) for t in texts)


def bare_pass(texts: Sequence[str]) -> int:
    """The floor: find every token's offsets with one regex, and keep them."""
    n = 0
    for t in texts:
        n += len([m.span() for m in BARE.finditer(t)])
    return n


def bare_cpu(texts: Sequence[str], min_cpu: float = 1.0, min_passes: int = 5) -> tuple[float, int]:
    """The CPU seconds of one :func:`bare_pass` over ``texts``, averaged over as many passes as last
    ``min_cpu`` seconds in all (at least ``min_passes``), and how many passes that was.

    One pass over 300 articles takes about 0.03 s, less than a scheduler's time slice: measured once,
    a single interruption (another process on the other hyperthread, a cache flushed) moves it, and
    the pipeline's ratio to it, by a tenth or more. Passes repeated for as long as a stage runs meet
    the same conditions as the stage does, on average.
    """
    passes, spent = 0, 0.0
    while passes < min_passes or spent < min_cpu:
        c = time.process_time()
        bare_pass(texts)
        spent += time.process_time() - c
        passes += 1
    return spent / passes, passes


def cpu_seconds() -> float:
    """CPU time of this process and of its finished child processes (user + system)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def best_cpu(fn: Callable[[], object], repeat: int = 5) -> float:
    """The shortest CPU time (this process) of ``repeat`` calls of ``fn``. Also used by
    token_layer.py, quantities_speed.py and entity_first_sight.py."""
    best = float("inf")
    for _ in range(repeat):
        c = time.process_time()
        fn()
        best = min(best, time.process_time() - c)
    return best


CPU: dict[str, float] = {}
"""The CPU seconds of the best run of each :func:`timed` label (steadier than wall time when shared)."""


def timed(fn: Callable[[], object], repeat: int = 1, label: str = "") -> float:
    """The best wall time of ``repeat`` calls of ``fn`` (its CPU time goes in ``CPU[label]``)."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        c = cpu_seconds()
        t = time.perf_counter()
        fn()
        wall = time.perf_counter() - t
        if wall < best:
            best = wall
            CPU[label] = cpu_seconds() - c
    return best


def peak_per_call(fn: Callable[[object], object], items: Sequence[object]) -> int:
    """The largest tracemalloc peak (bytes) of ``fn(item)`` over ``items``."""
    tracemalloc.start()
    worst = 0
    try:
        for item in items:
            tracemalloc.reset_peak()
            base = tracemalloc.get_traced_memory()[0]
            out = fn(item)
            worst = max(worst, tracemalloc.get_traced_memory()[1] - base)
            del out
    finally:
        tracemalloc.stop()
    return worst


def stream_peak(run: Callable[[], Iterator[Document]]) -> int:
    """The tracemalloc peak (bytes) of consuming a stream of Documents without keeping them."""
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        for _ in run():
            pass
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def row(name: str, words: int, seconds: float, memory: str, cpu: float | None = None) -> None:
    per_cpu = f"{words / cpu:>12,.0f}" if cpu else " " * 12
    print(f"  {name:<34} {words / seconds:>12,.0f} {seconds:>9.2f} s {per_cpu}   {memory}")


def machine() -> None:
    print("machine")
    print(f"  cores (os.cpu_count)    {os.cpu_count()}")
    if hasattr(os, "sched_getaffinity"):
        print(f"  cores usable            {len(os.sched_getaffinity(0))}")
    print(f"  python                  {platform.python_implementation()} {platform.python_version()}")
    print(f"  platform                {platform.platform()}")
    print(f"  processor               {platform.processor() or platform.machine()}")
    print(f"  arabicnews              {arabicnews.__version__}")
    try:
        load = os.getloadavg()
        print(f"  load average (1 min)    {load[0]:.2f}")
    except OSError:
        pass


def startup() -> None:
    code_import = "import time; t = time.perf_counter(); import arabicnews; print(time.perf_counter() - t)"
    code_first = (
        "import time, arabicnews; t = time.perf_counter(); arabicnews.analyze('قال الوزير إن ٣٥ شخصا وصلوا.'); "
        "a = time.perf_counter() - t; t = time.perf_counter(); arabicnews.analyze('قال الوزير إن ٣٦ شخصا وصلوا.'); "
        "print(a, time.perf_counter() - t)"
    )
    imports = [float(_python(code_import)) for _ in range(3)]
    first, second = (float(x) for x in _python(code_first).split())
    print("startup (fresh interpreters)")
    print(f"  import arabicnews        {min(imports):.3f} s (best of 3; {', '.join(f'{x:.3f}' for x in imports)})")
    print(f"  first analyze() call     {first:.3f} s (lexicons and models load lazily here)")
    print(f"  second analyze() call    {second * 1000:.1f} ms")


def _python(code: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout.strip()


def stages_alone(nlp: Pipeline, texts: Sequence[str], words: int, sample: int) -> None:
    """Each stage's time on Documents that already hold everything before it."""
    docs = [Document(t) for t in texts]
    t_norm = timed(lambda: [Document(t).normalized for t in texts], label="norm")
    peak = peak_per_call(lambda t: Document(t).normalized, texts[:sample])
    row("normalised view (NormalizedText)", words, t_norm, mb(peak), CPU["norm"])
    for st in nlp.stages:
        for d in docs:
            _ = d.normalized  # the view is shared by every stage; it is timed on its own above
        ready = docs
        t = timed(lambda: [st(d) for d in ready], label=st.name)  # noqa: B023 - called at once, in the loop
        peak = peak_per_call(st, docs[:sample])  # type: ignore[arg-type]
        row(f"stage {st.name}", words, t, mb(peak), CPU[st.name])
        docs = [st(d) for d in docs]


PROCESSES = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
import arabicnews
from arabicnews.core.parallel import AsJSON, run_many

def cpu():
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime

if __name__ == "__main__":
    texts = json.load(open({cache!r}, encoding="utf-8"))
    c, t = cpu(), time.perf_counter()
    nlp = arabicnews.default_pipeline()
    if {json_lines!r}:
        results = run_many(AsJSON(nlp), texts, batch_size={batch_size}, n_process={n})
    else:
        results = nlp.pipe(texts, batch_size={batch_size}, n_process={n})
    for _ in results:
        pass
    print(time.perf_counter() - t, cpu() - c, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)
"""


def processes(cache: Path, words: int, batch_size: int, repeat: int = 1) -> None:
    """``Pipeline.pipe`` with 1 and 2 processes, each from a cold start in a fresh interpreter.

    Cold on both sides: the serial run loads the lexicons and fills its caches (clitic cuts, word
    vectors) in the same interpreter, as each worker does in its own. Then the same for the command
    line's path, where workers send back each document as a line of JSON (no Document to rebuild
    in the parent). With ``repeat`` above 1, the 1- and 2-process runs alternate ``repeat`` times
    and the speed-up is the best wall of each (the first pair's, the figure of one run, beside it).
    """
    for json_lines in (False, True):
        _processes(cache, words, batch_size, json_lines, repeat)


def _process_run(cache: Path, batch_size: int, n: int, json_lines: bool) -> tuple[float, float, int]:
    """One run in a fresh interpreter: its wall time, CPU seconds (with its workers') and the largest worker's RSS."""
    code = PROCESSES.format(root=str(ROOT), cache=str(cache), batch_size=batch_size, n=n, json_lines=json_lines)
    script = cache.with_suffix(f".p{n}.py")
    script.write_text(code, encoding="utf-8")
    try:
        out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True).stdout.split()
    finally:
        script.unlink(missing_ok=True)
    return float(out[0]), float(out[1]), int(out[2])


def _processes(cache: Path, words: int, batch_size: int, json_lines: bool, repeat: int) -> None:
    what = "JSON lines" if json_lines else "pipe"
    runs: dict[int, list[tuple[float, float, int]]] = {1: [], 2: []}
    for _ in range(max(repeat, 1)):
        for n in (1, 2):
            runs[n].append(_process_run(cache, batch_size, n, json_lines))
    for n in (1, 2):
        wall, cpu, rss = min(runs[n])
        memory = f"largest worker RSS {mb(rss)}" if n > 1 else ""
        label = f"{what}, n_process={n} (cold start{', best' if repeat > 1 else ''})"
        row(label, words, wall, memory, cpu)
    first = runs[1][0][0] / runs[2][0][0]
    best = min(r[0] for r in runs[1]) / min(r[0] for r in runs[2])
    if repeat > 1:
        pairs = ", ".join(f"{a[0] / b[0]:.2f}x" for a, b in zip(runs[1], runs[2], strict=True))
        print(
            f"  speed-up with 2 processes: {best:.2f}x wall, best of {repeat} each "
            f"(one run, the first pair: {first:.2f}x; each pair: {pairs})"
        )
    else:
        print(f"  speed-up with 2 processes: {first:.2f}x wall (lazy loading included on both sides)")


BY_STAGE = """
import json, sys, time
sys.path.insert(0, {root!r})
import arabicnews
from arabicnews import Document
from arabicnews.core.parallel import collector_paused
texts = json.load(open({cache!r}, encoding="utf-8"))
nlp = arabicnews.default_pipeline()
nlp(texts[0])
for _ in range(2):
    cpu = dict.fromkeys(["normalised view", *(st.name for st in nlp.stages)], 0.0)
    for text in texts:
        doc = Document(text)
        with collector_paused():  # as Pipeline.run
            c = time.process_time()
            _ = doc.normalized
            cpu["normalised view"] += time.process_time() - c
            for st in nlp.stages:
                c = time.process_time()
                doc = st(doc)
                cpu[st.name] += time.process_time() - c
    print(json.dumps(cpu))
"""


def by_stage(cache: Path, bare_cpu: float, repeat: int = 1) -> None:
    """CPU seconds of each stage within the default pipeline, first pass (cold caches) and second.

    Run in a fresh interpreter, so that the first pass meets every word type for the first time,
    as the timed first pass above does: the difference between the two passes is what the
    per-word-type caches save (the clitic cuts in ``tokens``, the word vectors in ``entities``).
    With ``repeat`` above 1, in that many fresh interpreters, and the run whose first pass took
    least is shown (a first pass happens once per process: best of several processes is how it can
    be repeated).
    """
    runs = []
    for _ in range(max(repeat, 1)):
        lines = _python(BY_STAGE.format(root=str(ROOT), cache=str(cache))).splitlines()
        runs.append(tuple(json.loads(line) for line in lines))
    firsts = [sum(r[0].values()) for r in runs]
    cold, warm = runs[firsts.index(min(firsts))]
    best_of = f", best of {len(runs)}: first passes {', '.join(f'{x:.2f}' for x in firsts)} s" if len(runs) > 1 else ""
    print(f"the default pipeline by stage (CPU s, a fresh interpreter{best_of}; x = against the bare regex pass)")
    print(f"  {'':<18} {'first pass':>11} {'second pass':>12} {'first - second':>15}")
    for name in cold:
        print(f"  {name:<18} {cold[name]:>9.2f} s {warm[name]:>10.2f} s {cold[name] - warm[name]:>13.2f} s")
    first, second = sum(cold.values()), sum(warm.values())
    print(
        f"  {'all':<18} {first:>9.2f} s {second:>10.2f} s {first - second:>13.2f} s"
        f"   ({first / max(bare_cpu, 1e-9):.1f}x and {second / max(bare_cpu, 1e-9):.1f}x the bare pass)"
    )


COLD = """
import json, os, sys, time
sys.path.insert(0, {root!r})
sys.path.insert(0, {bench!r})
import arabicnews
from speed import bare_cpu
texts = json.load(open({cache!r}, encoding="utf-8"))
load = os.getloadavg()[0]
nlp = arabicnews.default_pipeline()
nlp(texts[0])
bare = bare_cpu(texts, {bare_seconds})[0]
c = time.process_time()
[nlp(t) for t in texts]
cold = time.process_time() - c
c = time.process_time()
[nlp(t) for t in texts]
warm = time.process_time() - c
after = bare_cpu(texts, {bare_seconds} / 2)[0]
print(json.dumps([cold, warm, bare, after, load, os.getloadavg()[0]]))
"""


def cold_ratio(cache: Path, repeat: int, bare_seconds: float) -> float:
    """Issue 20's cold ratio, in ``repeat`` fresh interpreters: in each, the CPU time of the first pass
    over the texts over the mean CPU time of one bare regex pass, both timed as in this process (the
    load done by the first text, then bare passes lasting ``bare_seconds``, then the first pass); the
    median of the processes' ratios. Returns it.

    Why (session 22): the ratio printed above is one first pass in this process, and a first pass
    happens once per process, so it cannot be repeated in it; between fresh processes of one tree at
    one load it moves by a tenth or more. Each process also times bare passes after its second pass,
    printed for comparison only: a bare pass timed once the pipeline has run (its caches and
    documents made) takes longer than one timed after the load alone, and a ratio over it is lower.
    """
    code = COLD.format(root=str(ROOT), bench=str(ROOT / "benchmarks"), cache=str(cache), bare_seconds=bare_seconds)
    runs: list[list[float]] = [json.loads(_python(code)) for _ in range(max(repeat, 1))]
    ratios = [r[0] / r[2] for r in runs]

    def line(name: str, values: list[float], scale: float = 1.0, unit: str = "s") -> None:
        each = ", ".join(f"{v * scale:.{1 if unit == 'ms' else 3}f}" for v in values)
        print(f"  {name:<36} {median(values) * scale:>8.{1 if unit == 'ms' else 3}f} {unit:<2}  ({each})")

    print(
        f"issue 20's cold ratio (CPU; {len(runs)} fresh interpreters, medians; "
        "in each: the load, bare passes, the first pass, the second pass, bare passes)"
    )
    line("first (cold) pass", [r[0] for r in runs])
    line("second (warm) pass", [r[1] for r in runs])
    line("bare regex pass, before the passes", [r[2] for r in runs], 1000, "ms")
    line("bare regex pass, after them", [r[3] for r in runs], 1000, "ms")
    print(
        f"  cold / bare: {median(ratios):.1f}x ({', '.join(f'{x:.1f}' for x in ratios)}); "
        f"warm / bare {median([r[1] / r[2] for r in runs]):.1f}x; "
        f"cold / the bare pass after the passes {median([r[0] / r[3] for r in runs]):.1f}x"
    )
    print(f"  load average (1 min) at each start / end: {', '.join(f'{r[4]:.2f}/{r[5]:.2f}' for r in runs)}")
    return float(median(ratios))


BIG = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
import arabicnews
texts = json.load(open({cache!r}, encoding="utf-8"))
nbytes = {nbytes}
parts, size = [], 0
i = 0
while size < nbytes:
    t = texts[i % len(texts)]
    i += 1
    parts.append(t)
    size += len(t.encode("utf-8")) + 2
big = "\\n\\n".join(parts)
nlp = arabicnews.default_pipeline()
nlp("تحميل المعاجم قبل القياس: قال الوزير إن ٣٥ شخصا وصلوا.")
c = time.process_time()
t = time.perf_counter()
doc = nlp(big)
el = time.perf_counter() - t
cpu = time.process_time() - c
print(el, len(big.encode("utf-8")), len(doc.tokens), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, cpu)
"""


def big_text(cache: Path) -> None:
    print("one big text (articles joined by blank lines, each size in a fresh process; RSS = peak resident)")
    results: dict[int, tuple[float, float]] = {}
    for nbytes in (1_000_000, 10_000_000):
        out = _python(BIG.format(root=str(ROOT), cache=str(cache), nbytes=nbytes)).split()
        seconds, size, ntok, rss, cpu = float(out[0]), int(out[1]), int(out[2]), int(out[3]), float(out[4])
        results[nbytes] = (seconds, cpu)
        print(f"  {mb(size):>8} UTF-8 {ntok:>9,} tokens {seconds:>8.2f} s wall {cpu:>8.2f} s CPU  peak RSS {mb(rss)}")
    big, small = results[10_000_000], results[1_000_000]
    print(f"  ratio 10 MB / 1 MB: {big[0] / small[0]:.2f} wall, {big[1] / small[1]:.2f} CPU (linear would be 10)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--articles", type=int, default=300, help="how many articles (default 300)")
    parser.add_argument(
        "--memory-articles", type=int, default=60, help="articles for the tracemalloc passes (default 60)"
    )
    parser.add_argument("--batch-size", type=int, default=16, help="batch size for pipe (default 16)")
    parser.add_argument(
        "--process-articles",
        type=int,
        default=None,
        help="articles for the 1- and 2-process runs (default: --articles; more amortises start-up)",
    )
    parser.add_argument("--skip-big", action="store_true", help="skip the 1 MB / 10 MB big-text runs")
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="fresh-interpreter runs of the 1- and 2-process comparison and of the by-stage table (best kept; 3)",
    )
    parser.add_argument(
        "--bare-cpu",
        type=float,
        default=1.0,
        help="CPU seconds of bare regex passes to average the ratio's denominator over (default 1.0)",
    )
    parser.add_argument(
        "--cold-repeat",
        type=int,
        default=5,
        help="fresh interpreters for issue 20's cold ratio (median of their CPU ratios; default 5)",
    )
    args = parser.parse_args(argv)

    machine()
    startup()
    texts = load_articles(args.data_dir, args.articles)
    words = count_words(texts)
    chars = sum(map(len, texts))
    print(f"corpus: {len(texts)} SaudiNewsNet articles, {words:,} words, {chars:,} characters")
    print(f"(peak memory: tracemalloc over the first {min(args.memory_articles, len(texts))} articles)")

    nlp = arabicnews.default_pipeline()
    nlp(texts[0])  # load lexicons and models before timing
    t_bare = timed(lambda: bare_pass(texts), repeat=3, label="bare")
    bare_per_pass, bare_passes = bare_cpu(texts, args.bare_cpu)
    t_pipe = timed(lambda: [nlp(t) for t in texts], label="pipe")
    t_warm = timed(lambda: [nlp(t) for t in texts], label="warm")
    sample = texts[: args.memory_articles]
    peak_doc = peak_per_call(nlp, sample)  # type: ignore[arg-type]
    peak_stream = stream_peak(lambda: nlp.pipe(sample, batch_size=args.batch_size))

    print(f"\n  {'':<34} {'words/s':>12} {'wall':>11} {'words/CPU s':>12}   peak memory")
    row("bare regex tokenization", words, t_bare, "(best of 3 passes, each timed once)", CPU["bare"])
    mean_note = "(wall columns: the mean CPU of a pass)"
    row(f"bare regex, {bare_passes} passes", words, bare_per_pass, mean_note, bare_per_pass)
    row("default pipeline", words, t_pipe, f"{mb(peak_doc)} per document, {mb(peak_stream)} streaming", CPU["pipe"])
    row("default pipeline, second pass", words, t_warm, "(word caches warm, as in a long run)", CPU["warm"])
    print(
        f"  pipeline / bare regex: {CPU['pipe'] / max(bare_per_pass, 1e-9):.1f}x CPU against the mean of "
        f"{bare_passes} bare passes (one run's figures: {t_pipe / t_bare:.1f}x wall, "
        f"{CPU['pipe'] / max(CPU['bare'], 1e-9):.1f}x CPU against the best of 3; one first pass in this "
        "process: the median of fresh interpreters is below)"
    )
    print("\neach stage alone (given the layers it requires)")
    stages_alone(nlp, texts, words, args.memory_articles)
    cache = Path(tempfile.gettempdir()) / f"arabicnews-speed-{os.getpid()}.json"
    cache.write_text(json.dumps(list(texts), ensure_ascii=False), encoding="utf-8")
    many = cache.with_suffix(".many.json")
    try:
        print()
        cold_ratio(cache, args.cold_repeat, args.bare_cpu)
        n_many = args.process_articles or len(texts)
        many_texts = texts if n_many == len(texts) else load_articles(args.data_dir, n_many)
        many.write_text(json.dumps(list(many_texts), ensure_ascii=False), encoding="utf-8")
        print(
            "\nprocesses (Pipeline.pipe; for JSON lines, run_many(AsJSON(pipeline)) as the command line runs; "
            f"batch_size={args.batch_size}, {len(many_texts)} articles, "
            f"{count_words(many_texts):,} words; wall time including start-up)"
        )
        processes(many, count_words(many_texts), args.batch_size, args.repeat)
        print()
        by_stage(cache, bare_per_pass, args.repeat)
        if not args.skip_big:
            print()
            big_text(cache)
    finally:
        cache.unlink(missing_ok=True)
        many.unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # no load average on this platform
        print(f"\nload average (1 min) at the end: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
