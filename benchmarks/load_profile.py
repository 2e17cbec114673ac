"""The one-off load (a process's first ``analyze()``), part by part, in CPU seconds.

Usage::

    python benchmarks/load_profile.py [--runs 3] [--root PATH]

Each run is a fresh interpreter that imports ``arabicnews`` and then loads, in the order a first
analysis needs them, each part named below with a CPU timer (``time.process_time``) around it;
the first ``analyze()`` of a one-word text then does what is left (attribution's lexicons, the
first regex compilations, the caches of the stages). Every part is cached once loaded, so the
timers add up to the whole load. A second mode, ``--whole``, times only the import and the first
``analyze()`` with nothing loaded before (the figure a user sees). The median of the runs is
printed; ``--root`` runs another checkout (e.g. a worktree of main) the same way.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PARTS = r"""
import sys, time, json
sys.path.insert(0, {root!r})
out = {{}}
def part(name, fn):
    c = time.process_time()
    fn()
    out[name] = time.process_time() - c
part("import arabicnews", lambda: __import__("arabicnews"))
from arabicnews.arabic import clitics
part("clitics: counts.tsv (read_counts)", clitics.read_counts)
seg = []
part("clitics: rest of the model and decisions.tsv", lambda: seg.append(clitics.CliticSegmenter()._load()))
from arabicnews.stages.quantities import lexicon as ql
part("quantities: lexicons() (tables, derived sets, regexes)", ql.lexicons)
from arabicnews.stages.entities import perceptron
part("entities: default model (weights, vocab, gazetteers)", perceptron.default_model)
import arabicnews
part("first analyze() of one word: the rest", lambda: arabicnews.analyze("تجربة"))
print(json.dumps(out))
"""

WHOLE = r"""
import sys, time, json
sys.path.insert(0, {root!r})
c0 = time.process_time()
import arabicnews
c1 = time.process_time()
arabicnews.analyze("تجربة")
c2 = time.process_time()
import resource
print(json.dumps({{"import": c1 - c0, "first analyze()": c2 - c1,
                  "peak RSS MB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def run(template: str, root: Path) -> dict[str, float]:
    cmd = [sys.executable, "-c", template.format(root=str(root))]
    proc = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--root", type=Path, action="append", help="a checkout to time (repeatable; default: this one)")
    ap.add_argument("--whole", action="store_true", help="time the import and the first analyze() only")
    args = ap.parse_args(argv)
    roots = args.root or [ROOT]
    template = WHOLE if args.whole else PARTS
    results: dict[Path, list[dict[str, float]]] = {r: [] for r in roots}
    for _ in range(args.runs):  # interleaved: each round runs every checkout once
        for r in roots:
            results[r].append(run(template, r))
    names = list(results[roots[0]][0])
    print("| part | " + " | ".join(str(r) for r in roots) + " |")
    print("|---|" + "---:|" * len(roots))
    for name in names:
        cells = [f"{statistics.median(x[name] for x in results[r]):.3f}" for r in roots]
        print(f"| {name} | " + " | ".join(cells) + " |")
    if not args.whole:
        loads = {r: [sum(v for k, v in x.items() if k != "import arabicnews") for x in results[r]] for r in roots}
        totals = [f"{statistics.median(loads[r]):.3f}" for r in roots]
        print("| **load (all but the import)** | " + " | ".join(totals) + " |")


if __name__ == "__main__":
    main()
