"""``python -m arabicnews.train ner``: train the entity tagger shipped as ``data/ner/model.json.gz``.

An averaged structured perceptron (Collins 2002) over the features of
:class:`arabicnews.ner.FeatureExtractor`, decoded with BIO-constrained Viterbi. Two passes, both
seeded, so the same command rebuilds the same file:

1. train on the train splits minus a development part (the last tenth of ANERcorp train, the
   AQMAR dev split), print dev F1 after each epoch, and fit the confidence curve (a logistic
   function of an entity's max-marginal margin) on the dev entities;
2. train again, same epochs, on the train splits with the development part back in, and write
   that model with the confidence curve of pass 1.

No test split is read. NewsFANE is never used: its text is ANERcorp's, test part included.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from arabicnews.corpora import TaggedSentence, default_data_dir, read_corpus
from arabicnews.evaluate.ner import format_table, score_spans
from arabicnews.ner import LABELS, FeatureExtractor, Gazetteer, NerModel, bio_spans
from arabicnews.normalize import normalize

TRAINABLE = ("anercorp", "aqmar")
_IDENTITY = ("w=", "s=", "c=", "ss-1=", "ss+1=")
_NEG = -1e9
_L = len(LABELS)
_ALLOWED = [
    [not LABELS[y].startswith("I-") or (p >= 0 and LABELS[p][2:] == LABELS[y][2:]) for y in range(_L)]
    for p in range(-1, _L)
]  # _ALLOWED[p + 1][y]: may label y follow label p (p = -1: the sentence start)?


def load_training(
    data_dir: Path, corpora: Sequence[str]
) -> tuple[list[TaggedSentence], dict[str, list[TaggedSentence]]]:
    """The training sentences of ``corpora`` and the development ones of each (never a test split)."""
    train: list[TaggedSentence] = []
    dev: dict[str, list[TaggedSentence]] = {}
    for name in corpora:
        if name == "anercorp":
            # The last tenth of the train split: whole articles the model has not seen, as in the
            # test split (every 10th sentence would share its articles, and names, with training).
            sents = read_corpus("anercorp", data_dir, "train")
            cut = len(sents) - len(sents) // 10
            tr, dv = sents[:cut], sents[cut:]
        elif name == "aqmar":
            tr, dv = read_corpus("aqmar", data_dir, "train"), read_corpus("aqmar", data_dir, "dev")
        else:
            raise ValueError(f"cannot train on {name!r}; choose from {', '.join(TRAINABLE)}")
        train.extend(tr)
        dev[name] = dv
    return train, dev


def build_vocab(sentences: Sequence[TaggedSentence], min_count: int = 2) -> dict[str, int]:
    """Counts of the normalised words seen at least ``min_count`` times."""
    counts = Counter(normalize(w) for s in sentences for w in s.tokens)
    return {w: c for w, c in sorted(counts.items()) if c >= min_count}


class Perceptron:
    """Dense per-feature weight rows with lazy averaging (weights minus accumulated updates / steps)."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.w: list[list[float]] = []
        self.acc: list[list[float]] = []
        self.tw = [[0.0] * _L for _ in range(_L + 1)]
        self.tacc = [[0.0] * _L for _ in range(_L + 1)]
        self.step = 1

    def ids(self, feats: list[list[str]], grow: bool) -> list[list[int]]:
        out = []
        for fs in feats:
            row = []
            for f in fs:
                i = self.index.get(f)
                if i is None and grow:
                    i = self.index[f] = len(self.w)
                    self.w.append([0.0] * _L)
                    self.acc.append([0.0] * _L)
                if i is not None:
                    row.append(i)
            out.append(row)
        return out

    def decode(self, sent: list[list[int]]) -> list[int]:
        w, tw = self.w, self.tw
        emit = []
        for ids in sent:
            s = [0.0] * _L
            for i in ids:
                s = [a + b for a, b in zip(s, w[i], strict=True)]
            emit.append(s)
        back: list[list[int]] = []
        prev = [tw[0][y] + emit[0][y] if _ALLOWED[0][y] else _NEG for y in range(_L)]
        for t in range(1, len(emit)):
            row, bp = [], []
            for y in range(_L):
                best, arg = _NEG, 0
                for p in range(_L):
                    if _ALLOWED[p + 1][y]:
                        v = prev[p] + tw[p + 1][y]
                        if v > best:
                            best, arg = v, p
                row.append(best + emit[t][y])
                bp.append(arg)
            prev = row
            back.append(bp)
        y = max(range(_L), key=lambda k: prev[k])
        path = [y]
        for bp in reversed(back):
            y = bp[y]
            path.append(y)
        path.reverse()
        return path

    def update(self, sent: list[list[int]], gold: list[int], pred: list[int]) -> None:
        c = self.step
        for t, (g, p) in enumerate(zip(gold, pred, strict=True)):
            if g != p:
                for i in sent[t]:
                    self.w[i][g] += 1.0
                    self.w[i][p] -= 1.0
                    self.acc[i][g] += c
                    self.acc[i][p] -= c
            gp = gold[t - 1] + 1 if t else 0
            pp = pred[t - 1] + 1 if t else 0
            if (gp, g) != (pp, p):
                self.tw[gp][g] += 1.0
                self.tw[pp][p] -= 1.0
                self.tacc[gp][g] += c
                self.tacc[pp][p] -= c

    def averaged(self, prune: float = 1e-3) -> tuple[dict[str, list[float]], list[list[float]]]:
        """The averaged weights: sparse ``[label, weight, ...]`` per feature, and the transitions."""
        c = self.step
        weights: dict[str, list[float]] = {}
        for feat, i in self.index.items():
            flat: list[float] = []
            for y in range(_L):
                v = self.w[i][y] - self.acc[i][y] / c
                if abs(v) >= prune:
                    flat.extend((y, round(v, 3)))
            if flat:
                weights[feat] = flat
        trans = [[round(self.tw[p][y] - self.tacc[p][y] / c, 3) for y in range(_L)] for p in range(_L + 1)]
        return weights, trans


