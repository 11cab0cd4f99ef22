"""A label's colon before a tally, a contact line or a roster names nobody speaking; before
words, the name still speaks; and label words ("Revealed:", "BYLINE:") are no speakers."""

from __future__ import annotations

import pytest

from retrieval.attribution.colon_contents import says_nothing


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reyes: 1,769.",
        "Harbour Trust: 46%.",
        "Twitter: @tomreyes.",
        "EMAIL: desk@harbourpost.example.",
        "Maine: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink.",
        "Revealed: What The Harbour Trust Hid From Fishermen.",
        "BYLINE: Amber Phillips.",
    ],
)
def test_a_colon_before_no_words_names_nobody(speakers, text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    "text",
    ["REYES: We will reopen the pier in May.", "Tom Reyes: Clinton, Trump and the rest are wrong about the pier.", "REYES: Yes."],
)
def test_a_colon_before_words_still_speaks(speakers, text: str) -> None:
    assert speakers(text)[0] is not None


@pytest.mark.parametrize(("after", "nothing"), [(" 547.", True), (" @jobloggs.", True), (" Jo Bloggs, Sam Lee and Kim Park.", True), (" Sam Lee and Kim Park.", False), (" We won.", False)])
def test_says_nothing(after: str, nothing: bool) -> None:
    assert says_nothing(after) is nothing
