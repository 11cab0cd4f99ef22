"""Precision, recall and F1 from counts, shared by the attribution evaluations."""

from __future__ import annotations

__all__ = ["precision", "recall", "f1", "Detection"]


def precision(tp: int, fp: int) -> float:
    return tp / (tp + fp) if tp + fp else 0.0


def recall(tp: int, fn: int) -> float:
    return tp / (tp + fn) if tp + fn else 0.0


def f1(tp: int, fp: int, fn: int) -> float:
    p, r = precision(tp, fp), recall(tp, fn)
    return 2 * p * r / (p + r) if p + r else 0.0


class Detection:
    """Precision, recall and F1 of "someone is speaking here" for a result that counts
    ``true_positives``, ``false_positives`` and ``false_negatives``."""

    __slots__ = ()
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        return precision(self.true_positives, self.false_positives)

    @property
    def recall(self) -> float:
        return recall(self.true_positives, self.false_negatives)

    @property
    def f1(self) -> float:
        return f1(self.true_positives, self.false_positives, self.false_negatives)
