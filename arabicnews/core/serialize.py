"""Turning Documents into JSON-safe dictionaries and back, exactly.

Annotations are attrs classes; each is written as a dictionary of its fields with its class name
under ``"@type"``. Tuples become lists, and come back as tuples; ``Fraction`` and ``Decimal``
values are written as tagged strings so that exact values survive the trip through JSON.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from arabicnews.core.errors import SerializationError

FORMAT_VERSION = 1


TYPE_MODULES: tuple[str, ...] = (
    "arabicnews.model.spans",
    "arabicnews.model.entity",
    "arabicnews.model.quantity",
    "arabicnews.model.attribution",
)
"""The modules whose attrs classes are the built-in annotation types."""


def builtin_types() -> dict[str, type]:
    """The annotation classes arabicnews defines, by class name."""
    found: dict[str, type] = {}
    for name in TYPE_MODULES:
        module = importlib.import_module(name)
        for obj in vars(module).values():
            if isinstance(obj, type) and attrs.has(obj) and obj.__module__ == module.__name__:
                found[obj.__name__] = obj
    return found


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


def _encode_sequence(value: Iterable[Any]) -> list[Any]:
    return [encode(v) for v in value]


def _encoder_for(cls: type) -> Callable[[Any], Any]:
    """Choose (and remember) how to encode values of exactly ``cls``."""
    fn: Callable[[Any], Any]
    if cls is str:
        fn = encode_str
    elif cls in (int, float, bool, type(None)):
        fn = _same
    elif cls in (tuple, list):
        fn = _encode_sequence
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
    if value is None or isinstance(value, bool | int | float):
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
        "layers": {name: [encode(item) for item in items] for name, items in doc.layers.items()},
    }


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
    known = builtin_types()
    known.update({t.__name__: t for t in types})
    doc = Document(text)
    for name, items in layers.items():
        if not isinstance(items, list):
            raise SerializationError(f"layer {name!r} must be a list, not {type(items).__name__}")
        doc = doc.with_layer(name, (decode(item, known) for item in items))
    return doc
