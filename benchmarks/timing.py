"""Timing helper shared by the benchmarks."""

from __future__ import annotations

import time
from typing import Any, Callable

import numpy as np

__all__ = ["REPEATS", "timed"]

REPEATS = 3  # per call; the median of repeats drops one-off scheduler noise


def timed(calls: list[Callable[[], Any]]) -> tuple[list[float], list[Any]]:
    """Median milliseconds of each call over ``REPEATS`` runs, after one warm-up run whose results
    are returned (warms caches and pages in what the calls touch)."""
    results = [call() for call in calls]
    times = []
    for call in calls:
        runs = []
        for _ in range(REPEATS):
            began = time.perf_counter()
            call()
            runs.append((time.perf_counter() - began) * 1000)
        times.append(float(np.median(runs)))
    return times, results
