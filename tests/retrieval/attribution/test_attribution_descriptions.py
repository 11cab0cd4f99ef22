"""Descriptions as mentions (British copy): person nouns, repeated unnamed sources, appositive
names after a description, "Mr" without a full stop, and a name whose description lost its comma."""

from __future__ import annotations

import pytest

ROWS = [
    ("the actress", "Emma Thompson won an award.\n\n'My heart bled,' the actress said.", [None, "Emma Thompson"]),
    (
        "the entrepreneur in the sentence Mr X opens",
        "Duncan Bannatyne runs gyms.\n\nAnd although Mr Bannatyne later withdrew his threat, the entrepreneur said he meant it.",
        [None, "Duncan Bannatyne"],
    ),
    (
        "a repeated unnamed source",
        "The bank got a subpoena, a person close to the matter said.\n\nIt was served in March, the person said.",
        ["a person close to the matter", "a person close to the matter"],
    ),
    (
        "a name after a description holding a name",
        "An uncle of Yassine Labidi, Abeld Malik Labidi, told CNN that nobody had seen signs of it.",
        ["Abeld Malik Labidi"],
    ),
    ("a description that lost its comma", "Katrina Bull, a prospective parliamentary candidate said the party was united.", ["Katrina Bull"]),
    ("Mr without a full stop", "Gordon Brown spoke first.\n\nMr Brown said the economy was strong.", [None, "Gordon Brown"]),
    # negative rows
    ("a description with nobody before it", "The actress said the film was over.", ["The actress"]),
    ("a thing is no person", "Jo Bloggs built it.\n\nThe machine was loud, the report said.", [None, "the report"]),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_descriptions(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


DOCUMENTS = [
    (
        "a named body's report",
        "According to a Government Accountability Office report in February, costs are rising.",
        ["Government Accountability Office"],
    ),
    (
        "its website",
        "The U.S. Postal Service said losses grew.\n\nIt gets no tax money, according to its website.",
        ["U.S. Postal Service", "U.S. Postal Service"],
    ),
    # negative row: data is a source of its own
    ("data stays as written", "Analysts had expected $3.2 billion, according to LSEG data.", ["LSEG data"]),
]


@pytest.mark.parametrize("name, text, expected", DOCUMENTS, ids=[row[0] for row in DOCUMENTS])
def test_documents_carry_their_owners_words(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


ALIASES = [
    ("an alias in brackets", "British Widgets (BW) cut jobs.\n\nBW said sales fell.", [None, "British Widgets"]),
    ("initials of a name given before", "The Football Association met on Monday.\n\nThe FA said it would act.", [None, "Football Association"]),
    # negative row: capitals that stand for no name in the article stay as written
    ("an unknown acronym", "The Football Association met.\n\nNATO said it would act.", [None, "NATO"]),
]


@pytest.mark.parametrize("name, text, expected", ALIASES, ids=[row[0] for row in ALIASES])
def test_aliases_are_one_speaker(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_two_first_names_share_the_surname_after_and(speakers) -> None:
    text = "The cat followed Erica and Roger Triantafilo home.\n\nErica said the cat was a hero."
    assert speakers(text) == [None, "Erica Triantafilo"]
