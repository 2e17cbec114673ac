"""The default named-entity stage: an averaged structured perceptron over BIO tags, in pure Python.

The model (``data/ner/model.json.gz``) is trained by ``python -m arabicnews.train ner`` on the
train splits of ANERcorp and AQMAR; :class:`FeatureExtractor` is shared by training, evaluation and
the stage, so the three see exactly the same features. Decoding is Viterbi with the BIO
constraint (``I-X`` only after ``B-X`` or ``I-X``); an entity's ``score`` comes from the
max-marginal margin of its tokens (how much worse the best path that labels them otherwise is),
mapped to [0, 1] by a logistic curve fitted on held-out development data. After decoding, multi-word
gazetteer names are tagged whole, titles are cut from the head of a person's name, and names are
propagated to the sentences around them (:meth:`NerModel.tag`, :func:`propagate`).

Besides the words of the training data, the features know two tables shipped in the model file: how
frequent each word is in general Arabic text and how often it takes the article (from wordfreq's
word list), and what the training data tagged each stem as (``lexicon``).

The tagger reads whole tokens, clitics included, as the corpora are tokenised; the entity span
then starts after the proclitics of its first token («بسوريا» gives «سوريا»): the token's clitic
segments say where, or, for a token the segmenter left whole, the model's own proclitic rule.
"""

from __future__ import annotations

import gzip
import json
import math
from array import array
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any, ClassVar, NamedTuple, cast

from attrs import frozen

from arabicnews.core.document import Document
from arabicnews.core.normalize import normalize
from arabicnews.core.resources import data_path, read_lines
from arabicnews.model.entity import Entity, EntityLabel
from arabicnews.model.spans import Token
from arabicnews.stages.entities.grouping import group_mentions

MODEL_FILE = "ner/model.json.gz"
GAZETTEER_FILE = "ner/gazetteer.tsv"
LABELS: tuple[str, ...] = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
"""The BIO tags, in the order of the model's weight vectors."""
ENTITY_LABELS: tuple[EntityLabel, ...] = ("PER", "LOC", "ORG", "MISC")

# Proclitic strings tried longest first. "لل" stands for ل + ال (the alef of the article is not
# written), so its remainder gets the article back.
_PREFIXES: tuple[str, ...] = (
    "وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل",
    "وب", "ول", "وك", "فب", "فل", "فك", "وس", "و", "ف", "ب", "ل", "ك",
)  # fmt: skip
_NEG = -1e9
_NAME_PROCLITICS = frozenset("وفبلك")
_INSIDE = tuple(tag.startswith("I-") for tag in LABELS)


@frozen
class WordInfo:
    """What the features know of one word: its forms, shape, and the features that need no context.

    ``rare`` is ``"1"`` when neither the word nor its stem was seen twice in the training data.
    ``local`` holds the features of the word itself; ``roles`` the features it gives its
    neighbours, as the word before, after, two before and two after.
    """

    norm: str
    proclitic: str
    stem: str
    shape: str
    rare: str
    local: tuple[str, ...]
    roles: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def word_shape(norm: str) -> str:
    """A coarse class of a normalised word: Arabic, Latin (capitalised or not), digits or the punctuation itself."""
    if not norm:
        return "e"
    ch = norm[0]
    if "\u0600" <= ch <= "\u06ff":
        return "a"
    if ch.isdigit():
        return "d"
    if ch.isalpha():
        return "L" if ch.isupper() else "l"
    return norm if len(norm) == 1 else "p"


def split_proclitic(norm: str, vocab: Mapping[str, int]) -> tuple[str, str]:
    """Split a normalised word into ``(proclitic, rest)`` (``("", norm)`` when nothing splits off).

    A prefix ending in the article («وال», «بال») or «لل» always splits. A bare proclitic letter
    splits only when the remainder is a more frequent word in the training data than the whole
    word («بسوريا» → «ب» + «سوريا», but «برلين» stays whole).
    """
    if len(norm) < 4:
        return "", norm
    whole = vocab.get(norm, 0)
    for p in _PREFIXES:
        if not norm.startswith(p):
            continue
        if p.endswith("ال"):
            if len(norm) - len(p) >= 2:
                return p[:-2], norm[len(p) - 2 :]
            continue
        if p.endswith("لل"):
            if len(norm) - len(p) >= 2:
                return p[:-1], "ال" + norm[len(p) :]
            continue
        rest = norm[len(p) :]
        if len(rest) >= 2 and vocab.get(rest, 0) > whole:
            return p, rest
    return "", norm


