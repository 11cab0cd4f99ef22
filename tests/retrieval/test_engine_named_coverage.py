"""A person the question names by name or role: their quote holding a specific word of a topic
it paraphrases answers, though it holds less than half the topic's weight (``answer.named``)."""

import pytest

ARTICLES = {
    "senate.txt": (
        "State Senator Vance Ruiz spoke to reporters in the capitol on Tuesday.\n\n"
        '"I have voted against every single tax increase since I arrived here," Ruiz said.\n\n'
        "The weather in the capitol was mild for the time of year.\n\n"
        "Reporters asked about the coming months.\n\n"
        "Senators Vance Ruiz and Olga Brandt said the dredging plan had their backing.\n"
    ),
    "fund.txt": (
        "The Northern Water Fund (NWF) published its annual report on Monday.\n\n"
        '"We expect reservoirs to stay full this summer," said NWF director Jo Park.\n\n'
        "The report was printed on recycled paper.\n\n"
        "Copies went to every library in the county.\n"
    ),
    "elsewhere.txt": (
        "The session opened with a debate on the record of the outgoing cabinet.\n\n"
        "The ferry timetable changes take effect in May, the harbour office said.\n\n"
        "The winter schedule for the dredging crews was published on Friday.\n"
    ),
}


@pytest.fixture(scope="module")
def engine(engine_over):
    return engine_over(ARTICLES)


def test_a_named_persons_quote_holding_one_specific_word_of_the_topic_answers(engine):
    answer = engine.ask("what did Ruiz say about his voting record this session?")
    assert [q.speaker for q in answer.answers] == ["Vance Ruiz"]
    assert "voted against every single tax increase" in answer.answers[0].text


def test_a_topic_none_of_their_quotes_holds_still_finds_nothing(engine):
    assert engine.ask("what did Ruiz say about the teachers' pension reform?").answers == []


def test_a_body_asked_by_its_acronym_lends_its_staff_no_looser_match(engine):
    # Jo Park is described as an NWF director: what she said is hers, not the fund's on timetables.
    answer = engine.ask("what did the NWF say about summer timetable changes?")
    assert not any("reservoirs to stay full" in q.text for q in answer.answers)


def test_the_same_question_of_the_person_by_name_is_answered(engine):
    answer = engine.ask("what did Jo Park say about summer timetable changes?")
    assert any("reservoirs to stay full" in q.text for q in answer.answers)


def test_several_people_quoted_together_are_no_one_person_named(engine):
    answer = engine.ask("what did Olga Brandt say about the winter schedule for dredging crews?")
    assert not any("dredging plan had their backing" in q.text for q in answer.answers)
