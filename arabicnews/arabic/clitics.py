"""Clitic segmentation of Arabic words into proclitics, stem and pronoun enclitics.

A word splits into the proclitics و ف ب ل ك س (one segment per letter), the stem (with the article
ال, as Universal Dependencies keeps it) and a pronoun enclitic (ه ها هم هما هن ك كم كن ي ني نا).
Every segment covers real characters of the word; its ``form`` restores what the writing dropped:
the article's alef in «للأحياء» (ل + لأحياء, form الأحياء), the ta marbuta of «حكومته» (حكومت, form
حكومة + ه), the alef maqsura of «مستواه» (مستوا, form مستوى) and the alef of «كتبوه» (كتبو, form كتبوا).

Whether a word splits is decided with word frequencies, never with its first letter alone: a split
``p + s + e`` is taken when the stem ``s`` is a known word and the count the split predicts
(the rate at which ``p`` and ``e`` attach, times the stem's count) is large enough beside the count
of the whole word. So «والحكومة» splits (الحكومة is frequent), while «وزير», «بريطانيا» and «كانت»
do not («زير» and «ريطانيا» are unknown, and «كانت» is far more frequent than ك + «أنت» explains).
Words of the QCRI WikiNews gold take their gold split. The counts, rates and thresholds are data
files under ``arabicnews/data/clitics/`` built by ``python -m arabicnews.train clitics``.

Two rule tables decide: :data:`WORD_RULES` a word as a whole (the word lists, the gold, then the
counts) and :data:`SPLIT_RULES` each candidate split the counts would decide badly;
``arabicnews.explain(text, "tokens")`` names the rule that decided each word.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Literal

import regex
from attrs import evolve, field, frozen

from arabicnews.arabic.letters import CONJUNCTIONS, PREPOSITIONS, PROCLITIC_LETTERS, PRONOUN_ENCLITICS
from arabicnews.core import stored
from arabicnews.core._native import untracked
from arabicnews.core.normalize import NormalizedText, fold_compatibility, normalize
from arabicnews.core.resources import data_key, data_path, read_frequencies, read_lines, read_table, read_words
from arabicnews.core.rules import Rule, RuleTable, Trace, current_trace, tracing
from arabicnews.model.spans import Segment, SegmentRole

_FUTURE = "س"  # the future prefix, a proclitic of verbs only

PROCLITIC_SEQUENCES: tuple[str, ...] = (
    *PROCLITIC_LETTERS,
    _FUTURE,
    *(c + p for c in CONJUNCTIONS for p in PREPOSITIONS + _FUTURE),
)
"""The proclitic sequences, in normalised letters (a conjunction, then a preposition or future س):
و ف ب ل ك س, then وب ول وك وس فب فل فك فس, in that order (the first of two equal splits wins)."""

ENCLITICS = PRONOUN_ENCLITICS
"""The pronoun enclitics, in normalised letters (:data:`arabicnews.arabic.letters.PRONOUN_ENCLITICS`)."""

# After a bare preposition ل or ب the pronoun is the whole object: «له» is ل + ه. «لكن» (but) and
# «بي» (a letter name, «بي بي سي») are words, so those two pairs never split; a preposition takes
# ي, not the verb's ني («بني» is «sons of»).
_BARE_PREPOSITION: Mapping[str, frozenset[str]] = {
    "ل": frozenset(ENCLITICS) - {"كن", "ني"},
    "ب": frozenset(ENCLITICS) - {"ي", "كن", "ني"},
}
_IMPERFECT = frozenset("يتنا")  # the future س only comes before an imperfect verb
_ARTICLE_STEM = regex.compile(r"ال..")  # the article and at least two letters
_LAM_STEM = regex.compile(r"ل...")  # after the preposition ل: the article's lam and three letters
_CUT_CACHE_SIZE = 200_000
_TANWEEN_END = regex.compile(r"[\u064B-\u064D][\p{M}\u0640]*$")
_ACCUSATIVE_END = regex.compile(r"\u064B[\p{M}\u0640]*[اى]?[\p{M}\u0640]*$")  # «عداً», «عدًا»
_TANWEEN = frozenset("\u064b\u064c\u064d")
_HAMZA_ALEFS = frozenset("أإآ")
_HAMZA_MARKS = frozenset("\u0653\u0654\u0655")  # the combining madda, hamza above and hamza below

Restore = Literal["", "article", "ta", "alef_maqsura", "alef"]
"""Which dropped letter the stem's form restores: none, the article's alef after ل, the ta marbuta
written ت before an enclitic, the alef maqsura written ا before one, or the alef after a plural و."""


@frozen
class Analysis:
    """How a normalised word splits: the lengths of its proclitics and enclitic, what the stem restores.

    ``bare`` marks a word that is only a preposition and a pronoun («له», «بها»): the last
    proclitic letter is then the stem.
    """

    proclitic_len: int
    enclitic_len: int
    restore: Restore = ""
    bare: bool = False


NO_SPLIT = Analysis(0, 0)


@frozen
class CliticModel:
    """What the segmenter decides with: word counts, clitic attachment rates, gold words, thresholds.

    A split is taken when ``rate(p) * rate(e) * count(stem) >= alpha * count(word) + beta`` and the
    stem has been seen at least ``min_stem`` times (or, after a proclitic, begins with the article:
    its count is then ``backoff``). ``gold`` maps a word key (see :func:`word_key`)
    to its gold ``(proclitic length, enclitic length)``; the normalised words in ``whole`` never split
    (words that Universal Dependencies keeps whole, such as «كما» and «لكن»).
    """

    counts: Mapping[str, int]
    proclitic_rates: Mapping[str, float]
    enclitic_rates: Mapping[str, float]
    gold: Mapping[str, tuple[int, int]]
    whole: frozenset[str]
    alpha: float
    beta: float
    min_stem: int
    backoff: float = 0.0
    names: frozenset[str] = frozenset()
    """Table keys of the words of the person and place names shipped for the entity tagger."""
    function_words: frozenset[str] = frozenset()
    """Function words a listed «name» may still be a proclitic plus («بأنه», «لذلك»)."""
    rule_params: Mapping[str, float] = field(factory=dict)
    """The thresholds of the rules in :data:`SPLIT_RULES`, by name (see :data:`RULE_PARAMS`)."""
    letters: Mapping[str, float] = field(factory=dict)
    """How much more often each letter trigram occurs in transliterated names than in ordinary
    words (:func:`letter_table`); empty: no word looks foreign."""

    def param(self, name: str) -> float:
        """A rule threshold: from ``rule_params``, else its default in :data:`RULE_PARAMS`."""
        return self.rule_params.get(name, RULE_PARAMS[name])


_OFF = float("inf")

RULE_PARAMS: Mapping[str, float] = {
    "construct_ratio": _OFF,
    "subject_ratio": _OFF,
    "ta_min": _OFF,
    "object_min": _OFF,
    "name_stem_margin": 0.0,
    "name_enclitics": 0.0,
    "paradigm_ratio": _OFF,
    "paradigm_forms": 1.0,
    "article_min": _OFF,
    "article_noun_min": _OFF,
    "article_noun_share": 0.0,
    "article_noun_ratio": 0.0,
    "definite_min": _OFF,
    "definite_ratio": 1.0,
    "unseen_base_min": _OFF,
    "accusative_ratio": _OFF,
    "short_ratio": _OFF,
    "persons_min": _OFF,
    "foreign_min": _OFF,
    "foreign_margin": _OFF,
    "foreign_stem_max": _OFF,
    "foreign_article_min": _OFF,
    "foreign_unseen_min": _OFF,
    "foreign_unseen_margin": _OFF,
    "nisba_ta_ratio": _OFF,
    "construct_form_ratio": _OFF,
    "future_verb_min": _OFF,
    "foreign_verb_min": 0.0,
    "halves_min": _OFF,
    "you_min": 0.0,
    "name_noun_ratio": _OFF,
    "name_noun_min": _OFF,
    "name_other_pronoun": _OFF,
    "object_me_forms": _OFF,
    "plural_nun_min": _OFF,
    "construct_plural_min": _OFF,
    "lam_short_min": _OFF,
    "name_stem_noun_ratio": _OFF,
    "pronoun_ha_min": _OFF,
    "past_imperfect_min": _OFF,
    "lone_proclitic_ratio": _OFF,
    "possessive_ratio": _OFF,
    "possessive_nisba": 0.0,
    "nisba_keep_ratio": _OFF,
    "ordinary_unseen_max": -_OFF,
    "ordinary_unseen_margin": _OFF,
}
"""The defaults of the rule thresholds, each rule's off value (a model built without ``rule_params``,
as the base-threshold grid of ``python -m arabicnews.train clitics`` builds it, decides with the
counts alone); ``params.json`` ("rules") holds the values chosen on dev."""


def word_key(norm: str, final_ta: bool) -> str:
    """The key of a normalised word in the counts and gold tables: a final ة is kept apart from ه.

    Normalisation folds ة into ه so that Egyptian «الحكومه» meets «الحكومة»; the tables keep a
    final ة so that «بلدية» (ب + «لدية»?) is not taken for ب + «لديه».
    """
    return norm[:-1] + "ة" if final_ta and norm.endswith("ه") else norm


_MARKS_AT_END = regex.compile(r"[\p{M}\u0640]+$")


def count_key(word: str) -> str:
    """The counts-table key of an Arabic word as written: normalised, with a final ة kept (see
    :func:`word_key`; marks and tatweel after it do not hide it)."""
    return word_key(normalize(word), _MARKS_AT_END.sub("", fold_compatibility(word)).endswith("ة"))


def _stem_evidence(
    get: Callable[[str, int], int], p: str, s: str, e: str, nun_min: float = _OFF
) -> tuple[Restore, int, int]:
    """The stem ``s``'s best evidence: what it restores and its count, and the count of ``s`` itself.

    ``s`` is already a table key (a final ة kept). The stem is looked up as written and as the
    forms below; the most frequent wins, the first of equal counts. ``nun_min``: how often a stem
    in و before a pronoun must be seen with the plural's ن to count it (``plural_nun_min``).
    """
    restore: Restore = ""
    s_count = best = get(s, 0)
    if not e and s[-1:] == "ه":
        n = get(s[:-1] + "ة", 0)  # an Egyptian final ه for ة
        if n > best:
            best, restore = n, ""
    if p[-1:] == "ل" and s[:1] == "ل":
        n = get("ا" + s, 0)
        if n > best:
            best, restore = n, "article"
    if len(s) >= 3:
        # Evidence that an unseen stem is a word: the noun seen with the article («تخزينها»: التخزين),
        # the imperfect verb seen in another person («سيسهم»: تسهم).
        if not s.startswith("ال"):
            n = get("ال" + s, 0)
            if n > best:
                best, restore = n, ""
        first = s[0]
        if first in "يتن":
            rest = s[1:]
            for c in "يتن":
                if c != first:
                    n = get(c + rest, 0)
                    if n > best:
                        best, restore = n, ""
        if e:  # «شاه» is no «شى» + ه
            last = s[-1]
            if last == "ت":
                n = get(s[:-1] + "ة", 0)
                if n > best:
                    best, restore = n, "ta"
            elif last == "ا":
                n = get(s[:-1] + "ي", 0)
                if n > best:
                    best, restore = n, "alef_maqsura"
            elif last == "و":
                n = get(s + "ا", 0)
                if n > best:
                    best, restore = n, "alef"
                # «يسحقوه», «مبدعوه», «يعطلوه»: the plural's ن falls before a pronoun in the
                # subjunctive and jussive and in the construct plural, so «يسحقون», «مبدعون» attest
                # the stem as the past plural in وا does («سألوا»). The form restored stays the one
                # above: the alef when the plural in وا is seen («يعتبروها»: «يعتبروا»). Only before
                # a pronoun in ه or ك: the plural's و takes ي as يّ («مبدعيّ»: «سيكوي» is no «سيكو» +
                # ي), and before نا, ني the ن may be the word's own («يكونا» is no «يكو» + نا).
                n = get(s + "ن", 0) if e[:1] in ("ه", "ك") else 0
                if n >= nun_min and n > best:
                    best = n
    return restore, best, s_count


def _restore_for(model: CliticModel, norm: str, n_pro: int, n_enc: int, final_ta: bool) -> Restore:
    p, s, e = norm[:n_pro], norm[n_pro : len(norm) - n_enc], norm[len(norm) - n_enc :]
    s = word_key(s, final_ta and not e)
    if not s:
        return ""
    nun_min = model.param("plural_nun_min") if e and s[-1] == "و" else _OFF
    restore, best, s_count = _stem_evidence(model.counts.get, p, s, e, nun_min)
    return restore if best > s_count else ""


@frozen
class SplitCandidate:
    """One way to split a word: proclitics ``p``, the stem's table key ``stem``, enclitic ``e``.

    ``word`` is the word's table key; ``stem_count`` the count the stem is credited with and
    ``expected`` the count the split predicts for the word; ``whole`` the word's own evidence.
    """

    model: CliticModel
    word: str
    p: str
    stem: str
    e: str
    stem_count: float
    expected: float
    whole: float
    accusative: bool = False
    """The word ends with the accusative tanween («بعداً»)."""
    unseen: bool = False
    """The stem is unseen (its count is the backoff) and does not begin with the article."""
    host: str = ""
    """The enclitic after the word when it is the stem of a longer word («بدايت» of «بدايتها»)."""
    inner: bool = False
    """The word is the stem of a longer word, split once more («كتبت» of «وكتبت»)."""
    hamza: bool = False
    """The stem is written with a hamza on its first letter («بأمان»: أمان)."""
    inner_hamza: bool = False
    """The stem is written with أ, إ or آ on its second or third letter («كرأس»: رأس)."""
    final_maqsura: bool = False
    """The word is written with a final ى («منى»)."""


LETTER_ORDER = 3
"""The letter n-grams of :func:`letter_table`: trigrams, a word padded with ``^^`` and ``$``."""

LETTER_ORDINARY = 30_000
"""How many of the most frequent words of the counts stand for ordinary words in :func:`letter_table`."""

_UNSEEN_GRAM = ""  # the key of a letter table's value for a trigram neither side has


def _letter_grams(word: str) -> list[str]:
    padded = "^" * (LETTER_ORDER - 1) + word + "$"
    return [padded[i : i + LETTER_ORDER] for i in range(len(padded) - LETTER_ORDER + 1)]


def letter_table(foreign: Iterable[str], ordinary: Iterable[str]) -> dict[str, float]:
    """The log ratio of each letter trigram's share among ``foreign`` words (transliterated names)
    to its share among ``ordinary`` words, add-half smoothed; the key ``""`` holds the value of a
    trigram neither side has. Each word counts once."""
    fgrams: Counter[str] = Counter()
    ograms: Counter[str] = Counter()
    for w in foreign:
        fgrams.update(_letter_grams(w))
    for w in ordinary:
        ograms.update(_letter_grams(w))
    vocab = len(fgrams.keys() | ograms.keys()) + 1
    f_total = sum(fgrams.values()) + 0.5 * vocab
    o_total = sum(ograms.values()) + 0.5 * vocab
    table = {
        g: math.log((fgrams[g] + 0.5) / f_total) - math.log((ograms[g] + 0.5) / o_total)
        for g in fgrams.keys() | ograms.keys()
    }
    table[_UNSEEN_GRAM] = math.log(0.5 / f_total) - math.log(0.5 / o_total)
    return table


def foreign_score(letters: Mapping[str, float], word: str) -> float:
    """How much a normalised word's letters look like a transliterated name: the mean log ratio of
    its trigrams in ``letters`` (:func:`letter_table`); above 0 more like a name, below more like
    an ordinary word («بيكون» 1.5, «يكون» -0.2)."""
    if not letters:
        return 0.0
    unseen = letters.get(_UNSEEN_GRAM, 0.0)
    grams = _letter_grams(word)
    return sum(letters.get(g, unseen) for g in grams) / len(grams)


REFUSE = 0.0
TAKE = float("inf")


_INNER_HAMZA_NOUN = 10
"""How often a remainder is seen with the article for :func:`_listed_name` to let a hamza inside it
override the name lists."""


def _listed_name(c: SplitCandidate) -> float | None:
    # A name of the shipped lists keeps its first letter: that the remainder exists («رايس»)
    # is no evidence that it is the word. The lists hold some prepositional phrases as «names»
    # («بأنه», «لذلك»): a function word after the proclitic still splits.
    if (
        c.p
        and c.word in c.model.names
        and c.stem not in c.model.function_words
        # «كأسهم», «بألم»: a hamza written after the proclitic shows the remainder is an Arabic word,
        # not the rest of a name whose letters the normalisation folds alike («بالم»); not a
        # remainder of two letters («سأل», «بأس»).
        and not (c.hamza and len(c.stem) >= 3)
        # «كرأس»: so does an alef with a hamza on the remainder's second or third letter (the
        # lists' «كراس» folded alike) when the remainder is a noun the sources see with the
        # article («الرأس»), not a verb («برأت», acquitted, is no ب + «رأت»); ئ and ؤ are left
        # out, as names write them («وائل»).
        and not (c.inner_hamza and len(c.stem) >= 3 and c.model.counts.get("ال" + c.stem, 0) >= _INNER_HAMZA_NOUN)
        # «بدوره» (in turn) is ب + «دور» + ه, not the name «بدور» (Budur) + ه: before a pronoun, a
        # remainder the sources see with the article much more often than the name is a common
        # noun. The name alone keeps its letters (a name of the lists never loses a proclitic).
        and not _common_noun_remainder(c)
    ):
        return REFUSE
    return None


def _common_noun_remainder(c: SplitCandidate) -> bool:
    """Whether the remainder after a listed name's proclitic, in a word split once already before a
    pronoun (``c.inner``), is a common noun: seen with the article at least ``name_noun_min`` times
    and ``name_noun_ratio`` times as often as the name itself («بدوره»: «الدور» 766, «بدور» 373;
    not «بارزه»: «البارز» 256, «بارز» 149). Not after the future س, which comes before a verb
    («وسنجار» is no و + س + «نجار»), nor after ك, the rarest proclitic («كراس», a booklet)."""
    if not c.inner or c.p[-1] in "سك":
        return False
    return _definite_noun(c, c.model.param("name_noun_ratio"))


def _definite_noun(c: SplitCandidate, ratio: float) -> bool:
    """Whether the remainder (three letters or more, not definite) is seen with the article at least
    ``name_noun_min`` times and ``ratio`` times as often as the whole word: a common noun."""
    if len(c.stem) < 3 or c.stem.startswith("ال"):
        return False
    definite = c.model.counts.get("ال" + c.stem, 0)
    return definite >= c.model.param("name_noun_min") and definite >= ratio * c.model.counts.get(c.word, 0)


def _listed_name_ending(c: SplitCandidate) -> float | None:
    # «أبها» (Abha), «كاليه» (Calais), «بيليه» (Pelé): a name of the shipped lists keeps the letters
    # a pronoun would be, as it keeps its first letter: that «اب» exists is no evidence that the
    # word is «اب» + ها. Not after a preposition, which takes a pronoun whatever the lists hold
    # («بيني», «قبلي»: between me, before me).
    if (
        not c.p
        and c.model.param("name_enclitics")
        and c.word in c.model.names
        and c.stem not in _PRONOUN_PREPOSITIONS
        and c.stem not in c.model.function_words
        # «داخله», «لونه», «كونها»: a stem the sources see about as often with another pronoun
        # is a noun taking pronouns, whatever name the lists spell with it («أبها»: «ابه» 13,
        # «ابها» 68).
        and _other_pronoun(c) < c.model.param("name_other_pronoun") * c.model.counts.get(c.word, 0)
    ):
        return REFUSE
    return None


def _other_pronoun(c: SplitCandidate) -> int:
    """How often the stem is seen with the most frequent of ه, ها, هم other than ``c.e``."""
    get = c.model.counts.get
    return max(get(c.stem + x, 0) for x in ("ه", "ها", "هم") if x != c.e)


def _maqsura_pronoun(c: SplitCandidate) -> float | None:
    # «منى» (Mina, Muna), «أمسى», «منأى»: the pronoun ي is never written ى, which the
    # normalisation folds into ي; a word written with a final ى ends in no pronoun ي.
    return REFUSE if c.final_maqsura and c.e in ("ي", "ني") else None


def _name_after_proclitic(c: SplitCandidate) -> float | None:
    # «وافق» is a word of its own, not و + «افق»: a proclitic before a listed name must explain
    # the word's count well («بلندن», «لمصر»), as a name takes a proclitic far less often than the
    # word its first letters happen to spell.
    if (
        c.p
        and c.stem in c.model.names
        and not c.stem.startswith("ال")
        and c.stem not in c.model.function_words
        and c.expected < c.model.param("name_stem_margin") * c.whole
        # «بعناية», «كعامل», «كمادة»: a remainder the sources see with the article at least as often
        # as the whole word is a common noun after the preposition ب or ك, whatever name the lists
        # spell with it («بعناية»: «العناية» 208, «بعناية» 167). Not after ل, و, ف, س, which come
        # before names and verbs as well («لجان», «وافق», «فلذات»), nor around a pronoun or after two
        # proclitics («كفيله» is «كفيل» + ه, not ك + «فيل» + ه; «وكاسر»), nor before a bare alef,
        # which begins names and misspelt loans («كاميرة», «كاسر»: «الاميرة», «الاسر»).
        and not (
            c.p in ("ب", "ك")
            and not (c.e or c.host or c.inner)
            and (c.hamza or c.stem[0] != "ا")
            and _definite_noun(c, c.model.param("name_stem_noun_ratio"))
        )
    ):
        return REFUSE
    return None


def _foreign_onset(c: SplitCandidate) -> float | None:
    # «بيكون» (Bacon), «فولف» (Wolf), «لوشين» (Lucien): a word that reads as a transliterated name,
    # and more so with its first letter than without, keeps it: the letter begins the name («بي»,
    # «فو», «لو» begin names far more often than «يكون», «ولف» do). A true proclitic makes the
    # word look less foreign, not more («ودومينغوس», «بمصر»). A stem seen very often still splits.
    if (
        c.p
        and not c.stem.startswith("ال")
        and not c.hamza  # «بأمان», «كإسبانيا»: a transliterated name rarely begins with أ after ب
        and c.model.letters
        and c.stem_count < c.model.param("foreign_stem_max")
        # A verb after و ف ل س is no name («ويتولى»: «تتولى»); ب and ك go before nouns («بيكون»).
        # The verb must be seen itself: «سيزو», «ليبتون» are names though «تزو», «نبتون» are seen.
        and not (
            c.p[-1] not in "بك"
            and c.model.counts.get(c.stem, 0) >= c.model.param("foreign_verb_min")
            and _verb_persons(c.model.counts, c.stem)
        )
    ):
        word = foreign_score(c.model.letters, c.word)
        if (
            word >= c.model.param("foreign_min")
            and word - foreign_score(c.model.letters, c.stem) >= c.model.param("foreign_margin")
            and not _arabic_noun(c)
        ):
            return REFUSE
    return None


_SIBLING_PROCLITICS = "وبلفك"
"""The single proclitics a noun takes, for :func:`_lone_proclitic`."""


def _lone_proclitic(c: SplitCandidate) -> float | None:
    # «بيار» (Pierre), «بريتو», «بيبي», «كنتم»: a noun after the preposition ب or ك is a word of its
    # own, seen after the other proclitics too and with a pronoun; a remainder seen that way
    # ``lone_proclitic_ratio`` times less often than the whole word, and less often itself than the
    # whole word («يار» 17: «بيار» 21, «ويار», «ليار», «ياره» unseen), is no word but a name's
    # letters (or a verb's: «كنتم»). Not after ل, و, ف, whose share before a verb or as a
    # connective varies too much («فقال», «ليجدوا»), nor before a remainder evidently an Arabic noun
    # («بسبب»: «السبب») or written with a final ى, which is ا before a pronoun («بمعنى»: «معناه»).
    if c.p not in ("ب", "ك") or c.e or c.inner or c.host or c.hamza or c.final_maqsura or c.unseen:
        return None
    # A remainder in ة is an Arabic feminine noun («بمشيئة»: its pronoun forms are «مشيئته»), and
    # so is one in ه whose form in ة is seen («بكثره»: «كثرة» written with ه).
    if len(c.stem) < 3 or c.stem.startswith("ال") or c.stem.endswith("ة") or _arabic_noun(c):
        return None
    get = c.model.counts.get
    if c.stem.endswith("ه") and get(c.stem[:-1] + "ة", 0):
        return None
    # A remainder ever seen with the article is a noun, however seldom («بسخاء»: «السخاء» 6;
    # «بامكان»: «الامكان»); a transliterated name never takes it («بيار»: «اليار» unseen).
    if get("ال" + c.stem, 0):
        return None
    own = sum(get(q + c.stem, 0) for q in _SIBLING_PROCLITICS if q != c.p) + _other_pronoun(c)
    whole = get(c.word, 0)
    if whole > max(get(c.stem, 0), 1) and whole >= c.model.param("lone_proclitic_ratio") * (own + 1):
        return REFUSE
    return None


_DERIVED_NOUN = regex.compile(r"ا...ا.|است..ا.|ت..ي.")
"""The verbal-noun templates of the derived verbs, normalised: إفعال, افتعال, انفعال («انتشال»),
استفعال («استنكار»), تفعيل («تدريب»). A transliterated name seldom has their letters."""


def _arabic_noun(c: SplitCandidate) -> bool:
    """Whether the remainder is evidently an Arabic noun, so its first letter is a proclitic even
    when the whole word's letters look foreign («بركود», «لانتشال», «بلف»).

    The remainder begins with the doubled و of a transliterated W («لوودرو»: no Arabic word
    does), has the letters of a derived verb's verbal noun, or takes the article at least
    ``foreign_article_min`` times in the counts («الركود», «اللباس»). Not a remainder ending in
    the nisba ي, an adjective rather than a preposition's noun («بلاتيني»: «اللاتيني»), nor one
    beginning with ي, whose «ال» form is mostly «أليس», «أليست» («بيست»: «اليست»).
    """
    stem = c.stem
    if stem.startswith("وو") or _DERIVED_NOUN.fullmatch(stem):
        return True
    return (
        stem[0] not in "اي"
        and not stem.endswith("ي")
        and c.model.counts.get("ال" + stem, 0) >= c.model.param("foreign_article_min")
    )


def _verb_persons(counts: Mapping[str, int], stem: str) -> bool:
    """Whether the normalised ``stem`` begins like an imperfect verb seen in another person
    («يتولى»: «تتولى»), or in the singular when it ends like a plural or dual («يوفرون»: «يوفر»)."""
    if stem[:1] not in "يتن" or len(stem) < 3:
        return False
    rest = stem[1:]
    if any(counts.get(x + rest, 0) for x in "يتن" if x != stem[0]):
        return True
    for suffix in _VERB_NUMBERS:
        if rest.endswith(suffix) and len(rest) - len(suffix) >= 2:
            base = rest[: len(rest) - len(suffix)]
            return any(counts.get(x + base, 0) for x in "يتن")
    return False


_VERB_NUMBERS = ("ون", "وا", "ين", "ان")
"""The endings of an imperfect verb's plural and dual persons."""


