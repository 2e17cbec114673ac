"""The entity tagger's model: an averaged structured perceptron over BIO tags, in pure Python.

Where the optional C extension is built, its twins of the hot loops run instead
(:mod:`~arabicnews.core._native`; the same doubles, so the same tags and scores).

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
from operator import add
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from arabicnews.core._native import NATIVE, untracked
from arabicnews.core.errors import PipelineError
from arabicnews.core.resources import data_path
from arabicnews.core.stored import PackedInts, PackedWeights
from arabicnews.stages.entities.bio import MAX_NAME_WORDS
from arabicnews.stages.entities.features import (
    GAZETTEER_FILE,
    FeatureExtractor,
    Gazetteer,
    trigger_states,
)
from arabicnews.stages.entities.postprocess import POSTPROCESSING, WITHIN_SENTENCE, Tagging, postprocess

if TYPE_CHECKING:
    from arabicnews.stages.entities.records import RecordStore

MODEL_FILE = "ner/model.json.gz"
AQMAR_MODEL_FILE = "ner/model_aqmar.json.gz"
"""The same training run's weights merged for AQMAR-style text (Wikipedia articles), not news: see docs/entities.md."""
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


_Weights = tuple[tuple[int, float], ...]
"""A feature's weights: (label index, weight) pairs."""


def _rise(scores: Sequence[float]) -> float:
    """How far the best label but ``O`` scores above ``O``: the most part of a word's scores adds to a label's lead."""
    # The same value as max(s - o for s in scores[1:]): subtracting o keeps the order of the scores.
    return max(scores[1:]) - scores[0]


class _Pair(NamedTuple):
    """A stem-pair feature's weights, dense (one per label, 0.0 where it has none), and their :func:`_rise`."""

    dense: tuple[float, ...]
    rise: float


def _pair(wl: _Weights) -> _Pair:
    dense = [0.0] * len(LABELS)
    for y, w in wl:
        dense[y] += w
    return _Pair(tuple(dense), _rise(dense))


def _maybe_pair(wl: _Weights | None) -> _Pair | None:
    return None if wl is None else _pair(wl)


_NO_PAIRS: Mapping[str, _Pair] = {}
_NO_US: tuple[_Pair | None, _Pair | None] = (None, None)
_ZERO = 0.0
_ZEROS = array("d", [0.0] * len(LABELS))
"""The sum of no weights (shared by the word types: never written to)."""
_UNSCORED: list[float] = []
"""The scores of a word that can only be ``O`` (never read)."""


_LABEL_RANGE = range(len(LABELS))


def _summed_row(
    own: Sequence[float],
    before: Sequence[float],
    after: Sequence[float],
    two_before: Sequence[float],
    two_after: Sequence[float],
    combo: Sequence[float],
) -> list[float]:
    """``own + before + after + two_before + two_after + combo`` label by label, added left to right.

    A part that is the shared :data:`_ZEROS` (a word that lends nothing two words away) is left
    out: adding 0.0 leaves a sum as it was (no sum of weights is -0.0, as each starts at 0.0).
    """
    if two_before is _ZEROS and two_after is _ZEROS:
        return [a + b + c + f for a, b, c, f in zip(own, before, after, combo, strict=True)]
    return [
        a + b + c + d + e + f for a, b, c, d, e, f in zip(own, before, after, two_before, two_after, combo, strict=True)
    ]


def _admit(row: list[float], t: int, gap: float, cands: list[list[int]], needs: list[tuple[int, list[int]]]) -> None:
    """Append word ``t``'s candidate labels (those within ``gap`` of ``O``) to ``cands``.

    An ``I-X`` kept on its own score at a word after the first is noted in ``needs``, so that the
    word before it can be opened to ``B-X`` and ``I-X``.
    """
    floor = row[0] - gap
    if max(row[1:]) < floor:  # only O (most words): one C-level pass
        cands.append([0])
        return
    kept = [y for y in _LABEL_RANGE if row[y] >= floor]
    cands.append(kept)
    need = [y for y in kept if _INSIDE[y]]
    if need and t:
        needs.append((t, need))


