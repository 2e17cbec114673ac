"""``python -m arabicnews.train ner``: train the entity tagger shipped as ``data/ner/model.json.gz``.

An averaged structured perceptron (Collins 2002) over the features of
:class:`arabicnews.stages.entities.features.FeatureExtractor`, decoded with BIO-constrained Viterbi. Two passes, both
seeded, so the same command rebuilds the same file:

1. train on the train splits minus a development part (the last tenth of ANERcorp train, the
   AQMAR dev split), print dev F1 after each epoch, and fit the confidence curve (a logistic
   function of an entity's max-marginal margin) on the dev entities;
2. train again, same epochs, on the train splits with the development part back in, and write
   that model with the confidence curve of pass 1.

By default (``--domain none``) one set of weights is trained for both corpora: the shipped
``model.json.gz``. With ``--domain anercorp`` every feature is trained twice, as it is and marked
with the sentence's corpus (:func:`augment`), and each corpus gets its own merged weights, ``O``
bias and confidence curve: ANERcorp's are written to ``--out``, AQMAR's beside it
(``model_aqmar.json.gz``, shipped); ``--mixtures`` and ``--mix`` score and write mixtures of the
two copies (:func:`mix_domains`). The default was chosen on the development sets (docs/entities.md).

Two feature tables come from outside the perceptron: the Zipf frequency bands of wordfreq's Arabic
word list (:func:`build_zipf`), and the training lexicon (:func:`build_lexicon`: what the training
data tagged each stem as), jackknifed while training (:func:`fold_extractors`) so that the
training sentences see it as unseen text does.

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

from arabicnews.core.normalize import normalize
from arabicnews.evaluate.corpora import TaggedSentence, default_data_dir, read_corpus
from arabicnews.evaluate.ner import format_table, score_spans
from arabicnews.stages.entities.bio import bio_spans
from arabicnews.stages.entities.features import GAZETTEER_FILE, FeatureExtractor, Gazetteer
from arabicnews.stages.entities.perceptron import LABELS, NerModel

TRAINABLE = ("anercorp", "aqmar")
GAZETTEERS = ("gazetteer.tsv", "gazetteer_places.tsv", "gazetteer_names.tsv")
"""The name lists in ``arabicnews/data/ner/`` the model is trained with by default, earlier ones first
(see its PROVENANCE.md)."""
WITH_ORGANISATIONS = ("gazetteer.tsv", "gazetteer_places.tsv", "gazetteer_organisations.tsv", "gazetteer_names.tsv")
"""The lists with the hand-written organisation names, on request (``--gazetteers``; measured, not the
default: docs/history/entities.md, "An organisation name list"). The organisation list comes before the
person names, so that a company that is also a surname in that list («سوني», «بوينغ») is an
organisation, and after the places, so that a club named after its city («ليفربول») stays a place."""
_IDENTITY = ("w=", "s=", "c=", "ss-1=", "ss+1=")
_NEG = -1e9
_DOMAIN = "#"
"""Between a corpus name and a feature in the corpus's copy of the feature (``aqmar#w=...``)."""
_L = len(LABELS)
_ALLOWED = [
    [not LABELS[y].startswith("I-") or (p >= 0 and LABELS[p][2:] == LABELS[y][2:]) for y in range(_L)]
    for p in range(-1, _L)
]  # _ALLOWED[p + 1][y]: may label y follow label p (p = -1: the sentence start)?


def load_training(
    data_dir: Path, corpora: Sequence[str]
) -> tuple[list[TaggedSentence], dict[str, list[TaggedSentence]]]:
    """The training sentences of ``corpora`` and the development ones of each (never a test split)."""
    train, dev = training_parts(data_dir, corpora)
    return [s for sents in train.values() for s in sents], dev


def training_parts(
    data_dir: Path, corpora: Sequence[str]
) -> tuple[dict[str, list[TaggedSentence]], dict[str, list[TaggedSentence]]]:
    """The training and the development sentences of each of ``corpora`` (never a test split)."""
    train: dict[str, list[TaggedSentence]] = {}
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
        train[name] = tr
        dev[name] = dv
    return train, dev


def augment(feats: list[list[str]], domain: str) -> list[list[str]]:
    """Each word's features and a copy of each marked with ``domain`` (Daumé's feature augmentation).

    The general copy learns what the corpora share, the marked one what is particular to one
    corpus (AQMAR's convention of tagging Latin-script names ``MISC``, its groups of people as
    ``PER``); the written model keeps the general weights plus one corpus's (:func:`merge_domain`).
    """
    return [[*fs, *(domain + _DOMAIN + f for f in fs)] for fs in feats]


