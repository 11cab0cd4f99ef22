"""A text's words read out (``attribution.reads``): "His latest message reads: '...'" is its
sender's words, "The letter reads: “...”" the letter's. The negative rows keep signs, people
reading and a text "to read" from speaking."""

from __future__ import annotations

import pytest

ROWS = [
    ("a possessive pronoun's message", "Tom Reyes runs a gym.\n\nHis latest message to the hacker reads: 'Go home.'", [None, "Tom Reyes"]),
    ("a named owner, a comma and a participle between", "Jo Bloggs runs a team.\n\nBloggs's original, deleted tweet read: \"Stand with the strikers.\"", [None, "Jo Bloggs"]),
    ("as follows, part of a text", "Part of the council's holiday message reads as follows:\n\n\"A new hope was born.\"", ["the council", "the council"]),
    ("a letter, no owner", "The letter reads: “We will not stand for this.”", ["The letter"]),
    # negative rows
    ("a sign is nobody's words", "A marcher is seen holding a handmade sign that reads, “Go home.”", [None]),
    ("a reader", "Few people read the letter.", [None]),
    ("no quotation", "The letter reads like a threat.", [None]),
    ("an aim", "Tom Reyes changed his profile to read: \"Retired.\"", [None]),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_read_out(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_the_owner_is_the_mention(only) -> None:
    found = only("Jo Bloggs's original, deleted tweet read: \"Stand with the strikers.\"")
    assert found is not None and found.mention == "Jo Bloggs" and found.cue == "read"
