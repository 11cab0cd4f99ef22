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
    "border.txt": (
        "Prime Minister Eli Navon said a fence would be built along the border with Jordan.\n\n"
        '"Our country is small and we must protect it," Navon said.\n\n'
        '"We will continue the fence up to the northern hills," Navon said.\n\n'
        "Critics said the plan was costly.\n"
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


def test_a_quote_holding_a_word_asked_comes_before_one_only_its_paragraph_holds(engine):
    answer = engine.ask("what did Navon say about the fence with Jordan?")
    assert [q.text[:12] for q in answer.answers] == ["Prime Minist", '"We will con', '"Our country']
