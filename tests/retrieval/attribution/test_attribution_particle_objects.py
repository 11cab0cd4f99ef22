"""A short sentence whose verb is followed by its particle's object ("called for calm.") says
something; one followed only by a place or a time ("said on Twitter.") says nothing itself. A
time may stand before the particle ("called Friday for"); a lead-in ("was quick to", "proceeded
to", "tried to") makes a reporting verb's infinitive speech; "by claiming" and "indicated he
wants" take a clause without "that"."""

from __future__ import annotations

import pytest

ROWS = [
    ("called for, short", "Mayor Jo Bloggs called for calm.", ["Jo Bloggs"]),
    ("called, a day, for", "Harbour Trust called Friday for new help from the council.", ["Harbour Trust"]),
    ("call for after a lead-in", "Tom Reyes went so far as to call for Smith’s resignation.", ["Tom Reyes"]),
    # negative rows
    ("only circumstances", "Tom Reyes spoke to reporters.", [None]),
    ("said where", "Tom Reyes said on Twitter.", [None]),
    ("called a day a name", "The union called Friday a day of action.", [None]),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_particle_objects(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


LEAD_IN_ROWS = [
    ("quick to", "Tom Reyes was quick to point out that the depot had closed.", ["Tom Reyes"]),
    ("proceeded to", "Jo Bloggs proceeded to tell the council that the plan was dead.", ["Jo Bloggs"]),
    ("as far as to", "Tom Reyes went as far as to say the depot should close.", ["Tom Reyes"]),
    # negative rows
    ("quick to act", "Tom Reyes was quick to close the depot.", [None]),
    ("proceeded to act", "Jo Bloggs proceeded to lock the doors.", [None]),
    ("by claiming, a clause without that", "Tom Reyes stepped up his feud by claiming the manager is guilty.", ["Tom Reyes"]),
    ("by announcing, a thing", "Tom Reyes annoyed everyone by announcing the winners.", [None]),
    ("tried to explain", "Jo Bloggs tried to explain the delay in the council's first statements.", ["Jo Bloggs"]),
    ("sought to clarify", "Tom Reyes sought to clarify his remark that the depot would close.", ["Tom Reyes"]),
    ("tried to act", "Tom Reyes tried to open the depot doors.", [None]),
    ("a pronoun clause without that", "Tom Reyes has indicated he wants the depot to close.", ["Tom Reyes"]),
    ("a finding, no clause", "Tom Reyes found it worked.", [None]),
]


@pytest.mark.parametrize("name, text, expected", LEAD_IN_ROWS, ids=[row[0] for row in LEAD_IN_ROWS])
def test_lead_ins(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
