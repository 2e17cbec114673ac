"""The entity model's word-type sums made with numpy: an optional fast path (the ``fast`` extra).

:class:`~arabicnews.stages.entities.perceptron.NerModel` keeps, per word type, five sums of feature
weights (:meth:`NerModel._word`). In pure Python each is a loop of float additions, about half of
what a new word type costs. Here the weights are a dense matrix (a row per feature, a column per
label, 0.0 where a feature has no weight for a label) and the sums of all the new word types of a
document are made at once: the rows of each sum's features gathered, then added one position at a
time, so that every sum adds its weights in the order the Python loop does. The results are the
same doubles, to the bit: the labels a feature has no weight for add 0.0, which leaves a sum as it
was (a sum that starts at 0.0 is never -0.0), and no feature has two weights for one label
(checked when the matrix is built; otherwise there is no matrix and Python does the sums).

numpy is not a dependency: without it, or with the environment variable ``ARABICNEWS_NO_NUMPY``
set to anything but ``""`` or ``0``, the model makes every sum in Python (the reference path).
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Mapping, Sequence
from itertools import chain, repeat
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

NO_NUMPY_VARIABLE = "ARABICNEWS_NO_NUMPY"
"""The environment variable that turns the numpy path off (read when a model first tags)."""


def numpy_wanted() -> bool:
    """Whether numpy is installed and not turned off by :data:`NO_NUMPY_VARIABLE`."""
    if os.environ.get(NO_NUMPY_VARIABLE, "") not in ("", "0"):
        return False
    try:
        import numpy  # noqa: F401
    except ImportError:
        return False
    return True


class DenseWeights:
    """A model's feature weights as a matrix of doubles, and the features' row numbers.

    Row 0 is all zeros (the padding of short sums); feature rows start at 1, so that a feature's
    row number is never false.
    """

    __slots__ = ("_np", "ids", "labels", "matrix")

    def __init__(self, ids: dict[str, int], matrix: npt.NDArray[np.float64], labels: int) -> None:
        import numpy

        self._np = numpy
        self.ids = ids
        self.matrix = matrix
        self.labels = labels

    @classmethod
    def build(cls, weights: Mapping[str, Sequence[tuple[int, float]]], labels: int) -> DenseWeights | None:
        """The matrix of ``weights`` (per feature, (label, weight) pairs); None if a feature repeats a label."""
        import numpy

        n = len(weights)
        counts = numpy.fromiter(map(len, weights.values()), dtype=numpy.intp, count=n)
        # The pairs laid end to end, label then weight (a label as a double is exact).
        pairs = numpy.fromiter(chain.from_iterable(chain.from_iterable(weights.values())), dtype=numpy.float64)
        cols, vals = pairs[0::2].astype(numpy.intp), pairs[1::2]
        if cols.size and (cols.min() < 0 or cols.max() >= labels):
            return None
        cells = numpy.repeat(numpy.arange(1, n + 1, dtype=numpy.intp), counts) * labels + cols
        # The training command writes a feature's labels in ascending order: cells that rise are
        # distinct, and sorting them all (slower) is needed only for a model written otherwise.
        if not bool((cells[1:] > cells[:-1]).all()) and numpy.unique(cells).size != cells.size:
            return None
        matrix = numpy.zeros((n + 1, labels), dtype=numpy.float64)
        matrix.reshape(-1)[cells] = vals
        return cls(dict(zip(weights, range(1, n + 1), strict=True)), matrix, labels)

    def sums(self, groups: Sequence[Sequence[str]]) -> tuple[array[float], list[float], list[int]]:
        """Per group of features, the sum of the weights of those the model has, label by label.

        Returns the sums laid end to end (``labels`` doubles per group), each sum's rise (its best
        label but the first, less the first), and how many of the group's features the model has.
        """
        np = self._np
        # A feature the model lacks is row 0, which adds 0.0 to every label.
        flat = np.fromiter(map(self.ids.get, chain.from_iterable(groups), repeat(0)), dtype=np.intp)
        lens = np.fromiter(map(len, groups), dtype=np.intp, count=len(groups))
        width = int(lens.max(initial=0))
        index = np.zeros((len(groups), width), dtype=np.intp)
        index[np.arange(width) < lens[:, None]] = flat  # row by row, as in ``flat``
        # The longest groups first: at position k only the first ``rows[k]`` groups have a feature.
        order = np.argsort(-lens, kind="stable")
        index = index[order]
        rows = np.count_nonzero(lens[:, None] > np.arange(width), axis=0).tolist()
        matrix = self.matrix
        acc = np.zeros((len(groups), self.labels), dtype=np.float64)
        # One position at a time: each sum adds its features in order (numpy's sums along an
        # axis may be pairwise, which would round differently).
        for k, m in enumerate(rows):
            acc[:m] += matrix[index[:m, k]]
        hits = np.empty(len(groups), dtype=np.intp)
        hits[order] = np.count_nonzero(index, axis=1)
        sums = np.empty_like(acc)
        sums[order] = acc
        acc = sums
        rises = (acc[:, 1:].max(axis=1) - acc[:, 0]).tolist() if acc.size else []
        return array("d", acc.tobytes()), rises, hits.tolist()


__all__ = ["NO_NUMPY_VARIABLE", "DenseWeights", "numpy_wanted"]
