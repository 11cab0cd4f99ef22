"""Speakers named as the articles name them elsewhere: a role beside their name in another
speaker's sentence, an outer source the words came through, an alias kept on the name."""

import pytest


ARTICLES = {
    "budget.txt": (
        "Gov. Thomas Halvorsen said on Monday that he would veto the budget, and he accused the Senate "
        "majority leader, Richard Okonjo, of holding teachers hostage.\n\n"
        "Okonjo said the governor had known about the plan since March.\n"
    ),
    "plant.txt": (
        "State TV reported an official saying the reactor was safe and would restart within a week.\n\n"
        "Residents said they did not believe the reports.\n"
    ),
    "affair.txt": (
        "The general discussed his friendship with Marta Quill, according to lawmakers.\n\n"
        "Lawmakers said the briefing lasted three hours.\n"
    ),
    "match.txt": (
        "The Harbour Rovers beat Lusk City 3-1 on Saturday.\n\n"
        '"This is a really good win for us," coach Tomas Lind said.\n\n'
        'Vera Dahl was fined on Friday.\n\n'
        '"My client will appeal," said Ines Borg, a lawyer.\n'
    ),
    "widgets.txt": (
        "British Widgets (BW) said on Tuesday that profits rose by a tenth.\n\n"
        "Analysts said the figure beat forecasts.\n"
    ),
}


@pytest.fixture(scope="module")
def engine(engine_over):
    return engine_over(ARTICLES)


def texts(answer):
    return [q.text for q in answer.answers]


def test_a_role_beside_a_name_in_another_speakers_sentence_finds_that_speaker(engine):
    answer = engine.ask("what did the Senate leader say?")
    assert [q.speaker for q in answer.answers] == ["Richard Okonjo"]
    assert texts(answer) == ["Okonjo said the governor had known about the plan since March."]


def test_a_role_nobody_is_described_by_finds_nobody(engine):
    assert engine.ask("what did the House leader say?").answers == []


def test_an_outer_source_finds_the_words_that_came_through_it(engine):
    answer = engine.ask("what did state TV say?")
    assert texts(answer) == [ARTICLES["plant.txt"].split("\n")[0]]
    assert answer.answers[0].via == ["State TV"]


def test_a_source_that_passed_on_nothing_finds_nothing(engine):
    assert engine.ask("what did state radio say?").answers == []


@pytest.mark.parametrize("question", ["what did BW say?", "what did British Widgets say?"])
def test_an_alias_kept_on_the_name_finds_the_speaker(engine, question):
    assert [q.speaker for q in engine.ask(question).answers] == ["British Widgets"]


def test_a_name_before_an_attribution_phrase_describes_nobody_it_attributes(engine):
    # "Marta Quill, according to lawmakers": the lawmakers are not Marta Quill
    assert engine.ask("what did Marta Quill say?").answers == []


def test_a_speaker_not_in_the_articles_said_nothing_that_caused_anything(engine):
    answer = engine.ask("what did Marta Quill say caused the delay?")
    assert answer.intent == "what_did_say" and answer.answers == []


def test_a_role_with_a_capitalised_modifier_finds_the_role_in_the_article_naming_it(engine):
    # "coach" describes Tomas Lind; "Rovers" is named in his article, not beside him
    assert [q.speaker for q in engine.ask("what did the Rovers coach say?").answers] == ["Tomas Lind"]


def test_a_role_whose_modifier_names_a_person_is_not_found_article_wide(engine):
    # whose lawyer Ines Borg is, the article does not say beside her name
    assert engine.ask("what did Vera Dahl's lawyer say?").answers == []
