"""CPU time of the tokens stage and of writing JSON lines, to compare two checkouts (issue 20).

Usage::

    python benchmarks/token_layer.py [--data-dir ../shared/data] [--articles 300]

Prints, for the first ``--articles`` SaudiNewsNet articles of 2015-07-22, the best of five passes in
CPU seconds (steadier than wall time on a shared machine) of: the tokens stage alone (caches warm);
``doc.to_dict()`` and ``json.dumps`` of the default pipeline's Documents; and, where the checkout has
it, ``document_to_json`` (the command line's JSON lines, with msgspec when it is installed). Run it
from each checkout (the checkout's own package is imported).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from speed import best_cpu  # noqa: E402

import arabicnews  # noqa: E402
from arabicnews import Document  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    articles = json.loads((args.data_dir / "saudinewsnet" / "2015-07-22.json").read_text(encoding="utf-8"))
    texts = [a["content"] for a in articles if (a.get("content") or "").strip()][: args.articles]
    nlp = arabicnews.default_pipeline()
    docs = [nlp(t) for t in texts]
    stage = nlp.stages[0]
    plain = [Document(t) for t in texts]
    ntok = sum(len(d.tokens) for d in docs)
    print(f"{ROOT.name}: {len(texts)} articles, {ntok:,} tokens; best of 5, CPU seconds")
    print(f"  tokens stage alone       {best_cpu(lambda: [stage(d) for d in plain]):.3f}")
    dicts = [d.to_dict() for d in docs]
    print(f"  to_dict                  {best_cpu(lambda: [d.to_dict() for d in docs]):.3f}")
    print(f"  json.dumps of the dicts  {best_cpu(lambda: [json.dumps(d, ensure_ascii=False) for d in dicts]):.3f}")
    try:
        from arabicnews.core.serialize import document_to_json  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        print("  document_to_json         (not in this checkout)")
    else:
        print(f"  document_to_json         {best_cpu(lambda: [document_to_json(d) for d in docs]):.3f}")
        slow = best_cpu(lambda: [document_to_json(d, fast=False) for d in docs])
        print(f"  document_to_json, json   {slow:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
