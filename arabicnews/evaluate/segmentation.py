"""The clitic segmenter on the QCRI WikiNews gold: its UD-style reading, the dev split, the scores.

The WikiNews segmentation gold (``../shared/data/wikinews_qcri_segmentation``, 18,300 words in
Farasa's ``+`` segments) is what the segmenter learns from: ``arabicnews/data/clitics/gold.tsv``
remembers each of its words with its split, its words are in ``counts.tsv``, and the clitic rates
come from it. A figure on all of it is therefore "seen in training".

The dev figure is a five-fold cross-validation over WikiNews (:func:`split_wikinews`): the words
are cut into ten contiguous blocks of about 1,600 words in file order (a few articles each; the
file does not mark its articles), and fold ``k`` holds out blocks ``k`` and ``k + 5``. Each fold is
scored by :func:`dev_model`, the shipped model with the held-out words taken out of what it knows:
their occurrences subtracted from the counts, only the other words remembered as gold, the clitic
rates counted on the other words. Every word is scored once, by a model that did not see it.
Every choice of the segmenter is made on this dev figure (``python -m arabicnews.evaluate tokens
--split dev``); UD Arabic-PUD is the test.

The shipped thresholds (``alpha``, ``beta``, ``min_stem``, ``backoff`` in ``params.json``) were
chosen before this split existed, by a grid over all of WikiNews; they are kept as they are.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

import regex
from attrs import evolve, frozen

from arabicnews.arabic.clitics import (
    PROCLITIC_SEQUENCES,
    Analysis,
    CliticModel,
    analyse_word,
    load_model,
    whole_words,
    word_key,
)
from arabicnews.arabic.letters import PROCLITIC_LETTERS, PRONOUN_ENCLITICS
from arabicnews.core.normalize import normalize
from arabicnews.evaluate.scores import precision_recall_f1

ARABIC_RUN = regex.compile(r"[\p{Arabic}&&\p{L}][\p{Arabic}\p{M}\u0640]*", regex.V1)
_PROCLITIC_LETTERS = frozenset(PROCLITIC_LETTERS + "س")  # and the future س, which the gold splits off too


def corpus_tokens(path: Path, sep: str | None) -> Iterator[str]:
    """The word of each non-blank line of a one-token-a-line corpus file (its last field, the
    label, split off at ``sep``, or at white space when ``None``)."""
    with path.open(encoding="utf-8-sig") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            parts = line.rsplit(sep, 1) if sep else line.rsplit(None, 1)
            yield parts[0]


GoldWord = tuple[str, bool, int, int]
"""A gold word: its normalised surface, whether it ends in ة, its proclitic and enclitic lengths."""

Surfaced = tuple[str, GoldWord]
"""A gold word as written and its :data:`GoldWord`."""

FOLDS = 5
"""The WikiNews words are cut into ten blocks in file order; fold ``k`` holds out blocks ``k`` and ``k + 5``."""


def wikinews_path(data_dir: Path) -> Path:
    """The WikiNews segmentation gold file in the data directory."""
    return data_dir / "wikinews_qcri_segmentation" / "WikiNews.pos.ref"


def read_wikinews_surfaces(data_dir: Path) -> list[Surfaced]:
    """The WikiNews gold words as written, each with its UD-style :data:`GoldWord`.

    Farasa splits every affix; here only the leading one-letter proclitics (و ف ب ل ك س) and a
    trailing pronoun (not a verb's subject suffix such as the ``نا`` of «قررنا», but the object ``نا``
    of an imperfect in ي: «يمكن+نا») count as clitics,
    and the article ``ال`` stays in the stem. ``ل+ال`` is written ``لل``, which the surface restores.
    """
    words: list[Surfaced] = []
    with wikinews_path(data_dir).open(encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 2:
                continue
            segs, tags = parts[0].split("+"), parts[1].split("+")
            if len(segs) != len(tags) or not ARABIC_RUN.fullmatch("".join(segs)):
                continue
            # The article stays in the stem; after the preposition ل it is written without its alef.
            for i in range(len(segs) - 2, -1, -1):
                if segs[i] == "ال" and tags[i] == "DET":
                    art = "ل" if i > 0 and segs[i - 1] == "ل" else "ال"
                    segs[i : i + 2] = [art + segs[i + 1]]
                    tags[i : i + 2] = [tags[i + 1]]
            n_pro = 0
            while n_pro < len(segs) - 1 and segs[n_pro] in _PROCLITIC_LETTERS and tags[n_pro] != "NOUN":
                n_pro += 1
            enc = ""
            if len(segs) - n_pro >= 1 and tags[-1] == "PRON" and segs[-1] in PRONOUN_ENCLITICS and len(segs) > 1:
                # Farasa splits every pronoun of a verb, the subject's too («أعلن+ت»); UD keeps the
                # subject نا of a past verb («طلبنا») but splits an object («يمكن+نا»): after an
                # imperfect of the third person (ي, its subject the prefix) نا is the object.
                subject = segs[-1] == "نا" and len(tags) > 1 and tags[-2] == "V" and not segs[-2].startswith("ي")
                if not subject:
                    enc = segs[-1]
            surface = "".join(segs)
            n_pro_chars = len(normalize("".join(segs[:n_pro])))
            words.append((surface, (normalize(surface), surface.endswith("ة"), n_pro_chars, len(normalize(enc)))))
    return words


def read_wikinews(data_dir: Path) -> list[GoldWord]:
    """The WikiNews gold words converted to UD-style clitics (see :func:`read_wikinews_surfaces`)."""
    return [gold for _, gold in read_wikinews_surfaces(data_dir)]


def split_wikinews(words: Sequence[Surfaced], fold: int) -> tuple[list[Surfaced], list[Surfaced]]:
    """The train and held-out parts of the WikiNews words for ``fold`` (0 to ``FOLDS - 1``)."""
    n = len(words)
    train: list[Surfaced] = []
    dev: list[Surfaced] = []
    for i, word in enumerate(words):
        (dev if (i * 2 * FOLDS // max(1, n)) % FOLDS == fold else train).append(word)
    return train, dev


def clitic_rates(gold: Sequence[GoldWord]) -> tuple[dict[str, float], dict[str, float]]:
    """How often each proclitic sequence and each enclitic attaches, relative to a bare word."""
    pro: Counter[str] = Counter()
    enc: Counter[str] = Counter()
    bare_imperfect = 0
    for word, _, n_pro, n_enc in gold:
        pro[word[:n_pro]] += 1
        enc[word[len(word) - n_enc :] if n_enc else ""] += 1
        bare_imperfect += n_pro == 0 and word[:1] in "يتنا"
    bare_pro, bare_enc = pro[""] or 1, enc[""] or 1
    # The future س attaches to imperfect verbs only: its rate is relative to the words it could
    # attach to. Add-half smoothing keeps a small rate for a clitic the gold never shows.
    pro_rates = {
        p: (pro[p] + 0.5) / (max(1, bare_imperfect) if p.endswith("س") else bare_pro) for p in PROCLITIC_SEQUENCES
    }
    enc_rates = {e: (enc[e] + 0.5) / bare_enc for e in PRONOUN_ENCLITICS}
    return pro_rates, enc_rates


def gold_memory(gold: Iterable[GoldWord]) -> dict[str, tuple[int, int]]:
    """Each gold word's majority split (the words of ``whole.txt`` left out)."""
    seen: dict[str, Counter[tuple[int, int]]] = defaultdict(Counter)
    for word, final_ta, n_pro, n_enc in gold:
        seen[word_key(word, final_ta)][(n_pro, n_enc)] += 1
    whole = whole_words()
    return {w: c.most_common(1)[0][0] for w, c in seen.items() if w not in whole}


