"""A test that skips for want of a package says which extra installs it (``python -m pytest -ra`` prints it)."""

from __future__ import annotations

import pytest
from conftest import EXTRAS, _name_the_extra


@pytest.mark.parametrize(
    ("module", "extra"),
    [
        ("stanza", "stanza"),
        ("torch", "stanza"),
        ("transformers", "transformers"),
        ("spacy", "spacy"),
        ("pandas", "pandas"),
        ("dask", "dask"),
        ("charset_normalizer", "encodings"),
        ("wordfreq", "train"),
        ("jsonschema", "dev"),
    ],
)
def test_each_optional_package_maps_to_its_extra(module: str, extra: str) -> None:
    assert EXTRAS[module] == extra


def test_an_importorskip_reason_gains_the_install_command() -> None:
    report = pytest.TestReport(
        "tests/test_x.py::t",
        ("tests/test_x.py", 3, "t"),
        {},
        "skipped",
        ("tests/test_x.py", 3, "Skipped: could not import 'dask.bag': No module named 'dask'"),
        "call",
    )
    _name_the_extra(report)
    assert isinstance(report.longrepr, tuple)
    assert report.longrepr[2] == (
        "Skipped: needs the [dask] extra: pip install -e '.[dask]' "
        "(could not import 'dask.bag': No module named 'dask')"
    )


def test_other_skip_reasons_are_left_alone() -> None:
    reason = "Skipped: chromium is not installed (apt-get install -y chromium)"
    report = pytest.TestReport("t", ("t.py", 1, "t"), {}, "skipped", ("t.py", 1, reason), "call")
    _name_the_extra(report)
    assert isinstance(report.longrepr, tuple) and report.longrepr[2] == reason
