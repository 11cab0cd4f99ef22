"""An opening phrase before a comma is no name with its description after it: "In February, the
company announced" is the company's, not "In February"'s (the layout of "Katrina Bull, a
prospective candidate said", with the closing comma left out). Made-up sentences."""

from __future__ import annotations

import pytest

ARTICLES = [
    (
        "a month before the comma",
        "The Education Department approved claims.\n\nIn December, the department announced it approved 900 claims.",
        [None, "Education Department"],
    ),
    (
        "a place before the comma",
        "Acme Widgets Inc. makes parts.\n\nIn Ohio, the company said it would close two plants.",
        [None, "Acme Widgets Inc"],
    ),
    # the layout itself still reads a name and its description
    (
        "a name, then its description with no closing comma",
        "Katrina Bull, a prospective parliamentary candidate said the plan would fail.",
        ["Katrina Bull"],
    ),
]


@pytest.mark.parametrize("name, text, expected", ARTICLES, ids=[row[0] for row in ARTICLES])
def test_opening_phrase_before_comma(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
