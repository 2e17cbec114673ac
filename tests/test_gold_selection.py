"""The scripts that drew the fresh development sets still draw exactly the documents in the golds.

Each draw excludes the documents of the golds that existed before it; a gold added later must not
shift an earlier draw (it did once: a new split made the dev2 and dev3 scripts draw other documents).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _run(script: str, *args: str) -> list[str]:
    out = subprocess.run([sys.executable, str(BENCH / script), *args], capture_output=True, text=True, check=True)
    return out.stdout.splitlines()


def _gold(name: str) -> list[dict[str, object]]:
    return [json.loads(x) for x in (BENCH / name).read_text(encoding="utf-8").splitlines() if x.strip()]


def _where(r: dict[str, object]) -> tuple[object, ...]:
    return (r.get("id"), r.get("file"), r.get("index"), r.get("line"), r.get("sentence"), r.get("sha1"))


@pytest.mark.parametrize(
    ("script", "split"),
    [
        ("quantity_gold_select_dev2.py", "dev2"),
        ("quantity_gold_select_dev3.py", "dev3"),
        ("quantity_gold_select_dev4.py", "dev4"),
        ("quantity_gold_select_dev5.py", "dev5"),
    ],
)
def test_quantity_dev_draws_reproduce_the_gold(data_dir: Path, script: str, split: str) -> None:
    drawn = sorted(_where(json.loads(x)) for x in _run(script, str(data_dir)))
    gold = sorted(_where(r) for r in _gold("quantity_gold.jsonl") if r["split"] == split)
    assert drawn == gold


def test_attribution_dev3_draw_reproduces_the_gold(data_dir: Path) -> None:
    drawn = {
        (x.split("\t")[0], int(x.split("\t")[1])) for x in _run("attribution_gold4_select.py", "--data", str(data_dir))
    }
    gold = {
        (str(r["file"]), int(str(r["index"]))) for r in _gold("attribution_gold4.jsonl") if not r.get("negatives_only")
    }
    assert drawn == gold


def test_attribution_dev4_draw_reproduces_the_gold(data_dir: Path) -> None:
    drawn = [
        (x.split("\t")[0], int(x.split("\t")[1])) for x in _run("attribution_gold5_select.py", "--data", str(data_dir))
    ]
    gold = [(str(r["file"]), int(str(r["index"]))) for r in _gold("attribution_gold5.jsonl")]
    assert drawn == gold  # every drawn article annotated, in the drawn order


def test_attribution_dev5_draw_reproduces_the_gold(data_dir: Path) -> None:
    drawn = [
        (x.split("\t")[0], int(x.split("\t")[1])) for x in _run("attribution_gold6_select.py", "--data", str(data_dir))
    ]
    gold = [(str(r["file"]), int(str(r["index"]))) for r in _gold("attribution_gold6.jsonl")]
    assert drawn == gold  # every drawn article annotated, in the drawn order


def test_attribution_dev6_draw_reproduces_the_gold(data_dir: Path) -> None:
    drawn = [
        (x.split("\t")[0], int(x.split("\t")[1])) for x in _run("attribution_gold7_select.py", "--data", str(data_dir))
    ]
    gold = [(str(r["file"]), int(str(r["index"]))) for r in _gold("attribution_gold7.jsonl")]
    assert drawn == gold  # every drawn article annotated, in the drawn order
