"""The default ``entities`` stage: the perceptron tagger run over a document's tokens, sentence by sentence.

The tagger reads whole tokens, clitics included, as the corpora are tokenised; the entity span
then starts after the proclitics of its first token («بسوريا» gives «سوريا»), at a boundary the
tokens layer made and never inside a name of the lists (:data:`ENTITY_START`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import ClassVar, cast

from attrs import frozen

from arabicnews.arabic.letters import PROCLITIC_LETTERS
from arabicnews.core.document import Document
from arabicnews.core.normalize import normalize
from arabicnews.core.rules import Rule, RuleTable, current_trace
from arabicnews.model.columns import token_ends, token_kinds, token_texts
from arabicnews.model.entity import Entity, EntityLabel
from arabicnews.model.spans import Segment, Token, sentence_token_ranges
from arabicnews.stages.entities.bio import bio_spans
from arabicnews.stages.entities.grouping import group_mentions
from arabicnews.stages.entities.perceptron import SHIPPED_MODELS, NerModel, default_model, shipped_model
from arabicnews.stages.entities.postprocess import POSTPROCESSING, Tagging, postprocess

# An entity starts after these proclitics (never after the future س: names take no verb prefix).
_NAME_PROCLITICS = frozenset(PROCLITIC_LETTERS)


def name_proclitics(segments: Sequence[Segment]) -> int:
    """How many leading segments are proclitics a name can carry (و ف ب ل ك; never the future «س»).

    The last segment is never counted: a token of clitics only has no name after them.
    """
    k = 0
    while k < len(segments) - 1 and segments[k].role == "proclitic" and normalize(segments[k].form) in _NAME_PROCLITICS:
        k += 1
    return k


@frozen
class FirstToken:
    """An entity's first token, and what the tagger knows of words, to say where the entity starts in it."""

    token: Token
    known: Mapping[str, int]
    names: frozenset[str]


def _whole_token(c: FirstToken) -> int | None:
    # Only the tokens layer splits a word: «وليد» left whole is not و + ل + «يد», nor «كيري» ك + «يري».
    if c.token.kind != "word" or not name_proclitics(c.token.segments):
        return c.token.start
    return None


def _keep_listed_name(c: FirstToken) -> int | None:
    # «بان كي مون»: the segmenter splits ب + «ان», but «بان» is a name of the lists; «وبان» keeps «بان».
    segs = c.token.segments
    for k in range(name_proclitics(segs) + 1):
        if normalize("".join(seg.form for seg in segs[k:])) in c.names:
            return segs[k].start if k else c.token.start
    return None


def _after_proclitics(c: FirstToken) -> int:
    # Trust the segmenter for و ف ب ل ك (never the future س: names take no verb prefix),
    # unless the whole word is better known than what is left («لزيروكس» gives «زيروكس»).
    segs = c.token.segments
    k = name_proclitics(segs)
    rest = normalize("".join(seg.form for seg in segs[k:]))
    if c.known.get(rest, 0) >= c.known.get(c.token.norm, 0):
        return segs[k].start
    return c.token.start


ENTITY_START: RuleTable[FirstToken, int] = RuleTable(
    "where an entity starts in its first token",
    "entities",
    (
        Rule(
            "a word the tokens layer did not split starts the entity whole",
            "وقال رئيس الحزب التقدمي الاشتراكي وليد جنبلاط إن الحكومة ستسقط.",
            "took",
            _whole_token,
        ),
        Rule(
            "a name of the lists keeps all its letters",
            "وقال الأمين العام للأمم المتحدة بان كي مون إن الوضع خطير.",
            "took",
            _keep_listed_name,
        ),
        Rule(
            "an entity starts after the proclitics the tokens layer split off",
            "وقال مسؤول تابع لزيروكس إن الشركة ستطلق طابعة جديدة.",
            "took",
            _after_proclitics,
        ),
    ),
)
"""The rules that say where an entity starts in its first token (the first that decides wins; the
last always does): never at a letter that is not a boundary the tokens layer made (a segment's
start), and never inside a name of the model's lists. They place the span; they change no tag."""


