"""Exports of a Document to the formats other tools read: CoNLL-U, spaCy, pandas, and a JSON Schema.

- :func:`to_conllu`: sentences of tokens, a token with clitics as a multi-word token whose words are
  its segments' restored forms, ``SpaceAfter=No``, character offsets and entity BIO tags in MISC.
- :func:`to_spacy`: a spaCy ``Doc`` with the same text, entities in ``doc.ents`` and the other
  layers as span groups (needs the ``spacy`` extra).
- :func:`to_pandas`: one DataFrame row per annotation of a layer (needs the ``pandas`` extra).
- :func:`json_schema`: the JSON Schema of :meth:`Document.to_dict` output (and of each JSON Lines
  record of ``arabicnews analyze``), built from the annotation classes themselves.

spaCy and pandas are imported only when their function is called, and are typed ``Any`` here so
that type-checking arabicnews needs neither installed.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal, get_args, get_origin

import attrs

from arabicnews.core.document import Document
from arabicnews.core.errors import BackendNotInstalledError
from arabicnews.core.serialize import FORMAT_VERSION, builtin_types
from arabicnews.model.layers import BUILTIN
from arabicnews.model.spans import Sentence, Token, is_span

__all__ = ["json_schema", "to_conllu", "to_pandas", "to_spacy"]


# -- CoNLL-U ---------------------------------------------------------------------------------------


def _field(value: str) -> str:
    # A CoNLL-U field holds no tab or line break; an empty one is written "_".
    cleaned = " ".join(value.split()) if any(c in value for c in "\t\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029") else value
    return cleaned or "_"


def _sentence_groups(doc: Document) -> Iterator[tuple[str, list[Token]]]:
    """The tokens of each sentence with the sentence's text; tokens outside every sentence (or all
    of them, without a sentences layer) form sentences of their own, one per run."""
    tokens = doc.tokens
    sentences: Sequence[Sentence] = doc.sentences if doc.has_layer("sentences") else ()
    i = 0
    for sent in sentences:
        stray: list[Token] = []
        while i < len(tokens) and tokens[i].start < sent.start:
            stray.append(tokens[i])
            i += 1
        if stray:
            yield doc.text[stray[0].start : stray[-1].end], stray
        inside: list[Token] = []
        while i < len(tokens) and tokens[i].start < sent.end:
            inside.append(tokens[i])
            i += 1
        if inside:
            yield sent.text, inside
    if i < len(tokens):
        rest = list(tokens[i:])
        yield doc.text[rest[0].start : rest[-1].end], rest


class _Bio:
    """BIO tags of words given in text order: a word overlapping an entity is B- (the first word of
    that entity) or I- (a later one), any other word O. Linear in words plus entities."""

    def __init__(self, entities: Sequence[tuple[int, int, str]]) -> None:
        self.entities = entities
        self.next = 0  # the first entity that may still overlap a word
        self.current = -1  # the entity the previous word was in, -1 for none

    def tag(self, start: int, end: int) -> str:
        ents = self.entities
        while self.next < len(ents) and ents[self.next][1] <= start:
            self.next += 1
        k = self.next
        while k < len(ents) and ents[k][0] < end:
            if start < ents[k][1]:
                tag = ("I-" if self.current == k else "B-") + ents[k][2]
                self.current = k
                return tag
            k += 1
        self.current = -1
        return "O"


def to_conllu(doc: Document) -> str:
    """The document in CoNLL-U: one block per sentence, ``# sent_id`` and ``# text`` comments.

    A token split into clitic segments is a multi-word token: a range line ``i-j`` with the token
    as written, then one word line per segment whose FORM is the segment's restored form
    («للأحياء» → «ل» + «الأحياء»). MISC holds ``SpaceAfter=No`` where the text has no space after
    the token, ``TokenRange=start:end`` (character offsets into ``doc.text``) on each token, and,
    when the document has an entities layer, ``NER=B-PER``/``I-PER``/``O`` on each word. LEMMA,
    UPOS, XPOS, FEATS, HEAD, DEPREL and DEPS are ``_``. Needs the ``tokens`` layer.
    """
    text = doc.text
    has_entities = doc.has_layer("entities")
    ents = [(e.start, e.end, str(e.label)) for e in doc.entities] if has_entities else []
    lines: list[str] = []
    bio = _Bio(ents)
    for n, (sent_text, tokens) in enumerate(_sentence_groups(doc), 1):
        lines.append(f"# sent_id = {n}")
        lines.append(f"# text = {' '.join(sent_text.split())}")
        word_id = 1
        for k, tok in enumerate(tokens):
            misc = []
            if tok.end < len(text) and not text[tok.end].isspace() and k + 1 < len(tokens):
                misc.append("SpaceAfter=No")
            misc.append(f"TokenRange={tok.start}:{tok.end}")
            segments = tok.segments if len(tok.segments) > 1 else ()
            if segments:
                last = word_id + len(segments) - 1
                lines.append(f"{word_id}-{last}\t{_field(tok.text)}\t_\t_\t_\t_\t_\t_\t_\t{'|'.join(misc)}")
                for seg in segments:
                    word_misc = [f"NER={bio.tag(seg.start, seg.end)}"] if has_entities else []
                    lines.append(f"{word_id}\t{_field(seg.form)}\t_\t_\t_\t_\t_\t_\t_\t{'|'.join(word_misc) or '_'}")
                    word_id += 1
            else:
                if has_entities:
                    misc.insert(0, f"NER={bio.tag(tok.start, tok.end)}")
                lines.append(f"{word_id}\t{_field(tok.text)}\t_\t_\t_\t_\t_\t_\t_\t{'|'.join(misc)}")
                word_id += 1
        lines.append("")
    return "\n".join(lines) + ("\n" if lines else "")


# -- spaCy -----------------------------------------------------------------------------------------


def _require(module: str, extra: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise BackendNotInstalledError(module, extra) from exc


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
    Needs the ``tokens`` layer and the ``spacy`` extra (``pip install 'arabicnews[spacy]'``).
    """
    _require("spacy", "spacy")
    spacy_doc = _require("spacy.tokens", "spacy").Doc
    filter_spans = _require("spacy.util", "spacy").filter_spans

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


