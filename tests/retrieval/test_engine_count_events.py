""""How many" when the figure's sentence tells the event in other words ("killed" for "died")
and counts its people with a word of any people ("Sixteen people" for "migrant workers")."""

import pytest

ARTICLES = {
    "rail.txt": (
        " date 2023-05-08 world\n\n"
        "Migrant workers walking home along the railway tracks near Karad were hit by a freight train on Friday.\n\n"
        "Sixteen people were killed and two injured, the state government said.\n\n"
        "The railway carries 40 freight trains a day, officials said.\n"
    ),
}


@pytest.fixture(scope="module")
def engine(engine_over):
    return engine_over(ARTICLES)


def test_the_event_in_other_words_is_read_for_its_figure(engine):
    answer = engine.ask("how many migrant workers died on the railway tracks?")
    assert [q.figure for q in answer.answers] == ["Sixteen people"]


def test_a_figure_of_another_event_still_does_not_answer(engine):
    assert engine.ask("how many migrant workers were born on the railway tracks?").answers == []
