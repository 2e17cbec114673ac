"""The registry of built-in layers (arabicnews.model.layers) and what reads it."""

from __future__ import annotations

import importlib
import json
import pkgutil
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest
from attrs import frozen

import arabicnews
import arabicnews.model
from arabicnews import Document, LayerNotFoundError, SerializationError, Span
from arabicnews.core.document import BUILTIN_LAYERS
from arabicnews.core.serialize import BUILTIN_TYPES, TYPE_MODULES, builtin_types
from arabicnews.model.layers import (
    ANNOTATION_TYPES,
    ATTRIBUTIONS,
    BUILTIN,
    ENTITIES,
    QUANTITIES,
    SENTENCES,
    TOKENS,
    LayerKey,
    builtin_layer,
)
from arabicnews.model.spans import Token

FIXTURES = Path(__file__).parent / "fixtures" / "compat"
SENTENCE = "وقال مدير المرصد رامي عبدالرحمن إن ٣٥ مدنيا قتلوا للأحياء."


def _model_classes() -> set[type]:
    found: set[type] = set()
    for info in pkgutil.iter_modules(arabicnews.model.__path__, "arabicnews.model."):
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if isinstance(obj, type) and attrs.has(obj) and obj.__module__ == module.__name__:
                found.add(obj)
    return found


def _nested_classes(cls: type, seen: set[type]) -> set[type]:
    """``cls`` and every attrs class its fields can hold, through tuples, unions and nesting."""
    if cls in seen:
        return seen
    seen.add(cls)
    todo: list[Any] = list(typing.get_type_hints(cls).values())
    while todo:
        tp = todo.pop()
        todo.extend(typing.get_args(tp))
        if isinstance(tp, type) and attrs.has(tp):
            _nested_classes(tp, seen)
    return seen


# -- the registry ---------------------------------------------------------------------------------


def test_every_annotation_class_of_the_model_is_in_the_type_table() -> None:
    assert _model_classes() - {LayerKey} == set(ANNOTATION_TYPES)


@pytest.mark.parametrize("key", BUILTIN, ids=lambda k: k.name)
def test_every_class_a_builtin_layer_holds_is_in_the_type_table(key: LayerKey[Any]) -> None:
    assert _nested_classes(key.type, set()) <= set(ANNOTATION_TYPES)


def test_builtin_layers_is_derived_from_the_registry() -> None:
    assert BUILTIN_LAYERS == {
        "tokens": "tokens",
        "sentences": "sentences",
        "quantities": "quantities",
        "entities": "entities",
        "attributions": "attributions",
    }
    assert [k.name for k in BUILTIN] == list(BUILTIN_LAYERS)
    assert builtin_layer("entities") is ENTITIES and builtin_layer("mine") is None


def test_the_default_pipeline_adds_the_builtin_layers_with_the_stages_the_registry_names() -> None:
    nlp = arabicnews.default_pipeline()
    assert nlp.provides == tuple(k.name for k in BUILTIN)
    for key in BUILTIN:
        assert key.stage is not None and key.name in nlp.get(key.stage).provides


def test_the_default_pipeline_annotates_each_layer_with_its_registered_class() -> None:
    doc = arabicnews.analyze(SENTENCE)
    for key in BUILTIN:
        items = doc.layer(key)
        assert items and all(type(item) is key.type for item in items), key.name


# -- Document.layer with a key ------------------------------------------------------------------


def test_a_key_reads_the_same_layer_as_its_name() -> None:
    doc = arabicnews.analyze(SENTENCE)
    assert doc.layer(TOKENS) is doc.layer("tokens") is doc.tokens
    assert doc.layer(SENTENCES) == doc.sentences and doc.layer(QUANTITIES) == doc.quantities
    assert doc.layer(ATTRIBUTIONS) == doc.attributions
    assert doc.has_layer(ENTITIES) and doc.has_layer("entities")


def test_a_user_key_adds_and_reads_a_typed_layer() -> None:
    marks = LayerKey("marks", Span)
    doc = Document("قال المرصد").with_layer(marks, [Span("المرصد", 4, 10, "ORG")])
    assert doc.has_layer(marks) and doc.layer("marks") == doc.layer(marks) == (Span("المرصد", 4, 10, "ORG"),)


def test_a_missing_layer_of_a_user_key_names_the_keys_stage() -> None:
    with pytest.raises(LayerNotFoundError, match="added by the 'casualty_finder' stage"):
        Document("نص").layer(LayerKey("casualties", Span, "casualty_finder"))
    with pytest.raises(LayerNotFoundError, match="No stage of this pipeline adds it"):
        Document("نص").layer(LayerKey("casualties", Span))


def test_a_missing_builtin_layer_read_by_its_key_names_its_stage() -> None:
    with pytest.raises(LayerNotFoundError, match="added by the 'attributions' stage"):
        Document("نص").layer(ATTRIBUTIONS)


# -- the serialisation type table ---------------------------------------------------------------


def test_the_type_table_is_the_registry() -> None:
    assert builtin_types() == dict(BUILTIN_TYPES) == {cls.__name__: cls for cls in ANNOTATION_TYPES}
    assert builtin_types() is not builtin_types()  # a new dict each call, as before
    assert TYPE_MODULES == (
        "arabicnews.model.spans",
        "arabicnews.model.entity",
        "arabicnews.model.quantity",
        "arabicnews.model.attribution",
    )


@frozen
class Token2:
    text: str
    start: int
    end: int


def _user_class_named(name: str) -> type:
    cls = attrs.make_class(name, ["text", "start", "end"], frozen=True)
    cls.__module__ = __name__
    return cls


def test_a_user_type_named_like_a_builtin_one_is_refused() -> None:
    doc = arabicnews.analyze("قال المرصد")
    clash = _user_class_named("Token")
    with pytest.raises(SerializationError, match=r"named like the built-in annotation class .*spans\.Token.*rename"):
        Document.from_dict(doc.to_dict(), types=[clash])


def test_two_user_types_of_one_name_are_refused() -> None:
    with pytest.raises(SerializationError, match="named like another class in types"):
        Document.from_dict(Document("x").to_dict(), types=[_user_class_named("Mark"), _user_class_named("Mark")])


def test_listing_a_builtin_class_in_types_is_harmless() -> None:
    doc = arabicnews.analyze("قال المرصد")
    assert Document.from_dict(doc.to_dict(), types=[Token, Span, Token2]) == doc


def test_types_must_be_classes() -> None:
    with pytest.raises(SerializationError, match="must list classes"):
        Document.from_dict(Document("x").to_dict(), types=["Token"])  # type: ignore[list-item]


def test_json_written_before_the_registry_reads_back_exactly() -> None:
    # Written by the checkout before the restructure (arabicnews 0.1.0, commit d0da4bf) with
    # json.dumps(analyze(text).to_dict(), ensure_ascii=False, indent=1).
    data = json.loads((FIXTURES / "0.1.0-analysis.json").read_text(encoding="utf-8"))
    doc = Document.from_dict(data)
    assert doc.to_dict() == data
    assert doc.layer_names == tuple(k.name for k in BUILTIN)
    for key in BUILTIN:
        assert all(type(item) is key.type for item in doc.layer(key))
    speakers = [a.speaker for a in doc.attributions if a.speaker is not None]
    assert speakers and speakers[0].name == "مدير المرصد رامي عبدالرحمن"
    assert {type(q.value).__name__ for q in doc.quantities} == {"int", "Fraction", "Decimal"}
