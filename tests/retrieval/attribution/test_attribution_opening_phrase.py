"""A sentence may open with a phrase and no comma before its subject ("On Tuesday an official
told ...", "Speaking on condition of anonymity he said ..."): the subject after it speaks, and
the opening phrase is never part of the speaker."""

from __future__ import annotations

import pytest

ROWS = [
    ("a day, then a description", "On Monday a senior harbour official told reporters that the pier was unsafe.", "a senior harbour official"),
    ("an -ing phrase, then a pronoun", "Jo Bloggs runs the depot.\n\nSpeaking on condition of anonymity she said the depot would close.", "Jo Bloggs"),
    ("a long prepositional phrase", "In the aftermath of the storm the local councillors said that the bridge would stay shut.", "the local councillors"),
    ("an interview, then a role with its of-phrase", "In an interview the head of the agency said the plan would fail.", "the head of the agency"),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_the_subject_after_an_opening_phrase_speaks(speakers, name: str, text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


def test_an_opening_phrase_alone_names_nobody(speakers) -> None:
    # Nobody but the hidden agent: no subject after the opening phrase can speak.
    assert speakers("In the aftermath of the storm the bridge was said to be unsafe.") == [None]
