"""The HTML view: a well-formed, self-contained page whose highlights sit exactly on their offsets."""

from __future__ import annotations

from html.parser import HTMLParser
from itertools import pairwise

import pytest
from hypothesis import given, settings, strategies as st

import arabicnews
from arabicnews.core.document import Document
from arabicnews.model.attribution import Attribution, Cue, Source
from arabicnews.model.entity import Entity
from arabicnews.model.quantity import Quantity
from arabicnews.model.spans import Span
from arabicnews.surfaces.render import render

VOID = {"meta", "br", "hr", "img", "input", "link"}


class Page(HTMLParser):
    """Checks nesting and collects the text of ``#doc-text`` with the offsets of each highlight."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.in_text = 0  # depth of the #doc-text element, 0 when outside
        self.text: list[str] = []
        self.pos = 0
        self.open_at: list[int] = []
        self.highlights: list[tuple[dict[str, str | None], int, int]] = []
        self.script_data: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag in VOID:
            return
        self.stack.append((tag, a))
        if a.get("id") == "doc-text":
            self.in_text = len(self.stack)
        self.open_at.append(self.pos)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        open_tag, a = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"
        start = self.open_at.pop()
        if self.in_text and "data-start" in a:
            self.highlights.append((a, start, self.pos))
        if self.in_text == len(self.stack) + 1:
            self.in_text = 0

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1][0] == "script":
            self.script_data.append(data)
        if self.in_text:
            self.text.append(data)
            self.pos += len(data)


def parse(page: str) -> Page:
    p = Page()
    p.feed(page)
    p.close()
    assert not p.stack, f"unclosed: {[t for t, _ in p.stack]}"
    return p


def check_offsets(doc: Document, p: Page) -> None:
    assert "".join(p.text) == doc.text
    for a, start, end in p.highlights:
        assert (int(a["data-start"] or -1), int(a["data-end"] or -1)) == (start, end), a
        assert start < end


@pytest.fixture(scope="module")
def seed_doc(seed_text: str) -> Document:
    return arabicnews.analyze(seed_text)


@pytest.fixture(scope="module")
def seed_page(seed_doc: Document) -> Page:
    return parse(render(seed_doc))


def test_page_is_right_to_left_arabic(seed_page: Page) -> None:
    html_tags = [a for t, a in seed_page.tags if t == "html"]
    assert html_tags == [{"dir": "rtl", "lang": "ar"}]


def test_page_fetches_nothing(seed_doc: Document) -> None:
    page = render(seed_doc)
    p = parse(page)
    for tag, a in p.tags:
        assert tag not in {"link", "img", "iframe", "object", "embed"}
        assert "src" not in a, (tag, a)
        href = a.get("href")
        assert href is None or href.startswith("#"), href
    assert "http://" not in page and "https://" not in page and "url(" not in page


def test_seed_text_round_trips_through_the_text_nodes(seed_doc: Document, seed_page: Page) -> None:
    check_offsets(seed_doc, seed_page)


def test_every_annotation_of_the_seed_is_drawn(seed_doc: Document, seed_page: Page) -> None:
    ids = {a["data-id"] for a, _, _ in seed_page.highlights}
    assert {f"e{i}" for i in range(len(seed_doc.entities))} <= ids
    assert {f"q{i}" for i in range(len(seed_doc.quantities))} <= ids
    assert {f"a{i}" for i in range(len(seed_doc.attributions))} <= ids


def test_pieces_of_each_highlight_cover_its_annotation(seed_doc: Document, seed_page: Page) -> None:
    pieces: dict[str, list[tuple[int, int]]] = {}
    for a, start, end in seed_page.highlights:
        pieces.setdefault(a["data-id"] or "", []).append((start, end))
    for i, q in enumerate(seed_doc.quantities):
        spans = sorted(pieces[f"q{i}"])
        assert spans[0][0] == q.start and spans[-1][1] == q.end
        assert all(a[1] == b[0] for a, b in pairwise(spans))


def test_quantity_details_are_in_data_attributes_and_title(seed_doc: Document, seed_page: Page) -> None:
    q = next(q for q in seed_doc.quantities if q.qualifier == "more_than")
    a = next(a for a, s, _ in seed_page.highlights if s == q.start and "qty" in (a["class"] or ""))
    assert a["data-qualifier"] == "more_than"
    assert a["data-low"] == str(q.low) and a["data-high"] == ""
    assert "more_than" in (a["title"] or "") and str(q.low) in (a["title"] or "")


def test_entities_are_classed_by_label(seed_doc: Document, seed_page: Page) -> None:
    for e in seed_doc.entities:
        a = next(a for a, s, end in seed_page.highlights if (s, end) == (e.start, e.end) and a.get("data-label"))
        assert f"ent-{e.label.lower()}" in (a["class"] or "")


def test_claims_table_has_one_row_per_claim(seed_doc: Document, seed_page: Page) -> None:
    rows = [a for t, a in seed_page.tags if t == "tr" and "claim" in (a.get("class") or "")]
    claims = seed_doc.claims()
    assert len(rows) == len(claims) > 0
    assert [(int(r["data-start"] or 0), int(r["data-end"] or 0)) for r in rows] == [
        (c.quantity.start, c.quantity.end) for c in claims
    ]


def test_legend_names_every_style(seed_page: Page) -> None:
    assert any(a.get("id") == "legend" for _, a in seed_page.tags)
    classes = " ".join(a.get("class") or "" for t, a in seed_page.tags if t == "span")
    for css in ("ent-per", "ent-loc", "ent-org", "ent-misc", "qty", "att-source", "att-cue", "att-content"):
        assert css in classes


HOSTILE = "<script>alert(\"x\")</script> & 'quoted' &amp; </div>\r\n<!-- -->"


def test_hostile_text_is_escaped() -> None:
    doc = arabicnews.analyze(HOSTILE)
    page = render(doc, title='"><script>alert(1)</script>')
    p = parse(page)
    assert sum(1 for t, _ in p.tags if t == "script") == 1  # only the page's own
    assert "alert" not in "".join(p.script_data)
    check_offsets(doc, p)


def test_hostile_attribute_values_are_escaped() -> None:
    text = "قتل 5 أشخاص"
    q = Quantity("5 أشخاص", 4, 11, "count", value=5, low=5, high=5, unit='"><b onclick="x')
    doc = Document(text).with_layer("quantities", [q])
    p = parse(render(doc))
    assert not [t for t, _ in p.tags if t == "b"]
    (a, _, _), *_ = p.highlights
    assert a["data-unit"] == '"><b onclick="x'
    check_offsets(doc, p)


@pytest.mark.parametrize("text", ["", " ", "\n\n", "نص بلا طبقات", "a\r\nb\rc"])
def test_documents_without_layers_render(text: str) -> None:
    doc = Document(text)
    p = parse(render(doc))
    check_offsets(doc, p)
    assert p.highlights == []
    assert any(a.get("id") == "claims" for _, a in p.tags)


def test_layers_render_without_the_others() -> None:
    doc = arabicnews.default_pipeline().remove("attributions")("قال الوزير إن ٣٥ شخصا قتلوا في حلب.")
    p = parse(render(doc))
    check_offsets(doc, p)
    assert {(a["data-id"] or "")[0] for a, _, _ in p.highlights} == {"q", "e"}


def _nested_doc() -> Document:
    text = "وقال مدير المرصد رامي عبدالرحمن إن 35 مدنيا قتلوا"
    src_start = text.index("مدير")
    src_end = text.index(" إن")
    name = text.index("رامي")
    cue = text.index("قال")
    content = text.index("35")
    qty_end = content + len("35 مدنيا")
    att = Attribution(
        text[cue:],
        cue,
        len(text),
        "indirect",
        Cue("قال", cue, cue + 3, "speech", "asserted", "قال"),
        (Source(text[src_start:src_end], src_start, src_end),),
        Span(text[content:], content, len(text)),
    )
    return (
        Document(text)
        .with_layer("attributions", [att])
        .with_layer("entities", [Entity(text[name:src_end], name, src_end, "PER")])
        .with_layer("quantities", [Quantity(text[content:qty_end], content, qty_end, "count", value=35)])
    )


def test_nested_spans_nest_in_the_markup() -> None:
    doc = _nested_doc()
    p = parse(render(doc))
    check_offsets(doc, p)

    # the entity sits inside the source, the quantity inside the content, both inside the attribution
    paths = _paths(render(doc))
    assert paths["e0"][-3:] == ["a0", "a0s0", "e0"]
    assert paths["q0"][-3:] == ["a0", "a0t", "q0"]
    # the claim shows in the table
    assert sum(1 for t, a in p.tags if t == "tr" and "claim" in (a.get("class") or "")) == 1


def _paths(page: str) -> dict[str, list[str]]:
    """The data-id path from the outermost highlight down to each highlight's first piece."""

    class Paths(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.stack: list[str] = []
            self.paths: dict[str, list[str]] = {}

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in VOID:
                return
            ident = dict(attrs).get("data-id") or ""
            self.stack.append(ident)
            if ident:
                self.paths.setdefault(ident, [s for s in self.stack if s])

        def handle_endtag(self, tag: str) -> None:
            self.stack.pop()

    p = Paths()
    p.feed(page)
    return p.paths


def test_crossing_spans_are_cut_into_nested_pieces() -> None:
    text = "abcdefghij"
    doc = (
        Document(text)
        .with_layer("entities", [Entity("bcdef", 1, 6, "ORG")])
        .with_layer("quantities", [Quantity("defgh", 3, 8, "count")])
    )
    p = parse(render(doc))
    check_offsets(doc, p)
    pieces = sorted((s, e, a["data-id"]) for a, s, e in p.highlights)
    assert pieces == [(1, 6, "e0"), (3, 6, "q0"), (6, 8, "q0")]
    cut = [a for a, s, _ in p.highlights if a["data-id"] == "q0"]
    assert all(a["data-ann-start"] == "3" and a["data-ann-end"] == "8" for a in cut)
    assert sum(1 for a in cut if a.get("id") == "q0") == 1  # one id per annotation


def test_same_span_in_two_layers_nests_source_outside_entity() -> None:
    text = "قال المرصد: نعم"
    att = Attribution(
        text,
        0,
        len(text),
        "direct",
        Cue("قال", 0, 3, "speech", "asserted", "قال"),
        (Source("المرصد", 4, 10),),
        Span("نعم", 12, 15),
    )
    doc = Document(text).with_layer("attributions", [att]).with_layer("entities", [Entity("المرصد", 4, 10, "ORG")])
    assert _paths(render(doc))["e0"] == ["a0", "a0s0", "e0"]


_spans = st.tuples(st.integers(0, 30), st.integers(1, 12))


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet="اب ت\n\r<>&\"'ة٣", min_size=0, max_size=40),
    ents=st.lists(_spans, max_size=6),
    qtys=st.lists(_spans, max_size=6),
)
def test_any_overlap_renders_nested_and_exact(
    text: str, ents: list[tuple[int, int]], qtys: list[tuple[int, int]]
) -> None:
    def clip(s: int, n: int) -> tuple[int, int] | None:
        e = min(s + n, len(text))
        return (s, e) if s < e else None

    es = [Entity(text[s:e], s, e, "PER") for s, e in filter(None, (clip(*x) for x in ents))]
    qs = [Quantity(text[s:e], s, e, "count") for s, e in filter(None, (clip(*x) for x in qtys))]
    doc = Document(text).with_layer("entities", es).with_layer("quantities", qs)
    p = parse(render(doc))
    check_offsets(doc, p)
    covered: dict[str, int] = {}
    for a, s, e in p.highlights:
        covered[a["data-id"] or ""] = covered.get(a["data-id"] or "", 0) + e - s
    assert covered == {
        **{f"e{i}": x.end - x.start for i, x in enumerate(doc.entities)},
        **{f"q{i}": x.end - x.start for i, x in enumerate(doc.quantities)},
    }
