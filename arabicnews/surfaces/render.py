"""An annotated, self-contained HTML view of a Document.

:func:`render` writes one page (inline CSS and a few lines of inline JavaScript, nothing fetched)
with the text right to left and its entities, quantities and attributions highlighted, a legend,
and a table of the claims (figures given by a source).

Annotations of different layers overlap freely (a quantity inside a quote, an entity inside a
source, two attributions sharing words), but HTML elements must nest. The markup is therefore
built from the offsets alone: every highlight is an interval, intervals are opened in order of
start (longest first) and an interval that crosses the end of an open one is cut there and goes
on in a second element. Each element carries ``data-start``/``data-end``, the offsets of exactly
the text it holds, and ``data-id``, the annotation it belongs to (shared by the pieces of a cut
one). The text itself goes through :func:`html.escape` and is never rewritten, so the text nodes
of the ``#doc-text`` element, joined, are ``doc.text`` (carriage returns are written as character
references so that HTML's newline normalisation keeps them).
"""

from __future__ import annotations

import heapq
import html
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

from attrs import frozen

from arabicnews.core.document import Document
from arabicnews.model.layers import ATTRIBUTIONS, ENTITIES, QUANTITIES, LayerKey

__all__ = ["IndexEntry", "index_entry", "render", "render_index", "render_inline"]

ENTITY_LABELS: Mapping[str, str] = {
    "PER": "شخص (PER)",
    "LOC": "مكان (LOC)",
    "ORG": "منظمة (ORG)",
    "MISC": "أخرى (MISC)",
}
"""The entity labels the page has a colour for, with the legend text of each."""

QUALIFIER_LABELS: Mapping[str, str] = {
    "exact": "بالضبط",
    "approximate": "نحو",
    "more_than": "أكثر من",
    "at_least": "لا يقل عن",
    "less_than": "أقل من",
    "at_most": "لا يزيد عن",
    "range": "بين حدين",
    "vague": "غير محدد",
}
"""The page's Arabic label of each quantity qualifier (the identifier goes in the tooltip)."""

QUANTITY_KIND_LABELS: Mapping[str, str] = {
    "count": "عدد",
    "money": "مبلغ",
    "percent": "نسبة مئوية",
    "ordinal": "ترتيب",
    "date": "تاريخ",
    "duration": "مدة",
    "measure": "قياس",
    "fraction": "كسر",
}
"""The page's Arabic label of each quantity kind."""

ATTRIBUTION_KIND_LABELS: Mapping[str, str] = {
    "direct": "مباشر",
    "indirect": "غير مباشر",
    "mixed": "مختلط",
    "according_to": "بحسب",
}
"""The page's Arabic label of each attribution kind."""

STANCE_LABELS: Mapping[str, str] = {"asserted": "تأكيد", "negated": "نفي", "hedged": "تحفظ"}
"""The page's Arabic label of each cue stance."""


def arabic_label(labels: Mapping[str, str], identifier: str) -> str:
    """``labels[identifier]`` with the identifier after it, «أكثر من (more_than)»; the identifier alone if unknown."""
    label = labels.get(identifier)
    return f"{label} ({identifier})" if label else identifier


def _labelled(labels: Mapping[str, str], identifier: str) -> str:
    """The Arabic label as HTML, the identifier in its tooltip (``title``) and ``data-id``."""
    shown = html.escape(labels.get(identifier, identifier))
    ident = html.escape(identifier, quote=True)
    return f'<span class="label" title="{ident}" data-value="{ident}">{shown}</span>'


# Lower ranks open first (outside) when two highlights cover the same characters.
_RANK_ATTRIBUTION = 0
_RANK_PART = 1
_RANK_ENTITY = 2
_RANK_QUANTITY = 3


@frozen
class _Mark:
    """One highlight to draw: an interval of the text and the element that shows it."""

    start: int
    end: int
    rank: int
    ident: str
    classes: str
    attrs: tuple[tuple[str, str], ...] = ()
    title: str | None = None


