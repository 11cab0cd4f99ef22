"""Figures as papers write them: amounts with their scale fused on ("$5bn"), shares of the people
a poll asked ("49 percent said"), shares of a population, and a count found through a relative
of a word the articles never use ("killed" for "died")."""

import pytest

from retrieval.answer.counted import counted_nouns, lead_terms
from retrieval.answer.figures import count_figure, has_count
from retrieval.index.terms import tokenize

ARTICLES = {
    "ferry.txt": (
        "A ferry capsized off the Valdorian coast on Monday.\n\n"
        "Nine passengers were killed and four injured, the coastguard said.\n"
    ),
    "poll.txt": (
        "A Marlow poll released Friday found voters split: 58 percent said the tunnel plan was a mistake, "
        "the pollster said.\n\n"
        "The poll of 1,200 adults was taken last week.\n"
    ),
}


@pytest.fixture(scope="module")
def engine(engine_over):
    return engine_over(ARTICLES)


def figures(answer):
    return [q.figure for q in answer.answers]


def test_a_relative_of_a_word_the_articles_lack_finds_the_count(engine):
    assert figures(engine.ask("how many passengers died when the ferry capsized?")) == ["Nine passengers"]


def test_a_share_that_said_answers_how_many_people_said(engine):
    assert "58 percent" in figures(engine.ask("how many people in the Marlow poll said the tunnel plan was a mistake?"))


@pytest.mark.parametrize(
    "sentence, terms, figure",
    [
        ("Early estimates put the amount of aid needed at about $5bn (£2.6bn).", "aid needed", "$5bn"),
        ("The firm owes more than £27bn in taxes.", "taxes owes", "£27bn"),
        ("It raised £4 million for the hospital.", "hospital", "£4 million"),
        ("They built a 5m wall round the hospital.", "hospital", None),  # a height, no amount
    ],
)
def test_amounts_with_a_fused_scale(sentence, terms, figure):
    assert count_figure(sentence, tokenize(terms), how_much=True) == figure
    assert has_count(sentence) is (count_figure(sentence, []) is not None)


@pytest.mark.parametrize(
    "sentence, question, figure",
    [
        ("About 15-20 percent of the population in Marlow is immune, he said.", "people in Marlow are immune", "20 percent of the population"),
        ("In the poll, 49 percent said the plan was wrong.", "people in the poll said the plan was wrong", "49 percent"),
        # a share that did not say anything, or a share of something else, counts no people
        ("Prices rose 3.5% said the bank.", "people said prices rose", None),
        ("About 20 percent of the harvest in Marlow was lost.", "people in Marlow lost", None),
    ],
)
def test_shares_of_people(sentence, question, figure):
    nouns = counted_nouns(lead_terms(question))
    assert count_figure(sentence, tokenize(question), nouns) == figure


@pytest.mark.parametrize(
    "sentence, counted, figure",
    [
        ("It would take 1,548 or more jagerbombs to win.", "jagerbombs", "1,548 or more jagerbombs"),
        ("He drank three to four pints of lager.", "pints", "four pints"),
        ("About 40 or so tents were put up.", "tents", "40 or so tents"),
        # a bound followed by no number or bound word is no range: the noun stays left out
        ("Police said 12 or others were hurt.", "pints", "12"),
    ],
)
def test_a_bound_or_range_stands_between_a_number_and_its_noun(sentence, counted, figure):
    assert count_figure(sentence, tokenize(counted), nouns=tokenize(counted)) == figure


def test_how_many_of_the_counts_the_noun_after_it(engine):
    assert figures(engine.ask("how many of the passengers died when the ferry capsized?")) == ["Nine passengers"]
    assert lead_terms("of the rifle attachments did he buy") == tokenize("rifle attachments")
    assert lead_terms("offers were made") == tokenize("offers")  # "of" only as a word of its own


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The officer used the Taser on five separate occasions, the court heard.", "five separate occasions"),
        ("The officer used the Taser for 20 minutes, the court heard.", None),  # a time of the clock, no count of times
        ("The officer fired it three times, the court heard.", "three times"),
    ],
)
def test_how_many_times_counts_occasions(sentence, figure):
    question = "times did the officer use the Taser"
    assert count_figure(sentence, tokenize(question), counted_nouns(lead_terms(question))) == figure


def test_hours_after_a_short_number_are_a_count_but_a_four_digit_clock_time_is_not():
    assert count_figure("The co-pilot had 540 hours of flying time.", tokenize("flying time")) == "540 hours"
    assert has_count("They worked 12 hours.") and not has_count("It opens at 0600 hours.")