def merge_domain(weights: dict[str, list[float]], domain: str, prune: float = 1e-3) -> dict[str, list[float]]:
    """The weights a text of ``domain`` sees: each general feature's weight plus its ``domain`` copy's.

    Sparse rows ``[label, weight, ...]`` as :meth:`Perceptron.averaged` gives them; the copies of
    other corpora are left out.
    """
    return mix_domains(weights, {domain: 1.0}, prune)


def mix_domains(
    weights: dict[str, list[float]], scales: dict[str, float], prune: float = 1e-3
) -> dict[str, list[float]]:
    """Each general feature's weight plus ``scales[c]`` times corpus ``c``'s copy (a corpus not named: 0).

    ``{"anercorp": 1}`` is ANERcorp's weights (:func:`merge_domain`); ``{"anercorp": 0.5, "aqmar": 0.5}``
    the shared weights plus half of each corpus's copy.
    """
    dense: dict[str, list[float]] = {}
    for feat, flat in weights.items():
        scale = 1.0
        if _DOMAIN in feat.split("=", 1)[0]:
            corpus, _, feat = feat.partition(_DOMAIN)
            scale = scales.get(corpus, 0.0)
            if not scale:
                continue
        row = dense.setdefault(feat, [0.0] * _L)
        for k in range(0, len(flat), 2):
            row[int(flat[k])] += scale * flat[k + 1]
    out: dict[str, list[float]] = {}
    for feat in sorted(dense):
        flat_out: list[float] = []
        for y, v in enumerate(dense[feat]):
            if abs(v) >= prune:
                flat_out.extend((y, round(v, 3)))
        if flat_out:
            out[feat] = flat_out
    return out


def parse_mix(text: str, corpora: Sequence[str]) -> dict[str, float]:
    """A ``--mix`` value, one scale per corpus in ``--corpora`` order («1:0.5»), as ``{corpus: scale}``."""
    parts = text.split(":")
    if len(parts) != len(corpora):
        raise SystemExit(f"--mix {text!r}: give one scale per corpus ({':'.join(corpora)}), e.g. 1:0.5")
    try:
        return {c: float(v) for c, v in zip(corpora, parts, strict=True)}
    except ValueError:
        raise SystemExit(f"--mix {text!r}: scales are numbers, e.g. 1:0.5") from None


def build_vocab(sentences: Sequence[TaggedSentence], min_count: int = 2) -> dict[str, int]:
    """Counts of the normalised words seen at least ``min_count`` times."""
    counts = Counter(normalize(w) for s in sentences for w in s.tokens)
    return {w: c for w, c in sorted(counts.items()) if c >= min_count}


def build_zipf(min_band: int = 4) -> dict[str, int]:
    """Twice the Zipf frequency, rounded down, of each normalised word of wordfreq's Arabic list.

    Only words at or above ``min_band`` (Zipf 2: once in 10 million words) are kept. wordfreq
    (CC BY-SA 4.0 data; Wikipedia, OSCAR, subtitles, news) is needed to train, not to run.
    """
    try:
        from wordfreq import get_frequency_dict
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise SystemExit("training the entity model needs wordfreq: pip install wordfreq") from exc
    freq: dict[str, float] = {}
    for word, f in get_frequency_dict("ar", "large").items():
        norm = normalize(word)
        if norm:
            freq[norm] = freq.get(norm, 0.0) + f
    bands = {w: math.floor(2 * (math.log10(f) + 9)) for w, f in freq.items() if f > 0}
    return {w: b for w, b in sorted(bands.items()) if b >= min_band}


def build_lexicon(sentences: Sequence[TaggedSentence], extract: FeatureExtractor) -> dict[str, str]:
    """What the training data tagged each stem as, for the stems it tagged as part of a name.

    The code is the most frequent entity tag (``B-PER``, ``I-ORG``) and ``:h`` when the stem is
    tagged as a name at least half the times it occurs, ``:l`` otherwise.
    """
    counts: dict[str, Counter[str]] = {}
    for s in sentences:
        for word, tag in zip(s.tokens, s.tags, strict=True):
            stem = extract.info(word).stem
            if len(stem) >= 2:
                counts.setdefault(stem, Counter())[tag] += 1
    out: dict[str, str] = {}
    for stem, c in sorted(counts.items()):
        total = sum(c.values())
        named = total - c["O"]
        if named:
            best = max(sorted(t for t in c if t != "O"), key=lambda t: c[t])
            out[stem] = best + (":h" if 2 * named >= total else ":l")
    return out


