"""The reserved dev6 attribution set (issue 14, session 13): fresh, large enough, whole words.

dev6 (``benchmarks/attribution_gold7.jsonl``) is scored once on main when annotated and then only by
the lead at the end of the session; these tests check the file, never the stage's output on it.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import regex

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
# Tests a gold file of benchmarks/ of the checkout, not the installed package:
# the wheel stage of .ci/run leaves it out (pyproject.toml's «checkout» marker).
pytestmark = pytest.mark.checkout
DEV6 = BENCH / "attribution_gold7.jsonl"
EARLIER = [BENCH / f"attribution_gold{n}.jsonl" for n in ("", "2", "3", "4", "5", "6")]
# letters a span may leave outside at a word's start: conjunctions, prepositions, the article after them
PROCLITICS = {"و", "ف", "ب", "ل", "ك", "وب", "ول", "فل", "فب", "وك", "فك", "لل", "ولل", "وال", "بال", "وبال", "فال"}
LETTER = regex.compile(r"[\p{L}\p{M}]")


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _reviewed() -> set[tuple[str, int]]:
    out = set()
    for name, first in (("attribution_sample_reviewed.tsv", 0), ("attribution_sample_review2.tsv", 1)):
        for line in (BENCH / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                cols = line.split("\t")
                out.add((cols[first], int(cols[first + 1])))
    return out


def test_the_reserved_dev6_set_is_new_and_large_enough() -> None:
    """No article of an earlier gold file (dev5 included), of the quantity gold or of either reviewed
    precision sample; ≥ 100 attributions, ≥ 20 negative sentences, 30 articles from ≥ 10 outlets, ≤ 3
    per outlet, never 2015-08-11."""
    dev6 = _records(DEV6)
    earlier = {
        (r["file"], r["index"]) for g in [*EARLIER, BENCH / "quantity_gold.jsonl"] for r in _records(g) if "index" in r
    }
    earlier_sha = {r["sha1"] for g in EARLIER for r in _records(g) if "sha1" in r}
    keys = [(r["file"], r["index"]) for r in dev6]
    assert len(keys) == len(set(keys)) and not set(keys) & (earlier | _reviewed())
    assert not {r["sha1"] for r in dev6} & earlier_sha
    assert all(r["split"] == "dev6" and r["file"] != "2015-08-11.json" for r in dev6)
    assert sum(len(r["attributions"]) for r in dev6) >= 100
    assert sum(len(r.get("negatives", ())) for r in dev6) >= 20
    per_outlet = Counter(r["source"] for r in dev6)
    assert len(dev6) == 30 and len(per_outlet) >= 10 and max(per_outlet.values()) <= 3


def _cut_words(text: str, start: int, end: int) -> list[str]:
    """What is wrong with the span's edges: it starts inside a word (past its proclitics) or ends inside one."""
    wrong = []
    i = start
    while i > 0 and LETTER.match(text[i - 1]):
        i -= 1
    if text[i:start] and text[i:start] not in PROCLITICS:
        wrong.append(f"starts inside {text[i : start + 8]!r}")
    if end < len(text) and LETTER.match(text[end]):
        wrong.append(f"ends inside {text[end - 8 : end + 4]!r}")
    if text[start:end] != text[start:end].strip():
        wrong.append("space at an edge")
    return wrong


def test_the_cut_words_check_finds_a_cue_inside_a_word() -> None:
    text = "تحدث عن الانتقال قال الوزير"
    assert _cut_words(text, text.index("قال"), text.index("قال") + 3)  # the «قال» of «الانتقال»
    assert not _cut_words(text, text.rindex("قال"), text.rindex("قال") + 3)
    assert not _cut_words("وقال", 1, 4)  # a conjunction left outside


@pytest.mark.parametrize("field", ["cue", "sources", "content", "speaker"])
def test_every_dev6_span_is_whole_words(field: str, data_dir: Path) -> None:
    """dev5 had a cue «قال» inside «الانتقال»: every dev6 span starts at a word (after its proclitics)
    and ends at a word's end."""
    cache: dict[str, list[dict[str, Any]]] = {}
    wrong = []
    for rec in _records(DEV6):
        if rec["file"] not in cache:
            cache[rec["file"]] = json.loads((data_dir / "saudinewsnet" / rec["file"]).read_text(encoding="utf-8"))
        text = cache[rec["file"]][rec["index"]]["content"]
        for att in rec["attributions"]:
            spans = att.get(field, [])
            for s, e in spans if field == "sources" else [spans] if spans else []:
                wrong += [f"{rec['file']} {rec['index']} {field}: {w}" for w in _cut_words(text, s, e)]
    assert not wrong
