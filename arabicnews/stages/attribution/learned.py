"""A learned step that moves where an attribution's source starts and ends (issue 14).

The rules give each attribution its source span. This step looks at that span and at the spans
around it whose edges lie a few tokens away (the start up to ``START_REACH`` tokens either way; the
end up to ``TRIM`` tokens shorter or ``EXTEND`` longer), never across the cue, another cue, a
complementiser, a full stop or a colon; nor across the content, except a content that starts right
after the source and after the cue (a noun phrase or a quote, «أكدت الأمانة العامة لهيئة كبار
العلماء على ...»), whose start then moves with the source's end. (``guideline_stop``, the guideline's stops at a
description clause and at the audience, was tried as a hard limit of the reach and failed its bar:
it is off in the pipeline and kept for ``benchmarks/attribution_sources_cv.py --stops``.) It scores each candidate with
linear weights over features of its start, its end, its length and its shape, and keeps the rules'
span unless another beats it by ``MARGIN``. The chosen span is split at coordination by the same
``split_sources`` the rules use.

The features: the boundary words and their normalised forms; whether they are in the package's
lists (roles, unnamed sources, documents, not_sources, stops, relatives, occasions, the entity
model's person and place name words); Latin script, quotes and other marks, prepositions written
alone, nisba endings, possessive pronouns, cues, complementisers; the entity tagger's label where
an ``entities`` layer is there; the classes of the tokens added or cut; the offsets from the rules'
edges; one letter per token for the candidate's shape.

The weights (``arabicnews/data/attribution/source_weights.tsv``) are an averaged margin perceptron
trained on the seventeen tuning sets dev..dev17 by ``benchmarks/attribution_sources_cv.py --write``;
the choice of candidates, features and margin was checked by leave-one-set-out there (docs/history/attribution.md,
"Session 12 (attr14n)", "Session 12, round 2 (attr14r)" and "attr19a": off by default, it has not passed
its bar on seventeen folds either).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from weakref import WeakKeyDictionary

import regex
from attrs import evolve, field, frozen

from arabicnews.arabic.clitics import name_words, word_key
from arabicnews.core.resources import read_table
from arabicnews.core.rules import Rule, RuleTable
from arabicnews.model.attribution import Attribution, Cue, Source
from arabicnews.model.columns import token_texts
from arabicnews.model.spans import Span
from arabicnews.stages.attribution.index import COLONS, TERMINAL
from arabicnews.stages.attribution.phrases import Phrases

START_REACH = 2
TRIM = 3
EXTEND = 12
MARGIN = 1.0
"""How much better than the rules' span a candidate must score to replace it."""
LINK_WORDS = frozenset(("في", "فى", "من", "عن", "علي", "الي", "ل", "لـ", "ب", "بـ", "مع", "لدي", "حول"))
"""Prepositions written alone (normalised)."""
POSSESSIVE_ENDINGS = ("ه", "ها", "هم", "هما", "هن")
STOP_MARKS = TERMINAL | COLONS
LENGTH_CAP = 12
SHAPE_CAP = 8
WEIGHTS_FILE = "attribution/source_weights.tsv"

Pair = tuple[int, int]


@frozen
class Options:
    """The candidate edges around the rules' source span ``[a, b)``, and the features of each."""

    a: int
    b: int
    starts: dict[int, list[str]]
    ends: dict[int, list[str]]
    content_from: int | None = None
    """With ``into_content``: the first token of a content that starts right after the source; an
    end past it moves the content's start to the first word after the source."""
    shape: dict[int, str] = field(factory=dict)
    """With ``shapes``: one letter per token around the rules' span, for the shape of a candidate."""


@cache
def _names() -> frozenset[str]:
    return name_words()


def entity_tags(ix: Phrases, k: int) -> list[str]:
    """The entity tagger's label of token ``k`` («ent=PER») and whether it begins or ends the
    entity; nothing outside an entity or with no ``entities`` layer."""
    start = ix.starts[k]
    end = start + len(texts(ix)[k])
    i = bisect_right(ix.ent_starts, end - 1) - 1  # the last entity starting inside the token or before it
    if i < 0 or ix.entities[i].end <= start:
        return []  # (an entity starts after a proclitic: «لوزارة» holds «وزارة»)
    ent = ix.entities[i]
    out = [f"ent={ent.label}"]
    if ix.tok_of(ent.start) == k:
        out.append("ent-begin")
    if ix.tok_of(ent.end - 1) == k:
        out.append("ent-end")
    return out


