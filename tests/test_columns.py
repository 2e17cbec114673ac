"""The columnar token layer: a TokenTable answers as the tuple of Tokens it stands for."""

from __future__ import annotations

import copy
import json
import pickle

import pytest
from hypothesis import given, settings, strategies as st

from arabicnews import Document
from arabicnews.arabic.clitics import CliticSegmenter
from arabicnews.core.serialize import document_to_dict
from arabicnews.model.columns import (
    TokenTable,
    split_token_segments,
    token_ends,
    token_kinds,
    token_norms,
    token_starts,
    token_texts,
    tokens_built_once,
)
from arabicnews.model.spans import Segment, Token, pack_tokens
from arabicnews.stages.tokens import Tokenizer, TokenizerStage

TEXT = "قال الوزير للأحياء: إن ٣٥ شخصا وصلوا وبـ5% من 1,200 «حكومته»... www.example.com U.S. 😀"


def _table(text: str = TEXT) -> TokenTable:
    tokens = Tokenizer()(text)
    assert isinstance(tokens, TokenTable)
    return tokens


def _plain(table: TokenTable) -> tuple[Token, ...]:
    out = tuple(table)
    assert type(out) is tuple
    return out


def test_a_table_is_a_tuple_of_tokens() -> None:
    table = _table()
    plain = _plain(table)
    assert isinstance(table, tuple)
    assert len(table) == len(plain) > 10
    assert all(type(t) is Token for t in table)
    assert table == plain and plain == table
    assert (table != plain) is False
    assert hash(table) == hash(plain)
    assert repr(table) == repr(plain)
    assert list(reversed(table)) == list(reversed(plain))


@pytest.mark.parametrize("i", [0, 1, 5, -1, -2])
def test_indexing(i: int) -> None:
    table = _table()
    assert table[i] == _plain(table)[i]


@pytest.mark.parametrize("i", [100, -100])
def test_indexing_out_of_range(i: int) -> None:
    with pytest.raises(IndexError):
        _table()[i]


@pytest.mark.parametrize("key", [slice(1, 4), slice(None, None, -1), slice(-3, None), slice(0, 10, 3), slice(5, 2)])
def test_slicing_gives_a_plain_tuple(key: slice) -> None:
    table = _table()
    got = table[key]
    assert type(got) is tuple
    assert got == _plain(table)[key]


def test_membership_count_index_and_concatenation() -> None:
    table = _table()
    plain = _plain(table)
    tok = plain[3]
    assert tok in table and "x" not in table
    assert table.count(tok) == 1 and table.index(tok) == 3
    with pytest.raises(ValueError, match="not in tuple"):
        table.index(tok, 4)
    extra = (Token("x", 0, 1, "word", "x", (Segment("x", 0, 1, "stem"),)),)
    assert table + extra == plain + extra
    assert extra + table == extra + plain
    assert table * 2 == plain * 2


def test_not_equal_to_a_list_as_a_tuple_is_not() -> None:
    table = _table()
    assert table != list(table)
    assert table != _plain(table)[:-1]


def test_an_empty_table() -> None:
    table = _table("   ")
    assert not table and len(table) == 0 and table == ()


def test_segments_as_the_segmenter_gives_them() -> None:
    segmenter = CliticSegmenter()
    for tok in _table():
        if tok.kind == "word":
            assert tok.segments == segmenter.segment(tok.text, tok.start)


class _Shifting(CliticSegmenter):
    """A segmenter of another class: the tokenizer asks it for every token."""

    calls = 0

    def segment(self, word: str, start: int) -> tuple[Segment, ...]:
        type(self).calls += 1
        return super().segment(word, start)


def test_a_segmenter_of_another_class_is_asked_each_time() -> None:
    text = "والحكومة والحكومة والحكومة"
    assert Tokenizer(_Shifting())(text) == Tokenizer()(text)
    assert _Shifting.calls == 3


