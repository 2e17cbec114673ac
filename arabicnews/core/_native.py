"""The entity tagger's optional compiled loops (``_fastner``, built from C when a compiler is at hand).

:mod:`~arabicnews.stages.entities.perceptron` is the reference: the extension repeats some of its
loops with the same doubles added in the same order, so the tags, margins and scores are the same
to the bit (``tests/test_ner_native.py``), only faster. ``pip install`` builds it when it can and
goes on without it when it cannot; with the environment variable ``ARABICNEWS_PURE_PYTHON=1`` set
(when the package is first imported) it is not used even when built.
"""

from __future__ import annotations

import os
from types import ModuleType
from typing import TypeVar

T = TypeVar("T")


def _load() -> ModuleType | None:
    if os.environ.get("ARABICNEWS_PURE_PYTHON", "") not in ("", "0"):
        return None
    try:
        from arabicnews.core import _fastner
    except ImportError:
        return None
    return _fastner


NATIVE: ModuleType | None = _load()
"""The compiled module, or ``None`` (not built, or ``ARABICNEWS_PURE_PYTHON`` set): the Python loops run."""


def untracked(obj: T) -> T:
    """``obj``, taken off the cyclic collector's lists as far as it holds only strings and numbers
    (``_fastner.untrack``: exact dicts, tuples and NamedTuples, exact frozensets; session 21,
    speed21y). For what a load keeps for the life of the process: it can be in no reference cycle,
    and a full collection would otherwise walk all of it again. Nothing about how the collector runs
    changes (its thresholds, whether it is on, what is frozen). Without the extension ``obj`` stays
    on the lists (the same values, only a little more work for the collector)."""
    untrack = getattr(NATIVE, "untrack", None)  # None: not built (or built before it had this)
    if untrack is not None:
        untrack(obj)
    return obj


__all__ = ["NATIVE", "untracked"]