class Gazetteer:
    """Name lists and trigger words, matched on clitic-stripped normalised words.

    Each entry has a class (``LOC``, ``PER``, ``ORG``, ``MISC`` for the hand-written names; ``T-PER``,
    ``T-LOC``, ``T-ORG`` for trigger words such as «الرئيس», «مدينة», «وكالة»; ``GEO`` and ``NAME``
    for the places and person names of the lists built from packages); a multi-word entry marks its
    first word ``B-`` and the others ``I-``.
    """

    __slots__ = ("entries", "first")

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        self.entries: dict[tuple[str, ...], str] = {}
        self.first: dict[str, int] = {}
        """The longest entry starting with each word."""
        for cls, phrase in entries:
            words = self.key(phrase)
            if words:
                self.entries.setdefault(words, cls)
                self.first[words[0]] = max(self.first.get(words[0], 0), len(words))

    @staticmethod
    def key(phrase: str) -> tuple[str, ...]:
        """The normalised words of ``phrase``, as entries are stored and matched."""
        return tuple(normalize(w) for w in phrase.split())

    def name_words(self) -> set[str]:
        """The first words of the names (not the trigger words)."""
        return {k[0] for k, cls in self.entries.items() if not cls.startswith("T-")}

    @classmethod
    def load(cls, files: Sequence[str] = (GAZETTEER_FILE,)) -> Gazetteer:
        """The gazetteer of the lists shipped in ``data/`` (by default the hand-written ``ner/gazetteer.tsv``).

        An entry of an earlier file wins over the same words in a later one.
        """
        rows = []
        for name in files:
            for line in read_lines(name):
                cls_, _, phrase = line.partition("\t")
                rows.append((cls_.strip(), phrase.strip()))
        return cls(rows)

    def tag(self, stems: Sequence[str], norms: Sequence[str] | None = None) -> list[str]:
        """A gazetteer class per word (``""`` when none), longest match first.

        The first word of an entry is matched on ``stems`` (proclitics off: «بسوريا», «لمكسيكو»),
        the others on ``norms`` (the words as written: «لحقوق» in «المرصد السوري لحقوق الإنسان»).
        """
        norms = stems if norms is None else norms
        out = [""] * len(stems)
        entries, first = self.entries, self.first
        i, n = 0, len(stems)
        while i < n:
            head = stems[i]
            longest = first.get(head, 0)
            for k in range(min(longest, n - i), 0, -1):
                cls = entries.get((head, *norms[i + 1 : i + k]))
                if cls is not None:
                    out[i] = cls if k == 1 else "B-" + cls
                    for j in range(i + 1, i + k):
                        out[j] = "I-" + cls
                    i += k
                    break
            else:
                i += 1
        return out