def _pair_tables(weights: Mapping[str, _Weights], prefix: str) -> dict[str, dict[str, _Pair]]:
    """The weights of the stem-pair features ``prefix + a + "|" + b``, as ``{a: {b: pair}}``.

    A stem may hold a ``|`` itself: a feature is filed under every split at a ``|``, so that
    ``table[a][b]`` is exactly the weights of ``prefix + a + "|" + b``, as the feature strings are built.
    """
    tables: dict[str, dict[str, _Pair]] = {}
    cut = len(prefix)
    for feat, wl in weights.items():
        if not feat.startswith(prefix):
            continue
        pair, dense = feat[cut:], _pair(wl)
        k = pair.find("|")
        while k >= 0:
            tables.setdefault(pair[:k], {})[pair[k + 1 :]] = dense
            k = pair.find("|", k + 1)
    return tables


def _weight_pairs(flat_weights: Mapping[str, Sequence[Any]]) -> dict[str, _Weights]:
    """A model file's weights, ``{feature: [label, weight, label, weight, ...]}``, as (label, weight) pairs."""
    weights: dict[str, _Weights] = {}
    for feat, flat in flat_weights.items():
        weights[feat] = tuple(zip(map(int, flat[0::2]), map(float, flat[1::2]), strict=True))
    return weights


class _WordType(NamedTuple):
    """A word type as the tagger keeps it: forms, rarity, and the summed weights of its features.

    ``own`` sums the word's own features; ``before`` … ``two_after`` the features it gives the word
    it stands before, after, two before and two after (``WordInfo.roles``); ``rise_own`` …
    ``rise_two_after`` are their :func:`_rise`.
    """

    norm: str
    stem: str
    rare: str
    own: array[float]
    before: array[float]
    after: array[float]
    two_before: array[float]
    two_after: array[float]
    rise_own: float
    rise_before: float
    rise_after: float
    rise_two_before: float
    rise_two_after: float
    us: tuple[_Pair | None, _Pair | None]
    """The feature ``us-1=0|stem`` and ``us-1=1|stem`` (what this word says of a common or rare word after it)."""
    ss_prev: Mapping[str, _Pair]
    """Per stem after this word's, the feature ``ss-1=stem|next`` (a feature of the word after)."""
    ss_next: Mapping[str, _Pair]
    """Per stem after this word's, the feature ``ss+1=stem|next`` (a feature of this word)."""


class _StoredType(NamedTuple):
    """A word type whose record is in the store of entity records (:mod:`~arabicnews.stages.entities.records`):
    its forms and rarity as :class:`_WordType` has them, its row in the store (whose doubles the C
    extension reads in place) and its stem-pair rows. :meth:`NerModel._full` gives its :class:`_WordType`."""

    norm: str
    stem: str
    rare: str
    row: int
    ss_prev: Mapping[str, _Pair]
    ss_next: Mapping[str, _Pair]


_Typed = _WordType | _StoredType
"""A word type in the tagger's cache."""

_RECORD_KIT = (_WordType, _Pair, _ZEROS, _ZERO, _NO_US, _NO_PAIRS)
"""What ``_fastner.word_record`` makes a record with: the record's type, the pairs' type, and the shared values."""


def _lookup_table(weights: Mapping[str, _Weights]) -> object:
    """What ``_fastner.word_record`` looks the features up in: the stored table of weights read
    from the built model (:class:`~arabicnews.core.stored.PackedWeights`), else the weights
    dict laid out for look-ups (the same values; a dict with anything else in it gets None, and its
    own look-ups; made on the first record, not at load: only a model that meets new words pays for
    it), else ``False``."""
    if isinstance(weights, PackedWeights):
        return weights.table
    build = getattr(NATIVE, "weight_table", None)
    return (build(weights) if build is not None and type(weights) is dict else None) or False


