"""The ``arabicnews`` command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest
from conftest import SEED

from arabicnews import Document
from arabicnews.surfaces.cli.main import main


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


def _records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("قال الوزير.", encoding="utf-8")
    (root / "sub" / "b.txt").write_text("وصل ٣٥ شخصا.", encoding="utf-8")
    (root / "notes.md").write_text("not a text file", encoding="utf-8")
    return root


def test_directory_gives_every_txt_with_its_relative_path(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(corpus)]) == 0
    records = _records(capsys.readouterr().out)
    assert [r["id"] for r in records] == ["a.txt", "sub/b.txt"]
    assert Document.from_dict(records[1]).text == "وصل ٣٥ شخصا."


def test_file_record_carries_the_path_as_id(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(SEED)]) == 0
    assert _records(capsys.readouterr().out)[0]["id"] == str(SEED)


def _jsonl(tmp_path: Path, records: Sequence[Mapping[str, object]]) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


JSONL: list[dict[str, object]] = [
    {"id": "x1", "text": "قال الوزير."},
    {"id": 7, "text": "وصل ٣٥ شخصا."},
    {"body": "بلغ العدد ١٥.", "text": "بدون معرف"},
]


def test_jsonl_reads_text_and_id_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "--jsonl", str(_jsonl(tmp_path, JSONL))]) == 0
    records = _records(capsys.readouterr().out)
    assert [r["id"] for r in records] == ["x1", 7, 3]  # a record without an id gets its line number
    assert [r["text"] for r in records] == ["قال الوزير.", "وصل ٣٥ شخصا.", "بدون معرف"]


def test_jsonl_text_field_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _jsonl(tmp_path, [{"doc": "a", "body": "قال الوزير."}])
    assert main(["analyze", "--jsonl", "--text-field", "body", "--id-field", "doc", str(path)]) == 0
    record = _records(capsys.readouterr().out)[0]
    assert (record["id"], record["text"]) == ("a", "قال الوزير.")


def test_jsonl_missing_text_field_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "--jsonl", "--text-field", "content", str(_jsonl(tmp_path, JSONL))]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "line 1" in err and "'content'" in err and "--text-field" in err


def test_jsonl_bad_json_names_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "نص"}\n{"text": \n', encoding="utf-8")
    assert main(["analyze", "--jsonl", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("arabicnews: error:") and "line 2" in err and "Traceback" not in err


def test_jsonl_from_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"id": "s", "text": "قال الوزير."}\n'))
    assert main(["analyze", "--jsonl", "-"]) == 0
    assert [r["id"] for r in _records(capsys.readouterr().out)] == ["s"]


def test_output_file_and_two_jobs_match_one_job(corpus: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["analyze", str(corpus), "--output", str(one)]) == 0
    assert main(["analyze", str(corpus), "--output", str(two), "--jobs", "2", "--batch-size", "1"]) == 0
    assert _records(one.read_text(encoding="utf-8")) == _records(two.read_text(encoding="utf-8"))
    assert len(one.read_text(encoding="utf-8").splitlines()) == 2


def test_resume_skips_ids_already_written_and_drops_a_cut_line(tmp_path: Path) -> None:
    src = _jsonl(tmp_path, JSONL)
    out = tmp_path / "out.jsonl"
    assert main(["analyze", "--jsonl", str(src), "--output", str(out)]) == 0
    full = out.read_text(encoding="utf-8").splitlines()
    # A run stopped while writing the second record: its line is cut short.
    out.write_text(full[0] + "\n" + full[1][:25], encoding="utf-8")
    assert main(["analyze", "--jsonl", str(src), "--output", str(out), "--resume"]) == 0
    assert out.read_text(encoding="utf-8").splitlines() == full
    # Nothing left to do: a second resume writes nothing more.
    assert main(["analyze", "--jsonl", str(src), "--output", str(out), "--resume"]) == 0
    assert out.read_text(encoding="utf-8").splitlines() == full


def test_resume_does_not_analyse_what_is_done(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _jsonl(tmp_path, JSONL)
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "x1", "note": "written by an earlier run"}\n{"id": 7}\n', encoding="utf-8")
    assert main(["analyze", "--jsonl", str(src), "--output", str(out), "--resume"]) == 0
    records = _records(out.read_text(encoding="utf-8"))
    assert [r["id"] for r in records] == ["x1", 7, 3]
    assert records[0] == {"id": "x1", "note": "written by an earlier run"}


def test_without_resume_the_output_is_replaced(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "old"}\n', encoding="utf-8")
    assert main(["analyze", "--jsonl", str(_jsonl(tmp_path, JSONL[:1])), "--output", str(out)]) == 0
    assert [r["id"] for r in _records(out.read_text(encoding="utf-8"))] == ["x1"]


def test_resume_needs_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "--resume", str(SEED)]) == 1
    assert "--output" in capsys.readouterr().err


def test_no_progress_bar_when_stderr_is_not_a_terminal(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(corpus)]) == 0
    assert capsys.readouterr().err == ""


def test_progress_bar_on_a_terminal() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    from arabicnews.surfaces.cli.main import Progress

    stream = Terminal()
    progress = Progress(stream, total=4, every=0)
    progress.skipped = 1
    progress.advance()
    progress.advance()
    progress.close()
    shown = stream.getvalue()
    assert "\r" in shown and "3/4" in shown and shown.endswith("\n")
    assert "#" in shown


def test_a_failing_document_is_one_line_error_naming_its_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from test_parallel import FRAGILE

    monkeypatch.setattr("arabicnews.surfaces.cli.main.default_pipeline", lambda: FRAGILE)
    src = _jsonl(tmp_path, [{"id": "ok", "text": "نص"}, {"id": "bad", "text": "مدينة رقم 7."}])
    assert main(["analyze", "--jsonl", str(src)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and '"bad"' in err and "seven is not allowed" in err


def test_skip_errors_reports_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from test_parallel import FRAGILE

    monkeypatch.setattr("arabicnews.surfaces.cli.main.default_pipeline", lambda: FRAGILE)
    rows = [{"id": "a", "text": "نص"}, {"id": "bad", "text": "مدينة رقم 7."}, {"id": "c", "text": "نص آخر"}]
    assert main(["analyze", "--jsonl", "--skip-errors", str(_jsonl(tmp_path, rows))]) == 0
    captured = capsys.readouterr()
    assert [r["id"] for r in _records(captured.out)] == ["a", "c"]
    assert 'skipped "bad"' in captured.err


def test_html_format(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import importlib.util

    if importlib.util.find_spec("arabicnews.surfaces.render") is None:
        assert main(["analyze", "--format", "html", str(corpus / "a.txt")]) == 1
        assert "arabicnews.surfaces.render" in capsys.readouterr().err
    else:
        assert main(["analyze", "--format", "html", str(corpus / "a.txt")]) == 0
        assert "الوزير" in capsys.readouterr().out


def test_html_without_the_render_module_is_a_clear_error(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "arabicnews.surfaces.render" else real(name, *a)
    )
    assert main(["analyze", "--format", "html", str(corpus / "a.txt")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--format json" in err
