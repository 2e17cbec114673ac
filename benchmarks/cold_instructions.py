"""Instructions of the default pipeline's first and second pass, counted by callgrind (issue 20, session 23).

Usage::

    python benchmarks/cold_instructions.py [--data-dir ../shared/data] [--articles 60] [--root DIR ...]

For each ``--root`` (a checkout or a ``git archive`` of one, with its C extension built in place;
by default this checkout), runs a fresh interpreter under ``valgrind --tool=callgrind`` that loads
the default pipeline and analyses the first article (the load, as ``speed.py`` does before its cold
pass), then analyses the first ``--articles`` articles twice, and prints the instructions executed
(callgrind's ``Ir``) in each pass: the first pass meets every word type for the first time (issue
20's cold pass), the second finds them cached; their difference is what first sight costs. Roots
are run one after the other, in the order given, ``--runs`` times.

Wall and CPU time on a shared machine move with the load (a cold pass reads 15-25 % slower at load
10 than at load 1, session 22); an instruction count does not, so a change's effect on the cold pass
can be read as a difference of counts between two trees at any load. It is not a time: a cache miss
and an add count one instruction each, and the entity tagger's first pass is mostly cache misses.
Read the counts for decisions and confirm with ``speed.py``'s figures.

Only the two passes are counted: each runs inside a call of the C library's ``qsort`` (two elements,
the pass in the comparison called back through ``ctypes``), and callgrind collects only while
``qsort`` runs (``--toggle-collect``) and writes the counts each time it returns (``--dump-after``,
on glibc's ``qsort_r``, which ``qsort`` is; the few other sorts of the process dump a handful of
instructions and are left out), so no compiled helper is needed. ``PYTHONHASHSEED`` is fixed (0),
so that two runs of one tree put the same strings in the same dictionary slots (two runs of 5 articles
differed by 2,859 instructions in 694 million, session 23). Under callgrind the
whole run is instrumented (the import and the load too): at a 1-minute load of 12-15 on this
2-core machine, 5 articles took about 10 minutes a run, most of it the load.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import gc
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSES = ("first", "second")
_NOT_A_PASS = 1_000_000
"""Dumps of fewer instructions are other ``qsort`` calls (the interpreter sorts a few arrays with it at
start-up, each a few instructions counted), not a pass."""
_SUMMARY = re.compile(r"^(?:summary|totals): (\d+)", re.MULTILINE)


def in_qsort(run: Callable[[], None]) -> None:
    """Call ``run`` from inside the C library's ``qsort`` (what callgrind is told to count)."""
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    compare_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
    done: list[bool] = []

    def compare(_a: object, _b: object) -> int:
        if not done:  # a two-element sort compares once; called again, it would count the pass twice
            done.append(True)
            run()
        return 0

    items = (ctypes.c_int * 2)(0, 1)
    libc.qsort(items, 2, ctypes.sizeof(ctypes.c_int), compare_type(compare))


def child(root: Path, data_dir: Path, articles: int) -> None:
    """Under callgrind: load, analyse the first article, then the two counted passes."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from speed import load_articles

    import arabicnews

    if not Path(arabicnews.__file__).resolve().is_relative_to(root.resolve()):
        raise SystemExit(f"arabicnews imported from {arabicnews.__file__}, not from {root}")
    texts = load_articles(data_dir, articles)
    nlp = arabicnews.default_pipeline()
    nlp(texts[0])

    def one_pass() -> None:
        for text in texts:
            nlp(text)

    for _ in PASSES:
        gc.collect()
        in_qsort(one_pass)


def counted(root: Path, data_dir: Path, articles: int) -> list[int]:
    """The instructions of each pass, in one fresh interpreter under callgrind with ``root``'s package."""
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        env = {**os.environ, "PYTHONPATH": str(root), "PYTHONHASHSEED": "0"}
        command = [
            "valgrind",
            "--tool=callgrind",
            "--collect-atstart=no",
            "--toggle-collect=qsort*",
            "--dump-after=qsort_r",
            f"--callgrind-out-file={out}",
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
            "--root",
            str(root),
            "--data-dir",
            str(data_dir),
            "--articles",
            str(articles),
        ]
        done = subprocess.run(command, env=env, cwd=root, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"callgrind run failed ({done.returncode}):\n{done.stderr[-2000:]}")
        counts = []
        for part in sorted(Path(tmp).glob("callgrind.out.*"), key=lambda p: int(p.suffix[1:])):
            m = _SUMMARY.search(part.read_text(encoding="utf-8", errors="replace"))
            if m is not None and int(m.group(1)) > _NOT_A_PASS:
                counts.append(int(m.group(1)))
    if len(counts) != len(PASSES):
        raise SystemExit(f"expected {len(PASSES)} counted passes, found {len(counts)}")
    return counts


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--root", type=Path, action="append", help="a checkout to measure (repeatable)")
    parser.add_argument("--runs", type=int, default=1, help="how many times each root is run, alternating")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    roots = [r.resolve() for r in (args.root or [ROOT])]
    if args.child:
        child(roots[0], args.data_dir, args.articles)
        return 0
    print(f"{args.articles} articles; instructions (callgrind Ir) of each pass, PYTHONHASHSEED=0")
    print(f"{'root':<40} {'first pass':>15} {'second pass':>15} {'first - second':>15}")
    for _ in range(args.runs):
        for root in roots:
            first, second = counted(root, args.data_dir, args.articles)
            print(f"{root!s:<40} {first:>15,} {second:>15,} {first - second:>15,}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