def _number(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Fraction):
        return f"{value.numerator}/{value.denominator}" if value.denominator != 1 else str(value.numerator)
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _quantity_title(q: Any) -> str:
    parts = [arabic_label(QUANTITY_KIND_LABELS, str(getattr(q, "kind", "quantity")))]
    parts.append(arabic_label(QUALIFIER_LABELS, str(getattr(q, "qualifier", "exact"))))
    value = getattr(q, "value", None)
    if value is not None:
        parts.append(f"value={_number(value)}")
    low, high = getattr(q, "low", None), getattr(q, "high", None)
    if low is not None or high is not None:
        parts.append(f"bounds=[{_number(low) or '…'}, {_number(high) or '…'}]")
    for name in ("unit", "currency"):
        extra = getattr(q, name, None)
        if extra:
            parts.append(f"{name}={extra}")
    if getattr(q, "kind", None) == "date":
        date = "-".join(
            str(v) for v in (getattr(q, "year", None), getattr(q, "month", None), getattr(q, "day", None)) if v
        )
        if date:
            parts.append(f"date={date}")
    return " · ".join(parts)


def _quantity_marks(quantities: Sequence[Any]) -> Iterable[_Mark]:
    for i, q in enumerate(quantities):
        attrs = [
            ("data-kind", str(getattr(q, "kind", ""))),
            ("data-qualifier", str(getattr(q, "qualifier", ""))),
            ("data-value", _number(getattr(q, "value", None))),
            ("data-low", _number(getattr(q, "low", None))),
            ("data-high", _number(getattr(q, "high", None))),
        ]
        for name in ("unit", "currency"):
            if getattr(q, name, None):
                attrs.append((f"data-{name}", str(getattr(q, name))))
        yield _Mark(q.start, q.end, _RANK_QUANTITY, f"q{i}", "hl qty", tuple(attrs), _quantity_title(q))


def _entity_marks(entities: Sequence[Any]) -> Iterable[_Mark]:
    for i, e in enumerate(entities):
        label = str(getattr(e, "label", "MISC"))
        css = label.lower() if label in ENTITY_LABELS else "misc"
        attrs = [("data-label", label)]
        score = getattr(e, "score", None)
        if score is not None:
            attrs.append(("data-score", f"{score:.2f}"))
        group = getattr(e, "group", None)
        if group is not None:
            attrs.append(("data-group", str(group)))
        title = f"{label}" + (f" · score={score:.2f}" if score is not None else "")
        yield _Mark(e.start, e.end, _RANK_ENTITY, f"e{i}", f"hl ent ent-{css}", tuple(attrs), title)


def _attribution_marks(attributions: Sequence[Any]) -> Iterable[_Mark]:
    for i, a in enumerate(attributions):
        ident = f"a{i}"
        source = str(getattr(a, "source_name", "")) or "?"
        cue = getattr(a, "cue", None)
        kind = str(getattr(a, "kind", ""))
        common = (("data-att", ident), ("data-kind", kind))
        title = f"{arabic_label(ATTRIBUTION_KIND_LABELS, kind)}: {source}"
        yield _Mark(a.start, a.end, _RANK_ATTRIBUTION, ident, "hl att", common, title)
        for j, src in enumerate(getattr(a, "sources", ())):
            title = f"المصدر (source): {src.form}"
            yield _Mark(src.start, src.end, _RANK_PART, f"{ident}s{j}", "hl att-source", common, title)
        if cue is not None:
            stance = arabic_label(STANCE_LABELS, str(getattr(cue, "stance", "")))
            title = f"فعل الإسناد (cue): {getattr(cue, 'lemma', cue.text)} · {stance}"
            yield _Mark(cue.start, cue.end, _RANK_PART, f"{ident}c", "hl att-cue", common, title)
        content = getattr(a, "content", None)
        if content is not None:
            yield _Mark(
                content.start,
                content.end,
                _RANK_PART,
                f"{ident}t",
                "hl att-content",
                common,
                f"المحتوى (content) ← {source}",
            )