def test_the_columns() -> None:
    table = _table()
    plain = _plain(table)
    for fn in (token_starts, token_ends, token_kinds, token_norms, token_texts, split_token_segments):
        assert list(fn(table)) == list(fn(plain))
    assert split_token_segments(table)  # the text has split words


def test_from_tokens_and_the_pickle_format() -> None:
    table = _table()
    plain = _plain(table)
    rebuilt = TokenTable.from_tokens(TEXT, plain)
    assert rebuilt is not None and tuple(rebuilt) == plain
    assert table.packed() == pack_tokens(plain)
    assert TokenTable.unpack(TEXT, table.packed()) == plain
    odd = (Token("قال", 0, 3, "word", "قال", ()),)  # no segments: kept as they are
    assert tuple(TokenTable.from_tokens(TEXT, odd) or ()) == odd
    assert TokenTable.from_tokens(TEXT, (Token("xyz", 0, 3, "word", "x", ()),)) is None  # not the text there


def test_pickling_and_copying() -> None:
    table = _table()
    back = pickle.loads(pickle.dumps(table))
    assert type(back) is TokenTable and back == table
    assert copy.copy(table) == table and copy.deepcopy(table) == table


def test_documents_keep_the_table_and_their_formats() -> None:
    doc = TokenizerStage()(Document(TEXT))
    assert type(doc.tokens) is TokenTable
    plain = Document(TEXT).with_layer("tokens", _plain(doc.tokens))
    assert type(plain.tokens) is tuple
    assert doc == plain and hash(doc) == hash(plain)
    assert document_to_dict(doc) == document_to_dict(plain)
    assert json.dumps(doc.to_dict(), ensure_ascii=False) == json.dumps(plain.to_dict(), ensure_ascii=False)
    assert doc.__reduce__()[1] == plain.__reduce__()[1]  # the same pickle either way
    back = pickle.loads(pickle.dumps(doc))
    assert type(back.tokens) is TokenTable and back == doc
    assert Document.from_dict(doc.to_dict()) == doc


def test_a_table_given_to_with_layer() -> None:
    table = _table()
    doc = Document(TEXT).with_layer("tokens", table)
    assert doc.tokens is table
    other = Document(TEXT + " ").with_layer("tokens", table)  # another text: plain Tokens, checked
    assert type(other.tokens) is tuple and other.tokens == table
    backwards = TokenTable(
        TEXT, table.starts[::-1], table.ends[::-1], table.kind_codes[::-1], table.norms[::-1], table.parts[::-1]
    )
    assert Document(TEXT).with_layer("tokens", backwards).tokens == table


def test_text_with_surrogates_serialises_as_before() -> None:
    text = "قال \ud800 الوزير"
    doc = TokenizerStage()(Document(text))
    plain = Document(text).with_layer("tokens", _plain(doc.tokens))
    assert document_to_dict(doc) == document_to_dict(plain)


def test_tokenizer_pickles_without_its_word_cache() -> None:
    tok = Tokenizer()
    tok(TEXT)
    back = pickle.loads(pickle.dumps(tok))
    assert back(TEXT) == tok(TEXT)


def test_mismatched_columns_are_refused() -> None:
    with pytest.raises(ValueError, match="one entry per token"):
        TokenTable("ab", [0], [1, 2], b"\x00", ["a"], [None])


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("قالوزيرحكومتهللأحياء ٣٥5%.,«»\n@#abc")), max_size=60))
def test_any_text_round_trips(text: str) -> None:
    table = _table(text)
    plain = _plain(table)
    assert TokenTable.from_tokens(text, plain) == plain
    assert TokenTable.unpack(text, table.packed()) == plain
    doc = Document(text).with_layer("tokens", table)
    assert document_to_dict(doc) == document_to_dict(Document(text).with_layer("tokens", plain))


def test_tokens_built_once() -> None:
    table = _table()
    view = tokens_built_once(table)
    assert len(view) == len(table)
    assert view[3] is view[3] and view[3] == table[3] and view[-1] == table[-1]
    assert view[1:4] == table[1:4]
    plain = _plain(table)
    assert tokens_built_once(plain) is plain
