"""The scripts that drew the fresh development sets still draw exactly the documents in the golds.

Each draw excludes the documents of the golds that existed before it; a gold added later must not
shift an earlier draw (it did once: a new split made the dev2 and dev3 scripts draw other documents).
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import runpy
import sys
from pathlib import Path
from types import ModuleType

import pytest

from arabicnews.evaluate.quantities import TextReader, load_gold

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
# Tests the select scripts and gold files of benchmarks/ of the checkout, not the installed package:
# the wheel stage of .ci/run leaves it out (pyproject.toml's «checkout» marker).
pytestmark = pytest.mark.checkout


def _run(script: str, *args: str) -> list[str]:
    """What ``python benchmarks/SCRIPT ARGS`` prints, its lines: run as ``__main__`` in this process (not a fresh
    interpreter per script), so that the scripts share the modules they import and the pools those cache
    (``attribution_gold4_select.draw_over``'s); ``sys.argv`` and ``sys.path`` are restored after."""
    out = io.StringIO()
    argv, path = sys.argv, list(sys.path)
    sys.argv = [str(BENCH / script), *args]
    try:
        with contextlib.redirect_stdout(out):
            runpy.run_path(str(BENCH / script), run_name="__main__")
    except SystemExit as stop:
        assert stop.code in (None, 0), f"{script} exited with {stop.code}"
    finally:
        sys.argv, sys.path[:] = argv, path
    return out.getvalue().splitlines()


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


@pytest.mark.parametrize(
    ("script", "gold"),
    [
        ("clitic_gold_select.py", "clitic_gold_dev2.jsonl"),
        ("clitic_gold_select_dev3.py", "clitic_gold_dev3.jsonl"),
        ("clitic_gold_select_dev4.py", "clitic_gold_dev4.jsonl"),
        ("clitic_gold_select_dev5.py", "clitic_gold_dev5.jsonl"),
        ("clitic_gold_select_dev6.py", "clitic_gold_dev6.jsonl"),
    ],
)
def test_clitic_dev_draws_reproduce_the_gold(data_dir: Path, script: str, gold: str) -> None:
    """The clitic dev2 to dev6 draws (issue 19) still pick the excerpts their golds annotate, in order."""
    drawn = [json.loads(x) for x in _run(script, str(data_dir))]
    keys = ("file", "index", "sha1", "end")
    assert [tuple(d[k] for k in keys) for d in drawn] == [tuple(r[k] for k in keys) for r in _gold(gold)]


def _assert_trimmed_slices(data_dir: Path, gold: str) -> None:
    """Every quantity of ``gold`` is a trimmed slice of its document's text (whose SHA-1 the reader checks)."""
    reader = TextReader(data_dir)
    for doc in load_gold(BENCH / gold):
        text = reader.text(doc)  # checks the SHA-1
        assert all(0 <= q.start < q.end <= len(text) for q in doc.quantities)
        assert all(text[q.start : q.end] == text[q.start : q.end].strip() for q in doc.quantities)


def _reviewed_documents() -> set[tuple[str, int]]:
    """The (file, index) of every document of the quantity and attribution precision reviews."""
    reviewed: set[tuple[str, int]] = set()
    for name in ("quantity_sample.tsv", "attribution_sample_reviewed.tsv", "attribution_sample_review2.tsv"):
        rows = (BENCH / name).read_text(encoding="utf-8").splitlines()
        cols = [x.split("\t") for x in rows if x and not x.startswith(("#", "n\t"))]
        at = 0 if name == "attribution_sample_reviewed.tsv" else 1  # that one has no «n» column
        reviewed |= {(c[at], int(c[at + 1])) for c in cols}
    return reviewed


def test_quantity_dev6_draw_reproduces_its_gold(data_dir: Path) -> None:
    """dev6 (reserved, session 9) is in a file of its own; every span is a trimmed slice of its text."""
    drawn = [_where(json.loads(x)) for x in _run("quantity_gold_select_dev6.py", str(data_dir))]
    assert drawn == [_where(r) for r in _gold("quantity_gold_dev6.jsonl")]
    _assert_trimmed_slices(data_dir, "quantity_gold_dev6.jsonl")


def _document(r: dict[str, object]) -> tuple[object, ...]:
    """Where a gold record's document is (older records give no «file» for a WikiNews line or ANERcorp sentence)."""
    if "line" in r:
        return ("line", r["line"])
    if "sentence" in r:
        return ("sentence", r["sentence"])
    return (r["file"], r["index"])


def test_quantity_dev6_is_in_no_other_gold() -> None:
    """No dev6 document is in another gold file of the project, nor in the quantity precision review."""
    dev6 = _gold("quantity_gold_dev6.jsonl")
    assert len(dev6) == 30 and {r["split"] for r in dev6} == {"dev6"}
    others = [
        r for p in sorted(BENCH.glob("*gold*.jsonl")) if p.name != "quantity_gold_dev6.jsonl" for r in _gold(p.name)
    ]
    sample = (BENCH / "quantity_sample.tsv").read_text(encoding="utf-8").splitlines()
    reviewed = {(c[1], int(c[2])) for c in (x.split("\t") for x in sample if x and not x.startswith(("#", "n\t")))}
    assert len(others) > 300 and len(reviewed) > 20
    assert not {_document(r) for r in dev6} & ({_document(r) for r in others} | reviewed)
    assert not {r["sha1"] for r in dev6} & {r.get("sha1") for r in others}


def test_quantity_dev7_draw_reproduces_its_gold(data_dir: Path) -> None:
    """dev7 (reserved, session 10) is in a file of its own; every span is a trimmed slice of its text."""
    drawn = [_where(json.loads(x)) for x in _run("quantity_gold_select_dev7.py", str(data_dir))]
    assert drawn == [_where(r) for r in _gold("quantity_gold_dev7.jsonl")]
    _assert_trimmed_slices(data_dir, "quantity_gold_dev7.jsonl")


def test_quantity_dev7_is_in_no_other_gold() -> None:
    """No dev7 document is in another gold file of the project, nor in the quantity precision review."""
    dev7 = _gold("quantity_gold_dev7.jsonl")
    assert len(dev7) == 30 and {r["split"] for r in dev7} == {"dev7"}
    others = [
        r for p in sorted(BENCH.glob("*gold*.jsonl")) if p.name != "quantity_gold_dev7.jsonl" for r in _gold(p.name)
    ]
    sample = (BENCH / "quantity_sample.tsv").read_text(encoding="utf-8").splitlines()
    reviewed = {(c[1], int(c[2])) for c in (x.split("\t") for x in sample if x and not x.startswith(("#", "n\t")))}
    assert len(others) > 330 and len(reviewed) > 20
    assert not {_document(r) for r in dev7} & ({_document(r) for r in others} | reviewed)
    assert not {r["sha1"] for r in dev7} & {r.get("sha1") for r in others}


def test_quantity_dev8_draw_reproduces_its_gold(data_dir: Path) -> None:
    """dev8 (tuning, session 10) is in a file of its own; every span is a trimmed slice of its text."""
    drawn = [_where(json.loads(x)) for x in _run("quantity_gold_select_dev8.py", str(data_dir))]
    assert drawn == [_where(r) for r in _gold("quantity_gold_dev8.jsonl")]
    _assert_trimmed_slices(data_dir, "quantity_gold_dev8.jsonl")


def test_quantity_dev8_is_in_no_other_gold() -> None:
    """No dev8 document is in another gold file of the project, nor in a precision review."""
    dev8 = _gold("quantity_gold_dev8.jsonl")
    assert len(dev8) == 30 and {r["split"] for r in dev8} == {"dev8"}
    assert all(r.get("file") != "2015-08-11.json" for r in dev8)
    others = [
        r for p in sorted(BENCH.glob("*gold*.jsonl")) if p.name != "quantity_gold_dev8.jsonl" for r in _gold(p.name)
    ]
    reviewed = _reviewed_documents()
    assert len(others) > 400 and len(reviewed) > 100
    assert not {_document(r) for r in dev8} & ({_document(r) for r in others} | reviewed)
    assert not {r["sha1"] for r in dev8} & {r.get("sha1") for r in others}


# session 11: dev9 (reserved; SaudiNewsNet from 2015-08-06 and 2015-08-10 only; 6 of its first draw's
# documents, among benchmarks/snapshot.py's texts, replaced by a second draw) and dev10 (tuning, 30 drawn
# and those 6 moved in)
_SESSION11 = [
    ("quantity_gold_select_dev9.py", "quantity_gold_dev9.jsonl", "dev9"),
    ("quantity_gold_select_dev10.py", "quantity_gold_dev10.jsonl", "dev10"),
]
_SESSION11_SIZE = {"dev9": 30, "dev10": 36}


@pytest.mark.parametrize(("script", "gold", "split"), _SESSION11)
def test_quantity_session11_draw_reproduces_its_gold(data_dir: Path, script: str, gold: str, split: str) -> None:
    """The draw picks the gold's documents, in order; every span is a trimmed slice of its text."""
    drawn = [_where(json.loads(x)) for x in _run(script, str(data_dir))]
    assert drawn == [_where(r) for r in _gold(gold)] and len(drawn) == _SESSION11_SIZE[split]
    assert {r["split"] for r in _gold(gold)} == {split}
    _assert_trimmed_slices(data_dir, gold)


@pytest.mark.parametrize(("script", "gold", "split"), _SESSION11)
def test_quantity_session11_set_is_in_no_other_gold(script: str, gold: str, split: str) -> None:
    """No document of the set is in another gold file, nor in a precision review; none from 2015-08-11."""
    mine = _gold(gold)
    assert all(r.get("file") != "2015-08-11.json" for r in mine)
    if split == "dev9":  # other helpers drew review samples from the other two days at the same time
        assert {str(r["file"]) for r in mine if r["style"] == "saudinewsnet"} <= {"2015-08-06.json", "2015-08-10.json"}
    others = [r for p in sorted(BENCH.glob("*gold*.jsonl")) if p.name != gold for r in _gold(p.name)]
    reviewed = _reviewed_documents()
    assert not {_document(r) for r in mine} & ({_document(r) for r in others} | reviewed)
    assert not {r["sha1"] for r in mine} & {r.get("sha1") for r in others}


_RESERVED_IN_TURN = [f"quantity_gold_dev{n}.jsonl" for n in (9, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21)]


@pytest.mark.parametrize("gold", _RESERVED_IN_TURN)
def test_quantity_reserved_set_is_not_among_the_snapshot_texts(data_dir: Path, gold: str) -> None:
    """No document of a reserved set (dev9 in session 11, dev11 in session 12 and dev13 in session 14, tuning
    since; dev14 from session 15, dev15 from session 16, dev16 from session 17, dev17 from session 18, dev18 from
    session 20, dev19 from session 22, dev20 from session 24, dev21 from session 26) is (a near
    copy of) a text of
    ``benchmarks/snapshot.py`` (gold_overlap's near-copy test), so that a snapshot made without the set in
    gold_overlap's sets never showed its outputs."""
    sys.path.insert(0, str(BENCH))
    try:
        from gold_overlap import near_copies, snapshot_texts
    finally:
        sys.path.remove(str(BENCH))
    reader = TextReader(data_dir)
    mine = {d.id: reader.text(d) for d in load_gold(BENCH / gold)}
    assert not near_copies(mine, dict(enumerate(snapshot_texts(data_dir, data_dir.parent / "seeds"))))


# session 12: dev11 (reserved, tuning since session 14; SaudiNewsNet from 2015-08-06 and 2015-08-10 only, none
# among the snapshot's texts) and dev12 (tuning, the same pool); session 14: dev13 (reserved, tuning since
# session 15, the same pool); session 15: dev14 (reserved, tuning since session 16, the same pool); session 16:
# dev15 (reserved, tuning since session 17, the same pool); session 17: dev16 (reserved, the same pool)
_SESSION12 = [
    ("quantity_gold_select_dev11.py", "quantity_gold_dev11.jsonl", "dev11"),
    ("quantity_gold_select_dev12.py", "quantity_gold_dev12.jsonl", "dev12"),
    ("quantity_gold_select_dev13.py", "quantity_gold_dev13.jsonl", "dev13"),
    ("quantity_gold_select_dev14.py", "quantity_gold_dev14.jsonl", "dev14"),
    ("quantity_gold_select_dev15.py", "quantity_gold_dev15.jsonl", "dev15"),
    ("quantity_gold_select_dev16.py", "quantity_gold_dev16.jsonl", "dev16"),
]


@pytest.mark.parametrize(("script", "gold", "split"), _SESSION12)
def test_quantity_session12_draw_reproduces_its_gold(data_dir: Path, script: str, gold: str, split: str) -> None:
    """The draw picks the gold's 30 documents, in order; every span is a trimmed slice of its text."""
    drawn = [_where(json.loads(x)) for x in _run(script, str(data_dir))]
    assert drawn == [_where(r) for r in _gold(gold)] and len(drawn) == 30
    assert {r["split"] for r in _gold(gold)} == {split}
    _assert_trimmed_slices(data_dir, gold)


@pytest.mark.parametrize(("script", "gold", "split"), _SESSION12)
def test_quantity_session12_set_is_in_no_other_gold(script: str, gold: str, split: str) -> None:
    """No document of the set is in another gold file nor in a review sample; SaudiNewsNet of 08-06/08-10 only."""
    mine = _gold(gold)
    assert {str(r["file"]) for r in mine if r["style"] == "saudinewsnet"} <= {"2015-08-06.json", "2015-08-10.json"}
    second = {"quantity_gold_dev12.jsonl": "quantity_gold_dev12b.jsonl"}  # dev12b annotates dev12's documents again
    others = [
        r for p in sorted(BENCH.glob("*gold*.jsonl")) if p.name not in (gold, second.get(gold)) for r in _gold(p.name)
    ]
    reviewed = _reviewed_documents()
    s11 = ("quantity_sample_s11.tsv", "attribution_sample_contents_s11.tsv", "attribution_sample_sources_s11.tsv")
    later = ("attribution_sample_sources_s11.review2.tsv", "quantity_sample_s12.tsv")
    for name in (*s11, *later):  # the reviews of sessions 11 and 12
        rows = (BENCH / name).read_text(encoding="utf-8").splitlines()
        reviewed |= {(c[1], int(c[2])) for c in (x.split("\t") for x in rows if x and not x.startswith(("#", "n\t")))}
    assert not {_document(r) for r in mine} & ({_document(r) for r in others} | reviewed)
    assert not {r["sha1"] for r in mine} & {r.get("sha1") for r in others}


def test_quantity_dev16_draw_keeps_its_limit_and_no_near_copy_either_way(data_dir: Path) -> None:
    """dev16's two changes to dev15's draw: every SaudiNewsNet article holds at least ``MIN_NUMBERS`` (9) digit
    runs or number-like words, and none holds a third of a left-out article's word 6-grams (the way round
    dev11's ``draw`` does not look at; ``2015-08-06.json:2532``, with 37 % of dev9's ``saudinewsnet-dev9-00``, is
    one such article, left out)."""
    sys.path.insert(0, str(BENCH))
    try:
        import quantity_gold_select_dev16 as dev16
        from quantity_gold_select import NUM
    finally:
        sys.path.remove(str(BENCH))
    reader = TextReader(data_dir)
    texts = [reader.text(d) for d in load_gold(BENCH / "quantity_gold_dev16.jsonl") if d.style == "saudinewsnet"]
    assert len(texts) == 24 and min(len(NUM.findall(t)) for t in texts) >= dev16.MIN_NUMBERS == 9
    copies = dev16.copies_of_left_out(data_dir)
    assert ("2015-08-06.json", 2532, None, None) in copies
    records = _gold("quantity_gold_dev16.jsonl")
    drawn = {(r.get("file"), r.get("index"), r.get("line"), r.get("sentence")) for r in records}
    assert len(drawn) == 30 and not copies & drawn


# dev17 (session 18, reserved in sessions 18-19, tuning since session 20), dev18 (session 20, reserved in sessions
# 20-21, tuning since session 22), dev19 (session 22, reserved in sessions 22-23, tuning since session 24), dev20
# (session 24, reserved in sessions 24-25, tuning since session 26) and dev21 (session 26, reserved): the same draw
# (``draw_lazily`` of quantity_gold_select_dev17.py), other seeds and golds; dev17 and dev18 of 2015-07-22 /
# 2015-07-31 with at least 9 figures, dev19 of 2015-08-06 / 2015-08-10 with at least 7 (9 printed 2 articles, 8
# printed 14), dev20 of the same days with at least 7 (9 printed 1 article, 8 printed 8), dev21 likewise (9 printed
# 1 article, 8 printed 4)
_DAYS17 = ("2015-07-22.json", "2015-07-31.json")
_LAZY_DRAWS = [
    ("quantity_gold_select_dev17.py", "quantity_gold_dev17.jsonl", "dev17", _DAYS17, 9),
    ("quantity_gold_select_dev18.py", "quantity_gold_dev18.jsonl", "dev18", _DAYS17, 9),
    ("quantity_gold_select_dev19.py", "quantity_gold_dev19.jsonl", "dev19", ("2015-08-06.json", "2015-08-10.json"), 7),
    ("quantity_gold_select_dev20.py", "quantity_gold_dev20.jsonl", "dev20", ("2015-08-06.json", "2015-08-10.json"), 7),
    ("quantity_gold_select_dev21.py", "quantity_gold_dev21.jsonl", "dev21", ("2015-08-06.json", "2015-08-10.json"), 7),
]


@pytest.mark.parametrize(("script", "gold", "split", "days", "least"), _LAZY_DRAWS)
def test_quantity_lazy_draw_reproduces_its_gold(
    data_dir: Path, script: str, gold: str, split: str, days: tuple[str, str], least: int
) -> None:
    """dev17 (reserved, session 18), dev18 (reserved, session 20), dev19 (reserved, session 22), dev20 (reserved,
    session 24) and dev21 (reserved, session 26): the draw picks
    the gold's 30 documents, in order, SaudiNewsNet of its two days only with at least its script's
    ``MIN_NUMBERS`` figures; every span is a trimmed slice of its text."""
    sys.path.insert(0, str(BENCH))
    try:
        from quantity_gold_select import NUM

        module = importlib.import_module(script.removesuffix(".py"))
    finally:
        sys.path.remove(str(BENCH))
    drawn = [_where(json.loads(x)) for x in _run(script, str(data_dir))]
    records = _gold(gold)
    assert drawn == [_where(r) for r in records] and len(drawn) == 30
    assert {r["split"] for r in records} == {split}
    assert [r["style"] for r in records] == ["saudinewsnet"] * 24 + ["wikinews"] * 3 + ["anercorp"] * 3
    assert {str(r["file"]) for r in records[:24]} == set(days)
    reader = TextReader(data_dir)
    texts = [reader.text(d) for d in load_gold(BENCH / gold) if d.style == "saudinewsnet"]
    assert min(len(NUM.findall(t)) for t in texts) >= module.MIN_NUMBERS == least
    _assert_trimmed_slices(data_dir, gold)


# each lazy draw leaves out the golds its predecessor did and those made since, named: dev18 (session 20) quantity
# dev17 and attribution dev18 and dev19; dev19 (session 22) quantity dev18 and attribution dev20 and dev21; dev20
# (session 24) quantity dev19 and attribution dev22 and dev23; dev21 (session 26) quantity dev20 and attribution dev24
_SINCE = [
    ("quantity_gold_select_dev17", "quantity_gold_select_dev18", ("dev17", "gold19", "gold20")),
    ("quantity_gold_select_dev18", "quantity_gold_select_dev19", ("dev18", "gold21", "gold22")),
    ("quantity_gold_select_dev19", "quantity_gold_select_dev20", ("dev19", "gold23", "gold24")),
    ("quantity_gold_select_dev20", "quantity_gold_select_dev21", ("dev20", "gold25")),
]


@pytest.mark.parametrize(("earlier", "later", "since"), _SINCE)
def test_quantity_lazy_draw_leaves_out_the_golds_made_since_the_last(
    earlier: str, later: str, since: tuple[str, ...]
) -> None:
    """dev18's, dev19's, dev20's and dev21's draws leave out every gold the draw before did and those made since
    (three, and two for dev21), named; each seed is its own; dev21 keeps dev20's days and review TSVs."""
    sys.path.insert(0, str(BENCH))
    try:
        before = importlib.import_module(earlier)
        after = importlib.import_module(later)
    finally:
        sys.path.remove(str(BENCH))
    names = (f"quantity_gold_{since[0]}.jsonl", *(f"attribution_{g}.jsonl" for g in since[1:]))
    assert (*before.LATER_GOLDS, *names) == after.LATER_GOLDS
    assert all((BENCH / name).exists() for name in after.LATER_GOLDS)
    assert after.SEED != before.SEED
    if later == "quantity_gold_select_dev21":
        assert after.DAYS21 == before.DAYS20 == ("2015-08-06", "2015-08-10")
        assert after.LATER_REVIEWS == before.LATER_REVIEWS == ("quantity_sample_s23.tsv",)


@pytest.mark.parametrize(("script", "gold", "split", "days", "least"), _LAZY_DRAWS)
def test_quantity_lazy_draw_set_is_in_no_gold_nor_review_sample_and_no_near_copy(
    data_dir: Path, script: str, gold: str, split: str, days: tuple[str, str], least: int
) -> None:
    """dev17's, dev18's, dev19's, dev20's and dev21's documents are in no other gold file, no review sample (the TSV
    reviews, the review TSVs a script names in its ``LATER_REVIEWS``, dev20's and dev21's session 23 sample, and
    the two scripted 300-article samples of 2015-07-22 / 2015-07-31), and no SaudiNewsNet article of any is a near
    copy, either way round, of an article of another gold or review, nor of another of its own articles."""
    sys.path.insert(0, str(BENCH))
    try:
        import quantity_gold_select_dev17 as dev17
        from gold_overlap import near_copy_pairs
        from quantity_gold_select_dev7 import saudinewsnet_articles
        from quantity_gold_select_dev11 import REVIEWS, reviewed_keys
        from quantity_gold_select_dev13 import LATER_REVIEWS

        module = importlib.import_module(script.removesuffix(".py"))
    finally:
        sys.path.remove(str(BENCH))
    mine = _gold(gold)
    others = [r for p in sorted(BENCH.glob("*gold*.jsonl")) if p.name != gold for r in _gold(p.name)]
    tsvs = (*REVIEWS, *LATER_REVIEWS, *getattr(module, "LATER_REVIEWS", ()))
    reviewed = {(str(k[0]), int(str(k[1]))) for k in reviewed_keys(tsvs)} | _reviewed_documents()
    sampled, sampled_sha1 = dev17.sampled(data_dir)
    reviewed |= {(str(k[0]), int(str(k[1]))) for k in sampled}
    assert not {_document(r) for r in mine} & ({_document(r) for r in others} | reviewed)
    assert not {r["sha1"] for r in mine} & ({r.get("sha1") for r in others} | sampled_sha1)
    articles = saudinewsnet_articles(data_dir)
    places, elsewhere = {_document(r) for r in mine}, {_document(r) for r in others} | reviewed
    own = {k: t for k, t in articles.items() if (k[0], k[1]) in places}
    left = {k: t for k, t in articles.items() if (k[0], k[1]) in elsewhere}
    assert len(own) == 24 and len(left) > 1000
    assert not near_copy_pairs(own, left) and not near_copy_pairs(left, own) and not near_copy_pairs(own, own)


@pytest.mark.parametrize("gold", sorted(p.name for p in BENCH.glob("quantity_gold*.jsonl")))
def test_quantity_gold_item_with_two_bounds_is_a_range(gold: str) -> None:
    """An item whose low and high differ is a range (dev13's offset script once kept a date range's bounds
    and dropped its qualifier); an exact or approximate item has equal bounds."""
    items = [q for x in (BENCH / gold).read_text(encoding="utf-8").splitlines() for q in json.loads(x)["quantities"]]
    two = [q for q in items if q.get("low") is not None and q.get("high") is not None and q["low"] != q["high"]]
    assert two and all(q["qualifier"] == "range" for q in two)
    assert all(q.get("low") == q.get("high") for q in items if q["qualifier"] in ("exact", "approximate"))


@pytest.mark.parametrize("gold", sorted(p.name for p in BENCH.glob("quantity_gold*.jsonl")))
def test_quantity_gold_bounds_and_vague_items_have_their_fields(gold: str) -> None:
    """A bound has its one side only (``more_than``/``at_least`` a low, ``less_than``/``at_most`` a high; a date
    gives its parts instead), a vague item a magnitude and no value, a date no unit (the checks fresh16q's
    offset script ran on dev15 before it was committed)."""
    items = [q for x in (BENCH / gold).read_text(encoding="utf-8").splitlines() for q in json.loads(x)["quantities"]]
    numbers = [q for q in items if q["kind"] != "date"]
    lower = [q for q in numbers if q["qualifier"] in ("more_than", "at_least")]
    upper = [q for q in numbers if q["qualifier"] in ("less_than", "at_most")]
    assert all(q.get("low") is not None and q.get("high") is None for q in lower)
    assert all(q.get("high") is not None and q.get("low") is None for q in upper)
    assert all(q.get("magnitude") and q.get("value") is None for q in items if q["qualifier"] == "vague")
    assert not [q for q in items if q["kind"] == "date" and q.get("unit")]


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


def test_attribution_dev7_draw_reproduces_its_fresh_gold(data_dir: Path) -> None:
    """dev7 (reserved, issue 14 session 14): its draw, in no other gold or review sample, whole-word spans."""
    from typing import Any

    from test_attribution_dev6 import _cut_words, _reviewed

    drawn = [
        (x.split("\t")[0], int(x.split("\t")[1])) for x in _run("attribution_gold8_select.py", "--data", str(data_dir))
    ]
    dev7 = _gold("attribution_gold8.jsonl")
    assert drawn == [(str(r["file"]), int(str(r["index"]))) for r in dev7] and len(set(drawn)) == 30
    others = [
        r for p in sorted(BENCH.glob("*gold*.jsonl")) if p.name != "attribution_gold8.jsonl" for r in _gold(p.name)
    ]
    assert not set(drawn) & ({_document(r) for r in others} | _reviewed())
    assert not {r["sha1"] for r in dev7} & {r.get("sha1") for r in others}
    texts = {f: json.loads((data_dir / "saudinewsnet" / f).read_text(encoding="utf-8")) for f, _ in drawn}
    for r in dev7:
        text = texts[str(r["file"])][int(str(r["index"]))]["content"]
        atts: list[dict[str, Any]] = r["attributions"]  # type: ignore[assignment]
        spans = [
            sp for a in atts for sp in (a["cue"], a["content"], *a["sources"], *[a[k] for k in ("speaker",) if k in a])
        ]
        assert not [(r["index"], text[s:e]) for s, e in spans if _cut_words(text, s, e)]


def _assert_fresh_attribution_gold(data_dir: Path, drawn: list[tuple[str, int]], name: str) -> None:
    """An attribution gold drawn as ``drawn``: in no other gold or review sample (by place and by SHA-1),
    each record's SHA-1 that of its text, whole-word spans, no gold cue inside a negative sentence."""
    import hashlib
    from typing import Any

    from test_attribution_dev6 import _cut_words, _reviewed

    gold = _gold(name)
    others = [r for p in sorted(BENCH.glob("*gold*.jsonl")) if p.name != name for r in _gold(p.name)]
    sample = (BENCH / "quantity_sample.tsv").read_text(encoding="utf-8").splitlines()
    reviewed = {(c[1], int(c[2])) for c in (x.split("\t") for x in sample if x and not x.startswith(("#", "n\t")))}
    assert not set(drawn) & ({_document(r) for r in others} | _reviewed() | reviewed)
    assert not {r["sha1"] for r in gold} & {r.get("sha1") for r in others}
    texts = {f: json.loads((data_dir / "saudinewsnet" / f).read_text(encoding="utf-8")) for f, _ in drawn}
    for r in gold:
        text = texts[str(r["file"])][int(str(r["index"]))]["content"]
        assert hashlib.sha1(text.encode("utf-8")).hexdigest() == r["sha1"]
        atts: list[dict[str, Any]] = r["attributions"]  # type: ignore[assignment]
        negatives: list[list[int]] = r["negatives"]  # type: ignore[assignment]
        spans = [
            sp for a in atts for sp in (a["cue"], a["content"], *a["sources"], *[a[k] for k in ("speaker",) if k in a])
        ]
        assert not [(r["index"], text[s:e]) for s, e in [*spans, *negatives] if _cut_words(text, s, e)]
        assert not [(s, e) for s, e in negatives for a in atts if s <= a["cue"][0] < e]  # no cue in a negative


def test_attribution_dev8_draw_reproduces_its_fresh_gold(data_dir: Path) -> None:
    """dev8 (a tuning set, session 10 round 2): its draw of 40 less the near copy of a held-out article, in
    no other gold or review sample (dev7 and the quantity dev7 included), the text's SHA-1, whole-word spans."""
    rows = [x.split("\t") for x in _run("attribution_gold9_select.py", "--data", str(data_dir), "--n", "40")]
    drawn = [(x[0], int(x[1])) for x in rows]
    dev8 = _gold("attribution_gold9.jsonl")
    assert drawn == [(str(r["file"]), int(str(r["index"]))) for r in dev8] and len(set(drawn)) == 39  # one left out
    assert {r["split"] for r in dev8} == {"dev8"} and "2015-08-11.json" not in {f for f, _ in drawn}
    _assert_fresh_attribution_gold(data_dir, drawn, "attribution_gold9.jsonl")


def test_attribution_dev9_draw_reproduces_its_fresh_gold(data_dir: Path) -> None:
    """dev9 (reserved, session 11): its draw from 2015-08-06 and 08-10 only, in no other gold or review
    sample, the text's SHA-1, whole-word spans, no gold cue in a negative sentence; round 3: the first
    draw's seven articles among the snapshot's texts replaced by the second draw, which has none."""
    drawn = [
        (x.split("\t")[0], int(x.split("\t")[1])) for x in _run("attribution_gold10_select.py", "--data", str(data_dir))
    ]
    dev9 = _gold("attribution_gold10.jsonl")
    assert drawn == [(str(r["file"]), int(str(r["index"]))) for r in dev9] and len(set(drawn)) == 30
    sys.path.insert(0, str(BENCH))
    try:
        import attribution_gold10_select as script

        first = script.first_draw(data_dir)  # none of the 30 is among the snapshot's texts: test_gold_overlap.py
        seen = script.among_snapshot(data_dir, first)
        assert len(seen) == 7 and drawn[:23] == [(d, i) for d, i, _ in first if (d, i) not in seen]
    finally:
        sys.path.remove(str(BENCH))
    assert {r["split"] for r in dev9} == {"dev9"} and {f for f, _ in drawn} <= {"2015-08-06.json", "2015-08-10.json"}
    _assert_fresh_attribution_gold(data_dir, drawn, "attribution_gold10.jsonl")


def test_attribution_dev10_draw_reproduces_its_fresh_gold(data_dir: Path) -> None:
    """dev10 (a tuning set, session 11 round 2): its draw from 2015-08-06 and 08-10, in no other gold (dev9
    included) or review sample, the text's SHA-1, whole-word spans, no gold cue in a negative sentence; the
    seven articles moved from dev9's first draw (round 3) after the 30."""
    drawn = [
        (x.split("\t")[0], int(x.split("\t")[1])) for x in _run("attribution_gold11_select.py", "--data", str(data_dir))
    ]
    dev10 = _gold("attribution_gold11.jsonl")  # the 30 drawn, then the seven moved from dev9 (round 3)
    assert drawn == [(str(r["file"]), int(str(r["index"]))) for r in dev10] and len(set(drawn)) == 37
    assert {r["split"] for r in dev10} == {"dev10"} and {f for f, _ in drawn} <= {"2015-08-06.json", "2015-08-10.json"}
    _assert_fresh_attribution_gold(data_dir, drawn, "attribution_gold11.jsonl")


def test_attribution_dev11_draw_reproduces_its_fresh_gold(data_dir: Path) -> None:
    """dev11 (reserved, session 12): its draw from 2015-08-06 and 08-10 only, in no other gold or review
    sample, the text's SHA-1, whole-word spans, no gold cue in a negative sentence; the pool has no article
    among the snapshot's texts (``tests/test_gold_overlap.py`` checks the annotated set too)."""
    drawn = [
        (x.split("\t")[0], int(x.split("\t")[1])) for x in _run("attribution_gold12_select.py", "--data", str(data_dir))
    ]
    dev11 = _gold("attribution_gold12.jsonl")
    assert drawn == [(str(r["file"]), int(str(r["index"]))) for r in dev11] and len(set(drawn)) == 30
    assert {r["split"] for r in dev11} == {"dev11"} and {f for f, _ in drawn} <= {"2015-08-06.json", "2015-08-10.json"}
    _assert_fresh_attribution_gold(data_dir, drawn, "attribution_gold12.jsonl")


def test_attribution_dev12_draw_reproduces_its_fresh_gold(data_dir: Path) -> None:
    """dev12 (a tuning set, session 12): its draw from 2015-08-06 and 08-10, in no other gold (dev11 included)
    or review sample, the text's SHA-1, whole-word spans, no gold cue in a negative sentence."""
    drawn = [
        (x.split("\t")[0], int(x.split("\t")[1])) for x in _run("attribution_gold13_select.py", "--data", str(data_dir))
    ]
    dev12 = _gold("attribution_gold13.jsonl")
    assert drawn == [(str(r["file"]), int(str(r["index"]))) for r in dev12] and len(set(drawn)) == 30
    assert {r["split"] for r in dev12} == {"dev12"} and {f for f, _ in drawn} <= {"2015-08-06.json", "2015-08-10.json"}
    _assert_fresh_attribution_gold(data_dir, drawn, "attribution_gold13.jsonl")


def test_attribution_dev13_draw_reproduces_its_fresh_gold(data_dir: Path) -> None:
    """dev13 (reserved, session 13): its draw from 2015-08-06 and 08-10 only, in no other gold (dev11, dev12
    and dev12b's second annotation included) or review sample, the text's SHA-1, whole-word spans, no gold cue
    in a negative sentence; the pool has no article among the snapshot's texts (``tests/test_gold_overlap.py``
    checks the annotated set too); the draws before it are unchanged (their own tests)."""
    drawn = [
        (x.split("\t")[0], int(x.split("\t")[1])) for x in _run("attribution_gold14_select.py", "--data", str(data_dir))
    ]
    dev13 = _gold("attribution_gold14.jsonl")
    assert drawn == [(str(r["file"]), int(str(r["index"]))) for r in dev13] and len(set(drawn)) == 30
    assert {r["split"] for r in dev13} == {"dev13"} and {f for f, _ in drawn} <= {"2015-08-06.json", "2015-08-10.json"}
    second = {(str(r["file"]), int(str(r["index"]))) for r in _gold("attribution_dev12b.jsonl")}
    assert not set(drawn) & second
    _assert_fresh_attribution_gold(data_dir, drawn, "attribution_gold14.jsonl")


def test_attribution_dev14_draw_reproduces_its_fresh_gold(data_dir: Path) -> None:
    """dev14 (reserved, session 14): its draw from 2015-08-06 and 08-10 only, in no other gold (dev13 included)
    or review sample, the text's SHA-1, whole-word spans, no gold cue in a negative sentence; each article it
    left out is a near copy (``gold_overlap.py``'s measure) of the article of another set its comment names, and
    came before the last drawn one in the shuffled pool (so that leaving it out changed the draw)."""
    drawn = [
        (x.split("\t")[0], int(x.split("\t")[1])) for x in _run("attribution_gold15_select.py", "--data", str(data_dir))
    ]
    dev14 = _gold("attribution_gold15.jsonl")
    assert drawn == [(str(r["file"]), int(str(r["index"]))) for r in dev14] and len(set(drawn)) == 30
    assert {r["split"] for r in dev14} == {"dev14"} and {f for f, _ in drawn} <= {"2015-08-06.json", "2015-08-10.json"}
    assert not set(drawn) & {(str(r["file"]), int(str(r["index"]))) for r in _gold("attribution_gold14.jsonl")}
    sys.path.insert(0, str(BENCH))
    try:
        import attribution_gold15_select as script
        from gold_overlap import NEAR_COPY_SHARE, shared_share

        day = json.loads((data_dir / "saudinewsnet" / "2015-08-06.json").read_text(encoding="utf-8"))
        copies = {577: 1580, 2291: 1332, 2386: 684}  # the left-out article and its twin in dev12, dev9, dev11
        assert {("2015-08-06.json", i) for i in copies} == script.LEFT_OUT
        for mine, other in copies.items():
            assert shared_share(day[mine]["content"], day[other]["content"]) >= NEAR_COPY_SHARE
        order = [(d, i) for d, i, _ in script.draw_from(script.pool(data_dir), script.SEED, 10_000, 10_000)]
        assert all(order.index(place) < order.index(drawn[-1]) for place in script.LEFT_OUT)
    finally:
        sys.path.remove(str(BENCH))
    _assert_fresh_attribution_gold(data_dir, drawn, "attribution_gold15.jsonl")


Place = tuple[str, int]


def _assert_later_attribution_draw(
    data_dir: Path,
    n: int,
    copies: dict[Place, Place],
    shared: Place | None,
    previous: str,
    days: tuple[str, ...] = ("2015-08-06.json", "2015-08-10.json"),
) -> None:
    """The reserved set ``dev{n}`` (``attribution_gold{n+1}.jsonl``, drawn by its select script from ``days`` only:
    2015-08-06 and 08-10 to dev20): the draw reproduces the gold, 30 articles of at least 10 outlets with at least 100
    attributions;
    each near copy it left out is one (``gold_overlap.py``'s measure, either way) of the article of another set
    ``copies`` names, ``shared`` is the article a quantity set drawn at the same time holds (None: no such article),
    nothing else is left out, and every article left out came before the last drawn one in the shuffled pool (so
    that leaving it out changed the draw); in no place of the ``previous`` gold, fresh, whole-word, no gold cue in a
    negative sentence."""
    import importlib

    name = f"attribution_gold{n + 1}"
    drawn = [(x.split("\t")[0], int(x.split("\t")[1])) for x in _run(f"{name}_select.py", "--data", str(data_dir))]
    gold = _gold(f"{name}.jsonl")
    assert drawn == [(str(r["file"]), int(str(r["index"]))) for r in gold] and len(set(drawn)) == 30
    assert {r["split"] for r in gold} == {f"dev{n}"} and {f for f, _ in drawn} <= set(days)
    assert len({r["source"] for r in gold}) >= 10 and sum(len(r["attributions"]) for r in gold) >= 100
    sys.path.insert(0, str(BENCH))
    try:
        script = importlib.import_module(f"{name}_select")
        from attribution_gold4_select import draw_from
        from gold_overlap import NEAR_COPY_SHARE, shared_share

        files = {f for f, _ in drawn} | {g for g, _ in copies.values()}
        texts = {f: json.loads((data_dir / "saudinewsnet" / f).read_text(encoding="utf-8")) for f in files}
        assert set(copies) | ({shared} if shared else set()) == script.LEFT_OUT
        for (f, i), (g, j) in copies.items():
            mine, other = texts[f][i]["content"], texts[g][j]["content"]
            assert max(shared_share(mine, other), shared_share(other, mine)) >= NEAR_COPY_SHARE
        order = [(d, i) for d, i, _ in draw_from(script.pool(data_dir), script.SEED, 10_000, 10_000)]
        assert all(order.index(place) < order.index(drawn[-1]) for place in script.LEFT_OUT)
    finally:
        sys.path.remove(str(BENCH))
    assert not set(drawn) & {(str(r["file"]), int(str(r["index"]))) for r in _gold(previous)}
    _assert_fresh_attribution_gold(data_dir, drawn, f"{name}.jsonl")


def test_attribution_dev15_draw_reproduces_its_fresh_gold(data_dir: Path) -> None:
    """dev15 (reserved, session 15): in no other gold (dev14 and quantity dev13 included) or review sample; its
    six near copies (of the held-out half, dev14, quantity dev13, dev11, quantity dev13, dev13) and the article
    quantity dev14 (fresh15q) drew at the same time left out; the earlier draws are unchanged (their own tests)."""
    copies = {
        ("2015-08-06.json", 1344): ("2015-08-06.json", 607),
        ("2015-08-06.json", 651): ("2015-08-06.json", 1833),
        ("2015-08-10.json", 912): ("2015-08-10.json", 381),
        ("2015-08-06.json", 1614): ("2015-08-06.json", 2003),
        ("2015-08-10.json", 1163): ("2015-08-10.json", 1655),
        ("2015-08-06.json", 565): ("2015-08-06.json", 942),
    }
    _assert_later_attribution_draw(data_dir, 15, copies, ("2015-08-10.json", 1551), "attribution_gold15.jsonl")


def test_attribution_dev16_draw_reproduces_its_fresh_gold(data_dir: Path) -> None:
    """dev16 (reserved, session 16): in no other gold (dev15 and quantity dev14 included) or review sample; its
    three near copies (of dev15, the old held-out half, dev14) and the article quantity dev15 (fresh16q, committed
    first) drew at the same time left out; the earlier draws are unchanged (their own tests)."""
    copies = {
        ("2015-08-10.json", 1387): ("2015-08-10.json", 1006),
        ("2015-08-06.json", 578): ("2015-08-06.json", 2082),
        ("2015-08-10.json", 1546): ("2015-08-10.json", 1122),
    }
    _assert_later_attribution_draw(data_dir, 16, copies, ("2015-08-10.json", 1660), "attribution_gold16.jsonl")


def test_attribution_dev17_draw_reproduces_its_fresh_gold(data_dir: Path) -> None:
    """dev17 (reserved, session 17): in no other gold (dev16 and quantity dev15 included) or review sample; its
    eight near copies (of attribution dev, quantity dev14, a review sample, dev9, another review sample, dev9, dev12,
    dev14) left out; no article of quantity dev16's draw (fresh17q, drawn at the same time) among them; the earlier
    draws are unchanged (their own tests)."""
    copies = {
        ("2015-08-10.json", 1301): ("2015-08-10.json", 1001),
        ("2015-08-06.json", 1588): ("2015-08-06.json", 1295),
        ("2015-08-10.json", 1194): ("2015-08-10.json", 1614),
        ("2015-08-06.json", 3063): ("2015-08-06.json", 1332),
        ("2015-08-06.json", 316): ("2015-08-06.json", 1887),
        ("2015-08-06.json", 2380): ("2015-08-06.json", 3184),
        ("2015-08-06.json", 3196): ("2015-08-06.json", 2360),
        ("2015-08-10.json", 1166): ("2015-08-10.json", 1639),
    }
    _assert_later_attribution_draw(data_dir, 17, copies, None, "attribution_gold17.jsonl")


def test_attribution_dev18_draw_reproduces_its_fresh_gold(data_dir: Path) -> None:
    """dev18 (reserved, session 18): in no other gold (dev17 and quantity dev16 included) or review sample; its
    ten near copies (of dev17, quantity dev11, the quantity review sample, quantity dev9, dev15, a review sample,
    quantity dev12, dev10, dev2, quantity dev11) left out; no article of quantity dev17's draw (fresh18q, drawn at
    the same time) among them; the earlier draws are unchanged (their own tests)."""
    copies = {
        ("2015-08-06.json", 1587): ("2015-08-06.json", 2301),
        ("2015-08-06.json", 2281): ("2015-08-06.json", 1133),
        ("2015-08-06.json", 310): ("2015-08-06.json", 1170),
        ("2015-08-10.json", 1142): ("2015-08-10.json", 1605),
        ("2015-08-06.json", 2763): ("2015-08-06.json", 2283),
        ("2015-08-10.json", 393): ("2015-08-10.json", 1394),
        ("2015-08-06.json", 876): ("2015-08-06.json", 1247),
        ("2015-08-06.json", 2341): ("2015-08-06.json", 3155),
        ("2015-08-06.json", 2347): ("2015-08-06.json", 3154),
        ("2015-08-06.json", 380): ("2015-08-06.json", 1871),
    }
    _assert_later_attribution_draw(data_dir, 18, copies, None, "attribution_gold18.jsonl")


def test_attribution_dev19_draw_reproduces_its_fresh_gold(data_dir: Path) -> None:
    """dev19 (reserved, session 19): in no other gold (dev18 and quantity dev17 included) or review sample; its
    seven near copies (of the first set's dev, dev15, dev9, dev11, dev16, the first set's dev, dev11) left out; no
    quantity set was drawn at the same time; the earlier draws are unchanged (their own tests)."""
    copies = {
        ("2015-08-06.json", 2421): ("2015-08-06.json", 2767),
        ("2015-08-06.json", 1951): ("2015-08-06.json", 2742),
        ("2015-08-06.json", 1796): ("2015-08-06.json", 3184),
        ("2015-08-06.json", 1019): ("2015-08-06.json", 2873),
        ("2015-08-06.json", 3083): ("2015-08-06.json", 1078),
        ("2015-08-10.json", 1618): ("2015-08-10.json", 1254),
        ("2015-08-06.json", 2706): ("2015-08-06.json", 639),
    }
    _assert_later_attribution_draw(data_dir, 19, copies, None, "attribution_gold19.jsonl")


def test_attribution_dev20_draw_reproduces_its_fresh_gold(data_dir: Path) -> None:
    """dev20 (reserved, session 20): in no other gold (dev19 included) or review sample; its eleven near copies (of
    dev11, quantity dev2, dev8, quantity dev2, dev4, dev15, a snapshot text, an article drawn before it, dev8, dev11,
    dev15) left out; no quantity set was drawn from its days at the same time; the earlier draws are unchanged (their
    own tests)."""
    copies = {
        ("2015-08-06.json", 1889): ("2015-08-06.json", 639),
        ("2015-08-06.json", 1809): ("2015-08-06.json", 2261),
        ("2015-08-06.json", 2465): ("2015-08-06.json", 2260),
        ("2015-08-06.json", 667): ("2015-08-06.json", 2261),
        ("2015-08-06.json", 1017): ("2015-08-06.json", 909),
        ("2015-08-06.json", 3215): ("2015-08-06.json", 2742),
        ("2015-08-06.json", 573): ("2015-08-06.json", 48),
        ("2015-08-06.json", 2295): ("2015-08-06.json", 2589),
        ("2015-08-10.json", 845): ("2015-08-10.json", 654),
        ("2015-08-06.json", 1081): ("2015-08-06.json", 2873),
        ("2015-08-06.json", 1606): ("2015-08-06.json", 1165),
    }
    _assert_later_attribution_draw(data_dir, 20, copies, None, "attribution_gold20.jsonl")


def _assert_in_no_review_sample(data_dir: Path, name: str) -> ModuleType:
    """No article of the gold ``{name}.jsonl`` is in a TSV review sample or in the two scripted 300-article samples of
    2015-07-22 / 07-31 (by place, and the clitic sample by the text's SHA-1); its select script ``{name}_select``."""
    import importlib

    sys.path.insert(0, str(BENCH))
    try:
        script = importlib.import_module(f"{name}_select")
        from attribution_gold14_select import REVIEWS, reviewed
        from quantity_gold_select_dev17 import sampled
    finally:
        sys.path.remove(str(BENCH))
    gold = _gold(f"{name}.jsonl")
    keys, sample_sha1s = sampled(data_dir)
    places = {(str(r["file"]), int(str(r["index"]))) for r in gold}
    assert not places & (reviewed(REVIEWS) | {(str(k[0]), int(str(k[1]))) for k in keys})
    assert not {r["sha1"] for r in gold} & sample_sha1s
    return script


def test_attribution_dev21_draw_reproduces_its_fresh_gold(data_dir: Path) -> None:
    """dev21 (reserved, session 21): drawn from 2015-07-22 and 07-31 (dev11's pool asked for those days); in no other
    gold (quantity dev18 included) nor any review sample (the TSV samples and the two scripted 300-article samples of
    these days), by place or by the text's SHA-1; its nine near copies (of attribution dev3, two reviewed articles,
    quantity dev17, two more reviewed ones, a snapshot text, attribution dev8, a reviewed article, quantity dev4) left
    out; the earlier draws are unchanged (their own tests)."""
    copies = {
        ("2015-07-31.json", 2132): ("2015-07-31.json", 1158),
        ("2015-07-31.json", 1697): ("2015-07-31.json", 900),
        ("2015-07-22.json", 1350): ("2015-07-22.json", 324),
        ("2015-07-31.json", 1762): ("2015-07-31.json", 1361),
        ("2015-07-31.json", 2103): ("2015-07-31.json", 1742),
        ("2015-07-31.json", 369): ("2015-08-06.json", 246),
        ("2015-07-22.json", 300): ("2015-07-22.json", 639),
        ("2015-07-31.json", 631): ("2015-07-31.json", 1464),
        ("2015-07-22.json", 310): ("2015-07-22.json", 1336),
    }
    days = ("2015-07-22.json", "2015-07-31.json")
    _assert_later_attribution_draw(data_dir, 21, copies, None, "attribution_gold21.jsonl", days)
    script = _assert_in_no_review_sample(data_dir, "attribution_gold22")
    assert all(path.exists() for path in script.GOLD) and len(script.GOLD) == len(set(script.GOLD))
    named = {path.name for path in script.GOLD}  # the last gold of each kind when dev21 was drawn, and dev12b
    last = {"attribution_gold21.jsonl", "attribution_dev12b.jsonl", "quantity_gold_dev18.jsonl"}
    last |= {"clitic_gold_dev6.jsonl"}
    assert last <= named and "attribution_gold22.jsonl" not in named


def test_attribution_dev22_draw_reproduces_its_fresh_gold(data_dir: Path) -> None:
    """dev22 (reserved, session 22): drawn from 2015-07-22 and 07-31, dev21's pool less its draw (``draw_after``); in
    no other gold (dev21 included) nor any review sample (the TSV samples and the two scripted 300-article samples of
    these days), by place or by the text's SHA-1; its one near copy (of the reviewed 2015-07-31.json:1742) left out;
    the earlier draws are unchanged (their own tests)."""
    copies = {("2015-07-31.json", 2105): ("2015-07-31.json", 1742)}
    days = ("2015-07-22.json", "2015-07-31.json")
    _assert_later_attribution_draw(data_dir, 22, copies, None, "attribution_gold22.jsonl", days)
    script = _assert_in_no_review_sample(data_dir, "attribution_gold23")
    places = {(str(r["file"]), int(str(r["index"]))) for r in _gold("attribution_gold23.jsonl")}
    assert [path.name for path in script.NEW_GOLD] == ["attribution_gold22.jsonl"]
    assert script.dev21.SEED != script.SEED and not places & {(d, i) for d, i, _ in script.dev21.draw(data_dir, 30)}


def test_attribution_dev23_draw_reproduces_its_fresh_gold(data_dir: Path) -> None:
    """dev23 (reserved, session 23): drawn from 2015-07-22 and 07-31, dev22's pool less its draw (``draw_after``); in
    no other gold (dev22 and quantity dev19 included) nor any review sample (the TSV samples and the two scripted
    300-article samples of these days), by place or by the text's SHA-1; its two near copies (of 2015-07-22.json:503,
    whose head is clitic dev2's first text, and of the reviewed 2015-07-31.json:1521) left out; the earlier draws are
    unchanged (their own tests)."""
    copies = {
        ("2015-07-22.json", 1710): ("2015-07-22.json", 503),
        ("2015-07-31.json", 730): ("2015-07-31.json", 1521),
    }
    days = ("2015-07-22.json", "2015-07-31.json")
    _assert_later_attribution_draw(data_dir, 23, copies, None, "attribution_gold23.jsonl", days)
    script = _assert_in_no_review_sample(data_dir, "attribution_gold24")
    places = {(str(r["file"]), int(str(r["index"]))) for r in _gold("attribution_gold24.jsonl")}
    assert [path.name for path in script.NEW_GOLD] == ["attribution_gold23.jsonl", "quantity_gold_dev19.jsonl"]
    assert script.dev22.SEED != script.SEED and not places & {(d, i) for d, i, _ in script.dev22.draw(data_dir, 30)}


def test_attribution_dev24_draw_reproduces_its_fresh_gold(data_dir: Path) -> None:
    """dev24 (reserved, session 25): drawn from 2015-07-22 and 07-31, dev23's pool less its draw, the golds made since
    (dev23 and quantity dev20) and session 23's quantity review sample (``quantity_sample_s23.tsv``, by place and by the
    text's SHA-1); in no other gold nor any review sample; its nine near copies (of reviewed articles, of attribution
    dev7 and dev8, of quantity dev4 and dev7) left out; the earlier draws are unchanged (their own tests)."""
    import hashlib

    copies = {
        ("2015-07-22.json", 1724): ("2015-07-22.json", 611),
        ("2015-07-31.json", 833): ("2015-07-31.json", 1361),
        ("2015-07-31.json", 1160): ("2015-07-31.json", 719),
        ("2015-07-22.json", 1594): ("2015-07-22.json", 1199),
        ("2015-07-31.json", 2111): ("2015-07-31.json", 745),
        ("2015-07-22.json", 1705): ("2015-07-22.json", 1819),
        ("2015-07-22.json", 1564): ("2015-07-22.json", 1609),
        ("2015-07-31.json", 2089): ("2015-07-31.json", 959),
        ("2015-07-31.json", 338): ("2015-07-31.json", 476),
    }
    days = ("2015-07-22.json", "2015-07-31.json")
    _assert_later_attribution_draw(data_dir, 24, copies, None, "attribution_gold24.jsonl", days)
    script = _assert_in_no_review_sample(data_dir, "attribution_gold25")
    gold = _gold("attribution_gold25.jsonl")
    places = {(str(r["file"]), int(str(r["index"]))) for r in gold}
    assert [path.name for path in script.NEW_GOLD] == ["attribution_gold24.jsonl", "quantity_gold_dev20.jsonl"]
    assert [path.name for path in script.LATER_REVIEWS] == ["quantity_sample_s23.tsv"]
    reviewed = script.reviewed_articles(data_dir)
    assert len(reviewed) > 400 and not places & {(d, i) for d, i, _ in reviewed}
    reviewed_sha1s = {hashlib.sha1(a["content"].encode("utf-8")).hexdigest() for *_, a in reviewed}
    assert not {r["sha1"] for r in gold} & reviewed_sha1s
    pool = {(d, i) for d, i, _ in script.dev23.pool(data_dir)}
    assert pool & {(d, i) for d, i, _ in reviewed}  # the review sample held articles of the pool: leaving it out counts
    assert script.dev23.SEED != script.SEED and not places & {(d, i) for d, i, _ in script.dev23.draw(data_dir, 30)}