class FeatureExtractor:
    """Turns a sentence of words into one list of feature strings per word.

    The per-word part is cached, so the common words of news text cost one dictionary look-up.
    """

    __slots__ = ("_cache", "gazetteer", "known", "lexicon", "vocab", "zipf")

    def __init__(
        self,
        vocab: Mapping[str, int],
        gazetteer: Gazetteer,
        zipf: Mapping[str, int] | None = None,
        lexicon: Mapping[str, str] | None = None,
    ) -> None:
        self.vocab = vocab
        self.gazetteer = gazetteer
        self.zipf: Mapping[str, int] = zipf or {}
        """Twice the Zipf frequency of normalised words in general Arabic text (wordfreq), rounded down."""
        self.lexicon: Mapping[str, str] = lexicon or {}
        """What the training data tagged each stem as (``B-PER:h``: mostly part of a person's name)."""
        # For splitting proclitics, a gazetteer name counts as a word seen a few times, so that
        # «لمكسيكو» splits into ل + «مكسيكو» although neither was in the training data.
        known = dict(vocab)
        for word in gazetteer.name_words():
            known[word] = max(known.get(word, 0), 3)
        self.known: Mapping[str, int] = known
        self._cache: dict[str, WordInfo] = {}

    def info(self, word: str) -> WordInfo:
        """The cached :class:`WordInfo` of a raw word."""
        got = self._cache.get(word)
        if got is None:
            got = self._make_info(word)
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[word] = got
        return got

    def _make_info(self, word: str) -> WordInfo:
        local: tuple[str, ...]
        if word in ("<s>", "</s>"):
            norm = stem = word
            pre, shape, rare, local = "", "", "0", ()
        else:
            norm = normalize(word)
            pre, stem = split_proclitic(norm, self.known)
            shape = word_shape(norm)
            rare = "1" if norm not in self.vocab and stem not in self.vocab else "0"
            core = stem[2:] if stem.startswith("ال") and len(stem) > 4 else stem
            local_list = [
                "b",
                "w=" + norm,
                "s=" + stem,
                "p=" + pre,
                "x1=" + core[-1:],
                "x2=" + core[-2:],
                "x3=" + core[-3:],
                "x4=" + core[-4:],
                "f2=" + stem[:2],
                "f3=" + core[:3],
                "f4=" + core[:4],
                "t=" + shape + str(min(len(core), 8)),
                "u=" + rare + shape,
            ]
            if core is not stem:
                local_list.append("c=" + core)
            if self.zipf:
                local_list.extend(self._frequency_features(stem, rare))
            if self.lexicon:
                local_list.append("lx=" + self.lexicon.get(stem, ""))
            local = tuple(local_list)
        # A neighbour's ending and rarity generalise what its identity says: a nisba adjective
        # («الروسي») after a name, a run of rare words in a foreign name.
        end2, kind = stem[-2:], rare + shape
        roles: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]] = (
            ("w-1=" + norm, "s-1=" + stem, "x2-1=" + end2, "u-1=" + kind),
            ("w+1=" + norm, "s+1=" + stem, "x2+1=" + end2, "u+1=" + kind),
            ("w-2=" + norm,),
            ("w+2=" + norm,),
        )
        if self.lexicon:
            seen = self.lexicon.get(stem, "")
            roles = ((*roles[0], "lx-1=" + seen), (*roles[1], "lx+1=" + seen), roles[2], roles[3])
        return WordInfo(norm, pre, stem, shape, rare, local, roles)

    def _frequency_features(self, stem: str, rare: str) -> list[str]:
        """How common the stem is in general Arabic text, and how often it takes the article.

        Names the training data never showed are told apart from common words by what a large
        word list knows: «هاموند» is rare and never written «الهاموند»; «الروسي» is frequent and
        its bare form is too. (The Arabic analogue of "seen capitalised".)
        """
        zipf = self.zipf
        band = zipf.get(stem, 0)
        if stem.startswith("ال") and len(stem) > 4:
            with_article, bare = band, zipf.get(stem[2:], 0)
            has = "a"
        else:
            with_article, bare = zipf.get("ال" + stem, 0), band
            has = "n"
        ratio = max(-4, min(4, with_article - bare))
        return ["z=" + str(band), "zu=" + rare + str(band), "za=" + has + str(ratio)]

    def __call__(self, words: Sequence[str]) -> list[list[str]]:
        return self.analyse(words)[0]

    def analyse(self, words: Sequence[str]) -> tuple[list[list[str]], list[str]]:
        """The features of each word, and the gazetteer class of each (``B-ORG``, ``LOC``, ``""``)."""
        infos = [self.info(w) for w in words]
        start, end = self.info("<s>"), self.info("</s>")
        padded = [start, start, *infos, end, end]
        gaz = ["", *self.gazetteer.tag([i.stem for i in infos], [i.norm for i in infos]), ""]
        out: list[list[str]] = []
        for i, context in enumerate(self.context_features(infos, gaz)):
            out.append(
                [
                    *padded[i + 2].local,
                    *padded[i + 1].roles[0],
                    *padded[i + 3].roles[1],
                    *padded[i].roles[2],
                    *padded[i + 4].roles[3],
                    *context,
                ]
            )
        return out, gaz[1:-1]

    @staticmethod
    def context_features(infos: Sequence[WordInfo], gaz: Sequence[str]) -> list[list[str]]:
        """The features that join a word to its neighbours: stem pairs, gazetteer classes, triggers.

        ``gaz`` has one class per word plus an empty one at each end.
        """
        stems = ["<s>", *(i.stem for i in infos), "</s>"]
        out: list[list[str]] = []
        for i, (info, trigger) in enumerate(zip(infos, trigger_states(gaz[1:-1]), strict=True)):
            stem = info.stem
            s_prev, s_next = stems[i], stems[i + 2]
            out.append(
                [
                    *pair_features(info.rare, s_prev, stem, s_next),
                    "g=" + gaz[i + 1],
                    "g-1=" + gaz[i],
                    "g+1=" + gaz[i + 2],
                    "tr=" + trigger,
                ]
            )
        return out


