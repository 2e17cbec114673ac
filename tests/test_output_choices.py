"""What many documents give: ids in every output, one HTML page each, chosen layers, the claims table."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import SEED

import arabicnews
from arabicnews import Document
from arabicnews.surfaces import render as render_module
from arabicnews.surfaces.cli.main import main
from arabicnews.surfaces.render import render

SECOND = "وقال الوزير إن 5 أشخاص قتلوا. وأضاف أن أكثر من 20 جريحا نقلوا."


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    (root / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (root / "sub").mkdir()
    (root / "sub" / "b.txt").write_text(SECOND, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def seed_doc() -> Document:
    return arabicnews.analyze(SEED.read_text(encoding="utf-8"))


# -- the seed article's claims: one row per figure given by a source -------------------------------

SEED_CLAIMS = [
    # source, speaker, cue, attribution kind, figure, value, low, high, qualifier, kind, unit
    ("المرصد السورى لحقوق الانسان", "المرصد السورى لحقوق الانسان", "بحسب", "according_to",
     "أكثر من 35 ضربة جوية", 35, 35, None, "more_than", "count", "ضربة جوية"),
    ("المرصد السورى لحقوق الانسان", "المرصد السورى لحقوق الانسان", "وفق", "according_to",
     "ما لا يقل عن 13 مدنيا", 13, 13, None, "at_least", "count", "مدنيا"),
    ("المرصد السورى لحقوق الانسان", "المرصد السورى لحقوق الانسان", "وفق", "according_to",
     "العشرات", None, 20, 100, "vague", "count", None),
    ("المرصد السورى لحقوق الانسان", "المرصد السورى لحقوق الانسان", "وفق", "according_to",
     "خمسة عناصر", 5, 5, 5, "exact", "count", "عناصر"),
    ("الإعلام الرسمى للنظام، المرصد السورى", None, "وفق ما أفاد", "according_to",
     "أربعة مدنيين", 4, 4, 4, "exact", "count", "مدنيين"),
    ("التلفزيون الرسمى السورى", None, "بحسب", "according_to", "4 مدنيين", 4, 4, 4, "exact", "count", "مدنيين"),
    ("التلفزيون الرسمى السورى", None, "بحسب", "according_to", "نحو 50", 50, 50, 50, "approximate", "count", None),
    ("المرصد السورى لحقوق الانسان", "المرصد السورى لحقوق الانسان", "بحسب", "according_to",
     "أكثر من عشرة أيام", 10, 10, None, "more_than", "duration", "أيام"),
    ("المرصد السورى لحقوق الانسان", "المرصد السورى لحقوق الانسان", "بحسب", "according_to",
     "أكثر من 250 مدنيا", 250, 250, None, "more_than", "count", "مدنيا"),
    ("المرصد السورى لحقوق الانسان", "المرصد السورى لحقوق الانسان", "بحسب", "according_to",
     "نحو 50 طفلا", 50, 50, 50, "approximate", "count", "طفلا"),
]  # fmt: skip
_FIELDS = ("source", "speaker", "cue", "attribution_kind", "text", "value", "low", "high", "qualifier", "kind", "unit")


def test_the_seed_claims_table_is_right(seed_doc: Document) -> None:
    pytest.importorskip("pandas")
    frame = arabicnews.to_pandas([("seed", seed_doc)], "claims")
    rows = [
        tuple(None if (isinstance(v, float) and v != v) else v for v in row)  # NaN (a missing number) -> None
        for row in frame[list(_FIELDS)].itertuples(index=False)
    ]
    assert rows == SEED_CLAIMS
    assert set(frame["doc_id"]) == {"seed"}
    sentences = {s.text for s in seed_doc.sentences}
    for text, sentence in zip(frame["text"], frame["sentence"], strict=True):
        assert sentence in sentences and text in sentence
    assert frame["sentence"][0].startswith("وبحسب المرصد نفذت طائرات حربية")
    assert frame["sources"][4] == "الإعلام الرسمى للنظام، المرصد السورى"


def test_claims_csv_and_jsonl_over_a_directory(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    assert main(["analyze", str(corpus), "--format", "claims-csv", "--output", str(out)]) == 0
    data = out.read_text(encoding="utf-8")
    assert data.startswith("\ufeffdoc_id,source,")  # the BOM makes spreadsheets read UTF-8
    rows = list(csv.DictReader(io.StringIO(data.removeprefix("\ufeff"))))
    seed_rows = [r for r in rows if r["doc_id"] == "seed.txt"]
    assert [(r["text"], r["qualifier"], r["low"], r["high"]) for r in seed_rows] == [
        (c[4], c[8], str(c[6]), "" if c[7] is None else str(c[7])) for c in SEED_CLAIMS
    ]
    other = [r for r in rows if r["doc_id"] == "sub/b.txt"]
    assert [(r["source"], r["cue"], r["text"]) for r in other][:1] == [("الوزير", "قال", "5 أشخاص")]

    jsonl = tmp_path / "claims.jsonl"
    assert main(["analyze", str(corpus), "--format", "claims-jsonl", "--output", str(jsonl)]) == 0
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(rows)
    first = next(r for r in records if r["doc_id"] == "seed.txt")
    assert first["value"] == 35 and first["high"] is None and first["speaker"] == "المرصد السورى لحقوق الانسان"


def test_to_pandas_over_many_documents_has_a_document_id_column(seed_doc: Document) -> None:
    pytest.importorskip("pandas")
    second = arabicnews.analyze(SECOND)
    frame = arabicnews.to_pandas([seed_doc, second], "quantities")
    assert frame.columns[0] == "doc_id"
    assert len(frame) == len(seed_doc.quantities) + len(second.quantities)
    assert list(frame["doc_id"]).count(1) == len(second.quantities)
    named = arabicnews.to_pandas(iter([("a", seed_doc), ("b", second)]), "claims")
    assert set(named["doc_id"]) == {"a", "b"}
    empty = arabicnews.to_pandas([arabicnews.analyze("")], "claims")
    assert len(empty) == 0 and list(empty.columns)[:2] == ["doc_id", "source"]
    with pytest.raises(TypeError, match="Documents or"):
        arabicnews.to_pandas([seed_doc, "text"], "tokens")  # type: ignore[list-item]


# -- one output per document ----------------------------------------------------------------------


def test_table_names_each_document(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(corpus), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert [line for line in out.splitlines() if line.startswith("# document")] == [
        '# document "seed.txt"',
        '# document "sub/b.txt"',
    ]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.doctypes = 0
        self.links: list[str] = []

    def handle_decl(self, decl: str) -> None:
        self.doctypes += decl.lower().startswith("doctype")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a" and (href := dict(attrs).get("href")) and not href.startswith("#"):
            self.links.append(href)


def test_html_over_a_directory_writes_one_page_per_document_and_an_index(corpus: Path, tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    assert main(["analyze", str(corpus), "--format", "html", "--output", str(pages)]) == 0
    files = sorted(p.name for p in pages.iterdir())
    assert files == ["index.html", "seed.html", "sub_b.html"]
    for name in files:
        parser = _Tags()
        parser.feed((pages / name).read_text(encoding="utf-8"))
        assert parser.doctypes == 1, name  # one complete page per file
    index = _Tags()
    index.feed((pages / "index.html").read_text(encoding="utf-8"))
    assert index.links == ["seed.html", "sub_b.html"]


def test_html_over_several_documents_needs_a_directory(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", str(corpus), "--format", "html"]) == 1
    assert "--output DIR" in capsys.readouterr().err
    a_file = tmp_path / "out.html"
    a_file.write_text("", encoding="utf-8")
    assert main(["analyze", str(corpus), "--format", "html", "--output", str(a_file)]) == 1
    err = capsys.readouterr().err
    assert "is a file" in err and err.count("\n") == 1


def test_one_document_still_gives_one_page(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(corpus / "sub" / "b.txt"), "--format", "html"]) == 0
    assert capsys.readouterr().out.count("<!DOCTYPE html>") == 1


def test_a_jsonl_file_read_as_text_warns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "قال الوزير."}) + "\n", encoding="utf-8")
    assert main(["analyze", str(src)]) == 0
    assert "add --jsonl" in capsys.readouterr().err
    assert main(["analyze", "--jsonl", str(src)]) == 0
    assert "warning" not in capsys.readouterr().err


# -- chosen layers ---------------------------------------------------------------------------------


def test_layers_chooses_what_json_holds(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(SEED)]) == 0
    everything = capsys.readouterr().out
    assert main(["analyze", str(SEED), "--layers", "quantities,attributions"]) == 0
    chosen = capsys.readouterr().out
    record = json.loads(chosen)
    assert list(record["layers"]) == ["quantities", "attributions"]
    doc = Document.from_dict({k: v for k, v in record.items() if k != "id"})
    assert doc.claims() == arabicnews.analyze(SEED.read_text(encoding="utf-8")).claims()
    assert len(chosen) * 4 < len(everything)


def test_layers_with_a_wrong_name_lists_the_valid_ones(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(SEED), "--layers", "quantities,tokenz"]) == 1
    err = capsys.readouterr().err
    assert "'tokenz'" in err and "tokens, sentences, quantities, entities, attributions" in err
    assert main(["analyze", str(SEED), "--layers", "tokens", "--format", "table"]) == 1
    assert "--format json" in capsys.readouterr().err


# -- the HTML view speaks Arabic -------------------------------------------------------------------


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.data: list[str] = []
        self.titles: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_script = tag in ("script", "style")
        if (title := dict(attrs).get("title")) is not None:
            self.titles.append(title)

    def handle_endtag(self, tag: str) -> None:
        self.in_script = False

    def handle_data(self, data: str) -> None:
        if not self.in_script:
            self.data.append(data)


def test_qualifiers_and_kinds_show_in_arabic_with_the_identifier_in_a_tooltip(seed_doc: Document) -> None:
    page = _Text()
    page.feed(render(seed_doc))
    shown = " ".join(page.data)
    for identifier in ("more_than", "at_least", "approximate", "according_to", "count"):
        assert identifier not in shown, identifier
    labels = render_module.QUALIFIER_LABELS
    assert labels["more_than"] in shown and labels["at_least"] in shown
    assert "more_than" in page.titles and "at_least" in page.titles
    assert any("أكثر من (more_than)" in t for t in page.titles)  # the quantity's own tooltip


def test_a_notebook_shows_the_view_inline(seed_doc: Document) -> None:
    shown = seed_doc._repr_html_()
    assert shown.startswith("<iframe") and "srcdoc=" in shown and "<!DOCTYPE" not in shown
    srcdoc = _Srcdoc()
    srcdoc.feed(shown)
    assert srcdoc.value == render(seed_doc)


class _Srcdoc(HTMLParser):
    value = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.value = dict(attrs).get("srcdoc") or ""