def _preposition_accusative(c: SplitCandidate) -> float | None:
    # A preposition governs the genitive: «بعداً», with the accusative tanween, is no ب + «عداً».
    if c.accusative and c.p and c.p[-1] in "بلك":
        return REFUSE
    return None


def _construct_plural(c: SplitCandidate) -> float | None:
    # «مستهلكي» is the plural «مستهلكين» before a noun (its ن dropped), not «مستهلك» + my.
    if c.e == "ي":
        counts = c.model.counts
        plural = counts.get(c.stem + "ين", 0) + counts.get(c.stem + "ون", 0)
        if plural >= c.model.param("construct_ratio") * max(1.0, c.stem_count):
            return REFUSE
    return None


_PRONOUN_PREPOSITIONS = frozenset(
    (
        "بعد",
        "عند",
        "قبل",
        "بين",
        "حول",
        "ضد",
        "فوق",
        "تحت",
        "امام",
        "خلف",
        "دون",
        "لدي",
        "علي",
        "الي",
        "مثل",
        "عبر",
        "نحو",
    )
)
"""Prepositions and adverbs of place and time that take a pronoun, normalised: «بعدي» is after me,
whatever the colloquial «بعدين» (later) makes of their form in ين."""


_SEPARATE_PRONOUNS = frozenset(("هو", "انا", "انت", "نحن"))
"""Separate pronouns, normalised, that no preposition governs. Not «هي»: «بهي» (splendid) would
become به + ي; not «هم», «هما», «هن», which are also the attached pronouns («بهم»)."""


def _separate_pronoun(c: SplitCandidate) -> float | None:
    # «بهو» (a hall) is no ب + «هو»: a preposition takes the attached pronoun («به»), never the
    # separate «هو»; the emphatic ل does («لهو»). So «كانا» (they two were, or «كأنّا») is no ك +
    # «أنا» (seg19p: 23 of 23 in 4,000 unannotated articles of 2015-07-22/07-31 split so).
    if c.p and c.p[-1] in "بك" and not c.e and c.stem in _SEPARATE_PRONOUNS:
        return REFUSE
    return None


_KAF_NEVER = frozenset(("في", "الي", "علي", "عن", "لا"))
"""Prepositions and the particle «لا», normalised, that never follow the preposition ك: «كفى» is
no ك + «فى», «كلا» (both; no) no ك + «لا»."""


def _kaf_preposition(c: SplitCandidate) -> float | None:
    # «كفى» (enough; the society «كفى») is no ك + «في»: a preposition does not govern another
    # preposition, nor a particle: «كلا من موسكو وواشنطن», «كلا الطرفين» is «كِلا» (both), «كلّا» (no),
    # never ك + «لا» (seg19o: 51 of 51 in 4,000 unannotated articles). Not «من»: «كمن» is ك + the
    # relative «من» (like one who).
    if c.p[-1:] == "ك" and c.stem in _KAF_NEVER:
        return REFUSE
    return None


_VERB_SEEN = 10
"""How often an imperfect verb is seen itself for :func:`_rare_you` to let it take the pronoun ك."""


def _rare_you(c: SplitCandidate) -> float | None:
    # «يشترك», «منهك», «تاسك» (Tusk): news seldom says «you», and a word ending in ك is far more
    # often a word of its own; the pronoun ك needs a stem seen with the third person's pronouns
    # («صباحه», «كتابها»), as a noun or verb that takes pronouns is.
    # Not an imperfect verb seen itself and in another person («يفاجئك», «تحيلك»: «تفاجئ», «يحيل»);
    # «يشتر» of «يشترك» is seen once, «تاس» of «تاسك» (Tusk) has three letters.
    if c.e != "ك":
        return None
    counts = c.model.counts
    verb = len(c.stem) >= 4 and counts.get(c.stem, 0) >= _VERB_SEEN and _verb_persons(counts, c.stem)
    # «يستقبلونك»: an imperfect verb's plural («يستقبلون») before a pronoun, its singular seen;
    # a noun's plural in «ون» drops its ن before a pronoun, so no noun ends so.
    verb = verb or (
        len(c.stem) >= 5 and c.stem[0] == "ي" and c.stem.endswith("ون") and counts.get(c.stem[:-2], 0) >= _VERB_SEEN
    )
    if not verb and sum(counts.get(c.stem + e, 0) for e in ("ه", "ها", "هم")) < c.model.param("you_min"):
        return REFUSE
    return None


