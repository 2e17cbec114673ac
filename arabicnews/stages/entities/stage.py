"""The default ``entities`` stage: the perceptron tagger run over a document's tokens, sentence by sentence.

The tagger reads whole tokens, clitics included, as the corpora are tokenised; the entity span
then starts after the proclitics of its first token («بسوريا» gives «سوريا»): the token's clitic
segments say where, or, for a token the segmenter left whole, the model's own proclitic rule.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import ClassVar, cast

from arabicnews.arabic.letters import PROCLITIC_LETTERS
from arabicnews.core.document import Document
from arabicnews.core.normalize import normalize
from arabicnews.core.rules import RuleTable, current_trace
from arabicnews.model.columns import token_ends, token_kinds, token_texts
from arabicnews.model.entity import Entity, EntityLabel
from arabicnews.model.spans import Segment, Token, sentence_token_ranges
from arabicnews.stages.entities.bio import bio_spans
from arabicnews.stages.entities.features import split_proclitic
from arabicnews.stages.entities.grouping import group_mentions
from arabicnews.stages.entities.perceptron import NerModel, default_model
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


def _stem_start(token: Token, model: NerModel) -> int:
    """Where an entity that begins with ``token`` starts: after the token's proclitics."""
    if token.kind != "word":
        return token.start
    known = model.extract.known
    segs = token.segments
    if len(segs) > 1 and segs[0].role == "proclitic":
        # Trust the segmenter for و ف ب ل ك (never the future س: names take no verb prefix),
        # unless the whole word is better known than what is left («برلين» is not ب + «رلين»).
        k = name_proclitics(segs)
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
            start = _stem_start(tokens[lo + first], model)
            end = ends[lo + last - 1]
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


__all__ = ["EntityStage", "entities_of"]
