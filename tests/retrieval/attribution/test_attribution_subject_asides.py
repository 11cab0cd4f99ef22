"""A speaker before the verb may carry an aside that is no part of its name: between dashes
("advisers—some of whom ...—said"), an -ing phrase ("passengers trying to reach ... complained"),
or "close to him" ("allies close to him said")."""

from __future__ import annotations

import pytest

ROWS = [
    ("an aside between dashes", "Meanwhile, several harbour pilots—some of whom had worked through the night—said the storm was easing.", "several harbour pilots"),
    ("an aside between spaced dashes", "Jo Bloggs — the harbour master — said the pier would reopen.", "Jo Bloggs"),
    ("an -ing phrase after people", "Some passengers trying to catch the last ferry complained that the timetable had changed.", "Some passengers"),
    ("close to him", "The mayor will stand again next year, allies close to him said.", "allies close to him"),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_the_aside_is_no_part_of_the_speaker(speakers, name: str, text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_the_aside_is_kept_as_the_description(only) -> None:
    found = only("Jo Bloggs — the harbour master — said the pier would reopen.")
    assert found is not None and found.description == "the harbour master"

