"""The tokenizer: raw news text to tokens with kinds, normalised forms and clitic segments.

Tokens cover every character of the text except white space and invisible format characters
(bidi marks, zero-width joiners) between tokens; a format character inside a word stays in it.
"""

from __future__ import annotations

from sys import intern
from typing import Any, ClassVar

import regex

from arabicnews.arabic.clitics import (
    CONSTRUCT_RULES,
    PARTICLE_RULES,
    PARTICLE_WORDS,
    SPLIT_RULES,
    VAN_RULES,
    WORD_RULES,
    CliticSegmenter,
    ConstructContext,
    ParticleContext,
    VanContext,
    construct_stem,
    count_key,
    default_segmenter,
)
from arabicnews.arabic.letters import PREPOSITIONS, PROCLITIC_LETTERS
from arabicnews.core.document import Document
from arabicnews.core.normalize import normalize_word
from arabicnews.core.rules import RuleTable, current_trace
from arabicnews.model.columns import KIND_CODES, Part, Parts, TokenTable, parts_of
from arabicnews.model.spans import Token, TokenKind

GAP = regex.compile(r"[\s\p{Cf}]")
"""The characters that separate tokens and belong to none: white space and format characters."""

_AR = r"[[\p{Arabic}\p{M}\u0640]--\p{Cf}]"  # Arabic letter, mark or tatweel; not a format sign
_JOIN = r"[\u200c\u200d\u200e\u200f\u061c]"  # format characters that may stand inside a word
_NUMPRE = f"[{PROCLITIC_LETTERS}][{PREPOSITIONS}]?"  # proclitics before digits: «و5», «وب5»
_NUM = r"\d{1,3}(?:[,٬]\d{3})+(?:[.٫]\d+)?|\d+(?:[.٫]\d+)?"

_ALTERNATIVES: tuple[tuple[str, str], ...] = (
    ("url", r"""(?:https?://|www\.)[^\s\p{Cf}«»"'<>]*[^\s\p{Cf}«»"'<>.,،؛:;!?؟)\]}]"""),
    ("email", r"(?<![\p{L}\p{M}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+"),
    ("mention", r"@[\p{L}\p{M}\p{N}_]+"),
    ("hashtag", r"\#[\p{L}\p{M}\p{N}_]+"),
    ("number", rf"(?P<numpre>(?<![\p{{L}}\p{{M}}\u0640]){_NUMPRE}\u0640?)?(?P<digits>{_NUM})(?P<percent>[%٪])?"),
    ("word", rf"{_AR}+(?:{_JOIN}+{_AR}+)*"),
    ("latin", r"[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*"),
    ("punct", r"\p{P}"),  # a run of the same mark is extended in Python (no backtracking stack)
    ("symbol", r"\p{S}\p{M}*"),
    ("other", r"[^\s\p{Cf}]"),
)
"""The token kinds' patterns, tried in this order at each position: the first that matches wins."""

_NEEDS_AT = ("email", "mention")
"""The alternatives that cannot match a text without «@»."""


