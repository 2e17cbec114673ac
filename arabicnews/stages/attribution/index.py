"""The per-document index the attribution rules read: token forms, sentences, quotes, cues, entities.

Built once per document; every rule then looks things up by token index (``i``, ``k``) and turns
token indexes back into original offsets through the tokens.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from itertools import accumulate, compress
from typing import ClassVar

import regex
from attrs import define, frozen

from arabicnews.arabic.letters import CONJUNCTIONS
from arabicnews.core.document import Document
from arabicnews.core.normalize import normalize
from arabicnews.core.resources import read_table
from arabicnews.core.rules import RuleTable, Trace
from arabicnews.model.attribution import Attribution
from arabicnews.model.columns import (
    split_token_segments,
    token_ends,
    token_kinds,
    token_norms,
    token_starts,
    token_texts,
    tokens_built_once,
)
from arabicnews.model.entity import Entity
from arabicnews.model.spans import Span, Token, sentence_token_ranges
from arabicnews.stages.attribution.lexicon import CueInfo, Grammar, Lexicon, grammar

QUOTE_PAIRS = {"«": "»", "“": "”", "‹": "›", "\ufd3f": "\ufd3e"}
"""Opening quotation marks and the marks that close them (straight quotes pair up in turn). The
ornate brackets ﴿ ﴾ enclose a quoted verse of the Quran («يقول سبحانه: ﴿ ... ﴾»)."""
SYMMETRIC = ('"', "”", "»")
"""Marks that pair up in turn when no opening mark of their own is open: the straight quote, and a
closing mark written on both sides («لـ”عين اليوم”», «الـ»بلوز»»)."""
QUOTE_MARKS = frozenset(QUOTE_PAIRS) | frozenset(QUOTE_PAIRS.values()) | frozenset(SYMMETRIC)
"""Every quotation mark, opening or closing."""
TERMINAL = frozenset(".!?؟…؛")
COMMAS = frozenset("،,")
COLONS = frozenset(":：")
MAX_SENTENCE = 256
KEYWORD_LINE_WORDS = 25
"""The most words an outlet's closing line («سمات ...», «رابط الخبر ...», `keyword_lines.txt`) holds after its first."""
INITIAL_LETTERS = 3
"""How long a word may be on each side of a dot for the dot to spell out a name («دي.سي.ان.اٍس»)."""
"""A run-on "sentence" (a page without full stops) is analysed in pieces of at most this many
tokens: every rule scans within a sentence, so this keeps the stage linear."""
OBJECT_PRONOUNS = ("ه", "ها")
"""The object pronouns a reporting verb may carry after «ما» («حسبما ذكرته»)."""
ARTICLE = "ال"
"""The article; a word longer than three letters that starts with it is definite."""
LAM = "ل"
"""The preposition ل, written on the word after it."""
LAM_ARTICLE = LAM + "ل"
"""ل before the article, whose alef it drops («للمرصد»)."""
BA = "ب"
"""The preposition ب, written on the word after it."""
CONJUNCTION = "و"
"""The conjunction و, also written alone."""
TA_MARBUTA = "ه"
"""The feminine ending ة, as normalised."""
LONE_LAM = (LAM, LAM + "ـ")
"""The preposition ل written alone before an outlet's name («لـ"سبق"»)."""

CONJUNCTION_LETTERS = frozenset(CONJUNCTIONS)
"""و and ف, as a set (a segment's form is compared whole, not as a substring)."""

_LEADING = regex.compile(rf"[{CONJUNCTIONS}][\p{{M}}\u0640]*")