def fold_extractors(
    sentences: Sequence[TaggedSentence], extract: FeatureExtractor, folds: int
) -> list[tuple[int, FeatureExtractor]]:
    """Jackknifed extractors: for each of ``folds`` runs of consecutive sentences (whole articles of
    ANERcorp), one whose lexicon comes from the other runs, so that the training sentences see the
    lexicon as unseen text does. Returns ``(first sentence of the next run, extractor)`` pairs.
    """
    n = len(sentences)
    bounds = [round(k * n / folds) for k in range(folds + 1)]
    out = []
    for k in range(folds):
        rest = [*sentences[: bounds[k]], *sentences[bounds[k + 1] :]]
        lexicon = build_lexicon(rest, extract)
        out.append((bounds[k + 1], FeatureExtractor(extract.vocab, extract.gazetteer, extract.zipf, lexicon)))
    return out


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


class Ensemble:
    """Perceptrons trained in different orders, whose averaged weights are averaged again.

    The shipped model is one weight table either way, so an ensemble costs nothing at run time.
    """

    def __init__(self, members: Sequence[Perceptron]) -> None:
        self.members = list(members)

    def averaged(self, prune: float = 1e-3) -> tuple[dict[str, list[float]], list[list[float]]]:
        """The mean of the members' averaged weights (sparse, as :meth:`Perceptron.averaged`)."""
        n = len(self.members)
        sums: dict[str, list[float]] = {}
        trans = [[0.0] * _L for _ in range(_L + 1)]
        for member in self.members:
            weights, tr = member.averaged(prune=0.0)
            for feat, flat in weights.items():
                row = sums.setdefault(feat, [0.0] * _L)
                for k in range(0, len(flat), 2):
                    row[int(flat[k])] += flat[k + 1]
            for p in range(_L + 1):
                for y in range(_L):
                    trans[p][y] += tr[p][y]
        out: dict[str, list[float]] = {}
        for feat in sorted(sums):
            flat_out: list[float] = []
            for y, v in enumerate(sums[feat]):
                if abs(v / n) >= prune:
                    flat_out.extend((y, round(v / n, 3)))
            if flat_out:
                out[feat] = flat_out
        return out, [[round(v / n, 3) for v in row] for row in trans]


def train_ensemble(
    sentences: Sequence[TaggedSentence],
    extract: FeatureExtractor,
    epochs: int,
    seed: int,
    members: int,
    dev: dict[str, list[TaggedSentence]] | None = None,
    dropout: float = 0.0,
    jackknife: int = 10,
    domains: Sequence[str] | None = None,
    list_dropout: float = 0.0,
) -> Perceptron | Ensemble:
    """:func:`train` once, or ``members`` times with seeds ``seed``, ``seed + 1``, ... averaged."""
    if members <= 1:
        return train(sentences, extract, epochs, seed, dev, dropout, jackknife, domains, list_dropout)
    return Ensemble(
        [
            train(sentences, extract, epochs, seed + k, dev, dropout, jackknife, domains, list_dropout)
            for k in range(members)
        ]
    )