_DRAWN: tuple[tuple[LayerKey[Any], Callable[[Sequence[Any]], Iterable[_Mark]]], ...] = (
    (ATTRIBUTIONS, _attribution_marks),
    (ENTITIES, _entity_marks),
    (QUANTITIES, _quantity_marks),
)
"""The layers the page draws and how (tokens and sentences are the text itself). How a layer looks is
a choice of this page, not something the registry could say, so a new built-in layer adds a line here
if it is to be drawn."""


def _marks(doc: Document) -> list[_Mark]:
    marks: list[_Mark] = []
    for key, draw in _DRAWN:
        if doc.has_layer(key):
            marks.extend(draw(doc.layer(key)))
    return marks


def _escape_text(text: str) -> str:
    # A raw CR would become LF (or vanish before LF) in an HTML parser; a reference keeps it.
    return html.escape(text, quote=False).replace("\r", "&#13;")


def _open_tag(mark: _Mark, start: int, end: int, *, first: bool, cut: bool) -> str:
    attrs: list[tuple[str, str]] = [("class", mark.classes)]
    if first:
        attrs.append(("id", mark.ident))
    attrs += [("data-id", mark.ident), ("data-start", str(start)), ("data-end", str(end))]
    if cut:
        attrs += [("data-ann-start", str(mark.start)), ("data-ann-end", str(mark.end))]
    attrs += list(mark.attrs)
    if mark.title:
        attrs.append(("title", mark.title))
    rendered = " ".join(f'{k}="{html.escape(v, quote=True)}"' for k, v in attrs)
    return f"<span {rendered}>"


def highlight(text: str, marks: Iterable[_Mark]) -> str:
    """The escaped ``text`` with one properly nested ``<span>`` per piece of each mark.

    Marks open in order of start, longer first, then by rank; a mark that would end after the
    innermost open one is cut at that one's end and its rest queued again, so the elements always
    nest however the intervals overlap. Empty and out-of-range marks are dropped.
    """
    queue: list[tuple[int, int, int, int, int, _Mark]] = []
    for seq, m in enumerate(marks):
        if 0 <= m.start < m.end <= len(text):
            queue.append((m.start, -m.end, m.rank, seq, m.start, m))
    heapq.heapify(queue)
    out: list[str] = []
    stack: list[int] = []  # ends of the open elements, innermost last
    pos = 0
    seen: set[str] = set()

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1] <= limit:
            end = stack.pop()
            out.append(_escape_text(text[pos:end]))
            out.append("</span>")
            pos = end

    while queue:
        start, neg_end, rank, seq, _, mark = heapq.heappop(queue)
        end = -neg_end
        close_until(start)
        if stack and stack[-1] < end:
            cut = stack[-1]
            heapq.heappush(queue, (cut, -end, rank, seq, mark.start, mark))
            end = cut
        out.append(_escape_text(text[pos:start]))
        pos = start
        first = mark.ident not in seen
        seen.add(mark.ident)
        out.append(_open_tag(mark, start, end, first=first, cut=(start, end) != (mark.start, mark.end)))
        stack.append(end)
    close_until(len(text))
    out.append(_escape_text(text[pos:]))
    return "".join(out)


_CSS = """
:root { --ink: #1d1d1f; --muted: #6b6b70; --line: #d9d9de; --paper: #fdfdfb; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Naskh Arabic", "Amiri", "DejaVu Sans", "Liberation Sans", sans-serif;
  color: var(--ink); background: var(--paper); line-height: 1.9; }
header { padding: 12px 24px; border-bottom: 1px solid var(--line); }
header h1 { font-size: 1.3rem; margin: 0; }
header p { margin: 2px 0 0; color: var(--muted); font-size: .85rem; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(260px, 2fr); gap: 24px; padding: 16px 24px; }
@media (max-width: 800px) { main { grid-template-columns: 1fr; } }
#doc-text { white-space: pre-wrap; font-size: 1.1rem; margin: 0; }
aside { font-size: .9rem; }
aside h2 { font-size: 1rem; margin: 8px 0; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; list-style: none; padding: 0; margin: 0 0 12px; }
.legend li { white-space: nowrap; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: 3px 6px; text-align: start; vertical-align: top; }
th { background: #f1f1f4; }
td.num { direction: ltr; unicode-bidi: isolate; }
.empty { color: var(--muted); }
.hl { border-radius: 3px; }
.ent { padding: 0 1px; }
.ent-per { background: #ffe0b2; }
.ent-loc { background: #c8e6c9; }
.ent-org { background: #bbdefb; }
.ent-misc { background: #e1bee7; }
.qty { border-bottom: 3px double #c62828; font-weight: 600; }
.att-content { background: #fff8d6; }
.att-source { border-bottom: 2px solid #1565c0; }
.att-cue { outline: 1px dashed #6a1b9a; color: #6a1b9a; font-weight: 700; }
.att.active .att-content, .att-content.active { background: #ffeb80; }
.att-source.active, .att-cue.active { background: #e8eaf6; }
.swatch { display: inline-block; padding: 0 6px; }
tr.claim { cursor: pointer; }
tr.claim:hover { background: #f6f6fa; }
"""

