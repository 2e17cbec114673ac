"""The Document: the untouched input text and named, immutable layers of annotations."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cached_property
from itertools import pairwise
from types import MappingProxyType
from typing import Any, TypeVar, cast, overload

from attrs import field, frozen

from arabicnews.core.errors import InputTypeError, LayerNotFoundError, OffsetError
from arabicnews.core.normalize import NormalizedText
from arabicnews.model.attribution import Attribution, Claim, claims_of
from arabicnews.model.columns import TokenTable
from arabicnews.model.entity import Entity, entity_groups
from arabicnews.model.layers import ATTRIBUTIONS, BUILTIN, ENTITIES, QUANTITIES, SENTENCES, TOKENS, LayerKey
from arabicnews.model.quantity import Quantity
from arabicnews.model.spans import PackedToken, Sentence, Token, annotation_fields, pack_tokens, unpack_tokens

T = TypeVar("T")

BUILTIN_LAYERS: Mapping[str, str] = {key.name: key.stage for key in BUILTIN if key.stage is not None}
"""Each built-in layer and the name of the default-pipeline stage that adds it (from :mod:`arabicnews.model.layers`)."""


def _check_text(value: object) -> str:
    if not isinstance(value, str):
        raise InputTypeError(value)
    return value


def _check_layers(value: object) -> tuple[tuple[str, tuple[Any, ...]], ...]:
    if isinstance(value, Mapping):
        value = tuple(value.items())
    # A TokenTable is kept as it is: tuple() of it would build every Token.
    return tuple(
        (str(name), items if type(items) is TokenTable else tuple(items))
        for name, items in value  # type: ignore[attr-defined]
    )


@frozen(repr=False)
class Document:
    """An analysed text: ``text`` exactly as given, plus named layers of annotations.

    Documents are immutable; stages return new ones through :meth:`with_layer`. Every annotation
    in every layer satisfies ``doc.text[a.start:a.end] == a.text``.
    """

    text: str = field(converter=_check_text)
    _layers: tuple[tuple[str, tuple[Any, ...]], ...] = field(default=(), converter=_check_layers)

    # -- layers ---------------------------------------------------------------------------------

    @property
    def layers(self) -> Mapping[str, tuple[Any, ...]]:
        """A read-only mapping of every layer by name."""
        return MappingProxyType(dict(self._layers))

    @property
    def layer_names(self) -> tuple[str, ...]:
        """The names of the layers present, in the order they were added."""
        return tuple(name for name, _ in self._layers)

    def has_layer(self, name: str | LayerKey[Any]) -> bool:
        """Whether the layer ``name`` (a name or a :class:`~arabicnews.model.layers.LayerKey`) is present."""
        if not isinstance(name, str):
            name = name.name
        return any(n == name for n, _ in self._layers)

    @overload
    def layer(self, name: LayerKey[T]) -> tuple[T, ...]: ...
    @overload
    def layer(self, name: str) -> tuple[Any, ...]: ...
    def layer(self, name: str | LayerKey[Any]) -> tuple[Any, ...]:
        """The annotations of layer ``name``, sorted by offset.

        ``name`` is a layer name or a :class:`~arabicnews.model.layers.LayerKey` (then the result is
        typed: ``doc.layer(TOKENS)`` is a ``tuple[Token, ...]``). Raises
        :class:`~arabicnews.core.errors.LayerNotFoundError`, naming the stage that adds the layer when
        it is a built-in one (or the key names one), if no stage produced it.
        """
        key_stage = None
        if not isinstance(name, str):
            key_stage = name.stage
            name = name.name
        for n, items in self._layers:
            if n == name:
                return items
        raise LayerNotFoundError(name, self.layer_names, BUILTIN_LAYERS.get(name, key_stage))

    @property
    def tokens(self) -> tuple[Token, ...]:
        """The tokens, each with its normalised form and clitic segments."""
        return self.layer(TOKENS)

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """The sentences."""
        return self.layer(SENTENCES)

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        """Counts, amounts, percentages and dates with their values and bounds."""
        return self.layer(QUANTITIES)

    @property
    def entities(self) -> tuple[Entity, ...]:
        """Named entities: people, places, organisations."""
        return self.layer(ENTITIES)

    @property
    def attributions(self) -> tuple[Attribution, ...]:
        """Who says what: source, cue and content of each attribution."""
        return self.layer(ATTRIBUTIONS)

    @property
    def entity_groups(self) -> tuple[tuple[Entity, ...], ...]:
        """The entity mentions grouped by the entity they name, in order of first mention."""
        return entity_groups(self.entities)

    def to_conllu(self) -> str:
        """The document as CoNLL-U: clitic segments as words of multi-word tokens, entities in MISC."""
        # The one upward import of core/ (an ignore line of the import-linter contract): CoNLL-U is a
        # surface, but this method is documented API, so it stays, importing the writer only when called.
        from arabicnews.surfaces.conllu import to_conllu

        return to_conllu(self)

    def _repr_html_(self) -> str:
        """The HTML view (:func:`arabicnews.surfaces.render.render`) inline, for Jupyter and IPython."""
        # Imported when called, as to_conllu: the import-linter contract has an ignore line for it.
        from arabicnews.surfaces.render import render_inline

        return render_inline(self)

    def claims(self) -> tuple[Claim, ...]:
        """Each quantity inside an attribution's content, with its source and cue."""
        return claims_of(self.layer(ATTRIBUTIONS), self.layer(QUANTITIES))

    @cached_property
    def normalized(self) -> NormalizedText:
        """The normalised view of the text, with a map back to original offsets."""
        return NormalizedText.of(self.text)

    @overload
    def with_layer(self, name: LayerKey[T], items: Iterable[T], *, validate: bool = True) -> Document: ...
    @overload
    def with_layer(self, name: str, items: Iterable[Any], *, validate: bool = True) -> Document: ...
    def with_layer(self, name: str | LayerKey[Any], items: Iterable[Any], *, validate: bool = True) -> Document:
        """Return a new Document with layer ``name`` set to ``items`` (replacing any such layer).

        The items are sorted by ``(start, end)``. With ``validate`` (the default) every item and
        every annotation nested in it is checked against the text; a bad one raises
        :class:`~arabicnews.core.errors.OffsetError` naming the layer and the span. This is the
        check for code that builds Documents itself; a stage run by a Pipeline passes
        ``validate=False`` and lets the pipeline check what it added unless the stage is ``trusted``
        (see :class:`~arabicnews.core.pipeline.Stage`).
        """
        if isinstance(name, LayerKey):
            name = name.name
        if not isinstance(name, str) or not name:
            raise TypeError(f"a layer name must be a non-empty str, not {name!r}")
        if type(items) is TokenTable and items.text == self.text:
            # The columns as they are (tuple() would build every Token); the table answers for order.
            seq: tuple[Any, ...] = items
            if validate:
                for item in seq:
                    self.check_span(item, name)
            if not items.is_sorted():
                seq = tuple(sorted(seq, key=lambda a: (a.start, a.end)))
        else:
            seq = tuple(items)
            if validate:
                for item in seq:
                    self.check_span(item, name)
            if any(a.start > b.start or (a.start == b.start and a.end > b.end) for a, b in pairwise(seq)):
                seq = tuple(sorted(seq, key=lambda a: (a.start, a.end)))
        rest = tuple((n, its) for n, its in self._layers if n != name)
        return Document(self.text, (*rest, (name, seq)))

    def check_span(self, item: Any, layer: str) -> None:
        """Raise :class:`~arabicnews.core.errors.OffsetError` unless ``item`` points at its text.

        Annotations nested in ``item`` (a token's segments, say) must point at their text too and
        lie within ``item``.
        """
        fields = annotation_fields(type(item))
        if fields is None:
            raise OffsetError(
                f"layer {layer!r}: {type(item).__name__} is not an annotation (an attrs class with text, start and end)"
            )
        start, end, text = item.start, item.end, item.text
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(self.text)):
            raise OffsetError(
                f"layer {layer!r}: span [{start}, {end}) is outside the text (length {len(self.text)}): {item!r}"
            )
        if self.text[start:end] != text:
            raise OffsetError(
                f"layer {layer!r}: span [{start}, {end}) holds {self.text[start:end]!r}, "
                f"but the annotation says {text!r}"
            )
        for name in fields:
            value = getattr(item, name)
            if isinstance(value, tuple):
                for inner in value:
                    if annotation_fields(type(inner)) is not None:
                        self._check_inner(inner, item, layer)
            elif annotation_fields(type(value)) is not None:
                self._check_inner(value, item, layer)

    def _check_inner(self, inner: Any, outer: Any, layer: str) -> None:
        if not outer.start <= inner.start <= inner.end <= outer.end:
            raise OffsetError(
                f"layer {layer!r}: {type(inner).__name__} [{inner.start}, {inner.end}) lies outside "
                f"its {type(outer).__name__} [{outer.start}, {outer.end})"
            )
        self.check_span(inner, layer)

    def validate(self) -> None:
        """Check every annotation of every layer against the text."""
        for name, items in self._layers:
            for item in items:
                self.check_span(item, name)

    # -- serialisation --------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dictionary; :meth:`from_dict` turns it back into an equal Document."""
        from arabicnews.core.serialize import document_to_dict

        return document_to_dict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, types: Iterable[type] = ()) -> Document:
        """Rebuild a Document from :meth:`to_dict` output.

        ``types`` lists the annotation classes of your own layers (the built-in ones are known).
        """
        from arabicnews.core.serialize import document_from_dict

        doc: Document = document_from_dict(data, types=types)
        return doc

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickle the tokens as plain values (see pack_tokens): documents cross process boundaries
        # in Pipeline.pipe(n_process=...), where unpickling is the parent's share of the work.
        layers: list[tuple[str, bool, tuple[Any, ...]]] = []
        for name, items in self._layers:
            if type(items) is TokenTable:
                packed: tuple[PackedToken, ...] | None = items.packed()
            else:
                packed = pack_tokens(items) if items and type(items[0]) is Token else None
            layers.append((name, False, items) if packed is None else (name, True, packed))
        return (_restore_document, (self.text, tuple(layers)))

    def __repr__(self) -> str:
        shown = self.text if len(self.text) <= 40 else self.text[:37] + "..."
        layers = ", ".join(f"{n}={len(items)}" for n, items in self._layers)
        return f"Document(text={shown!r}, layers=[{layers}])"


def _restore_document(text: str, layers: tuple[tuple[str, bool, tuple[Any, ...]], ...]) -> Document:
    """Rebuild a pickled Document (see :meth:`Document.__reduce__`)."""
    rebuilt: list[tuple[str, tuple[Any, ...]]] = []
    for name, packed, items in layers:
        if packed:
            tokens = cast("tuple[PackedToken, ...]", items)
            try:
                items = TokenTable.unpack(text, tokens)
            except KeyError:  # a kind of a user's own: Token objects, as they were
                items = unpack_tokens(text, tokens)
        rebuilt.append((name, items))
    return Document(text, tuple(rebuilt))
