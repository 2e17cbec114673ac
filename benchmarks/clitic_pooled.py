"""The clitic split's dev figures side by side and pooled (issue 19): dev folds, dev2 to dev6.

A change to the clitic rules lands only if the pooled words F1 rises and no set's words F1 falls by
more than 0.05 points. The pooled figure sums each set's ``SplitScores.words`` (correct, system,
gold): ``dev_scores`` for the WikiNews dev folds, ``dev2_runs`` for dev2 (news and names),
``read_dev2`` on the dev3 to dev6 golds.

Usage: python benchmarks/clitic_pooled.py [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's package, as the other benchmarks do

from arabicnews.evaluate.scores import precision_recall_f1  # noqa: E402
from arabicnews.evaluate.segmentation import SplitScores, dev_scores  # noqa: E402
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


def pooled(data_dir: Path) -> dict[str, SplitScores]:
    """Each set's scores by the shipped model."""
    dev, _, _ = dev_scores(data_dir)
    news, names = dev2_runs(data_dir)
    out = {"dev": dev, "dev2": score_dev2(news + names)}
    for name, path in (
        ("dev3", default_dev3_path()),
        ("dev4", default_dev4_path()),
        ("dev5", default_dev5_path()),
        ("dev6", default_dev6_path()),
    ):
        out[name] = score_dev2(list(dev2_pairs(read_dev2(data_dir, path))))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    scores = pooled(parser.parse_args().data_dir)
    for name, s in scores.items():
        print(s.format(name))
    c, s, g = (sum(x.words[i] for x in scores.values()) for i in range(3))
    f1 = precision_recall_f1(c, s, c, g)[2]
    print(f"pooled words F1 {100 * f1:.3f} ({c} correct of {s} system and {g} gold words)")


if __name__ == "__main__":
    main()