# Hovering any part of an attribution lights up all its parts; a claim row scrolls to its figure.
_JS = """
(function () {
  "use strict";
  function parts(id) { return document.querySelectorAll('[data-att="' + id + '"]'); }
  function light(id, on) { parts(id).forEach(function (p) { p.classList.toggle("active", on); }); }
  document.querySelectorAll("[data-att]").forEach(function (el) {
    var id = el.getAttribute("data-att");
    el.addEventListener("mouseenter", function () { light(id, true); });
    el.addEventListener("mouseleave", function () { light(id, false); });
  });
  document.querySelectorAll("tr.claim").forEach(function (row) {
    row.addEventListener("click", function () {
      var target = document.getElementById(row.getAttribute("data-target"));
      if (target) { target.scrollIntoView({block: "center"}); }
    });
  });
})();
"""


def _legend() -> str:
    items = [
        f'<li><span class="swatch ent ent-{k.lower()}">{html.escape(v)}</span></li>' for k, v in ENTITY_LABELS.items()
    ]
    items += [
        '<li><span class="swatch qty">كمية (quantity)</span></li>',
        '<li><span class="swatch att-source">مصدر (source)</span></li>',
        '<li><span class="swatch att-cue">فعل الإسناد (cue)</span></li>',
        '<li><span class="swatch att-content">المحتوى (content)</span></li>',
    ]
    return '<ul class="legend" id="legend">' + "".join(items) + "</ul>"


def _claims_table(doc: Document) -> str:
    head = (
        '<table id="claims"><thead><tr><th>المصدر (source)</th><th>الرقم (figure)</th>'
        "<th>التقييد (qualifier)</th><th>النوع (kind)</th><th>الإسناد (cue)</th></tr></thead><tbody>"
    )
    if not (doc.has_layer(ATTRIBUTIONS) and doc.has_layer(QUANTITIES)):
        return head + '<tr><td colspan="5" class="empty">no attributions or quantities layer</td></tr></tbody></table>'
    index = {id(q): i for i, q in enumerate(doc.quantities)}
    rows = []
    for claim in doc.claims():
        q = claim.quantity
        target = f"q{index.get(id(q), 0)}"
        rows.append(
            f'<tr class="claim" data-target="{target}" data-start="{q.start}" data-end="{q.end}">'
            f"<td>{html.escape(claim.source or '?')}</td>"
            f'<td><a href="#{target}">{html.escape(q.text)}</a></td>'
            f"<td>{_labelled(QUALIFIER_LABELS, str(getattr(q, 'qualifier', '')))}</td>"
            f"<td>{_labelled(QUANTITY_KIND_LABELS, str(getattr(q, 'kind', '')))}</td>"
            f"<td>{html.escape(claim.cue)}</td></tr>"
        )
    if not rows:
        rows.append('<tr><td colspan="5" class="empty">no claims</td></tr>')
    return head + "".join(rows) + "</tbody></table>"


def _default_title(doc: Document) -> str:
    first = doc.text.strip().split("\n", 1)[0].strip()
    if not first:
        return "arabicnews"
    return first if len(first) <= 80 else first[:79] + "…"


