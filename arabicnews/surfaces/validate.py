"""Checking a Document against every invariant the library promises.

:func:`check_document` is what the test suite, the property tests and the corpus benchmark use; call
it on your own Documents (say, after a custom stage, or after reading JSON Lines back) to catch a
broken offset before it corrupts every highlight after it. :func:`find_violations` returns every
problem found instead of raising on the first.

What is checked, for every layer and every annotation nested in an annotation (a token's segments,
a quantity's ``number_span``, an attribution's cue, sources, content and quotes, a source's entity):
offsets are ints with ``0 <= start <= end <= len(text)``, ``text[start:end] == a.text``, a nested
annotation lies within its parent, and each layer is sorted by ``(start, end)``. Tokens are non-empty,
do not overlap, neither start nor end on white space, and together cover every character that is
not white space or a format character; a token's segments tile it exactly. Sentences are non-empty,
in order, do not overlap and run from the first token to the last. Every quote of an attribution lies
within its content. The Document survives ``to_dict``/``from_dict``, directly and through JSON, and its
text is the text that was given.
"""

from __future__ import annotations

import json
from itertools import pairwise
from typing import Any

import regex

from arabicnews.core.document import Document
from arabicnews.core.errors import ArabicNewsError, InvariantError
from arabicnews.model.layers import ATTRIBUTIONS, SENTENCES, TOKENS
from arabicnews.model.spans import is_span, nested_spans
from arabicnews.stages.tokens import GAP

__all__ = ["check_document", "find_violations"]

_GAPS = regex.compile(f"(?:{GAP.pattern})*")


def _short(value: str, limit: int = 40) -> str:
    return repr(value if len(value) <= limit else value[: limit - 3] + "...")


def _check_span(text: str, item: Any, where: str, out: list[str], outer: tuple[int, int] | None) -> bool:
    """Check one annotation and, recursively, those nested in it; whether ``item`` itself is sound."""
    if not is_span(item):
        out.append(f"{where}: {type(item).__name__} is not an annotation with text, start and end")
        return False
    start, end, got = item.start, item.end, item.text
    if type(start) is not int or type(end) is not int:
        out.append(f"{where}: offsets must be ints, not {type(start).__name__}/{type(end).__name__}")
        return False
    if not 0 <= start <= end <= len(text):
        out.append(f"{where}: span [{start}, {end}) is outside the text (length {len(text)})")
        return False
    if text[start:end] != got:
        out.append(f"{where}: span [{start}, {end}) holds {_short(text[start:end])}, the annotation says {_short(got)}")
        return False
    if outer is not None and not outer[0] <= start <= end <= outer[1]:
        out.append(f"{where}: span [{start}, {end}) lies outside its parent [{outer[0]}, {outer[1]})")
    for name, inner in nested_spans(item):
        _check_span(text, inner, f"{where}.{name}", out, (start, end))
    return True


def _check_tokens(text: str, tokens: tuple[Any, ...], out: list[str]) -> None:
    prev_end = 0
    for i, tok in enumerate(tokens):
        where = f"tokens[{i}] [{tok.start}, {tok.end})"
        if tok.end <= tok.start:
            out.append(f"{where}: empty token")
            continue
        if tok.start < prev_end:
            out.append(f"{where}: overlaps the token before it, which ends at {prev_end}")
        elif _GAPS.fullmatch(text, prev_end, tok.start) is None:
            out.append(
                f"the text between {prev_end} and {tok.start} ({_short(text[prev_end : tok.start])}) is in no token"
            )
        if GAP.match(text, tok.start) or GAP.match(text, tok.end - 1):
            out.append(f"{where}: starts or ends with white space or a format character: {_short(tok.text)}")
        pos = tok.start
        for j, seg in enumerate(tok.segments):
            if seg.start != pos or seg.end <= seg.start:
                out.append(f"{where}: segment {j} [{seg.start}, {seg.end}) does not continue at {pos}")
                break
            pos = seg.end
        else:
            if pos != tok.end:
                out.append(f"{where}: the segments end at {pos}, not at the token's end")
        prev_end = max(prev_end, tok.end)
    if _GAPS.fullmatch(text, prev_end) is None:
        out.append(f"the text after {prev_end} ({_short(text[prev_end:])}) is in no token")


