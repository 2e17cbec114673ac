"""benchmarks/stage_pair.py: each stage alone on checkouts alternated (issue 20, session 25)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.checkout


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("stage_pair", ROOT / "benchmarks" / "stage_pair.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["stage_pair"] = module
    spec.loader.exec_module(module)
    return module


def test_one_round_times_the_stages_asked_for_on_the_checkout(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = _script()
    argv = ["--root", str(ROOT), "--stage", "quantities", "--data-dir", str(data_dir)]
    assert script.main([*argv, "--articles", "3", "--rounds", "1", "--best", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("3 articles")
    assert len(lines) == 2 and lines[1].startswith(f"round 1  {ROOT}  quantities ")
    assert "attributions" not in lines[1]
    assert int(lines[1].rsplit(" ", 1)[1].replace(",", "")) > 0


def test_a_root_without_the_package_is_refused(tmp_path: Path, data_dir: Path) -> None:
    script = _script()
    argv = ["--root", str(tmp_path), "--stage", "quantities", "--data-dir", str(data_dir), "--rounds", "1"]
    with pytest.raises(Exception, match="returned non-zero"):
        script.main([*argv, "--articles", "1", "--best", "1"])