def _future_verb(c: SplitCandidate) -> float | None:
    # «ستؤول»: the future س before an imperfect verb seen itself and in the third person's other
    # gender («تؤول», «يؤول»), though the whole is seen too («ستءول»): no noun begins with س + an
    # imperfect verb. Not «ستارك» (Stark), «ستورم»: «يارك», «يورم» are seldom seen; nor a word
    # seen more often than the verb itself («سيئول», Seoul, 24 times; «يئول» 12).
    if c.p[-1:] == "س" and not c.e and len(c.stem) >= 4 and c.stem[0] in "تين":
        counts = c.model.counts
        other = ("ت" if c.stem[0] == "ي" else "ي") + c.stem[1:]
        seen = counts.get(c.stem, 0)
        if seen >= _VERB_SEEN and counts.get(other, 0) >= _VERB_SEEN and seen > counts.get(c.word, 0):
            return TAKE
    return None


def _preposition_imperfect(c: SplitCandidate) -> float | None:
    # «بيكون» (Bacon) is no ب + «يكون»: a preposition governs a noun, and a remainder in ي the
    # sources see after the future س («سيكون») is an imperfect verb. Not a short remainder: «بيد»
    # (by hand) beside «سيد»; nor one in ت or ن, which begins verbal nouns as well: «بتفقد» is ب +
    # «تفقد» (inspecting) whatever «ستفقد» (she will lose).
    if (
        c.p == "ب"
        and not c.e
        and len(c.stem) >= 4
        and c.stem[0] == "ي"
        and c.model.counts.get("س" + c.stem, 0) >= c.model.param("future_verb_min")
    ):
        return REFUSE
    return None


def _unseen_definite_name(c: SplitCandidate) -> float | None:
    # «فالنسيانو», «فالديبابيس» (Val-): ف before an unseen remainder that begins like the article
    # is a name's first syllable when the word reads as a transliterated name; a real ف + article
    # + noun is a noun the sources know («فالحكومة»).
    if (
        c.p == "ف"
        and not c.e
        and c.stem.startswith("ال")
        and c.model.counts.get(c.stem, 0) < c.model.min_stem
        and c.model.letters
        and foreign_score(c.model.letters, c.word) >= c.model.param("foreign_min")
    ):
        return REFUSE
    return None


def _construct_dual(c: SplitCandidate) -> float | None:
    # «مليوني برميل», «لعمليتي», «برنامجي»: a word in ي whose form in ين is seen often beside it is
    # a dual or plural in construct (its ن dropped) or an adjective in ي, not the stem + my: «ابني»
    # (my son) and «سيدي» are seen hundreds of times for a handful of «ابنين», «سيدين».
    if c.e == "ي" and len(c.stem) >= 3 and c.stem not in _PRONOUN_PREPOSITIONS:
        counts = c.model.counts
        if counts.get(c.stem + "ين", 0) >= c.model.param("construct_form_ratio") * max(1, counts.get(c.stem + "ي", 0)):
            return REFUSE
    return None


def _nisba_adjective(c: SplitCandidate) -> float | None:
    # «بشكل قطعي», «خسوف كلي», «خطأ إداري أو إجرائي», «عمل تطويري», «داعشي»: a word in ي whose forms
    # with the article and ة are seen more than ``nisba_keep_ratio`` times as often as it is a nisba
    # adjective (or a name made of one: «أحمدي», «ياسري»), its ي its own; the counts would split it
    # off a frequent stem («كل», «قطع», «داعش»). Not after a preposition or adverb that takes a
    # pronoun («بعدي»), nor a definite stem.
    s = c.stem
    if (
        c.e == "ي"
        and len(s) >= 2
        and s not in _PRONOUN_PREPOSITIONS
        and not s.startswith("ال")
        and _nisba(c.model, s + "ي", "nisba_keep_ratio")
    ):
        return REFUSE
    return None


def _nisba_ta(c: SplitCandidate) -> float | None:
    # «الرسميه», «عربيه», «أميه»: a word ending in يه whose form with ة is a frequent word
    # («الرسمية», «أمية») is that word written with ه, not a stem ending in ي and the pronoun ه:
    # when the ة form outweighs the stem's pronoun forms together (a misspelling is a small share
    # of its word; a pronoun form is not: «رأيه», «محاميه», «ناديه» keep their pronoun).
    if c.e == "ه" and c.stem.endswith("ي") and len(c.stem) >= 3:
        counts = c.model.counts
        ta = counts.get(c.stem + "ة", 0)
        pronouns = sum(counts.get(c.stem + e, 0) for e in ("ه", "ها", "هم", "ك"))
        if ta and ta >= c.model.param("nisba_ta_ratio") * (pronouns + 1):
            return REFUSE
    return None


def _short_remainder(c: SplitCandidate) -> float | None:
    # «وعد», «لسنا»: a remainder of two or three letters is a word by chance more often than not;
    # a word seen more often than its remainder is a word of its own. Not the lam of the article
    # after the preposition ل («للتو» is ل + «التو», the article's alef dropped: a remainder of
    # four letters, seen ``lam_short_min`` times), which «a proclitic before the article» decides.
    if (
        c.p
        and not c.e
        and len(c.stem) <= 3
        and not c.inner
        and c.model.counts.get(c.word, 0) > c.model.param("short_ratio") * c.stem_count
        and not (
            c.p[-1] == "ل"
            and c.stem[0] == "ل"
            and c.model.counts.get("ا" + c.stem, 0) >= c.model.param("lam_short_min")
        )
    ):
        return REFUSE
    return None


def _construct_plural_ours(c: SplitCandidate) -> float | None:
    # «موظفينا», «مواطنينا», «لاعبينا»: a sound masculine plural in construct drops its ن before a
    # pronoun («موظفي» + نا, our employees), and no such plural takes the accusative alef, so the
    # word is no «موظفين» + ا. The plural in ين must be seen ``construct_plural_min`` times and its
    # construct form with a pronoun of the third person («موظفيها», «موظفيهم»): «تحسينا» is «تحسين»
    # with the accusative alef («تحسيها» is unseen); a stem of four letters at least («أمينا», «يمينا»);
    # not a listed name («ومارينا» is و + Marina, not «ماري» + نا).
    s = c.stem
    if c.e == "نا" and len(s) >= 4 and s[-1] == "ي" and not s.startswith("ال") and s not in c.model.names:
        get = c.model.counts.get
        if get(s + "ن", 0) >= c.model.param("construct_plural_min") and any(get(s + e, 0) for e in ("ه", "ها", "هم")):
            return TAKE
    return None


def _accusative_alef(c: SplitCandidate) -> float | None:
    # «أمينا», «ألحانا»: a known word and the accusative alef, not «أمي» + نا.
    if c.e == "نا" and len(c.word) >= 5 and not c.word.startswith("ي"):  # «يدعونا» is يدعو + نا
        counts = c.model.counts
        if counts.get(c.word[:-1], 0) >= c.model.param("accusative_ratio") * max(1.0, c.stem_count):
            return REFUSE
    return None


def _verb_subject(c: SplitCandidate) -> float | None:
    # «طلبنا» after a past verb is «we asked»: نا is the subject, part of the verb (UD keeps it),
    # seen by the verb's other persons («طلبت», «طلبوا»); a verb in ى drops it before وا
    # («انتهينا»: «انتهوا»).
    if c.e == "نا" and c.stem[:1] not in "يتن":
        counts = c.model.counts
        plural = counts.get(c.stem + "وا", 0)
        if c.stem.endswith("ي") and len(c.stem) >= 4:
            plural = max(plural, counts.get(c.stem[:-1] + "وا", 0))
        if plural >= c.model.param("subject_ratio") * max(1.0, c.stem_count):
            return REFUSE
    return None


def _imperfect_object(c: SplitCandidate) -> float | None:
    # «يجعلنا», «يشدني»: an imperfect verb (seen with the plural ون) takes the pronoun as its
    # object; a verb's clitic form may be more frequent than the bare verb.
    if (
        c.e
        and c.e != "ي"
        and c.stem[:1] in "يت"
        and len(c.stem) >= 4
        and c.model.counts.get(c.stem + "ون", 0) >= c.model.param("object_min")
    ):
        return TAKE
    return None


def _imperfect_persons(c: SplitCandidate) -> float | None:
    # «تتخللها», «أحييكم»: an imperfect verb seen in its other persons («يتخلل», «يحيي») takes
    # the pronoun as its object.
    if (
        (c.e in _OBJECTS or (c.e == "ني" and c.stem[-1] not in "اوي"))  # «يمكنني», not «يوناني»
        and c.stem[:1] in "يتنا"
        and len(c.stem) >= 4
        and not c.stem.startswith("ال")
        # After the first person's ا, نا is too often a word's own («أحيانا»).
        and (c.stem[0] != "ا" or c.e != "نا")
    ):
        counts = c.model.counts
        rest = c.stem[1:]
        if sum(counts.get(x + rest, 0) for x in "يتن" if x != c.stem[0]) >= c.model.param("persons_min"):
            return TAKE
    return None


def _object_me(c: SplitCandidate) -> float | None:
    # «دفعني», «بلغني», «جعلني»: a stem seen with ``object_me_forms`` of the pronouns ه ها هم هما ك
    # كم نا (a verb or a noun that takes pronouns: «دفعه», «دفعها», «دفعهم», «دفعك», «دفعنا») takes
    # ني as its object too; the counts alone refuse it, as «me» is rare in news beside the word.
    # Not a nisba adjective in اني or ني, whose feminine in ية is seen («إنساني»: «إنسانية»; «أمني»,
    # «إعلاني», «أردني»), nor a definite noun, after a proclitic too («والفني» is no «والف» + ني).
    s = c.stem
    if (
        c.e == "ني"
        and not c.p
        and len(s) >= 3
        and not s.startswith("ال")
        and not (s[0] in "وفبكل" and s[1:3] == "ال")
        and c.word not in c.model.names
        # «وبرني», «وجوني»: a proclitic and a listed name (Bernie, Johnny), not «وبر» + ني.
        and not (c.word[0] in PROCLITIC_LETTERS and c.word[1:] in c.model.names)
        and c.stem_count >= 1
    ):
        counts = c.model.counts
        if counts.get(c.word + "ة", 0):
            return None
        others = [n for n in (counts.get(s + e, 0) for e in _PARADIGM) if n]
        if len(others) >= c.model.param("object_me_forms") and sum(others) >= c.model.param("paradigm_ratio") * max(
            1.0, counts.get(c.word, 0)
        ):
            return TAKE
    return None


def _possessive_me(c: SplitCandidate) -> float | None:
    # «طفولتي», «زميلي», «حياتي», «رأيي»: a noun seen with the other pronouns («طفولته»,
    # «زميلها», «حياتنا», «رأيك») takes my ي too, however often the word is written. Not what
    # shares the form: a construct dual or plural in ين or ون (refused before this rule: «حالتي»,
    # «لاعبي»); a nisba adjective (:func:`_nisba`: «فكري», «ذاتي», «اقتصادي»); a verb's ي
    # (:func:`_feminine_verb`); a word whose ي takes a pronoun after it, its own letter («أعطي»:
    # «أعطيه», «أعطيها»), more than ``possessive_nisba`` times as often as the stem the others; a
    # listed name («فهمي», «حسني»); a stem ending in a long vowel, whose ي is يّ («محامي»); a
    # definite stem; a proclitic before a function word or a word seen at least as often as the
    # whole, which is decided as that word after the proclitic («ولدي» is و + «لدي», «لعلي»
    # ل + «علي», «وأهلي» و + «أهلي», «وإحدي» و + «إحدى», though «ولد», «لعل», «واهل», «واحد» take
    # the pronouns).
    s = c.stem
    if (
        c.e != "ي"
        or c.p
        or len(s) < 3
        or s[-1] in "اوى"
        or s.startswith("ال")
        or c.word in c.model.names
        or c.stem_count < 1
    ):
        return None
    counts = c.model.counts
    word = c.word
    if word[0] in PROCLITIC_LETTERS and (
        word[1:] in c.model.function_words or counts.get(word[1:], 0) >= counts.get(word, 0)
    ):
        return None  # the proclitic's reading, decided on the rest («بحياتي»: ب + «حياتي»)
    if _nisba(c.model, word) or _feminine_verb(c.model, s):
        return None
    others = [n for n in (counts.get(s + e, 0) for e in _PARADIGM) if n]
    if (
        len(others) >= c.model.param("paradigm_forms")
        and sum(others) >= c.model.param("possessive_ratio") * max(1, counts.get(word, 0))
        and sum(counts.get(word + e, 0) for e in ("ه", "ها", "هم")) <= c.model.param("possessive_nisba") * sum(others)
    ):
        return TAKE
    return None


def _nisba(model: CliticModel, word: str, ratio: str = "possessive_nisba") -> bool:
    """Whether the normalised ``word`` in ي is seen as a nisba adjective, which takes the article
    and the feminine ة where a possessive takes neither: those forms together more than the
    threshold ``ratio`` (``possessive_nisba``) times as often as the word («فكري»: «الفكري»,
    «فكرية»; «الأهلي»)."""
    counts = model.counts
    forms = counts.get("ال" + word, 0) + counts.get(word + "ة", 0)
    return forms > model.param(ratio) * counts.get(word, 0)


def _feminine_verb(model: CliticModel, stem: str) -> bool:
    """Whether ``stem`` + ي reads as a verb of the second person feminine: an imperfect seen in
    its other persons («تكلمي»: «يتكلم»), a past in ت seen with تم at least as often as its noun
    in ة («قلتي», «فهمتي»: «فهمتم», «فهمة»; not «رحلتي»), or an imperative in ا whose imperfect is
    seen in ي («احفظي»: «يحفظ», «اختاري», «اسألي»), not a noun's ة («ابنتي»: «تبنت») nor a plural of
    the pattern أفاعل («أقاربي»: «يقارب»)."""
    counts = model.counts
    least = model.param("persons_min")
    if _verb_persons(counts, stem):
        return True
    if stem[-1] == "ت" and counts.get(stem + "م", 0) >= min(least, counts.get(stem[:-1] + "ة", 0) + 1):
        return True
    return (
        stem[0] == "ا"
        and len(stem) >= 4
        and stem[-1] != "ت"
        and not (len(stem) == 5 and stem[2] == "ا")
        and counts.get("ي" + stem[1:], 0) >= least  # not ت: «أمثالي», «تمثال»
    )


_OBJECTS = frozenset(("ها", "هم", "هما", "هن", "كم", "كن", "نا"))
"""The object pronouns of two letters and more: ه, ك and ي end too many words («يتوجه», «تشارك»),
and so does ني after a long vowel («يوناني»)."""

_PARADIGM = ("ه", "ها", "هم", "هما", "ك", "كم", "نا")


_SHORT_IMPERFECT = regex.compile(r"[يتن]..")