def _check_sentences(sentences: tuple[Any, ...], tokens: tuple[Any, ...], out: list[str]) -> None:
    prev = 0
    for i, s in enumerate(sentences):
        if s.end <= s.start or s.start < prev:
            out.append(
                f"sentences[{i}] [{s.start}, {s.end}): empty, or overlaps the sentence before it (ending {prev})"
            )
        prev = max(prev, s.end)
    if bool(tokens) != bool(sentences):
        out.append(f"{len(tokens)} token(s) but {len(sentences)} sentence(s)")
    elif tokens and (sentences[0].start != tokens[0].start or sentences[-1].end != tokens[-1].end):
        out.append(
            f"the sentences run over [{sentences[0].start}, {sentences[-1].end}), "
            f"the tokens over [{tokens[0].start}, {tokens[-1].end})"
        )


def _check_attributions(attributions: tuple[Any, ...], out: list[str]) -> None:
    for i, a in enumerate(attributions):
        content = a.content
        for j, q in enumerate(a.quotes):
            if not content.start <= q.start <= q.end <= content.end:
                out.append(
                    f"attributions[{i}].quotes[{j}] [{q.start}, {q.end}) lies outside the content "
                    f"[{content.start}, {content.end})"
                )


def _check_round_trip(doc: Document, out: list[str]) -> None:
    try:
        data = doc.to_dict()
        if Document.from_dict(data) != doc:
            out.append("Document.from_dict(doc.to_dict()) differs from the document")
        if Document.from_dict(json.loads(json.dumps(data))) != doc:
            out.append("the document differs after a trip through to_dict, JSON and from_dict")
    except (ArabicNewsError, TypeError, ValueError) as exc:
        out.append(f"the round trip through to_dict/from_dict failed: {type(exc).__name__}: {exc}")


def find_violations(doc: Document, text: str, *, round_trip: bool = True) -> list[str]:
    """Every invariant ``doc`` (the analysis of ``text``) breaks, as messages; empty when sound.

    ``round_trip=False`` skips the serialisation check, the slowest one on long texts.
    """
    out: list[str] = []
    if type(doc.text) is not str or doc.text != text:
        out.append("the document's text is not the text that was analysed")
        return out
    checked: dict[str, tuple[Any, ...]] = {}
    for name in doc.layer_names:
        items = doc.layer(name)
        sound = True
        for i, item in enumerate(items):
            sound = _check_span(text, item, f"{name}[{i}]", out, None) and sound
        if not sound:
            continue
        checked[name] = items
        for i, (a, b) in enumerate(pairwise(items)):
            if (a.start, a.end) > (b.start, b.end):
                out.append(f"layer {name!r} is not sorted: item {i} [{a.start}, {a.end}) before [{b.start}, {b.end})")
                break
    # The invariants of particular built-in layers (every layer's offsets were checked above).
    tokens = checked.get(TOKENS.name)
    if tokens is not None:
        _check_tokens(text, tokens, out)
        sentences = checked.get(SENTENCES.name)
        if sentences is not None:
            _check_sentences(sentences, tokens, out)
    if ATTRIBUTIONS.name in checked:
        _check_attributions(checked[ATTRIBUTIONS.name], out)
    if round_trip and not out:
        _check_round_trip(doc, out)
    return out


def check_document(doc: Document, text: str, *, round_trip: bool = True) -> None:
    """Raise :class:`InvariantError` listing what is wrong unless ``doc`` keeps every invariant.

    ``text`` is the text that was analysed: the document's text must be identical to it.
    """
    violations = find_violations(doc, text, round_trip=round_trip)
    if violations:
        raise InvariantError(violations)
