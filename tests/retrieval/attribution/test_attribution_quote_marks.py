"""Quote mechanics across publishers' styles: single quotes as the outer quotation (British copy),
apostrophes that are no quote, straight quotes whose direction is read from the words around
them, nested quotations, measures, quoted headings and quotations that never close."""

from __future__ import annotations

import pytest

from retrieval.attribution.quotes import mask_paragraph

ROWS = [
    ("British single quotes", "Jo Bloggs runs the yard.\n\n'We will not close,' she said. 'Not this year.'", [None, "Jo Bloggs", "Jo Bloggs"]),
    ("curly single quotes", "Jo Bloggs runs the yard.\n\n‘We will not close,’ said Mrs Bloggs.", [None, "Jo Bloggs"]),
    ("double quotes inside single ones", "'He told me \"no\" twice,' Tom Reyes said.", ["Tom Reyes"]),
    ("single quotes inside double ones", "“They said 'no' to the plan,” Tom Reyes said.", ["Tom Reyes"]),
    (
        "a reporting verb inside the quotation belongs to it",
        "Ann Kiplagat runs the clinic.\n\n'Today I called them and they told me it was over,' she said.",
        [None, "Ann Kiplagat"],
    ),
    # negative rows
    ("apostrophes are no quotes", "Iran's minister and the Smiths' lawyer met in the '90s.", [None]),
    ("feet and inches are no quotes", "He is 6'3\" tall. Jane Doe said he would play.", [None, "Jane Doe"]),
    (
        "a quoted heading continues no quotation",
        "'We will win this one,' Jane Doe said.\n\n'All Bets Are Off.'\n\nThe vote is on Friday.",
        ["Jane Doe", None, None],
    ),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_quote_marks(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_an_unclosed_single_quote_does_not_hide_the_paragraph() -> None:
    views = mask_paragraph(["They played 'rock all night.", "Jane Doe said the band was late."], runs_on=False)
    assert views[1].masked == "Jane Doe said the band was late."
    # the same mark may open a quotation that the next paragraph goes on
    views = mask_paragraph(["'We will fight on.", "We will win."], runs_on=True)
    assert views[1].open_at_start and views[1].outside_words == 0


def test_a_straight_quote_closing_nothing_opens_nothing() -> None:
    (view,) = mask_paragraph(['Jane Doe said the plan was dead."'])
    assert view.masked.startswith("Jane Doe said the plan was dead")
    assert not view.open_at_end