def _pronoun_paradigm(c: SplitCandidate) -> float | None:
    # «زميله», «مصالحهم»: a stem seen with the other pronouns («زميلها», «زميلهم», «زميلك») takes
    # this one too, however frequent the word is on its own; and the feminine plural هن, too rare
    # for its own forms to count («لديهن», «أزواجهن»), not after the article («المهن», «الدهن»)
    # nor a three-letter imperfect («تراهن», she bets, is no «ترى» + هن).
    if (
        (c.e in _PARADIGM or (c.e == "هن" and not c.stem.startswith("ال") and not _SHORT_IMPERFECT.fullmatch(c.stem)))
        and len(c.stem) >= 3
        and not c.p
        and c.word not in c.model.names
        and c.stem_count >= 1
    ):
        counts = c.model.counts
        others = [n for n in (counts.get(c.stem + e, 0) for e in _PARADIGM if e != c.e) if n]
        if len(others) >= c.model.param("paradigm_forms") and sum(others) >= c.model.param("paradigm_ratio") * max(
            1.0, counts.get(c.word, 0)
        ):
            return TAKE
    return None


def _ta_before_pronoun(c: SplitCandidate) -> float | None:
    # «حياتنا», «زوجته»: a stem ending in ت before a pronoun whose form with ة is a known word is
    # that word; the clitic form may well be more frequent than the bare noun. Not before ي: a
    # dual in construct keeps it («حالتي», «مئتي»).
    if (
        c.e
        and c.e not in ("ي", "ني")
        and c.stem.endswith("ت")
        and len(c.stem) >= 4
        and c.model.counts.get(c.stem[:-1] + "ة", 0) >= c.model.param("ta_min")
    ):
        return TAKE
    return None


_PLURAL_PRONOUNS = frozenset(("ه", "ها", "هم", "هما", "هن", "كم", "كن", "نا"))
"""The pronouns after a feminine plural for :func:`_plural_pronoun`: not ي, ني or ك, which end
adjectives in اتي («معلوماتي», informational) and verbs («يواتيك»)."""


def _plural_pronoun(c: SplitCandidate) -> float | None:
    # «هوياتهم», «استقالاتهم», «زميلاتها»: a sound feminine plural in ات before a pronoun is the
    # plural and its pronoun: no Arabic word ends in ات + ه, ها, هم ... of itself. The counts
    # refuse it when the phrase is frequent beside the bare plural («هوياتهم» 18, «هويات» 35).
    # The plural, its singular in ة or its masculine («ارتباط») must be seen: a remainder of three
    # letters at least before ات; not a listed name.
    if c.e in _PLURAL_PRONOUNS and len(c.stem) >= 5 and c.stem.endswith("ات") and c.word not in c.model.names:
        get = c.model.counts.get
        base = c.stem[:-2]
        if max(get(c.stem, 0), get(base + "ة", 0), get(base, 0)) >= c.model.param("ta_min"):
            return TAKE
    return None


def _before_article(c: SplitCandidate) -> float | None:
    # «بالتأكيد», «بالقرب»: a proclitic before the article and a known word of three letters or
    # more (not «الات», آلات); fixed phrases are frequent enough as a whole to outweigh the counts.
    if (
        c.p
        and c.p[-1] != "س"
        and c.stem.startswith("ال")
        and len(c.stem) >= 5
        and c.model.counts.get(c.stem, 0) >= c.model.param("article_min")
    ):
        return TAKE
    return None


def _unseen_word(c: SplitCandidate) -> float | None:
    # «وتصادموا», «ليحتكما»: a word no source has seen, whose remainder no source has seen either,
    # is still a proclitic and a word (a verb's or a noun's rare form) when the remainder is long.
    # Only a remainder that begins like a verb's person or a masdar (ي ت ن ا) and whose base has four
    # letters: an unseen foreign name («كيزيا», «باوسون») is left whole.
    # و or ل before a verb: ب and ك go before nouns («كانجيا», «باصبرين» are names), ف before
    # names too often («فيدريكا»), and ل before an imperfect of the third or second person.
    if (
        c.unseen
        and not c.e
        and not c.whole
        and ((c.p == "و" and c.stem[0] in "يتنا") or (c.p == "ل" and c.stem[0] in "يت"))
    ):
        counts = c.model.counts
        for suffix in _INFLECTIONS:
            if c.stem.endswith(suffix) and len(c.stem) - len(suffix) >= 4:
                base = c.stem[: len(c.stem) - len(suffix)]
                if max(counts.get(base, 0), counts.get("ال" + base, 0)) >= c.model.param("unseen_base_min"):
                    return TAKE
    return None


_INFLECTIONS = ("وا", "ون", "ين", "ان", "ات", "ا", "ت", "ة", "ي")
"""Endings of a verb's persons and a noun's numbers: «تصادموا» is «تصادم» inflected."""


_DERIVED_IMPERFECT = regex.compile(r"[يتن](?:ت|ست)\p{L}{3,}")
"""An imperfect verb of the derived forms V, VI and X, normalised: a person's prefix, then ت or ست
and three letters or more («يتكرس», «نتشاحن», «يستنبت», «يتغامزون»)."""


_NOUN_AFTER = regex.compile(r"و.+|[فل](?:است|ت).+")
"""Where an unseen verbal noun's template is taken: after و (a name after it splits as well), and
after ف or ل only for استفعال and تفعيل: «لافيران» (Laveran) has the letters of افعال."""


def _unseen_derived(c: SplitCandidate) -> float | None:
    # «ويتكرس», «ونتشاحن», «واضطراد»: an unseen word whose unseen remainder has the letters of a
    # derived verb's imperfect or verbal noun is a proclitic and that verb or noun, whatever its
    # root: few words begin with و, ف or ل and such a template, and a name seldom has their letters
    # (a name seen in the sources, «ويستهام», is left to the counts). Only the proclitics that go
    # before a verb; ب and ك, before nouns, split the verbal noun by the counts («باستخدام»).
    if (
        c.unseen
        and c.p in ("و", "ف", "ل")
        and not c.whole
        and len(c.stem) >= 5
        and (
            _DERIVED_IMPERFECT.fullmatch(c.stem)
            or (_DERIVED_NOUN.fullmatch(c.stem) and _NOUN_AFTER.fullmatch(c.p + c.stem))
        )
    ):
        return TAKE
    return None


def _unseen_name(c: SplitCandidate) -> float | None:
    # «وفاروفاكيس», «ودومينغوس»: an unseen word whose unseen remainder reads as a transliterated name,
    # and reads less like one with the first letter («ود» begins no name), is a proclitic and a name.
    # Only و or ل: before ب the unseen remainder is too often the rest of a name («برزبن», Brisbane),
    # and two letters split too much («وبرنس» is و + «برنس», not و + ب + «رنس»).
    # A bare alef after them begins the name («واكاسو», Wakaso; «لابرون», LeBron): a hamza does not
    # («وأتسوتوشي»).
    if (
        c.unseen
        and c.p in ("و", "ل")
        and not c.e
        and not c.whole
        and not c.inner
        and (c.hamza or c.stem[0] != "ا")
        and c.model.letters
    ):
        stem = foreign_score(c.model.letters, c.stem)
        if stem >= c.model.param("foreign_unseen_min") and stem - foreign_score(
            c.model.letters, c.word
        ) >= c.model.param("foreign_unseen_margin"):
            return TAKE
    return None


def _seen_less_ending(counts: Mapping[str, int], word: str) -> bool:
    """Whether the word less a pronoun or an accusative alef is a word the counts have seen at least
    as often as its letters after و («وثاقها»: «وثاق» beside «ثاق», «وعظا»: «وعظ» beside «عظ»): a
    word whose و is its own, which the counts decide («وصعدتا»: «وصعدت» is rarer than «صعدت»)."""
    for e in (*ENCLITICS, "ا"):
        if word.endswith(e):
            seen = counts.get(word[: -len(e)], 0)
            if seen and seen >= counts.get(word[1 : -len(e)], 0):
                return True
    return False


def _unseen_ordinary(c: SplitCandidate) -> float | None:
    # «ونبحوا», «وخلفتا», «ومقطورتين», «ويرتزقون»: after و, an unseen word whose unseen remainder
    # reads as an ordinary word (the mean of its letter trigrams on the name table at most
    # ``ordinary_unseen_max``) is و and a word the sources have not seen in that form: و goes before
    # any word, and a word of Arabic letters seldom begins with و itself unless it is one of the
    # roots the counts know (a word seen whole is not unseen). A transliterated name reads as one
    # (its letters, or the word's, which read more like a name with و than without it by more than
    # ``ordinary_unseen_margin``: «ويدهام», «ويكيميدية»), and a bare alef after و begins the name as
    # in the rule above («وارمبي»); ب, ل, ف and ك go before the unseen names far more often. Not before a
    # remainder that begins with a proclitic's letter: a second proclitic and a pronoun may split it
    # better than whole («وسيسمعني» is و + س + «يسمع» + ني, which the counts find); nor when the
    # word less a pronoun or an accusative alef is a seen word («وثاقها», «وعظا»).
    if (
        c.unseen
        and c.p == "و"
        and not c.whole
        and not c.inner
        and len(c.stem) >= 3
        and c.stem[0] not in _PROCLITIC_FIRST
        and (c.hamza or c.stem[0] != "ا")
        and c.model.letters
        and not _seen_less_ending(c.model.counts, c.word)
    ):
        stem = foreign_score(c.model.letters, c.stem)
        if stem <= c.model.param("ordinary_unseen_max") and foreign_score(
            c.model.letters, c.word
        ) - stem <= c.model.param("ordinary_unseen_margin"):
            return TAKE
    return None


def _unseen_stem(c: SplitCandidate) -> float | None:
    # What the rule above does not take, an unseen remainder does not explain.
    return REFUSE if c.unseen else None


def _preposition_noun(c: SplitCandidate) -> float | None:
    # «بسرعة», «بموجب», «كجزء»: ب or ك before a noun the sources have seen with the article is a
    # preposition, however frequent the phrase is as a whole; not when the whole word takes the
    # article itself («البحتة»: «بحتة» is a word).
    if (
        c.p in ("ب", "ك")
        and not c.e
        and not c.host
        and not c.inner
        and len(c.stem) >= 3
        and not c.stem.startswith("ال")
        and c.word not in c.model.names
        and c.stem not in c.model.names
    ):
        counts = c.model.counts
        definite = counts.get("ال" + c.stem, 0)
        # A name takes the article rarely: «رايس» (Rice) is seen 150 times, «الرايس» 3.
        # And the split explains a share of the word: «كتبت» is no ك + «تبت» («التبت», Tibet).
        # The stem is seen bare as well: a definite form seen alone is often a verb whose hamza the
        # normaliser dropped («القيت» is «ألقيت», so «بقيت» is no ب + «قيت»; «الحاح» is «إلحاح»).
        if (
            definite >= c.model.param("article_noun_min")
            and counts.get(c.stem, 0) >= c.model.param("article_noun_min")
            and definite >= c.model.param("article_noun_share") * c.stem_count
            and c.expected >= c.model.param("article_noun_ratio") * counts.get(c.word, 0)
            and counts.get("ال" + c.word, 0) * 100 < definite
        ):
            # Enough to be taken, not more: a better split of the word still wins («كلهم» is
            # كل + هم, not ك + «لهم», though «اللهم» is frequent).
            return max(1.0, (c.model.alpha * c.whole + c.model.beta) / c.expected * (1 + 1e-9))
    return None


def _both_halves(c: SplitCandidate) -> float | None:
    # «باعتبارها», «بمفردها»: ب or ك and a pronoun around a noun the sources see with the article,
    # where both halves are words seen themselves («باعتبار», «اعتبارها»): the phrase is frequent
    # as a whole, and the two halves explain it. Not «كتابها»: «تابها» is no word.
    if c.p in ("ب", "ك") and c.e in ("ه", "ها", "هم", "هما") and not c.host and not c.inner and len(c.stem) >= 3:
        counts = c.model.counts
        k = c.model.param("halves_min")
        if counts.get(c.p + c.stem, 0) >= k and counts.get(c.stem + c.e, 0) >= k and counts.get("ال" + c.stem, 0) >= k:
            return TAKE
    return None


def _definite_whole(c: SplitCandidate) -> float | None:
    # «وفاق» is a noun of its own: the sources write «الوفاق» far more often than «الفاق».
    if c.p and not c.e and not c.stem.startswith("ال"):
        counts = c.model.counts
        definite = counts.get("ال" + c.word, 0)
        if definite >= c.model.param("definite_min") and definite > c.model.param("definite_ratio") * counts.get(
            "ال" + c.stem, 0
        ):
            return REFUSE
    return None


def _past_verb(c: SplitCandidate) -> float | None:
    # «فتحت», «باشرت», «فجرت»: a word in ت whose imperfect (ي + the word without its ت: «يفتح»,
    # «يباشر») the sources see is a past verb of that root, its first letter a radical, not ف + «تحت»,
    # ب + «اشرت». Not after و, which the imperfect drops («وصلت»: «يصل»), nor a plural in ات, nor a
    # remainder that is a noun the sources see with the article («لبيت»: «البيت», for a house).
    if (
        c.p in ("ف", "ب", "ك", "ل")
        and not c.e
        and not c.inner
        and not c.host
        and c.word.endswith("ت")
        and not c.word.endswith("ات")
        and len(c.word) >= 4
        and c.model.counts.get("ي" + c.word[:-1], 0) >= c.model.param("past_imperfect_min")
        and not _definite_noun(c, 1.0)
    ):
        return REFUSE
    return None


def _lam_lam(c: SplitCandidate) -> float | None:
    # «للأسف» is ل + «الأسف», its alef dropped: the article after ل.
    if (
        c.p.endswith("ل")
        and c.stem.startswith("ل")
        and len(c.stem) >= 3
        and c.model.counts.get("ا" + c.stem, 0) >= c.model.param("article_min")
    ):
        return TAKE
    return None


