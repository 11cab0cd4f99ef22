"""Periods a question names, read with dateparser relative to the newest article."""

import datetime as dt

import pytest

from retrieval.answer.when import find_period

NEWEST = dt.date(2024, 8, 15)
D = dt.date


@pytest.mark.parametrize(
    "question, phrase, start, end, rest",
    [
        ("what did Trump say in January 2020?", "in January 2020", D(2020, 1, 1), D(2020, 1, 31), "what did Trump say ?"),
        ("what did the governor say in 2023?", "in 2023", D(2023, 1, 1), D(2023, 12, 31), "what did the governor say ?"),
        ("what did Varga say in May?", "in May", D(2024, 5, 1), D(2024, 5, 31), "what did Varga say ?"),
        ("who commented on inflation last month?", "last month", D(2024, 7, 1), D(2024, 7, 31), "who commented on inflation ?"),
        ("who said X last week?", "last week", D(2024, 8, 8), D(2024, 8, 15), "who said X ?"),
        ("what has Aune said since March?", "since March", D(2024, 3, 1), None, "what has Aune said ?"),
        ("what did Dell say before 2024", "before 2024", None, D(2023, 12, 31), "what did Dell say"),
        ("what did Goldsmith tell Blair on 7 March 2003?", "on 7 March 2003", D(2003, 3, 7), D(2003, 3, 7), "what did Goldsmith tell Blair ?"),
    ],
)
def test_periods(question, phrase, start, end, rest):
    period, left = find_period(question, NEWEST)
    assert (period.phrase, period.start, period.end, left) == (phrase, start, end, rest)


@pytest.mark.parametrize(
    "question",
    [
        "who may say so?",  # a modal, not the month
        "who said the 2023 budget was wrong?",  # a year as a topic word
        "what did Ferguson say on Saturday?",  # a weekday is when the words were said, not a period of articles
        "who said casualties?",
    ],
)
def test_no_period(question):
    assert find_period(question, NEWEST) == (None, question)


def test_an_undated_corpus_places_only_absolute_dates():
    assert find_period("who said X last week?", None) == (None, "who said X last week?")
    assert find_period("who said X in 2003?", None)[0].start == D(2003, 1, 1)