def dev_model(train: Sequence[Surfaced], dev: Sequence[Surfaced], model: CliticModel | None = None) -> CliticModel:
    """``model`` (the shipped one by default) knowing nothing of the ``dev`` words.

    Their occurrences are subtracted from the counts (which hold each WikiNews word once per
    occurrence), only the ``train`` words are remembered, and the clitic rates are counted on them.
    """
    model = load_model() if model is None else model
    counts = dict(model.counts)
    for key, n in Counter(word_key(w, final_ta) for _, (w, final_ta, _, _) in dev).items():
        left = counts.get(key, 0) - n
        if left > 0:
            counts[key] = left
        else:
            counts.pop(key, None)
    train_gold = [g for _, g in train]
    pro_rates, enc_rates = clitic_rates(train_gold)
    return evolve(
        model, counts=counts, gold=gold_memory(train_gold), proclitic_rates=pro_rates, enclitic_rates=enc_rates
    )


@frozen
class SplitScores:
    """How well words are split: exact-split accuracy, segments (words F1) and split points.

    ``words`` counts segments as in the UD evaluation (a segment is right when both its ends are);
    ``points`` counts the cuts inside words. Each is ``(correct, system, gold)``.
    """

    total: int
    right: int
    words: tuple[int, int, int]
    points: tuple[int, int, int]

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def words_f1(self) -> float:
        c, s, g = self.words
        return precision_recall_f1(c, s, c, g)[2]

    @property
    def points_f1(self) -> float:
        c, s, g = self.points
        return precision_recall_f1(c, s, c, g)[2]

    def format(self, label: str) -> str:
        """One line: the label, word accuracy, words F1 and split-point P/R/F1, in percent."""
        c, s, g = self.points
        p, r, f = precision_recall_f1(c, s, c, g)
        return (
            f"{label}: {self.total} words, word accuracy {100 * self.accuracy:.2f}, words F1 {100 * self.words_f1:.2f},"
            f" split points P {100 * p:.2f} R {100 * r:.2f} F1 {100 * f:.2f}"
        )


