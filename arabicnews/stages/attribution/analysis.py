"""Attribution: who says what. The ``attributions`` layer, its stage, and claims.

An :class:`Attribution` ties a *cue* («قال», «أشار إلى», «بحسب», «مشيرا إلى») to its *sources*
(«مدير المرصد رامي عبد الرحمن», «مصادر طبية») and to the *content* attributed to them: the quote,
the clause after أن/إن/بأن, or, for according-to phrases, the clause they qualify. Every span
indexes the original text. Cues are matched on the normalised forms of the tokens (the same
normalisation as :mod:`arabicnews.core.normalize`, already computed by the tokenizer, and mapped back to
original offsets through the tokens), so «أكدت», «اكدت», «أكـدت» and Egyptian spellings meet; a
conjunction proclitic stays outside the cue («وأضاف» gives the cue «أضاف»).

The rules are deterministic and local (a bounded window around each cue), so a document is
analysed in time linear in its length. The cue lists, unnamed-source nouns, role words and the
other word lists live in ``arabicnews/data/attribution/``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from typing import ClassVar, cast, get_args

import regex
from attrs import frozen

from arabicnews.core.document import Document
from arabicnews.core.normalize import normalize
from arabicnews.core.resources import read_lines
from arabicnews.model.attribution import (
    Attribution,
    AttributionKind,
    Claim,
    Cue,
    CueType,
    Source,
    SourceKind,
    Speaker,
    Stance,
    claims_of,
)
from arabicnews.model.entity import Entity
from arabicnews.model.spans import Span, Token

# -- lexicon ---------------------------------------------------------------------------------------

_PREFIX = "attribution/"


@frozen
class CueInfo:
    """What the cue lists say about one surface form."""

    lemma: str
    type: CueType
    stance: Stance
    prep: str
    np: bool
    feminine: bool
    present: bool


class Lexicon:
    """The attribution word lists, normalised, and the compiled cue pattern."""

    __slots__ = ("cues", "documents", "not_sources", "pattern", "roles", "stops", "unnamed")

    def __init__(
        self,
        cues: dict[str, CueInfo],
        roles: frozenset[str],
        unnamed: frozenset[str],
        documents: frozenset[str],
        not_sources: frozenset[str],
        stops: frozenset[str],
    ) -> None:
        self.cues = cues
        self.roles = roles
        self.unnamed = unnamed
        self.documents = documents
        self.not_sources = not_sources
        self.stops = stops
        # Matched over the tokens' normalised forms joined by single spaces. A conjunction
        # proclitic may precede the cue; it stays outside the ``cue`` group. The look-ahead on the
        # first letters only saves time.
        firsts = regex.escape("".join(sorted({c[0] for c in cues} | {"و", "ف"})))
        self.pattern = regex.compile(
            rf"(?:^|(?<= ))(?=[{firsts}])(?P<pro>[وف])?(?P<cue>\L<cues>)(?= |$)",
            cues=sorted(cues, key=len, reverse=True),
        )

    @classmethod
    def load(cls) -> Lexicon:
        """Read the packaged lists from ``arabicnews/data/attribution/``."""
        cues: dict[str, CueInfo] = {}
        for line in read_lines(_PREFIX + "cues.tsv"):
            forms, ctype, stance, prep, np = line.split("\t")
            if ctype not in get_args(CueType) or stance not in get_args(Stance):
                raise ValueError(f"cues.tsv: bad type or stance in {line!r}")
            names = [normalize(f) for f in forms.split("|")]
            lemma = names[0]
            for form in names:
                cues[form] = CueInfo(
                    lemma=forms.split("|")[0],
                    type=cast(CueType, ctype),
                    stance=cast(Stance, stance),
                    prep="" if prep == "-" else normalize(prep),
                    np=np == "yes",
                    feminine=_feminine_form(form, lemma, ctype),
                    present=ctype == "speech" and _present_form(form, lemma),
                )

        def words(name: str) -> frozenset[str]:
            return frozenset(normalize(w) for w in read_lines(_PREFIX + name))

        return cls(
            cues,
            words("roles.txt"),
            words("unnamed_sources.txt"),
            words("documents.txt"),
            words("not_sources.txt"),
            words("stops.txt"),
        )


def _feminine_form(form: str, lemma: str, ctype: str) -> bool:
    if ctype == "participle":
        return form.endswith(("ه", "تين"))
    if ctype != "speech" or form == lemma:
        return False
    return form.endswith("ت") or form.startswith("تت") or (form.startswith("ت") and not lemma.startswith("ت"))


def _present_form(form: str, lemma: str) -> bool:
    if form == lemma:
        return False
    return form.startswith(("ي", "تت")) or (form.startswith("ت") and not lemma.startswith("ت"))


@cache
def lexicon() -> Lexicon:
    """The packaged lexicon, loaded once on first use."""
    return Lexicon.load()


# -- the analysis ----------------------------------------------------------------------------------

_QUOTE_PAIRS = {"«": "»", "“": "”", "‹": "›"}
_TERMINAL = frozenset(".!?؟…؛")
_COMMAS = frozenset("،,")
_COMPLEMENTIZERS = frozenset({"ان", "بان"})
_ENCLITICS = frozenset({"ه", "ها", "هم", "هما", "هن", "نا", "ني"})
_NOT_COMP_BEFORE = frozenset({"الا", "بعد", "قبل", "منذ", "بعدما", "لولا", "بدل", "رغم", "برغم"})
_BACK_STOPS = frozenset(
    {"ان", "بان", "لكن", "ولكن", "الا", "فيما", "بينما", "حيث", "كما", "اذ", "و", "قد", "لقد", "ثم", "ما", "بسبب"}
    | {"كان", "كانت", "وكان", "وكانت", "اما", "بل", "لان", "لما", "عندما", "حين", "حينما", "ان", "لذلك"}
)
_FA_INNA = frozenset({"فان", "فانه", "فانها", "فانهم"})
_LEADING = regex.compile(r"[وف][\p{M}\u0640]*")
_ISSUED = frozenset({"صادر", "صادره", "الصادر", "الصادره", "عن", "من"})
_RELATIVES = frozenset({"التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})
_NAME_TAIL = 4
_EMPHATIC = frozenset({"ذاته", "ذاتها", "نفسه", "نفسها", "ذاتهم", "انفسهم"})
_NISBA = ("ي", "يه", "يين", "يون")
_ADJECTIVE_ENDINGS = ("ي", "يه", "يين", "يون", "يان", "ه", "ون", "ين")
_WINDOW = 30
_MAX_SENTENCE = 256
_LOOKBACK = 64


def _complementizer(norm: str) -> bool:
    """Whether a normalised token is أن/إن/بأن, bare or with a pronoun («إنه», «بأنها»)."""
    if norm in _COMPLEMENTIZERS:
        return True
    return any(norm.startswith(comp) and norm[len(comp) :] in _ENCLITICS for comp in ("ان", "بان"))


class _Analysis:
    """The state of one document's analysis (indexes over its tokens)."""

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.text = doc.text
        toks: tuple[Token, ...] = doc.tokens
        self.toks = toks
        n = len(toks)
        self.n = n
        self.starts = [t.start for t in toks]
        self.norm = [t.norm for t in toks]
        # ``bare``: the normalised token without a conjunction proclitic; ``body``: where it starts.
        self.conj = [False] * n
        self.bare = list(self.norm)
        self.body = list(self.starts)
        # ``lpre``: the token (after a conjunction) starts with the preposition ل: «لوكالة».
        self.lpre = [False] * n
        self.punct = [t.kind == "punct" for t in toks]
        for i, t in enumerate(toks):
            segs = t.segments
            if len(segs) == 1:
                continue
            first = 0
            if segs[0].role == "proclitic" and segs[0].form in ("و", "ف") and len(t.norm) > 1:
                self.conj[i] = True
                self.bare[i] = t.norm[1:]
                self.body[i] = segs[1].start
                first = 1
            self.lpre[i] = len(segs) > first + 1 and segs[first].role == "proclitic" and segs[first].form == "ل"
        # Sentences by token index.
        sents = doc.sentences
        self.sent_of = [0] * n
        self.sent_first: list[int] = []
        self.sent_end: list[int] = []
        # A run-on "sentence" (a page without full stops) is analysed in pieces of at most
        # _MAX_SENTENCE tokens: every rule scans within a sentence, so this keeps the stage linear.
        bounds = [(bisect_right(self.starts, s.start - 1), bisect_right(self.starts, s.end - 1)) for s in sents]
        for first, last in bounds or [(0, n)]:
            for piece in range(first, max(last, first + 1), _MAX_SENTENCE):
                s_idx = len(self.sent_first)
                self.sent_first.append(piece)
                self.sent_end.append(min(piece + _MAX_SENTENCE, last))
                for k in range(piece, min(piece + _MAX_SENTENCE, last)):
                    self.sent_of[k] = s_idx
        self.claimed: set[int] = set()
        self._pair_quotes()
        self._find_cues()
        self.entities: tuple[Entity, ...] = tuple(
            e for e in (doc.entities if doc.has_layer("entities") else ()) if isinstance(e, Entity)
        )
        self.ent_starts = [e.start for e in self.entities]
        self._records: dict[int, tuple[list[int], list[Entity]]] | None = None
        self._source_words: dict[tuple[int, int, str], list[str]] = {}

    # -- indexes ---------------------------------------------------------------------------------

    def _pair_quotes(self) -> None:
        self.closer: dict[int, int] = {}
        self.opener: dict[int, int] = {}
        stack: list[tuple[str, int]] = []
        straight = -1
        for i, t in enumerate(self.toks):
            if not self.punct[i]:
                continue
            ch = t.text[0]
            if ch in _QUOTE_PAIRS:
                stack.append((_QUOTE_PAIRS[ch], i))
            elif stack and ch == stack[-1][0]:
                _, o = stack.pop()
                self.closer[o], self.opener[i] = i, o
            elif ch == '"':
                if straight < 0:
                    straight = i
                else:
                    self.closer[straight], self.opener[i] = i, straight
                    straight = -1

    def _find_cues(self) -> None:
        """Match the cue list on the normalised tokens, joined by single spaces.

        Tokens already carry their normalised form, so the stream costs one join, and a match
        maps back to tokens (hence to original offsets) with one bisection.
        """
        self.cue_at: dict[int, tuple[CueInfo, int, int, int]] = {}
        offsets: list[int] = []
        pos = 0
        for norm in self.norm:
            offsets.append(pos)
            pos += len(norm) + 1
        stream = " ".join(self.norm)
        for m in self.lex.pattern.finditer(stream):
            ns, ne = m.span("cue")
            i = bisect_right(offsets, ns) - 1
            j = bisect_right(offsets, ne - 1) - 1
            if i < 0 or ne != offsets[j] + len(self.norm[j]):
                continue  # the match must end a token
            tok = self.toks[i]
            if ns == offsets[i]:
                s = tok.start
            elif m.group("pro") and m.start("pro") == offsets[i]:
                if not self.conj[i]:
                    # The segmenter kept «فقالا» whole; the conjunction is still a proclitic here.
                    lead = _LEADING.match(tok.text)
                    self.conj[i], self.bare[i] = True, self.norm[i][1:]
                    self.body[i] = tok.start + (lead.end() if lead else 1)
                s = self.body[i]
            else:
                continue
            e = self.toks[j].end
            self.cue_at[i] = (self.lex.cues[m.group("cue")], s, e, j)

    # -- small predicates ------------------------------------------------------------------------

    def is_comma(self, i: int) -> bool:
        return self.punct[i] and self.toks[i].text[0] in _COMMAS

    def is_comp(self, i: int) -> bool:
        if not _complementizer(self.bare[i]):
            return False
        return not (i > 0 and self.bare[i - 1] in _NOT_COMP_BEFORE)

    def is_stop(self, i: int) -> bool:
        return self.norm[i] in self.lex.stops or self.bare[i] in self.lex.stops

    def definite(self, i: int) -> bool:
        return self.bare[i].startswith("ال") and len(self.bare[i]) > 3

    def word(self, i: int) -> bool:
        return self.toks[i].kind == "word"

    def head(self, i: int) -> str:
        """The token without conjunction, preposition ل or article: the lookup key of a noun."""
        w = self.bare[i]
        if w.startswith(("لل", "ال")) and len(w) > 3:
            return w[2:]
        if self.lpre[i]:
            w = w[1:]
            return w[2:] if w.startswith("ال") and len(w) > 3 else w
        return w

    def is_role(self, i: int) -> bool:
        return self.bare[i] in self.lex.roles or self.head(i) in self.lex.roles

    def boundary(self, i: int) -> bool:
        """Whether token ``i`` opens a new attribution clause (a cue after a comma or و)."""
        if i not in self.cue_at:
            return False
        return self.conj[i] or (i > 0 and (self.punct[i - 1] or self.bare[i - 1] == "و"))

    def audience(self, i: int) -> bool:
        """Whether token ``i`` is the preposition ل standing alone («لـ»), before an outlet's name."""
        return self.bare[i] in ("ل", "لـ")

    def tok_of(self, offset: int) -> int:
        """The index of the token holding the character at ``offset``."""
        return bisect_right(self.starts, offset) - 1

    def according_cue(self, i: int) -> bool:
        got = self.cue_at.get(i)
        return got is not None and got[0].type in ("according_to", "phrase")

    def sent_limit(self, i: int) -> int:
        return self.sent_end[self.sent_of[i]]

    # -- spans -----------------------------------------------------------------------------------

    def span(self, start: int, end: int) -> Span:
        return Span(self.text[start:end], start, end)

    def tokens_span(self, a: int, b: int, *, skip_conj: bool = True) -> tuple[int, int]:
        """Original offsets of tokens ``[a, b)``; a leading conjunction proclitic is left out."""
        start = self.body[a] if skip_conj else self.starts[a]
        return start, self.toks[b - 1].end

    def clause_end(self, k: int) -> int:
        """The token index (exclusive) where the clause starting at ``k`` ends.

        The clause runs to the end of the sentence, past the end of a quote that closes in a
        later sentence, and stops before a cue that opens a new clause («، مشيرا», «، وتوقع»).
        """
        end = self.sent_limit(k)
        cap = k + _MAX_SENTENCE  # quotes that run over several sentences extend a clause this far
        j = k
        while j < end:
            if j in self.closer:
                c = self.closer[j]
                if c >= end:
                    end = min(self.sent_limit(c), cap)
                j = c + 1
                continue
            if j > k and self.boundary(j):
                break
            j += 1
        e = min(j, end)
        while e > k and (
            (self.punct[e - 1] and e - 1 not in self.opener) or self.bare[e - 1] == "و" or e - 1 in self.closer
        ):
            e -= 1
        return e

    def content(self, a: int, b: int) -> tuple[Span, tuple[Span, ...]] | None:
        """The content span over tokens ``[a, b)`` and the quotes inside it."""
        while a < b and self.punct[a] and a not in self.closer:
            a += 1
        if a >= b:
            return None
        start, end = self.tokens_span(a, b)
        quotes = []
        for i in range(a, b):
            c = self.closer.get(i)
            if c is not None and c < b:
                qs, qe = self.toks[i].end, self.toks[c].start
                if qs < qe:
                    quotes.append(self.span(qs, qe))
        return self.span(start, end), tuple(quotes)

    def source(self, a: int, b: int) -> Source | None:
        """A source over tokens ``[a, b)`` (a leading ل of «للمرصد» left out)."""
        if a >= b:
            return None
        start, end = self.tokens_span(a, b)
        bare = self.bare[a]
        restored = ""
        if bare.startswith("ل") and not bare.startswith("ال") and len(bare) > 3 and self.norm[a] not in self.lex.roles:
            start = self.body[a] + 1
            if bare.startswith("لل"):
                restored = "ا"  # «للمرصد»: the article's alef was dropped after ل
        kind: SourceKind = "unnamed" if self.head(a) in self.lex.unnamed else "named"
        entity = self.entity_in(start, end)
        if entity is not None and entity.label == "PER":
            kind = "named"
        text = self.text[start:end]
        return Source(text, start, end, kind, entity, restored + text)

    def entity_in(self, start: int, end: int) -> Entity | None:
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

    def split_sources(self, a: int, b: int) -> tuple[Source, ...]:
        """Sources over ``[a, b)``, split at coordination («وكالة ... والمرصد السوري»)."""
        out: list[Source] = []
        start = a
        for k in range(a + 1, b):
            if self.conj[k] and self.bare[k - 1] != "و" and (self.definite(k) or self.is_role(k)):
                src = self.source(start, k)
                if src is not None:
                    out.append(src)
                start = k
        src = self.source(start, b)
        if src is not None:
            out.append(src)
        return tuple(out)

    # -- source extents --------------------------------------------------------------------------

    def bounded_source(self, a: int, b: int) -> int:
        """The end (exclusive) of a source starting at ``a`` before a content starting at ``b``."""
        k = a
        while k < b:
            if self.is_stop(k) or (k > a and k in self.cue_at):
                break
            if self.punct[k]:
                if self.toks[k].text == "/" and k > a and k + 1 < b and self.word(k + 1):
                    k += 1  # «النقيب /نايف محمد الجهني»
                    continue
                apposition = self.is_comma(k) and k > a and self.is_role(a) and k + 1 < b
                if apposition and self.word(k + 1) and not self.is_stop(k + 1) and self.bare[k + 1] not in _RELATIVES:
                    k += 1
                    continue
                break
            if not self.word(k) and k == a:
                break
            k += 1
        return k

    def np_end(self, a: int, limit: int, *, names: bool) -> int:
        """The end (exclusive) of a noun phrase starting at ``a`` with no right marker.

        A definite head takes definite adjectives and «لـ» complements («المرصد السوري لحقوق
        الإنسان»); a role noun in construct takes its genitive («وكالة الصحافة الفرنسية»); a
        name takes up to two more name words. With ``names``, a role phrase right before the end
        of the clause also takes the name after it («بحسب المتحدث باسم الجيش تركي المالكي.»).
        """
        if a >= limit or not self.word(a) or (self.is_stop(a) and not self.lpre[a]) or self.is_comp(a):
            return a
        k = a + 1
        head_def = self.definite(a) or self.bare[a].startswith("لل")
        role = self.is_role(a)
        unnamed = self.head(a) in self.lex.unnamed
        named_head = not head_def and not role and not unnamed
        construct_name = False
        while k < limit and self.word(k) and k not in self.cue_at and not self.is_comp(k):
            w = self.bare[k]
            if w in _EMPHATIC:
                k += 1  # «المصدر ذاته», «المصدر نفسه»
                continue
            if self.is_stop(k):
                if w == "لدي" and k + 1 < limit and self.definite(k + 1):
                    k += 2  # «البعثة الأمريكية لدى الحلف الأطلسي»
                    continue
                break
            if self.conj[k]:
                # Coordination of sources: keep going, split later.
                if self.definite(k) or self.is_role(k):
                    k += 1
                    continue
                break
            if self.definite(k) or w.startswith("لل"):
                if named_head and not names and not (construct_name and w.endswith(_NISBA)):
                    break
                k += 1
                continue
            if w == "باسم" or (w.startswith("ل") and k + 1 < limit and self.definite(k + 1)):
                k += 2 if w != "باسم" else 1
                continue
            if named_head and k - a < 3 and not w.endswith("ه"):
                k += 1
                continue
            if (unnamed or role) and not head_def and w.endswith(_ADJECTIVE_ENDINGS):
                # «مصادر طبية», «مصدر أمني», «رئيس بلدية المنطقة».
                k += 1
                continue
            if role and not head_def and not unnamed and k == a + 1:
                # «وكالة دوغان التركية», «صحيفة نيويورك تايمز»: a name as the genitive of a role noun.
                named_head = construct_name = True
                k += 1
                continue
            break
        k = min(k, limit)
        if names and (role or any(self.is_role(x) for x in range(a, k))):
            tail = k
            while tail < limit and self.word(tail) and not self.is_stop(tail) and tail - k < _NAME_TAIL:
                tail += 1
            if tail > k and self.clause_ends_at(tail, limit):
                k = tail
        return k

    def clause_ends_at(self, k: int, limit: int) -> bool:
        """Whether the sentence ends at ``k``, or a comma and «فإن» follow (a name may end there)."""
        if k >= limit or (self.punct[k] and self.toks[k].text[0] in _TERMINAL):
            return True
        while k < limit and self.punct[k]:
            k += 1
        return k >= limit or self.norm[k] in _FA_INNA

    # -- the rules -------------------------------------------------------------------------------

    def run(self) -> tuple[Attribution, ...]:
        out: list[Attribution] = []
        used: set[int] = set()
        for i in sorted(self.cue_at):
            if i in used:
                continue
            info, cs, ce, j = self.cue_at[i]
            if self.inside_entity(cs, ce):
                continue
            att: Attribution | None
            if info.type in ("according_to", "phrase"):
                att = self.according_to(i, info, cs, ce, j, used, out)
            else:
                att = self.speech(i, j, info, cs, ce, out)
            if att is not None:
                out.append(att)
        return tuple(out)

    def inside_entity(self, start: int, end: int) -> bool:
        i = bisect_right(self.ent_starts, start) - 1
        return i >= 0 and self.entities[i].start < start and end <= self.entities[i].end

    def make(
        self,
        kind: AttributionKind,
        cue: Cue,
        sources: tuple[Source, ...],
        content: Span,
        quotes: tuple[Span, ...],
        speaker: Speaker | None,
    ) -> Attribution:
        parts: list[Cue | Span | Source] = [cue, content, *sources]
        start = min(p.start for p in parts)
        end = max(p.end for p in parts)
        return Attribution(self.text[start:end], start, end, kind, cue, sources, content, quotes, speaker)

    def according_to(
        self, i: int, info: CueInfo, cs: int, ce: int, j: int, used: set[int], done: Sequence[Attribution]
    ) -> Attribution | None:
        limit = self.sent_limit(i)
        k = j + 1
        if info.prep == "verb":
            # «على ما أفاد»: only with a reporting verb after it.
            if self.verb_at(k) is None or k >= limit:
                return None
            ce = self.toks[k].end
            used.add(k)
            k += 1
        # «وفق ما أفاد», «حسبما ذكرت», «وفقا لما نقلته»: a reporting verb extends the cue.
        if k < limit and (self.bare[k] in ("ما", "لما") or self.bare[j] in ("حسبما", "بحسبما", "وفقما")):
            v = k + 1 if self.bare[k] in ("ما", "لما") else k
            vinfo = self.verb_at(v)
            if vinfo is not None:
                ce = self.toks[v].end
                used.add(v)
                k = v + 1
        if info.prep and info.prep != "verb" and k < limit and self.bare[k] in (info.prep, "ل", "لـ", "الي"):
            ce = self.toks[k].end
            k += 1
        if k < limit and k in self.closer and self.closer[k] - k <= 6 and self.closer[k] < limit:
            quoted = self.according_to_quoted(i, info, cs, ce, k, done)  # «بحسب "الفرنسية"»
            if quoted is not None:
                return quoted
        if k >= limit or not self.word(k):
            return None
        if self.head(k) in self.lex.not_sources or self.bare[k] in self.lex.not_sources:
            return None
        src_a = k
        # «بحسب حصيلة للمرصد»: skip what the source issued to reach the source.
        if self.head(k) in self.lex.documents:
            d = k + 1
            while d < limit and self.bare[d] in ("صادر", "صادره", "الصادر", "الصادره", "عن", "من"):
                d += 1
            if d < limit and self.word(d) and (self.definite(d) or self.bare[d].startswith("ل") or d > k + 1):
                src_a = d
        end_tok = self.np_end(src_a, limit, names=True)
        if end_tok <= src_a:
            return None
        ent = self.entity_from(self.body[src_a], self.toks[limit - 1].end)
        if ent is not None:
            while end_tok < limit and self.starts[end_tok] < ent.end:
                end_tok += 1
        sources = self.split_sources(src_a, end_tok)
        if not sources:
            return None
        cue = Cue(self.text[cs:ce], cs, ce, info.type, info.stance, info.lemma)
        # Where does the qualified clause lie: after the phrase, before it, or around it?
        first = self.sent_first[self.sent_of[i]]
        after = end_tok
        while after < limit and (self.is_comma(after) or self.norm[after] in _FA_INNA):
            after += 1
        lead = i - first
        front = lead == 0 or (i > 0 and self.punct[i - 1] and lead <= 4 and not self.back_has_clause(first, i))
        after_end = self.clause_end(after) if after < limit else after
        if front and after_end > after:
            got = self.content(after, after_end)
        elif end_tok >= limit or self.punct[end_tok]:
            b = i
            while b > first and (self.punct[b - 1] and b - 1 not in self.opener):
                b -= 1
            got = self.content(first, b) if b > first else None
        else:
            got = self.content(first, self.clause_end(first))
        if got is None:
            return None
        content, quotes = got
        speaker = self.fuller(sources[0], done) if len(sources) == 1 else None
        return self.make("according_to", cue, sources, content, quotes, speaker)

    def according_to_quoted(
        self, i: int, info: CueInfo, cs: int, ce: int, o: int, done: Sequence[Attribution]
    ) -> Attribution | None:
        """An according-to phrase whose source is a quoted name: the whole clause is qualified."""
        close = self.closer[o]
        if close == o + 1:
            return None
        src = self.source(o + 1, close)
        if src is None:
            return None
        first = self.sent_first[self.sent_of[i]]
        b = i
        while b > first and self.punct[b - 1] and b - 1 not in self.opener:
            b -= 1
        after = close + 1
        limit = self.sent_limit(i)
        if b > first and (after >= limit or self.punct[after]):
            got = self.content(first, b)
        else:
            got = self.content(first, self.clause_end(first))
        if got is None:
            return None
        cue = Cue(self.text[cs:ce], cs, ce, info.type, info.stance, info.lemma)
        return self.make("according_to", cue, (src,), got[0], got[1], None)

    def back_has_clause(self, first: int, i: int) -> bool:
        """Whether the tokens before ``i`` in its sentence hold more than a short adverbial."""
        words = [k for k in range(first, i) if not self.punct[k]]
        return len(words) > 3

    def verb_at(self, v: int) -> CueInfo | None:
        """The reporting-verb info of token ``v``, allowing an object pronoun («ذكرته»)."""
        if v >= self.n:
            return None
        got = self.cue_at.get(v)
        if got is not None and got[0].type == "speech":
            return got[0]
        w = self.bare[v]
        for enc in ("ه", "ها"):
            if w.endswith(enc):
                info = self.lex.cues.get(w[: -len(enc)])
                if info is not None and info.type == "speech":
                    return info
        return None

    def content_start(self, p: int, info: CueInfo) -> tuple[str, int]:
        """Scan from ``p`` for the start of the content: a quote, a colon, أن/إن, or the preposition."""
        limit = min(self.sent_limit(p) if p < self.n else p, p + _WINDOW)
        k = p
        while k < limit:
            if k in self.closer:
                if k > p and (self.audience(k - 1) or self.according_cue(k - 1)):
                    k = self.closer[k] + 1  # «لـ"سبق"»: the outlet's name, not the content
                    continue
                return "quote", k
            if self.punct[k]:
                ch = self.toks[k].text[0]
                if ch in ":：":
                    return "colon", k
                if ch in _COMMAS:
                    k += 1
                    continue
                return "none", k
            if self.is_comp(k):
                return "comp", k
            if info.prep and self.bare[k] == info.prep and info.np:
                if k + 1 < limit and self.is_comp(k + 1):
                    return "comp", k + 1
                if k + 1 < limit and self.word(k + 1):
                    return "prep", k
            if k > p and self.boundary(k):
                return "none", k
            k += 1
        return "none", k

    def subject_before(self, i: int) -> tuple[int, int] | None:
        """A subject right before the verb ``i`` (subject-verb order: «المرصد السوري أشار»)."""
        first = self.sent_first[self.sent_of[i]]
        if self.conj[i]:
            if self.norm[i][0] != "ف":
                return None
            # «أما المواطنان ... فقالا»: the topic after أما is the subject of the verb after ف.
            k = i - 1
            while k >= first and i - k <= 10 and not self.punct[k] and k not in self.cue_at:
                if self.norm[k] in ("اما", "واما"):
                    return (k + 1, i) if k + 1 < i else None
                k -= 1
            return None
        b = i
        if b > first and self.bare[b - 1] in ("قد", "لقد"):
            b -= 1
        if b > first and self.bare[b - 1] in _RELATIVES:
            b -= 1  # «الشركة التي أعلنت»: the subject is the noun before the relative pronoun
        k = b - 1
        while k >= first and b - k <= 6:
            if self.punct[k] or self.bare[k] in _BACK_STOPS or _complementizer(self.bare[k]):
                break
            if any(self.bare[k] == stop + enc for stop in ("لكن", "ولكن", "لان", "كان") for enc in _ENCLITICS):
                return None  # «لكنه أكد»: the subject is the pronoun
            if self.is_stop(k) or k in self.cue_at or not self.word(k):
                return None
            k += -1
        a = k + 1
        if a >= b:
            return None
        if k >= first and not (self.punct[k] or self.bare[k] in _BACK_STOPS or _complementizer(self.bare[k])):
            return None
        if k >= first and _complementizer(self.bare[k]) and self.bare[k] not in _COMPLEMENTIZERS:
            # «إلا أنها أكدت»: the subject is the pronoun on أن, not the words after it.
            return None
        return a, b

    def speech(
        self, i: int, j: int, info: CueInfo, cs: int, ce: int, done: Sequence[Attribution]
    ) -> Attribution | None:
        p = j + 1
        if info.prep and p < self.n and self.bare[p] == info.prep:
            ce = self.toks[p].end
            p += 1
        issuer = -1
        if info.prep == "doc":
            # «وجاء في بيان صادر عن المتنزه ... أنه»: the one who issued the document is the source.
            if p >= self.n or self.head(p) not in self.lex.documents:
                return None
            issuer = p + 1
            while issuer < self.n and self.bare[issuer] in _ISSUED:
                issuer += 1
        cue = Cue(self.text[cs:ce], cs, ce, info.type, info.stance, info.lemma)
        how, c = self.content_start(p, info)
        if how == "none" and p > i + 1 and info.np and p < self.sent_limit(i) and self.word(p):
            how, c = "prep", p - 1  # «شدد على أهمية ...»
        if how == "prep" and info.present:
            return None  # «في صورة تعبر عن الأصالة»: a present-tense verb with a noun phrase rarely reports
        if how in ("quote", "colon"):
            if c in self.claimed:
                return None  # «رد بثقة وكأنه توقع سماعه: «...»»: the colon belongs to the first cue
            self.claimed.add(c)
        sources: tuple[Source, ...] = ()
        if issuer > p and how != "none" and issuer < c:
            end = self.bounded_source(issuer, c)
            sources = self.split_sources(issuer, end) if end > issuer else ()
        elif info.type == "speech" and how != "none":
            end = self.bounded_source(p, c)
            if end > p:
                sources = self.split_sources(p, end)
                if info.lemma == "نقل" and end < c and self.bare[end] == "عن":
                    more = self.bounded_source(end + 1, c)
                    sources += self.split_sources(end + 1, more)
            if not sources:
                back = self.subject_before(i)
                if back is not None:
                    sources = self.split_sources(*back)
        kind: AttributionKind
        got: tuple[Span, tuple[Span, ...]] | None = None
        if how == "quote":
            close = self.closer[c]
            after = close + 1
            limit = self.sent_limit(close)
            continues = after < limit and not self.punct[after] and not self.boundary(after)
            if continues:
                got = self.content(c, self.clause_end(c))
                kind = "mixed"
            else:
                qs, qe = self.toks[c].end, self.toks[close].start
                if qe <= qs:
                    return None
                got = self.span(qs, qe), ()
                kind = "direct"
        elif how == "colon":
            if c + 1 < self.n and c + 1 in self.closer:
                return self._quoted(cue, c + 1, sources, i, info, done)
            got = self.content(c + 1, self.clause_end(c + 1)) if c + 1 < self.n else None
            kind = "direct"
        elif how == "comp":
            a = c if self.bare[c] not in _COMPLEMENTIZERS else c + 1
            src_end = max((self.tok_of(src.end - 1) + 1 for src in sources), default=p)
            if self.bare[c].startswith("ب") and c - 1 >= max(p, src_end) and self.definite(c - 1):
                a = c - 1  # «نفى الاتهامات بأن ...»: the noun the clause completes is the content
            if a < self.n and a in self.closer:
                close = self.closer[a]
                after = close + 1
                if after >= self.sent_limit(close) or self.punct[after] or self.boundary(after):
                    return self._quoted(cue, a, sources, i, info, done)
            got = self.content(a, self.clause_end(a)) if a < self.n else None
            kind = "mixed" if got is not None and got[1] else "indirect"
        elif how == "prep":
            got = self.content(c + 1, self.clause_end(c + 1))
            if not sources:
                end = self.bounded_source(p, c)
                sources = self.split_sources(p, end) if end > p else ()
                if not sources and (back := self.subject_before(i)) is not None:
                    sources = self.split_sources(*back)
            kind = "mixed" if got is not None and got[1] else "indirect"
        else:
            return self._without_marker(cue, i, p, info, done)
        if got is None:
            return None
        content, quotes = got
        speaker = self.resolve(i, info, sources, done)
        return self.make(kind, cue, sources, content, quotes, speaker)

    def _quoted(
        self, cue: Cue, o: int, sources: tuple[Source, ...], i: int, info: CueInfo, done: Sequence[Attribution]
    ) -> Attribution | None:
        close = self.closer[o]
        qs, qe = self.toks[o].end, self.toks[close].start
        if qe <= qs:
            return None
        return self.make("direct", cue, sources, self.span(qs, qe), (), self.resolve(i, info, sources, done))

    def _without_marker(
        self, cue: Cue, i: int, p: int, info: CueInfo, done: Sequence[Attribution]
    ) -> Attribution | None:
        """A cue with no quote, colon or أن after it: a speaker after a quote, or a noun phrase."""
        # «...»، قال مسؤول
        b = i - 1
        while b >= 0 and self.is_comma(b):
            b -= 1
        if b >= 0 and b in self.opener and info.type == "speech":
            o = self.opener[b]
            limit = self.clause_end(p) if p < self.n and p < self.sent_limit(i) else p
            end = self.bounded_source(p, limit)
            sources = self.split_sources(p, end) if end > p else ()
            qs, qe = self.toks[o].end, self.toks[b].start
            if qe <= qs:
                return None
            return self.make("direct", cue, sources, self.span(qs, qe), (), self.resolve(i, info, sources, done))
        if info.type == "participle" and info.np and p < self.sent_limit(i) and self.word(p):
            # «مطالبين بإيجاد ...», «معتبرة المتاجرة ...»: the noun phrase after the participle.
            got = self.content(p, self.clause_end(p))
            if got is None:
                return None
            segs = self.toks[p].segments
            if info.prep == "ب" and len(segs) > 1 and segs[0].role == "proclitic" and segs[0].form == "ب":
                # «مطالبين بإيجاد ...»: the preposition stays outside the content.
                start = segs[1].start
                got = (self.span(start, got[0].end), got[1])
            kind_: AttributionKind = "mixed" if got[1] else "indirect"
            return self.make(kind_, cue, (), got[0], got[1], self.resolve(i, info, (), done))
        if not info.np or info.type != "speech" or info.prep or info.present:
            return None
        limit = self.sent_limit(i)
        back = self.subject_before(i)
        if back is not None:
            a = p
            sources = self.split_sources(*back)
        else:
            end = self.np_end(p, limit, names=False)
            if self.entities and p < limit:
                ent = self.entity_from(self.body[p], self.toks[limit - 1].end)
                if ent is not None:
                    end = p
                    while end < limit and self.starts[end] < ent.end:
                        end += 1
            if end <= p:
                return None
            sources = self.split_sources(p, end)
            a = end
        if a >= limit or not sources:
            return None
        got = self.content(a, self.clause_end(a))
        if got is None or sum(self.word(k) for k in range(a, self.clause_end(a))) < 2:
            return None
        content, quotes = got
        kind: AttributionKind = "mixed" if quotes else "indirect"
        return self.make(kind, cue, sources, content, quotes, self.resolve(i, info, sources, done))

    # -- speakers --------------------------------------------------------------------------------

    def resolve(
        self, i: int, info: CueInfo, sources: tuple[Source, ...], done: Sequence[Attribution]
    ) -> Speaker | None:
        """Who speaks when the source is a pronoun, a dropped subject or a short name."""
        if sources:
            if len(sources) != 1:
                return None
            return self.fuller(sources[0], done)
        opens_clause = (
            info.type == "participle" or i == self.sent_first[self.sent_of[i]] or (i > 0 and self.punct[i - 1])
        )
        sent = self.sent_of[i]
        if opens_clause:
            for prev in reversed(done):
                if prev.cue.start >= self.starts[i]:
                    continue
                p_tok = bisect_right(self.starts, prev.cue.start) - 1
                if sent - self.sent_of[p_tok] > 2:
                    break
                if prev.cue.type == "according_to" or prev.cue.type == "phrase":
                    continue
                if prev.speaker is not None:
                    cand = prev.speaker
                elif len(prev.sources) == 1:
                    src = prev.sources[0]
                    cand = Speaker(src.text, (src.start, src.end), src.entity.group if src.entity else None)
                else:
                    continue
                if self.agrees(info, cand.name):
                    return cand
                break
        # The nearest earlier entity in the sentence that can be the subject.
        first = self.starts[self.sent_first[sent]]
        k = bisect_right(self.ent_starts, self.starts[i]) - 1
        while k >= 0 and self.entities[k].start >= first:
            ent = self.entities[k]
            if ent.end <= self.starts[i] and (ent.label == "PER") != info.feminine and self.may_be_subject(ent):
                return Speaker(ent.text, (ent.start, ent.end), ent.group)
            k -= 1
        return None

    def may_be_subject(self, ent: Entity) -> bool:
        """Whether an entity is not the object of a preposition («في سوريا», «بسوريا»)."""
        k = bisect_right(self.starts, ent.start) - 1
        if k < 0:
            return True
        if self.starts[k] < ent.start and self.norm[k][:1] in ("ب", "ل", "ك"):
            return False
        return not (k > 0 and self.is_stop(k - 1))

    def agrees(self, info: CueInfo, name: str) -> bool:
        """A rough gender check between a verb and a candidate speaker («أكدت» and «روسيا»)."""
        head = normalize(name).split()
        if not head:
            return False
        # Feminine heads end in ta marbuta («الحكومة»), and most country names in «يا» («روسيا»).
        fem_name = head[0].endswith(("ه", "يا"))
        return fem_name == info.feminine or (not info.feminine and len(head) > 1)

    def group_records(self) -> dict[int, tuple[list[int], list[Entity]]]:
        """Per entity group: the mentions longer than every earlier one, and their lengths."""
        if self._records is None:
            self._records = {}
            for ent in self.entities:
                if ent.group is None:
                    continue
                lengths, records = self._records.setdefault(ent.group, ([], []))
                if not lengths or len(ent.text) > lengths[-1]:
                    lengths.append(len(ent.text))
                    records.append(ent)
        return self._records

    def source_words(self, src: Source) -> list[str]:
        key = (src.start, src.end, src.form)
        words = self._source_words.get(key)
        if words is None:
            words = self._source_words[key] = normalize(src.form).split()
        return words

    def fuller(self, src: Source, done: Sequence[Attribution]) -> Speaker | None:
        """The fuller earlier mention a short source stands for («هاموند», «المرصد»)."""
        words = normalize(src.form).split()
        if not words:
            return None
        if src.entity is not None and src.entity.group is not None:
            # The group's first mention longer than the source: the first of the group's "records"
            # (mentions longer than every earlier one) that is longer. A bisection, not a scan.
            lengths, records = self.group_records().get(src.entity.group, ([], []))
            r = bisect_right(lengths, len(src.text))
            if r < len(records) and records[r].start < src.start:
                ent = records[r]
                return Speaker(ent.text, (ent.start, ent.end), ent.group)
        # Only the most recent attributions are searched, so that a page of thousands of cues
        # costs linear time; a news article has far fewer.
        for prev in done[-_LOOKBACK:]:
            for cand in prev.sources:
                cw = self.source_words(cand)
                if len(cw) > len(words) and (_contains(cw, words) or cw[: len(words)] == words):
                    if prev.speaker is not None and prev.speaker.name != cand.text:
                        return prev.speaker
                    return Speaker(cand.text, (cand.start, cand.end), cand.entity.group if cand.entity else None)
        return None


