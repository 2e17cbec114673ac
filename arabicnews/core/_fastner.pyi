# The optional C extension's functions (arabicnews/core/_fastner.c); see _native.py.
from array import array
from collections.abc import Callable, Sequence
from typing import Any

def word_sums(
    weights: dict[str, tuple[tuple[int, float], ...]],
    groups: tuple[Sequence[str], ...],
    zeros: array[float],
    zero: float,
) -> tuple[Any, ...]: ...
def tag(
    vecs: list[Any],
    keys: list[tuple[str, str, str, str]],
    combos: dict[tuple[str, str, str, str], tuple[list[float], float]],
    make_combo: Callable[[tuple[str, str, str, str]], tuple[list[float], float]],
    trans: list[list[float]],
    start: list[float],
    gap: float,
    limit: float,
    most: int,
    zeros: array[float],
) -> tuple[list[int], list[float]] | None: ...
def weight_pairs(flat: dict[str, Sequence[Any]]) -> dict[str, tuple[tuple[int, float], ...]]: ...
def pair_tables(
    weights: dict[str, tuple[tuple[int, float], ...]], prefix: str, pair_type: Callable[[tuple[float, ...], float], Any]
) -> dict[str, dict[str, Any]]: ...
def weight_table(weights: dict[str, tuple[tuple[int, float], ...]]) -> object: ...
def packed_table(blob: bytes) -> object: ...
def packed_get(table: object, key: object) -> tuple[tuple[int, float], ...] | None: ...
def word_record(
    model: tuple[Any, ...], kit: tuple[Any, ...], norm: str, pre: str, stem: str, shape: str, rare: str
) -> Any: ...
def packed_ints(blob: bytes) -> object: ...
def packed_int_get(table: object, key: object) -> int | None: ...
