"""Transcripts and Q&A interviews: turn labels, aliases, initials, questions and their answers,
and labels that name no one (captions, "Editor's note:")."""

from __future__ import annotations

import pytest

ROWS = [
    (
        "an alias in brackets names the later turns",
        "Felix: What changed?\n\nSuzie Rayner (SR): The bar changed. Prices rose.\n\nFelix: Why?\n\nSR: The rules changed.",
        ["Felix", "Suzie Rayner", "Suzie Rayner", "Felix", "Suzie Rayner"],
    ),
    (
        "a label with a role after a comma",
        "FARAI CHIDEYA, host: Welcome to the show.\n\nDr. SHANNON HADER (Director, Health Office): Thank you.\n\n"
        "FARAI CHIDEYA, host: How many cases are there?",
        ["FARAI CHIDEYA", "SHANNON HADER", "FARAI CHIDEYA"],
    ),
    (
        "initials of a name the introduction gives",
        "Engineer and alumnus Jonathon Firth builds rockets.\n\nFelix: Why rockets?\n\nJF: They are fun.\n\nF: Really?\n\nJF: Yes.",
        [None, "Felix", "Jonathon Firth", "Felix", "Jonathon Firth"],
    ),
    (
        "questions are the interviewer's, unlabelled answers the interviewee's",
        "This week Felix interviews Adam Kay, a comedian.\n\nQ: Why music?\n\nWell, I liked it. I still do.\n\nQ: And now?\n\nNow I tour.",
        [None, "Felix", "Adam Kay", "Adam Kay", "Felix", "Adam Kay"],
    ),
    (
        "a letter and a full stop as the label, and a first-person answer after the last turn",
        "Felix interviews Debra Humphris, the provost.\n\nFelix: What changed?\n\nWe wrote a plan.\n\n"
        "F. Why now?\n\nBecause we could.\n\nFelix: Thanks.\n\nWe are glad.",
        [None, "Felix", "Debra Humphris", "Felix", "Debra Humphris", "Felix", "Felix"],
    ),
    (
        "a turn printed without marks goes on into the unlabelled paragraph after it",
        "HOST: Good evening.\n\nJo Bloggs: We built the yard. It took years.\n\nHOST: Why?\n\nJo Bloggs: Money.\n\n"
        "And we had to borrow it.",
        ["HOST", "Jo Bloggs", "Jo Bloggs", "HOST", "Jo Bloggs", "Jo Bloggs"],
    ),
    (
        "a turn written as a handle names the person whose name it runs together",
        "Reporter Ann Smith was at the pier on Monday.\n\n.@annsmith: Why is the pier shut?\n\nMAYOR: Ask the council.\n\n"
        "MAYOR: Next question.",
        [None, "Ann Smith", "MAYOR", "MAYOR"],
    ),
    # negative rows
    (
        "a quoted clip under a label: the reporter's paragraph after it is nobody's",
        "Mayor Jo Bloggs: \u201cThe yard never flooded before.\u201d\n\nIn fact, the yard flooded in 1998. It flooded again in 2004.\n\n"
        "Mayor Jo Bloggs: \u201cWe were unlucky.\u201d\n\nThe council meets on Monday.",
        ["Jo Bloggs", None, None, "Jo Bloggs", None],
    ),
    ("a caption label names nobody", "Jo Bloggs runs the yard.\n\nHypocritical: Jo Bloggs is no stranger to rows.", [None, None]),
    ("an editor's note names nobody", "Editor's note: This story was updated on Monday.\n\nThe vote is on Friday.", [None, None]),
    (
        "after the last turn the transcript may have ended",
        "BATLEY: Thank you.\n\nMARSH: Thank you for having me.\n\nBATLEY: Goodbye.\n\nThe book is published by Northgate Press.",
        ["BATLEY", "MARSH", "BATLEY", None],
    ),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_transcripts(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