def train(
    sentences: Sequence[TaggedSentence],
    extract: FeatureExtractor,
    epochs: int,
    seed: int,
    dev: dict[str, list[TaggedSentence]] | None = None,
    dropout: float = 0.0,
    jackknife: int = 10,
    domains: Sequence[str] | None = None,
    list_dropout: float = 0.0,
) -> Perceptron:
    """Train a perceptron for ``epochs`` passes over ``sentences`` in a seeded shuffled order.

    With ``dropout``, each word of each sentence, at each epoch, loses its identity features (the
    word, its stem and the stem pairs) with that probability, so that the model learns what the
    context and the shape of a word say and does not only memorise the names it was shown.

    When ``extract`` has a lexicon, each of ``jackknife`` runs of consecutive sentences is featurised
    with the lexicon of the other runs (:func:`fold_extractors`).

    With ``domains`` (the corpus of each sentence), each feature also gets a copy marked with the
    sentence's corpus (:func:`augment`), and development scores are those of the merged weights
    for each development set's own corpus.

    With ``list_dropout``, each sentence, at each epoch, is shown with that probability as if the
    organisation list (class :data:`LIST_DROPOUT_CLASS`) did not know its names, so that the model
    does not lean on the list for the organisations it lacks.
    """
    model = Perceptron()
    label_id = {tag: i for i, tag in enumerate(LABELS)}
    data = []
    hidden: list[list[list[int]]] = []  # each sentence's features without the dropped list's class
    unlisted: list[list[str]] = []
    folds = fold_extractors(sentences, extract, jackknife) if jackknife and extract.lexicon else []
    fold = 0
    for k, s in enumerate(sentences):
        while fold < len(folds) and k >= folds[fold][0]:
            fold += 1
        if not s.tokens:
            continue
        names = folds[fold][1](s.tokens) if folds else extract(s.tokens)
        kept_names = [[f for f in fs if not f.startswith(_IDENTITY)] for fs in names]
        if list_dropout:
            unlisted = [[hide_list_class(f) for f in fs] for fs in names]
        if domains is not None:
            names, kept_names = augment(names, domains[k]), augment(kept_names, domains[k])
            if list_dropout:
                unlisted = augment(unlisted, domains[k])
        data.append((model.ids(names, grow=True), model.ids(kept_names, grow=True), [label_id[t] for t in s.tags]))
        if list_dropout:
            hidden.append(model.ids(unlisted, grow=True))
    rng = random.Random(seed)
    order = list(range(len(data)))
    for epoch in range(1, epochs + 1):
        t0 = time.perf_counter()
        rng.shuffle(order)
        errors = 0
        for k in order:
            full, kept, gold = data[k]
            if list_dropout and rng.random() < list_dropout:
                full = hidden[k]
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
            for name, sents in dev.items():
                ner = to_model(model, extract, name if domains is not None else None)
                counts = score_spans([s.tags for s in sents], [ner.tag(s.tokens)[0] for s in sents])
                msg += f", {name} dev F1 {100 * counts['micro'].f1:.2f}"
        print(msg, flush=True)
    return model


LIST_DROPOUT_CLASS = "ORGL"
"""The gazetteer class ``--list-dropout`` hides: that of ``gazetteer_organisations.tsv``."""


def hide_list_class(feature: str) -> str:
    """A gazetteer feature as it would be without :data:`LIST_DROPOUT_CLASS` («g=B-ORGL» → «g=»)."""
    head, _, value = feature.partition("=")
    if head in ("g", "g-1", "g+1") and value.removeprefix("B-").removeprefix("I-") == LIST_DROPOUT_CLASS:
        return head + "="
    return feature


