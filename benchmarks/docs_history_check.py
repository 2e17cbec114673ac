"""Check that restructuring a docs page into the page and docs/history/<topic>.md lost no line.

Every non-blank line of each page as it was at ``--base`` must appear in the page as it is now or in
its history file. Link targets are ignored (``[text](target)`` compares as ``[text]``), since a line
moved into ``docs/history/`` points one directory up, and so is whitespace; a line merged into a
longer one (a guideline paragraph) counts when it appears there whole and has at least 40 characters.

Usage::

    python benchmarks/docs_history_check.py                 # base 08112f2: main before docs13
    python benchmarks/docs_history_check.py --base cbefd2a  # the pages at session 12's end
    python benchmarks/docs_history_check.py --show 20       # print up to 20 missing lines per page
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
PAGES = ("attribution", "quantities", "performance", "entities", "accuracy")
LINK = regex.compile(r"\]\([^)\s]*\)")
SPACE = regex.compile(r"\s+")
MERGED_MIN = 40  # characters; a shorter line must match a whole line


def normalise(line: str) -> str:
    """The line with link targets dropped and whitespace collapsed."""
    return SPACE.sub(" ", LINK.sub("]", line)).strip()


def old_page(base: str, page: str) -> list[str]:
    """The page's lines at commit ``base``."""
    out = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{base}:docs/{page}.md"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return out.split("\n")


def missing(base: str, page: str) -> tuple[int, list[str]]:
    """The number of non-blank old lines and those found in neither the page nor its history."""
    new_lines: set[str] = set()
    for path in (ROOT / "docs" / f"{page}.md", ROOT / "docs" / "history" / f"{page}.md"):
        if path.exists():
            new_lines.update(normalise(x) for x in path.read_text(encoding="utf-8").split("\n"))
    new_text = "\n".join(new_lines)
    old = [normalise(x) for x in old_page(base, page)]
    old = [x for x in old if x]
    # A whole line must be there; only a long one may be found inside a longer (merged) line.
    lost = [x for x in old if x not in new_lines and (len(x) < MERGED_MIN or x not in new_text)]
    return len(old), lost


def main(argv: list[str] | None = None) -> int:
    """Print, per page, how many old lines were checked and how many are missing; 1 if any is."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="08112f2", help="the commit whose pages are checked")
    parser.add_argument("--show", type=int, default=5, help="missing lines to print per page")
    args = parser.parse_args(argv)
    bad = 0
    for page in PAGES:
        n, lost = missing(args.base, page)
        bad += len(lost)
        print(f"docs/{page}.md: {n} non-blank lines at {args.base}, {len(lost)} missing")
        for line in lost[: args.show]:
            print(f"    {line[:160]}")
    print("ok: nothing lost" if not bad else f"FAIL: {bad} lines lost")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
