"""A speaker's own words beside the reporter's sentence that matched: shown after it, never
without it, and only the same speaker's."""

import pytest


ARTICLES = {
    "crash.txt": (
        "The co-pilot of the airliner that crashed in the hills appeared to want to destroy the plane, "
        "prosecutor Anne Vidal said on Thursday.\n\n"
        '"The intention was clearly to destroy the plane, and nobody on board could stop him," Vidal said.\n\n'
        '"It was a terrible day for the airline," said Marc Osei, a union official.\n'
    ),
    "port.txt": (
        "Harbour master Ruth Abara said the port would reopen on Monday.\n\n"
        '"We have waited long enough for this," Abara said.\n\n'
        '"We expect a busy week," said Tom Ilves, a shipping agent.\n'
    ),
}


@pytest.fixture(scope="module")
def engine(engine_over):
    return engine_over(ARTICLES)


def test_the_own_words_beside_a_reporters_sentence_follow_it(engine):
    answer = engine.ask("who said the co-pilot wanted to destroy the plane?")
    texts = [q.text for q in answer.answers]
    assert texts[0].startswith("The co-pilot of the airliner")
    assert texts[1].startswith('"The intention was clearly')
    assert {q.speaker for q in answer.answers} == {"Anne Vidal"}


def test_someone_elses_words_beside_it_are_not_added(engine):
    answer = engine.ask("what did the harbour master say about the port reopening?")
    assert [q.text[:14] for q in answer.answers] == ["Harbour master", '"We have waite']


def test_asked_of_everyone_the_words_beside_must_hold_a_word_asked(engine):
    # "who said the port would reopen?" shows what mentions it, not Abara's next quote.
    assert [q.text[:14] for q in engine.ask("who said the port would reopen?").answers] == ["Harbour master"]


def test_a_question_nothing_answers_gets_no_quote_beside(engine):
    assert engine.ask("who said the bridge would close?").answers == []
