from __future__ import annotations

import pytest

import arabicnews
from arabicnews import ArabicNewsError, InputTypeError


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        (None, "not NoneType. Pass an empty string"),
        (b"\xd9\x82", "not bytes. Decode it first"),
        (bytearray(b"x"), "not bytearray. Decode it first"),
        (42, "not int"),
        (["نص"], "not list"),
    ],
)
def test_non_str_text_raises_type_error_with_a_hint(value: object, hint: str) -> None:
    with pytest.raises(TypeError, match=hint) as info:
        arabicnews.analyze(value)  # type: ignore[arg-type]
    assert isinstance(info.value, InputTypeError)
    assert isinstance(info.value, ArabicNewsError)


def test_pipe_rejects_a_single_string() -> None:
    with pytest.raises(TypeError, match="iterable of str"):
        list(arabicnews.default_pipeline().pipe("نص"))  # type: ignore[arg-type]


def test_pipe_names_the_index_of_a_bad_item() -> None:
    with pytest.raises(TypeError, match=r"texts\[2\] must be str"):
        list(arabicnews.default_pipeline().pipe(["أ", "ب", 3]))  # type: ignore[list-item]


def test_every_error_derives_from_the_base() -> None:
    for name in ("InputTypeError", "LayerNotFoundError", "OffsetError", "PipelineError", "StageError"):
        assert issubclass(getattr(arabicnews, name), ArabicNewsError)
    assert issubclass(arabicnews.OffsetError, ValueError)
    assert issubclass(arabicnews.LayerNotFoundError, LookupError)


@pytest.mark.parametrize("text", ["", " ", "\n\t ", "\u200f"])
def test_blank_text_is_a_valid_empty_document(text: str) -> None:
    doc = arabicnews.analyze(text)
    assert doc.text == text and doc.tokens == () and doc.sentences == ()
