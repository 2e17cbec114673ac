"""Exports: CoNLL-U (checked structurally), spaCy and pandas (optional extras), and the JSON Schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings, strategies as st

import arabicnews
from arabicnews.core.document import Document
from arabicnews.core.errors import BackendNotInstalledError
from arabicnews.model.entity import Entity
from arabicnews.stages.tokens import TokenizerStage
from arabicnews.surfaces.conllu import to_conllu
from arabicnews.surfaces.pandas import to_pandas
from arabicnews.surfaces.schema import json_schema
from arabicnews.surfaces.spacy import to_spacy

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_FILE = ROOT / "docs" / "schema.json"
SAMPLE = "وقال مدير المرصد رامي عبدالرحمن إن ٣٥ مدنيا قتلوا للأحياء.\nوأضاف: «لا هدنة»."


@pytest.fixture(scope="module")
def seed_doc(seed_text: str) -> Document:
    return arabicnews.analyze(seed_text)


# -- CoNLL-U ---------------------------------------------------------------------------------------


def parse_conllu(data: str) -> list[dict[str, Any]]:
    """Split CoNLL-U into sentences, checking the format as it goes; return comments and rows."""
    assert data.endswith("\n\n"), "the last sentence must end with a blank line"
    sentences = []
    for block in data[:-2].split("\n\n"):
        lines = block.split("\n")
        comments = {}
        rows: list[list[str]] = []
        for line in lines:
            if line.startswith("#"):
                assert not rows, "comments come before the token lines"
                key, _, value = line[2:].partition(" = ")
                comments[key] = value
                continue
            cols = line.split("\t")
            assert len(cols) == 10, f"{len(cols)} columns in {line!r}"
            assert all(c and c == c.strip() for c in cols), line
            rows.append(cols)
        assert rows, f"a sentence with no tokens: {block!r}"
        _check_ids(rows)
        sentences.append({"comments": comments, "rows": rows})
    return sentences


def _check_ids(rows: list[list[str]]) -> None:
    expected = 1
    pending_range = 0  # the last id of the multiword token being read, 0 when none
    for cols in rows:
        ident = cols[0]
        if "-" in ident:
            first, last = (int(x) for x in ident.split("-"))
            assert first == expected and last > first and not pending_range, ident
            assert cols[2:9] == ["_"] * 7, "a multiword token line has only FORM and MISC"
            pending_range = last
            continue
        assert int(ident) == expected, f"id {ident}, expected {expected}"
        if pending_range == expected:
            pending_range = 0
        expected += 1
    assert not pending_range, "a multiword range runs past the sentence"


def tokens_of(sentence: dict[str, Any]) -> list[tuple[str, dict[str, str]]]:
    """The surface tokens of a sentence (range lines and the words outside ranges) with their MISC."""
    out = []
    inside_until = 0
    for cols in sentence["rows"]:
        misc = dict(kv.split("=", 1) for kv in cols[9].split("|")) if cols[9] != "_" else {}
        if "-" in cols[0]:
            inside_until = int(cols[0].split("-")[1])
            out.append((cols[1], misc))
        elif int(cols[0]) > inside_until:
            out.append((cols[1], misc))
    return out


def test_seed_conllu_is_well_formed(seed_doc: Document) -> None:
    sentences = parse_conllu(to_conllu(seed_doc))
    assert len(sentences) == len(seed_doc.sentences)
    assert [s["comments"]["sent_id"] for s in sentences] == [str(i) for i in range(1, len(sentences) + 1)]
    assert sum(len(tokens_of(s)) for s in sentences) == len(seed_doc.tokens)


def test_token_ranges_point_at_the_tokens(seed_doc: Document) -> None:
    for sentence in parse_conllu(to_conllu(seed_doc)):
        for form, misc in tokens_of(sentence):
            start, end = (int(x) for x in misc["TokenRange"].split(":"))
            assert seed_doc.text[start:end] == form


def test_space_after_rebuilds_each_sentence_text(seed_doc: Document) -> None:
    for sentence in parse_conllu(to_conllu(seed_doc)):
        rebuilt = "".join(form + ("" if misc.get("SpaceAfter") == "No" else " ") for form, misc in tokens_of(sentence))
        assert rebuilt.rstrip() == sentence["comments"]["text"]


def test_clitics_are_multiword_tokens_with_restored_forms() -> None:
    doc = arabicnews.analyze(SAMPLE)
    rows = [r for s in parse_conllu(to_conllu(doc)) for r in s["rows"]]
    i = next(k for k, r in enumerate(rows) if r[1] == "للأحياء")
    assert rows[i][0] == f"{int(rows[i + 1][0])}-{int(rows[i + 2][0])}"
    assert [rows[i + 1][1], rows[i + 2][1]] == ["ل", "الأحياء"]
    j = next(k for k, r in enumerate(rows) if r[1] == "وقال")
    assert [rows[j + 1][1], rows[j + 2][1]] == ["و", "قال"]


def test_entity_bio_tags_are_on_words() -> None:
    text = "وقال رامي عبدالرحمن ولندن"
    doc = TokenizerStage()(Document(text)).with_layer(
        "entities", [Entity("رامي عبدالرحمن", 5, 19, "PER"), Entity("لندن", 21, 25, "LOC")]
    )
    tags = [
        (r[1], dict(kv.split("=") for kv in r[9].split("|")).get("NER"))
        for s in parse_conllu(to_conllu(doc))
        for r in s["rows"]
        if "-" not in r[0]
    ]
    assert tags == [("و", "O"), ("قال", "O"), ("رامي", "B-PER"), ("عبدالرحمن", "I-PER"), ("و", "O"), ("لندن", "B-LOC")]


def test_no_entities_layer_means_no_ner_tags() -> None:
    data = to_conllu(TokenizerStage()(Document("قال الوزير")))
    assert "NER=" not in data
    parse_conllu(data)


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_nothing_to_export_gives_an_empty_file(text: str) -> None:
    assert to_conllu(TokenizerStage()(Document(text))) == ""


def test_sentence_text_comment_is_one_line() -> None:
    doc = TokenizerStage()(Document("سطر أول\nسطر\tثان"))  # no sentences layer: one sentence of all tokens
    (sentence,) = parse_conllu(to_conllu(doc))
    assert sentence["comments"]["text"] == "سطر أول سطر ثان"


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="وقال للأحياء ٣٥%.،«»\n\t\r-ab1", max_size=60))
def test_any_text_gives_well_formed_conllu(text: str) -> None:
    doc = arabicnews.default_pipeline()(text)
    data = to_conllu(doc)
    if doc.tokens:
        sentences = parse_conllu(data)
        assert sum(len(tokens_of(s)) for s in sentences) == len(doc.tokens)
    else:
        assert data == ""


# -- spaCy -----------------------------------------------------------------------------------------


def test_spacy_doc_keeps_text_sentences_entities_and_spans(seed_doc: Document) -> None:
    spacy = pytest.importorskip("spacy")
    sdoc = to_spacy(seed_doc, spacy.blank("ar"))
    assert sdoc.text == seed_doc.text
    assert len(list(sdoc.sents)) == len(seed_doc.sentences)
    assert [(e.start_char, e.end_char, e.label_) for e in sdoc.ents] == [
        (e.start, e.end, e.label) for e in seed_doc.entities
    ]
    assert [(s.start_char, s.end_char, s.label_) for s in sdoc.spans["quantities"]] == [
        (q.start, q.end, q.kind) for q in seed_doc.quantities
    ]
    assert len(sdoc.spans["attributions"]) == len(sdoc.spans["cues"]) == len(seed_doc.attributions)
    assert sdoc.user_data["arabicnews"] == seed_doc.to_dict()


def test_spacy_tokens_are_clitic_segments_with_restored_norms() -> None:
    spacy = pytest.importorskip("spacy")
    doc = arabicnews.analyze(SAMPLE)
    sdoc = to_spacy(doc, spacy.blank("ar").vocab)  # a Vocab works as well as a Language
    texts = [t.text for t in sdoc]
    i = texts.index("لأحياء")
    assert texts[i - 1] == "ل" and not sdoc[i - 1].whitespace_
    assert sdoc[i].norm_ == "الأحياء"
    assert sdoc.text == doc.text


@pytest.mark.parametrize("text", ["", "  \n\n  نص  \n", "\tنص"])
def test_spacy_keeps_odd_whitespace(text: str) -> None:
    spacy = pytest.importorskip("spacy")
    doc = arabicnews.analyze(text)
    assert to_spacy(doc, spacy.blank("ar")).text == text


def test_spacy_missing_names_the_pip_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "spacy", None)  # makes `import spacy` fail
    with pytest.raises(BackendNotInstalledError, match=r"pip install -e '\.\[spacy\]'"):
        to_spacy(arabicnews.analyze("نص"), object())


# -- pandas ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("layer", ["tokens", "sentences", "quantities", "entities", "attributions"])
def test_pandas_one_row_per_annotation(seed_doc: Document, layer: str) -> None:
    pytest.importorskip("pandas")
    frame = to_pandas(seed_doc, layer)
    items = seed_doc.layer(layer)
    assert len(frame) == len(items)
    assert list(frame.columns[:3]) == ["text", "start", "end"]
    assert list(frame["start"]) == [a.start for a in items]
    assert all(seed_doc.text[s:e] == t for t, s, e in zip(frame["text"], frame["start"], frame["end"], strict=True))


def test_pandas_spreads_nested_annotations(seed_doc: Document) -> None:
    pytest.importorskip("pandas")
    frame = to_pandas(seed_doc, "attributions")
    assert {"cue_text", "cue_start", "content_text", "sources"} <= set(frame.columns)
    assert list(frame["cue_text"]) == [a.cue.text for a in seed_doc.attributions]
    tokens = to_pandas(seed_doc, "tokens")
    assert list(tokens["segments"]) == [t.words for t in seed_doc.tokens]


def test_pandas_claims_and_empty_layers(seed_doc: Document) -> None:
    pytest.importorskip("pandas")
    claims = to_pandas(seed_doc, "claims")
    assert len(claims) == len(seed_doc.claims()) and {"source", "qualifier", "value"} <= set(claims.columns)
    empty = to_pandas(Document("نص").with_layer("quantities", []), "quantities")
    assert len(empty) == 0 and {"kind", "qualifier", "value", "low", "high"} <= set(empty.columns)
    bare = Document("نص").with_layer("quantities", []).with_layer("attributions", [])
    no_claims = to_pandas(bare, "claims")
    assert len(no_claims) == 0 and "qualifier" in no_claims.columns


def test_pandas_missing_layer_raises_layer_error() -> None:
    pytest.importorskip("pandas")
    with pytest.raises(arabicnews.LayerNotFoundError, match="quantities"):
        to_pandas(Document("نص"), "quantities")


def test_pandas_missing_names_the_pip_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(BackendNotInstalledError, match=r"pip install -e '\.\[pandas\]'"):
        to_pandas(Document("نص"), "tokens")


# -- JSON Schema -----------------------------------------------------------------------------------


def test_docs_schema_file_is_the_generated_schema() -> None:
    on_disk = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert on_disk == json_schema(), "regenerate it: python -m arabicnews.surfaces.schema > docs/schema.json"


def _validate(instance: Any) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(instance, schema, cls=jsonschema.Draft202012Validator)


def test_schema_accepts_real_output(seed_doc: Document) -> None:
    _validate(seed_doc.to_dict())
    _validate(Document("").to_dict())


def test_schema_accepts_the_cli_json_lines(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text("قال الوزير إن ٣٥ شخصا قتلوا.\nوأضاف أن نحو ثلث السكان نزحوا.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "arabicnews", "analyze", "--lines", str(src)], capture_output=True, text=True, check=True
    )
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(records) == 2
    for record in records:
        _validate(record)


def test_schema_rejects_broken_output(seed_doc: Document) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    data = seed_doc.to_dict()
    data["layers"]["quantities"][0]["qualifier"] = "roughly"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_schema(), cls=jsonschema.Draft202012Validator)
    del data["layers"]["quantities"][0]["qualifier"]
    data["layers"]["entities"][0].pop("label")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_schema(), cls=jsonschema.Draft202012Validator)


def test_schema_describes_every_field_of_every_layer_class() -> None:
    defs = json_schema()["$defs"]
    for cls in (arabicnews.Token, arabicnews.Quantity, arabicnews.Entity, arabicnews.Attribution):
        assert set(defs[cls.__name__]["properties"]) == {"@type"} | {f.alias or f.name for f in attrs.fields(cls)}


def test_the_export_modules_are_gathered_under_their_old_paths() -> None:
    from arabicnews import export as old_shim

    assert (old_shim.to_conllu, old_shim.to_spacy, old_shim.to_pandas, old_shim.json_schema) == (
        to_conllu,
        to_spacy,
        to_pandas,
        json_schema,
    )
