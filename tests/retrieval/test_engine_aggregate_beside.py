"""An aggregate that finds fewer speakers than it shows adds those whose quote stands beside the
topic in an article about it (``aggregates.beside_topic``): after everyone whose own words match."""

import pytest

ARTICLES = {
    "dam.txt": (
        "The river authority approved the Elmsford dam on Monday after a year of hearings.\n\n"
        '"The Elmsford dam will protect four towns from floods," said engineer Hana Torvik.\n\n'
        "Farmers downstream opposed the dam at every hearing.\n\n"
        '"We were never asked what we need," said Piet Amsel, who grows barley near the river.\n\n'
        "The authority will publish its budget in March.\n\n"
        "The town also repainted its library this spring.\n\n"
        "The library reopened with longer hours.\n\n"
        '"Children love the new reading room," librarian Greta Moll said.\n'
    ),
    "harbour.txt": (
        "Fishing boats crowded the harbour at dawn.\n\n"
        '"The catch was good this year," said skipper Jon Vik.\n'
    ),
}


@pytest.fixture(scope="module")
def engine(engine_over):
    return engine_over(ARTICLES)


def ranked(answer):
    return [s.name for s in answer.speakers]


def test_a_speaker_whose_quote_follows_the_topic_is_ranked_after_those_who_name_it(engine):
    answer = engine.ask("who is quoted about the Elmsford dam?")
    assert ranked(answer)[:2] == ["Hana Torvik", "Piet Amsel"]


def test_a_speaker_of_the_same_article_far_from_the_topic_is_not_added(engine):
    assert "Greta Moll" not in ranked(engine.ask("who is quoted about the Elmsford dam?"))


def test_a_topic_nobody_is_quoted_on_adds_nobody(engine):
    answer = engine.ask("who is quoted about the Elmsford tunnel tolls?")
    assert answer.answers == [] and not answer.speakers