def to_model(
    model: Perceptron | Ensemble,
    extract: FeatureExtractor,
    domain: str | None = None,
    mix: dict[str, float] | None = None,
) -> NerModel:
    """The tagger of the averaged weights (merged for ``domain``, or mixed by ``mix``, with corpus copies)."""
    weights, trans = model.averaged()
    if mix is not None:
        weights = mix_domains(weights, mix)
    elif domain is not None:
        weights = merge_domain(weights, domain)
    sparse = {f: tuple((int(v[k]), v[k + 1]) for k in range(0, len(v), 2)) for f, v in weights.items()}
    return NerModel(sparse, trans, dict(extract.vocab), extract.gazetteer, zipf=extract.zipf, lexicon=extract.lexicon)


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
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parents[1] / "data" / "ner" / "model.json.gz"
    )
    parser.add_argument("--dev-only", action="store_true", help="stop after pass 1 (tuning); write nothing")
    parser.add_argument("--dropout", type=float, default=0.0, help="identity-feature dropout while training")
    parser.add_argument(
        "--list-dropout", type=float, default=0.0,
        help="share of training sentences shown, each epoch, without the organisation list's class (ORGL)",
    )  # fmt: skip
    parser.add_argument("--dev-model", type=Path, default=None, help="also write the pass-1 model here")
    parser.add_argument("--curve", action="store_true", help="print development F1 after every epoch of pass 1")
    parser.add_argument("--no-zipf", action="store_true", help="leave out the wordfreq frequency features")
    parser.add_argument("--no-lexicon", action="store_true", help="leave out the training-lexicon features")
    parser.add_argument("--ensemble", type=int, default=1, help="perceptrons (seeds) to average")
    parser.add_argument("--jackknife", type=int, default=10, help="folds for the training-lexicon features")
    parser.add_argument(
        "--domain", default="none", choices=(*TRAINABLE, "none"),
        help="train with a copy of every feature per corpus and write to --out the weights merged for this "
        "corpus, those for each other corpus beside it (default: none, one set of weights for all)",
    )  # fmt: skip
    parser.add_argument(
        "--mix", default=None,
        help="with --domain: write to --out the shared weights plus these scales of each corpus's copy, in "
        "--corpora order (1:0.5 = all of ANERcorp's copy, half of AQMAR's), its O bias and confidence curve "
        "tuned on all development sets, and each other corpus's weights beside it as usual; 'best': the "
        "candidate of --mixtures with the highest sum of development F1",
    )  # fmt: skip
    parser.add_argument(
        "--mixtures", default="",
        help="comma-separated --mix values to score on the development sets in pass 1 (e.g. 1:0,0:1,1:0.5)",
    )  # fmt: skip
    parser.add_argument(
        "--gazetteers", default=",".join(GAZETTEERS),
        help="comma-separated name lists in arabicnews/data/ner/ to use as features, earlier ones first "
        "(from: " + ", ".join(GAZETTEERS) + ")",
    )  # fmt: skip
    args = parser.parse_args(list(argv))
    data_dir = args.data_dir or default_data_dir()
    corpora = [c.strip() for c in args.corpora.split(",") if c.strip()]
    if args.domain == "none" or args.domain not in corpora or len(corpora) < 2:
        args.domain = None  # one corpus (or none asked for): one set of weights
    parts, dev_part = training_parts(data_dir, corpora)
    train_part = [s for sents in parts.values() for s in sents]
    # The corpus of each training sentence, for --domain (None: one set of features for all).
    domains = [name for name, sents in parts.items() for _ in sents] if args.domain else None
    gazetteer = Gazetteer.load(gazetteer_files(args.gazetteers))
    dev_all = [s for sents in dev_part.values() for s in sents]
    print(f"pass 1: {len(train_part)} training sentences, {len(dev_all)} development sentences", flush=True)
    zipf = {} if args.no_zipf else build_zipf()
    extract = with_lexicon(FeatureExtractor(build_vocab(train_part), gazetteer, zipf), train_part, args)
    first = train_ensemble(
        train_part,
        extract,
        args.epochs,
        args.seed,
        args.ensemble,
        dev_part if args.curve else None,
        args.dropout,
        args.jackknife,
        domains,
        args.list_dropout,
    )
    # With --domain, one model per corpus: the weights merged for it, with the O bias and the
    # confidence curve tuned on that corpus's development set alone. The --domain one is written
    # to --out, each other one beside it (model_aqmar.json.gz).
    targets: list[str | None] = [args.domain, *(c for c in corpora if c != args.domain)] if args.domain else [None]
    mixes: dict[str | None, dict[str, float]] = {}
    if args.domain and (args.mix or args.mixtures):
        mix = score_mixtures(first, extract, dev_part, corpora, args)
        if mix is not None:
            targets[0] = None  # the mixture is written to --out, tuned on every development set
            mixes[None] = mix
    settings: dict[str | None, tuple[tuple[float, float], float]] = {}
    for target in targets:
        ner = to_model(first, extract, target, mixes.get(target))
        tuning = dev_part if target is None else {target: dev_part[target]}
        bias = tune_outside_bias(ner, tuning)
        for name, sents in dev_part.items():
            print(f"{name} dev" + (f", weights for {target}:" if target else ":"))
            print(format_table(score_spans([s.tags for s in sents], [ner.tag(s.tokens)[0] for s in sents])))
        calibration = fit_calibration(ner, [s for sents in tuning.values() for s in sents])
        print(f"confidence = sigmoid({calibration[0]} * margin + {calibration[1]})", flush=True)
        settings[target] = (calibration, bias)
        if args.dev_model:
            path = domain_path(args.dev_model, target, args.domain)
            write_model(path, first, extract, corpora, args, calibration, bias, target, mixes.get(target))
    if args.dev_only:
        return 0
    everything = train_part + dev_all
    if domains is not None:
        domains += [name for name, sents in dev_part.items() for _ in sents]
    print(f"pass 2: {len(everything)} sentences", flush=True)
    extract = with_lexicon(FeatureExtractor(build_vocab(everything), gazetteer, zipf), everything, args)
    final = train_ensemble(
        everything,
        extract,
        args.epochs,
        args.seed,
        args.ensemble,
        None,
        args.dropout,
        args.jackknife,
        domains,
        args.list_dropout,
    )
    for target, (calibration, bias) in settings.items():
        path = domain_path(args.out, target, args.domain)
        write_model(path, final, extract, corpora, args, calibration, bias, target, mixes.get(target))
    return 0


