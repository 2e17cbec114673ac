"""No new near copy between a held-out, test or reserved set and another evaluation set.

``benchmarks/gold_overlap.py`` lists every pair of gold documents, one in a held-out, test or
reserved set and the other in a tuning set (or any set, for a reserved one; the two clitic dev sets
against each other), where a third of one's word 6-grams are in the other. The pairs found when the
check was written are listed here with both shares (docs/accuracy.md, «Near copies across the
evaluation sets»); any other pair fails, and so does a gold file the script gives no role.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
# Tests the gold files and benchmarks/gold_overlap.py of the checkout, not the installed package:
# the wheel stage of .ci/run leaves it out (pyproject.toml's «checkout» marker).
pytestmark = pytest.mark.checkout

# (reserved or held-out set, document, other set, document): (% of the first's word 6-grams in the
# other, % of the other's in the first), as `python benchmarks/gold_overlap.py` printed them
KNOWN: dict[tuple[str, str, str, str], tuple[float, float]] = {
    # attribution dev8 (tuning, session 10 round 2; benchmarks/attribution_gold9.jsonl)
    ("attributions heldout", "2015-08-10.json:439", "attributions dev4", "2015-08-10.json:848"): (91.8, 91.2),
    ("quantities test", "saudinewsnet-023", "attributions dev3", "2015-07-31.json:1158"): (59.4, 55.0),
    ("quantities test", "saudinewsnet-088", "attributions dev", "2015-07-22.json:1940"): (57.6, 56.2),
    ("quantities test", "saudinewsnet-089", "attributions dev2", "2015-07-22.json:1578"): (100.0, 100.0),
}


@pytest.fixture(scope="module")
def gold_overlap() -> Iterator[Any]:
    sys.path.insert(0, str(BENCH))
    try:
        import gold_overlap as module

        yield module
    finally:
        sys.path.remove(str(BENCH))


def test_no_new_near_copy_across_the_sets(data_dir: Path, gold_overlap: Any) -> None:
    docs = gold_overlap.load_documents(data_dir)
    present = {d.set.name for d in docs}
    assert {"quantities test", "quantities dev7", "attributions heldout", "clitics dev3"} <= present
    found = {p.key: (round(100 * p.a_in_b, 1), round(100 * p.b_in_a, 1)) for p in gold_overlap.find_pairs(docs)}
    known = {k: v for k, v in KNOWN.items() if k[0] in present and k[2] in present}
    assert found == known


def test_every_gold_file_has_a_role(gold_overlap: Any) -> None:
    named = {name for s in gold_overlap.SETS for name in s.files}
    assert {p.name for p in BENCH.glob("*gold*.jsonl")} <= named


def test_the_measure(gold_overlap: Any) -> None:
    """A third of one text's word 6-grams in another makes a near copy; punctuation does not count."""
    story = " ".join(f"كلمة{n}" for n in range(60))  # 60 words, 55 6-grams
    copy = "الرياض - واس: " + story.replace("كلمة10 ", "كلمة10، ")  # another header, a comma more
    third = " ".join(f"كلمة{n}" for n in range(14)) + " " + " ".join(f"أخرى{n}" for n in range(16))
    assert gold_overlap.shared_share(third, story) == 9 / 25  # 9 of its 25 6-grams: a near copy of «story»
    assert gold_overlap.shared_share(story, third) == 9 / 55  # and not the other way round
    assert gold_overlap.near_copy_pairs({"a": story}, {"a": story, "b": copy, "c": third}) == {("a", "b"): 1.0}
    assert gold_overlap.near_copy_pairs({"c": third}, {"a": story}) == {("c", "a"): 9 / 25}
    assert gold_overlap.near_copies({"c": third, "a": story}, {"a": story}) == {"c"}
    assert gold_overlap.shared_share("خمس كلمات فقط في النص", story) == 0.0


def test_no_reserved_document_among_the_snapshot_texts(data_dir: Path, gold_overlap: Any) -> None:
    """No document of a reserved set is (a near copy of) a text of ``benchmarks/snapshot.py``, by the test of
    ``gold_overlap.py --snapshot``: baseline snapshots, made before a set is in ``SETS``, never show one."""
    from snapshot import texts

    docs = [d for d in gold_overlap.load_documents(data_dir) if d.set.role == "reserved"]
    assert "quantities dev13" not in {d.set.name for d in docs}  # quantity dev13: tuning since session 15
    assert "attributions dev13" not in {d.set.name for d in docs}  # attribution dev13: tuning since session 15
    assert "attributions dev14" not in {d.set.name for d in docs}  # attribution dev14: tuning since session 16
    assert "quantities dev14" not in {d.set.name for d in docs}  # quantity dev14: tuning since session 16
    assert "attributions dev15" not in {d.set.name for d in docs}  # attribution dev15: tuning since session 17
    assert "quantities dev15" not in {d.set.name for d in docs}  # quantity dev15: tuning since session 17
    assert "attributions dev16" not in {d.set.name for d in docs}  # attribution dev16: tuning since session 18
    assert "quantities dev16" not in {d.set.name for d in docs}  # quantity dev16: tuning since session 18
    assert "attributions dev17" not in {d.set.name for d in docs}  # attribution dev17: tuning since session 19
    assert "attributions dev18" not in {d.set.name for d in docs}  # attribution dev18: tuning since session 20
    assert "attributions dev19" not in {d.set.name for d in docs}  # attribution dev19: tuning since session 21
    assert "attributions dev20" not in {d.set.name for d in docs}  # attribution dev20: tuning since session 22
    assert "attributions dev21" not in {d.set.name for d in docs}  # attribution dev21: tuning since session 23
    assert "attributions dev22" not in {d.set.name for d in docs}  # attribution dev22: tuning since session 24
    assert "attributions dev23" not in {d.set.name for d in docs}  # attribution dev23: tuning since session 25
    assert "attributions dev24" in {d.set.name for d in docs}  # and attribution dev24 (session 25)
    assert "quantities dev17" not in {d.set.name for d in docs}  # quantity dev17: tuning since session 20
    assert "quantities dev18" not in {d.set.name for d in docs}  # quantity dev18: tuning since session 22
    assert "quantities dev19" not in {d.set.name for d in docs}  # quantity dev19: tuning since session 24
    assert "quantities dev20" not in {d.set.name for d in docs}  # quantity dev20: tuning since session 26
    assert "quantities dev21" in {d.set.name for d in docs}  # and quantity dev21 (session 26)
    snap = dict(enumerate(texts(data_dir, data_dir.parent / "seeds")))
    assert not gold_overlap.near_copy_pairs({(d.set.name, d.id): d.text for d in docs}, snap)
