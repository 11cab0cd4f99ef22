""""How long" and "how soon" over made-up reports: a count of units of time answers, a bare
number, a date or a count of anything else does not, and the adjective is no topic word."""

import pytest

from retrieval.answer.durations import asks_duration, is_duration
from retrieval.answer.questions import parse_question

ARTICLES = {
    "police.txt": (
        " date 2023-04-02 local\n\n"
        "Sgt. Ada Marsh retired from the harbour police after 31 years, Chief Tom Reyes said.\n\n"
        "The harbour police employ 240 officers, Reyes said.\n\n"
        "“The new station opens on March 3,” Reyes said.\n"
    ),
    "relief.txt": (
        " date 2023-04-03 economy\n\n"
        "“Families will get the relief payments in the next three weeks,” Finance Minister Ines Vale said.\n\n"
        "Vale said 40 million families would get the relief payments.\n"
    ),
}


@pytest.fixture(scope="module")
def engine(engine_over):
    return engine_over(ARTICLES)


def _figures(answer):
    return [q.figure for q in answer.answers]


@pytest.mark.parametrize("question", ["how long did Marsh serve in the harbour police?", "How long was Ada Marsh in the harbour police"])
def test_how_long_is_answered_by_a_span_of_time(engine, question):
    answer = engine.ask(question)
    assert answer.intent == "how_many"
    assert _figures(answer)[:1] == ["31 years"]


def test_how_soon_is_answered_by_a_span_of_time_not_a_count(engine):
    answer = engine.ask("how soon will families get the relief payments?")
    assert _figures(answer) == ["three weeks"]  # never "40 million families"


def test_a_date_is_no_span_of_time(engine):
    assert engine.ask("how long until the new station opens?").answers == []


def test_the_same_words_as_how_many_still_count_the_thing(engine):
    assert "240 officers" in _figures(engine.ask("how many officers do the harbour police employ?"))


@pytest.mark.parametrize(
    "question, verb, topic",
    [("how long did Dorn serve on the force?", "long", "did Dorn serve on the force"), ("how soon will they pay?", "soon", "will they pay")],
)
def test_the_adjective_after_how_is_the_dimension_not_the_topic(question, verb, topic):
    parsed = parse_question(question)
    assert (parsed.intent, parsed.verb, parsed.topic) == ("how_many", verb, topic)
    assert asks_duration(parsed.verb)


def test_how_often_and_how_old_are_not_spans_asked():
    assert not asks_duration(parse_question("how often do they meet?").verb)
    assert not asks_duration("much")


@pytest.mark.parametrize("figure, expected", [("38 years", True), ("two weeks", True), ("14 days", True), ("38", False), ("240 officers", False)])
def test_is_duration(figure, expected):
    assert is_duration(figure) is expected