Memo = dict[int, list[str]]
"""The classes of the tokens already looked at in one document (each token is at several
candidates' edges, and often in the reach of several attributions)."""

_MEMOS: WeakKeyDictionary[Phrases, Memo] = WeakKeyDictionary()
"""One memo per document analysis, dropped with it (a token's classes do not change during the run)."""
_TEXTS: WeakKeyDictionary[Phrases, Sequence[str]] = WeakKeyDictionary()


def texts(ix: Phrases) -> Sequence[str]:
    """Each token's text, read from the token table's column (no Token is built)."""
    got = _TEXTS.get(ix)
    if got is None:
        got = _TEXTS[ix] = token_texts(ix.doc.tokens)
    return got


def document_memo(ix: Phrases) -> Memo:
    """The memo of token classes of the document ``ix`` analyses."""
    got = _MEMOS.get(ix)
    if got is None:
        got = _MEMOS[ix] = {}
    return got


def token_classes(ix: Phrases, k: int, memo: Memo | None = None) -> list[str]:
    """What a token is, as feature names: its normalised form and the lists and shapes it has."""
    if memo is None:
        return _token_classes(ix, k)
    got = memo.get(k)
    if got is None:
        got = memo[k] = _token_classes(ix, k)
    return got


def _token_classes(ix: Phrases, k: int) -> list[str]:
    if k < 0 or k >= ix.n:
        return ["edge"]
    if ix.punct[k]:
        text = texts(ix)[k]
        out = ["p" + text[0]]
        if k in ix.closer:
            out.append("qopen")
        if k in ix.opener:
            out.append("qclose")
        return out
    if ix.is_number[k]:
        return ["num"]
    g, lex = ix.grammar, ix.lex
    bare, head, text = ix.bare[k], ix.head(k), texts(ix)[k]
    role, stop, definite, lpre = ix.is_role(k), ix.is_stop(k), ix.definite(k), ix.lpre[k]
    out = ["w=" + bare]  # then the classes in this order (the order of the features a score adds up)
    for name, on in (
        ("role", role),
        ("unnamed", head in lex.unnamed),
        ("doc", head in lex.documents),
        ("notsrc", head in lex.not_sources),
        ("stop", stop),
        ("def", definite),
        ("lpre", lpre),
        ("conj", ix.conj[k]),
        ("nisba", bare.endswith(g.nisba_endings)),
        ("rel", bare in g.relatives),
        ("pp", bare in LINK_WORDS),
        ("occasion", head in g.occasions),
        ("cue", k in ix.cue_at),
        ("comp", ix.complementiser_form(bare)),
        ("latin", _LATIN.search(text) is not None),
        ("poss", not definite and text.endswith(POSSESSIVE_ENDINGS)),
        ("name", word_key(bare, text.endswith("ة")) in _names()),
        ("plain", ix.is_word[k] and not (definite or role or lpre or stop)),  # Phrases.plain_name
    ):
        if on:
            out.append(name)
    if ix.entities:
        out += entity_tags(ix, k)
    return out


_LATIN = regex.compile("[a-zA-Z\u0130\u212a]")
"""A Latin letter a..z in either case, or one of the two other letters whose lower case falls in a..z
(«İ», the Kelvin sign)."""

SHAPE_LETTERS = (
    ("ent-begin", "B"), ("ent=PER", "P"), ("ent=ORG", "O"), ("ent=LOC", "L"), ("role", "R"), ("pp", "p"),
    ("lpre", "l"), ("rel", "r"), ("nisba", "n"), ("def", "d"), ("name", "m"), ("num", "9"),
    ("qopen", "«"), ("qclose", "»"),
)  # fmt: skip
"""The letter of a token in a candidate's shape: the first of its classes in this order (else «w»,
or «,» for another mark)."""


