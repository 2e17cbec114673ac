"""arabicnews.surfaces.dask on a dask.distributed LocalCluster of 2 worker processes (skipped without dask)."""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator
from typing import Any

import pytest

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")

import arabicnews  # noqa: E402
from arabicnews import Document, Pipeline  # noqa: E402
from arabicnews.stages.sentences import SentenceStage  # noqa: E402
from arabicnews.stages.tokens import TokenizerStage  # noqa: E402
from arabicnews.surfaces.dask import PartitionAnalyzer, analyze_bag, analyze_dataframe, documents  # noqa: E402

TEXTS = [f"قال المتحدث إن {n} شخصا وصلوا إلى المدينة. وأضاف أن العدد بلغ ١٥ ألفا." for n in range(12)]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def test_bag_gives_the_serial_results_in_order(client: Any) -> None:
    nlp = arabicnews.default_pipeline()
    bag = db.from_sequence(TEXTS, npartitions=6)
    results = analyze_bag(bag).compute()
    assert [r["text"] for r in results] == TEXTS
    assert documents(results) == [nlp(t) for t in TEXTS]
    assert len(client.scheduler_info()["workers"]) == 2


def _pipeline_ids() -> list[int]:
    from arabicnews.surfaces import dask as an_dask

    return [id(p) for p in an_dask._PIPELINES.values()]


def test_pipeline_is_built_once_per_worker(client: Any) -> None:
    analyze_bag(db.from_sequence(TEXTS, npartitions=6)).compute()
    first = client.run(_pipeline_ids)
    analyze_bag(db.from_sequence(TEXTS, npartitions=4)).compute()
    again = client.run(_pipeline_ids)
    # Ten more partitions ran, yet each worker still holds the very pipeline object it built first.
    assert all(len(ids) == 1 for ids in again.values() if ids)
    assert {w: ids for w, ids in first.items() if ids} == {w: ids for w, ids in again.items() if first.get(w)}


def test_custom_pipeline_and_document_output(client: Any) -> None:
    nlp = Pipeline([TokenizerStage(), SentenceStage()])
    docs = analyze_bag(db.from_sequence(TEXTS[:4], npartitions=2), pipeline=nlp, output="document").compute()
    assert all(isinstance(d, Document) for d in docs)
    assert [d.layer_names for d in docs] == [("tokens", "sentences")] * 4
    assert docs == [nlp(t) for t in TEXTS[:4]]


def test_json_output_is_one_line_per_text(client: Any) -> None:
    lines = analyze_bag(db.from_sequence(TEXTS[:3], npartitions=3), output="json").compute()
    assert [json.loads(line)["text"] for line in lines] == TEXTS[:3]


def test_dataframe_column(client: Any) -> None:
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    frame = dd.from_pandas(pd.DataFrame({"id": range(len(TEXTS)), "body": TEXTS}), npartitions=3)
    out = analyze_dataframe(frame, "body").compute()
    assert list(out["id"]) == list(range(len(TEXTS)))
    assert [d["text"] for d in out["analysis"]] == TEXTS


def test_missing_column_names_the_columns() -> None:
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    frame = dd.from_pandas(pd.DataFrame({"body": TEXTS[:2]}), npartitions=1)
    with pytest.raises(KeyError, match="'body'"):
        analyze_dataframe(frame, "text")


def test_analyzer_pickles_small_and_rejects_bad_input() -> None:
    run = PartitionAnalyzer(Pipeline([TokenizerStage()]))
    again = pickle.loads(pickle.dumps(run))
    assert again([TEXTS[0]])[0]["text"] == TEXTS[0]
    assert len(pickle.dumps(PartitionAnalyzer())) < 200
    with pytest.raises(ValueError, match="output"):
        PartitionAnalyzer(output="xml")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        run([b"bytes"])
