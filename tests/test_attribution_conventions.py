"""The convention audit script classes each occurrence by what a (made-up) gold did with it."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.attribution_conventions import count, render

# Tests benchmarks/attribution_conventions.py of the checkout, not the installed package:
# the wheel stage of .ci/run leaves it out (pyproject.toml's «checkout» marker).
pytestmark = pytest.mark.checkout

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


QUOTED = 'وتساءل المواطن: هل يعلم المقاول؟ وقال المدير إن "الطريق سيفتح". وأشار إلى "الجهد الكبير" في العمل".'


def _at(word: str, start: int = 0) -> int:
    return QUOTED.index(word, start)


def test_counts_end_marks_and_whole_quotes() -> None:
    # attr19b: a final «؟» outside an unquoted content; a whole quote after «أن» direct, marks out;
    # a mixed content that ends before its quote's closing mark
    q = _at("هل")
    road = _at("الطريق")
    effort = _at("الجهد")
    last = QUOTED.rindex('"')
    rec = {
        "file": "x.json",
        "index": 0,
        "attributions": [
            {"kind": "direct", "cue": [_at("تساءل"), _at("تساءل") + 5], "sources": [], "content": [q, _at("؟")]},
            {"kind": "direct", "cue": [_at("قال"), _at("قال") + 3], "sources": [], "content": [road, _at('"', road)]},
            {"kind": "mixed", "cue": [_at("أشار"), _at("أشار") + 4], "sources": [], "content": [effort, last]},
        ],
    }
    table = count({"devX": [rec]}, lambda r: QUOTED)
    assert table["end_marks"]["devX"] == Counter({"ask_out (unquoted)": 1, "mixed_close_out": 1})
    assert table["whole_quote"]["devX"] == Counter({"marks_out (direct, after أن)": 1})
