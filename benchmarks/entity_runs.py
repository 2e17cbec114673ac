"""How the time of ``arabicnews.analyze`` grows with a run of name-like words, and the longest entity.

Usage::

    python benchmarks/entity_runs.py [--sizes 2500 5000 10000 20000] [--patterns 0 1 2]
    python benchmarks/entity_runs.py --training-names [--data-dir ../shared/data]

Text without separators between name-like words (a flattened table, a scraped list, a hostile
input) once made the entity stage quadratic and gave one entity spanning the run (issue 18). Each
pattern is a unit repeated ``n`` times; the script prints, per pattern and ``n``, the time of one
``analyze`` call (after a first call that loads the models), the ratio to the previous ``n`` (about
2 when the growth is linear), the number of entities and the longest in words and characters.

``--training-names`` prints instead the longest name of each label in the train splits of ANERcorp
and AQMAR, from which ``MAX_NAME_WORDS`` (``arabicnews/stages/entities/bio.py``) was chosen.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import arabicnews  # noqa: E402

PATTERNS: tuple[str, ...] = (
    "فيليب هاموند ",
    "مدير المرصد رامي ",
    "فيليب هاموند، ",
    "وفيليب هاموند ٣ ",
    "رامي عبدالرحمن٣ فيليب ",
)
"""The units of issue 18's table, then two with a clitic or an Eastern digit mixed in."""


def training_names(data_dir: Path) -> None:
    """Print the longest name of each label in ANERcorp train and AQMAR train, in words."""
    from arabicnews.evaluate.corpora import read_corpus
    from arabicnews.stages.entities.bio import MAX_NAME_WORDS, bio_spans

    print("| corpus | label | names | longest (words) | longest name |")
    print("|---|---|---:|---:|---|")
    overall = 0
    for corpus in ("anercorp", "aqmar"):
        longest: dict[str, tuple[int, str]] = {}
        counts: dict[str, int] = {}
        for sent in read_corpus(corpus, data_dir, "train"):
            for a, b, label in bio_spans(sent.tags):
                counts[label] = counts.get(label, 0) + 1
                if b - a > longest.get(label, (0, ""))[0]:
                    longest[label] = (b - a, " ".join(sent.tokens[a:b]))
        for label in sorted(longest):
            words, name = longest[label]
            overall = max(overall, words)
            print(f"| {corpus} train | {label} | {counts[label]:,} | {words} | «{name}» |")
    print(f"longest: {overall} words; MAX_NAME_WORDS = {MAX_NAME_WORDS} (the longest plus a third)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2500, 5000, 10000, 20000])
    parser.add_argument("--patterns", type=int, nargs="+", default=list(range(len(PATTERNS))))
    parser.add_argument("--training-names", action="store_true", help="print the longest training names")
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    if args.training_names:
        training_names(args.data_dir)
        return
    arabicnews.analyze("فيليب هاموند وزير الخارجية البريطاني.")  # load the models
    print("| input | n | seconds | ratio | entities | longest (words) | longest (chars) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for p in args.patterns:
        unit = PATTERNS[p]
        previous = None
        for n in args.sizes:
            text = unit * n
            t0 = time.perf_counter()
            doc = arabicnews.analyze(text)
            elapsed = time.perf_counter() - t0
            ents = doc.entities
            words = max((len(e.text.split()) for e in ents), default=0)
            chars = max((len(e.text) for e in ents), default=0)
            ratio = f"{elapsed / previous:.2f}" if previous else ""
            previous = elapsed
            row = f"| «{unit}» × n | {n:,} | {elapsed:.2f} | {ratio} | {len(ents):,} | {words:,} | {chars:,} |"
            print(row, flush=True)


if __name__ == "__main__":
    main()
