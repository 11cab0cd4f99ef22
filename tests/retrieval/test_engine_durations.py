""""How long", "how soon" and "how old" over prose: answered by a figure in units of time, never
by a count of something else in the same sentence, and nothing when no such figure is given."""

import pytest

from retrieval.answer.figures import count_figure, has_count
from retrieval.answer.questions import parse_question
from retrieval.index.terms import tokenize

ARTICLES = {
    "officer.txt": (
        "Sgt. Ada Marlow retired from the Harbour police force after 31 years, the chief said.\n\n"
        "Two officers carried her coffin on Friday.\n"
    ),
    "flights.txt": (
        "The co-pilot had 540 hours of flying time, the airline said.\n\n"
        "The plane left the gate at 0600 hours.\n"
    ),
    "ferry.txt": (
        "The Valdorian ferry is 42 years old and carries 300 passengers, a harbour official said.\n\n"
        "Repairs will take the next three weeks, the operator said.\n"
    ),
    "bridge.txt": "The mayor said 12 lanes of the bridge would reopen.\n",
}


@pytest.fixture(scope="module")
def engine(engine_over):
    return engine_over(ARTICLES)


def figures(answer):
    return [q.figure for q in answer.answers]


@pytest.mark.parametrize("question, verb", [("how long did she serve?", "long"), ("How soon will it open", "soon"), ("how old is the ferry?", "old")])
def test_how_long_soon_old_ask_for_a_figure(question, verb):
    parsed = parse_question(question)
    assert (parsed.intent, parsed.verb) == ("how_many", verb)


def test_how_long_is_answered_in_years_not_by_another_count(engine):
    assert figures(engine.ask("how long did Marlow serve on the police force?")) == ["31 years"]


def test_how_old_reads_an_age_and_skips_the_passenger_count(engine):
    assert figures(engine.ask("how old is the Valdorian ferry?")) == ["42 years"]


def test_how_soon_reads_the_weeks(engine):
    assert figures(engine.ask("how soon will the ferry repairs be done?")) == ["three weeks"]


def test_hours_of_time_count_but_a_clock_time_in_hours_does_not(engine):
    assert figures(engine.ask("how long had the co-pilot been flying?")) == ["540 hours"]
    assert engine.ask("how long was the plane at the gate?").answers == []


def test_a_count_that_is_no_time_does_not_answer_how_long(engine):
    answer = engine.ask("how long will the bridge lanes stay shut?")
    assert answer.answers == [] and answer.message


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("She served 31 years before she retired.", "31 years"),
        ("Two officers and 12 dogs searched for hours.", None),
        ("It opens at 0600 hours.", None),
    ],
)
def test_count_figure_in_units(sentence, figure):
    units = tokenize("hour hours year years day days")
    assert count_figure(sentence, [], nouns=units, units=True) == figure


def test_hours_after_a_short_number_are_a_count():
    assert has_count("They worked 12 hours.") and not has_count("It opens at 0600 hours.")
