"""The entity tagger's model: an averaged structured perceptron over BIO tags, in pure Python.

The model (``data/ner/model.json.gz``) is trained by ``python -m arabicnews.train ner`` on the
train splits of ANERcorp and AQMAR, over the features of
:class:`~arabicnews.stages.entities.features.FeatureExtractor`. Decoding is Viterbi with the BIO
constraint (``I-X`` only after ``B-X`` or ``I-X``); an entity's ``score`` comes from the
max-marginal margin of its tokens (how much worse the best path that labels them otherwise is),
mapped to [0, 1] by a logistic curve fitted on held-out development data. No entity is longer than
:data:`~arabicnews.stages.entities.bio.MAX_NAME_WORDS` words. After decoding, the steps
of :mod:`arabicnews.stages.entities.postprocess` adjust the tags.
"""

from __future__ import annotations

import gzip
import json
import math
from array import array
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import cache
from typing import Any, NamedTuple

from arabicnews.core.resources import data_path
from arabicnews.stages.entities.bio import MAX_NAME_WORDS
from arabicnews.stages.entities.features import (
    GAZETTEER_FILE,
    FeatureExtractor,
    Gazetteer,
    pair_features,
    trigger_states,
)
from arabicnews.stages.entities.postprocess import POSTPROCESSING, WITHIN_SENTENCE, Tagging, postprocess

MODEL_FILE = "ner/model.json.gz"
LABELS: tuple[str, ...] = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
"""The BIO tags, in the order of the model's weight vectors."""

_NEG = -1e9
_INSIDE = tuple(tag.startswith("I-") for tag in LABELS)


def _build_transitions(trans: Sequence[Sequence[float]]) -> tuple[list[float], list[list[tuple[int, float]]]]:
    """Start scores and, per label, the allowed previous labels with their transition weights."""
    n = len(LABELS)
    start = [trans[0][y] if not LABELS[y].startswith("I-") else _NEG for y in range(n)]
    prev: list[list[tuple[int, float]]] = []
    for y, tag in enumerate(LABELS):
        allowed = [
            (p, trans[p + 1][y]) for p, ptag in enumerate(LABELS) if not tag.startswith("I-") or ptag[2:] == tag[2:]
        ]
        prev.append(allowed)
    return start, prev


class _WordType(NamedTuple):
    """A word type as the tagger keeps it: forms, rarity, and the summed weights of its features.

    ``own`` sums the word's own features; ``before`` … ``two_after`` the features it gives the word
    it stands before, after, two before and two after (``WordInfo.roles``).
    """

    norm: str
    stem: str
    rare: str
    own: array[float]
    before: array[float]
    after: array[float]
    two_before: array[float]
    two_after: array[float]