def entity_start(token: Token, model: NerModel) -> tuple[Rule[FirstToken, int], int]:
    """Where an entity that begins with ``token`` starts, and the rule of :data:`ENTITY_START` that said so."""
    extract = model.extract
    found = ENTITY_START.first(FirstToken(token, extract.known, extract.names))
    if found is None:  # pragma: no cover - the last rule always decides
        raise AssertionError("no rule of ENTITY_START decided")
    return found


def _stem_start(token: Token, model: NerModel) -> int:
    """Where an entity that begins with ``token`` starts: after the proclitics the tokens layer split off."""
    return entity_start(token, model)[1]


def _chunks(doc: Document, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Token index ranges to tag one at a time: the sentences when there are some, else the text."""
    if not doc.has_layer("sentences") or not doc.sentences or not tokens:
        return [(0, len(tokens))] if tokens else []
    ranges = []
    done = 0
    # A sentence's chunk takes along the tokens before it that are in no sentence.
    for _, last in sentence_token_ranges(tokens, doc.sentences):
        if last > done:
            ranges.append((done, last))
            done = last
    if done < len(tokens):
        ranges.append((done, len(tokens)))
    return ranges


def entities_of(doc: Document, model: NerModel | None = None, skip: Collection[str] = ()) -> tuple[Entity, ...]:
    """Tag the tokens of ``doc`` and return its entities, grouped (see :func:`group_mentions`).

    After decoding, the post-processing steps run
    (:data:`~arabicnews.stages.entities.postprocess.POSTPROCESSING`), but those named in ``skip``.
    While a trace is open, the mentions each step made or changed are recorded in it.
    """
    model = model or default_model()
    tokens: tuple[Token, ...] = doc.tokens
    text = doc.text
    found: list[Entity] = []
    chunks = _chunks(doc, tokens)
    # The columns of a TokenTable: a Token is built only where an entity starts.
    texts, ends = token_texts(tokens), token_ends(tokens)
    tagging = model.tagging([list(texts[lo:hi]) for lo, hi in chunks])
    kinds = token_kinds(tokens)
    tagging.kinds.extend([list(kinds[lo:hi]) for lo, hi in chunks])
    trace = current_trace()
    spans = None
    if trace is not None:
        spans = [[(_stem_start(t, model), t.end) for t in tokens[lo:hi]] for lo, hi in chunks]
    postprocess(tagging, POSTPROCESSING, skip, trace, spans)
    for (lo, _), tags, margins in zip(chunks, tagging.tags, tagging.margins, strict=True):
        for first, last, label in bio_spans(tags):
            rule, start = entity_start(tokens[lo + first], model)
            end = ends[lo + last - 1]
            if trace is not None and start < end:
                trace.record(ENTITY_START, rule, start, end)
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
    rule_tables: ClassVar[tuple[RuleTable[Tagging, bool], ...]] = POSTPROCESSING

    __slots__ = ("_model",)

    def __init__(self, model: NerModel | str | None = None) -> None:
        """``model``: a :class:`NerModel`, or the name of a shipped one (:data:`SHIPPED_MODELS`:
        ``"default"``, for news, or ``"aqmar"``, for Wikipedia-like text as AQMAR annotates it)."""
        if isinstance(model, str) and model not in SHIPPED_MODELS:
            shipped_model(model)  # raises, naming the models there are
        self._model = model

    @property
    def model(self) -> NerModel:
        """The tagger (the shipped one unless another was given), loaded on first use."""
        if self._model is None:
            return default_model()
        if isinstance(self._model, str):
            return shipped_model(self._model)
        return self._model

    def __call__(self, doc: Document, /) -> Document:
        return doc.with_layer("entities", entities_of(doc, self.model), validate=False)

    def __getstate__(self) -> tuple[NerModel | str | None]:
        return (self._model,)

    def __setstate__(self, state: tuple[NerModel | str | None]) -> None:
        self._model = state[0]

    def __repr__(self) -> str:
        return f"EntityStage(model={self._model!r})" if isinstance(self._model, str) else "EntityStage()"


__all__ = ["ENTITY_START", "EntityStage", "FirstToken", "entities_of", "entity_start", "name_proclitics"]
