"""A body heard under its full name, then by its first word ("the Pew Research Center ... according
to Pew"), is one speaker even when words follow the short form after a comma; made-up sentences."""

from __future__ import annotations

import pytest

ARTICLES = [
    (
        "the first word of a body after a comma",
        "A new poll from the Pew Research Center shows that views of the court fell.\n\n"
        "According to Pew, the court’s standing is lowest among young voters.",
        ["Pew Research Center", "Pew Research Center"],
    ),
    # negative rows
    (
        "a person of that surname named before",
        "The Pew Research Center said views of the court fell.\n\n"
        "Analyst Maria Pew said the poll was sound.\n\n"
        "According to Pew, the court’s standing is lowest among young voters.",
        ["Pew Research Center", "Maria Pew", "Maria Pew"],
    ),
    (
        "a single name no body opens",
        "The Pew Research Center said views of the court fell.\n\n"
        "According to Gallup, the court’s standing is lowest among young voters.",
        ["Pew Research Center", "Gallup"],
    ),
]


@pytest.mark.parametrize("name, text, expected", ARTICLES, ids=[row[0] for row in ARTICLES])
def test_short_form_of_a_body(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