SPLIT_RULES: RuleTable[SplitCandidate, float] = RuleTable(
    "clitic splits",
    "tokens",
    (
        Rule(
            "a listed name keeps its first letter",
            "«بوستون»",
            "refused",
            _listed_name,
            ("«بأنه»",),
        ),
        Rule(
            "a final ى is no pronoun ي",
            "«منى»",
            "refused",
            _maqsura_pronoun,
            ("«مني»",),
        ),
        Rule(
            "a listed name keeps the letters of a pronoun",
            "«أبها»",
            "refused",
            _listed_name_ending,
            ("«بيني»",),
        ),
        Rule(
            "a listed name after a proclitic needs strong evidence",
            "«وافق»",
            "refused",
            _name_after_proclitic,
            ("«بلندن»", "«كعامل»"),
        ),
        Rule(
            "a transliterated name keeps its first letter",
            "«فولف»",
            "refused",
            _foreign_onset,
            ("«ودومينغوس»", "«بمصر»", "«بركود»", "«لانتشال»", "«لوودرو»"),
        ),
        Rule(
            "a remainder seen after one proclitic far more than after the others is no word",
            "«بيار»",
            "refused",
            _lone_proclitic,
            ("«بلندن»", "«ببغداد»", "«بسبب»", "«بسخاء»", "«بمعنى»", "«بمشيئة»", "«بكثره»"),
        ),
        Rule(
            "a preposition does not take the accusative",
            "«بعداً»",
            "refused",
            _preposition_accusative,
            ("«بعيدٍ»",),
        ),
        Rule(
            "an unseen word splits before a derived verb's or verbal noun's template",
            "«ويتكرس»",
            "took",
            _unseen_derived,
            ("«ويستهام»", "«واكاسو»", "«بيتكرس»"),
        ),
        Rule(
            "an unseen word splits before a long unseen remainder",
            "«وتناحروا»",
            "took",
            _unseen_word,
            ("«ويكيمانيان»", "«كانجيا»", "«باوسون»", "«فيدريكا»", "«لاتينين»"),
        ),
        Rule(
            "an unseen word splits before an unseen transliterated name",
            "«وفاروفاكيس»",
            "took",
            _unseen_name,
            ("«فيدريكا»", "«ويكيمانيان»"),
        ),
        Rule(
            "و before an unseen remainder that reads as an ordinary word",
            "«ونبحوا»",
            "took",
            _unseen_ordinary,
            ("«وانز»", "«بكهام»"),
        ),
        Rule(
            "an unseen remainder is no word",
            "«واكاسو»",
            "refused",
            _unseen_stem,
            ("«وتناحروا»",),
        ),
        Rule(
            "ب or ك before a noun seen with the article",
            "«بعنوان»",
            "took",
            _preposition_noun,
            ("«كافة»", "«وكتبت»", "«برايس»", "«كتبت»", "«كلهم»", "«بقيت»"),
        ),
        Rule(
            "a proclitic and a pronoun around a noun, both halves seen",
            "«بطوله»",
            "took",
            _both_halves,
            ("«كتابها»",),
        ),
        Rule(
            "a past verb in ت whose imperfect is seen keeps its first letter",
            "«فتحت»",
            "refused",
            _past_verb,
            ("«لبيت»", "«ودعت»"),
        ),
        Rule(
            "a word seen with the article is a noun of its own",
            "«لسان»",
            "refused",
            _definite_whole,
            ("«وعد»",),
        ),
        Rule(
            "the construct plural keeps its ي",
            "«مستهلكي»",
            "refused",
            _construct_plural,
            ("«تاريخي»",),
        ),
        Rule(
            "ب or ك takes no separate pronoun",
            "«بهو»",
            "refused",
            _separate_pronoun,
            ("«لهو»", "«بهم»", "«بهي»"),
        ),
        Rule(
            "the pronoun ك needs a stem seen with the other pronouns",
            "«منهك»",
            "refused",
            _rare_you,
            ("«كتابك»",),
        ),
        Rule(
            "ك takes no preposition or «لا» after it",
            "«كفى»",
            "refused",
            _kaf_preposition,
            ("«كمن»", "«كلما»"),
        ),
        Rule(
            "the future س before an imperfect verb seen in its persons",
            "«ستؤول»",
            "took",
            _future_verb,
            ("«ستارك»", "«سيئول»"),
        ),
        Rule(
            "ب before an imperfect verb is no preposition",
            "«بيكون»",
            "refused",
            _preposition_imperfect,
            ("«بيد»", "«بتفقد»"),
        ),
        Rule(
            "ف before an unseen article and a name's letters begins the name",
            "«فالنسيانو»",
            "refused",
            _unseen_definite_name,
            ("«فالحكومة»",),
        ),
        Rule(
            "a word in ي seen as often in ين is a construct form",
            "«مليوني»",
            "refused",
            _construct_dual,
            ("«ابني»", "«سيدي»"),
        ),
        Rule(
            "a nisba adjective keeps its ي",
            "«قطعي»",
            "refused",
            _nisba_adjective,
            ("«حياتي»", "«بعدي»"),
        ),
        Rule(
            "يه is the ة of a frequent word written ه",
            "«الرسميه»",
            "refused",
            _nisba_ta,
            ("«فيه»", "«لديه»"),
        ),
        Rule(
            "a short remainder rarer than the word is no word of it",
            "«وعد»",
            "refused",
            _short_remainder,
            ("«وقد»",),
        ),
        Rule(
            "a sound plural or dual in construct takes نا",
            "«موظفينا»",
            "took",
            _construct_plural_ours,
            ("«تحسينا»", "«أمينا»", "«ومارينا»"),
        ),
        Rule(
            "a known word and the accusative alef",
            "«معينا»",
            "refused",
            _accusative_alef,
            ("«حياتنا»", "«يدعونا»"),
        ),
        Rule(
            "a past verb keeps its subject نا",
            "«طلبنا»",
            "refused",
            _verb_subject,
            ("«يجعلنا»",),
        ),
        Rule(
            "an imperfect verb takes a pronoun object",
            "«يجعلنا»",
            "took",
            _imperfect_object,
            ("«تاريخي»",),
        ),
        Rule(
            "an imperfect verb seen in its other persons takes a pronoun object",
            "«يمكنها»",
            "took",
            _imperfect_persons,
            ("«تاريخها»", "«توجيه»", "«تشارك»", "«وأحيانا»", "«إيراني»", "«يتوجه»", "«يوناني»", "«تشويه»"),
        ),
        Rule(
            "a stem seen with the other object pronouns takes ني",
            "«دفعني»",
            "took",
            _object_me,
            ("«إنساني»", "«والفني»", "«يوناني»", "«وبرني»"),
        ),
        Rule(
            "a noun seen with the other pronouns takes my ي",
            "«طفولتي»",
            "took",
            _possessive_me,
            (
                "«فكري»",
                "«حالتي»",
                "«لاعبي»",
                "«محامي»",
                "«ولدي»",
                "«لعلي»",
                "«وأهلي»",
                "«أعطي»",
                "«تكلمي»",
                "«احفظي»",
                "«فهمتي»",
            ),
        ),
        Rule(
            "a stem seen with the other pronouns takes this one",
            "«بعضهم»",
            "took",
            _pronoun_paradigm,
            ("«جاله»", "«المهن»", "«تراهن»"),
        ),
        Rule(
            "ت before a pronoun is the ة of a known noun",
            "«ذروتها»",
            "took",
            _ta_before_pronoun,
            ("«ميته»",),
        ),
        Rule(
            "a feminine plural in ات takes the pronoun after it",
            "«هوياتهم»",
            "took",
            _plural_pronoun,
            ("«معلوماتي»", "«ذاتها»"),
        ),
        Rule(
            "a proclitic before the article and a known word",
            "«بالتحديد»",
            "took",
            _before_article,
            ("«بالي»",),
        ),
        Rule(
            "ل before the article written ل",
            "«للأسف»",
            "took",
            _lam_lam,
            ("«لليبيا»",),
        ),
    ),
)
"""What refuses (or forces) a split the counts would decide: each rule returns the factor of the
candidate's expected count (0 refuses it, infinity takes it) or ``None`` to pass."""


@frozen
class WordEvidence:
    """A word as a whole, for the table :data:`WORD_RULES`: the model, its normalised letters
    ``norm`` and table key ``key``, whether it ends in ة and may take an enclitic; after the
    candidates are counted, ``best`` (the best candidate's expected count, ``None`` when no split
    had a known stem) and ``threshold`` (what the whole word's evidence asks of it)."""

    model: CliticModel
    norm: str
    key: str
    final_ta: bool = False
    enclitic: bool = True
    best: float | None = None
    threshold: float = 0.0
    letters: str | None = None
    """The word's letters as written, one per character of ``norm`` (``None``: unknown)."""


def _kept_whole(w: WordEvidence) -> float | None:
    # Universal Dependencies keeps «كما», «لكن», «لدى» whole (``whole.txt``); a listed word in ة by
    # its key, so that «وجهة» (a destination) is whole and «وجهه» (his face) still splits.
    return REFUSE if w.norm in w.model.whole or w.key in w.model.whole else None


def _bare_van(w: WordEvidence) -> float | None:
    # «فان غال», «فان بيرسي»: «فان» written with a bare alef is the name Van, not ف + «إن» (the
    # gold's «فإن», whose hamza the normalisation folds away); text that drops its hamzas writes
    # «فان» for «فإن» less often than news writes the name. Not before a pronoun: «فانه» is «فإنه».
    return REFUSE if w.norm == "فان" and w.letters is not None and w.letters[1] == "ا" else None


def _gold_split(w: WordEvidence) -> float | None:
    # A word of the WikiNews gold takes its majority split there (``gold.tsv``).
    gold = w.model.gold.get(w.key)
    return TAKE if gold is not None and 0 < gold[0] + gold[1] <= len(w.norm) else None


def _gold_whole(w: WordEvidence) -> float | None:
    return REFUSE if w.key in w.model.gold else None


def _bare_preposition(w: WordEvidence) -> float | None:
    # «له», «بها»: a preposition and its pronoun object, nothing between.
    return TAKE if w.best is None and _bare_split(w.norm, w.final_ta, w.enclitic) is not None else None


def _bare_split(norm: str, final_ta: bool, enclitic: bool) -> tuple[int, int] | None:
    """The proclitic and enclitic lengths of a word that is a bare preposition and pronoun, else ``None``."""
    if not enclitic or len(norm) > 5:  # two proclitic letters and هما at most
        return None
    for n in (1, 2):  # one proclitic letter before two, as in PROCLITIC_SEQUENCES
        p, e = norm[:n], norm[n:]
        if p in _SEQUENCES and e and not (e == "ه" and final_ta) and e in _BARE_PREPOSITION.get(p[-1], ()):
            return n, len(e)
    return None


_PRONOUN_NOUNS = frozenset(("وحد", "سبحان"))
"""Nouns that take a pronoun as themselves where the counts read otherwise: «وحده», «وحدهم» are the
noun «وحد» («alone») and a pronoun, not و + «حد» + a pronoun; «سبحانه» (in «سبحانه وتعالى», 8
times in 300 SaudiNewsNet articles) is «سبحان» and a pronoun, though the sources see it more often
than «سبحان» alone."""


def _pronoun_noun(w: WordEvidence) -> float | None:
    return TAKE if _pronoun_noun_split(w.norm, w.final_ta, w.enclitic) is not None else None


def _pronoun_noun_split(norm: str, final_ta: bool, enclitic: bool) -> int | None:
    """The enclitic length of a word that is a noun of :data:`_PRONOUN_NOUNS` and a pronoun, else ``None``."""
    if not enclitic:
        return None
    for stem in _PRONOUN_NOUNS:
        e = norm[len(stem) :]
        if norm.startswith(stem) and e in ENCLITICS and not (e == "ه" and final_ta):
            return len(e)
    return None


_SEQUENCES = frozenset(PROCLITIC_SEQUENCES)
_NO_PREFIX = ("",)
_PREFIXES_BY_FIRST: Mapping[str, tuple[str, ...]] = {
    ch: ("", *(p for p in PROCLITIC_SEQUENCES if p[0] == ch)) for ch in {p[0] for p in PROCLITIC_SEQUENCES}
}
"""By a word's first letter: the empty proclitic, then the sequences that begin with it (in their order)."""
_ENCLITICS_BY_LAST: Mapping[str, tuple[str, ...]] = {
    ch: tuple(e for e in ENCLITICS if e[-1] == ch) for ch in {e[-1] for e in ENCLITICS}
}
"""By a word's last letter: the enclitics that end with it (in the order of :data:`ENCLITICS`)."""


def _counts_take(w: WordEvidence) -> float | None:
    # The best split predicts the word's count well enough: «والحكومة» (الحكومة is frequent).
    return TAKE if w.best is not None and w.best > 0 and w.best >= w.threshold else None


def _counts_refuse(w: WordEvidence) -> float | None:
    # No split predicts the word's count: «وزير» («زير» is rare), «كانت» (far more frequent than
    # ك + «أنت» explains).
    return REFUSE if w.best is not None else None


WORD_RULES: RuleTable[WordEvidence, float] = RuleTable(
    "clitic words",
    "tokens",
    (
        Rule("Universal Dependencies keeps the word whole", "«لكن»", "refused", _kept_whole, ("«لكنه»",)),
        Rule("«فان» with a bare alef is the name Van", "«فان»", "refused", _bare_van, ("«فإن»", "«فانه»")),
        Rule("the WikiNews gold splits the word", "«وقالت»", "took", _gold_split, ("«وزير»",)),
        Rule("the WikiNews gold keeps the word whole", "«بريطانيا»", "refused", _gold_whole, ("«وقالت»",)),
        Rule("a preposition and its pronoun alone", "«بهم»", "took", _bare_preposition, ("«بني»",)),
        Rule(
            "«وحد» or «سبحان» with a pronoun is the noun",
            "«وحده»",
            "took",
            _pronoun_noun,
            ("«وحدة»", "«وحدات»", "«سبحان»"),
        ),
        Rule("the counts take the split", "«وبريطانيا»", "took", _counts_take, ("«وزير»",)),
        Rule("the counts refuse every split", "«كيف»", "refused", _counts_refuse, ("«والحكومة»",)),
    ),
)
"""What decides a word as a whole, before and after its splits are counted: the word lists and the
WikiNews gold first, then the counts (when no rule of :data:`SPLIT_RULES` took or refused the
split that decided). ``arabicnews.explain(text, "tokens")`` names, for each word that could split,
the rule of this table or of :data:`SPLIT_RULES` that decided it."""


@frozen
class VanContext:
    """A «فان» written with a bare alef (kept whole as the name Van by :data:`WORD_RULES`) and the
    tokens around it, for the table :data:`VAN_RULES`: the model, the token before it as written
    (``""`` at the start), the next word normalised (``""`` when punctuation or the end follows)
    and that word's pronoun suffix as the segmenter split it (``""`` when none)."""

    model: CliticModel
    before: str
    next_norm: str
    next_enclitic: str = ""
    next_key: str = ""
    """The next word's key in the counts (:func:`count_key`)."""


_VAN_POINTERS = frozenset(
    ("هذا", "هذه", "ذلك", "تلك", "هءلاء", "هذين", "هاتين", "هو", "هي", "هم", "هما", "هن", "نحن", "انا", "انت")
)
"""Demonstratives and pronouns, normalised: «إنّ» governs them («فإن هذه العبارة»); a name does not
follow Van as they do."""

_VAN_VERBS = frozenset(("كان", "كانت", "كانوا", "لم", "لن", "ليس", "ليست"))
"""Verbs and the negations before a verb, normalised, that the conditional «إن» takes («فإن لم»,
«فإن كان»); an imperfect verb is read from the counts (:func:`_verb_persons`)."""


def _van_article(v: VanContext) -> bool | None:
    # «فان القاهرة», «فان القوات»: «إنّ» before its noun; Van comes before a surname, which the
    # Arabic article does not begin.
    return True if len(v.next_norm) >= 4 and v.next_norm.startswith("ال") else None


def _van_pointer(v: VanContext) -> bool | None:
    return True if v.next_norm in _VAN_POINTERS else None


def _van_verb(v: VanContext) -> bool | None:
    # «فان كان», «فان لم يكن», «فان يكون»: the conditional «إن» before a verb. An imperfect verb
    # seen itself often and in another person («يكون»: «تكون»); «نيستلروي» is neither.
    w = v.next_norm
    if w in _VAN_VERBS:
        return True
    counts = v.model.counts
    return True if len(w) >= 3 and counts.get(w, 0) >= _VERB_SEEN and _verb_persons(counts, w) else None


def _van_pronoun(v: VanContext) -> bool | None:
    # «فان قواته», «فان حكومتها»: a noun with a pronoun is no surname.
    return True if v.next_enclitic in ("ه", "ها", "هم", "هما", "هن", "نا", "كم") else None


def _van_name(v: VanContext) -> bool | None:
    # «لويس فان غال», «فان بيرسي», «هيرالد فان ديرليند»: a listed name or a word whose letters look
    # transliterated after it keeps «فان» the name, even after a comma.
    w = v.next_norm
    return False if w and (w in v.model.names or foreign_score(v.model.letters, w) > 0) else None


def _van_comma(v: VanContext) -> bool | None:
    # «وبحسب قهوجي، فان عددا»: a clause begins after a comma or a colon, and «فإنّ» often begins
    # one; Van does not stand there without a name after it.
    return True if v.next_norm and v.before in ("،", ",", ":", "؛", ";") else None


_VAN_WORD_SEEN = 30
"""How often the word after «فان» is seen for :func:`_van_word` to read it as an Arabic word."""


