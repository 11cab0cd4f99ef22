"""A name and a colon before someone's words: a name with a particle, with its party in brackets,
with the quotation right after the colon, and a round-up item after its heading and a dash; a
tally's line or a roster after a colon is no one's words."""

from __future__ import annotations

import pytest

ROWS = [
    (
        "a name with a particle before the colon",
        "Mayor Ana de Souza: “We have every reason to believe this was planned.”",
        ["Ana de Souza"],
    ),
    (
        "a party in brackets and the quotation right after the colon",
        'Rep. Tom Vance (R-Ohio):"I have not heard anyone cite that figure. Who told you that?"',
        ["Tom Vance"],
    ),
    (
        "a round-up item after a heading and a dash",
        "TURNOUT WAS NOT THE STORY - Lisa Moreno: “The polls closed early in the rural counties. "
        "Most of the late voters were young.”\n\nThe next primary is in March.",
        ["Lisa Moreno", None],
    ),
    # negative rows
    ("a label before a dash and a colon names nobody", "It was a long night - Update: “Polls have closed.”", [None]),
    ("a tally's line: a figure after the name", "Hillary Clinton and Bernie Sanders split the vote.\n\nHillary Clinton: 1,769.\n\nBernie Sanders: 46 percent.", [None, None, None]),
    (
        "a repeated tally is no transcript: the sentences after it are no one's",
        "Hillary Clinton: 1,769.\n\nBernie Sanders: 1,501.\n\nThese delegates can change their minds.\n\n"
        "Clinton: 547.\n\nSanders: 46.\n\nClinton: 2,316.\n\nSanders: 1,547.\n\nThe count goes on.",
        [None] * 8,
    ),
    (
        "a roster: names listed after a place",
        "The insiders are below.\n\nIowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink and Bonnie Campbell.",
        [None, None],
    ),
    ("a name inside a quotation is not its speaker", "“We met - Lisa Moreno: we all agreed,” said Tom Vance.", ["Tom Vance"]),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_colon_quotes(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
