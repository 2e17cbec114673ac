"""Install metadata that keeps building, and install instructions that work from the repository alone."""

from __future__ import annotations

import re
import tomllib

from conftest import PACKAGE_ROOT, ROOT

with open(ROOT / "pyproject.toml", "rb") as f:
    PYPROJECT = tomllib.load(f)


def test_license_is_an_spdx_expression() -> None:
    # the table form ({ text = "MIT" }) is deprecated by setuptools, unsupported after 2027-02-18
    assert PYPROJECT["project"]["license"] == "MIT"


def test_every_build_requirement_has_an_upper_bound() -> None:
    requires = PYPROJECT["build-system"]["requires"]
    assert requires and all("<" in requirement for requirement in requires), requires


def test_setuptools_lower_bound_reads_spdx_licenses() -> None:
    (setuptools,) = [r for r in PYPROJECT["build-system"]["requires"] if r.startswith("setuptools")]
    low = re.search(r">=\s*([0-9]+)", setuptools)
    assert low is not None and int(low.group(1)) >= 77  # PEP 639 license expressions came in 77.0


def test_the_package_ships_its_types() -> None:
    assert (PACKAGE_ROOT / "arabicnews" / "py.typed").is_file()
    assert "py.typed" in PYPROJECT["tool"]["setuptools"]["package-data"]["arabicnews"]


def test_readme_installs_from_the_checkout_not_from_pypi() -> None:
    # arabicnews is not on PyPI: ``pip install 'arabicnews[stanza]'`` fails for a reader with the repository
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install -e" in readme
    for page in [
        ROOT / "README.md",
        *sorted((ROOT / "docs").glob("*.md")),
        *sorted((ROOT / "docs" / "history").glob("*.md")),
    ]:
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"pip install ['\"]?arabicnews\b", text), page.name