def _van_word(v: VanContext) -> bool | None:
    # «فان عدم معارضة», «فان حياة العشرات»: a word the sources see often that is neither a listed
    # name nor transliterated-looking (the rule before has kept those Van) is an Arabic noun, which
    # «إنّ» governs; a surname after Van is a foreign name.
    return True if v.next_norm and v.model.counts.get(v.next_key, 0) >= _VAN_WORD_SEEN else None


VAN_RULES: RuleTable[VanContext, bool] = RuleTable(
    "van in context",
    "tokens",
    (
        Rule("«فان» before a word with the article is ف + «إن»", "«فان القوات»", "took", _van_article, ("«فان غال»",)),
        Rule(
            "«فان» before a demonstrative or a pronoun is ف + «إن»",
            "«فان هذه العبارة»",
            "took",
            _van_pointer,
            ("«فان هاوتن»",),
        ),
        Rule("«فان» before a verb is ف + the conditional «إن»", "«فان كان»", "took", _van_verb, ("«فان نيستلروي»",)),
        Rule(
            "«فان» before a word with a pronoun is ف + «إن»",
            "«فان قواته»",
            "took",
            _van_pronoun,
            ("«فان ديك»", "«فان قوات»"),
        ),
        Rule("«فان» before a name is Van", "«قال، فان بيرسي»", "refused", _van_name, ("«فان القوات»",)),
        Rule(
            "«فان» after a comma or a colon is ف + «إن»",
            "«وبحسب المصدر، فان عددا من الجنود»",
            "took",
            _van_comma,
            ("«لويس فان عددا»", "«وقال، فان»"),
        ),
        Rule(
            "«فان» before an Arabic word seen often is ف + «إن»",
            "«ورغم الفوز فان حياة العشرات»",
            "took",
            _van_word,
            ("«فان هاوتن»", "«مدينة فان شرق تركيا»"),
        ),
    ),
)
"""What decides, from its neighbours, a «فان» with a bare alef that :data:`WORD_RULES` keeps whole
as the name Van: text that drops its hamzas writes «فإن» so (the rule's ``True`` splits it as ف +
«ان»). No rule deciding keeps it the name. The tokenizer applies it (the word rules see one word)."""


@frozen
class ConstructContext:
    """A word the segmenter split stem + my ي and the word after it, for the table
    :data:`CONSTRUCT_RULES`: the model, the stem normalised (without the ي and any proclitic) and the
    next word normalised and as a counts key (:func:`count_key`; ``""`` when punctuation or the end
    follows)."""

    model: CliticModel
    stem: str
    next_norm: str
    next_key: str = ""


_CONSTRUCT_CONTEXT_RATIO = 0.02
"""How often, at least, the stem's form in ين is seen against its form in ي for
:func:`_construct_before_noun` to read the word as a dual or plural in construct (the rule
«a word in ي seen as often in ين is a construct form» asks 0.1 without the next word): chosen on
unannotated 2015-07-22/07-31 text (docs/history/accuracy.md, Session 16, seg19o)."""

_ADJECTIVE_PAIR_RATIO = 0.2
"""How often, at least, the rarer of a definite word's masculine and feminine forms is seen against
the other for :func:`_construct_adjective` to read it as an adjective («الجديد», «الجديدة»)."""


@cache
def _relatives() -> frozenset[str]:
    """The relative pronouns, normalised (``arabicnews/data/attribution/relatives.txt``): they begin
    with the article's letters and follow a noun with or without its possessive («دراستي التي»)."""
    return read_words("attribution/relatives.txt")


def construct_stem(stem: str) -> bool:
    """Whether the normalised ``stem`` before my ي may be a noun's in construct, for
    :data:`CONSTRUCT_RULES`: three letters or more, no preposition or adverb that takes a pronoun
    («لي», «عندي», «بعدي»)."""
    return len(stem) >= 3 and stem not in _PRONOUN_PREPOSITIONS


def _definite_after(v: ConstructContext) -> bool:
    """Whether the stem is a noun's (three letters or more, no preposition or adverb: «لي الحق»,
    «بعدي») and the next word a definite word (the article and three letters or more), no relative."""
    w = v.next_norm
    return len(w) >= 5 and w.startswith("ال") and w not in _relatives() and construct_stem(v.stem)


def _construct_adjective(v: ConstructContext) -> bool | None:
    # «حياتي الجديدة», «ابني الصغير», «مقالي السابق», «تجربتي الشخصية»: a definite adjective after
    # my X agrees with it; an adjective is seen in both genders («الجديد» 3,491, «الجديدة» 3,027),
    # a noun mostly in one («التعليم» 2,180, «التعليمة» 7); a feminine in ى is read beside its
    # masculine («مشاركتي الأولى»: «الأول»). The ي stays my ي.
    if not _definite_after(v):
        return None
    key = v.next_key
    counts = v.model.counts
    pairs = [(key[:-1], key) if key.endswith("ة") else (key, key + "ة")]
    if key.endswith("ي"):  # a feminine in ى (folded into ي): «الأولى» of «الأول», «الكبرى» of «الأكبر»
        pairs += [(key[:-1], key), ("الا" + key[2:-1], key)]
    for masculine, feminine in pairs:
        pair = sorted((counts.get(masculine, 0), counts.get(feminine, 0)))
        if pair[0] >= _ADJECTIVE_PAIR_RATIO * max(1, pair[1]):
            return False
    return None


def _construct_before_noun(v: ConstructContext) -> bool | None:
    # «وزارتي التعليم والصحة», «جامعتي الملك سعود», «مجلسي النواب», «صلاتي الجمعة», «حديثي
    # الولادة»: a dual or plural in construct has dropped its ن before its genitive, a definite
    # noun; the word is one word, no stem + my ي, when the stem's dual or plural in ين is seen at
    # all beside the form in ي («وزارتين» 1 of «وزارتي» 30; not «سيدي» 1,267 for «سيدين» 2).
    if not _definite_after(v):
        return None
    counts = v.model.counts
    dual = counts.get(v.stem + "ين", 0)
    return True if dual and dual >= _CONSTRUCT_CONTEXT_RATIO * counts.get(v.stem + "ي", 0) else None


CONSTRUCT_RULES: RuleTable[ConstructContext, bool] = RuleTable(
    "construct in context",
    "tokens",
    (
        Rule(
            "my ي before a definite adjective stays my ي",
            "«حياتي الجديدة»",
            "took",
            _construct_adjective,
            ("«وزارتي التعليم»", "«حياتي التي»", "«لي الجديدة»"),
        ),
        Rule(
            "a dual or plural in ي before a definite noun is in construct",
            "«وزارتي التعليم والصحة»",
            "refused",
            _construct_before_noun,
            ("«سيدي الملك»", "«وزارتي هذا»", "«قال لي المال»"),
        ),
    ),
)
"""What decides, from the word after it, a word that :data:`SPLIT_RULES` split stem + my ي
(«وزارتي» as «وزارة» + ي): before a definite noun it is a dual or plural in construct, which keeps
its ي (the rule's ``True`` undoes the split); a definite adjective or anything else after it leaves
the split. The tokenizer applies it (the split rules see one word)."""


@frozen
class ParticleContext:
    """A word the segmenter split proclitic + stem that may be a particle of its own, and the word
    after it, for the table :data:`PARTICLE_RULES`: the model, the word normalised and the next word
    normalised (``""`` when punctuation or the end follows)."""

    model: CliticModel
    norm: str
    next_norm: str


BAYDA = "بيد"
"""«بَيْدَ» (however) normalised: the particle before «أنّ» whose letters are ب + «يد» (by the hand of)."""

_ANNA = frozenset(("ان", *("ان" + e for e in ENCLITICS)))
"""«أنّ» normalised, bare or with its pronoun («أنه», «أنها», «أننا», «أنهم»)."""


def _bayda_anna(v: ParticleContext) -> bool | None:
    # «بيد أن», «بيد أنه», «بيد أنها» (45 times in 4,000 articles of 2015-07-22/07-31, seg19p): the
    # particle «بَيْدَ» (however, except that) governs «أنّ» and nothing else; ب + «يد», by the hand
    # of, takes its genitive («بيد من حديد», «بيد داعش», «بيد الله»), and a noun in the genitive
    # is no «أنّ».
    return True if v.norm == BAYDA and v.next_norm in _ANNA else None


WIJHAT = "وجهات"
"""«وِجْهات» (points of view, destinations) normalised, whose letters are also و + «جهات» (and bodies)."""

PARTICLE_WORDS = frozenset((BAYDA, WIJHAT))
"""The normalised words :data:`PARTICLE_RULES` decides: the tokenizer reads their next word."""


def _wijhat_nazar(v: ParticleContext) -> bool | None:
    # «وجهات النظر», «وجهات نظرهم» (26 of the 40 «وجهات» in 4,000 articles of 2015-07-22/07-31,
    # seg19q): «النظر» after it makes the idiom, points of view, the plural of «وجهة نظر»; و +
    # «جهات» (and bodies) takes another genitive or an adjective («في دكا وجهات الاستقدام», «وجهات
    # متخصصة»), which the tokenizer leaves split.
    return True if v.norm == WIJHAT and v.next_norm.startswith(("نظر", "النظر")) else None


PARTICLE_RULES: RuleTable[ParticleContext, bool] = RuleTable(
    "particle in context",
    "tokens",
    (
        Rule(
            "«بيد» before «أنّ» is the particle «بَيْدَ»",
            "«بيد أنه لم يحدد موعدا»",
            "refused",
            _bayda_anna,
            ("«بيد من حديد»", "«بيد الله»"),
        ),
        Rule(
            "«وجهات» before «النظر» is the noun «وِجْهات»",
            "«تقريب وجهات النظر بين الطرفين»",
            "refused",
            _wijhat_nazar,
            ("«في دكا وجهات الاستقدام»", "«فنيين وجهات متخصصة»"),
        ),
    ),
)
"""What decides, from the word after it, a word that :data:`SPLIT_RULES` or the counts split
proclitic + stem where the next word shows a word of its own (a particle, «بيد أنّ», or the noun of
an idiom, «وجهات النظر»; the rule's ``True`` undoes the split). The tokenizer applies it (the split
rules see one word)."""


_BEFORE_COUNTING = (_kept_whole, _bare_van, _gold_split, _gold_whole, _bare_preposition, _pronoun_noun)
"""The rules of :data:`WORD_RULES` that decide a word before its splits are counted (they read the
word's letters, the lists and the gold; ``best`` is ``None`` then)."""

_AFTER_COUNTING: RuleTable[WordEvidence, float] = RuleTable(
    WORD_RULES.name, WORD_RULES.layer, tuple(r for r in WORD_RULES.rules if r.decide not in _BEFORE_COUNTING)
)
""":data:`WORD_RULES` after counting: :func:`analyse` has walked the table before counting whenever
a rule of :data:`_BEFORE_COUNTING` decides, and ``best`` is then a number, so those rules pass."""


def analyse(
    model: CliticModel,
    norm: str,
    final_ta: bool = False,
    nested: bool = True,
    enclitic: bool = True,
    letters: str | None = None,
    host: str = "",
    accusative: bool = False,
) -> Analysis:
    """Decide how the normalised word ``norm`` splits; ``final_ta`` when it is written with a final ة.

    ``nested`` lets the chosen stem split once more (a second proclitic or an enclitic);
    ``enclitic=False`` rules a pronoun out (the word ends with tanween, which no pronoun carries).
    ``letters``, the word's original letters one per character of ``norm``, lets the future س
    stand before أ but not before a bare ا («سأعمل», but «سامي» is a name). ``host``, the enclitic
    that followed ``norm`` when it is the stem of a longer word, lets its last letter stand for
    ة, ى or وا («ونهايت» of «ونهايته» is و + «نهاية»). ``accusative``: the word ends with the
    accusative tanween.

    With a trace open (:func:`arabicnews.core.rules.tracing`), the rules that decided the word are
    recorded over ``(0, len(norm))``: the rule of :data:`WORD_RULES` or :data:`SPLIT_RULES` that
    took the split, or each rule that refused a split that would otherwise have been taken.
    """
    trace = current_trace()
    wkey = word_key(norm, final_ta)
    # Before counting, only a word of the lists or the gold, or a bare preposition and pronoun, can
    # be decided (by the rules of _BEFORE_COUNTING): most words skip the walk.
    decided_word = (
        WORD_RULES.first(WordEvidence(model, norm, wkey, final_ta, enclitic, letters=None if host else letters))
        if norm in model.whole
        or wkey in model.whole
        or wkey in model.gold
        or (len(norm) <= 5 and _bare_split(norm, final_ta, enclitic))
        or norm.startswith(("وحد", "سبحان"))  # the nouns of _PRONOUN_NOUNS
        or (norm == "فان" and not host)  # _bare_van, when the gold does not hold it
        else None
    )
    if decided_word is not None:
        rule = decided_word[0].decide
        if trace is not None and (decided_word[0].verdict == "took" or _could_split(norm, final_ta)):
            trace.record(WORD_RULES, decided_word[0], 0, len(norm))
        if rule is _kept_whole or rule is _bare_van or rule is _gold_whole:
            return NO_SPLIT
        if rule is _bare_preposition:
            n_pro, n_enc = _bare_split(norm, final_ta, enclitic) or (0, 0)
            return Analysis(n_pro, n_enc, "", True)
        if rule is _pronoun_noun:
            return Analysis(0, _pronoun_noun_split(norm, final_ta, enclitic) or 0)
        n_pro, n_enc = model.gold[wkey]
        bare = n_pro + n_enc == len(norm)
        restore = "" if bare else _restore_for(model, norm, n_pro, n_enc, final_ta)
        return Analysis(n_pro, n_enc, restore, bare)
    n = len(norm)
    if n < 3:
        return NO_SPLIT  # a split leaves two letters at least besides its clitics
    # The enclitics the word ends with, in the order of ENCLITICS; the proclitic sequences it
    # begins with, in their order, after the empty one.
    ends: tuple[str, ...] = ()
    if enclitic:
        # A ة (or a letter typed for it) is never the ه of a pronoun: not the final one of a word
        # written with a final ة, nor one inside the enclitic («آةةًآ» is no «آة» + ها).
        ends = tuple(
            e
            for e in _ENCLITICS_BY_LAST.get(norm[-1], ())
            if norm.endswith(e)
            and not (e == "ه" and final_ta)
            and not (letters is not None and e[0] == "ه" and letters[n - len(e)] != "ه")
        )
    prefixes = _PREFIXES_BY_FIRST.get(norm[0], _NO_PREFIX)
    if not ends and prefixes is _NO_PREFIX:
        return NO_SPLIT  # no candidate split: no rule of WORD_RULES decides after counting
    get = model.counts.get
    whole = -1  # the word's own evidence (_whole_evidence), counted when a candidate needs it
    best = NO_SPLIT
    best_expected = 0.0
    seen = False  # some split had a known stem
    # With a trace: the rule that decided each candidate, its expected count before the rule, and
    # the rule that decided the best candidate.
    ruled: list[tuple[Rule[SplitCandidate, float], float]] | None = [] if trace is not None else None
    best_rule: Rule[SplitCandidate, float] | None = None
    min_stem = model.min_stem
    proclitic_rates = model.proclitic_rates
    enclitic_rates = model.enclitic_rates
    for p in prefixes:
        n_p = len(p)
        if n_p > 1 and not norm.startswith(p):
            continue
        p_rate = proclitic_rates.get(p, 1.0) if p else 1.0
        for e in ("", *ends) if p else ends:
            if n - n_p - len(e) < 2:
                continue  # a stem of two letters at least
            s = norm[n_p : n - len(e)]
            if n_p and p[-1] == "س" and (s[0] not in _IMPERFECT or (letters is not None and letters[n_p] == "ا")):
                continue
            if final_ta and not e and s[-1] == "ه":
                s = s[:-1] + "ة"  # word_key(s, final_ta and not e)
            if e in ("ي", "ني") and s.startswith("ال"):
                continue  # a definite noun takes no possessive: «الرئيسي» is an adjective
            restore, count, s_count = _stem_evidence(
                get, p, s, e or host, model.param("plural_nun_min") if e and s[-1] == "و" else _OFF
            )
            stem_count: float = count
            if e == "ها" and get(s + "ه", 0) > stem_count and get(s + "هم", 0) < model.param("pronoun_ha_min"):
                # «جنيها» is «جنيه» with the accusative alef, not «جني» + ها; not a stem the sources
                # see with هم as well, whose form in ه is that pronoun too («إياها»: «إياه», «إياهم»).
                continue
            if whole < 0:
                whole = _whole_evidence(get, wkey, final_ta, host)
            unseen = False
            if stem_count < min_stem:
                if e or not p:
                    continue
                if _ARTICLE_STEM.match(s) or (p[-1] == "ل" and _LAM_STEM.match(s)):
                    # An unseen stem that begins with the article: «والمتضررين», «للبستنة».
                    restore = "article" if p[-1] == "ل" and not s.startswith("ال") else ""
                elif whole:
                    continue
                else:
                    unseen = True  # an unseen word: the rules decide («وتصادموا»)
                stem_count = model.backoff
            seen = True
            expected = p_rate * (enclitic_rates.get(e, 1.0) if e else 1.0) * stem_count
            decided = SPLIT_RULES.first(
                SplitCandidate(
                    model,
                    wkey,
                    p,
                    s,
                    e,
                    stem_count,
                    expected,
                    whole,
                    accusative,
                    unseen,
                    host,
                    not nested,
                    n_p > 0 and letters is not None and letters[n_p] in _HAMZA_ALEFS,
                    n_p > 0 and letters is not None and not _HAMZA_ALEFS.isdisjoint(letters[n_p + 1 : n_p + 3]),
                    letters is not None and letters[-1] == "ى",
                )
            )
            if decided is not None:
                if ruled is not None:
                    ruled.append((decided[0], expected))
                expected *= decided[1]
                if not expected:
                    continue
            if expected > best_expected:
                best_expected = expected
                best = Analysis(n_p, len(e), restore if stem_count > s_count else "")
                best_rule = decided[0] if decided is not None else None
    if not seen:
        return NO_SPLIT  # with no candidate counted, no rule of WORD_RULES decides
    threshold = model.alpha * whole + model.beta
    outcome = _AFTER_COUNTING.first(WordEvidence(model, norm, wkey, final_ta, enclitic, best_expected, threshold))
    taken = outcome is not None and outcome[1] == TAKE
    if trace is not None and outcome is not None:
        _record_outcome(
            trace, len(norm), outcome[0], best_rule if taken else None, ruled or [], threshold, best_expected
        )
    if not taken:
        return NO_SPLIT
    if nested:
        return _refine(model, norm, best, final_ta, enclitic, letters, accusative)
    return best