def train(
    sentences: Sequence[TaggedSentence],
    extract: FeatureExtractor,
    epochs: int,
    seed: int,
    dev: dict[str, list[TaggedSentence]] | None = None,
    dropout: float = 0.0,
) -> Perceptron:
    """Train a perceptron for ``epochs`` passes over ``sentences`` in a seeded shuffled order.

    With ``dropout``, each word of each sentence, at each epoch, loses its identity features (the
    word, its stem and the stem pairs) with that probability, so that the model learns what the
    context and the shape of a word say and does not only memorise the names it was shown.
    """
    model = Perceptron()
    label_id = {tag: i for i, tag in enumerate(LABELS)}
    data = []
    for s in sentences:
        if not s.tokens:
            continue
        names = extract(s.tokens)
        kept_names = [[f for f in fs if not f.startswith(_IDENTITY)] for fs in names]
        data.append((model.ids(names, grow=True), model.ids(kept_names, grow=True), [label_id[t] for t in s.tags]))
    rng = random.Random(seed)
    order = list(range(len(data)))
    for epoch in range(1, epochs + 1):
        t0 = time.perf_counter()
        rng.shuffle(order)
        errors = 0
        for k in order:
            full, kept, gold = data[k]
            feats: list[list[int]] = (
                [kept[t] if rng.random() < dropout else full[t] for t in range(len(full))] if dropout else full
            )
            pred = model.decode(feats)
            if pred != gold:
                errors += 1
                model.update(feats, gold, pred)
            model.step += 1
        msg = f"epoch {epoch}: {errors} sentences wrong, {time.perf_counter() - t0:.1f} s"
        if dev:
            ner = to_model(model, extract)
            for name, sents in dev.items():
                counts = score_spans([s.tags for s in sents], [ner.tag(s.tokens)[0] for s in sents])
                msg += f", {name} dev F1 {100 * counts['micro'].f1:.2f}"
        print(msg, flush=True)
    return model


def to_model(model: Perceptron, extract: FeatureExtractor) -> NerModel:
    weights, trans = model.averaged()
    sparse = {f: tuple((int(v[k]), v[k + 1]) for k in range(0, len(v), 2)) for f, v in weights.items()}
    return NerModel(sparse, trans, dict(extract.vocab), extract.gazetteer)


def tune_outside_bias(model: NerModel, dev: dict[str, list[TaggedSentence]]) -> float:
    """The bias on ``O`` that maximises the mean of the development sets' micro F1."""
    best, best_f1 = 0.0, -1.0
    for bias in (0.0, -2.0, -4.0, -6.0, -8.0, -12.0, -16.0, -20.0):
        model.outside_bias = bias
        f1s = []
        for sents in dev.values():
            counts = score_spans([s.tags for s in sents], [model.tag(s.tokens)[0] for s in sents])
            f1s.append(counts["micro"].f1)
        mean = sum(f1s) / len(f1s)
        print(f"outside bias {bias}: dev F1 " + ", ".join(f"{100 * f:.2f}" for f in f1s), flush=True)
        if mean > best_f1 + 1e-4:
            best, best_f1 = bias, mean
    model.outside_bias = best
    return best