def score_mixtures(
    model: Perceptron | Ensemble,
    extract: FeatureExtractor,
    dev: dict[str, list[TaggedSentence]],
    corpora: Sequence[str],
    args: argparse.Namespace,
) -> dict[str, float] | None:
    """Score each ``--mixtures`` candidate on the development sets; the ``--mix`` to write (``None``: none).

    Each candidate's ``O`` bias is tuned on all development sets; the printed sum is of the
    development sets' micro F1, each sentence on its own, as ``--mix best`` compares them.
    """
    candidates = [m.strip() for m in args.mixtures.split(",") if m.strip()]
    best: tuple[float, str] | None = None
    for text in candidates:
        ner = to_model(model, extract, None, parse_mix(text, corpora))
        tune_outside_bias(ner, dev)
        f1s = {
            name: score_spans([s.tags for s in sents], [ner.tag(s.tokens)[0] for s in sents])["micro"].f1
            for name, sents in dev.items()
        }
        total = 100 * sum(f1s.values())
        shown = ", ".join(f"{name} {100 * f:.2f}" for name, f in f1s.items())
        print(f"mixture {text}: dev F1 {shown}, sum {total:.2f} (O bias {ner.outside_bias})", flush=True)
        if best is None or total > best[0] + 1e-6:
            best = (total, text)
    if args.mix == "best":
        if best is None:
            raise SystemExit("--mix best needs candidates in --mixtures")
        print(f"chosen on the development sets: --mix {best[1]}", flush=True)
        return parse_mix(best[1], corpora)
    return parse_mix(args.mix, corpora) if args.mix else None


def domain_path(out: Path, target: str | None, main: str | None) -> Path:
    """Where the model for corpus ``target`` goes: ``out`` for the main one, else ``model_aqmar.json.gz`` beside it."""
    if target is None or target == main:
        return out
    stem, dot, suffix = out.name.partition(".")
    return out.with_name(f"{stem}_{target}{dot}{suffix}")


def gazetteer_files(names: str) -> tuple[str, ...]:
    """The packaged data files of a ``--gazetteers`` value («gazetteer.tsv,gazetteer_places.tsv»)."""
    files = tuple(n.strip() for n in names.split(",") if n.strip())
    unknown = [n for n in files if n not in WITH_ORGANISATIONS]
    if unknown or not files:
        known = ", ".join(WITH_ORGANISATIONS)
        raise SystemExit(f"unknown gazetteer {', '.join(unknown) or names!r}; choose from {known}")
    return tuple("ner/" + n for n in files)


def with_lexicon(
    extract: FeatureExtractor, sentences: Sequence[TaggedSentence], args: argparse.Namespace
) -> FeatureExtractor:
    """``extract`` with the lexicon of ``sentences`` (unless ``--no-lexicon``)."""
    if args.no_lexicon:
        return extract
    lexicon = build_lexicon(sentences, extract)
    return FeatureExtractor(extract.vocab, extract.gazetteer, extract.zipf, lexicon)


def write_model(
    out: Path,
    model: Perceptron | Ensemble,
    extract: FeatureExtractor,
    corpora: list[str],
    args: argparse.Namespace,
    calibration: tuple[float, float],
    bias: float,
    domain: str | None = None,
    mix: dict[str, float] | None = None,
) -> None:
    """Write the averaged weights as gzip JSON, byte-reproducibly (sorted keys, no timestamp)."""
    weights, trans = model.averaged()
    if mix is not None:
        weights = mix_domains(weights, mix)
    elif domain:
        weights = merge_domain(weights, domain)
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
    }
    # The tables and settings of the newer features are written only when used, so that a model
    # trained without them (``--no-zipf --no-lexicon``) is byte for byte the earlier format.
    if extract.zipf:
        data["zipf"] = extract.zipf
    if extract.lexicon:
        data["lexicon"] = extract.lexicon
        data["jackknife"] = args.jackknife
    if args.ensemble > 1:
        data["ensemble"] = args.ensemble
    if args.list_dropout:
        data["list_dropout"] = args.list_dropout
    if mix is not None:
        data["domain_mix"] = mix
    elif domain:
        data["domain"] = domain
    files = gazetteer_files(args.gazetteers)
    if files != (GAZETTEER_FILE,):
        data["gazetteers"] = list(files)
    data["weights"] = dict(sorted(weights.items()))
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    print(f"wrote {out} ({out.stat().st_size:,} bytes, {len(weights):,} features)", file=sys.stderr)
