"""The worked example: the seed article against its reviewed expected output.

The expected output (seeds/000_805b287045dc9b63.expected.json) is a readable summary of every layer
of the default pipeline. When a stage improves, regenerate it deliberately and review the diff:

    ARABICNEWS_UPDATE_SEED=1 python -m pytest tests/test_seed.py
    git diff seeds/
"""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
from conftest import SEED

import arabicnews
from arabicnews import Document

EXPECTED = SEED.with_suffix(".expected.json")


def summary(doc: Document) -> dict[str, Any]:
    """Every layer of ``doc`` in a compact, reviewable form."""
    return {
        "sentences": [s.text for s in doc.sentences],
        "split_words": [
            f"{t.text} = {' + '.join(s.form for s in t.segments)}" for t in doc.tokens if len(t.segments) > 1
        ],
        "quantities": [
            {
                "text": q.text,
                "kind": q.kind,
                "qualifier": q.qualifier,
                "value": str(q.value) if q.value is not None else None,
                "low": str(q.low) if q.low is not None else None,
                "high": str(q.high) if q.high is not None else None,
                "unit": q.unit,
                "date": [q.year, q.month, q.day] if q.kind == "date" else None,
            }
            for q in doc.quantities
        ],
        "entities": [f"{e.label} {e.text} (group {e.group})" for e in doc.entities],
        "attributions": [
            {
                "kind": a.kind,
                "cue": a.cue.text,
                "sources": [s.text for s in a.sources],
                "speaker": a.speaker.name if a.speaker else None,
                "content": a.content.text,
            }
            for a in doc.attributions
        ],
        "claims": [f"{c.quantity.text} ← {c.source}" for c in doc.claims()],
    }


def test_seed_article_matches_reviewed_output() -> None:
    doc = arabicnews.analyze(SEED.read_text(encoding="utf-8"))
    got = summary(doc)
    if os.environ.get("ARABICNEWS_UPDATE_SEED"):
        EXPECTED.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        pytest.skip(f"rewrote {EXPECTED.name}: review the diff before committing")
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    for layer in expected:
        assert got[layer] == expected[layer], f"layer {layer!r} differs from the reviewed output"


def test_seed_round_trips_through_json() -> None:
    doc = arabicnews.analyze(SEED.read_text(encoding="utf-8"))
    again = Document.from_dict(json.loads(json.dumps(doc.to_dict(), ensure_ascii=False)))
    assert again == doc
