"""Leave-one-set-out over the clitic dev sets for one rule threshold (issue 19).

Each value of ``--param`` is scored on the WikiNews dev folds and dev2 to dev6 (words F1, as
``benchmarks/clitic_pooled.py`` scores the shipped model); then each set is held out in turn, the
value is chosen on the pooled words F1 of the other five (ties to the value listed first, the most
cautious), and the held-out set's words F1 with that value is printed beside its figure with the
first value (off). A value is worth shipping only when the held-out sets do not fall.

Usage: python benchmarks/clitic_loso.py --param plural_nun_min --values inf,10,5,3,2,1 [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's package, as the other benchmarks do

from attrs import evolve  # noqa: E402

from arabicnews.arabic.clitics import CliticModel, load_model  # noqa: E402
from arabicnews.evaluate.scores import precision_recall_f1  # noqa: E402
from arabicnews.evaluate.segmentation import dev_pairs, read_wikinews_surfaces, score_pairs  # noqa: E402
from arabicnews.evaluate.tokens_dev2 import (  # noqa: E402
    default_dev3_path,
    default_dev4_path,
    default_dev5_path,
    default_dev6_path,
    dev2_pairs,
    dev2_runs,
    read_dev2,
    score_dev2,
)

Words = tuple[int, int, int]


def f1(words: Words) -> float:
    """Words F1 (in points) of ``(correct, system, gold)``."""
    return 100 * precision_recall_f1(words[0], words[1], words[0], words[2])[2]


def scores(data_dir: Path, param: str, value: float) -> dict[str, Words]:
    """Each set's ``SplitScores.words`` with ``param`` set to ``value``."""

    def adjust(model: CliticModel) -> CliticModel:
        return evolve(model, rule_params={**model.rule_params, param: value})

    out = {"dev": score_pairs(dev_pairs(read_wikinews_surfaces(data_dir), adjust)).words}
    news, names = dev2_runs(data_dir, adjust=adjust)
    out["dev2"] = score_dev2(news + names).words
    model = adjust(load_model())
    for name, path in (
        ("dev3", default_dev3_path()),
        ("dev4", default_dev4_path()),
        ("dev5", default_dev5_path()),
        ("dev6", default_dev6_path()),
    ):
        out[name] = score_dev2(list(dev2_pairs(read_dev2(data_dir, path), model))).words
    return out


def pooled(sets: dict[str, Words], held: str = "") -> float:
    """The pooled words F1 of the sets but ``held``."""
    kept = [w for name, w in sets.items() if name != held]
    return f1((sum(w[0] for w in kept), sum(w[1] for w in kept), sum(w[2] for w in kept)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--param", required=True)
    parser.add_argument("--values", required=True, help="comma-separated, the off value first (inf)")
    args = parser.parse_args()
    values = [float(v) for v in args.values.split(",")]
    table = {v: scores(args.data_dir, args.param, v) for v in values}
    names = list(table[values[0]])
    print(f"| {args.param} | " + " | ".join(names) + " | pooled |")
    print("|---" + "|---:" * (len(names) + 1) + "|")
    for v in values:
        row = " | ".join(f"{f1(table[v][n]):.3f}" for n in names)
        print(f"| {v:g} | {row} | {pooled(table[v]):.3f} |")
    print("leave-one-set-out (the value chosen on the other five; held-out words F1 off -> chosen):")
    for held in names:
        best = max(values, key=lambda v: (round(pooled(table[v], held), 6), -values.index(v)))
        before, after = f1(table[values[0]][held]), f1(table[best][held])
        print(f"  {held} held out: {best:g} chosen, {held} {before:.3f} -> {after:.3f} ({after - before:+.3f})")


if __name__ == "__main__":
    main()
