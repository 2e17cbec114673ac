"""Each stage alone on two checkouts, alternated: CPU words/s, best of N, in fresh interpreters (issue 20).

``benchmarks/speed.py`` times each stage once per run, in a process that also runs everything else; comparing two
trees that way mixes the trees with the machine's drift. This script runs, for each of ``--rounds`` rounds and each
``--root`` in turn, a fresh interpreter that imports the package from that root, builds speed.py's articles up to each
stage and times the stage alone (best of ``--best`` passes of CPU time), so the trees alternate under the same load.

Usage::

    python benchmarks/stage_pair.py --root ../start --root ../end --stage quantities --stage attributions
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import sys, time
from pathlib import Path
root, data, articles, best, wanted = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5:]
sys.path[:0] = [root, root + "/benchmarks"]
import arabicnews
from arabicnews import Document
if not arabicnews.__file__.startswith(root):
    raise SystemExit(f"arabicnews imported from {arabicnews.__file__}, not from {root}")
from speed import count_words, load_articles
texts = load_articles(Path(data), articles)
words = count_words(texts)
docs = [Document(t) for t in texts]
for d in docs:
    _ = d.normalized
out = []
for st in arabicnews.default_pipeline().stages:
    if st.name in wanted:
        cpu = []
        for _ in range(best):
            c = time.process_time()
            for d in docs:
                st(d)
            cpu.append(time.process_time() - c)
        out.append(f"{st.name} {words / min(cpu):,.0f}")
    docs = [st(d) for d in docs]
print("  ".join(out))
"""


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--root", type=Path, action="append", required=True, help="a checkout (repeatable)")
    ap.add_argument("--stage", action="append", required=True, help="a stage name (repeatable)")
    ap.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--best", type=int, default=5)
    args = ap.parse_args(argv)
    print(f"{args.articles} articles; words per CPU second of each stage alone, best of {args.best}")
    for r in range(args.rounds):
        for root in args.root:
            cmd = [sys.executable, "-c", CHILD, str(root.resolve()), str(args.data_dir), str(args.articles)]
            got = subprocess.run([*cmd, str(args.best), *args.stage], capture_output=True, text=True, check=True)
            print(f"round {r + 1}  {root}  {got.stdout.strip()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