def shape_letter(ix: Phrases, k: int, memo: Memo | None = None) -> str:
    """One letter for what token ``k`` is (see ``SHAPE_LETTERS``)."""
    classes = token_classes(ix, k, memo)
    letter = next((x for c, x in SHAPE_LETTERS if c in classes), None)
    return letter or ("," if ix.punct[k] else "w")


def _ok_first(ix: Phrases, k: int) -> bool:
    return ix.is_word[k] or ix.is_number[k] or k in ix.closer


def _ok_last(ix: Phrases, k: int, start: int) -> bool:
    return ix.is_word[k] or ix.is_number[k] or ix.opener.get(k, -1) >= start - START_REACH


def _stops_scan(ix: Phrases, k: int, cue: range, blocked: range) -> bool:
    """Whether no source may reach over token ``k``."""
    if k in cue or k in blocked or k in ix.cue_at or ix.complementiser_form(ix.bare[k]):
        return True
    return ix.punct[k] and texts(ix)[k][0] in STOP_MARKS and k not in ix.inner_dot


DESCRIPTION_PRONOUNS = frozenset(("هو", "هي", "هم", "هما", "هن"))
"""After «و», the start of a description clause («ستان ميلر وهو بابا نويل»)."""
VENUE_REACH = 3
"""How far after a venue «في» an audience may follow («في تصريح لـ«الشرق الأوسط»», «في تصريحات
صحفية لوكالة»)."""


def _audience(ix: Phrases, k: int) -> bool:
    """Whether token ``k`` starts an audience: «لـ» written alone, or ل on an outlet noun («لوكالة»)."""
    return ix.audience(k) or (ix.lpre[k] and ix.head(k) in ix.grammar.outlets)


def guideline_stop(ix: Phrases, a: int, k: int) -> bool:
    """Whether, by the guideline, no source starting at ``a`` may take in token ``k`` past the rules'
    end: a description clause («وهو/وهي ...», a relative «الذي/التي ...»), or the audience after the
    cue («لـ«الشرق الأوسط»», «لوكالة ...», «في تصريح لـ...»).

    A source headed by an outlet noun takes «لـ» + another outlet as its genitive («الموقع
    الإلكتروني لإذاعة "فرانس 3"»), so the audience stop is off after one.
    """
    bare = ix.bare[k]
    if (ix.conj[k] and bare in DESCRIPTION_PRONOUNS) or bare in ix.grammar.relatives:
        return True
    if ix.head(a) in ix.grammar.outlets:
        return False
    if _audience(ix, k):
        return True
    if bare in ("في", "فى") and k + 1 < ix.n and (ix.head(k + 1) in ix.grammar.occasions or ix.is_stop(k + 1)):
        return any(_audience(ix, j) for j in range(k + 2, min(ix.n, k + 2 + VENUE_REACH)))
    return False


def _classes(ix: Phrases, prefix: str, toks: Iterable[int], memo: Memo | None = None) -> list[str]:
    found: set[str] = set()
    for k in toks:
        found.update(token_classes(ix, k, memo))
    return sorted(prefix + c for c in found if not c.startswith("w="))  # a common prefix keeps the order


def start_features(ix: Phrases, a: int, s: int, memo: Memo | None = None) -> list[str]:
    """The features of a source starting at ``s`` where the rules start at ``a``."""
    out = [f"ds={s - a}", *("F:" + c for c in token_classes(ix, s, memo))]
    out += ["P:" + c for c in token_classes(ix, s - 1, memo)]
    if s < a:
        out += _classes(ix, "SADD:", range(s, a), memo)
    elif s > a:
        out += _classes(ix, "SRM:", range(a, s), memo)
    return out


def end_features(ix: Phrases, b: int, e: int, limit: int, memo: Memo | None = None) -> list[str]:
    """The features of a source ending before ``e`` where the rules end before ``b``."""
    out = [f"de={max(-TRIM, min(e - b, 6))}", *("L:" + c for c in token_classes(ix, e - 1, memo))]
    out += ["N:" + c for c in token_classes(ix, e, memo)]
    if e >= limit:
        out.append("N:sentence-end")
    if e > b:
        out += _classes(ix, "ADD:", range(b, e), memo)
        out.append(f"ADDwords={min(sum(ix.is_word[k] for k in range(b, e)), 6)}")
    elif e < b:
        out += _classes(ix, "RM:", range(e, b), memo)
    return out