BETWEEN = "بين"
"""«بين»: «بيّن» "stated" or "between", written alike."""
WHAT_FORMS = ("ما", "لما")
"""«ما» after an according-to word, before the reporting verb that extends it («وفق ما أعلنت»)."""
POSSESSIVES = ("هما", "هم", "هن", "ها", "ه")
"""Third-person possessive enclitics on a noun of plan («رؤيته», «أمزجتهم»), longest first."""
POSSESSED_STEM = 3
"""The shortest noun left once a possessive is taken off."""
PREPOSITION_STEMS = ("علي", "الي", "لدي", "عند", "بين")
"""Prepositions as they stand before a pronoun («عليه», «إليها», «لديهم»), normalised: no noun."""
GOD = "لله"
"""The end of names in «الله» («عبدالله»), which look like a noun with «ه»."""
HA = "\u0647"
"""The letter ه as written (ة is U+0629)."""
ONLY_BUT = "بل"
"""«ليس ... فحسب بل» ("not only ... but"): «حسب» before «بل» is “only”, no cue."""
ONLY = "حسب"
"""«حسب», which «فحسب» "only" also writes."""
FA = "ف"
"""The conjunction «ف»: after «أما» it introduces the verb of its topic; on «حسب» after a word it
writes «فحسب» “only”."""
SUCCEEDED = "وفق"
"""«وفق» (the lemma and its bare form): before a preposition it is the verb «وُفِّق» “succeeded”."""
SUCCEEDED_IN = ("في", "فيه", "فيها", "فيهم", "الي")
"""The prepositions after «وُفِّق» («وفق فيها رئيسنا», «وفق في اختيار»)."""
TA = "ت"
TA_MARBUTA = "ه"
"""ة as normalisation writes it."""
DEMONSTRATIVES = ("هذه", "هذا", "تلك", "ذلك")
"""Demonstratives that may stand before a noun of plan or law («حسب هذه الخطة»)."""
LATEST = "اخر"
"""«آخر» (normalised) "the latest": after an according-to word, a state of things, not a source."""
PRONOUNS_HE_SHE = ("هو", "هي")
"""«هو», «هي» (normalised) after «ما»: «وفق ما هو مخطط له»."""
BETWEEN_BACK = 15
"""How far before a «وبين» the first «بين» of "between X and Y" may stand."""
BETWEEN_PRONOUNS = frozenset(BETWEEN + e for e in ("ه", "ها", "هما", "هم", "هن", "نا", "ي", "ك", "كم", "كما"))
"""The first “between” with its pronoun («بينه وبين», «بيننا وبين»; attr24b)."""
NAQAL = "نقل"
NARRATED = ("طلب", "اشترط", "وعد", "أبلغ", "أخبر")
WITHHOLDING = ("طلب", "اشترط")
WITHHELD = ("عدم",)
"""«طلب عدم الكشف عن اسمه», «اشترطوا عدم ذكر أسمائهم»: a source asking to stay unnamed, words
of the source span rather than a cue (a cue word there would end the source before them)."""
"""Requests that a reported story tells with «و»/«ف» and no comma: nested in its content, not a new clause."""
"""The lemma of «نقل»: «نقل ... عن» names the one quoted as a source too; with neither «عن» nor
«أن» after it, it is "carried" («ونقل عشرات إلى المستشفيات»)."""
AN = "عن"
CARRIED_REACH = 12
"""How far after «نقل» its «عن» or «أن» may stand."""
CLAUSE_OPENERS = (CONJUNCTION, "فيما", "بينما", "اذ")
"""Words after which a cue opens a new clause («فيما أكد», «إذ يقول»; «إذ» as normalised)."""
ALI = "علي"
"""«على» and «علي» once ي/ى are folded."""
YA = "\u064a"
"""ي, the letter that ends the name «علي» (the preposition ends in ى)."""
SON = ("بن", "ابن")
IMAM = normalize("إمام")
"""«إمام» (imam) and «أمام» "in front of" once hamza is folded."""
HAMZA_BELOW = "\u0625"
"""إ, the letter that opens «إمام» (the preposition «أمام» opens with أ)."""

AS_PUT_BY = frozenset(normalize(w) for w in ("قوله", "قولها", "قولهم", "تعبيره", "تعبيرها", "تعبيرهم"))
"""The last word of «على حد قوله», «على حد تعبيرها»: the pronoun is the source."""
OPEN_PAREN = "("
CLOSE_PAREN = ")"


@cache
def person_titles() -> frozenset[str]:
    """The one-word titles before a person's name of the entity tagger's gazetteer (``T-PER``:
    «المدرب», «الفنان», «الكاتب», «الدكتور»), normalised."""
    return frozenset(normalize(w) for cls, w in read_table("ner/gazetteer.tsv", 2) if cls == "T-PER" and " " not in w)


@cache
def place_triggers() -> frozenset[str]:
    """The one-word place nouns of the entity tagger's gazetteer (``T-LOC``: «مدينة», «العاصمة», «حي»,
    «شمال»), normalised, without the article."""
    words = (normalize(w) for cls, w in read_table("ner/gazetteer.tsv", 2) if cls == "T-LOC" and " " not in w)
    return frozenset(w[2:] if w.startswith("ال") else w for w in words)


@frozen
class CueMatch:
    """A cue found in the text: what the lists say about it, its original offsets and its last token."""

    info: CueInfo
    cue_start: int
    cue_end: int
    last: int


@define
class ComplementiserCandidate:
    """A token spelled as a complementiser («أن», «بأنه»): does it open reported content?"""

    index: Index
    token: int


@define
class QuoteCandidate:
    """A straight mark met while a quote opened with the same mark is open («"سجلنا الطلب على نظام
    "إحالتي" ..."»): does it open a quote inside the open one (``True``) rather than close it?"""

    index: Index
    opener: int
    """The open quote's mark."""
    mark: int
    """The mark met."""


