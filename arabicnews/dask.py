"""Old import path, kept working: the names now live in :mod:`arabicnews.surfaces.dask`."""

from arabicnews.surfaces.dask import (
    Bag as Bag,
    DaskFrame as DaskFrame,
    DaskSeries as DaskSeries,
    Output as Output,
    PartitionAnalyzer as PartitionAnalyzer,
    analyze_bag as analyze_bag,
    analyze_dataframe as analyze_dataframe,
    analyze_series as analyze_series,
    documents as documents,
)

__all__ = [
    "Bag",
    "DaskFrame",
    "DaskSeries",
    "Output",
    "PartitionAnalyzer",
    "analyze_bag",
    "analyze_dataframe",
    "analyze_series",
    "documents",
]
