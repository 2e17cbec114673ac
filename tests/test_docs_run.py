"""Every Python block of README.md and docs/*.md runs, and the results it quotes are what it gives.

The blocks of one page run in order in one namespace, as a reader follows the page; the README's
blocks also run each on its own (a reader copies one). A block whose last lines are ``# ...``
comments quotes its result: the ``repr`` of a final expression, or else the printed output (the
comment lines, joined, must appear in it; whitespace is not compared). Markers, on a block's first
line and visible in the page:

- ``# needs: MODULE[, MODULE] - what installs it``: skipped, naming what installs it, without them
  (or when the block stops on a :class:`~arabicnews.ModelNotFoundError`: the model is not downloaded);
- ``# not run: REASON``: never run here (it needs a cluster, a corpus, a path of yours ...).
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
from pathlib import Path
from typing import Any

import pytest
from attrs import frozen

from arabicnews import ModelNotFoundError

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

_FENCE = re.compile(r"^(?P<indent> *)```python[^\n]*\n(?P<body>.*?)^(?P=indent)```", re.MULTILINE | re.DOTALL)


@frozen
class Block:
    page: str
    line: int
    code: str

    @property
    def marker(self) -> tuple[str, str] | None:
        first = self.code.lstrip().split("\n", 1)[0]
        for kind in ("needs", "not run"):
            if first.startswith(f"# {kind}:"):
                return kind, first.split(":", 1)[1].strip()
        return None

    @property
    def quoted(self) -> list[str]:
        """The trailing ``# ...`` comment lines: the result the block quotes (may be empty)."""
        lines = self.code.rstrip().split("\n")
        quoted: list[str] = []
        while lines and lines[-1].startswith("#") and len(lines) > 1:
            quoted.insert(0, lines.pop()[1:].strip())
        return quoted


def blocks(page: Path) -> list[Block]:
    text = page.read_text(encoding="utf-8")
    found = []
    for m in _FENCE.finditer(text):
        indent = len(m.group("indent"))
        body = "\n".join(line[indent:] for line in m.group("body").split("\n"))
        found.append(Block(page.relative_to(ROOT).as_posix(), text.count("\n", 0, m.start()) + 1, body))
    return found


def _skip_reason(block: Block) -> str | None:
    marker = block.marker
    if marker is None:
        return None
    kind, detail = marker
    if kind == "not run":
        return f"{block.page}:{block.line} is marked not run: {detail}"
    modules = [m.strip() for m in detail.split(" - ")[0].split(",")]
    missing = [m for m in modules if importlib.util.find_spec(m.split(".")[0]) is None]
    if missing:
        return f"{block.page}:{block.line} needs {', '.join(missing)} ({detail})"
    return None


def _norm(text: str) -> str:
    return " ".join(text.split())


def run_block(block: Block, namespace: dict[str, Any]) -> None:
    """Run ``block`` in ``namespace`` and check the result it quotes, if any."""
    import ast

    tree = ast.parse(block.code, filename=f"{block.page}:{block.line}")
    last = tree.body[-1] if tree.body else None
    final_expr = isinstance(last, ast.Expr) and not (
        isinstance(last.value, ast.Call) and getattr(last.value.func, "id", None) == "print"
    )
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        if final_expr:
            assert isinstance(last, ast.Expr)
            exec(compile(ast.Module(tree.body[:-1], []), block.page, "exec"), namespace)
            value = eval(compile(ast.Expression(last.value), block.page, "eval"), namespace)
        else:
            exec(compile(tree, block.page, "exec"), namespace)
    quoted = block.quoted
    if not quoted:
        return
    where = f"{block.page}:{block.line}"
    if final_expr:
        assert _norm(repr(value)) == _norm(" ".join(quoted)), f"{where} quotes a result it does not give"
    else:
        assert _norm(" ".join(quoted)) in _norm(out.getvalue()), (
            f"{where} quotes output it does not print; it printed:\n{out.getvalue()}"
        )


# A page whose blocks start a Dask cluster takes seconds: it runs with the slow tests (-m slow).
_SLOW_PAGES = {"performance.md"}


@pytest.mark.parametrize(
    "page",
    [pytest.param(p, marks=pytest.mark.slow) if p.name in _SLOW_PAGES else p for p in PAGES],
    ids=lambda p: p.relative_to(ROOT).as_posix(),
)
def test_page_blocks_run_in_order(page: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # a block that writes a file writes it here
    monkeypatch.syspath_prepend(str(ROOT))
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    skipped: list[str] = []
    for block in blocks(page):
        reason = _skip_reason(block)
        if reason is not None:
            skipped.append(reason)
            continue
        try:
            run_block(block, namespace)
        except ModelNotFoundError as exc:
            if block.marker is None:
                raise
            skipped.append(f"{block.page}:{block.line} needs a model ({block.marker[1]}): {exc}")
    if skipped:
        pytest.skip("; ".join(skipped))


@pytest.mark.parametrize("block", blocks(ROOT / "README.md"), ids=lambda b: f"README.md:{b.line}")
def test_readme_blocks_run_alone(block: Block) -> None:
    reason = _skip_reason(block)
    if reason is not None:
        pytest.skip(reason)
    run_block(block, {"__name__": "__docs__"})


def test_the_extractor_finds_the_blocks() -> None:
    found = {p.name: len(blocks(p)) for p in PAGES}
    assert found["README.md"] >= 3
    assert found["data-model.md"] >= 7
    assert sum(found.values()) >= 30


def test_a_stale_quoted_result_fails() -> None:
    with pytest.raises(AssertionError, match="quotes a result"):
        run_block(Block("x.md", 1, "1 + 1\n# 3\n"), {})
    with pytest.raises(AssertionError, match="quotes output"):
        run_block(Block("x.md", 1, "print('a')\n# b\n"), {})
    run_block(Block("x.md", 1, "print('a b')\nprint('c')\n# a b\n# c\n"), {})


def test_no_page_calls_render_through_the_old_module_path() -> None:
    # ``arabicnews.render`` is the function (the package binds it over the old module's name), so
    # ``arabicnews.render.render(doc)`` raises AttributeError; the pages call ``arabicnews.render(doc)``
    # or ``arabicnews.surfaces.render.render(doc)``.
    for page in PAGES:
        assert "arabicnews.render.render" not in page.read_text(encoding="utf-8"), page.name
    import arabicnews

    assert callable(arabicnews.render) and not hasattr(arabicnews.render, "render")
