"""The attributions a branch finds that main does not, on unannotated articles: a precision check.

Issue 14, session 13 (attr14s): the cue inventory's new cues checked on unseen text. Every article of
2015-07-22 and 2015-07-31 that is in no gold file and in neither reviewed sample (the SHA-1 list of
``attribution_sample.excluded_shas``) is run through the attribution stage (tokens, sentences,
quantities, attributions: the pipeline of ``attribution_eval.py``) by the checkout on ``PYTHONPATH``
(``--dump``); two dumps are compared (``--compare``): an attribution is new when no attribution of
the other dump has the same cue span. ``--n`` of the new ones are drawn with ``random.Random(SEED)``
and printed with their sentence for a reader to judge (right cue? right source?).

Usage::

    PYTHONPATH=/work/main python benchmarks/attribution_cue_sample_s13.py --dump /tmp/main.jsonl
    PYTHONPATH=. python benchmarks/attribution_cue_sample_s13.py --dump /tmp/branch.jsonl
    python benchmarks/attribution_cue_sample_s13.py --compare /tmp/main.jsonl /tmp/branch.jsonl --n 40
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DAYS = ("2015-07-22.json", "2015-07-31.json")
SEED = 20261305


def dump(data: Path, out: Path) -> None:
    """Write every attribution of every unannotated article of ``DAYS``, one article a line."""
    # The package first, from the checkout on PYTHONPATH: attribution_sample puts this worktree on
    # sys.path, which must not decide which checkout runs.
    from arabicnews.core.pipeline import Pipeline
    from arabicnews.stages.attribution.stage import AttributionStage
    from arabicnews.stages.quantities.stage import QuantityStage
    from arabicnews.stages.sentences import SentenceStage
    from arabicnews.stages.tokens import TokenizerStage

    sys.path.insert(0, str(HERE))
    from attribution_sample import excluded_shas, sha1

    print("checkout:", Path(str(sys.modules[AttributionStage.__module__].__file__)).parents[3])

    nlp = Pipeline([TokenizerStage(), SentenceStage(), QuantityStage(), AttributionStage()])
    skip = excluded_shas()
    with out.open("w", encoding="utf-8") as fh:
        for day in DAYS:
            for index, art in enumerate(json.loads((data / "saudinewsnet" / day).read_text(encoding="utf-8"))):
                text = art["content"]
                if sha1(text) in skip:
                    continue
                atts = [
                    [a.cue.start, a.cue.end, a.cue.text, [s.text for s in a.sources], a.content.text, a.kind]
                    for a in nlp(text).attributions
                ]
                fh.write(json.dumps({"file": day, "index": index, "atts": atts}, ensure_ascii=False) + "\n")


def compare(old: Path, new: Path, data: Path, n: int, seed: int) -> None:
    """Print ``n`` seeded draws from the attributions of ``new`` whose cue span ``old`` lacks."""

    def load(path: Path) -> dict[tuple[str, int], list[list[object]]]:
        rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
        return {(r["file"], r["index"]): r["atts"] for r in rows}

    a, b = load(old), load(new)
    fresh = []
    for key, atts in sorted(b.items()):
        spans = {(x[0], x[1]) for x in a.get(key, [])}
        fresh += [(key, x) for x in atts if (x[0], x[1]) not in spans]
    gone = sum(1 for key, atts in a.items() for x in atts if (x[0], x[1]) not in {(y[0], y[1]) for y in b.get(key, [])})
    total_a = sum(len(x) for x in a.values())
    total_b = sum(len(x) for x in b.values())
    print(f"articles {len(b)}; attributions {total_a} -> {total_b}; new cue spans {len(fresh)}; gone {gone}")
    texts = {day: json.loads((data / "saudinewsnet" / day).read_text(encoding="utf-8")) for day in DAYS}
    for k, ((day, index), att) in enumerate(random.Random(seed).sample(fresh, min(n, len(fresh))), 1):
        text = texts[day][index]["content"]
        start, end = int(str(att[0])), int(str(att[1]))
        left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
        right = min(x for x in (text.find(".", end), text.find("\n", end), len(text)) if x >= 0)
        print(f"\n#{k} {day}[{index}] cue «{att[2]}» sources {att[3]} kind {att[5]}")
        print("   sentence:", text[left : right + 1].strip()[:400])
        print("   content:", str(att[4])[:200])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, default=HERE.parents[1] / "shared" / "data")
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--compare", type=Path, nargs=2)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    if not (args.data / "saudinewsnet").is_dir():
        print(f"saudinewsnet not found under {args.data}", file=sys.stderr)
        return 0
    if args.dump:
        dump(args.data, args.dump)
    if args.compare:
        compare(*args.compare, args.data, args.n, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
