"""Figures written in the forms of real prose: fused scales in capitals, shares compared."""

import pytest

from retrieval.answer.figures import count_figure, has_count
from retrieval.index.terms import tokenize


@pytest.mark.parametrize(
    "sentence, asked, figure",
    [
        ("I will pay the $7K fine she owes.", "fine pay", "$7K fine"),
        ("He paid $2.5M for the house.", "house", "$2.5M"),
        ("The deal was worth £3B to the group.", "deal", "£3B"),
        # a fused scale without a currency sign is a size or a distance, not an amount
        ("She ran a 5K race on Sunday.", "race", None),
        ("The 5M antenna was finished in June.", "antenna", None),
    ],
)
def test_an_amount_with_its_scale_fused_on_in_capitals(sentence, asked, figure):
    assert count_figure(sentence, tokenize(asked), how_much=True) == figure
    assert has_count(sentence) is (figure is not None)


@pytest.mark.parametrize(
    "sentence, counted, figure",
    [
        ("The new cells will use 70 percent less cobalt, a rare metal.", "less cobalt", "70 percent less cobalt"),
        ("Its engines burn 15% more fuel than the old ones.", "more fuel", "15% more fuel"),
        # a share compared of something else, or a comparison not asked for, answers nothing
        ("The new cells will use 70 percent less nickel.", "less cobalt", None),
        ("The new cells will use 70 percent less cobalt.", "cobalt", None),
        ("The new cells will use 70 percent more cobalt.", "less cobalt", None),
        ("Prices were 3% less than on May 4.", "less cobalt", None),
    ],
)
def test_a_share_compared_answers_how_much_less_or_more(sentence, counted, figure):
    nouns = set(tokenize(counted))
    assert count_figure(sentence, tokenize(counted + " cells"), nouns, how_much=True) == figure


def test_a_share_compared_counts_for_how_many_fewer():
    nouns = set(tokenize("fewer workers"))
    assert count_figure("The plant now employs 20% fewer workers.", tokenize("fewer workers plant"), nouns) == "20% fewer workers"


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The total net weight was roughly 2 grams.", "2 grams"),
        ("The tank held about 300 gallons.", "300 gallons"),
        ("Officers seized 3 kilos of cocaine.", "3 kilos of cocaine"),
        # a unit naming other stuff, a span of time, a bare count or a length is no quantity of it
        ("The truck carried 40 tons of rice.", None),
        ("He was held for 2 days.", None),
        ("Police found 12 bags.", None),
        ("The wall is 40 feet high.", None),
    ],
)
def test_a_quantity_in_a_unit_of_stuff_answers_how_much_of_it(sentence, figure):
    assert count_figure(sentence, tokenize("cocaine seized"), set(tokenize("cocaine")), how_much=True) == figure


def test_a_quantity_in_a_unit_is_no_amount_without_a_counted_noun():
    # "how much did it cost?" names no stuff: a weight is no answer beside an amount of money
    assert count_figure("The 2 grams sold for $300.", tokenize("sold"), how_much=True) == "$300"