def options(
    ix: Phrases,
    att: Attribution,
    into_content: bool = True,
    shapes: bool = True,
    stops: bool = False,
    alone: bool = True,
) -> Options | None:
    """The candidate starts and ends around an attribution's sources, or ``None`` when they cannot
    move (no source, or sources that are not one run of tokens split at coordination).

    With ``into_content``, the end may also run on into a content that starts right after the
    source and after the cue (at most to its last token but one); with ``shapes``, each candidate
    has a shape feature; with ``stops``, no end runs on over a ``guideline_stop``. Without
    ``alone``, also ``None`` when the rules' span is the only candidate (nothing to score).
    """
    sources = att.sources
    if not sources:
        return None
    a = ix.tok_of(sources[0].start)
    b = ix.tok_of(sources[-1].end - 1) + 1
    if len(sources) > 1:
        again = ix.split_sources(a, b)
        if [(s.start, s.end) for s in again] != [(s.start, s.end) for s in sources]:
            return None  # «نقل التلفزيون عن مصدر»: two sources the rules found apart
    cue = ix.tok_of(att.cue.start)
    cue_toks = range(cue, ix.tok_of(att.cue.end - 1) + 1)
    c = att.content
    blocked = range(ix.tok_of(c.start), ix.tok_of(c.end - 1) + 1) if c.end > c.start else range(0)
    first, limit = ix.sent_first[ix.sent_of[a]], ix.sent_limit(a)
    content_from = None
    if into_content and blocked and cue < a and b <= blocked.start <= b + 1 and len(blocked) > 1:
        content_from = blocked.start
        limit = min(limit, blocked.stop - 1)
        blocked = range(0)
    starts: dict[int, list[str]] = {a: []}
    k = a - 1
    while k >= max(first, a - START_REACH) and not _stops_scan(ix, k, cue_toks, blocked):
        if ix.punct[k] and k not in ix.opener and k not in ix.closer:
            break
        if _ok_first(ix, k):
            starts[k] = []
        k -= 1
    for k in range(a + 1, min(b, a + START_REACH + 1)):
        if _ok_first(ix, k):
            starts[k] = []
    ends: dict[int, list[str]] = {b: []}
    for e in range(max(a + 1, b - TRIM), b):
        if _ok_last(ix, e - 1, a):
            ends[e] = []
    e = b
    while e < min(limit, b + EXTEND) and not _stops_scan(ix, e, cue_toks, blocked):
        if stops and guideline_stop(ix, a, e):
            break
        e += 1
        if _ok_last(ix, e - 1, a):
            ends[e] = []
    if not alone and len(starts) == 1 and len(ends) == 1:
        return None
    memo = document_memo(ix)
    for s in starts:
        starts[s] = start_features(ix, a, s, memo)
    last = max(ends)
    for e in ends:
        ends[e] = end_features(ix, b, e, limit, memo)
        if e == last and e > b:
            ends[e].append("N:reach")  # as far as a source may go: the content, the cue, a stop
        if content_from is not None and e > content_from:
            ends[e].append("into-content")
    shape = {k: shape_letter(ix, k, memo) for k in range(min(starts), max(ends))} if shapes else {}
    return Options(a, b, starts, ends, content_from, shape)


def pairs(opts: Options) -> list[Pair]:
    """Every candidate ``(start, end)``, the rules' first."""
    rest = [(s, e) for s in opts.starts for e in opts.ends if s < e and (s, e) != (opts.a, opts.b)]
    return [(opts.a, opts.b), *rest]


def features(opts: Options, s: int, e: int) -> list[str]:
    """The features of the candidate ``[s, e)``: its start's, its end's, its length and shape."""
    out = [*opts.starts[s], *opts.ends[e], f"len={min(e - s, LENGTH_CAP)}"]
    if opts.shape:
        out.append("shape=" + _shape("".join(opts.shape[k] for k in range(s, e))))
    return out


