"""``arabicnews analyze --explain LAYER``: the rule decisions on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_rules import NLP

from arabicnews.surfaces.cli.main import main


@pytest.fixture
def numbers_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("arabicnews.surfaces.cli.main.default_pipeline", lambda: NLP)


def test_listing(numbers_pipeline: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("في 2015 قتل 35", encoding="utf-8")
    assert main(["analyze", "--explain", "numbers", "--format", "table", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith(": 2 decisions for numbers")
    assert "four digits are a year\t2015" in out[1]
    assert "any other run of digits is a number\t35" in out[2]


def test_json_lines(numbers_pipeline: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("البند 3", encoding="utf-8")
    assert main(["analyze", "--explain", "numbers", str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["layer"] == "numbers"
    assert record["decisions"] == [
        {
            "layer": "numbers",
            "table": "a run of digits",
            "rule": "a digit alone is no number",
            "verdict": "refused",
            "start": 6,
            "end": 7,
            "text": "3",
        }
    ]


def test_a_layer_without_rules_is_one_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("قال", encoding="utf-8")
    assert main(["analyze", "--explain", "sentences", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("arabicnews: error: no stage of the pipeline decides the 'sentences' layer by rules")
    assert len(err.splitlines()) == 1


def test_html_is_refused(numbers_pipeline: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("قال", encoding="utf-8")
    assert main(["analyze", "--explain", "numbers", "--format", "html", str(path)]) == 1
    assert "--explain writes a listing" in capsys.readouterr().err
