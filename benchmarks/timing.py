"""Timing helper shared by the benchmarks."""

from __future__ import annotations

import time
from typing import Any, Callable, NamedTuple

import numpy as np

__all__ = ["REPEATS", "timed", "time_questions", "QuestionTimes"]

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


class QuestionTimes(NamedTuple):
    terms: list[list[str]]  # each question's query terms, as the engine ranks them
    search_ms: list[float]  # Library.search, per question
    hits: list[Any]  # the top-k Hits of each search
    ask_ms: list[float]  # the whole Engine.ask, per question


def time_questions(library: Any, asked: list[str], top: int) -> QuestionTimes:
    """Time the retrieval (``Library.search``) and the whole question layer on the same questions."""
    from retrieval.answer.matching import query_terms
    from retrieval import Engine

    terms = [query_terms(q) for q in asked]
    search_ms, hits = timed([lambda t=t: library.search(t, top) for t in terms])
    engine = Engine(library)
    ask_ms, _ = timed([lambda q=q: engine.ask(q) for q in asked])
    return QuestionTimes(terms, search_ms, hits, ask_ms)
