"""The convention audit script classes each occurrence by what a (made-up) gold did with it."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.attribution_conventions import count, render

TEXT = "قال التقرير إن الأسعار ارتفعت. وأكد الوزير أن الخطة ناجحة. وذكر البيان أن الطقس حار."


def _span(word: str) -> list[int]:
    i = TEXT.index(word)
    return [i, i + len(word)]


def _gold() -> dict[str, list[dict[str, Any]]]:
    first = TEXT.index("الأسعار")
    rec = {
        "file": "x.json",
        "index": 0,
        "attributions": [
            {
                "kind": "indirect",
                "cue": _span("قال"),
                "sources": [_span("التقرير")],
                "content": [first, TEXT.index(".")],
            },
            {"kind": "indirect", "cue": _span("وأكد"), "sources": [], "content": _span("الخطة ناجحة")},
        ],
        "negatives": [[TEXT.index("وذكر"), len(TEXT)]],
    }
    return {"devX": [rec]}


def test_counts_report_subject_and_speaker() -> None:
    table = count(_gold(), lambda r: TEXT)
    assert table["report_subject"]["devX"] == Counter({"source": 1, "negative": 1})
    assert table["pronoun_speaker"]["devX"] == Counter({"no_speaker": 1})
    assert table["complementiser"]["devX"] == Counter({"comp_out_bare": 2})
    assert "| report_subject | source | 1 | 1 |" in render(table)