class Index:
    """The token index of one document, and the small predicates every rule uses."""

    complementiser_rules: ClassVar[RuleTable[ComplementiserCandidate, bool]]
    """The table that decides whether a complementiser opens content (set by the engine)."""
    quote_rules: ClassVar[RuleTable[QuoteCandidate, bool]]
    """The table that decides whether a straight mark opens a quote inside an open one of the same
    mark rather than close it (set by the engine)."""

    def __init__(self, doc: Document, lex: Lexicon, trace: Trace | None) -> None:
        self.doc = doc
        self.lex = lex
        self.grammar: Grammar = grammar()
        self.trace = trace
        self.text = doc.text
        toks: tuple[Token, ...] = doc.tokens
        # The rules read some tokens many times: each is built once (the columns serve the rest).
        self.toks = tokens_built_once(toks)
        n = len(toks)
        self.n = n
        # The columns of a TokenTable (a Token is built only where a rule reads one).
        self.starts = list(token_starts(toks))
        self.norm = list(token_norms(toks))
        # ``bare``: the normalised token without a conjunction proclitic; ``body``: where it starts.
        self.conj = [False] * n
        self.bare = list(self.norm)
        self.body = list(self.starts)
        # ``lpre``: the token (after a conjunction) starts with the preposition ل: «لوكالة».
        self.lpre = [False] * n
        kinds = token_kinds(toks)
        self.punct = list(map("punct".__eq__, kinds))
        self.is_word = list(map("word".__eq__, kinds))
        self.is_number = list(map("number".__eq__, kinds))
        waw_names = self.grammar.waw_names
        for i, start, segs in split_token_segments(toks):  # segments as (start, end, role, text, form) from `start`
            first = 0
            norm = self.norm[i]
            # «هيومن رايتس ووتش»: a name's «و» is not the conjunction, whatever the segmenter says.
            lead = segs[0]
            if lead[2] == "proclitic" and lead[4] in CONJUNCTION_LETTERS and len(norm) > 1 and norm not in waw_names:
                self.conj[i] = True
                self.bare[i] = norm[1:]
                self.body[i] = start + segs[1][0]
                first = 1
            self.lpre[i] = len(segs) > first + 1 and segs[first][2] == "proclitic" and segs[first][4] == LAM
        # Sentences by token index.
        sents = doc.sentences
        self.sent_of = [0] * n
        self.sent_first: list[int] = []
        self.sent_end: list[int] = []
        texts, tok_ends = token_texts(toks), token_ends(toks)
        self.texts = texts  # each token's text and end, as columns (no Token built to read them)
        self.ends = tok_ends
        for first, last in self._initialisms_joined(
            sentence_token_ranges(doc.tokens, sents) or [(0, n)], texts, tok_ends
        ):
            for piece in range(first, max(last, first + 1), MAX_SENTENCE):
                s_idx = len(self.sent_first)
                stop = min(piece + MAX_SENTENCE, last)
                self.sent_first.append(piece)
                self.sent_end.append(stop)
                if stop > piece:
                    self.sent_of[piece:stop] = [s_idx] * (stop - piece)
        # Full stops inside a sentence («أ. د. عبدالله الحربش»): the sentence stage kept them, so
        # they close an abbreviation or an initial and stop no source or content scan.
        ends = {e - 1 for e in self.sent_end}
        self.inner_dot: set[int] = {
            k for k in range(1, n - 1) if texts[k] == "." and k not in ends and tok_ends[k - 1] == self.starts[k]
        }
        self.keyword_line = self._keyword_line()
        """Where the outlet's closing line of tags starts («... من السجن. سمات الهند امرأة»), or ``n``."""
        self.claimed: set[int] = set()
        """Quotes and colons already taken by a cue («رد ... وكأنه توقع سماعه: «...»»)."""
        self.used: set[int] = set()
        """Reporting verbs taken into an according-to phrase («أفاد» in «وفق ما أفاد»)."""
        self.done: list[Attribution] = []
        """The attributions found so far, in cue order (earlier speakers are looked up here)."""
        self.announcers: list[tuple[int, int, int]] = []
        """The subjects of announcements that report nothing («وكشف المتحدث ... عن النتائج»), as
        (cue token, first token, end token): a later «وأضاف» may continue them."""
        self._comp: dict[int, bool] = {}
        self._refused: dict[int, bool] = {}
        self._pair_quotes()
        self._find_cues()
        self.entities: tuple[Entity, ...] = tuple(
            e for e in (doc.entities if doc.has_layer("entities") else ()) if isinstance(e, Entity)
        )
        self.ent_starts = [e.start for e in self.entities]

    def _keyword_line(self) -> int:
        """The first token of the line of tags or the link an outlet closes its articles with, or ``n``.

        The line opens with words of `keyword_lines.txt` («سمات» "tags", «رابط الخبر» "the link to the
        story") after a full stop or a line break, among the text's last ``KEYWORD_LINE_WORDS`` + 1
        words, with no line break after it and no full stop at the text's end: the site's, never
        anyone's words («... ووزارة الصحة والبلديات. سمات الحج الحجاج مكة»). Inside a sentence «سمات» is
        the noun "features" («من سمات الشخصية») and opens nothing.
        """
        words = 0
        for k in range(self.n - 1, max(-1, self.n - 1 - 3 * KEYWORD_LINE_WORDS), -1):
            if k + 1 < self.n and "\n" in self.text[self.ends[k] : self.starts[k + 1]]:
                return self.n  # a line break after the line's first word: not the text's last line
            if not self.is_word[k]:
                continue
            if words > KEYWORD_LINE_WORDS:
                return self.n
            lines = self.grammar.keyword_lines
            if self.norm[k] in lines or (k + 1 < self.n and f"{self.norm[k]} {self.norm[k + 1]}" in lines):
                before = self.texts[k - 1] if k > 0 else ""
                opens = k == 0 or "\n" in self.text[self.ends[k - 1] : self.starts[k]] or before[-1:] in TERMINAL
                last = self.texts[self.n - 1]
                return k if opens and last[-1:] not in TERMINAL else self.n
            words += 1
        return self.n

    def _initialisms_joined(
        self, ranges: Sequence[tuple[int, int]], texts: Sequence[str], tok_ends: Sequence[int]
    ) -> list[tuple[int, int]]:
        """The sentence token ranges, with those split at the dots of an initialism joined.

        «شركة (دي.سي.ان.اٍس)، التي ... إنّها», «لاذاعة (ار.تي.ال)، أنّ»: a full stop glued to a
        short word on each side is a letter of a name spelled out, not a sentence end; split there,
        the verb would lose the content after the name. A stop after a long word («الحادث.وأضاف»,
        a missing space) still ends its sentence.
        """
        out: list[tuple[int, int]] = []
        for first, last in ranges:
            if out and out[-1][1] == first and self._initial_dot(out[-1][1] - 1, texts, tok_ends):
                out[-1] = (out[-1][0], last)
            else:
                out.append((first, last))
        return out

    def _initial_dot(self, k: int, texts: Sequence[str], tok_ends: Sequence[int]) -> bool:
        """Whether token ``k`` is a full stop between two short words glued to it («دي.سي»), or
        the stop of an initial next to another («أو. بي. سينغ»)."""
        if k < 1 or k + 1 >= self.n or texts[k] != ".":
            return False
        if tok_ends[k] == self.starts[k + 1]:
            short = len(texts[k - 1]) <= INITIAL_LETTERS and len(texts[k + 1]) <= INITIAL_LETTERS
            return short and self._initial(k - 1, texts, tok_ends) and self.is_word[k + 1]
        return self._initial(k - 1, texts, tok_ends) and (
            self._initial(k + 1, texts, tok_ends) or (k >= 3 and self._initial(k - 3, texts, tok_ends))
        )

    def _initial(self, w: int, texts: Sequence[str], tok_ends: Sequence[int]) -> bool:
        """Whether token ``w`` is a short word with a full stop glued after it («بي.»)."""
        if w < 0 or w + 1 >= self.n or not self.is_word[w] or len(texts[w]) > INITIAL_LETTERS:
            return False
        return texts[w + 1] == "." and tok_ends[w] == self.starts[w + 1]

    # -- indexes ---------------------------------------------------------------------------------

    def _pair_quotes(self) -> None:
        self.closer: dict[int, int] = {}
        self.opener: dict[int, int] = {}
        stack: list[tuple[str, int]] = []
        straight: dict[str, int] = {}
        inner: dict[str, int] = {}  # a quote opened inside an open one of the same straight mark
        self.nested: set[int] = set()
        """The opening marks of quotes opened inside an open quote of the same straight mark."""
        self.next_same: dict[int, int] = {}
        """Each straight mark's next mark of the same character (none after the last)."""
        last: dict[str, int] = {}
        marks = list(compress(range(self.n), self.punct))  # the punctuation tokens
        for i in marks:
            if (ch := self.text[self.starts[i]]) in SYMMETRIC:
                if ch in last:
                    self.next_same[last[ch]] = i
                last[ch] = i
        for i in marks:
            ch = self.text[self.starts[i]]  # the token's first character
            if ch in QUOTE_PAIRS:
                stack.append((QUOTE_PAIRS[ch], i))
            elif stack and ch == stack[-1][0]:
                _, o = stack.pop()
                self.closer[o], self.opener[i] = i, o
            elif ch in inner:
                o = inner.pop(ch)
                self.closer[o], self.opener[i] = i, o
            elif ch in SYMMETRIC:
                o = straight.get(ch, -1)
                if o < 0 or (self.sent_of[o] != self.sent_of[i] and (self.opens_word(i) or self.closes_word(o))):
                    # A straight quote glued to the word after it, in a later sentence than the
                    # open one, opens a new quote: the open one was never closed («من "تفكيك ...»
                    # with no closing mark), and pairing across it would shift every later pair.
                    # Likewise when the open one had a closing mark's shape («ملموسة". ويتهم»):
                    # its opening mark was never written, and it opens nothing.
                    straight[ch] = i
                elif self._nests(o, i):
                    inner[ch] = i
                    self.nested.add(i)
                else:
                    self.closer[o], self.opener[i] = i, o
                    del straight[ch]

    def _nests(self, o: int, i: int) -> bool:
        """Whether the straight mark ``i`` opens a quote inside the one open at ``o`` (the quote
        marks table decides)."""
        t = self.toks[i]
        return self.quote_rules.first(QuoteCandidate(self, o, i), self.trace, (t.start, t.end)) is not None

    def spaced_before(self, i: int) -> bool:
        """Whether the mark ``i`` has a space (or the text's start) before it."""
        return i == 0 or self.ends[i - 1] < self.starts[i]

    def opens_word(self, i: int) -> bool:
        """Whether the mark ``i`` is glued to a word after it (an opening mark's shape: «ب"قادة"»)."""
        return i + 1 < self.n and self.starts[i + 1] == self.ends[i] and not self.punct[i + 1]

    def closes_word(self, i: int) -> bool:
        """Whether the mark ``i`` is glued to a word before it and not to one after it (a closing
        mark's shape: «ملموسة" »)."""
        before = i > 0 and self.ends[i - 1] == self.starts[i] and not self.punct[i - 1]
        return before and not self.opens_word(i)

    def _find_cues(self) -> None:
        """Match the cue list on the normalised tokens, joined by single spaces.

        Tokens already carry their normalised form, so the stream costs one join, and a match
        maps back to tokens (hence to original offsets) with one bisection. The pattern is tried
        only where a token is the first word of a cue, bare or after a conjunction (a set lookup
        each): the same matches as a scan of the whole stream, in half the time.
        """
        self.cue_at: dict[int, CueMatch] = {}
        norms = self.norm
        offsets = list(accumulate([len(norm) + 1 for norm in norms], initial=0))  # where each token starts
        offsets.pop()  # (and where the stream would go on after the last)
        stream = " ".join(norms)
        starters, pattern = self.lex.starters, self.lex.pattern
        scanned = 0  # a match's words start no other match (as in a scan of the stream)
        starting = [k for k, norm in enumerate(norms) if norm in starters]
        for k in starting:
            if offsets[k] < scanned:
                continue
            m = pattern.match(stream, offsets[k])
            if m is None:
                continue
            scanned = m.end()
            ns, ne = m.span("cue")
            i = bisect_right(offsets, ns) - 1
            j = bisect_right(offsets, ne - 1) - 1
            if i < 0 or ne != offsets[j] + len(self.norm[j]):
                continue  # the match must end a token
            start = self.starts[i]
            if ns == offsets[i]:
                s = start
                if self.conj[i] and not m.group("pro"):
                    # «الذي وصفته المنظمة»: the segmenter read «و» + «صفته», but the cue form «وصفته»
                    # matched from the token's start, so its «و» is the verb's own letter.
                    self.conj[i], self.bare[i], self.body[i] = False, self.norm[i], start
            elif m.group("pro") and m.start("pro") == offsets[i]:
                if not self.conj[i]:
                    # The segmenter kept «فقالا» whole; the conjunction is still a proclitic here.
                    lead = _LEADING.match(self.texts[i])
                    self.conj[i], self.bare[i] = True, self.norm[i][1:]
                    self.body[i] = start + (lead.end() if lead else 1)
                s = self.body[i]
            else:
                continue
            info = self.lex.cues[m.group("cue")]
            if info.lemma in WITHHOLDING and j + 1 < self.n and self.bare[j + 1] in WITHHELD:
                continue  # «المصدر الذي طلب عدم الكشف عن اسمه»: part of the source, no cue at all
            e = self.ends[j]
            self.cue_at[i] = CueMatch(info, s, e, j)

    # -- small predicates ------------------------------------------------------------------------

    def is_comma(self, i: int) -> bool:
        return self.punct[i] and self.texts[i][0] in COMMAS

    def complementiser_form(self, norm: str) -> bool:
        """Whether a normalised word is أن/إن/بأن, bare or with a pronoun («إنه», «بأنها»)."""
        return norm in self.grammar.complementiser_forms

    def is_comp(self, i: int) -> bool:
        """Whether token ``i`` is a complementiser that opens reported content (decided once)."""
        if not self.complementiser_form(self.bare[i]):
            return False
        got = self._comp.get(i)
        if got is None:
            t = self.toks[i]
            decided = self.complementiser_rules.first(ComplementiserCandidate(self, i), self.trace, (t.start, t.end))
            got = self._comp[i] = decided is not None and decided[1]
        return got

    def is_stop(self, i: int) -> bool:
        if not (self.norm[i] in self.lex.stops or self.bare[i] in self.lex.stops):
            return False
        return not (self.name_ali(i) or self.imam(i))

    def imam(self, i: int) -> bool:
        """Whether «امام» at ``i`` is the title «إمام» (imam), not the stop word «أمام» "in front of".

        Decided on the original spelling: hamza below the alif («وقال إمام وخطيب المسجد الحرام»);
        «أمام» and a bare «امام» stay the preposition («وقال الوزير امام الصحفيين»).
        """
        tok = self.toks[i]
        return self.bare[i] == IMAM and tok.text[self.body[i] - tok.start :].startswith(HAMZA_BELOW)

    def name_ali(self, i: int) -> bool:
        """Whether «علي» at ``i`` is the name, not the preposition «على» that ي/ى folding makes it.

        Decided on the original spelling (final ي, not ى) and the words around it: «بن» after it,
        or a word that is neither definite nor a complementiser («علي محمد», «علي أكبر صالحي»);
        «بن» or a person's title (:func:`person_titles`) before it, also before a definite word
        («محمد بن علي الشهري», «الدكتور علي الغامدي»); an Egyptian-style «علي الرغم» or «علي أن»
        stays the preposition («وأكد الوزير علي أن»).
        """
        if self.norm[i] != ALI or not self.texts[i].endswith(YA) or i + 1 >= self.n or not self.word(i + 1):
            return False
        nxt = self.bare[i + 1]
        if nxt in SON:
            return True
        if self.is_comp(i + 1) or nxt in self.lex.stops or len(nxt) < 3:
            return False  # «وأكد الوزير علي أن», «علي الرغم»: the preposition
        if i > 0 and (self.bare[i - 1] in SON or self.bare[i - 1] in person_titles()):
            return True  # «محمد بن علي الشهري», «الدكتور علي الغامدي»: a family name with the article after it
        return not self.definite(i + 1)

    def definite(self, i: int) -> bool:
        return self.bare[i].startswith(ARTICLE) and len(self.bare[i]) > 3

    def word(self, i: int) -> bool:
        return self.is_word[i]

    def number(self, i: int) -> bool:
        """Whether token ``i`` is a number written in digits («16»)."""
        return self.is_number[i]

    def head(self, i: int) -> str:
        """The token without conjunction, preposition ل or article: the lookup key of a noun."""
        w = self.bare[i]
        if w.startswith((LAM_ARTICLE, ARTICLE)) and len(w) > 3:
            return w[2:]
        if self.lpre[i]:
            w = w[1:]
            return w[2:] if w.startswith(ARTICLE) and len(w) > 3 else w
        return w

    def is_role(self, i: int) -> bool:
        """Whether token ``i`` is a role noun («رئيس», «المتحدث»), also in the feminine
        («نائبة», «رئيسة», «المتحدثة»: ة, normalised ه, on a listed role)."""
        roles, head = self.lex.roles, self.head(i)
        if head == IMAM and not self.definite(i):
            return self.imam(i)  # «إمام وخطيب المسجد», not «أمام الصحفيين»
        if self.bare[i] in roles or head in roles:
            return True
        return head.endswith(TA_MARBUTA) and len(head) > 3 and head[:-1] in roles

    def boundary(self, i: int, *, contrast: bool = False) -> bool:
        """Whether token ``i`` opens a new attribution clause: a cue after a comma, و or «فيما», or
        a participle even with no comma before it («... في كنار مضيفا أن ...»); with ``contrast``,
        a cue after «لكنه» or «إلا أنها» too (see :meth:`contrast_start`)."""
        if i not in self.cue_at:
            return False
        match = self.cue_at[i]
        if match.info.prep == "verb" and self.verb_at(match.last + 1) is None:
            return False  # «، كما بلغت ...»: «كما» with no reporting verb opens no attribution
        if self.bracketed_as_put(i):
            return False  # «أن النظرة ليست تشاؤمية (على حد تعبيره)، حيث»: the speaker's aside
        if match.info.type == "participle":
            return True
        if self.no_report_after(i) or self.second_between(i) or self.carried(i) or self.refused_cue(i):
            return False
        quoted = i > 0 and i - 1 in self.closer  # «أن الحركة «طلبت من السكان ...»»
        if match.info.lemma in NARRATED and ((self.conj[i] and i > 0 and not self.punct[i - 1]) or quoted):
            return False  # «أكد أنه لم يصدق عرض الراعي فطلب الراعي ...»: a request told inside the report
        opened = self.conj[i] or (i > 0 and (self.punct[i - 1] or self.bare[i - 1] in CLAUSE_OPENERS))
        return opened or (contrast and self.contrast_start(i) >= 0)

    def contrast_start(self, i: int) -> int:
        """Where the contrast that opens the clause of the cue ``i`` starts («لكنه أضاف», «إلا أنها
        أوضحت»), or -1 (the phrase scans say which words are a contrast, :class:`Phrases`)."""
        return -1

    def bracketed_as_put(self, i: int) -> bool:
        """Whether the cue at ``i`` is «(على حد قوله)», «(على حد تعبيره)» in brackets: an aside
        inside the speaker's own content, which neither ends it nor reports anew."""
        match = self.cue_at[i]
        last = match.last
        if match.info.type != "phrase" or self.bare[last] not in AS_PUT_BY or i == 0 or last + 1 >= self.n:
            return False
        before, after = i - 1, last + 1
        opened = self.punct[before] and self.texts[before].endswith(OPEN_PAREN)
        return opened and self.punct[after] and self.texts[after].startswith(CLOSE_PAREN)

    def refused_cue(self, i: int) -> bool:
        """Whether the cue word at ``i`` is no cue here (the engine asks its ``cues`` table)."""
        return False

    def carried(self, i: int) -> bool:
        """Whether the cue «نقل» at ``i`` means "carried" («ونقل عشرات إلى المستشفيات»): no «عن»
        (of «نقل عن») and no complementiser follows it in its sentence within reach."""
        if self.cue_at[i].info.lemma != NAQAL:
            return False
        limit = min(self.sent_limit(i), i + CARRIED_REACH)
        return not any(self.bare[k] == AN or self.complementiser_form(self.bare[k]) for k in range(i + 1, limit))

    def no_report_after(self, i: int) -> bool:
        """Whether the according-to cue ``i`` means "according to plan, law or need" («، وفقا للاتفاق
        المسبق»): a noun of ``not_sources.txt`` follows it (past its preposition)."""
        match = self.cue_at[i]
        if match.info.type != "according_to":
            return False
        k = match.last + 1
        if k < self.n and self.bare[k] in (LAM, *LONE_LAM):
            k += 1
        if k < self.n and self.bare[k] in WHAT_FORMS and not self.what_it_is(k):
            return False  # «وفق ما أعلنت البعثة»: a report
        if self.plan_noun(k) or self.possessed_no_speaker(k):
            return True
        return self.only_or_succeeded(i, k)

    def only_or_succeeded(self, i: int, k: int) -> bool:
        """Whether the according-to word at ``i``, with ``k`` the word after it, is «فحسب» “only”
        («... فحسب بل», or right after a word: «الكلمات فحسب فالفكرة») or the verb «وُفِّق» («وفق
        فيها»), not an according-to cue."""
        if k >= self.n:
            return False
        if self.bare[k] == ONLY_BUT:
            return True
        if self.bare[i] == ONLY and self.texts[i].startswith(FA) and i > self.sent_first[self.sent_of[i]]:
            # «على المملكة فحسب وإنما», «لن تسمح فحسب للزوار»: "only" follows what it restricts
            # inside a clause; «ف» + «حسب» "so according to" opens its clause («، فحسب المرصد فإن»).
            return self.word(i - 1)
        return self.bare[i] == SUCCEEDED and self.cue_at[i].last == i and self.bare[k] in SUCCEEDED_IN

    def possessed_no_speaker(self, k: int) -> bool:
        """Whether the word at ``k``, right after an according-to cue, is a noun with a possessive
        pronoun that names no one who speaks: «حسب رغبته», «بحسب قربهم», «وفق حجوزاتهم» (his wish,
        their nearness, their bookings: "in line with"), not «حسب قوله», «بحسب روايته», «وفق
        أساتذتهم» (a word of saying, a document, a role or people: the pronoun's referent speaks).

        Only an indefinite word whose possessive is written as such (a final ه that is not ة), and
        not a name in «الله» («حسب عبدالله»).
        """
        if k >= self.n or not self.word(k) or self.definite(k) or self.verb_at(k) is not None:
            return False  # «حسبما أكده»: a reporting verb with its object pronoun, not a noun
        if k > 0 and self.bare[k - 1].endswith(WHAT_FORMS[0]):
            return False  # «حسبما نشرته صحيفة ميترو»: after «ما» a verb follows, not a noun
        w = self.head(k)
        if w.endswith(GOD):
            return False
        for enclitic in POSSESSIVES:
            stem = w.removesuffix(enclitic)
            if stem == w:
                continue
            if len(stem) < POSSESSED_STEM or stem in PREPOSITION_STEMS:
                return False  # «بحسب ما ينص عليه»: a preposition with its pronoun
            if enclitic == TA_MARBUTA and not self.written_ha(k):
                return False
            stems = {stem, stem[:-1] + TA_MARBUTA} if stem.endswith(TA) else {stem}
            lex = self.lex
            known = lex.roles | lex.unnamed | lex.documents | self.grammar.outlets | self.grammar.speaking_nouns
            return not (stems & known)
        return False

    def written_ha(self, k: int) -> bool:
        """Whether token ``k`` ends in the letter ه as written (not ة, which normalisation folds to ه)."""
        letters = [c for c in self.texts[k] if c.isalpha()]
        return bool(letters) and letters[-1] == HA

    def what_it_is(self, k: int) -> bool:
        """Whether «ما» at ``k`` is followed by «هو»/«هي» («وفق ما هو مخطط له»: as planned)."""
        return k + 1 < self.n and self.bare[k + 1] in PRONOUNS_HE_SHE

    def plan_noun(self, k: int) -> bool:
        """Whether the words at ``k``, right after an according-to cue, are a plan, a law or a need.

        A noun of ``not_sources.txt`` (where a bare «ما» means no reporting verb followed), also
        after a demonstrative («على ذمة هذه القضية»).
        """
        if k < self.n and self.bare[k] in DEMONSTRATIVES:
            k += 1
        if k + 1 < self.n and self.bare[k] == LATEST and self.word(k + 1):
            # «وفق آخر تحديث لها», «حسب آخر المستجدات»: the latest state of things, unless a
            # document follows («بحسب آخر حصيلة», «وفق آخر الأرقام»).
            return self.head(k + 1) not in self.lex.documents
        if k >= self.n:
            return False
        plans = self.lex.not_sources
        head = self.head(k)
        if self.bare[k].startswith(LAM_ARTICLE) and LAM + head in plans:
            head = LAM + head  # «وفقاً للائحة الهيئة»: ل on «لائحة», not the article's «لل»
        elif self.lpre[k] and self.bare[k][1:] in plans:
            head = self.bare[k][1:]  # «وفقا لآليات الدستور»: ل on «آليات», no article after it
        if (head in plans or self.bare[k] in plans) and not (k + 1 in self.closer and self.word(k) and self.is_role(k)):
            return True  # «وفقا لموقع “توتال سبورتيك”»: a noun with a quoted name is an outlet
        # «وفق رؤيته», «حسب أمزجتهم»: the same nouns with a possessive pronoun (ت of the
        # feminine back to its normalised ة).
        head = self.head(k)
        for enclitic in POSSESSIVES:
            stem = head.removesuffix(enclitic)
            if stem != head and len(stem) >= POSSESSED_STEM:
                return stem in plans or (stem.endswith(TA) and stem[:-1] + TA_MARBUTA in plans)
        return False

    def second_between(self, i: int) -> bool:
        """Whether «وبين» at ``i`` is the second “between” of «بين X وبين Y» (a «بين» shortly before
        it in the sentence, bare or with its pronoun: «الفارق بينه وبين تشلسي», and no «أن» after it)."""
        if self.bare[i] != BETWEEN or not self.conj[i] or (i + 1 < self.n and self.is_comp(i + 1)):
            return False
        first = self.sent_first[self.sent_of[i]]
        back = range(max(first, i - BETWEEN_BACK), i)
        if any(self.bare[k] == BETWEEN for k in back):
            return True
        # with its pronoun, only where no punctuation comes between («بيننا جيدة، وبين المتحدث أن»: «بيّن»)
        return any(self.bare[k] in BETWEEN_PRONOUNS and not any(self.punct[j] for j in range(k, i)) for k in back)

    def audience(self, i: int) -> bool:
        """Whether token ``i`` is the preposition ل standing alone («لـ»), before an outlet's name."""
        return self.bare[i] in LONE_LAM

    def tok_of(self, offset: int) -> int:
        """The index of the token holding the character at ``offset``."""
        return bisect_right(self.starts, offset) - 1

    def according_cue(self, i: int) -> bool:
        got = self.cue_at.get(i)
        return got is not None and got.info.type in ("according_to", "phrase")

    def sent_limit(self, i: int) -> int:
        return self.sent_end[self.sent_of[i]]

    def verb_at(self, v: int, *, whole: bool = False) -> CueInfo | None:
        """The reporting-verb info of token ``v``, allowing an object pronoun («ذكرته»); with
        ``whole``, a leading «و» is read as the verb's own letter («ما وصفته»: not «و» + «صفته»)."""
        if v >= self.n:
            return None
        got = self.cue_at.get(v)
        if got is not None and got.info.type == "speech":
            return got.info
        w = self.norm[v] if whole else self.bare[v]
        for enc in OBJECT_PRONOUNS:
            if w.endswith(enc):
                info = self.lex.cues.get(w[: -len(enc)])
                # «على ما رفعه معالي الرئيس»: a verb of giving reports only thanks, never with a pronoun
                if info is not None and info.type == "speech" and info.prep != "thanks":
                    return info
        return None

    # -- spans and entities ----------------------------------------------------------------------

    def span(self, start: int, end: int) -> Span:
        return Span(self.text[start:end], start, end)

    def tokens_span(self, a: int, b: int, *, skip_conj: bool = True) -> tuple[int, int]:
        """Original offsets of tokens ``[a, b)``; a leading conjunction proclitic is left out."""
        start = self.body[a] if skip_conj else self.starts[a]
        return start, self.ends[b - 1]

    def inside_entity(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside an entity that starts before it."""
        i = bisect_right(self.ent_starts, start) - 1
        return i >= 0 and self.entities[i].start < start and end <= self.entities[i].end

    def entity_in(self, start: int, end: int) -> Entity | None:
        """The longest entity inside ``[start, end)``."""
        best: Entity | None = None
        i = bisect_right(self.ent_starts, start - 1)
        while i < len(self.entities) and self.entities[i].start < end:
            e = self.entities[i]
            if e.end <= end and (best is None or e.end - e.start > best.end - best.start):
                best = e
            i += 1
        return best

    def entity_from(self, start: int, limit: int) -> Entity | None:
        """An entity starting at ``start`` (or within its first character or two), ending by ``limit``."""
        i = bisect_right(self.ent_starts, start - 1)
        if i < len(self.entities):
            e = self.entities[i]
            if e.start <= start + 2 and e.end <= limit:
                return e
        return None
