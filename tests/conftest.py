"""Shared test fixtures: the seed article and the public corpora beside the project."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Generator
from pathlib import Path

import pytest
from hypothesis import settings

import arabicnews

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT.parent / "shared" / "data"
SEED = ROOT / "seeds" / "000_805b287045dc9b63.txt"
PACKAGE_ROOT = Path(arabicnews.__file__).resolve().parents[1]
"""Where the arabicnews under test is imported from (the checkout, or site-packages for an installed wheel).

Tests that start a fresh interpreter put it on PYTHONPATH, so that the child tests the same package.
"""

# Property tests check outputs, never speed: no per-example time limit (hypothesis' default of 200 ms
# fails a correct example on a loaded machine, as the first call of a lexicon-loading test can take 1.5 s).
settings.register_profile("arabicnews", deadline=None)
settings.load_profile("arabicnews")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def data_dir() -> Path:
    if not DATA_DIR.is_dir():
        pytest.skip(
            f"needs the public corpora (SaudiNewsNet, UD Arabic PUD/PADT, ANERcorp ...) in {DATA_DIR}, "
            "the shared/data directory beside the checkout"
        )
    return DATA_DIR


def _extras() -> dict[str, str]:
    """Import name -> the optional extra of pyproject.toml that installs it (the first one that lists it)."""
    with open(ROOT / "pyproject.toml", "rb") as f:
        optional: dict[str, list[str]] = tomllib.load(f)["project"]["optional-dependencies"]
    found = {"torch": "stanza"}  # stanza's own dependency, which the README installs first (CPU build)
    for extra, requirements in optional.items():
        for requirement in requirements:
            name = re.match(r"[A-Za-z0-9_.-]+", requirement)
            if name:
                found.setdefault(name.group().lower().replace("-", "_"), extra)
    return found


EXTRAS = _extras()
_NOT_IMPORTED = re.compile(r"could not import '([\w.]+)'")


def _name_the_extra(report: pytest.TestReport | pytest.CollectReport) -> None:
    if not (report.skipped and isinstance(report.longrepr, tuple)):
        return
    path, line, reason = report.longrepr
    missing = _NOT_IMPORTED.search(reason)
    extra = EXTRAS.get(missing.group(1).split(".")[0]) if missing else None
    if extra is not None:
        detail = reason.removeprefix("Skipped: ")
        report.longrepr = (path, line, f"Skipped: needs the [{extra}] extra: pip install -e '.[{extra}]' ({detail})")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, None, None]:
    """Say which extra would run a test that skips for want of a package (pytest -ra prints the reason)."""
    outcome = yield
    _name_the_extra(outcome.get_result())  # type: ignore[attr-defined]


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Generator[None, None, None]:
    """The same for a test module that skips as a whole (an importorskip at its top)."""
    outcome = yield
    _name_the_extra(outcome.get_result())  # type: ignore[attr-defined]
