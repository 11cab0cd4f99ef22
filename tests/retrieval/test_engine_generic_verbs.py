"""A question's generic verbs ("made", "give", "want") weigh as its own verb does: held, they add
to a sentence's share; missing, they take nothing from it; alone, they answer nothing."""

import numpy as np
import pytest

from retrieval.answer.generic import beyond_generic, generic_terms
from retrieval.answer.matching import query_terms

ARTICLES = {
    "race.txt": (
        "Race officials confirmed the disqualification of Mia Tull on Saturday.\n\n"
        "“My heart dropped,” Tull told reporters after the race.\n\n"
        "The organisers made a statement about the weather.\n\n"
        "The team made the final last year, coach Ben Hale said.\n\n"
        "Mayor Ada Ruiz gave a speech at the finish line, her office said.\n\n"
        "The winner received an award from the club.\n"
    ),
}


@pytest.fixture(scope="module")
def engine(engine_over):
    return engine_over(ARTICLES)


def speakers(answer):
    return [q.speaker for q in answer.answers]


def test_a_missing_generic_verb_takes_nothing_from_a_sentence_share(engine):
    assert "Tull" in " ".join(s or "" for s in speakers(engine.ask("who said the disqualification made her heart drop?")))


def test_a_generic_verb_alone_answers_nothing(engine):
    # "gave" is held by the mayor's sentence, "award" only by one no one said
    assert engine.ask("who gave the award?").answers == []


def test_the_words_beside_a_generic_verb_still_must_be_held(engine):
    assert engine.ask("who said the disqualification made her cry?").answers == []


@pytest.mark.parametrize(
    "question, generic",
    [
        ("what justification did Barr give for the executions", ["give"]),
        ("who wants to expand the court", ["want"]),
        ("who gave up on the talks", []),  # a phrasal verb with relatives of its own stays asked
        ("who criticised the plan", []),
    ],
)
def test_generic_terms(question, generic):
    assert generic_terms(query_terms(question)) == generic


def test_beyond_generic():
    present = np.array([[True, False], [True, True], [False, False]])
    assert beyond_generic(present, ["give", "award"], ["give"]).tolist() == [False, True, False]
    assert beyond_generic(present, ["give", "award"], []).tolist() == [True, True, True]