def best(weights: Mapping[str, float], opts: Options, margin: float = 0.0) -> Pair:
    """The best-scoring candidate; the rules' span on a tie (and unless beaten by ``margin``).

    The score of a candidate is the sum of the weights of ``features(opts, s, e)``, added in that
    order: the weights of each start's and each end's features are looked up once, and those with
    no weight left out (adding 0.0 changes no sum), so the choice is the same as summing over the
    feature strings of every candidate.
    """
    get = weights.get
    start_w = {s: [w for f in fs if (w := get(f, 0.0))] for s, fs in opts.starts.items()}
    end_w = {e: [w for f in fs if (w := get(f, 0.0))] for e, fs in opts.ends.items()}
    lo = min(opts.starts)
    letters = "".join(opts.shape[k] for k in range(lo, max(opts.ends))) if opts.shape else ""
    top, choice = -float("inf"), (opts.a, opts.b)
    for n, (s, e) in enumerate(pairs(opts)):
        tail = [get(f"len={min(e - s, LENGTH_CAP)}", 0.0)]
        if opts.shape:
            tail.append(get("shape=" + _shape(letters[s - lo : e - lo]), 0.0))
        score = sum([*start_w[s], *end_w[e], *tail]) - (margin if n else 0.0)
        if score > top:
            top, choice = score, (s, e)
    return choice


def _shape(letters: str) -> str:
    return letters if len(letters) <= SHAPE_CAP else letters[:4] + "…" + letters[-3:]


def content_after(ix: Phrases, opts: Options, e: int) -> int | None:
    """Where the content starts when a source ending before token ``e`` ran on into it (the first
    token after ``e`` that is no comma or dash), else ``None``."""
    if opts.content_from is None or e <= opts.content_from:
        return None
    while ix.punct[e] and ix.toks[e].text[0] in "،,-–—":
        e += 1
    return ix.starts[e]


def with_sources(
    text: str, att: Attribution, sources: tuple[Source, ...], content_start: int | None = None
) -> Attribution:
    """The attribution with other sources, its own span widened or narrowed to its parts.

    With ``content_start``, the content starts there (a source ran on into it): the quotes left
    behind in the source are dropped, and a ``mixed`` report with none left is ``indirect``.
    """
    content, quotes, kind = att.content, att.quotes, att.kind
    if content_start is not None:
        content = evolve(content, text=text[content_start : content.end], start=content_start)
        quotes = tuple(q for q in quotes if q.start >= content_start)
        if kind == "mixed" and not quotes:
            kind = "indirect"
    parts: list[Cue | Span | Source] = [att.cue, content, *sources]
    start, end = min(p.start for p in parts), max(p.end for p in parts)
    return evolve(
        att, text=text[start:end], start=start, end=end, sources=sources, content=content, quotes=quotes, kind=kind
    )


def moved(
    ix: Phrases, att: Attribution, weights: Mapping[str, float], margin: float = MARGIN, into_content: bool = True
) -> Attribution | None:
    """The attribution with the learned source, or ``None`` when the rules' span stays."""
    if not weights:
        return None
    opts = options(ix, att, into_content, shapes=True, alone=False)
    if opts is None:
        return None
    s, e = best(weights, opts, margin)
    if (s, e) == (opts.a, opts.b):
        return None
    return with_sources(ix.text, att, ix.split_sources(s, e), content_after(ix, opts, e))


@cache
def source_weights() -> dict[str, float]:
    """The shipped weights (``arabicnews/data/attribution/source_weights.tsv``)."""
    return {feature: float(value) for feature, value in read_table(WEIGHTS_FILE, 2)}


@frozen
class LearnedCandidate:
    """An attribution the rules made, and the document analysis it was made in."""

    ix: Phrases
    attribution: Attribution


def _learned(c: LearnedCandidate) -> Attribution | None:
    return moved(c.ix, c.attribution, source_weights())


LEARNED_SOURCES: RuleTable[LearnedCandidate, Attribution] = RuleTable(
    "learned sources",
    "attributions",
    (
        Rule(
            "a learned boundary moves the source",
            "وطالب المدرب ماجد الشهري بتحسين أداء اللاعبين في المباراة.",
            "took",
            _learned,
            traps=("وقال وزير الصحة إن المستشفيات تعمل بكامل طاقتها.",),
        ),
    ),
)
"""The learned step as a table of one rule, so that ``explain`` shows where it moved a source."""
