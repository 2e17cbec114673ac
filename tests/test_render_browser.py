"""The HTML view in a real headless browser (Debian's chromium, driven from its command line).

Skipped when no chromium is installed (``apt-get install -y chromium``; ``ARABICNEWS_CHROMIUM`` names
another binary). The layout of the seed article is guarded by a reference in
``tests/fixtures/render/seed_layout.json`` (page and box sizes from the DOM, and a coarse grid of
the screenshot's brightness), taken from a frozen analysis of the seed
(``tests/fixtures/render/seed_doc.json``) so that improvements to the stages do not move it. After
a deliberate change of the page's look, regenerate them, and the README's ``docs/images/seed.png``,
with::

    ARABICNEWS_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_render_browser.py
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import zlib
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import arabicnews
from arabicnews.core.document import Document
from arabicnews.surfaces.render import render

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "tests" / "fixtures" / "render" / "seed_layout.json"
# The layout guard renders a frozen analysis of the seed, so that better stages do not move it.
FROZEN_DOC = ROOT / "tests" / "fixtures" / "render" / "seed_doc.json"
README_IMAGE = ROOT / "docs" / "images" / "seed.png"
UPDATE = os.environ.get("ARABICNEWS_UPDATE_SNAPSHOTS") == "1"
WINDOW = (1280, 1700)
GRID = 16  # screenshot pixels per grid cell side
# The layout may move a little between font builds; a real change moves boxes by far more.
BOX_TOLERANCE = 24
GRID_MEAN_TOLERANCE = 6.0


def _chromium() -> str:
    for name in (os.environ.get("ARABICNEWS_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and (path := shutil.which(name)):
            return path
    pytest.skip("chromium is not installed (apt-get install -y chromium); set ARABICNEWS_CHROMIUM to use another")


# Injected before the page's own script: record uncaught errors.
_CATCH = """<script>window.__errors = [];
window.addEventListener("error", function (e) { window.__errors.push(String(e.message)); });</script>"""

# Injected after it: measure every highlight and write the findings into the DOM for --dump-dom.
_CHECK = """<script>(function () {
  var root = document.getElementById("doc-text");
  var text = root.textContent, chars = Array.from(text), outer = root.getBoundingClientRect();
  function box(el) {
    var r = el.getBoundingClientRect();
    return [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)];
  }
  var items = [];
  root.querySelectorAll("[data-start]").forEach(function (el) {
    var s = +el.dataset.start, e = +el.dataset.end, r = el.getBoundingClientRect();
    items.push({id: el.dataset.id, start: s, end: e, text: el.textContent, slice: chars.slice(s, e).join(""),
      rects: el.getClientRects().length,
      // a space at the end of a line may hang past the edge of the text (white-space: pre-wrap)
      inside: r.left >= outer.left - 16 && r.right <= outer.right + 16 && r.top >= outer.top - 2
        && r.bottom <= outer.bottom + 2, box: box(el)});
  });
  var out = {errors: window.__errors, text: text, items: items, layout: {
    page: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
    text: box(root), aside: box(document.querySelector("aside")), claims: box(document.getElementById("claims")),
    legend: box(document.getElementById("legend"))}};
  var pre = document.createElement("pre");
  pre.id = "check-result";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();</script>"""


def _run(args: list[str], tmp: Path, window: tuple[int, int] = WINDOW) -> subprocess.CompletedProcess[str]:
    cmd = [
        _chromium(),
        "--headless",
        "--no-sandbox",  # root in containers and CI
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--no-first-run",
        "--disable-extensions",
        "--enable-logging=stderr",
        "--v=0",
        f"--user-data-dir={tmp / 'profile'}",
        f"--window-size={window[0]},{window[1]}",
        *args,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def _console(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


class _Result(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.inside = False
        self.data: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.inside = self.inside or dict(attrs).get("id") == "check-result"

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self.inside = False

    def handle_data(self, data: str) -> None:
        if self.inside:
            self.data.append(data)


@pytest.fixture(scope="module")
def seed_doc(seed_text: str) -> Document:
    return arabicnews.analyze(seed_text)


@pytest.fixture(scope="module")
def browser_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _chromium()
    return tmp_path_factory.mktemp("chromium")


@pytest.fixture(scope="module")
def frozen_doc(seed_doc: Document) -> Document:
    if UPDATE or not FROZEN_DOC.is_file():
        FROZEN_DOC.parent.mkdir(parents=True, exist_ok=True)
        FROZEN_DOC.write_text(json.dumps(seed_doc.to_dict(), ensure_ascii=False) + "\n", encoding="utf-8")
    return Document.from_dict(json.loads(FROZEN_DOC.read_text(encoding="utf-8")))


def _check(doc: Document, browser_dir: Path, name: str) -> tuple[dict[str, Any], list[str]]:
    page = render(doc).replace("<style>", _CATCH + "<style>", 1).replace("</body>", _CHECK + "</body>", 1)
    path = browser_dir / f"{name}.html"
    path.write_text(page, encoding="utf-8")
    done = _run(["--dump-dom", path.as_uri()], browser_dir)
    assert done.returncode == 0, done.stderr[-2000:]
    parser = _Result()
    parser.feed(done.stdout)
    assert parser.data, f"the check script did not run; stderr: {done.stderr[-2000:]}"
    return json.loads("".join(parser.data)), _console(done.stderr)


@pytest.fixture(scope="module")
def checked(seed_doc: Document, browser_dir: Path) -> tuple[dict[str, Any], list[str]]:
    """The in-page measurements of the seed page, and the console lines chromium logged."""
    return _check(seed_doc, browser_dir, "checked")


def _screenshot(
    doc: Document, browser_dir: Path, scale: float, name: str, window: tuple[int, int] = WINDOW
) -> tuple[bytes, list[str]]:
    path = browser_dir / f"{name}.html"
    path.write_text(render(doc), encoding="utf-8")
    shot = browser_dir / f"{name}-{scale}.png"
    done = _run([f"--force-device-scale-factor={scale}", f"--screenshot={shot}", path.as_uri()], browser_dir, window)
    assert done.returncode == 0 and shot.is_file(), done.stderr[-2000:]
    return shot.read_bytes(), _console(done.stderr)


@pytest.fixture(scope="module")
def screenshot(seed_doc: Document, browser_dir: Path) -> tuple[bytes, list[str]]:
    """A half-scale screenshot of the unmodified seed page (small enough to decode in Python), and
    the console lines chromium logged."""
    return _screenshot(seed_doc, browser_dir, 0.5, "seed")


@pytest.fixture(scope="module")
def frozen_screenshot(frozen_doc: Document, browser_dir: Path) -> tuple[bytes, list[str]]:
    return _screenshot(frozen_doc, browser_dir, 0.5, "frozen")


def test_seed_page_loads_without_console_errors(
    checked: tuple[dict[str, Any], list[str]], screenshot: tuple[bytes, list[str]]
) -> None:
    result, console = checked
    assert result["errors"] == []
    assert console == []
    assert screenshot[1] == []


def test_browser_sees_the_text_unchanged(seed_doc: Document, checked: tuple[dict[str, Any], list[str]]) -> None:
    assert checked[0]["text"] == seed_doc.text


def test_highlights_are_where_the_offsets_say(seed_doc: Document, checked: tuple[dict[str, Any], list[str]]) -> None:
    items = checked[0]["items"]
    n = len(seed_doc.entities) + len(seed_doc.quantities) + len(seed_doc.attributions)
    assert len(items) >= n
    for item in items:
        assert item["text"] == item["slice"] == seed_doc.text[item["start"] : item["end"]], item
        assert item["rects"] > 0, item  # laid out, not hidden
        assert item["inside"], item
    for i, q in enumerate(seed_doc.quantities):
        assert "".join(x["text"] for x in items if x["id"] == f"q{i}") == q.text


# -- the layout guard ----------------------------------------------------------------------------


def _png_rows(data: bytes) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit, non-interlaced RGB or RGBA PNG (what chromium writes) into rows of pixels."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, bytearray(), b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and color in (2, 6) and interlace == 0, (depth, color, interlace)
    bpp = 3 if color == 2 else 4
    raw = zlib.decompress(bytes(idat))
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev, strict=True))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = prev[i], prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line[0::bpp]))  # the red channel stands in for brightness
        prev = line
    return width, height, rows


def _grid(data: bytes) -> tuple[tuple[int, int], list[list[int]]]:
    """The screenshot's size and the mean brightness of each GRID x GRID cell."""
    width, height, rows = _png_rows(data)
    grid = []
    for y0 in range(0, height - GRID + 1, GRID):
        block = rows[y0 : y0 + GRID]
        grid.append(
            [sum(sum(r[x0 : x0 + GRID]) for r in block) // (GRID * GRID) for x0 in range(0, width - GRID + 1, GRID)]
        )
    return (width, height), grid


def _cells(a: list[list[int]], b: list[list[int]]) -> Iterator[int]:
    for ra, rb in zip(a, b, strict=True):
        for x, y in zip(ra, rb, strict=True):
            yield abs(x - y)


def test_seed_layout_matches_the_reference(
    seed_doc: Document, frozen_doc: Document, browser_dir: Path, frozen_screenshot: tuple[bytes, list[str]]
) -> None:
    layout = _check(frozen_doc, browser_dir, "frozen")[0]["layout"]
    size, grid = _grid(frozen_screenshot[0])
    if UPDATE or not REFERENCE.is_file():
        REFERENCE.parent.mkdir(parents=True, exist_ok=True)
        REFERENCE.write_text(json.dumps({"window": WINDOW, "size": size, "layout": layout, "grid": grid}) + "\n")
        README_IMAGE.parent.mkdir(parents=True, exist_ok=True)
        whole_page = (WINDOW[0], int(layout["page"][1]))  # the README shows the page to its end
        README_IMAGE.write_bytes(_screenshot(frozen_doc, browser_dir, 1, "readme", whole_page)[0])
        if not UPDATE:
            pytest.skip(f"wrote the missing reference {REFERENCE.relative_to(ROOT)}")
    ref = json.loads(REFERENCE.read_text())
    assert list(size) == ref["size"]
    for name, box in ref["layout"].items():
        got = layout[name]
        assert all(abs(a - b) <= BOX_TOLERANCE for a, b in zip(got, box, strict=True)), (name, got, box)
    diffs = list(_cells(grid, ref["grid"]))
    assert sum(diffs) / len(diffs) <= GRID_MEAN_TOLERANCE, "the screenshot differs from the reference"
