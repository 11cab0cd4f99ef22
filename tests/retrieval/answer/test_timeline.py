"""Which quotes a timeline answer shows (``timeline.over_time``): the span of dates, in date order."""

from __future__ import annotations

import datetime as dt

from retrieval.answer.timeline import over_time

MAY1, MAY2, MAY3 = dt.date(2024, 5, 1), dt.date(2024, 5, 2), dt.date(2024, 5, 3)


def test_the_best_of_each_date_comes_before_a_second_of_any():
    dates = [MAY1, MAY1, MAY1, MAY3, MAY2]  # best first
    assert over_time(dates, [10, 11, 12, 40, 30], 3) == [0, 4, 3]  # one per date, in date order
    assert over_time(dates, [10, 11, 12, 40, 30], 4) == [0, 1, 4, 3]


def test_undated_quotes_come_last_and_ties_keep_corpus_order():
    dates = [None, MAY2, MAY2]
    assert over_time(dates, [5, 9, 7], 3) == [2, 1, 0]
    assert over_time([], [], 5) == []
    assert over_time([MAY1], [0], 5) == [0]