def cuts(n: int, n_pro: int, n_enc: int) -> frozenset[int]:
    """The cut positions inside a word of ``n`` letters: one after each proclitic letter, one
    before the enclitic."""
    return frozenset(i for i in (*range(1, n_pro + 1), n - n_enc) if 0 < i < n)


def score_splits(pairs: Iterable[tuple[frozenset[int], frozenset[int], int]]) -> SplitScores:
    """Score ``(gold cuts, system cuts, word length)`` triples."""
    total = right = wc = ws = wg = pc = ps = pg = 0
    for gold, system, n in pairs:
        total += 1
        right += gold == system
        pc, ps, pg = pc + len(gold & system), ps + len(system), pg + len(gold)
        g_b, s_b = sorted({0, n, *gold}), sorted({0, n, *system})
        g_segs, s_segs = set(itertools.pairwise(g_b)), set(itertools.pairwise(s_b))
        wc, ws, wg = wc + len(g_segs & s_segs), ws + len(s_segs), wg + len(g_segs)
    return SplitScores(total, right, (wc, ws, wg), (pc, ps, pg))


def dev_pairs(
    words: Sequence[Surfaced], adjust: Callable[[CliticModel], CliticModel] | None = None
) -> Iterator[tuple[Surfaced, Analysis]]:
    """Every WikiNews word with the analysis of the model that did not see its fold.

    ``adjust`` changes each fold's model before it is used (a threshold under test).
    """
    base = load_model()
    for fold in range(FOLDS):
        train, dev = split_wikinews(words, fold)
        model = dev_model(train, dev, base)
        if adjust is not None:
            model = adjust(model)
        for word in dev:
            yield word, analyse_word(model, word[0])


def score_pairs(pairs: Iterable[tuple[Surfaced, Analysis]]) -> SplitScores:
    """Score words against their analyses."""
    return score_splits(
        (cuts(len(norm), n_pro, n_enc), cuts(len(norm), a.proclitic_len, a.enclitic_len), len(norm))
        for (_, (norm, _, n_pro, n_enc)), a in pairs
    )


def pair_errors(pairs: Iterable[tuple[Surfaced, Analysis]]) -> Counter[tuple[str, str, str]]:
    """The words split wrongly: ``(word, gold split, system split)`` with their counts, splits
    written with ``+``."""
    out: Counter[tuple[str, str, str]] = Counter()
    for (surface, (_, _, n_pro, n_enc)), a in pairs:
        if (a.proclitic_len, a.enclitic_len) != (n_pro, n_enc):
            out[(surface, _show(surface, n_pro, n_enc), _show(surface, a.proclitic_len, a.enclitic_len))] += 1
    return out


def _show(word: str, n_pro: int, n_enc: int) -> str:
    # Undiacritised WikiNews words: a normalised letter is a letter of the word.
    b = sorted({0, len(word), *cuts(len(word), n_pro, n_enc)})
    return "+".join(word[i:j] for i, j in itertools.pairwise(b))


def dev_scores(data_dir: Path, show: int = 0) -> tuple[SplitScores, SplitScores, list[str]]:
    """The dev figure (each fold scored by the model that did not see it) and the
    seen-in-training figure on all of WikiNews (the shipped model); with ``show``, the ``show``
    most frequent dev errors."""
    words = read_wikinews_surfaces(data_dir)
    pairs = list(dev_pairs(words))
    wrong = pair_errors(pairs).most_common(show) if show else []
    lines = [f"  {n}× {w}: gold {g}, system {s}" for (w, g, s), n in wrong]
    shipped = load_model()
    return score_pairs(pairs), score_pairs((w, analyse_word(shipped, w[0])) for w in words), lines