class NerModel:
    """The loaded tagger: feature weights, transitions, vocabulary, gazetteer and calibration.

    ``outside_bias`` is added to the score of ``O`` at every word; the training command tunes it on
    development data (a perceptron trained to convergence is cautious, and a small negative bias buys
    recall for less precision than it costs).
    """

    __slots__ = (
        "_combos",
        "_from",
        "_native",
        "_outside_bias",
        "_prev",
        "_scale",
        "_ss_next",
        "_ss_prev",
        "_start",
        "_store",
        "_table",
        "_to",
        "_trans",
        "_types",
        "calibration",
        "extract",
        "gazetteer",
        "prune",
        "vocab",
        "weights",
    )

    weights: Mapping[str, _Weights]
    """``{feature: ((label, weight), ...)}``: a dict, or as read from the built model
    (:class:`~arabicnews.core.stored.PackedWeights`)."""

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
        # Whether to use the compiled loops (_native.NATIVE) when they are built, as they are for a
        # plain dict of weights; False: the Python loops below, which stay the reference (the same
        # doubles either way). A flag, not the module, so that a model pickles.
        self._native = type(weights) is dict
        self._types: dict[str, _Typed] = {}
        # The store of entity records (records.py), attached by load() to the shipped model: None, none.
        self._store: RecordStore | None = None
        # _fastner.weight_table(weights), made on the first record (None: not yet; False: none to be had)
        self._table: object = None
        self._combos: dict[tuple[str, str, str, str], tuple[list[float], float]] = {}
        self._outside_bias = outside_bias
        self._start, self._prev = _build_transitions(transitions)
        n = len(LABELS)
        self._trans = [[_NEG] * n for _ in range(n)]
        for y, allowed in enumerate(self._prev):
            for p, w in allowed:
                self._trans[p][y] = w
        # Per tuple of candidate labels, per label y: the transitions from each candidate to y
        # (``_from``) and from y to each candidate (``_to``), for the Viterbi steps' C-level sums.
        self._from: dict[tuple[int, ...], list[tuple[float, ...]]] = {}
        self._to: dict[tuple[int, ...], list[tuple[float, ...]]] = {}
        tables = getattr(NATIVE, "pair_tables", None) if self._native else None
        if tables is not None:  # the same tables built in C (start-up: about 44,000 pairs)
            self._ss_prev = tables(weights, "ss-1=", _Pair)
            self._ss_next = tables(weights, "ss+1=", _Pair)
        else:
            self._ss_prev = _pair_tables(weights, "ss-1=")
            self._ss_next = _pair_tables(weights, "ss+1=")
        self._untrack_tables()
        # The largest weight: rounding in sums of weights is a tiny fraction of it.
        self._scale = max((abs(w) for wl in weights.values() for _, w in wl), default=0.0)
        used = [w for allowed in self._prev for _, w in allowed] + [w for w in self._start if w > _NEG]
        # Twice the range would make pruning provably exact; the range alone plus a little gave the
        # same entities as exact decoding on 400 news articles (8,373 entities) and saves a quarter.
        self.prune = max(used) - min(used) + 10.0

    def __getstate__(self) -> dict[str, object]:
        # The weight table and the store are C memory, not picklable: an unpickled model makes its
        # own table and has no store (and so none of the cache's stored word types).
        state = {name: getattr(self, name) for name in self.__slots__ if name not in ("_table", "_store")}
        state["_types"] = {w: t for w, t in self._types.items() if type(t) is _WordType}
        return state

    def __setstate__(self, state: dict[str, object] | tuple[None, dict[str, object]]) -> None:
        if isinstance(state, tuple):  # pickled before __getstate__ existed: (None, slots)
            state = state[1]
        self._store = None
        for name, value in state.items():
            setattr(self, name, value)
        self._table = None
        self._untrack_tables()

    def _untrack_tables(self) -> None:
        """Take the stem-pair tables and the name words off the cyclic collector's lists
        (:func:`~arabicnews.core._native.untracked`): 37,000 of the 39,000 containers a load adds."""
        untracked(self._ss_prev)
        untracked(self._ss_next)
        untracked(self.extract.names)

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
        flat_weights = data["weights"]
        build = getattr(NATIVE, "weight_pairs", None)  # None: not built (or built before it had this)
        weights: dict[str, tuple[tuple[int, float], ...]]
        if build is not None and type(flat_weights) is dict:  # the same loop in C, a fifth of the time
            weights = build(flat_weights)
        else:
            weights = _weight_pairs(flat_weights)
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
    def load(cls, name: str = MODEL_FILE) -> NerModel:
        """A model shipped in the package: the default one, or another (:data:`AQMAR_MODEL_FILE`).

        With msgspec installed (the ``fast`` extra) its JSON is decoded by msgspec, in about half
        the time: the same values (every weight the same double; a test compares the two decoders
        on the shipped file). Faster still, the model built from that JSON is read from its pickle
        (``ner/model.pickle``, :mod:`~arabicnews.stages.entities.pack`) when that was built from
        the same JSON file.
        """
        from arabicnews.stages.entities.pack import load_built
        from arabicnews.stages.entities.records import load_store

        built = load_built(name)
        model = built if built is not None else cls.load_json(name)
        model._store = load_store(name)
        return model

    @classmethod
    def load_json(cls, name: str = MODEL_FILE) -> NerModel:
        """A model shipped in the package, read from its JSON (the source of truth), not from the
        built form :meth:`load` reads when it is up to date (:mod:`~arabicnews.stages.entities.pack`)."""
        with data_path(name).open("rb") as fh, gzip.open(fh) as raw:
            return cls.from_dict(_decode_json(raw.read()))

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

    def _record_model(self) -> tuple[object, ...] | None:
        """What ``_fastner.word_record`` reads of the model: the weights, the frequency bands (a
        dict, or the built model's packed map), the lexicon, the stem-pair tables and the table the
        weights are looked up in (made on the first record); ``None`` when the bands or the
        lexicon are not what it reads."""
        extract = self.extract
        zipf, lexicon = extract.zipf, extract.lexicon
        bands = zipf.table if isinstance(zipf, PackedInts) else zipf if type(zipf) is dict else None
        if bands is None or type(lexicon) is not dict:
            return None
        table = self._table
        if table is None:
            table = self._table = _lookup_table(self.weights)
        return (self.weights, bands, lexicon, self._ss_prev, self._ss_next, table)

    def _full(self, t: _Typed) -> _WordType:
        """The :class:`_WordType` of a cached word type (a stored one's, read from the store)."""
        if type(t) is _WordType:
            return t
        if NATIVE is None or self._store is None:
            raise PipelineError("a stored word type without its store of entity records")
        got: _WordType = NATIVE.stored_record(self._store.records, t, _RECORD_KIT)
        return got

    def _word(self, word: str) -> _Typed:
        """What tagging needs of a word type, cached: its stem, rarity and summed feature weights.

        The feature strings themselves are not kept (:meth:`FeatureExtractor.info` caches them for
        training), and the five sums are arrays of doubles: about 1 KB a word type instead of 4, which
        is what a long text's hundred thousand word types cost. A word of the store of entity
        records (:mod:`~arabicnews.stages.entities.records`, with the C extension) is cached as a
        :class:`_StoredType`, whose sums the extension reads in the store (about 100 bytes).
        """
        got: _Typed | None = self._types.get(word)
        store = self._store
        if got is None and store is not None and self._native and NATIVE is not None:
            kit = (_StoredType, self._ss_prev, self._ss_next, _NO_PAIRS)
            got = NATIVE.stored_type(store.keys, store.records, word, kit)
            if got is not None:
                if len(self._types) > 200_000:
                    self._types.clear()
                self._types[word] = got
        if got is None and self._native and word != "<s>" and word != "</s>":
            record = getattr(NATIVE, "word_record", None)  # None: not built (or built before it had this)
            model = self._record_model() if record is not None else None
            if record is not None and model is not None:
                # All of this branch's Python below, from the word's forms, in C (the same doubles).
                got = record(model, _RECORD_KIT, *self.extract.forms(word))
                if len(self._types) > 200_000:
                    self._types.clear()
                self._types[word] = got
        if got is None:
            info = self.extract._make_info(word)
            stem, weights = info.stem, self.weights
            get, n = weights.get, len(LABELS)
            # The five sums of _sum, in one loop (a call per sum cost as much as its additions).
            # Most words lend nothing two words away: a sum no feature adds to is one shared
            # array of zeros, with the shared rise 0.0.
            vectors: list[array[float]] = []
            rises: list[float] = []
            native = NATIVE if self._native and type(weights) is dict else None
            if native is not None:  # the same loop in C (_fastner.word_sums)
                sums = native.word_sums(weights, (info.local, *info.roles), _ZEROS, _ZERO)
                vectors, rises = list(sums[:5]), list(sums[5:])
            for feats in () if native is not None else (info.local, *info.roles):
                scores: list[float] | None = None
                for wl in map(get, feats):
                    if wl is not None:
                        if scores is None:
                            scores = [0.0] * n
                        for y, w in wl:
                            scores[y] += w
                if scores is None:
                    vectors.append(_ZEROS)
                    rises.append(_ZERO)
                    continue
                vectors.append(array("d", scores))
                rise = max(scores[1:]) - scores[0]  # as _rise
                rises.append(_ZERO if rise == 0.0 else rise)
            own, before, after, two_before, two_after = vectors
            us = (_maybe_pair(weights.get("us-1=0|" + stem)), _maybe_pair(weights.get("us-1=1|" + stem)))
            got = _WordType(
                info.norm,
                stem,
                info.rare,
                own,
                before,
                after,
                two_before,
                two_after,
                rises[0],
                rises[1],
                rises[2],
                rises[3],
                rises[4],
                _NO_US if us == _NO_US else us,
                self._ss_prev.get(stem, _NO_PAIRS),
                self._ss_next.get(stem, _NO_PAIRS),
            )
            if len(self._types) > 200_000:
                self._types.clear()
            self._types[word] = got
        return got

    def _combo(self, key: tuple[str, str, str, str]) -> tuple[list[float], float]:
        """The summed weights of a word's gazetteer classes and trigger state (and :attr:`outside_bias`), cached.

        ``key`` is the classes of the word before, the word and the word after, and the trigger
        state; the second value is the sum's :func:`_rise`.
        """
        got = self._combos.get(key)
        if got is None:
            scores = self._add(
                [self.outside_bias] + [0.0] * (len(LABELS) - 1),
                ("g=" + key[1], "g-1=" + key[0], "g+1=" + key[2], "tr=" + key[3]),
            )
            got = self._combos[key] = (scores, _rise(scores))
        return got

    def _context(self, words: Sequence[str]) -> tuple[list[_Typed], list[_Typed], list[tuple[str, str, str, str]]]:
        """The word types of ``words``, the same with two sentence ends each side, and the :meth:`_combo` keys."""
        types = self._types
        infos = [types.get(w) or self._word(w) for w in words]
        gaz = ["", *self.extract.gazetteer.tag([i.stem for i in infos], [i.norm for i in infos]), ""]
        start, end = self._word("<s>"), self._word("</s>")
        keys = [(gaz[i], gaz[i + 1], gaz[i + 2], t) for i, t in enumerate(trigger_states(gaz[1:-1]))]
        return infos, [start, start, *infos, end, end], keys

    @staticmethod
    def _row(vecs: Sequence[_WordType], i: int, combo: Sequence[float]) -> list[float]:
        """The scores of word ``i`` (``vecs`` has two sentence ends on each side; ``combo``: its :meth:`_combo`)."""
        prev, cur, after = vecs[i + 1], vecs[i + 2], vecs[i + 3]
        row = _summed_row(cur.own, prev.before, after.after, vecs[i].two_before, vecs[i + 4].two_after, combo)
        # The stem pairs, in the order of pair_features: us-1, ss-1, ss+1. (Adding 0.0 for the
        # labels a feature has no weight for leaves a score as it was.)
        pair = prev.us[cur.rare == "1"]
        if pair is not None:
            row = list(map(add, row, pair.dense))
        pair = prev.ss_prev.get(cur.stem)
        if pair is not None:
            row = list(map(add, row, pair.dense))
        pair = cur.ss_next.get(after.stem)
        if pair is not None:
            row = list(map(add, row, pair.dense))
        return row

    def sentence_emissions(self, words: Sequence[str]) -> tuple[list[list[float]], list[str]]:
        """:meth:`emissions` of :meth:`FeatureExtractor.analyse`'s features, computed faster.

        A word's own features and those it lends its neighbours are summed once per word type and
        cached, and so are the gazetteer and trigger features of each combination of classes (with
        :attr:`outside_bias`); only the stem pairs are looked up per position, in tables keyed by
        the stems. Returns the gazetteer classes too.
        """
        _, typed, keys = self._context(words)
        vecs = list(map(self._full, typed))
        combos, row = self._combos, self._row
        emit = [row(vecs, i, (combos.get(key) or self._combo(key))[0]) for i, key in enumerate(keys)]
        return emit, [key[1] for key in keys]

    def _tag_words(self, words: Sequence[str]) -> tuple[list[int], list[float], list[str], list[_Typed]]:
        """:meth:`decode` of :meth:`sentence_emissions`, and the word types, scoring only the words that need it.

        A word's scores are summed only when they may leave a label but ``O`` within :attr:`prune`
        of ``O``: the :func:`_rise` of the parts of its scores add up to a bound on how far any label
        can lead ``O``, and where that bound is below ``-prune`` (with room for rounding) the word
        is ``O``-only in :meth:`decode` whatever the exact scores, which then are never read. (That
        is about half of the words of news text; the others are scored and decoded as by
        :meth:`decode`, with the same sums, so tags and margins are the same.)
        """
        infos, typed, keys = self._context(words)
        gap = self.prune
        limit = -gap - 1e-6 * (1.0 + self._scale + abs(self._outside_bias))
        native = NATIVE if self._native else None
        store = self._store
        if native is not None:  # the loop below and the decoding in C (_fastner.tag)
            got = native.tag(
                typed,
                keys,
                self._combos,
                self._combo,
                self._trans,
                self._start,
                gap,
                limit,
                MAX_NAME_WORDS,
                _ZEROS,
                None if store is None else store.records,
            )
            if got is not None:  # (None: an entity too long for _decode_island; decoded below)
                return got[0], got[1], [key[1] for key in keys], infos
        vecs = cast(list[_WordType], typed) if store is None else list(map(self._full, typed))
        combos, row_of = self._combos, self._row
        inside = _INSIDE
        emit: list[list[float]] = []
        cands: list[list[int]] = []
        needs: list[tuple[int, list[int]]] = []
        for i, key in enumerate(keys):
            combo, rise = combos.get(key) or self._combo(key)
            prev, cur, after, far_prev, far_after = vecs[i + 1], vecs[i + 2], vecs[i + 3], vecs[i], vecs[i + 4]
            rise += (
                cur.rise_own + prev.rise_before + after.rise_after + far_prev.rise_two_before + far_after.rise_two_after
            )
            us, ss_prev, ss_next = prev.us[cur.rare == "1"], prev.ss_prev.get(cur.stem), cur.ss_next.get(after.stem)
            if us is not None:
                rise += us.rise
            if ss_prev is not None:
                rise += ss_prev.rise
            if ss_next is not None:
                rise += ss_next.rise
            if rise < limit:
                emit.append(_UNSCORED)
                cands.append([0])
                continue
            # As _row does.
            two_before, two_after = far_prev.two_before, far_after.two_after
            if two_before is _ZEROS and two_after is _ZEROS:  # as _summed_row, inline (most words)
                row = [a + b + c + f for a, b, c, f in zip(cur.own, prev.before, after.after, combo, strict=True)]
            else:
                row = _summed_row(cur.own, prev.before, after.after, two_before, two_after, combo)
            if us is not None:
                row = list(map(add, row, us.dense))
            if ss_prev is not None:
                row = list(map(add, row, ss_prev.dense))
            if ss_next is not None:
                row = list(map(add, row, ss_next.dense))
            emit.append(row)
            _admit(row, i, gap, cands, needs)
        for t, need in reversed(needs):
            self._open(cands[t - 1], need)
            if emit[t - 1] is _UNSCORED:  # now in a stretch to decode
                emit[t - 1] = row_of(vecs, t - 1, (combos.get(keys[t - 1]) or self._combo(keys[t - 1]))[0])
        cands[0] = [y for y in cands[0] if not inside[y]]
        path, margins = self._decode_stretches(emit, cands, gap, MAX_NAME_WORDS)
        return path, margins, [key[1] for key in keys], infos

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
        # Keep what is near O, open B-X and I-X before every I-X kept on its own score (not before
        # one opened that way, which would reopen the whole sentence), and drop I-X at the first word.
        cands: list[list[int]] = []
        needs: list[tuple[int, list[int]]] = []
        for t, row in enumerate(emit):
            _admit(row, t, gap, cands, needs)
        for t, need in reversed(needs):
            self._open(cands[t - 1], need)
        # (After that loop every I-X from the second word on has B-X and I-X before it.)
        cands[0] = [y for y in cands[0] if not inside[y]]
        return self._decode_stretches(emit, cands, gap, most)

    @staticmethod
    def _open(have: list[int], need: Iterable[int]) -> None:
        """Add to the candidates ``have`` of a word B-X and I-X for each I-X in ``need`` (those of the word after)."""
        for y in need:
            for q in (y - 1, y):  # B-X and I-X
                if q not in have:
                    have.append(q)
        have.sort()

    def _decode_stretches(
        self, emit: list[list[float]], cands: list[list[int]], gap: float, most: int
    ) -> tuple[list[int], list[float]]:
        """:meth:`decode` given each word's candidate labels (only the rows of words with more than one are read)."""
        # Where only O is left, every path goes through O: the words between two such places are
        # decoded on their own (an island), and the O-only words get label O and margin ``gap``.
        # (Constant scores common to all paths, such as O's own, cancel out of paths and margins.)
        n = len(emit)
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
        trans, into_of, onto_of = self._trans, self._from, self._to
        n = len(emit)
        # The sums are those of the textbook recurrences, term by term (alpha + transition,
        # transition + beta), made by map(add) over the transitions of the candidates.
        keys = [tuple(c) for c in cands[lo:hi]]
        rows = emit[lo:hi]
        first, e0 = self._start if lo == 0 else trans[cands[lo - 1][0]], rows[0]
        alpha = [first[y] + e0[y] for y in keys[0]]
        alphas = [alpha]
        for key, labels, et in zip(keys[:-1], keys[1:], rows[1:], strict=True):
            into = into_of.get(key) or self._select(key)
            alpha = [max(map(add, alpha, into[y])) + et[y] for y in labels]
            alphas.append(alpha)
        if hi == n:
            beta = [0.0] * len(keys[-1])
        else:
            after_label = cands[hi][0]
            beta = [trans[y][after_label] for y in keys[-1]]
        last = hi - lo - 1
        for j in range(last, -1, -1):
            labels = keys[j]
            if j < last:
                nk, et = keys[j + 1], rows[j + 1]
                after = [et[q] + b for q, b in zip(nk, beta, strict=True)]
                onto = onto_of.get(nk) or self._select(nk, True)
                beta = [max(map(add, onto[y], after)) for y in labels]
            scores = list(map(add, alphas[j], beta))
            top = max(scores)
            k = scores.index(top)
            path[lo + j] = labels[k]
            scores[k] = _NEG
            margins[lo + j] = top - max(scores)

    def _select(self, labels: tuple[int, ...], onto: bool = False) -> list[tuple[float, ...]]:
        """Per label y, the transitions from each of ``labels`` to y (or from y to each), cached."""
        trans = self._trans
        n = len(LABELS)
        if onto:
            got = self._to[labels] = [tuple(trans[y][q] for q in labels) for y in range(n)]
        else:
            got = self._from[labels] = [tuple(trans[p][y] for p in labels) for y in range(n)]
        return got

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
                path, margins, gaz, infos = self._tag_words(words)
            else:
                path, margins, gaz, infos = [], [], [], []
            tagging.tags.append([LABELS[y] for y in path])
            tagging.margins.append(margins)
            tagging.gaz.append(gaz)
            tagging.stems.append([i.stem for i in infos])
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