class NerModel:
    """The loaded tagger: feature weights, transitions, vocabulary, gazetteer and calibration.

    ``outside_bias`` is added to the score of ``O`` at every word; the training command tunes it on
    development data (a perceptron trained to convergence is cautious, and a small negative bias buys
    recall for less precision than it costs).
    """

    __slots__ = (
        "_cols",
        "_combos",
        "_outside_bias",
        "_prev",
        "_start",
        "_trans",
        "_types",
        "calibration",
        "extract",
        "gazetteer",
        "prune",
        "vocab",
        "weights",
    )

    def __init__(
        self,
        weights: dict[str, tuple[tuple[int, float], ...]],
        transitions: Sequence[Sequence[float]],
        vocab: dict[str, int],
        gazetteer: Gazetteer,
        calibration: tuple[float, float] = (1.0, 0.0),
        outside_bias: float = 0.0,
        zipf: Mapping[str, int] | None = None,
        lexicon: Mapping[str, str] | None = None,
    ) -> None:
        self.weights = weights
        self.vocab = vocab
        self.gazetteer = gazetteer
        self.calibration = calibration
        self.extract = FeatureExtractor(vocab, gazetteer, zipf, lexicon)
        self._types: dict[str, _WordType] = {}
        self._combos: dict[tuple[str, str, str, str], list[float]] = {}
        self._outside_bias = outside_bias
        self._start, self._prev = _build_transitions(transitions)
        n = len(LABELS)
        self._trans = [[_NEG] * n for _ in range(n)]
        for y, allowed in enumerate(self._prev):
            for p, w in allowed:
                self._trans[p][y] = w
        self._cols = [[self._trans[p][y] for p in range(n)] for y in range(n)]
        used = [w for allowed in self._prev for _, w in allowed] + [w for w in self._start if w > _NEG]
        # Twice the range would make pruning provably exact; the range alone plus a little gave the
        # same entities as exact decoding on 400 news articles (8,373 entities) and saves a quarter.
        self.prune = max(used) - min(used) + 10.0

    @property
    def outside_bias(self) -> float:
        """The score added to ``O`` at every word."""
        return self._outside_bias

    @outside_bias.setter
    def outside_bias(self, bias: float) -> None:
        # The cached gazetteer and trigger sums carry the bias: a new bias empties them (the
        # training command's bias grid once scored every bias with the first one's sums).
        self._outside_bias = bias
        self._combos.clear()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], gazetteer: Gazetteer | None = None) -> NerModel:
        """Build a model from the JSON object written by the training command.

        The gazetteer is the lists the model was trained with (``gazetteers``: packaged data files;
        the hand-written one alone when the field is absent), unless ``gazetteer`` is given.
        """
        if tuple(data["labels"]) != LABELS:
            raise ValueError(f"model labels {data['labels']} differ from {LABELS}")
        weights: dict[str, tuple[tuple[int, float], ...]] = {}
        for feat, flat in data["weights"].items():
            weights[feat] = tuple(zip(map(int, flat[0::2]), map(float, flat[1::2]), strict=True))
        cal = data.get("calibration", [1.0, 0.0])
        return cls(
            weights,
            data["transitions"],
            dict(data["vocab"]),
            gazetteer or Gazetteer.load(tuple(data.get("gazetteers", (GAZETTEER_FILE,)))),
            (float(cal[0]), float(cal[1])),
            float(data.get("outside_bias", 0.0)),
            {str(k): int(v) for k, v in data.get("zipf", {}).items()},
            {str(k): str(v) for k, v in data.get("lexicon", {}).items()},
        )

    @classmethod
    def load(cls) -> NerModel:
        """The model shipped in the package."""
        with data_path(MODEL_FILE).open("rb") as fh, gzip.open(fh, "rt", encoding="utf-8") as text:
            data = json.load(text)
        return cls.from_dict(data)

    def emissions(self, feats: list[list[str]]) -> list[list[float]]:
        """The score of every label for every word."""
        zero = [self.outside_bias] + [0.0] * (len(LABELS) - 1)
        return [self._add(zero.copy(), fs) for fs in feats]

    def _add(self, scores: list[float], feats: Iterable[str]) -> list[float]:
        """Add the weights of ``feats`` to ``scores`` (in place) and return it."""
        weights = self.weights
        for f in feats:
            wl = weights.get(f)
            if wl is not None:
                for y, w in wl:
                    scores[y] += w
        return scores

    def _sum(self, feats: Iterable[str]) -> list[float]:
        return self._add([0.0] * len(LABELS), feats)

    def _word(self, word: str) -> _WordType:
        """What tagging needs of a word type, cached: its stem, rarity and summed feature weights.

        The feature strings themselves are not kept (:meth:`FeatureExtractor.info` caches them for
        training), and the five sums are arrays of doubles: about 1 KB a word type instead of 4, which
        is what a long text's hundred thousand word types cost.
        """
        got = self._types.get(word)
        if got is None:
            info = self.extract._make_info(word)
            got = _WordType(
                info.norm,
                info.stem,
                info.rare,
                array("d", self._sum(info.local)),
                *(array("d", self._sum(r)) for r in info.roles),
            )
            if len(self._types) > 200_000:
                self._types.clear()
            self._types[word] = got
        return got

    def sentence_emissions(self, words: Sequence[str]) -> tuple[list[list[float]], list[str]]:
        """:meth:`emissions` of :meth:`FeatureExtractor.analyse`'s features, computed faster.

        A word's own features and those it lends its neighbours are summed once per word type and
        cached, and so are the gazetteer and trigger features of each combination of classes (with
        :attr:`outside_bias`); only the stem pairs are looked up per position. Returns the
        gazetteer classes too.
        """
        extract, weights, combos = self.extract, self.weights, self._combos
        infos = [self._word(w) for w in words]
        gaz = ["", *extract.gazetteer.tag([i.stem for i in infos], [i.norm for i in infos]), ""]
        stems = ["<s>", *(i.stem for i in infos), "</s>"]
        start, end = self._word("<s>"), self._word("</s>")
        vecs = [start, start, *infos, end, end]
        out = []
        for i, trigger in enumerate(trigger_states(gaz[1:-1])):
            key = (gaz[i], gaz[i + 1], gaz[i + 2], trigger)
            combo = combos.get(key)
            if combo is None:
                combo = self._add(
                    [self.outside_bias] + [0.0] * (len(LABELS) - 1),
                    ("g=" + key[1], "g-1=" + key[0], "g+1=" + key[2], "tr=" + trigger),
                )
                combos[key] = combo
            row = [
                a + b + c + d + e + f
                for a, b, c, d, e, f in zip(
                    vecs[i + 2].own,
                    vecs[i + 1].before,
                    vecs[i + 3].after,
                    vecs[i].two_before,
                    vecs[i + 4].two_after,
                    combo,
                    strict=True,
                )
            ]
            for feat in pair_features(infos[i].rare, stems[i], stems[i + 1], stems[i + 2]):
                wl = weights.get(feat)
                if wl is not None:
                    for y, w in wl:
                        row[y] += w
            out.append(row)
        return out, gaz[1:-1]

    def decode(
        self, emit: list[list[float]], prune: float | None = None, most: int = MAX_NAME_WORDS
    ) -> tuple[list[int], list[float]]:
        """The best label sequence and, per word, its max-marginal margin over the runner-up label.

        Labels whose score at a word is more than ``prune`` below that of ``O`` are not considered;
        an ``I-X`` that is considered keeps ``B-X`` and ``I-X`` open at the word before it. That
        leaves only ``O`` for most words of a text, and the stretches between them are decoded one
        at a time, so decoding costs next to nothing. It is a beam, not exact Viterbi: with the
        default (:attr:`prune`: the range of the transition weights plus 10) it gave 7,816 of the
        7,817 entities of exact decoding on 400 SaudiNewsNet articles (the other was a three-word
        ``MISC`` reached through two words scoring 50 below ``O``). ``prune=math.inf`` decodes
        exactly. A word with a single candidate gets the margin ``prune``.

        No entity is longer than ``most`` words (at least 2): a stretch whose best path has a longer
        one is decoded again with the length of the current entity in the state
        (:meth:`_decode_island_bounded`), so a run of name-like words without separators becomes
        several entities. Real text never has one, and keeps its tags and margins exactly.
        """
        n = len(emit)
        if n == 0:
            return [], []
        gap = self.prune if prune is None else prune
        inside = _INSIDE
        everything = range(len(LABELS))
        # Keep what is near O, open B-X and I-X before every I-X kept on its own score (not before
        # one opened that way, which would reopen the whole sentence), and drop I-X at the first word.
        cands: list[list[int]] = []
        for row in emit:
            floor = row[0] - gap
            cands.append([y for y in everything if row[y] >= floor])
        for t in range(n - 1, 0, -1):
            need = [y for y in cands[t] if inside[y] and emit[t][y] >= emit[t][0] - gap]
            if need:
                have = cands[t - 1]
                for y in need:
                    for q in (y - 1, y):  # B-X and I-X
                        if q not in have:
                            have.append(q)
                have.sort()
        # (After that loop every I-X from the second word on has B-X and I-X before it.)
        cands[0] = [y for y in cands[0] if not inside[y]]
        # Where only O is left, every path goes through O: the words between two such places are
        # decoded on their own (an island), and the O-only words get label O and margin ``gap``.
        # (Constant scores common to all paths, such as O's own, cancel out of paths and margins.)
        path = [0] * n
        margins = [gap] * n
        t = 0
        while t < n:
            if len(cands[t]) == 1:
                path[t] = cands[t][0]
                t += 1
                continue
            end = t + 1
            while end < n and len(cands[end]) > 1:
                end += 1
            self._decode_island(emit, cands, t, end, path, margins)
            if end - t > most and _longest_entity(path, t, end) > most:
                self._decode_island_bounded(emit, cands, t, end, path, margins, most)
            t = end
        return path, margins

    def _decode_island(
        self,
        emit: list[list[float]],
        cands: list[list[int]],
        lo: int,
        hi: int,
        path: list[int],
        margins: list[float],
    ) -> None:
        """Viterbi and max-marginals over words ``lo`` to ``hi - 1``, flanked by O-only words or the ends."""
        trans, cols = self._trans, self._cols
        n = len(emit)
        c0, e0 = cands[lo], emit[lo]
        if lo == 0:
            start = self._start
            alphas = [[start[y] + e0[y] for y in c0]]
        else:
            before = cands[lo - 1][0]
            alphas = [[trans[before][y] + e0[y] for y in c0]]
        for t in range(lo + 1, hi):
            pc, pa, et = cands[t - 1], alphas[-1], emit[t]
            alphas.append([max([a + cols[y][p] for a, p in zip(pa, pc, strict=True)]) + et[y] for y in cands[t]])
        last = cands[hi - 1]
        if hi == n:
            beta = [0.0] * len(last)
        else:
            after_label = cands[hi][0]
            beta = [trans[y][after_label] for y in last]
        for t in range(hi - 1, lo - 1, -1):
            ct = cands[t]
            if t < hi - 1:
                nc, et = cands[t + 1], emit[t + 1]
                after = [et[q] + b for q, b in zip(nc, beta, strict=True)]
                beta = [max([trans[y][q] + v for q, v in zip(nc, after, strict=True)]) for y in ct]
            scores = [a + b for a, b in zip(alphas[t - lo], beta, strict=True)]
            top = max(scores)
            k = scores.index(top)
            path[t] = ct[k]
            scores[k] = _NEG
            margins[t] = top - max(scores)

    def _decode_island_bounded(
        self,
        emit: list[list[float]],
        cands: list[list[int]],
        lo: int,
        hi: int,
        path: list[int],
        margins: list[float],
        most: int,
    ) -> None:
        """:meth:`_decode_island` with no entity longer than ``most`` words.

        A state is a label and, for ``I-X``, how many words its entity has so far (2 to ``most``):
        ``I-X`` of length ``r`` follows only ``B-X`` (``r = 2``) or ``I-X`` of length ``r - 1``, and
        ``I-X`` of length ``most`` is followed by no ``I-X``. Time and memory are linear in the
        stretch, times ``most``. A word's margin compares the best path through each of its labels
        (over all lengths), as :meth:`_decode_island` does.
        """
        trans, start = self._trans, self._start
        n = len(emit)
        inside = _INSIDE
        width = most - 1  # the lengths 2 .. most of an I-X
        # Per word: per candidate label, the best score of a path ending there, per length (one
        # value for O and B-X, ``width`` for I-X), flattened into one array of doubles.
        alphas: list[array[float]] = []
        first, e0 = cands[lo], emit[lo]
        row: list[float] = []
        for y in first:
            if inside[y]:  # after an O-only word (or at the start) no I-X can be
                row += [_NEG] * width
            elif lo == 0:
                row.append(start[y] + e0[y])
            else:
                row.append(trans[cands[lo - 1][0]][y] + e0[y])
        alphas.append(array("d", row))
        for t in range(lo + 1, hi):
            pc, pa, et = cands[t - 1], alphas[-1], emit[t]
            best: dict[int, float] = {}
            at: dict[int, int] = {}
            k = 0
            for p in pc:
                w = width if inside[p] else 1
                best[p] = max(pa[k : k + w])
                at[p] = k
                k += w
            row = []
            for y in cands[t]:
                ey = et[y]
                if not inside[y]:
                    row.append(max([b + trans[p][y] for p, b in best.items()]) + ey)
                    continue
                b_x, i_x = y - 1, y
                row.append(pa[at[b_x]] + trans[b_x][y] + ey if b_x in at else _NEG)
                if i_x in at:
                    k = at[i_x]
                    stay = trans[y][y] + ey
                    row += [a + stay for a in pa[k : k + width - 1]]
                else:
                    row += [_NEG] * (width - 1)
            alphas.append(array("d", row))
        # The path: back from the best last state. (Not each word's best label, as in
        # :meth:`_decode_island`: a run of equal names has many best paths, and the best labels
        # of each word, taken from different ones, may make an entity too long.)
        after_label = cands[hi][0] if hi < n else -1
        states = [(y, j) for y in cands[hi - 1] for j in range(width if inside[y] else 1)]
        ends = [
            a + (trans[y][after_label] if after_label >= 0 else 0.0)
            for a, (y, _) in zip(alphas[-1], states, strict=True)
        ]
        y, j = states[ends.index(max(ends))]
        for t in range(hi - 1, lo, -1):
            path[t] = y
            if inside[y]:
                y, j = (y, j - 1) if j else (y - 1, 0)
                continue
            states = [(p, i) for p in cands[t - 1] for i in range(width if inside[p] else 1)]
            came = [a + trans[p][y] for a, (p, _) in zip(alphas[t - 1 - lo], states, strict=True)]
            y, j = states[came.index(max(came))]
        path[lo] = y
        # Backward: per candidate label of word t, the best score of the rest of the stretch, per length.
        betas: dict[int, list[float]] = {}
        for y in cands[hi - 1]:
            end = trans[y][after_label] if after_label >= 0 else 0.0
            betas[y] = [end] * (width if inside[y] else 1)
        for t in range(hi - 1, lo - 1, -1):
            ct = cands[t]
            if t < hi - 1:
                nc, et = cands[t + 1], emit[t + 1]
                free = {q: et[q] + betas[q][0] for q in nc if not inside[q]}
                new: dict[int, list[float]] = {}
                for y in ct:
                    out = max([trans[y][q] + v for q, v in free.items()], default=_NEG)
                    # The I-X that may follow: of the same label as B-X or I-X, one word longer.
                    i_x = y if inside[y] else y + 1
                    cont = betas.get(i_x) if (inside[y] or LABELS[y].startswith("B-")) else None
                    if cont is None:
                        new[y] = [out] * (width if inside[y] else 1)
                        continue
                    go = trans[y][i_x] + et[i_x]
                    if inside[y]:
                        new[y] = [max(out, go + v) for v in cont[1:]] + [out]
                    else:
                        new[y] = [max(out, go + cont[0])]
                betas = new
            scores = []
            k = 0
            a = alphas[t - lo]
            for y in ct:
                w = width if inside[y] else 1
                scores.append(max([x + b for x, b in zip(a[k : k + w], betas[y], strict=True)]))
                k += w
            k = ct.index(path[t])
            mine = scores[k]
            scores[k] = _NEG
            margins[t] = mine - max(scores)

    def tagging(self, sentences: Sequence[Sequence[str]], window: int = 3) -> Tagging:
        """The decoded tags of each sentence of words, before post-processing, with what the steps read."""
        tagging = Tagging([], [], [], [], window)
        for words in sentences:
            if words:
                emit, gaz = self.sentence_emissions(words)
                path, margins = self.decode(emit)
            else:
                path, margins, gaz = [], [], []
            tagging.tags.append([LABELS[y] for y in path])
            tagging.margins.append(margins)
            tagging.gaz.append(gaz)
            tagging.stems.append([self._word(w).stem for w in words])
        return tagging

    def tag(self, words: Sequence[str], skip: Collection[str] = ()) -> tuple[list[str], list[float]]:
        """BIO tags for a sentence of words, and each word's margin.

        The post-processing steps that work within a sentence run on the decoded tags (a multi-word
        gazetteer name the model left untagged is tagged whole, titles are cut from the head of a
        person's name: :data:`~arabicnews.stages.entities.postprocess.WITHIN_SENTENCE`), except
        those named in ``skip``.
        """
        tagging = self.tagging([words])
        postprocess(tagging, (WITHIN_SENTENCE,), skip)
        return tagging.tags[0], tagging.margins[0]

    def tag_document(
        self, sentences: Sequence[Sequence[str]], window: int = 3, skip: Collection[str] = ()
    ) -> list[tuple[list[str], list[float]]]:
        """Tag each sentence, then run all the post-processing steps but those named in ``skip``:
        :meth:`tag`'s, then those that propagate names to the ``window`` sentences around them and
        harmonise their labels (:data:`~arabicnews.stages.entities.postprocess.POSTPROCESSING`)."""
        tagging = self.tagging(sentences, window)
        postprocess(tagging, POSTPROCESSING, skip)
        return list(zip(tagging.tags, tagging.margins, strict=True))

    def confidence(self, margin: float) -> float:
        """The calibrated probability that a mention whose weakest word has ``margin`` is right."""
        a, b = self.calibration
        z = a * margin + b
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        ez = math.exp(z)
        return ez / (1.0 + ez)


def _longest_entity(path: Sequence[int], lo: int, hi: int) -> int:
    """The words of the longest entity in ``path[lo:hi]`` (a valid BIO path of label indices)."""
    longest = run = 0
    for y in path[lo:hi]:
        run = run + 1 if _INSIDE[y] else 0 if y == 0 else 1
        longest = max(longest, run)
    return longest


@cache
def default_model() -> NerModel:
    """The shipped model, loaded once on first use."""
    return NerModel.load()


__all__ = ["LABELS", "MODEL_FILE", "NerModel", "default_model"]
