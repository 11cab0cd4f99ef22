"""Speakers named by who does it ("the bar owner") when their description says what they do
("who owns several bars"), and only once the words as asked find nobody."""

import pytest

from retrieval.answer.agents import agent_bases

ARTICLES = {
    "bars.txt": (
        " date 2023-06-01 local\n\n"
        "“We did everything the state asked,” Ada Brill, who owns two bars in Karad, told the Herald.\n\n"
        "“The polling shows voters are split,” said Ned Lowe of Harbour Polling.\n\n"
        "“Prices went up again,” said Ola Berg, a shop owner.\n"
    ),
}


@pytest.fixture(scope="module")
def engine(engine_over):
    return engine_over(ARTICLES)


def _speakers(answer):
    return [q.speaker for q in answer.answers]


def test_a_doer_is_found_by_what_the_description_says_they_do(engine):
    assert _speakers(engine.ask("what did the bar owner tell the Herald?")) == ["Ada Brill"]


def test_a_pollster_is_found_by_the_polling_firm(engine):
    assert _speakers(engine.ask("what did the Harbour pollster say?")) == ["Ned Lowe"]


def test_the_words_as_asked_come_first(engine):
    # "owner" is in Berg's description as written: the doer's base is not tried
    assert _speakers(engine.ask("what did the shop owner say?")) == ["Ola Berg"]


def test_a_doer_of_something_nobody_does_finds_nobody(engine):
    assert engine.ask("what did the bar manager say?").answers == []


@pytest.mark.parametrize(
    "word, bases",
    [("owner", ("own", "owne")), ("runner", ("runn", "run")), ("pollster", ("poll", "pollst", "pollste")), ("her", ()), ("governor", ()), ("mayor", ())],
)
def test_agent_bases(word, bases):
    assert agent_bases(word) == bases
