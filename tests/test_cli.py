"""The ``arabicnews`` command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED

from arabicnews import Document
from arabicnews.cli import main


def test_analyze_file_prints_one_json_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(SEED)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1
    doc = Document.from_dict(json.loads(out[0]))
    assert doc.text == SEED.read_text(encoding="utf-8")
    assert len(doc.tokens) > 500
    assert len(doc.sentences) > 10


def test_lines_mode_gives_one_document_per_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.txt"
    src.write_text("قال الوزير.\n\nوصل ٣٥ شخصا.\n", encoding="utf-8")
    assert main(["analyze", "--lines", str(src)]) == 0
    docs = [Document.from_dict(json.loads(line)) for line in capsys.readouterr().out.splitlines()]
    assert [d.text for d in docs] == ["قال الوزير.", "", "وصل ٣٥ شخصا."]
    assert docs[1].tokens == ()
    assert [t.text for t in docs[2].tokens] == ["وصل", "٣٥", "شخصا", "."]


def test_stdin_and_table_format(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("قال الوزير. ثم غادر."))
    assert main(["analyze", "--format", "table", "-"]) == 0
    out = capsys.readouterr().out
    assert out.count("# sentence") == 2
    assert "الوزير" in out


def test_missing_file_is_one_line_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["analyze", str(tmp_path / "nope.txt")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("arabicnews: error:") and err.count("\n") == 1
    assert "Traceback" not in err


def test_bad_encoding_is_one_line_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "latin1.txt"
    src.write_bytes("caf\xe9".encode("latin-1"))
    assert main(["analyze", str(src)]) == 1
    assert capsys.readouterr().err.startswith("arabicnews: error:")


def test_debug_shows_the_exception(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        main(["--debug", "analyze", str(tmp_path / "nope.txt")])


def test_console_script_and_module_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "arabicnews", "analyze", "-"],
        input="بلغ عدد القتلى ١٥ شخصا.",
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    doc = Document.from_dict(json.loads(proc.stdout))
    assert doc.text == "بلغ عدد القتلى ١٥ شخصا."


def test_help_lists_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    assert "analyze" in capsys.readouterr().out
