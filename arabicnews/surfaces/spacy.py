"""The spaCy export of a Document: the same text, clitic segments as tokens, entities and other layers as spans.

spaCy is imported only when :func:`to_spacy` is called, and is typed ``Any`` here so that
type-checking arabicnews does not need it installed.
"""

from __future__ import annotations

from typing import Any

from arabicnews.core.document import Document
from arabicnews.surfaces.extras import require

__all__ = ["to_spacy"]


def _spacy_words(doc: Document) -> tuple[list[str], list[bool], list[bool]]:
    """spaCy words (clitic segments, plus whitespace runs spaCy cannot hold as a trailing space),
    their trailing-space flags and their sentence starts, so that the spaCy text is ``doc.text``."""
    text = doc.text
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []
    sentence_starts = {s.start for s in doc.sentences} if doc.has_layer("sentences") else set()
    pos = 0

    def gap(upto: int) -> None:
        nonlocal pos
        rest, pos = text[pos:upto], max(pos, upto)
        if rest.startswith(" ") and words and not spaces[-1]:
            spaces[-1] = True
            rest = rest[1:]
        if rest:
            words.append(rest)
            spaces.append(False)
            starts.append(False)

    for tok in doc.tokens:
        gap(tok.start)
        for i, seg in enumerate(tok.segments or ()):
            gap(seg.start)  # segments tile their token, but do not rely on it
            words.append(seg.text)
            spaces.append(False)
            starts.append(i == 0 and tok.start in sentence_starts)
            pos = seg.end
        if not tok.segments:
            words.append(tok.text)
            spaces.append(False)
            starts.append(tok.start in sentence_starts)
        pos = tok.end
    gap(len(text))
    return words, spaces, starts


def to_spacy(doc: Document, nlp_or_vocab: Any) -> Any:
    """A spaCy ``Doc`` of ``doc``: same text, clitic segments as tokens, entities as ``doc.ents``.

    ``nlp_or_vocab`` is a spaCy ``Language`` (``spacy.blank("ar")``) or its ``Vocab``. Each
    token's ``norm_`` is the segment's restored form; sentences set ``is_sent_start``;
    quantities, attributions and the sources, cues and contents of attributions are the span
    groups ``quantities``, ``attributions``, ``sources``, ``cues`` and ``contents``, labelled by
    kind. A span that does not fall on token boundaries is widened to them. ``user_data["arabicnews"]``
    holds :meth:`Document.to_dict`, with every value (numbers, dates, scores) of every layer.
    Needs the ``tokens`` layer and the ``spacy`` extra (``pip install -e '.[spacy]'`` in the checkout).
    """
    require("spacy", "spacy")
    spacy_doc = require("spacy.tokens", "spacy").Doc
    filter_spans = require("spacy.util", "spacy").filter_spans

    vocab = getattr(nlp_or_vocab, "vocab", nlp_or_vocab)
    words, spaces, starts = _spacy_words(doc)
    sent_starts: list[bool | None] | None = None
    if doc.has_layer("sentences"):
        sent_starts = [s or (None if w.isspace() else False) for s, w in zip(starts, words, strict=True)]
        if sent_starts and sent_starts[0] is not True:
            sent_starts[0] = True  # spaCy's first token always starts a sentence
    out = spacy_doc(vocab, words=words, spaces=spaces, sent_starts=sent_starts)
    forms = {seg.start: seg.form for tok in doc.tokens for seg in tok.segments}
    for token in out:
        form = forms.get(token.idx)
        if form is not None and form != token.text:
            token.norm_ = form

    def span(start: int, end: int, label: str) -> Any:
        return out.char_span(start, end, label=label, alignment_mode="expand")

    if doc.has_layer("entities"):
        out.ents = filter_spans([s for e in doc.entities if (s := span(e.start, e.end, str(e.label))) is not None])
    if doc.has_layer("quantities"):
        out.spans["quantities"] = [s for q in doc.quantities if (s := span(q.start, q.end, str(q.kind))) is not None]
    if doc.has_layer("attributions"):
        atts = doc.attributions
        groups: dict[str, list[Any]] = {"attributions": [], "sources": [], "cues": [], "contents": []}
        for a in atts:
            parts: list[tuple[str, int, int, str]] = [
                ("attributions", a.start, a.end, a.kind),
                ("cues", a.cue.start, a.cue.end, a.cue.type),
            ]
            parts += [("sources", s.start, s.end, s.kind) for s in a.sources]
            parts.append(("contents", a.content.start, a.content.end, a.kind))
            for group, start, end, label in parts:
                if (s := span(start, end, str(label))) is not None:
                    groups[group].append(s)
        for name, spans in groups.items():
            out.spans[name] = spans
    out.user_data["arabicnews"] = doc.to_dict()
    return out