# -- pandas ----------------------------------------------------------------------------------------

_LAYER_TYPES: dict[str, str] = {key.name: key.type.__name__ for key in BUILTIN}
"""The annotation class of each built-in layer (from the registry, :mod:`arabicnews.model.layers`)."""


def _flatten(item: Any, prefix: str = "") -> dict[str, Any]:
    """One row: the fields of ``item``; a nested annotation spreads into ``<field>_<its field>``
    columns, a tuple of annotations becomes a tuple of their texts (forms for clitic segments)."""
    row: dict[str, Any] = {}
    for f in attrs.fields(type(item)):
        value = getattr(item, f.name)
        name = prefix + f.name
        if is_span(value):
            row.update(_flatten(value, name + "_"))
        elif attrs.has(type(value)):
            row.update({f"{name}_{k}": v for k, v in attrs.asdict(value, recurse=False).items()})
        elif isinstance(value, tuple) and value and all(is_span(v) for v in value):
            row[name] = tuple(getattr(v, "form", v.text) for v in value)
        else:
            row[name] = value
    return row


def _claim_rows(doc: Document) -> list[dict[str, Any]]:
    return [
        {
            "source": c.source,
            "cue": c.cue,
            "text": c.quantity.text,
            "start": c.quantity.start,
            "end": c.quantity.end,
            "kind": c.quantity.kind,
            "qualifier": c.quantity.qualifier,
            "value": c.quantity.value,
            "low": c.quantity.low,
            "high": c.quantity.high,
            "unit": c.quantity.unit,
            "content": c.content,
        }
        for c in doc.claims()
    ]


def to_pandas(doc: Document, layer: str) -> Any:
    """A DataFrame with one row per annotation of ``layer`` (``"claims"`` for :meth:`Document.claims`).

    Columns are the annotation's fields in order; nested annotations are spread into prefixed
    columns (an attribution's ``cue_text``, ``cue_start``, ``content_text``, ...), tuples of
    annotations become tuples of their texts (a token's ``segments`` as restored forms). Exact
    numbers (``Fraction``, ``Decimal``) stay Python objects. An empty layer gives an empty frame
    with the columns of its annotation class. Needs the ``pandas`` extra
    (``pip install 'arabicnews[pandas]'``).
    """
    pd = _require("pandas", "pandas")
    if layer == "claims":
        rows = _claim_rows(doc)
        columns = ["source", "cue", "text", "start", "end", "kind", "qualifier", "value", "low", "high"]
        return pd.DataFrame(rows, columns=[*columns, "unit", "content"] if not rows else None)
    items = doc.layer(layer)
    if items:
        return pd.DataFrame([_flatten(item) for item in items])
    cls = builtin_types().get(_LAYER_TYPES.get(layer, ""))
    names = [f.name for f in attrs.fields(cls)] if cls is not None else ["text", "start", "end"]
    return pd.DataFrame(columns=names)


