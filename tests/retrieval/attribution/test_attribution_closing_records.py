"""A record closing the sentence after a comma is its source ("..., court files show."); a poll,
report or study as the subject gives its finding ("Polls show him ahead."); records elsewhere and
people are evidence, not speech ("Records indicate he paid.")."""

from __future__ import annotations

import pytest

ROWS = [
    ("data showed", "The ferry turned off its transponder west of the island, ship-tracking data showed.", "ship-tracking data"),
    ("court files show", "The harbour board paid the fine in May, court files show.", "court files"),
    ("records indicate", "The pier was last inspected in 2019, council records indicate.", "council records"),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_a_closing_record_is_the_source(speakers, name: str, text: str, expected: str) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Records indicate the pier was last inspected in 2019.",
        "The mayor ran a busy campaign, careening from harbour meetings to interviews on the morning news shows.",
    ],
)
def test_evidence_is_no_speech(speakers, text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    "text, expected",
    [("Polls show the mayor ahead in the harbour wards.", "Polls"), ("The figures showed a rise in ferry crossings.", "The figures")],
)
def test_a_document_gives_its_finding(speakers, text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_a_speaker_named_before_keeps_the_sentence(speakers) -> None:
    assert speakers("Jo Bloggs said the ferry had no lights on, the footage showed.") == ["Jo Bloggs"]

