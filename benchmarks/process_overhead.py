"""Where the CPU time of ``Pipeline.pipe(n_process=2)`` goes beyond one process's.

Usage::

    python benchmarks/process_overhead.py [--data-dir ../shared/data] [--articles 1500]

Two workers cost more CPU than one process for three reasons, each measured here on its own:

- start-up: every worker imports arabicnews and loads the lexicons and the entity model (workers
  started by "spawn"; forked ones inherit what the parent loaded while analysing the first text, so
  under "fork" this part is no longer paid: see ``benchmarks/process_account.py``);
- cold caches: every worker fills its own per-word caches (clitic cuts, entity-model records),
  measured as the CPU time of analysing the even and the odd articles, each in a fresh interpreter,
  minus that of analysing all of them in one;
- moving Documents: the worker pickles each Document and the parent unpickles it (with the cyclic
  collector paused, as ``pipe`` does), and, for the command line's JSON-lines path, the worker
  encodes each Document as JSON instead.

On a machine with two cores the parent's unpickling competes with the two workers, so the speed-up
of two processes is at most 2 × (one process's CPU time) / (the sum of all of the above).
"""

from __future__ import annotations

import argparse
import json
import pickle
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from speed import load_articles  # noqa: E402

from arabicnews.core.parallel import collector_paused  # noqa: E402

PART = """
import json, sys, time
sys.path.insert(0, {root!r})
texts = json.load(open({cache!r}, encoding="utf-8"))
part = {part!r}
texts = texts[0::2] if part == "even" else texts[1::2] if part == "odd" else texts
t = time.process_time()
import arabicnews
nlp = arabicnews.default_pipeline()
nlp("تجربة")
load = time.process_time() - t
t = time.process_time()
for text in texts:
    nlp(text)
print(load, time.process_time() - t)
"""


def _part(cache: Path, part: str) -> tuple[float, float]:
    code = PART.format(root=str(ROOT), cache=str(cache), part=part)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--articles", type=int, default=1500, help="how many articles (default 1500)")
    args = parser.parse_args(argv)
    texts = load_articles(args.data_dir, args.articles)
    cache = Path(f"/tmp/arabicnews-overhead-{args.articles}.json")
    cache.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    try:
        load_all, all_cpu = _part(cache, "all")
        load_even, even_cpu = _part(cache, "even")
        load_odd, odd_cpu = _part(cache, "odd")
    finally:
        cache.unlink(missing_ok=True)

    import arabicnews

    nlp = arabicnews.default_pipeline()
    docs = [nlp(text) for text in texts]
    t = time.process_time()
    blobs = [pickle.dumps(doc, pickle.HIGHEST_PROTOCOL) for doc in docs]
    dumps = time.process_time() - t
    t = time.process_time()
    with collector_paused():
        for blob in blobs:
            pickle.loads(blob)
    loads = time.process_time() - t
    t = time.process_time()
    for doc in docs:
        json.dumps(doc.to_dict(), ensure_ascii=False)
    as_json = time.process_time() - t

    one = load_all + all_cpu
    warm = even_cpu + odd_cpu - all_cpu
    start = load_even + load_odd - load_all
    print(f"{len(texts)} SaudiNewsNet articles; CPU seconds (process_time)")
    print(f"  one process: load {load_all:.2f} + analyse {all_cpu:.2f} = {one:.2f}")
    print(f"  second worker's start-up (import and lazy loading)   +{start:.2f}")
    print(f"  cold caches filled twice (even + odd - all)          +{warm:.2f}")
    print(f"  pickle Documents in the workers                      +{dumps:.2f}")
    print(f"  unpickle them in the parent (collector paused)       +{loads:.2f}")
    print(f"  (JSON lines instead: encode in the workers            {as_json:.2f}, nothing to rebuild)")
    total = one + start + warm + dumps + loads
    print(f"  two processes, Documents: {total:.2f} CPU s; on 2 cores at best {2 * one / total:.2f}x one process")
    json_one = one + as_json
    json_total = json_one + start + warm
    print(
        f"  two processes, JSON lines: {json_total:.2f} CPU s against {json_one:.2f}; "
        f"on 2 cores at best {2 * json_one / json_total:.2f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
