"""Figures of a people named after its place ("how many Texans": "15,000 people in Texas",
"51 percent of Americans"), and of a quantity measured in units ("how much antibiotic": "13 million kilograms of antibiotics")."""

import pytest

from retrieval.answer.counted import counted_nouns, is_demonym, lead_terms, names_a_people
from retrieval.answer.figures import count_figure
from retrieval.index.terms import tokenize

ARTICLES = {
    "parole.txt": (
        "Ruiz is one of more than 15,000 people in Valdoria who have been granted parole but remain in prison, "
        "the corrections department said.\n\n"
        "The department also holds 300 trucks of records.\n"
    ),
    "farm.txt": (
        "Valdorian livestock may release up to 13 million kilograms of antibiotics into rivers every year, "
        "the ministry said.\n\n"
        "Farmers bought 40 tractors last year, the ministry said.\n"
    ),
}


@pytest.fixture(scope="module")
def engine(engine_over):
    return engine_over(ARTICLES)


def figures(answer):
    return [q.figure for q in answer.answers]


def test_a_people_named_after_its_place_is_counted_by_people(engine):
    assert any("15,000 people" in f for f in figures(engine.ask("how many Valdorians have been granted parole?")))


def test_a_quantity_in_units_answers_how_much_of_the_thing(engine):
    assert figures(engine.ask("how much antibiotic does Valdorian livestock release each year?")) == ["13 million kilograms of antibiotics"]


def test_a_measure_of_something_else_is_no_answer(engine):
    assert engine.ask("how much fertiliser do farmers buy?").answers == []


@pytest.mark.parametrize(
    "word, people",
    [("Texans", True), ("Americans", True), ("Iraqis", True), ("Chinese", True), ("Teslas", False), ("US", False), ("troops", False)],
)
def test_is_demonym(word, people):
    assert is_demonym(word) is people


@pytest.mark.parametrize(
    "topic, people",
    [("Texans have been granted parole", True), ("Iraqi troops are in Mosul", False), ("guns were sold in Texas", False)],
)
def test_names_a_people(topic, people):
    assert names_a_people(topic) is people


@pytest.mark.parametrize(
    "sentence, question, people, figure",
    [
        ("A poll found that 51 percent of Americans oppose the plan.", "Americans oppose the plan", True, "51 percent of Americans oppose"),
        ("About 20 percent of Marlow was flooded.", "Americans were flooded", True, None),  # a share of a place, no people
    ],
)
def test_shares_of_a_people(sentence, question, people, figure):
    nouns = counted_nouns(lead_terms(question), people)
    assert count_figure(sentence, tokenize(question), nouns) == figure


@pytest.mark.parametrize(
    "sentence, counted, figure",
    [
        ("They shipped two tons of rice to the port.", "rice", "two tons of rice"),
        ("Livestock release 13 million kilograms of antibiotics.", "antibiotic", "13 million kilograms of antibiotics"),
        ("They shipped 40 trucks of aid.", "rice", None),  # a measure of another thing
        ("It cost $4 million of public money.", "rice", "$4 million"),  # money still answers how much
    ],
)
def test_measured_quantities(sentence, counted, figure):
    assert count_figure(sentence, tokenize(counted), set(tokenize(counted)), how_much=True) == figure
