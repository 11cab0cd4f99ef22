"""Speech named by its occasion ("in a statement", "during a phone call", "In a speech at ...,")
is its subject's words whatever the verb; an event's time or place, someone else's speech, a
negated verb or a subject that cannot speak give nobody."""

from __future__ import annotations

import pytest

ROWS = [
    ("occasion after the verb", "The Ardena Trust confirmed the closure in an emailed statement to reporters.", ["Ardena Trust"]),
    ("during a phone call", "Mayor Tom Reyes showered the new coach with praise during a phone call on Monday.", ["Tom Reyes"]),
    ("opening occasion", "In a speech at Harbour College, Jo Bloggs discussed the ways the depot has changed.", ["Jo Bloggs"]),
    ("aside between subject and verb", "Jo Bloggs, in an interview with the Ardena Post, defended the timetable change.", ["Jo Bloggs"]),
    ("plural with no determiner", "Tom Reyes took a softer line in remarks to the council on Friday.", ["Tom Reyes"]),
    ("two-word occasion", "Harbour Police gave more details about the theft in a news conference on Monday.", ["Harbour Police"]),
    # negative rows
    ("negated verb", "In his remarks on Sunday, Tom Reyes did not say who had called him.", [None]),
    ("someone else's speech", "Protesters gathered outside the hall during his speech.", [None]),
    ("an event's place before the subject", "At a news conference on Monday, Tom Reyes held up a map of the depot.", [None]),
    ("attending speeches", "Since May, his fans have been showing up at college speeches across the state.", [None]),
    ("a conference is no occasion by itself", "Jo Bloggs met her husband at a conference in Harbour City.", [None]),
    ("the release of a thing", "Tom Reyes is being sued over his part in the release of the files.", [None]),
    ("a thing as subject", "The interview led to awkward questions for the mayor at the press conference.", [None]),
    ("a time as subject", "Late Thursday, the depot reopened in a move announced in a statement.", [None]),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_speech_occasions(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