def _whole_evidence(get: Callable[[str, int], int], wkey: str, final_ta: bool, host: str) -> int:
    """The count of the word with table key ``wkey`` as a whole, against which its splits are weighed.

    The whole word's own evidence includes its forms with the article and with a proclitic of
    its own: «الوطن» and «ووطن» attest «وطن» as a host, not و + «طن».
    """
    whole = get(wkey, 0) + get("و" + wkey, 0) + get("ب" + wkey, 0) + get("ل" + wkey, 0) + get("ف" + wkey, 0)
    if not wkey.startswith("ال"):
        whole += get("ال" + wkey, 0)
    if not final_ta and wkey.endswith("ه"):
        whole += get(wkey[:-1] + "ة", 0)  # an Egyptian final ه for ة: «مدينه»
    if host and len(wkey) >= 3:
        # Before an enclitic, the restored word is the evidence: «وفات» of «وفاته» is «وفاة».
        restored = {"ت": "ة", "ا": "ي"}.get(wkey[-1])
        if restored is not None:
            whole += get(wkey[:-1] + restored, 0)
    return whole


def _could_split(norm: str, final_ta: bool) -> bool:
    """Whether a word kept whole has the letters of a split (for the trace: «الحكومة» has none)."""
    return len(norm) >= 3 and (
        norm[0] in _PROCLITIC_FIRST or any(norm.endswith(e) for e in ENCLITICS if not (final_ta and e == "ه"))
    )


_PROCLITIC_FIRST = frozenset(p[0] for p in PROCLITIC_SEQUENCES)


def _record_outcome(
    trace: Trace,
    n: int,
    outcome: Rule[WordEvidence, float],
    took: Rule[SplitCandidate, float] | None,
    ruled: list[tuple[Rule[SplitCandidate, float], float]],
    threshold: float,
    best_expected: float,
) -> None:
    """Record what decided a counted word: the rule that took its split, else the counts; and
    each rule that refused a split the counts would have taken over the outcome."""
    refused: list[Rule[SplitCandidate, float]] = []
    for rule, expected in ruled:
        if rule.verdict == "refused" and rule not in refused and expected >= threshold and expected > best_expected:
            refused.append(rule)
    for rule in refused:
        trace.record(SPLIT_RULES, rule, 0, n)
    if took is not None and took.verdict == "took":
        trace.record(SPLIT_RULES, took, 0, n)
    elif outcome.verdict == "took" or not refused:
        trace.record(WORD_RULES, outcome, 0, n)


def _refine(
    model: CliticModel,
    norm: str,
    best: Analysis,
    final_ta: bool,
    enclitic: bool,
    letters: str | None,
    accusative: bool = False,
) -> Analysis:
    """Split the chosen stem once more: «لأنها» is ل + «أنها», and «أنها» is أن + ها."""
    p, e = best.proclitic_len, best.enclitic_len
    stem = norm[p : len(norm) - e]
    inner_letters = None if letters is None else letters[p : len(norm) - e]
    host = norm[len(norm) - e :] if e else ""
    args = (model, stem, final_ta and not e, False, enclitic and not e, inner_letters, host, accusative and not e)
    trace = current_trace()
    if trace is None:
        inner = analyse(*args)
    else:
        # The stem's own decisions count only when its split is taken: «كتاب» of «كتابه» kept
        # whole by the gold is no decision about «كتابه».
        with tracing(stem) as inner_trace:
            inner = analyse(*args)
    if inner is NO_SPLIT or inner.bare:
        return best
    if inner.proclitic_len and norm[: p + inner.proclitic_len] not in PROCLITIC_SEQUENCES:
        return best
    if inner.enclitic_len and e:
        return best
    n_pro, n_enc = p + inner.proclitic_len, e + inner.enclitic_len
    if (
        p
        and not inner.proclitic_len
        and inner.enclitic_len
        and norm[p] in "بل"
        and norm[: p + 1] in PROCLITIC_SEQUENCES
    ):
        # «وبتفتيشها»: the stem «بتفتيشها» split before its pronoun leaves «بتفتيش», a word the
        # sources see itself, that is ب + «تفتيش»: a second proclitic after the first is decided
        # on the stem without its pronoun, as it is on a word without one («وبتفتيش»). Only the
        # prepositions ب and ل: ك begins too many words whose rest is a word («وكلاهما»); and a
        # remainder of three letters at least after it: «ولعنه» is و + «لعن» + ه, not ل + «عن».
        rest = norm[n_pro : len(norm) - n_enc]
        rest_letters = None if letters is None else letters[n_pro : len(norm) - n_enc]
        again = analyse(model, rest, False, False, False, rest_letters, norm[len(norm) - n_enc :])
        if again.proclitic_len == 1 and not again.enclitic_len and not again.bare and len(rest) >= 4:
            n_pro += 1
    if trace is not None:
        text = trace.text[: len(norm)]
        trace.decisions.extend(evolve(d, start=0, end=len(norm), text=text) for d in inner_trace.decisions)
    if not p:
        # The proclitic is the whole word's («باسيني» is no ب + «اسي» + ني): the name rule again.
        wkey = word_key(norm, final_ta)
        rest = wkey[n_pro : len(wkey) - n_enc]
        whole_cand = SplitCandidate(model, wkey, norm[:n_pro], rest, norm[len(norm) - n_enc :], 0.0, 0.0, 0.0)
        rule = SPLIT_RULES.rules[0]
        if rule.decide(whole_cand) is not None:
            if trace is not None:
                trace.record(SPLIT_RULES, rule, 0, len(norm))
            return best
    return Analysis(n_pro, n_enc, _restore_for(model, norm, n_pro, n_enc, final_ta))


def analyse_word(model: CliticModel, word: str, view: NormalizedText | None = None) -> Analysis:
    """Decide how the word ``word`` as written splits (its normalised letters: ``view``).

    The segmenter's own path: a final ة, tanween (no pronoun follows it) and the letters as
    written (the future س before أ, not before a bare ا) come from ``word``.
    """
    view = NormalizedText.of(word) if view is None else view
    norm = view.text
    if len(norm) < 2:
        return NO_SPLIT
    written = fold_compatibility(word)  # the word itself when it has no compatibility character
    letters = _written_letters(word, view, written)
    # Both patterns need a tanween: most words have none.
    tanween = not _TANWEEN.isdisjoint(written)
    if tanween:
        # The patterns read the word decomposed, so that an alef after the tanween reads the same
        # typed with a combining hamza or madda (ا + U+0653) or composed («آ»): a pronoun never
        # follows the tanween in either spelling.
        written = unicodedata.normalize("NFD", written)
    accusative = tanween and _ACCUSATIVE_END.search(written) is not None
    return analyse(
        model,
        norm,
        # A final ة, or ۀ or ە typed for it: a letter the normalisation folds to ه that is not ه.
        norm[-1] == "ه" and letters[-1] != "ه",
        # «أثمانًا»: nor does a pronoun end the word before the accusative's alef (no «نًا»).
        enclitic=not (tanween and (accusative or _TANWEEN_END.search(written))),
        letters=letters,
        accusative=accusative,
    )


def _written_letters(word: str, view: NormalizedText, written: str) -> str:
    """The letter as written behind each character of ``view.text`` (``written``: ``word`` folded
    by :func:`fold_compatibility`).

    A presentation form reads as its letter (:meth:`NormalizedText.letters`: «مدرسﺔ» ends in ة as
    «مدرسة» does, not in the ه of a pronoun), and a letter followed by a combining hamza as the
    letter they compose to by Unicode canonical composition (NFC): «سا\u0654عمل» begins with the
    future س before أ as «سأعمل» does (and ا + madda is آ, ا + hamza below إ). The normalised text
    already drops the mark and folds أ to ا, so both spellings have the same
    :attr:`NormalizedText.text` and now the same letters.
    """
    offsets = view.offsets
    letters = "".join(map(word.__getitem__, offsets)) if written is word else view.letters()
    if _HAMZA_MARKS.isdisjoint(word):
        return letters  # most words: no combining hamza
    out = list(letters)
    last = len(offsets) - 1
    for k, i in enumerate(offsets):
        if k < last and offsets[k + 1] == i:
            continue  # inside an expansion (ﻻ): the marks follow its last letter
        marks = word[i + 1 : offsets[k + 1] if k < last else len(word)]  # the removed characters after it
        if _HAMZA_MARKS.isdisjoint(marks):
            continue
        composed = unicodedata.normalize("NFC", out[k] + marks)
        if not unicodedata.combining(composed[0]):
            out[k] = composed[0]
    return "".join(out)


def _stem_form(stem: str, restore: Restore) -> str:
    if restore == "article":
        # The article's alef, as letters.restore_article gives it back; not that function itself,
        # because this stem is the original text, whose lam may be a presentation form (ﻟ).
        return "ا" + stem
    if restore in ("ta", "alef_maqsura"):
        # The restored letter replaces the last letter, keeping any diacritics after it; a
        # hamza seat (normalised to ا as well) is no alef maqsura and stays as written.
        # The letter is read with its marks composed, as the letter view reads it: ا + a combining
        # madda is «آ», no alef maqsura, whichever way it is typed.
        i = max((j for j, ch in enumerate(stem) if ch.isalpha()), default=-1)
        letter = unicodedata.normalize("NFC", stem[i:])[:1] if i >= 0 else ""
        if letter and fold_compatibility(letter) == ("ت" if restore == "ta" else "ا"):
            return stem[:i] + ("ة" if restore == "ta" else "ى") + stem[i + 1 :]
        return stem
    if restore == "alef":
        return stem + "ا"
    return stem


def whole_words() -> frozenset[str]:
    """The words that never split (``arabicnews/data/clitics/whole.txt``), each by its table key
    (:func:`count_key`: normalised, a final ة kept apart from ه)."""
    return frozenset(count_key(line) for line in read_lines("clitics/whole.txt"))


NAME_LISTS: tuple[tuple[str, frozenset[str]], ...] = (
    ("ner/gazetteer.tsv", frozenset({"PER", "LOC"})),
    ("ner/gazetteer_names.tsv", frozenset({"NAME"})),
    ("ner/gazetteer_places.tsv", frozenset({"GEO"})),
)
"""The person and place lists shipped for the entity tagger, and the classes of each read as names."""


@cache
def name_words() -> frozenset[str]:
    """The normalised words of the person and place names in :data:`NAME_LISTS` (every word of a
    name of several words), read once per process from their built form
    (``clitics/name_words.pickle``, :mod:`~arabicnews.arabic.clitic_pack`) when that was built from
    the current lists, else computed (:func:`compute_name_words`)."""
    from arabicnews.arabic import clitic_pack

    built = clitic_pack.load_built(clitic_pack.NAMES_FILE, name_words_key())
    return untracked(frozenset(built) if built is not None else compute_name_words())


def name_words_key() -> str:
    """The key of the built name words: the name lists' files and the classes read of each."""
    return data_key((name for name, _ in NAME_LISTS), [(name, sorted(classes)) for name, classes in NAME_LISTS])


def compute_name_words() -> frozenset[str]:
    """:func:`name_words` computed from the name lists (about 0.05 CPU s)."""
    return frozenset(
        count_key(word)
        for name, classes in NAME_LISTS
        for cls, phrase in read_table(name, 2)
        if cls in classes
        for word in phrase.split()
    )


def foreign_words() -> frozenset[str]:
    """The normalised words of the transliterated person and place names (``gazetteer_names.tsv``,
    ``gazetteer_places.tsv`` of :data:`NAME_LISTS`), the foreign side of :func:`letter_table`."""
    return frozenset(
        normalize(word)
        for name, classes in NAME_LISTS
        if name != "ner/gazetteer.tsv"
        for cls, phrase in read_table(name, 2)
        if cls in classes
        for word in phrase.split()
    )


