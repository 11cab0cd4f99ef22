"""One speaker's quote whose paragraph, read whole, is about what was asked: the sentence before
names the rule, the one after the delay, the quote itself neither."""

import pytest


ARTICLES = {
    "ruling.txt": (
        "A federal judge ruled on Wednesday against the education department.\n\n"
        "The Lender Shield regulations changed how student loans are forgiven, Judge Ada Moss wrote.\n\n"
        'In doing so, the department deprived students "of several concrete benefits," Moss said.\n\n'
        "Moss said she would not postpone matters further and called the delay unlawful.\n\n"
        "The department said it would study the ruling.\n"
    ),
}


@pytest.fixture(scope="module")
def engine(engine_over):
    return engine_over(ARTICLES)


def test_a_quote_between_neighbours_that_together_name_the_topic_answers(engine):
    answer = engine.ask("what did the judge say about the Lender Shield delay?")
    assert any("several concrete benefits" in q.text for q in answer.answers)
    assert {q.speaker for q in answer.answers} == {"Ada Moss"}


def test_a_topic_the_paragraph_never_names_finds_no_such_quote(engine):
    answer = engine.ask("what did the judge say about the tuition refund?")
    assert not any("several concrete benefits" in q.text for q in answer.answers)