def _token_pattern(names: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile("|".join(f"(?P<{name}>{src})" for name, src in _ALTERNATIVES if name in names), regex.V1)


_TOKEN = _token_pattern(tuple(name for name, _ in _ALTERNATIVES))
_TOKEN_NO_AT = _token_pattern(tuple(name for name, _ in _ALTERNATIVES if name not in _NEEDS_AT))
""":data:`_TOKEN` without the alternatives that need «@» (about 98 % of news texts have none): the
same tokens where there is no «@», found about a tenth faster (the e-mail alternative reads each word
to its end before it fails)."""


_KIND: dict[str, TokenKind] = {
    "url": "url",
    "email": "email",
    "mention": "mention",
    "hashtag": "hashtag",
    "number": "number",
    "word": "word",
    "latin": "word",
    "punct": "punct",
    "symbol": "symbol",
    "other": "other",
}


_WORD_CACHE_SIZE = 200_000
"""How many distinct words a tokenizer remembers (their norm and clitic cuts) before starting afresh."""

_WORD, _NUMBER = KIND_CODES["word"], KIND_CODES["number"]
_CODE: dict[str, int] = {group: KIND_CODES[kind] for group, kind in _KIND.items()}


class Tokenizer:
    """Split text into :class:`~arabicnews.model.spans.Token` objects, segmenting Arabic words.

    The result is a :class:`~arabicnews.model.columns.TokenTable`: the tokens as columns, each
    Token made when it is read. Each distinct word's normalised form and clitic cuts are computed
    once and shared by its occurrences.
    """

    __slots__ = ("_my_words", "_segmenter_of_words", "_words", "segmenter")

    def __init__(self, segmenter: CliticSegmenter | None = None) -> None:
        self.segmenter = segmenter
        self._words: dict[str, tuple[str, str, Parts | None]] = {}
        self._my_words: set[str] = set()
        """The words of ``_words`` split stem + my ي after a noun's stem (:func:`construct_stem`), which
        :data:`CONSTRUCT_RULES` reads in context."""
        self._segmenter_of_words: CliticSegmenter | None = None

    def __getstate__(self) -> tuple[CliticSegmenter | None]:
        return (self.segmenter,)  # the word cache is rebuilt where the tokenizer is unpickled

    def __setstate__(self, state: tuple[CliticSegmenter | None]) -> None:
        self.segmenter = state[0]
        self._words = {}
        self._my_words = set()
        self._segmenter_of_words = None

    def __call__(self, text: str) -> tuple[Token, ...]:
        """Tokenize ``text``."""
        segmenter = self.segmenter or default_segmenter()
        words = self._words
        my_words = self._my_words
        if self._segmenter_of_words is not segmenter or len(words) >= _WORD_CACHE_SIZE:
            words.clear()
            my_words.clear()
            self._segmenter_of_words = segmenter
        # A segmenter of another class may give segments that depend on the offset: ask it each time.
        # So does a trace (``arabicnews.explain``): each word's decisions are recorded where it stands.
        shared = type(segmenter) is CliticSegmenter and current_trace() is None
        starts: list[int] = []
        ends: list[int] = []
        kinds = bytearray()
        norms: list[str] = []
        parts: list[Parts | None] = []
        texts: list[str] = []
        add_start, add_end, add_kind, add_norm, add_parts, add_text = (
            starts.append,
            ends.append,
            kinds.append,
            norms.append,
            parts.append,
            texts.append,
        )
        get_word = words.get
        norm = normalize_word
        search = (_TOKEN if "@" in text else _TOKEN_NO_AT).search
        n = len(text)
        pos = 0
        # the fourth argument, concurrent=False: the match keeps the GIL (docs/performance.md, "regex and the GIL")
        while (m := search(text, pos, None, False)) is not None:
            start, end = m.span()
            group = m.lastgroup  # the outermost named group closes last, so this names the kind
            if group == "punct":
                mark = text[start]
                while end < n and text[end] == mark:
                    end += 1
            pos = end
            add_start(start)
            add_end(end)
            tok = text[start:end]
            if group == "word":
                add_kind(_WORD)
                info = get_word(tok) if shared else None
                if info is None:
                    tok = intern(tok)
                    if shared:  # the cuts as the columns keep them, no Segment made
                        info = words[tok] = (tok, norm(tok), segmenter.relative_parts(tok))
                    else:
                        info = (tok, norm(tok), parts_of(segmenter.segment(tok, start), tok, start))
                    cut = info[2]
                    if (
                        cut is not None
                        and len(cut) > 1
                        and cut[-1][2] == "enclitic"
                        and cut[-1][4] == "ي"
                        and cut[-2][2] == "stem"
                        and construct_stem(norm(cut[-2][3]))
                    ):
                        my_words.add(tok)
                # One string per distinct word, however often it recurs (the stages' dictionaries
                # find a string they have met before faster).
                add_text(info[0])
                add_norm(info[1])
                add_parts(info[2])
            else:
                tok = intern(tok)
                add_text(tok)
                add_norm(norm(tok))
                if group == "number":
                    add_kind(_NUMBER)
                    add_parts(_number_parts(m, start))
                else:
                    add_kind(_CODE[group or _group_of(m)])
                    add_parts(None)
        if isinstance(segmenter, CliticSegmenter):
            van = _VAN in norms
            particle = not PARTICLE_WORDS.isdisjoint(norms)
            mine = my_words if my_words and not my_words.isdisjoint(texts) else None
            if van or particle or mine:
                _in_context(segmenter, van, particle, mine, texts, norms, kinds, parts, starts, ends)
        return TokenTable(text, starts, ends, bytes(kinds), norms, parts, texts)


_VAN = "فان"
_BARE_VAN = regex.compile(r"ف\p{M}*ا\p{M}*ن\p{M}*")
"""«فان» written with a bare alef (harakat allowed): the word :data:`VAN_RULES` decides in context."""


def _in_context(
    segmenter: CliticSegmenter,
    van: bool,
    particle: bool,
    my_words: set[str] | None,
    texts: list[str],
    norms: list[str],
    kinds: bytearray,
    parts: list[Parts | None],
    starts: list[int],
    ends: list[int],
) -> None:
    """Decide the words that their neighbours decide (``van``: the text holds «فان»; ``particle``:
    it holds a word of ``PARTICLE_WORDS``, «بيد» or «وجهات»; ``my_words``: the words split stem +
    my ي it holds): split each «فان» kept whole as the name Van into ف + «ان» where its neighbours
    show «فإن» (:data:`VAN_RULES`), undo the split ب + «يد» of each «بيد» that the word after it
    shows the particle («بيد أنه») and the و + «جهات» of «وجهات النظر» (:data:`PARTICLE_RULES`),
    and undo the split stem + my ي of each word that the word after it shows a dual or plural in
    construct («وزارتي التعليم», :data:`CONSTRUCT_RULES`)."""
    model = segmenter.loaded_model()
    trace = current_trace()
    last = len(norms) - 1

    def after(k: int) -> tuple[str, str]:
        """The next word's norm and counts key (``""``, ``""`` when no word follows)."""
        if k < last and kinds[k + 1] == _WORD:
            return norms[k + 1], count_key(texts[k + 1])
        return "", ""

    for k, word in enumerate(texts):
        cut = parts[k]
        if kinds[k] != _WORD:
            continue
        if van and cut is None and norms[k] == _VAN and _BARE_VAN.fullmatch(word):
            before = texts[k - 1] if k > 0 else ""
            next_norm, next_key = after(k)
            next_parts = parts[k + 1] if next_norm else None
            next_enclitic = next_parts[-1][4] if next_parts is not None and next_parts[-1][2] == "enclitic" else ""
            span = (starts[k], ends[k]) if trace is not None else None
            decided = VAN_RULES.first(VanContext(model, before, next_norm, next_enclitic, next_key), trace, span)
            if decided is not None and decided[1]:
                a = word.index("ا")
                parts[k] = ((0, a, "proclitic", word[:a], "ف"), (a, len(word), "stem", word[a:], word[a:]))
        elif particle and cut is not None and norms[k] in PARTICLE_WORDS:
            span = (starts[k], ends[k]) if trace is not None else None
            one_word = PARTICLE_RULES.first(ParticleContext(model, norms[k], after(k)[0]), trace, span)
            if one_word is not None and one_word[1]:
                parts[k] = None
        elif my_words is not None and cut is not None and len(cut) > 1 and cut[-2][2] == "stem" and word in my_words:
            stem = cut[-2]
            span = (starts[k], ends[k]) if trace is not None else None
            construct = CONSTRUCT_RULES.first(ConstructContext(model, normalize_word(stem[3]), *after(k)), trace, span)
            if construct is not None and construct[1]:
                whole = word[stem[0] : cut[-1][1]]
                kept = (*cut[:-2], (stem[0], cut[-1][1], "stem", whole, whole))
                parts[k] = kept if len(kept) > 1 else None


def _group_of(m: regex.Match[str]) -> str:
    for name, _ in _ALTERNATIVES:
        if name in m.re.groupindex and m.group(name) is not None:
            return name
    raise AssertionError("unreachable: the token pattern always matches one group")  # pragma: no cover


def _number_parts(m: regex.Match[str], start: int) -> Parts | None:
    """A number's segments relative to its start (``None`` when it is all digits: one stem segment)."""
    numpre = m.group("numpre")
    percent = m.group("percent")
    if not numpre and not percent:
        return None
    segs: list[Part] = []
    if numpre:
        s, e = m.span("numpre")
        letters = numpre.replace("\u0640", "")
        # One segment per proclitic letter; a tatweel after them stays with the last one.
        pos = s
        for i, _ in enumerate(letters):
            seg_end = pos + 1 if i < len(letters) - 1 else e
            segs.append((pos - start, seg_end - start, "proclitic", numpre[pos - s : seg_end - s], letters[i]))
            pos = seg_end
    s, e = m.span("digits")
    digits = m.group("digits")
    segs.append((s - start, e - start, "stem", digits, digits))
    if percent:
        s, e = m.span("percent")
        segs.append((s - start, e - start, "suffix", percent, percent))
    return tuple(segs)


class TokenizerStage:
    """The ``tokens`` stage: adds the ``tokens`` layer."""

    name: ClassVar[str] = "tokens"
    requires: ClassVar[tuple[str, ...]] = ()
    provides: ClassVar[tuple[str, ...]] = ("tokens",)
    trusted: ClassVar[bool] = True
    rule_tables: ClassVar[tuple[RuleTable[Any, Any], ...]] = (
        WORD_RULES,
        SPLIT_RULES,
        VAN_RULES,
        CONSTRUCT_RULES,
        PARTICLE_RULES,
    )
    """The clitic segmenter's tables: ``arabicnews.explain(text, "tokens")`` says which rule
    decided each word's split."""

    __slots__ = ("tokenizer",)

    def __init__(self, tokenizer: Tokenizer | None = None) -> None:
        self.tokenizer = tokenizer or Tokenizer()

    def __call__(self, doc: Document, /) -> Document:
        return doc.with_layer("tokens", self.tokenizer(doc.text), validate=False)

    def __repr__(self) -> str:
        return "TokenizerStage()"


def tokenize(text: str) -> tuple[Token, ...]:
    """Tokenize ``text`` with the default tokenizer (a convenience for one-off use)."""
    return Tokenizer()(text)
