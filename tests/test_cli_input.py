"""Input the command line cannot read: every problem names its file (and line), and good input survives it."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from conftest import PACKAGE_ROOT

from arabicnews.surfaces.cli.main import main

ARABIC = "قال الوزير إن ثلاثة أشخاص وصلوا إلى المدينة."
GOOD = 20  # more than one batch (16), so that a lost batch would show


def _archive(tmp_path: Path, bad_name: str, encoding: str = "cp1256") -> Path:
    root = tmp_path / "archive"
    root.mkdir()
    for n in range(GOOD):
        (root / f"good{n:02}.txt").write_text(f"وصل {n} شخصا.", encoding="utf-8")
    (root / bad_name).write_bytes(ARABIC.encode(encoding))
    return root


def _ids(out: str) -> list[object]:
    return [json.loads(line)["id"] for line in out.splitlines()]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_legacy_file_stops_the_run_after_the_good_files_before_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    root = _archive(tmp_path, "zz_legacy.txt")
    assert main(["analyze", "-j", jobs, str(root)]) == 1
    captured = capsys.readouterr()
    assert len(_ids(captured.out)) == GOOD  # every file before the bad one is written
    err = captured.err.strip()
    assert err.count("\n") == 0 and err.startswith("arabicnews: error:")
    assert str(root / "zz_legacy.txt") in err and "not valid utf-8" in err and "byte 0x" in err
    assert "--encoding" in err and "--skip-errors" in err and f"{GOOD} documents written before it" in err


def test_a_latin1_file_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "latin1.txt"
    src.write_bytes("café\nnaïve".encode("latin-1"))
    assert main(["analyze", str(src)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"arabicnews: error: {src}: not valid utf-8 (byte 0xe9 on line 1)")


def test_skip_errors_covers_a_file_that_does_not_decode_and_sums_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _archive(tmp_path, "aa_legacy.txt")  # sorted first: it used to cost every record
    assert main(["analyze", "--skip-errors", str(root)]) == 0
    captured = capsys.readouterr()
    assert _ids(captured.out) == [f"good{n:02}.txt" for n in range(GOOD)]
    lines = captured.err.splitlines()
    assert lines[0].startswith(f"arabicnews: skipped {root / 'aa_legacy.txt'}: not valid utf-8")
    assert lines[-1] == (
        f"arabicnews: {GOOD} documents written; skipped 1 input(s) that could not be read "
        "and 0 document(s) whose analysis failed"
    )


@pytest.mark.parametrize("encoding", ["cp1256", "iso-8859-6", "utf-16"])
def test_encoding_option_reads_a_legacy_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str) -> None:
    src = tmp_path / "legacy.txt"
    src.write_bytes(ARABIC.replace("ثلاثة", "3").encode(encoding))
    assert main(["analyze", "--encoding", encoding, str(src)]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == ARABIC.replace("ثلاثة", "3")


def test_unknown_encoding_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARABIC, encoding="utf-8")
    assert main(["analyze", "--encoding", "arabic-please", str(src)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown encoding 'arabic-please'" in err


def test_encoding_auto_detects_each_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("charset_normalizer")
    root = _archive(tmp_path, "legacy.txt")
    assert main(["analyze", "--encoding", "auto", str(root)]) == 0
    records = {r["id"]: r["text"] for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert records["legacy.txt"] == ARABIC
    assert records["good03.txt"] == "وصل 3 شخصا."


def test_encoding_auto_without_charset_normalizer_names_the_install(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = importlib.import_module

    def no_charset_normalizer(name: str, package: str | None = None) -> ModuleType:
        if name == "charset_normalizer":
            raise ImportError(name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", no_charset_normalizer)
    src = tmp_path / "a.txt"
    src.write_text(ARABIC, encoding="utf-8")
    assert main(["analyze", "--encoding", "auto", str(src)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install charset-normalizer" in err and "[encodings]" in err


BAD_JSONL = '{"id": "a", "text": "نص"}\n{"id": "b", "text": \n{"id": "c", "text": "نص آخر"}\n'


def test_a_malformed_record_stops_after_the_records_before_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(BAD_JSONL, encoding="utf-8")
    assert main(["analyze", "--jsonl", str(src)]) == 1
    captured = capsys.readouterr()
    assert _ids(captured.out) == ["a"]
    assert captured.err.startswith(f"arabicnews: error: {src} line 2: not valid JSON")


def test_skip_errors_covers_a_malformed_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(BAD_JSONL + '{"id": "d", "body": "x"}\n', encoding="utf-8")
    assert main(["analyze", "--jsonl", "--skip-errors", str(src)]) == 0
    captured = capsys.readouterr()
    assert _ids(captured.out) == ["a", "c"]
    err = captured.err.splitlines()
    assert err[0].startswith(f"arabicnews: skipped {src} line 2: not valid JSON")
    assert err[1].startswith(f"arabicnews: skipped {src} line 4: the record has no 'text' text field")
    assert "skipped 2 input(s)" in err[-1]


def test_a_line_that_does_not_decode_is_named_by_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "lines.txt"
    src.write_bytes("سطر أول\n".encode() + ARABIC.encode("cp1256") + "\nسطر ثالث\n".encode())
    assert main(["analyze", "--lines", "--skip-errors", str(src)]) == 0
    captured = capsys.readouterr()
    assert _ids(captured.out) == [1, 3]
    assert captured.err.startswith(f"arabicnews: skipped {src} line 2: not valid utf-8 (byte 0x")


def test_a_single_unreadable_file_with_skip_errors_writes_nothing_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "legacy.txt"
    src.write_bytes(ARABIC.encode("cp1256"))
    assert main(["analyze", "--skip-errors", str(src)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines()[-1].startswith("arabicnews: 0 documents written; skipped 1 input(s)")


def test_standard_input_in_a_legacy_encoding(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "arabicnews", "analyze", "--encoding", "cp1256", "-"],
        input=ARABIC.encode("cp1256"),
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(PACKAGE_ROOT)},
        cwd=tmp_path,
        check=True,
    )
    assert json.loads(proc.stdout)["text"] == ARABIC


def test_standard_input_that_does_not_decode_is_named(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "arabicnews", "analyze", "-"],
        input=ARABIC.encode("cp1256"),
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(PACKAGE_ROOT)},
        cwd=tmp_path,
    )
    assert proc.returncode == 1
    assert proc.stderr.decode().startswith("arabicnews: error: standard input: not valid utf-8")


@pytest.mark.parametrize("mode", [[], ["--lines"], ["--jsonl"]])
def test_encoding_auto_that_cannot_tell_is_one_line_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mode: list[str]
) -> None:
    pytest.importorskip("charset_normalizer")
    src = tmp_path / "noise.txt"
    src.write_bytes(bytes(range(256)) * 8)
    assert main(["analyze", "--encoding", "auto", *mode, str(src)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{src}: cannot tell its encoding" in err
