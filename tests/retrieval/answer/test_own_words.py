"""Which sentences give a speaker's own words (``own_words``), on sentences of our own writing."""

from __future__ import annotations

import pytest

from retrieval.answer.own_words import opens_with_quote, own_words, quoted_share


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“The boats are forty years old,” Lind told reporters.", True),  # the quote first
        ("“Cities are pushing for it,” says Ana Brel, a policy analyst with a research group based in the capital.", True),
        ('The mayor called it a "fair" deal and moved on to the budget.', False),  # one word in marks
        ("'This is no reason to stop the trial,' she said.", True),  # single marks, British style
        ("He said they don’t know and won’t guess.", False),  # apostrophes quote nothing
        ("“It will not happen again.", True),  # a quote running on to the next sentence
        ("Lynch accused him of choosing “to cringe in fear of the critics rather than stand up for the officers.”", True),
    ],
)
def test_own_words(text, expected):
    assert own_words(text) is expected


def test_a_reporters_sentence_with_a_long_quote_inside_does_not_open_with_it():
    text = "Lynch accused him of choosing “to cringe in fear of the critics rather than stand up for the officers.”"
    assert quoted_share(text) > 0.5 and not opens_with_quote(text)
    assert not opens_with_quote("“Fair,” she said of the deal the council had struck with the boat owners.")  # too short to be a quote


def test_the_share_counts_letters_inside_the_marks():
    assert quoted_share("No quotation here.") == 0.0
    assert quoted_share("“abc” def") == pytest.approx(0.5)
