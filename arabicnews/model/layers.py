"""The registry of built-in layers: each one's name, annotation class and the stage that adds it.

A new built-in layer is one :class:`LayerKey` here (and one entry in :data:`BUILTIN`), plus its stage;
the Document's accessors, the serialisation type table, the JSON Schema, the pandas export and the
error that names the missing stage read this module. A user layer can have a key of its own,
``LayerKey("casualties", Span)``, and ``doc.layer(key)`` is then typed; plain names keep working.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from attrs import frozen

from arabicnews.model.attribution import Attribution, Claim, Cue, Source, Speaker
from arabicnews.model.entity import Entity
from arabicnews.model.quantity import Quantity
from arabicnews.model.spans import Segment, Sentence, Span, Token

T = TypeVar("T")


@frozen
class LayerKey(Generic[T]):
    """A layer's name and the class of its annotations: ``doc.layer(key)`` is a ``tuple[T, ...]``.

    ``stage`` names the stage that adds the layer (for built-in layers, the default-pipeline stage),
    so that a Document without the layer can say which stage to add; ``None`` when there is none to name.
    """

    name: str
    type: type[T]
    stage: str | None = None


TOKENS = LayerKey("tokens", Token, "tokens")
SENTENCES = LayerKey("sentences", Sentence, "sentences")
QUANTITIES = LayerKey("quantities", Quantity, "quantities")
ENTITIES = LayerKey("entities", Entity, "entities")
ATTRIBUTIONS = LayerKey("attributions", Attribution, "attributions")

BUILTIN: tuple[LayerKey[Any], ...] = (TOKENS, SENTENCES, QUANTITIES, ENTITIES, ATTRIBUTIONS)
"""Every built-in layer, in the order the default pipeline adds them."""

ANNOTATION_TYPES: tuple[type, ...] = (
    Span,
    Segment,
    Token,
    Sentence,
    Entity,
    Quantity,
    Cue,
    Source,
    Speaker,
    Attribution,
    Claim,
)
"""Every class a built-in layer's annotations are made of (the layers' own classes and those nested in
them), by which :mod:`arabicnews.core.serialize` reads JSON back: its ``"@type"`` tags are these names.
A test checks that every attrs class of :mod:`arabicnews.model` is listed."""


def builtin_layer(name: str) -> LayerKey[Any] | None:
    """The key of the built-in layer called ``name`` (``None`` for any other name)."""
    for key in BUILTIN:
        if key.name == name:
            return key
    return None


__all__ = [
    "ANNOTATION_TYPES",
    "ATTRIBUTIONS",
    "BUILTIN",
    "ENTITIES",
    "QUANTITIES",
    "SENTENCES",
    "TOKENS",
    "LayerKey",
    "builtin_layer",
]
