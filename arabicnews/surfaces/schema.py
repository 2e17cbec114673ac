"""The JSON Schema of :meth:`Document.to_dict` output, built from the annotation classes themselves.

``python -m arabicnews.surfaces.schema > docs/schema.json`` writes it out.
"""

from __future__ import annotations

import types
import typing
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal, get_args, get_origin

import attrs

from arabicnews.core.serialize import FORMAT_VERSION, builtin_types
from arabicnews.model.layers import BUILTIN

__all__ = ["json_schema"]

_LAYER_TYPES: dict[str, str] = {key.name: key.type.__name__ for key in BUILTIN}
"""The annotation class of each built-in layer (from the registry, :mod:`arabicnews.model.layers`)."""


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


def _print_schema() -> None:
    import json

    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))


if __name__ == "__main__":  # python -m arabicnews.surfaces.schema > docs/schema.json
    _print_schema()
