"""Who speaks, as real reports put it: an organisation through its people, a quote whose topic the
sentence beside it names, and a person a who-question names as the object of the words."""

import pytest


ARTICLES = {
    "fund.txt": (
        "The Northern Water Fund (NWF) said on Monday it would review its loans to Valdoria.\n\n"
        "Valdoria has recovered from a long drought that ruined its farms.\n\n"
        '"The Valdorian authorities should be proud of the strong harvest," Ilse Marr, an NWF '
        "director, said earlier this month.\n"
    ),
    "palace.txt": (
        "The president said the harbour bill would pass before the summer.\n\n"
        "White House Deputy Press Secretary Tomas Brandt told reporters the bill would not include new "
        "harbour fees.\n"
    ),
    "court.txt": (
        "The Marlow army chief faced the tribunal in Lusk over the river crossings in March.\n\n"
        '"Disproportionate force may have been used," General Orla Finch told the judges.\n\n'
        "The tribunal dismissed the harbour master over the ferry fire.\n\n"
        '"We take every report very seriously," the port authority said.\n'
    ),
    "vote.txt": (
        '"The vote was a mistake and I said so before it," councillor Piet Varo said.\n\n'
        "The council vote on the harbour passed by two votes.\n"
    ),
    "leader.txt": (
        '"Governor Tarrant is the weakest leader this state has had," Senator Alma Reyes said.\n\n'
        '"A weak leader shouts; I build my team," Governor Bo Tarrant said.\n\n'
        '"Quist told me last year that I was selling panic," Ida Marsh said.\n'
    ),
}


@pytest.fixture(scope="module")
def engine(engine_over):
    return engine_over(ARTICLES)


def speakers(answer):
    return [q.speaker for q in answer.answers]


@pytest.mark.parametrize("asked", ["the NWF", "the Northern Water Fund"])
def test_a_body_is_heard_through_the_people_described_as_its_own(engine, asked):
    answer = engine.ask(f"what did {asked} say about the harvest?")
    assert speakers(answer)[0] == "Ilse Marr" and "strong harvest" in answer.answers[0].text


def test_a_body_whose_people_said_nothing_on_the_topic_gives_nothing(engine):
    assert engine.ask("what did the NWF say about the harbour fees?").answers == []


def test_the_quote_and_its_neighbour_together_say_what_was_asked(engine):
    # "drought" and "farms" only beside the quote (two thirds), "harvest" only in it (a third)
    answer = engine.ask("what did Ilse Marr say about the harvest after the drought on the farms?")
    assert any("strong harvest" in q.text for q in answer.answers)


def test_a_neighbour_holding_nothing_the_quote_lacks_adds_nothing(engine):
    assert engine.ask("what did Ilse Marr say about the harvest in Tarvos?").answers == []


def test_an_office_read_through_its_alias_is_also_found_by_its_own_words(engine):
    # "the White House" is read as the president (speaker_aliases.tsv) and found as written
    answer = engine.ask("what did the White House say about harbour fees?")
    assert "Tomas Brandt" in speakers(answer)


def test_who_said_finds_a_quote_whose_topic_its_neighbour_names(engine):
    # "disproportionate force ... used" in the quote, "Marlow army ... river crossings" only beside it
    answer = engine.ask("who admitted the Marlow army used disproportionate force at the river crossings?")
    assert speakers(answer) == ["Orla Finch"]


def test_who_said_finds_no_quote_that_shares_no_word_with_the_question(engine):
    # beside the harbour master's dismissal stands a statement holding none of the question's words
    assert engine.ask("who commented on the harbour master's dismissal over the ferry fire?").answers == []


def test_a_person_the_who_question_names_is_its_object_not_its_answer(engine):
    assert speakers(engine.ask("who called Tarrant a weak leader?")) == ["Alma Reyes"]


def test_the_named_persons_own_quote_answers_when_nobody_elses_does(engine):
    assert speakers(engine.ask("who said Marsh was selling panic?")) == ["Ida Marsh"]


@pytest.mark.parametrize("question", ["who commented on the Quorvex vote?", "who said the Quorvex vote was a mistake?"])
def test_a_name_no_article_uses_gets_no_quote_and_says_so(engine, question):
    # "vote" alone is no answer to a question about a vote the articles never name
    answer = engine.ask(question)
    assert answer.answers == [] and "Quorvex" in answer.message


def test_a_name_the_articles_use_is_asked_about_as_before(engine):
    assert speakers(engine.ask("who said the Harbour vote was a mistake?")) == ["Piet Varo"]