def fit_calibration(model: NerModel, dev: Sequence[TaggedSentence]) -> tuple[float, float]:
    """Fit ``P(entity right) = sigmoid(a * margin + b)`` on the predicted entities of ``dev``."""
    xs: list[float] = []
    ys: list[float] = []
    for s in dev:
        tags, margins = model.tag(s.tokens)
        gold = set(bio_spans(s.tags))
        for first, last, label in bio_spans(tags):
            xs.append(min(margins[first:last]))
            ys.append(1.0 if (first, last, label) in gold else 0.0)
    if not xs or all(y == ys[0] for y in ys):
        return 1.0, 0.0
    scale = max(1e-9, math.sqrt(sum(x * x for x in xs) / len(xs)))
    xs = [x / scale for x in xs]
    a, b = 0.0, 0.0
    for _ in range(50):  # Newton's method on the logistic log-likelihood, margins rescaled to unit RMS
        ga = gb = haa = hab = hbb = 0.0
        for x, y in zip(xs, ys, strict=True):
            z = max(-30.0, min(30.0, a * x + b))
            p = 1.0 / (1.0 + math.exp(-z))
            d = p - y
            ga += d * x
            gb += d
            h = p * (1 - p) + 1e-9
            haa += h * x * x
            hab += h * x
            hbb += h
        det = haa * hbb - hab * hab
        if det <= 0:
            break
        da = (hbb * ga - hab * gb) / det
        db = (haa * gb - hab * ga) / det
        a, b = a - da, b - db
        if abs(da) + abs(db) < 1e-7:
            break
    a /= scale
    return round(a, 5), round(b, 5)


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m arabicnews.train ner",
        description="Train the entity tagger on the train splits of ANERcorp and AQMAR.",
    )
    parser.add_argument("--data-dir", type=Path, default=None, help="default: ../shared/data")
    parser.add_argument("--corpora", default="anercorp,aqmar", help="comma-separated, from: anercorp, aqmar")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parents[1] / "data" / "ner" / "model.json.gz"
    )
    parser.add_argument("--dev-only", action="store_true", help="stop after pass 1 (tuning); write nothing")
    parser.add_argument("--dropout", type=float, default=0.0, help="identity-feature dropout while training")
    parser.add_argument("--dev-model", type=Path, default=None, help="also write the pass-1 model here")
    parser.add_argument("--curve", action="store_true", help="print development F1 after every epoch of pass 1")
    args = parser.parse_args(list(argv))
    data_dir = args.data_dir or default_data_dir()
    corpora = [c.strip() for c in args.corpora.split(",") if c.strip()]
    train_part, dev_part = load_training(data_dir, corpora)
    gazetteer = Gazetteer.load()
    dev_all = [s for sents in dev_part.values() for s in sents]
    print(f"pass 1: {len(train_part)} training sentences, {len(dev_all)} development sentences", flush=True)
    extract = FeatureExtractor(build_vocab(train_part), gazetteer)
    first = train(train_part, extract, args.epochs, args.seed, dev_part if args.curve else None, args.dropout)
    ner = to_model(first, extract)
    bias = tune_outside_bias(ner, dev_part)
    for name, sents in dev_part.items():
        print(f"{name} dev:")
        print(format_table(score_spans([s.tags for s in sents], [ner.tag(s.tokens)[0] for s in sents])))
    calibration = fit_calibration(ner, dev_all)
    print(f"confidence = sigmoid({calibration[0]} * margin + {calibration[1]})", flush=True)
    if args.dev_model:
        write_model(args.dev_model, first, extract, corpora, args, calibration, bias)
    if args.dev_only:
        return 0
    everything = train_part + dev_all
    print(f"pass 2: {len(everything)} sentences", flush=True)
    extract = FeatureExtractor(build_vocab(everything), gazetteer)
    final = train(everything, extract, args.epochs, args.seed, None, args.dropout)
    write_model(args.out, final, extract, corpora, args, calibration, bias)
    return 0


def write_model(
    out: Path,
    model: Perceptron,
    extract: FeatureExtractor,
    corpora: list[str],
    args: argparse.Namespace,
    calibration: tuple[float, float],
    bias: float,
) -> None:
    """Write the averaged weights as gzip JSON, byte-reproducibly (sorted keys, no timestamp)."""
    final = model
    weights, trans = final.averaged()
    data = {
        "format": "arabicnews-ner-perceptron/1",
        "labels": list(LABELS),
        "corpora": corpora,
        "epochs": args.epochs,
        "seed": args.seed,
        "dropout": args.dropout,
        "calibration": list(calibration),
        "outside_bias": bias,
        "transitions": trans,
        "vocab": extract.vocab,
        "weights": dict(sorted(weights.items())),
    }
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    print(f"wrote {out} ({out.stat().st_size:,} bytes, {len(weights):,} features)", file=sys.stderr)
