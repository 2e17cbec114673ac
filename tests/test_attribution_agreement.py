"""The agreement script scores one annotation against another with attribution_eval's counts."""

from __future__ import annotations

import copy
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.attribution_agreement import disagreements, summary

# Tests benchmarks/attribution_agreement.py of the checkout, not the installed package:
# the wheel stage of .ci/run leaves it out (pyproject.toml's «checkout» marker).
pytestmark = pytest.mark.checkout

TEXT = "قال الوزير إن الخطة ناجحة. وأكد المدير العام أن المشروع تأخر. وذكر البيان أن الطقس حار."


def _span(words: str) -> list[int]:
    i = TEXT.index(words)
    return [i, i + len(words)]


def _annotation() -> list[dict[str, Any]]:
    return [
        {
            "file": "x.json",
            "index": 0,
            "sha1": hashlib.sha1(TEXT.encode()).hexdigest(),
            "attributions": [
                {
                    "kind": "indirect",
                    "cue": _span("قال"),
                    "sources": [_span("الوزير")],
                    "content": _span("الخطة ناجحة"),
                },
                {
                    "kind": "indirect",
                    "cue": _span("أكد"),
                    "sources": [_span("المدير العام")],
                    "content": _span("المشروع تأخر"),
                },
            ],
            "negatives": [[TEXT.index("وذكر"), len(TEXT)]],
        }
    ]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / "saudinewsnet").mkdir()
    (tmp_path / "saudinewsnet" / "x.json").write_text(json.dumps([{"content": TEXT}]), encoding="utf-8")
    return tmp_path


def test_identical_annotations_agree_fully(data: Path) -> None:
    a = _annotation()
    ba, ab, figs = summary(a, copy.deepcopy(a), data)
    assert all(v == 100.0 for k, v in figs.items() if k != "negatives same span")
    assert figs["negatives same span"] == 1
    assert ba.matched == ab.matched == 2 and ba.negatives_hit == 0
    assert disagreements(a, copy.deepcopy(a), data) == {}


def test_a_shorter_source_and_a_dropped_attribution_give_the_known_figures(data: Path) -> None:
    a = _annotation()
    b = copy.deepcopy(a)
    b[0]["attributions"][1]["sources"] = [_span("المدير")]  # B cuts the role: one of two sources differs
    ba, ab, figs = summary(a, b, data)
    assert figs["cue exact"] == 100.0 and figs["content exact"] == 100.0
    assert figs["source exact"] == 50.0  # 1 of 2 exact in both directions
    assert 0 < figs["source token"] < 100
    assert disagreements(a, b, data) == {
        "source: B inside A (A longer)": ["x.json:0 أكد: A ['المدير العام'] B ['المدير']"]
    }
    del b[0]["attributions"][0]  # B leaves out the first attribution: cue P 100, R 50
    ba, ab, figs = summary(a, b, data)
    assert round(figs["cue exact"], 1) == 66.7
    assert (ba.cue.n_gold, ba.cue.n_pred, ab.cue.n_gold, ab.cue.n_pred) == (2, 1, 1, 2)
    assert disagreements(a, b, data)["only A"] == ["x.json:0 قال | ['الوزير'] | الخطة ناجحة"]


def test_a_cue_inside_the_other_sides_negative_sentence_counts_as_a_hit(data: Path) -> None:
    a = _annotation()
    b = copy.deepcopy(a)
    b[0]["negatives"] = []
    b[0]["attributions"].append(
        {"kind": "indirect", "cue": _span("ذكر"), "sources": [_span("البيان")], "content": _span("الطقس حار")}
    )
    ba, ab, figs = summary(a, b, data)
    assert ba.negatives_hit == 1 and ab.negatives_hit == 0 and figs["negatives same span"] == 0
    found = disagreements(a, b, data)
    assert found["only B"] == ["x.json:0 ذكر | ['البيان'] | الطقس حار"] and len(found["negative only A"]) == 1


def test_different_texts_are_refused(data: Path) -> None:
    a = _annotation()
    b = copy.deepcopy(a)
    b[0]["sha1"] = "0" * 40
    with pytest.raises(SystemExit, match="different texts"):
        summary(a, b, data)
