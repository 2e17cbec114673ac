"""Precision, recall and F1 from counts: the one formula every evaluation here prints."""

from __future__ import annotations


def precision_recall_f1(
    right_predicted: float, predicted: float, right_gold: float, gold: float
) -> tuple[float, float, float]:
    """Precision (right predicted / predicted), recall (right gold / gold) and their harmonic mean.

    The two "right" counts differ where credit is partial (token overlap); for whole units pass the
    same count twice. An empty side scores 0.
    """
    p = right_predicted / predicted if predicted else 0.0
    r = right_gold / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


__all__ = ["precision_recall_f1"]
