from __future__ import annotations

import json
import pickle
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

import arabicnews
from arabicnews import Document, LayerNotFoundError, OffsetError, SerializationError, Span
from arabicnews.model.spans import Segment, Token


def test_empty_text_is_an_empty_document() -> None:
    doc = arabicnews.analyze("")
    assert doc.text == ""
    assert doc.tokens == ()
    assert doc.sentences == ()


def test_text_is_untouched(seed_text: str) -> None:
    text = "  قالَ المرصدُ\u200f ٣٥ غارةً  \n"
    assert arabicnews.analyze(text).text == text
    assert arabicnews.analyze(seed_text).text == seed_text


@pytest.mark.parametrize("layer", ["quantities", "entities", "attributions"])
def test_a_missing_builtin_layer_names_the_stage_that_adds_it(layer: str) -> None:
    doc = Document("نص")
    with pytest.raises(LayerNotFoundError, match=f"'{layer}' stage"):
        getattr(doc, layer)


def test_a_missing_user_layer_says_no_stage_adds_it() -> None:
    with pytest.raises(LookupError, match="no 'mine' layer"):
        Document("نص").layer("mine")


def test_with_layer_returns_a_new_document() -> None:
    doc = Document("قال المرصد")
    new = doc.with_layer("spans", [Span("المرصد", 4, 10, "ORG")])
    assert not doc.has_layer("spans")
    assert new.layer("spans") == (Span("المرصد", 4, 10, "ORG"),)
    assert new.layer_names == ("spans",)


def test_with_layer_sorts_by_offset() -> None:
    doc = Document("قال المرصد").with_layer("s", [Span("المرصد", 4, 10), Span("قال", 0, 3)])
    assert [s.start for s in doc.layer("s")] == [0, 4]


@pytest.mark.parametrize(
    "span",
    [
        Span("المرصد", 4, 11),
        Span("x", -1, 0),
        Span("قال", 0, 2),
        Span("", 20, 20),
    ],
)
def test_with_layer_rejects_spans_that_miss_their_text(span: Span) -> None:
    with pytest.raises(OffsetError, match="layer 'bad'"):
        Document("قال المرصد").with_layer("bad", [span])


def test_nested_spans_are_checked() -> None:
    from arabicnews.model.spans import Segment, Token

    text = "للأحياء"
    bad = Token(text, 0, 7, "word", text, (Segment("ل", 0, 1, "proclitic"), Segment("xxx", 1, 7, "stem")))
    with pytest.raises(OffsetError):
        Document(text).with_layer("tokens", [bad])


def test_documents_are_immutable() -> None:
    doc = arabicnews.analyze("قال المرصد")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.text = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        doc.layers["tokens"] = ()  # type: ignore[index]


def test_round_trip_through_json_is_exact(seed_text: str) -> None:
    doc = arabicnews.analyze(seed_text)
    again = Document.from_dict(json.loads(json.dumps(doc.to_dict(), ensure_ascii=False)))
    assert again == doc
    assert again.tokens[5].segments == doc.tokens[5].segments


@attrs.frozen
class Figure:
    text: str
    start: int
    end: int
    value: Fraction
    exact: Decimal
    parts: tuple[Span, ...] = ()


def test_round_trip_of_a_user_type_with_exact_numbers() -> None:
    doc = Document("٣٫٥ مليون").with_layer(
        "figures", [Figure("٣٫٥ مليون", 0, 9, Fraction(7, 2), Decimal("3.5"), (Span("٣٫٥", 0, 3),))]
    )
    data = json.loads(json.dumps(doc.to_dict()))
    assert Document.from_dict(data, types=[Figure]) == doc
    with pytest.raises(SerializationError, match="unknown annotation type 'Figure'"):
        Document.from_dict(data)


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"version": 99, "text": "x", "layers": {}},
        {"version": 1, "layers": {}},
        {"version": 1, "text": "x", "layers": {"a": "nope"}},
    ],
)
def test_from_dict_rejects_malformed_input(data: object) -> None:
    with pytest.raises(SerializationError):
        Document.from_dict(data)  # type: ignore[arg-type]


def test_documents_pickle(seed_text: str) -> None:
    doc = arabicnews.analyze(seed_text)
    again = pickle.loads(pickle.dumps(doc))
    assert again == doc
    assert [t.segments for t in again.tokens] == [t.segments for t in doc.tokens]
    assert again.layer_names == doc.layer_names


def test_pickled_tokens_are_plain_values_and_restore_forms() -> None:
    """Tokens cross processes as plain tuples; restored letters («للأحياء» → «الأحياء») survive."""
    doc = arabicnews.analyze("وزار الوفد للأحياء المحاصرة ٣٥ مرة.")
    restored = [seg for t in doc.tokens for seg in t.segments if seg.form != seg.text]
    assert restored, "the example needs a segment whose form differs from its text"
    blob = pickle.dumps(doc)
    assert b"Token" not in blob and b"Segment" not in blob  # no Token or Segment objects in the stream
    again = pickle.loads(blob)
    assert again == doc
    forms = [seg.form for t in doc.tokens for seg in t.segments]
    assert [seg.form for t in again.tokens for seg in t.segments] == forms


@attrs.frozen
class MarkedToken(Token):
    """A user's Token subclass (module level, so that pickle can find it)."""

    mark: str = "x"


def test_pickling_keeps_token_subclasses_and_other_layers() -> None:
    text = "قال زيد"
    plain = Token("قال", 0, 3, "word", "قال", (Segment("قال", 0, 3, "stem"),))
    marked = MarkedToken("زيد", 4, 7, "word", "زيد", (Segment("زيد", 4, 7, "stem"),), "PER")
    doc = (
        Document(text)
        .with_layer("mine", [plain])
        .with_layer("marked", [plain, marked])
        .with_layer("spans", [Span("زيد", 4, 7, "PER")])
    )
    again = pickle.loads(pickle.dumps(doc))
    assert again == doc
    assert type(again.layer("marked")[1]) is MarkedToken
    assert again.layer("marked")[1].mark == "PER"


def test_documents_hash_by_value() -> None:
    assert hash(arabicnews.analyze("قال")) == hash(arabicnews.analyze("قال"))


def test_normalized_view_maps_back(seed_text: str) -> None:
    doc = arabicnews.analyze(seed_text)
    view = doc.normalized
    i = view.text.index("المرصد السوري")
    s, e = view.to_original(i, i + len("المرصد السوري"))
    assert doc.text[s:e] == "المرصد السورى"


def test_repr_is_short(seed_text: str) -> None:
    r = repr(arabicnews.analyze(seed_text))
    assert r.startswith("Document(text='35 غارة") and "tokens=" in r and len(r) < 200


def test_surrogates_survive_the_json_round_trip() -> None:
    import json

    text = "\ud800\udfff قال \udc00"
    doc = arabicnews.analyze(text)
    again = Document.from_dict(json.loads(json.dumps(doc.to_dict())))
    assert again == doc
    assert again.text == text


@pytest.mark.parametrize("text", ["", "word", "قال", "ﷺ", "\U0001f600", "\ud800", "a\udfffb", "\ud800\udfff"])
def test_strings_are_tagged_exactly_when_they_hold_surrogates(text: str) -> None:
    from arabicnews.core.serialize import encode_str

    has_surrogate = any("\ud800" <= c <= "\udfff" for c in text)
    encoded = encode_str(text)
    assert (encoded != text) == has_surrogate
    if has_surrogate:
        assert encoded == {"@type": "str", "codepoints": [ord(c) for c in text]}
