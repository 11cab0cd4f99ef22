"""A date no article of then answers may be what a quote says: "since January" in the quote."""

import pytest

STEEL = """ date 2024-05-10 business

Prices for cold-rolled steel have jumped by 18 percent since January, Mia Holt, chief executive of Holt Metals, said.
"""

LATER = """ date 2025-03-02 business

Shipping rates fell in February, said Ravi Nair, an analyst.
"""


@pytest.fixture(scope="module")
def engine(engine_over):
    return engine_over({"steel.txt": STEEL, "later.txt": LATER})


def test_a_date_nothing_of_then_answers_is_read_as_words_of_the_quote(engine):
    answer = engine.ask("who said steel prices jumped since January?")
    assert [q.speaker for q in answer.answers] == ["Mia Holt"]


def test_a_date_a_quote_of_then_answers_still_filters(engine):
    answer = engine.ask("who said rates fell since January?")
    assert [q.speaker for q in answer.answers] == ["Ravi Nair"]


def test_words_no_quote_holds_still_find_nothing(engine):
    assert engine.ask("who said wages fell since January?").answers == []
