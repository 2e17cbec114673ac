"""Turning Documents into JSON-safe dictionaries and back, exactly.

Annotations are attrs classes; each is written as a dictionary of its fields with its class name
under ``"@type"``. Tuples become lists, and come back as tuples; ``Fraction`` and ``Decimal``
values are written as tagged strings so that exact values survive the trip through JSON.

The tags are read back through an explicit table: the built-in classes listed in
:data:`arabicnews.model.layers.ANNOTATION_TYPES`, plus the classes a caller passes in ``types=``.
A caller's class may not take a built-in class's name (the tag could then mean either).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Any

import attrs

from arabicnews.core.errors import SerializationError
from arabicnews.model.columns import KINDS, TokenTable
from arabicnews.model.layers import ANNOTATION_TYPES

FORMAT_VERSION = 1

BUILTIN_TYPES: Mapping[str, type] = MappingProxyType({cls.__name__: cls for cls in ANNOTATION_TYPES})
"""The built-in annotation classes by the name their ``"@type"`` tag carries."""

TYPE_MODULES: tuple[str, ...] = tuple(dict.fromkeys(cls.__module__ for cls in ANNOTATION_TYPES))
"""The modules that define the built-in annotation types (derived from :data:`BUILTIN_TYPES`)."""


def builtin_types() -> dict[str, type]:
    """The annotation classes arabicnews defines, by class name (a new dict each call)."""
    return dict(BUILTIN_TYPES)


def type_table(types: Iterable[type] = ()) -> dict[str, type]:
    """The classes :func:`decode` may build, by tag: the built-in ones and ``types``.

    Raises :class:`~arabicnews.core.errors.SerializationError` when one of ``types`` has the name of
    a built-in class, or of another of ``types``, without being that class: a tag is a bare class
    name, so reading it back could not tell the two apart.
    """
    known = dict(BUILTIN_TYPES)
    for cls in types:
        if not isinstance(cls, type):
            raise SerializationError(f"types=[...] must list classes, not {cls!r}")
        name = cls.__name__
        other = known.get(name)
        if other is None or other is cls:
            known[name] = cls
            continue
        which = "the built-in annotation class" if BUILTIN_TYPES.get(name) is other else "another class in types=[...],"
        raise SerializationError(
            f"types=[...] holds {_qualified(cls)}, named like {which} {_qualified(other)}; a record's "
            f"@type is the bare class name {name!r}, so the two cannot be told apart when reading: rename "
            f"your class (say to 'My{name}') and write the documents again"
        )
    return known


def _qualified(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def encode_str(text: str) -> str | dict[str, Any]:
    """``text`` itself, or, when it holds surrogate code points (which JSON would merge or reject),
    a tagged list of its code points so that the round trip through JSON is exact."""
    # Strict UTF-8 encoding fails on surrogates and on nothing else, and is cheaper than a search.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return {"@type": "str", "codepoints": [ord(c) for c in text]}
    return text


def encode(value: Any) -> Any:
    """A JSON-safe form of an annotation or field value."""
    fn = _ENCODERS.get(type(value))
    if fn is None:
        fn = _encoder_for(type(value))
    return fn(value)


_ENCODERS: dict[type, Callable[[Any], Any]] = {}
"""The encoder of each type met so far (a document has a few types and a great many values)."""


def _same(value: Any) -> Any:
    return value


_UNUSUAL_FLOATS = [0]
"""How many floats :func:`encode` has met that msgspec would write otherwise than :mod:`json` does
(exponents, NaN, infinities): :func:`document_to_json` leaves a document that has one to json."""


def _encode_float(value: float) -> float:
    # json writes repr(value); msgspec writes the same digits for 0 and 1e-4 <= |value| < 1e16
    # (no exponent there), but 1e-05 as 0.00001, 1e+16 as 1e16 and NaN as null.
    if not (value == 0.0 or 1e-4 <= abs(value) < 1e16):
        _UNUSUAL_FLOATS[0] += 1
    return value


def _encode_sequence(value: Iterable[Any]) -> list[Any]:
    return [encode(v) for v in value]


def _encode_token_table(table: TokenTable) -> list[dict[str, Any]]:
    """The tokens of a :class:`~arabicnews.model.columns.TokenTable` as :func:`encode` writes Tokens,
    read from the columns (no Token or Segment object is made)."""
    text = table.text
    # Slices of a text that encodes cleanly encode cleanly too: check the text once, not each slice.
    check = encode_str if isinstance(encode_str(text), dict) else _same
    out: list[dict[str, Any]] = []
    append = out.append
    columns = (table.starts, table.ends, table.kind_codes, table.norms, table.parts, table.texts())
    for s, e, k, norm, parts, t in zip(*columns, strict=True):
        t = check(t)
        if parts is None:
            segments = [{"@type": "Segment", "text": t, "start": s, "end": e, "role": "stem", "form": t}]
        else:
            segments = [
                {
                    "@type": "Segment",
                    "text": encode_str(st),
                    "start": s + a,
                    "end": s + b,
                    "role": role,
                    "form": encode_str(form),
                }
                for a, b, role, st, form in parts
            ]
        append(
            {
                "@type": "Token",
                "text": t,
                "start": s,
                "end": e,
                "kind": KINDS[k],
                "norm": encode_str(norm),
                "segments": segments,
            }
        )
    return out


def _encoder_for(cls: type) -> Callable[[Any], Any]:
    """Choose (and remember) how to encode values of exactly ``cls``."""
    fn: Callable[[Any], Any]
    if cls is str:
        fn = encode_str
    elif cls is float:
        fn = _encode_float
    elif cls in (int, bool, type(None)):
        fn = _same
    elif cls in (tuple, list):
        fn = _encode_sequence
    elif cls is TokenTable:
        fn = _encode_token_table
    elif attrs.has(cls):
        fields = tuple((f.alias or f.name, f.name) for f in attrs.fields(cls))
        type_name = cls.__name__

        def fn(value: Any) -> dict[str, Any]:
            out: dict[str, Any] = {"@type": type_name}
            for key, name in fields:
                v = getattr(value, name)
                t = type(v)
                # the common field types inline: one call less per field of every token
                if t is int or v is None:
                    out[key] = v
                elif t is str:
                    out[key] = encode_str(v)
                else:
                    out[key] = encode(v)
            return out

    else:
        return _encode_other  # subclasses of the types above, Fraction, Decimal, mappings (not cached)
    _ENCODERS[cls] = fn
    return fn


def _encode_other(value: Any) -> Any:
    if isinstance(value, str):
        return encode_str(value)
    if isinstance(value, float):
        return _encode_float(value)
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, tuple | list):
        return _encode_sequence(value)
    if isinstance(value, Fraction):
        return {"@type": "Fraction", "value": str(value)}
    if isinstance(value, Decimal):
        return {"@type": "Decimal", "value": str(value)}
    if isinstance(value, Mapping):
        return {"@type": "dict", "items": [[encode(k), encode(v)] for k, v in value.items()]}
    raise SerializationError(f"cannot serialise a value of type {type(value).__name__}: {value!r}")


def decode(value: Any, types: Mapping[str, type]) -> Any:
    """The value that :func:`encode` turned into ``value``."""
    if isinstance(value, list):
        return tuple(decode(v, types) for v in value)
    if not isinstance(value, dict):
        return value
    tag = value.get("@type")
    if tag == "str":
        return "".join(map(chr, value["codepoints"]))
    if tag == "Fraction":
        return Fraction(value["value"])
    if tag == "Decimal":
        return Decimal(value["value"])
    if tag == "dict":
        return {decode(k, types): decode(v, types) for k, v in value["items"]}
    cls = types.get(tag) if isinstance(tag, str) else None
    if cls is None:
        known = ", ".join(sorted(types))
        raise SerializationError(f"unknown annotation type {tag!r}; pass its class in types=[...] (known: {known})")
    kwargs = {k: decode(v, types) for k, v in value.items() if k != "@type"}
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise SerializationError(f"cannot rebuild {tag}: {exc}") from exc


def document_to_dict(doc: Any) -> dict[str, Any]:
    """The dictionary form of a Document: its text, format version and encoded layers."""
    return {
        "version": FORMAT_VERSION,
        "text": encode_str(doc.text),
        "layers": {
            name: _encode_token_table(items) if type(items) is TokenTable else [encode(item) for item in items]
            for name, items in doc.layers.items()
        },
    }


def document_to_json(doc: Any, *, fast: bool | None = None) -> str:
    """``json.dumps(document_to_dict(doc), ensure_ascii=False)``: one line of JSON Lines, the command line's output.

    With msgspec installed (the ``fast`` extra, ``pip install 'arabicnews[fast]'``) the line is
    encoded in C and formatted with msgspec's one-line layout, which writes the same bytes as json;
    a document holding something msgspec writes differently (a float with an exponent, NaN, an
    integer beyond 64 bits) goes through json. ``fast=False`` always uses json, ``fast=True``
    requires msgspec.
    """
    data = document_to_dict(doc) if fast is False else None
    if data is None:
        encode_json = _msgspec_encoder(required=fast is True)
        if encode_json is not None:
            before = _UNUSUAL_FLOATS[0]
            data = document_to_dict(doc)
            if _UNUSUAL_FLOATS[0] == before:  # (another thread's float only sends this one to json too)
                try:
                    return encode_json(data)
                except (OverflowError, TypeError, ValueError):
                    pass  # json says it as it always did
        else:
            data = document_to_dict(doc)
    return json.dumps(data, ensure_ascii=False)


_MSGSPEC: list[Callable[[Any], str] | None] = []


def _msgspec_encoder(*, required: bool) -> Callable[[Any], str] | None:
    """msgspec's encoder and one-line formatter as one function (``None`` when msgspec is not installed)."""
    if not _MSGSPEC:
        try:
            import msgspec
        except ImportError:
            _MSGSPEC.append(None)
        else:
            encoder = msgspec.json.Encoder()
            fmt = msgspec.json.format

            def encode_json(data: Any) -> str:
                out: bytes = fmt(encoder.encode(data), indent=0)
                return out.decode("utf-8")

            _MSGSPEC.append(encode_json)
    found = _MSGSPEC[0]
    if found is None and required:
        raise SerializationError("fast=True needs msgspec: pip install 'arabicnews[fast]'")
    return found


def document_from_dict(data: Mapping[str, Any], *, types: Iterable[type] = ()) -> Any:
    """The Document that :func:`document_to_dict` produced ``data`` from."""
    from arabicnews.core.document import Document

    if not isinstance(data, Mapping):
        raise SerializationError(f"expected a dict from Document.to_dict(), not {type(data).__name__}")
    if data.get("version") != FORMAT_VERSION:
        raise SerializationError(
            f"unsupported format version {data.get('version')!r} (this arabicnews reads {FORMAT_VERSION})"
        )
    text = data.get("text")
    if isinstance(text, dict) and text.get("@type") == "str":
        text = decode(text, {})
    if not isinstance(text, str):
        raise SerializationError("the dict has no 'text' string")
    layers = data.get("layers", {})
    if not isinstance(layers, Mapping):
        raise SerializationError("'layers' must map layer names to lists of annotations")
    known = type_table(types)
    doc = Document(text)
    for name, items in layers.items():
        if not isinstance(items, list):
            raise SerializationError(f"layer {name!r} must be a list, not {type(items).__name__}")
        doc = doc.with_layer(name, (decode(item, known) for item in items))
    return doc
