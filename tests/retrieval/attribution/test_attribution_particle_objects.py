"""A short sentence whose verb is followed by its particle's object ("called for calm.") says
something; one followed only by a place or a time ("said on Twitter.") says nothing itself."""

from __future__ import annotations

import pytest

ROWS = [
    ("called for, short", "Mayor Jo Bloggs called for calm.", ["Jo Bloggs"]),
    ("call for after a lead-in", "Tom Reyes went so far as to call for Smith’s resignation.", ["Tom Reyes"]),
    ("spoke about, short", "Tom Reyes spoke about the closure.", ["Tom Reyes"]),
    # negative rows
    ("only circumstances", "Tom Reyes spoke to reporters.", [None]),
    ("said where", "Tom Reyes said on Twitter.", [None]),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_particle_objects(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
