"""A learned scorer over the proclitic splits the segmenter takes, by leave-one-set-out (issue 19).

The experiment behind session 12's second round (candidate (a): unlisted names and foreign words
that lose a first letter). Every word of the WikiNews dev folds and of dev2 to dev6 that the
shipped segmenter splits before a proclitic (not before the article) is a candidate; its label is
whether the gold keeps that first letter (the split is wrong). A logistic regression on count and
letter-shape features (the letter-trigram name score of the word and of its remainder, the
remainder's counts bare and with the article, the word's count, whether the lists hold either, the
proclitic, letter patterns of transliterations) is trained on five sets; its threshold is the one
that gains most words on those five (ties to the higher, more cautious); on the held-out set the
candidates above it are kept whole, and the words that turn right and wrong are counted.
Nothing is shipped from it: it did not help on the held-out sets (docs/history/accuracy.md, session 12,
round 2).

Usage: python benchmarks/clitic_onset_scorer.py [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's package, as the other benchmarks do

from arabicnews.arabic.clitics import CliticModel, analyse_word, count_key, foreign_score, load_model  # noqa: E402
from arabicnews.core.normalize import normalize  # noqa: E402
from arabicnews.evaluate.segmentation import (  # noqa: E402
    FOLDS,
    cuts,
    dev_model,
    read_wikinews_surfaces,
    split_wikinews,
)
from arabicnews.evaluate.tokens_dev2 import (  # noqa: E402
    default_dev2_path,
    default_dev3_path,
    default_dev4_path,
    default_dev5_path,
    default_dev6_path,
    names_model,
    read_dev2,
    read_dev2_names,
)

SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6")
PROCLITIC_LETTERS = "وفبلكس"
L2 = (1.0, 10.0, 100.0)
POSITIVE_WEIGHTS = (1.0, 5.0)


def words(data_dir: Path) -> Iterator[tuple[str, str, frozenset[int], CliticModel]]:
    """Every gold word of the six sets: its set, its text, its gold cuts and the model that scores it."""
    base = load_model()
    surfaces = read_wikinews_surfaces(data_dir)
    for fold in range(FOLDS):
        train, dev = split_wikinews(surfaces, fold)
        model = dev_model(train, dev, base)
        for surface, (norm, _, n_pro, n_enc) in dev:
            yield "dev", surface, cuts(len(norm), n_pro, n_enc), model
    names = read_dev2_names()
    unlisted = names_model(names, data_dir, base)
    for w in read_dev2(data_dir, default_dev2_path()):
        yield "dev2", w.text, w.cuts, base
    for w in names:
        yield "dev2", w.text, w.cuts, unlisted
    for name, path in (
        ("dev3", default_dev3_path()),
        ("dev4", default_dev4_path()),
        ("dev5", default_dev5_path()),
        ("dev6", default_dev6_path()),
    ):
        for w in read_dev2(data_dir, path):
            yield name, w.text, w.cuts, base


def features(model: CliticModel, norm: str, n_pro: int, n_enc: int) -> list[float]:
    """The candidate's features: counts, the letter-trigram name scores, letter shapes."""
    word, stem = norm[: len(norm) - n_enc], norm[n_pro : len(norm) - n_enc]
    c = model.counts
    fw, fs = foreign_score(model.letters, word), foreign_score(model.letters, stem)
    ls, lw = math.log1p(c.get(count_key(stem), 0)), math.log1p(c.get(count_key(word), 0))
    ldef = math.log1p(c.get("ال" + count_key(stem), 0))
    shape = [stem[:1] in "يا", norm.endswith("و"), "يو" in norm or "او" in norm[1:], ldef == 0, ls == 0]
    return [
        fw,
        fs,
        fw - fs,
        ls,
        lw,
        ldef,
        ls - lw,
        float(count_key(stem) in model.names),
        float(count_key(word) in model.names),
        float(n_enc > 0),
        min(len(stem), 8) / 8,
        float(n_pro > 1),
        *map(float, shape),
        *(float(norm[n_pro - 1] == p) for p in PROCLITIC_LETTERS),
    ]


def fit(x: np.ndarray, y: np.ndarray, l2: float, positive: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """A logistic regression by gradient descent on standardised features: mean, scale, weights, bias."""
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = (x - mu) / sd
    w, b = np.zeros(z.shape[1]), 0.0
    sample = np.where(y == 1, positive, 1.0)
    for _ in range(3000):
        g = (1 / (1 + np.exp(-(z @ w + b))) - y) * sample
        w -= 0.1 * (z.T @ g / len(y) + l2 * w / len(y))
        b -= 0.1 * float(g.mean())
    return mu, sd, w, b


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    rows, labels, gains, sets, shown = [], [], [], [], []
    for name, text, gold, model in words(args.data_dir):
        a = analyse_word(model, text)
        norm = normalize(text)
        if not a.proclitic_len or a.bare or norm[a.proclitic_len :].startswith("ال"):
            continue
        system = cuts(len(norm), a.proclitic_len, a.enclitic_len)
        whole = frozenset(c for c in system if c > a.proclitic_len)  # the first letters kept
        rows.append(features(model, norm, a.proclitic_len, a.enclitic_len))
        labels.append(float(a.proclitic_len not in gold))
        gains.append(int(whole == gold) - int(system == gold))
        sets.append(name)
        shown.append(text)
    x, y, gain, where = np.array(rows), np.array(labels), np.array(gains), np.array(sets)
    print(f"{len(y)} candidates, {int(y.sum())} of them wrong splits")
    for l2 in L2:
        for positive in POSITIVE_WEIGHTS:
            cells = []
            for held in SETS:
                train = where != held
                mu, sd, w, b = fit(x[train], y[train], l2, positive)
                score = ((x - mu) / sd) @ w + b
                best, threshold = 0, math.inf
                for t in sorted(set(np.round(score[train], 3))):
                    g = int(gain[train][score[train] >= t].sum())
                    if g > best or (g == best and t > threshold):
                        best, threshold = g, t
                kept = gain[~train][score[~train] >= threshold]
                cells.append(f"{held} +{int((kept > 0).sum())}/-{int((kept < 0).sum())}")
            print(f"l2 {l2:g}, positive weight {positive:g}: " + " | ".join(cells))


if __name__ == "__main__":
    main()