def ordinary_words(counts: Mapping[str, int], foreign: frozenset[str]) -> list[str]:
    """The :data:`LETTER_ORDINARY` most frequent words of ``counts`` that are not ``foreign``, the
    ordinary side of :func:`letter_table` (equal counts in key order)."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [w for w, _ in ranked if w not in foreign][:LETTER_ORDINARY]


def read_letters() -> dict[str, float]:
    """The packaged letter table (``arabicnews/data/clitics/letters.tsv``; the trigram ``""`` is
    written ``<unseen>``)."""
    return {(_UNSEEN_GRAM if g == "<unseen>" else g): float(v) for g, v in read_table("clitics/letters.tsv", 2)}


@cache
def read_counts() -> Mapping[str, int]:
    """The packaged word frequencies (``arabicnews/data/clitics/counts.tsv``), most frequent first.

    Read once per process from their built form (``clitics/counts.pickle``, :func:`pack_counts`)
    when that was built from the current file: with the C extension the map is read where it lies
    (:class:`~arabicnews.core.stored.PackedInts`: no Python object per word), else it is the dict
    made from the same bytes; from the file itself (:func:`read_frequencies`, 0.07-0.10 s of a
    start-up) when the built form is stale. The segmenter's model and the finder hold the same map,
    so it must not be changed (``dev_model`` and ``train`` copy it first);
    ``read_counts.cache_clear()`` after rewriting the file."""
    from arabicnews.arabic import clitic_pack

    blob = clitic_pack.load_counts(counts_key())
    return read_frequencies(COUNTS_FILE) if blob is None else stored.ints_from(blob)


def pack_counts() -> bytes:
    """``counts.tsv`` in its stored form (:func:`~arabicnews.core.stored.pack_ints`, in the file's order)."""
    return stored.pack_ints(read_frequencies(COUNTS_FILE))


def counts_key() -> str:
    """The key of the stored counts: ``counts.tsv`` and the stored form's magic."""
    return data_key((COUNTS_FILE,), [stored.INTS_MAGIC])


COUNTS_FILE = "clitics/counts.tsv"
"""The packaged word frequencies (:func:`read_counts`)."""


def load_model() -> CliticModel:
    """Read the packaged data files of the segmenter."""
    counts = read_counts()
    gold = {word: (int(n_pro), int(n_enc)) for word, n_pro, n_enc in read_table("clitics/gold.tsv", 3)}
    params = json.loads(data_path("clitics/params.json").read_text(encoding="utf-8"))
    return CliticModel(
        counts,
        {str(k): float(v) for k, v in params["proclitics"].items()},
        {str(k): float(v) for k, v in params["enclitics"].items()},
        gold,
        whole_words(),
        float(params["alpha"]),
        float(params["beta"]),
        int(params["min_stem"]),
        float(params.get("backoff", 0.0)),
        name_words(),
        read_words("clitics/function_words.txt"),
        {str(k): float(v) for k, v in params.get("rules", {}).items()},
        read_letters(),
    )


Cuts = tuple[tuple[int, int, SegmentRole, str], ...]
"""Segments relative to the word: (start, end, role, form) with an empty form meaning the text."""


_Parts = tuple[tuple[int, int, SegmentRole, str, str], ...]
"""A word's segments, cached: (start, end, role, text, form), the strings made once per word; ``()``
for a word left whole."""


DECISIONS_FILE = "clitics/decisions.tsv"
"""The packaged table of the cuts of the forms of ``counts.tsv`` (:func:`read_decisions`)."""

DECISIONS_HEADER = "# decisions of the first {rows} rows of counts.tsv, the last: {last}"
"""The first line of :data:`DECISIONS_FILE`: how many rows of ``counts.tsv`` it covers and the word of
the last, which :func:`read_decisions` checks against the counts before it trusts the lines."""

_ROLE_CODES: Mapping[SegmentRole, str] = {"proclitic": "p", "stem": "s", "enclitic": "e"}
_CODE_ROLES: Mapping[str, SegmentRole] = {v: k for k, v in _ROLE_CODES.items()}


def encode_cuts(word: str, cuts: Cuts) -> str:
    """The cuts of ``word`` as a line's second column: ``""`` for a word left whole, else one
    ``start:end:role:form`` per segment (role ``p``, ``s`` or ``e``), separated by spaces."""
    if len(cuts) == 1 and cuts[0] == (0, len(word), "stem", ""):
        return ""
    return " ".join(f"{s}:{e}:{_ROLE_CODES[role]}:{form}" for s, e, role, form in cuts)


def decode_cuts(word: str, spec: str) -> Cuts:
    """The cuts :func:`encode_cuts` wrote for ``word``."""
    if not spec:
        return ((0, len(word), "stem", ""),)
    out: list[tuple[int, int, SegmentRole, str]] = []
    for part in spec.split(" "):
        s, e, role, form = part.split(":", 3)
        out.append((int(s), int(e), _CODE_ROLES[role], form))
    return tuple(out)


def read_decisions() -> Mapping[str, str]:
    """The packaged decision table: word as written -> its encoded cuts (:func:`encode_cuts`).

    Built by ``python -m arabicnews.train clitics --decisions`` from the packaged segmenter's own
    analysis of the forms of ``counts.tsv``. The file holds one line of cuts a row of the counts, in
    their order, and no words (an empty line: the word is left whole): the keys are the counts'
    own strings, already made and hashed by :func:`read_counts`, and the cuts, about 15,000
    distinct strings for a quarter of a million words, are shared, so loading costs one dictionary
    entry a line and no string of its own per word. A file whose header does not match the counts
    (one of the two rebuilt without the other) is not used: every word is then analysed, with the
    same cuts, more slowly (a test fails until the table is rebuilt).

    The lines are read from their built form (``clitics/decisions.pickle``,
    :mod:`~arabicnews.arabic.clitic_pack`: the cuts, one a row of the counts, equal cuts stored
    once) when that was built from the current counts and file, else from the file
    (:func:`read_decisions_file`). With the stored counts read in place, the table is the cuts found
    by a word's row of the counts (:func:`~arabicnews.core.stored.rows_of`), not a dict.
    """
    from arabicnews.arabic import clitic_pack

    specs = clitic_pack.load_built(clitic_pack.DECISIONS_BUILT, decisions_key())
    if specs is None:
        return read_decisions_file()
    counts = read_counts()
    return stored.rows_of(counts, specs) if len(specs) <= len(counts) else read_decisions_file()


def decisions_key() -> str:
    """The key of the built decision table: ``counts.tsv``, ``decisions.tsv`` and the header's form."""
    return data_key((COUNTS_FILE, DECISIONS_FILE), [DECISIONS_HEADER])


def read_decisions_file() -> dict[str, str]:
    """:func:`read_decisions` from ``decisions.tsv`` itself, never its built form."""
    with data_path(DECISIONS_FILE).open("r", encoding="utf-8") as lines:
        # Line by line: the cuts of a quarter of a million words as one list of strings would
        # double the load's peak memory, most of them copies of the 16,000 distinct ones.
        return decisions_table(lines, read_counts())


def decisions_table(lines: Iterable[str], counts: Mapping[str, int]) -> dict[str, str]:
    """The decision table of the lines of a file (:func:`read_decisions`) over the rows of ``counts``;
    empty when its header does not name how many rows it covers and the word of the last."""
    it = iter(lines)
    header = next(it, "").rstrip("\n")
    shared: dict[str, str] = {}
    specs = [shared.setdefault(spec, spec) for spec in (line.rstrip("\n") for line in it) if spec[:1] != "#"]
    if not specs or len(specs) > len(counts):
        return {}
    table = dict(zip(counts, specs, strict=False))  # the first len(specs) rows of the counts
    if header != DECISIONS_HEADER.format(rows=len(specs), last=next(reversed(table))):
        return {}
    return table


WRITTEN_FILE = "clitics/written.tsv"
"""The packaged table of the cuts of frequent written forms that are no form of ``counts.tsv``
(:func:`read_written`)."""

WRITTEN_HEADER = "# decisions of {rows} written forms, the last: {last}"
"""The first line of :data:`WRITTEN_FILE`: how many lines of words it holds and the last word,
which :func:`written_table` checks before it trusts the lines."""


def read_written() -> Mapping[str, str]:
    """The packaged table of written forms: word as written -> its encoded cuts (:func:`encode_cuts`).

    The decision table (:func:`read_decisions`) answers for the forms of ``counts.tsv``, which are
    normalised: a word written with its hamza («الأرض», «إلى»), a final ى or a tanween is no form of
    the counts, and a first pass over news text analysed a quarter of its word types for that
    (issue 20, session 21, speed21z). This table holds the cuts the packaged segmenter's analysis
    gives the most frequent such written forms (``python -m arabicnews.train clitics --written N``
    chooses them from wordfreq's Arabic list; ``--decisions`` analyses the same words again), one
    line a word; a test compares every entry with the analysis. It is consulted after the decision
    table, by the segmenter that loads the packaged model only.

    Read from its built form (``clitics/written.pickle``, :mod:`~arabicnews.arabic.clitic_pack`: the
    words stored by :func:`~arabicnews.core.stored.pack_ints` and read in place with the C
    extension, the cuts one a word, equal cuts stored once) when that was built from the current
    file, else from the file (:func:`read_written_file`); a file whose header does not match its
    lines is not used (an empty table: every such word is analysed, with the same cuts).
    """
    from arabicnews.arabic import clitic_pack

    built = clitic_pack.load_written(written_key())
    if built is None:
        return read_written_file()
    blob, specs = built
    return stored.rows_of(stored.ints_from(blob), specs)


def written_key() -> str:
    """The key of the built table of written forms: ``written.tsv``, the header's form and the stored words' magic."""
    return data_key((WRITTEN_FILE,), [WRITTEN_HEADER, stored.INTS_MAGIC])


def read_written_file() -> dict[str, str]:
    """:func:`read_written` from ``written.tsv`` itself, never its built form."""
    with data_path(WRITTEN_FILE).open("r", encoding="utf-8") as lines:
        return written_table(lines)


def written_table(lines: Iterable[str]) -> dict[str, str]:
    """The table of written forms of the lines of a file (:func:`read_written`): ``word<TAB>cuts`` a
    line (the word alone for a word left whole), equal cuts one string; empty when its header does
    not name how many lines of words it holds and the last word."""
    it = iter(lines)
    header = next(it, "").rstrip("\n")
    shared: dict[str, str] = {}
    table: dict[str, str] = {}
    last = ""
    for line in it:
        if line[:1] == "#":
            continue
        word, _, spec = line.rstrip("\n").partition("\t")
        table[word] = shared.setdefault(spec, spec)
        last = word
    if not table or header != WRITTEN_HEADER.format(rows=len(table), last=last):
        return {}
    return table


class CliticSegmenter:
    """Split an Arabic word into segments covering its characters.

    A segmenter made without a model loads the packaged one on the first word it splits, and with
    it the decision table (:func:`read_decisions`), which answers for every word form of the counts
    without analysing it, and the table of frequent written forms (:func:`read_written`), which
    answers for the words written with a hamza, a final ى or a tanween that the counts do not hold
    (the same cuts: a test compares every entry of both with the analysis). A segmenter given a
    model analyses every word with it.
    """

    __slots__ = ("_cache", "_decisions", "_written", "model")

    def __init__(self, model: CliticModel | None = None) -> None:
        self.model = model
        self._cache: dict[str, _Parts] = {}
        self._decisions: Mapping[str, str] = {}
        self._written: Mapping[str, str] = {}

    def segment(self, word: str, start: int) -> tuple[Segment, ...]:
        """The segments of ``word``, which starts at offset ``start`` of the text.

        With a trace open, the word is analysed afresh (not from the cache) and the rules that
        decided it are recorded over ``[start, start + len(word))`` of the traced text.
        """
        trace = current_trace()
        if trace is not None:
            return self._segment_traced(word, start, trace)
        parts = self._cache.get(word)
        if parts is None:
            parts = self._parts(word)
        if not parts:  # most words: one stem segment, the word itself
            return (Segment(word, start, start + len(word), "stem", word),)
        # The segment strings are shared by every occurrence of the word.
        return tuple(Segment(text, start + s, start + e, role, form) for s, e, role, text, form in parts)

    def relative_parts(self, word: str) -> _Parts | None:
        """What :meth:`segment` gives ``word``, relative to its start and without making the
        :class:`Segment` objects (the tokenizer's columns keep these tuples): ``None`` for the one
        stem segment that is the word itself. Never traced: a caller with a trace open calls
        :meth:`segment`."""
        parts = self._cache.get(word)
        if parts is None:
            parts = self._parts(word)
        if not parts or (len(parts) == 1 and parts[0] == (0, len(word), "stem", word, word)):
            return None
        return parts

    def _parts(self, word: str) -> _Parts:
        """The cuts of ``word`` with their strings (``()``: the word whole), cached."""
        cuts = self._cuts(word)
        parts: _Parts = (
            ()
            if len(cuts) == 1 and cuts[0][2] == "stem" and not cuts[0][3]
            else tuple((s, e, role, word[s:e], form or word[s:e]) for s, e, role, form in cuts)
        )
        if len(self._cache) >= _CUT_CACHE_SIZE:
            self._cache.clear()
        self._cache[word] = parts
        return parts

    def _segment_traced(self, word: str, start: int, trace: Trace) -> tuple[Segment, ...]:
        with tracing(word) as inner:
            cuts = self.analysed_cuts(word)  # never the table: the trace names the rules
        # The word's decisions, moved to where the word stands in the traced text; one record
        # per rule and word (the stem of a nested split may be decided by the same rule again).
        seen: set[tuple[str, str, str]] = set()
        for d in inner.decisions:
            if (d.table, d.rule, d.verdict) not in seen:
                seen.add((d.table, d.rule, d.verdict))
                trace.decisions.append(evolve(d, start=start, end=start + len(word), text=word))
        return tuple(Segment(word[s:e], start + s, start + e, role, form or word[s:e]) for s, e, role, form in cuts)

    def loaded_model(self) -> CliticModel:
        """The segmenter's model, loaded now if it was not yet (the tokenizer's context rules read it)."""
        return self._load()

    def _load(self) -> CliticModel:
        if self.model is None:
            self.model = load_model()
            self._decisions = read_decisions()
            self._written = read_written()
        return self.model

    def _cuts(self, word: str) -> Cuts:
        if self.model is None:
            self._load()
        spec = self._decisions.get(word)
        if spec is None:
            spec = self._written.get(word)  # a frequent written form: «الأرض», «إلى»
        if spec is not None:
            return decode_cuts(word, spec)
        return self.analysed_cuts(word)

    def analysed_cuts(self, word: str) -> Cuts:
        """The cuts of ``word`` (relative to it) by the analysis itself, never the decision table."""
        whole: Cuts = ((0, len(word), "stem", ""),)
        model = self._load()
        view = NormalizedText.of(word)
        norm = view.text
        a = analyse_word(model, word, view)
        if a is NO_SPLIT or a.proclitic_len + a.enclitic_len == 0:
            return whole
        n = len(norm)
        positions = sorted({*range(a.proclitic_len + 1), n - a.enclitic_len, n})
        offs = view.offsets

        def cut(i: int) -> int:
            # The original offset of a cut; marks and tatweel after a letter stay with that letter.
            return 0 if i == 0 else (len(word) if i >= n else offs[i])

        if any(0 < i < n and offs[i] == offs[i - 1] for i in positions):
            return whole  # a cut inside a ligature such as ﻻ: leave the word whole
        roles: list[SegmentRole] = []
        for k in range(len(positions) - 1):
            lo = positions[k]
            if lo < a.proclitic_len and not (a.bare and lo == a.proclitic_len - 1):
                roles.append("proclitic")
            elif lo >= n - a.enclitic_len and a.enclitic_len:
                roles.append("enclitic")
            else:
                roles.append("stem")
        out: list[tuple[int, int, SegmentRole, str]] = []
        for k, role in enumerate(roles):
            s, e = cut(positions[k]), cut(positions[k + 1])
            form = ""
            if role == "stem" and a.restore:
                form = _stem_form(word[s:e], a.restore)
            elif role != "stem":
                form = norm[positions[k] : positions[k + 1]]  # the bare letters: «بِ» is the word ب
            out.append((s, e, role, form))
        return tuple(out)


@cache
def default_segmenter() -> CliticSegmenter:
    """The segmenter the default pipeline uses; its data files load on the first word it splits."""
    return CliticSegmenter()