def pair_features(rare: str, s_prev: str, stem: str, s_next: str) -> tuple[str, str, str]:
    """The features of a word's stem paired with its neighbours' (``rare`` is the word's :attr:`WordInfo.rare`)."""
    return ("us-1=" + rare + "|" + s_prev, "ss-1=" + s_prev + "|" + stem, "ss+1=" + stem + "|" + s_next)


def trigger_states(gaz: Sequence[str]) -> list[str]:
    """Per word, the trigger class seen within the last three words and how many words ago (``"9"``: none).

    ``gaz`` is the gazetteer class of each word (:meth:`Gazetteer.tag`); «الرئيس» (``T-PER``) then
    «فلاديمير» gives ``T-PER1`` at «فلاديمير».
    """
    out = []
    trigger = ""
    age = 9
    for g in gaz:
        out.append(trigger + str(age))
        if g.startswith("T-"):
            trigger, age = g, 0
        elif age < 9:
            age += 1
            if age > 3:
                trigger, age = "", 9
    return out


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

    def decode(self, emit: list[list[float]], prune: float | None = None) -> tuple[list[int], list[float]]:
        """The best label sequence and, per word, its max-marginal margin over the runner-up label.

        Labels whose score at a word is more than ``prune`` below that of ``O`` are not considered;
        an ``I-X`` that is considered keeps ``B-X`` and ``I-X`` open at the word before it. That
        leaves only ``O`` for most words of a text, and the stretches between them are decoded one
        at a time, so decoding costs next to nothing. It is a beam, not exact Viterbi: with the
        default (:attr:`prune`: the range of the transition weights plus 10) it gave 7,816 of the
        7,817 entities of exact decoding on 400 SaudiNewsNet articles (the other was a three-word
        ``MISC`` reached through two words scoring 50 below ``O``). ``prune=math.inf`` decodes
        exactly. A word with a single candidate gets the margin ``prune``.
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

    def tag(self, words: Sequence[str]) -> tuple[list[str], list[float]]:
        """BIO tags for a sentence of words, and each word's margin.

        A multi-word gazetteer name («وكالة الصحافة الفرنسية», «مكسيكو سيتي») that the model left
        untagged, or tagged in part with the same label, is tagged whole; its words get margin 0.
        Trigger words (titles) at the head of a person's name are left out of it.
        """
        if not words:
            return [], []
        emit, gaz = self.sentence_emissions(words)
        path, margins = self.decode(emit)
        tags = [LABELS[y] for y in path]
        i, n = 0, len(tags)
        while i < n:
            g = gaz[i]
            if not g.startswith("B-"):
                i += 1
                continue
            label = g[2:]
            j = i + 1
            while j < n and gaz[j] == "I-" + label:
                j += 1
            inside = all(t == "O" or t[2:] == label for t in tags[i:j])
            cut = tags[i].startswith("I-") or (j < n and tags[j].startswith("I-"))
            if (
                inside
                and not cut
                and label in ENTITY_LABELS
                and tags[i:j] != ["B-" + label] + ["I-" + label] * (j - i - 1)
            ):
                tags[i:j] = ["B-" + label] + ["I-" + label] * (j - i - 1)
                margins[i:j] = [0.0] * (j - i)
            i = j
        # Titles are not part of a person's name («مدير المرصد رامي عبدالرحمن»): a person's span
        # starts after the trigger words at its head. (No change on the development sets.)
        for a, b, label in bio_spans(tags):
            if label == "PER" and gaz[a].startswith("T-"):
                k = a
                while k < b - 1 and gaz[k].startswith("T-"):
                    tags[k] = "O"
                    k += 1
                tags[k] = "B-PER"
        return tags, margins

    def tag_document(self, sentences: Sequence[Sequence[str]], window: int = 3) -> list[tuple[list[str], list[float]]]:
        """:meth:`tag` each sentence, then :func:`propagate` names to the sentences around them."""
        tagged = [self.tag(words) for words in sentences]
        stems = [[self._word(w).stem for w in words] for words in sentences]
        tags = propagate([t for t, _ in tagged], stems, window)
        margins = [
            [0.0 if a != b else m for a, b, m in zip(old, new, marg, strict=True)]
            for (old, marg), new in zip(tagged, tags, strict=True)
        ]
        tags = harmonise_labels(tags, margins, stems)
        out = []
        for (old, _), new, marg in zip(tagged, tags, margins, strict=True):
            out.append((new, [0.0 if a != b else m for a, b, m in zip(old, new, marg, strict=True)]))
        return out

    def confidence(self, margin: float) -> float:
        """The calibrated probability that a mention whose weakest word has ``margin`` is right."""
        a, b = self.calibration
        z = a * margin + b
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        ez = math.exp(z)
        return ez / (1.0 + ez)


@cache
def default_model() -> NerModel:
    """The shipped model, loaded once on first use."""
    return NerModel.load()


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """The ``(first, last + 1, label)`` word ranges of the entities in a BIO sequence.

    An ``I-X`` that does not continue an ``X`` starts a new entity (conlleval's reading).
    """
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and label == tag[2:]:
            continue
        if label:
            spans.append((start, i, label))
            start, label = -1, ""
        if tag != "O":
            start, label = i, tag[2:]
    if label:
        spans.append((start, len(tags), label))
    return spans


def propagate(tags: Sequence[Sequence[str]], stems: Sequence[Sequence[str]], window: int = 3) -> list[list[str]]:
    """Tag again, in the sentences within ``window`` of it, a name the model found once.

    News names a person or place in full and then repeats it, or only the surname, where the
    context may say less: «فيليب هاموند» … «وأكد هاموند». A sequence of stems tagged ``X`` in one
    sentence (and the last word of a person's name of two words or more) is tagged ``X`` where it
    recurs untagged in the ``window`` sentences before and after, longest first, never cutting an
    entity. On ANERcorp's held-out tenth of train this adds 1.4 F1 (window 3); wider windows add less.
    """
    out = [list(t) for t in tags]
    found: list[dict[tuple[str, ...], str]] = []
    for sent_tags, sent_stems in zip(tags, stems, strict=True):
        names: dict[tuple[str, ...], str] = {}
        for a, b, label in bio_spans(sent_tags):
            names[tuple(sent_stems[a:b])] = label
            if label == "PER" and b - a >= 2 and len(sent_stems[b - 1]) >= 3:
                names.setdefault((sent_stems[b - 1],), "PER")
        found.append(names)
    n = len(tags)
    for i in range(n):
        near: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for j in range(max(0, i - window), min(n, i + window + 1)):
            for key, label in found[j].items():
                near.setdefault(key[0], []).append((key, label))
        if not near:
            continue
        st, row = stems[i], out[i]
        t = 0
        while t < len(st):
            step = 1
            for key, label in sorted(near.get(st[t], ()), key=lambda kl: -len(kl[0])):
                k = len(key)
                if (
                    tuple(st[t : t + k]) == key
                    and all(x == "O" for x in row[t : t + k])
                    and (t + k >= len(st) or not row[t + k].startswith("I-"))
                ):
                    row[t : t + k] = ["B-" + label] + ["I-" + label] * (k - 1)
                    step = k
                    break
            t += step
    return out


def harmonise_labels(
    tags: Sequence[Sequence[str]], margins: Sequence[Sequence[float]], stems: Sequence[Sequence[str]]
) -> list[list[str]]:
    """Give every mention of a name in a document the label of its most confident mention.

    A name keeps one label through a news article («دي ميستورا» in a headline is the person named
    «ستفان دي ميستورا» further down). Mentions with the same stems are compared, and a mention that
    ends a longer person's name (the surname) is compared with that name; a mention takes the label
    of the candidate whose weakest word has the largest margin, if it is larger than its own.
    """
    out = [list(t) for t in tags]
    mentions: list[tuple[int, int, int, str, tuple[str, ...], float]] = []
    for i, (sent_tags, sent_stems, sent_margins) in enumerate(zip(tags, stems, margins, strict=True)):
        for a, b, label in bio_spans(sent_tags):
            mentions.append((i, a, b, label, tuple(sent_stems[a:b]), min(sent_margins[a:b])))
    best: dict[tuple[str, ...], tuple[float, str]] = {}
    for _, _, _, label, key, margin in mentions:
        keys = [key]
        if label == "PER":
            keys += [key[k:] for k in range(1, len(key)) if len(key[-1]) >= 3]
        for k in keys:
            if k not in best or margin > best[k][0]:
                best[k] = (margin, label)
    for i, a, b, label, key, margin in mentions:
        top = best.get(key)
        if top is not None and top[1] != label and top[0] > margin:
            out[i][a:b] = ["B-" + top[1]] + ["I-" + top[1]] * (b - a - 1)
    return out


def _stem_start(token: Token, model: NerModel) -> int:
    """Where an entity that begins with ``token`` starts: after the token's proclitics."""
    if token.kind != "word":
        return token.start
    known = model.extract.known
    segs = token.segments
    if len(segs) > 1 and segs[0].role == "proclitic":
        # Trust the segmenter for و ف ب ل ك (never the future س: names take no verb prefix),
        # unless the whole word is better known than what is left («برلين» is not ب + «رلين»).
        k = 0
        while k < len(segs) - 1 and segs[k].role == "proclitic" and normalize(segs[k].form) in _NAME_PROCLITICS:
            k += 1
        if k:
            rest = normalize("".join(seg.form for seg in segs[k:]))
            if known.get(rest, 0) >= known.get(token.norm, 0):
                return segs[k].start
        return token.start
    pre, _ = split_proclitic(token.norm, known)
    if not pre:
        return token.start
    # Skip as many letters of the original text as the proclitic has (marks and tatweel ride along).
    text = token.text
    k = 0
    for i, ch in enumerate(text):
        if normalize(ch):
            if k == len(pre):
                return token.start + i
            k += 1
    return token.start


def _chunks(doc: Document, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Token index ranges to tag one at a time: the sentences when there are some, else the text."""
    if not doc.has_layer("sentences") or not doc.sentences or not tokens:
        return [(0, len(tokens))] if tokens else []
    ranges = []
    i = 0
    n = len(tokens)
    for sent in doc.sentences:
        j = i
        while j < n and tokens[j].start < sent.end:
            j += 1
        if j > i:
            ranges.append((i, j))
        i = j
    if i < n:
        ranges.append((i, n))
    return ranges


def entities_of(doc: Document, model: NerModel | None = None) -> tuple[Entity, ...]:
    """Tag the tokens of ``doc`` and return its entities, grouped (see :func:`group_mentions`)."""
    model = model or default_model()
    tokens: tuple[Token, ...] = doc.tokens
    text = doc.text
    found: list[Entity] = []
    chunks = _chunks(doc, tokens)
    tagged = model.tag_document([[t.text for t in tokens[lo:hi]] for lo, hi in chunks])
    for (lo, hi), (tags, margins) in zip(chunks, tagged, strict=True):
        sent = tokens[lo:hi]
        for first, last, label in bio_spans(tags):
            start = _stem_start(sent[first], model)
            end = sent[last - 1].end
            if start >= end:
                continue
            score = model.confidence(min(margins[first:last]))
            found.append(Entity(text[start:end], start, end, cast(EntityLabel, label), round(score, 4)))
    return group_mentions(found)


class EntityStage:
    """The ``entities`` stage: people, places, organisations and other names, with scores and groups."""

    name: ClassVar[str] = "entities"
    requires: ClassVar[tuple[str, ...]] = ("tokens",)
    provides: ClassVar[tuple[str, ...]] = ("entities",)
    uses: ClassVar[tuple[str, ...]] = ("sentences",)  # tags sentence by sentence when there are some
    trusted: ClassVar[bool] = True  # every span is a slice of the text between token offsets

    __slots__ = ("_model",)

    def __init__(self, model: NerModel | None = None) -> None:
        self._model = model

    @property
    def model(self) -> NerModel:
        """The tagger (the shipped one unless another was given), loaded on first use."""
        if self._model is None:
            return default_model()
        return self._model

    def __call__(self, doc: Document, /) -> Document:
        return doc.with_layer("entities", entities_of(doc, self.model), validate=False)

    def __getstate__(self) -> tuple[NerModel | None]:
        return (self._model,)

    def __setstate__(self, state: tuple[NerModel | None]) -> None:
        self._model = state[0]

    def __repr__(self) -> str:
        return "EntityStage()"