def _contains(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    k = len(shorter)
    return any(list(longer[x : x + k]) == list(shorter) for x in range(len(longer) - k + 1))


def attributions_of(doc: Document, lex: Lexicon | None = None) -> tuple[Attribution, ...]:
    """The attributions of a document that has ``tokens`` and ``sentences`` layers."""
    if not doc.text or not doc.tokens:
        return ()
    return _Analysis(doc, lex or lexicon()).run()


class AttributionStage:
    """The ``attributions`` stage: who says what, with cue, sources and content.

    Uses the ``entities`` layer when an earlier stage added it (to bound and label sources and to
    resolve speakers); works without it.
    """

    name: ClassVar[str] = "attributions"
    requires: ClassVar[tuple[str, ...]] = ("tokens", "sentences")
    provides: ClassVar[tuple[str, ...]] = ("attributions",)

    def __call__(self, doc: Document, /) -> Document:
        return doc.with_layer("attributions", attributions_of(doc), validate=False)

    def __repr__(self) -> str:
        return "AttributionStage()"


def claims(doc: Document) -> tuple[Claim, ...]:
    """The quantities inside each attribution's content, one :class:`Claim` per quantity.

    Needs the ``attributions`` and ``quantities`` layers; a missing one raises
    :class:`~arabicnews.core.errors.LayerNotFoundError` naming the stage that adds it.
    """
    return claims_of(doc.layer("attributions"), doc.layer("quantities"))
