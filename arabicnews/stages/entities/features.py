"""What the entity tagger sees of a word: its forms, shape, proclitic, gazetteer class and features.

:class:`FeatureExtractor` is shared by training, evaluation and the stage, so the three see exactly
the same features. Besides the words of the training data, the features know two tables shipped in
the model file: how frequent each word is in general Arabic text and how often it takes the article
(from wordfreq's word list), and what the training data tagged each stem as (``lexicon``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from attrs import frozen

from arabicnews.arabic.letters import restore_article
from arabicnews.core.normalize import normalize, normalize_word
from arabicnews.core.resources import read_table

GAZETTEER_FILE = "ner/gazetteer.tsv"

# Proclitic strings tried longest first. "لل" stands for ل + ال (the alef of the article is not
# written), so its remainder gets the article back.
_PREFIXES: tuple[str, ...] = (
    "وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل",
    "وب", "ول", "وك", "فب", "فل", "فك", "وس", "و", "ف", "ب", "ل", "ك",
)  # fmt: skip
_PREFIXES_BY_LETTER: dict[str, tuple[str, ...]] = {
    letter: tuple(p for p in _PREFIXES if p[0] == letter) for letter in dict.fromkeys(p[0] for p in _PREFIXES)
}
"""The proclitic strings by their first letter, longest first (a word tries only those of its own)."""


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
    prefixes = _PREFIXES_BY_LETTER.get(norm[0])
    if prefixes is None:
        return "", norm
    whole = vocab.get(norm, 0)
    for p in prefixes:
        if not norm.startswith(p):
            continue
        if p.endswith("ال"):
            if len(norm) - len(p) >= 2:
                return p[:-2], norm[len(p) - 2 :]
            continue
        if p.endswith("لل"):
            if len(norm) - len(p) >= 2:
                return p[:-1], restore_article(norm[len(p) - 1 :])
            continue
        rest = norm[len(p) :]
        if len(rest) >= 2 and vocab.get(rest, 0) > whole:
            return p, rest
    return "", norm


class Gazetteer:
    """Name lists and trigger words, matched on clitic-stripped normalised words.

    Each entry has a class (``LOC``, ``PER``, ``ORG``, ``MISC`` for the hand-written names; ``T-PER``,
    ``T-LOC``, ``T-ORG`` for trigger words such as «الرئيس», «مدينة», «وكالة»; ``GEO`` and ``NAME``
    for the places and person names of the lists built from packages; ``ORGL`` for the hand-written
    list of organisation names); a multi-word entry marks its first word ``B-`` and the others ``I-``.
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
        return cls((cls_, phrase) for name in files for cls_, phrase in read_table(name, 2))

    def tag(self, stems: Sequence[str], norms: Sequence[str] | None = None) -> list[str]:
        """A gazetteer class per word (``""`` when none), longest match first.

        The first word of an entry is matched on ``stems`` (proclitics off: «بسوريا», «لمكسيكو»),
        the others on ``norms`` (the words as written: «لحقوق» in «المرصد السوري لحقوق الإنسان»).
        """
        norms = stems if norms is None else norms
        out = [""] * len(stems)
        entries, first = self.entries, self.first
        n = len(stems)
        free = 0  # the first word not inside a match
        # Only the words that start an entry are tried (about one in five of news text).
        for i in [i for i, stem in enumerate(stems) if stem in first]:
            if i < free:
                continue
            head = stems[i]
            for k in range(min(first[head], n - i), 0, -1):
                cls = entries.get((head, *norms[i + 1 : i + k]))
                if cls is not None:
                    out[i] = cls if k == 1 else "B-" + cls
                    for j in range(i + 1, i + k):
                        out[j] = "I-" + cls
                    free = i + k
                    break
        return out


class FeatureExtractor:
    """Turns a sentence of words into one list of feature strings per word.

    The per-word part is cached, so the common words of news text cost one dictionary look-up.
    """

    __slots__ = ("_cache", "gazetteer", "known", "lexicon", "names", "vocab", "zipf")

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
        names = gazetteer.name_words()
        for word in names:
            known[word] = max(known.get(word, 0), 3)
        self.known: Mapping[str, int] = known
        self.names: frozenset[str] = frozenset(names)
        """The first words of the names of the lists (an entity starting with one keeps all its letters)."""
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

    def forms(self, word: str) -> tuple[str, str, str, str, str]:
        """The forms a raw word's features are made of: normalised, proclitic, stem, shape and rarity.

        The entity tagger's compiled loops (``_fastner.word_record``) make the feature strings of
        :meth:`_make_info` from these, so the rules that decide them stay here, in one place.
        """
        norm = normalize_word(word)  # the tokens stage has just asked for the same word's form
        pre, stem = split_proclitic(norm, self.known)
        shape = word_shape(norm)
        rare = "1" if norm not in self.vocab and stem not in self.vocab else "0"
        return norm, pre, stem, shape, rare

    def _make_info(self, word: str) -> WordInfo:
        local: tuple[str, ...]
        if word in ("<s>", "</s>"):
            norm = stem = word
            pre, shape, rare, local = "", "", "0", ()
        else:
            norm, pre, stem, shape, rare = self.forms(word)
            core = stem[2:] if stem.startswith("ال") and len(stem) > 4 else stem
            # _fastner.c's word_record makes these same strings in this order: change both together
            # (tests/test_ner_native.py compares every record of the two).
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
    """Per word, the trigger class seen within the last four words and how many words between (``"9"``: none).

    ``gaz`` is the gazetteer class of each word (:meth:`Gazetteer.tag`); «الرئيس» (``T-PER``) then
    «فلاديمير» gives ``T-PER0`` at «فلاديمير», ``T-PER1`` at the word after it.
    """
    # Most words have no trigger in the four words before them: "9" is written everywhere, then
    # the class and age (0 to 3) of the four words after each trigger, the triggers in order (a
    # later one overwrites what an earlier one wrote after it, as it restarts the count): the same
    # strings as counting word by word, which cost a string concatenation a word.
    n = len(gaz)
    out = ["9"] * n
    for i in [i for i, g in enumerate(gaz) if g.startswith("T-")]:
        g = gaz[i]
        for after in range(1, min(5, n - i)):
            out[i + after] = g + _AGES[after - 1]
    return out


_AGES = ("0", "1", "2", "3")


__all__ = [
    "GAZETTEER_FILE",
    "FeatureExtractor",
    "Gazetteer",
    "WordInfo",
    "pair_features",
    "split_proclitic",
    "trigger_states",
    "word_shape",
]