# -- JSON Schema -----------------------------------------------------------------------------------


def _type_schema(tp: Any, defs: dict[str, Any], known: dict[str, type]) -> dict[str, Any]:
    """The JSON Schema of a field of type ``tp`` as :func:`arabicnews.core.serialize.encode` writes it."""
    origin = get_origin(tp)
    if tp is Any or tp is object:
        return {}
    if tp is type(None):
        return {"type": "null"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if tp is str:
        return {"$ref": "#/$defs/Text"}
    if tp in (Fraction, Decimal):
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if origin is Literal:
        return {"enum": list(get_args(tp))}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_type_schema(a, defs, known) for a in get_args(tp)]}
    if origin is tuple:
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _type_schema(args[0], defs, known)}
        items = [_type_schema(a, defs, known) for a in args]
        return {"type": "array", "prefixItems": items, "minItems": len(items), "maxItems": len(items)}
    if isinstance(tp, type) and attrs.has(tp):
        _class_schema(tp, defs, known)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no JSON Schema for the field type {tp!r}")


def _class_schema(cls: type, defs: dict[str, Any], known: dict[str, type]) -> None:
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}  # placeholder against recursion
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {"@type": {"const": cls.__name__}}
    required = ["@type"]
    for f in attrs.fields(cls):
        key = f.alias or f.name
        props[key] = _type_schema(hints[f.name], defs, known)
        if f.default is attrs.NOTHING:
            required.append(key)
    doc = (cls.__doc__ or "").strip().splitlines()
    defs[cls.__name__] = {
        "type": "object",
        "description": doc[0] if doc else cls.__name__,
        "properties": props,
        "required": required,
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :meth:`Document.to_dict` output and of the records of
    ``arabicnews analyze`` (the same dictionary with the document's ``id`` first).

    Each built-in layer is an array of its annotation class; annotations are objects tagged with
    ``"@type"``; ``Fraction`` and ``Decimal`` values are tagged strings. Layers that users add are
    arrays of tagged objects. ``docs/schema.json`` is this schema, written out.
    """
    known = builtin_types()
    defs: dict[str, Any] = {
        "Text": {
            "description": "A string; one holding surrogate code points is written as its code points.",
            "oneOf": [
                {"type": "string"},
                {
                    "type": "object",
                    "properties": {
                        "@type": {"const": "str"},
                        "codepoints": {"type": "array", "items": {"type": "integer", "minimum": 0}},
                    },
                    "required": ["@type", "codepoints"],
                    "additionalProperties": False,
                },
            ],
        },
        "Fraction": {
            "type": "object",
            "description": "An exact fraction, written as 'numerator/denominator'.",
            "properties": {"@type": {"const": "Fraction"}, "value": {"type": "string", "pattern": r"^-?\d+(/\d+)?$"}},
            "required": ["@type", "value"],
            "additionalProperties": False,
        },
        "Decimal": {
            "type": "object",
            "description": "An exact decimal number, written as a string.",
            "properties": {"@type": {"const": "Decimal"}, "value": {"type": "string"}},
            "required": ["@type", "value"],
            "additionalProperties": False,
        },
    }
    for name in (*_LAYER_TYPES.values(), "Span"):  # the layers' classes and what they hold
        _class_schema(known[name], defs, known)
    layers = {name: {"type": "array", "items": {"$ref": f"#/$defs/{cls}"}} for name, cls in _LAYER_TYPES.items()}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "arabicnews Document",
        "description": "The output of Document.to_dict() and each record of `arabicnews analyze` (JSON Lines).",
        "type": "object",
        "properties": {
            "id": {
                "description": "Only in `arabicnews analyze` output: the document's path, line number or input id.",
                "type": ["string", "integer"],
            },
            "version": {"const": FORMAT_VERSION},
            "text": {"$ref": "#/$defs/Text"},
            "layers": {
                "type": "object",
                "properties": layers,
                "additionalProperties": {
                    "type": "array",
                    "items": {"type": "object", "properties": {"@type": {"type": "string"}}, "required": ["@type"]},
                },
            },
        },
        "required": ["version", "text", "layers"],
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }


if __name__ == "__main__":  # python -m arabicnews.surfaces.export > docs/schema.json
    import json

    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
