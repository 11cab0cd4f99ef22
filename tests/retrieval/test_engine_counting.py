""""How many" over prose shaped like real reports: the event named in the sentence beside the
figure, a noun after a number's scale word or an abbreviation, a share of the counted thing, and
a counted noun that ends at its verb."""

import pytest


ARTICLES = {
    "crash.txt": (
        "A driver who killed a nurse in a head-on crash on the coast road was jailed on Friday.\n\n"
        "The head-on crash happened in thick fog in November.\n\n"
        "Police said Harlow had drunk at least five pints of cider before getting behind the wheel.\n\n"
        "He was found guilty at Exeter Crown Court.\n"
    ),
    "jobs.txt": (
        "The slump deepened last month, with 2.7 million of Valdorians filing jobless claims, "
        "the labour ministry said.\n\n"
        "Economists said the figure was the worst since records began.\n"
    ),
    "poll.txt": (
        "The study of reading habits was large enough, about 12,000 U.K. adults, to be trusted, "
        "the authors said.\n\n"
        "Analysts at Marlow Bank estimate that roughly 40% of Valdorian households own no books.\n"
    ),
    "harbour.txt": (
        "A harbour pilot said the ferry had run aground near the breakwater.\n\n"
        "Seven people were hurt, the coastguard said.\n"
    ),
    "petition.txt": (
        "Nurses at the Harbour Hospital backed a petition against the pay freeze.\n\n"
        "Organisers said 4,000 petitions were signed across the region.\n"
    ),
}


@pytest.fixture(scope="module")
def engine(engine_over):
    return engine_over(ARTICLES)


def figures(answer):
    return [q.figure for q in answer.answers]


def test_the_event_named_beside_the_figure_answers(engine):
    answer = engine.ask("how many pints had the driver drunk before the head-on crash that killed the nurse?")
    assert figures(answer) == ["five pints"]


def test_a_figure_whose_passage_is_about_something_else_does_not_answer(engine):
    assert engine.ask("how many pints had the pilot drunk before the ferry ran aground?").answers == []


def test_a_scale_word_is_part_of_the_number_not_its_noun(engine):
    answer = engine.ask("how many Valdorians filed jobless claims?")
    assert figures(answer) == ["2.7 million"]


def test_an_abbreviation_between_a_number_and_its_noun_is_read_past(engine):
    assert figures(engine.ask("how many adults were in the reading study?")) == ["12,000 U.K. adults"]


def test_a_share_of_the_counted_thing_answers_when_no_count_of_it_does(engine):
    assert figures(engine.ask("how many Valdorian households own no books?")) == ["40% of Valdorian households"]


def test_a_share_of_something_else_does_not_answer(engine):
    assert engine.ask("how many Valdorian libraries own no books?").answers == []


def test_the_counted_noun_ends_at_its_verb(engine):
    # nurses are counted, not petitions: a figure of the verb's object is no answer
    assert engine.ask("how many nurses signed the petition?").answers == []