def _decode_json(raw: bytes) -> Any:
    """A JSON document, decoded by msgspec when it is installed (faster), else by :mod:`json`."""
    try:
        import msgspec
    except ImportError:
        return json.loads(raw)
    return msgspec.json.decode(raw)


@cache
def default_model() -> NerModel:
    """The shipped model, loaded once on first use."""
    return NerModel.load()


SHIPPED_MODELS: dict[str, str] = {"default": MODEL_FILE, "aqmar": AQMAR_MODEL_FILE}
"""The models shipped in the package by the name ``EntityStage(model=...)`` takes: ``default`` (for
news) and ``aqmar`` (AQMAR's conventions, for Wikipedia-like text); see docs/entities.md."""


@cache
def shipped_model(name: str = "default") -> NerModel:
    """A model of :data:`SHIPPED_MODELS` by name, loaded once on first use."""
    if name not in SHIPPED_MODELS:
        raise PipelineError(f"no shipped entity model {name!r}; the names are: {', '.join(SHIPPED_MODELS)}")
    return default_model() if name == "default" else NerModel.load(SHIPPED_MODELS[name])


__all__ = ["AQMAR_MODEL_FILE", "LABELS", "MODEL_FILE", "SHIPPED_MODELS", "NerModel", "default_model", "shipped_model"]
