"""How worker processes start: ``pipe(n_process=2)`` with "fork" (the default where it is safe) against "spawn".

Each run is a fresh interpreter running a guarded script (so that "spawn" works too); "spawn" is
forced the way a caller would meet it, by a second thread in the process. "cold" calls ``pipe`` on a
pipeline that has analysed nothing yet; "warm" analyses one text first, so the parent holds the
lexicons and the model, which forked workers inherit and spawned ones load again. Prints the seconds
to the first document and to the last, wall clock::

    python benchmarks/start_methods.py --data-dir ../shared/data --articles 300
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from speed import load_articles

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import json, sys, threading, time
sys.path.insert(0, {root!r})
import arabicnews
from arabicnews.core.parallel import start_method

if __name__ == "__main__":
    texts = json.load(open({cache!r}, encoding="utf-8"))
    if {spawn!r}:
        threading.Thread(target=threading.Event().wait, daemon=True).start()
    nlp = arabicnews.default_pipeline()
    if {warm!r}:
        nlp(texts[0])
    method = start_method()  # before the pool's own threads start
    t = time.perf_counter()
    docs = nlp.pipe(texts, batch_size=16, n_process=2)
    next(docs)
    first = time.perf_counter() - t
    for _ in docs:
        pass
    print(method, first, time.perf_counter() - t)
"""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args(argv)
    texts = load_articles(args.data_dir, args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "texts.json"
        cache.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        print(f"{len(texts)} SaudiNewsNet articles, pipe(batch_size=16, n_process=2); seconds, wall clock")
        print(f"  {'start':<6} {'parent':<5} {'first document':>15} {'all':>8}")
        for spawn in (False, True):
            for warm in (False, True):
                script = Path(tmp) / "child.py"
                script.write_text(CHILD.format(root=str(ROOT), cache=str(cache), spawn=spawn, warm=warm))
                out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True)
                method, first, total = out.stdout.split()
                print(f"  {method:<6} {'warm' if warm else 'cold':<5} {float(first):>15.2f} {float(total):>8.2f}")


if __name__ == "__main__":
    main()