def render(doc: Document, *, title: str | None = None) -> str:
    """A self-contained HTML page showing ``doc`` with its annotations highlighted.

    Entities (coloured by label), quantities (value, bounds and qualifier on hover and in
    ``data-*`` attributes) and attributions (source, cue and content styled apart) are drawn over
    the text, with a legend and a table of :meth:`Document.claims`. Layers the document lacks are
    simply not drawn. ``title`` defaults to the first line of the text.
    """
    page_title = _default_title(doc) if title is None else title
    counts = ", ".join(f"{name}: {len(doc.layer(name))}" for name in doc.layer_names)
    body = highlight(doc.text, _marks(doc))
    return (
        "<!DOCTYPE html>\n"
        '<html dir="rtl" lang="ar">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="arabicnews">\n'
        f"<title>{html.escape(page_title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f'<header><h1>{html.escape(page_title)}</h1><p dir="ltr">{html.escape(counts or "no layers")}</p></header>\n'
        f'<main>\n<article><div id="doc-text">{body}</div></article>\n'
        f"<aside>\n<h2>مفتاح الألوان (legend)</h2>\n{_legend()}\n"
        f"<h2>الادعاءات (claims)</h2>\n{_claims_table(doc)}\n</aside>\n</main>\n"
        f"<script>{_JS}</script>\n</body>\n</html>\n"
    )


def render_inline(doc: Document, *, height: int = 480) -> str:
    """The page of :func:`render` in an ``<iframe srcdoc>``, for a notebook cell.

    The iframe keeps the page's styles and script to itself, so the notebook around it is not restyled.
    """
    page = html.escape(render(doc), quote=True)
    return (
        f'<iframe class="arabicnews" srcdoc="{page}" title="arabicnews" '
        f'style="width: 100%; height: {int(height)}px; border: 1px solid #d9d9de;"></iframe>'
    )


@frozen
class IndexEntry:
    """One row of :func:`render_index`: a document's id, the file name of its page and what it holds."""

    doc_id: str
    href: str
    title: str
    counts: tuple[int | None, ...]
    """Quantities, entities, attributions and claims (None for a layer the document lacks)."""


def index_entry(doc_id: str, href: str, doc: Document) -> IndexEntry:
    """The index row of ``doc``, whose page is the file ``href`` (the Document itself is not kept)."""
    counts: list[int | None] = [len(doc.layer(key)) if doc.has_layer(key) else None for key in _INDEXED]
    counts.append(len(doc.claims()) if doc.has_layer(ATTRIBUTIONS) and doc.has_layer(QUANTITIES) else None)
    return IndexEntry(doc_id, href, _default_title(doc), tuple(counts))


_INDEXED = (QUANTITIES, ENTITIES, ATTRIBUTIONS)


def render_index(entries: Iterable[IndexEntry], *, title: str = "arabicnews") -> str:
    """An HTML page listing documents, each linking to its own page (see :func:`index_entry`)."""
    rows = []
    for e in entries:
        rows.append(
            f'<tr><td dir="ltr"><a href="{html.escape(e.href, quote=True)}">{html.escape(e.doc_id)}</a></td>'
            f"<td>{html.escape(e.title)}</td>"
            + "".join(f'<td class="num">{"–" if c is None else c}</td>' for c in e.counts)
            + "</tr>"
        )
    body = "".join(rows) or '<tr><td colspan="6" class="empty">no documents</td></tr>'
    return (
        "<!DOCTYPE html>\n"
        '<html dir="rtl" lang="ar">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="arabicnews">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{html.escape(title)}</h1><p>{len(rows)} documents</p></header>\n"
        '<main style="display: block;">\n<table id="documents"><thead><tr><th>المعرّف (id)</th>'
        "<th>السطر الأول (first line)</th><th>الكميات (quantities)</th><th>الكيانات (entities)</th>"
        "<th>الإسنادات (attributions)</th><th>الادعاءات (claims)</th></tr></thead>"
        f"<tbody>{body}</tbody></table>\n</main>\n</body>\n</html>\n"
    )
