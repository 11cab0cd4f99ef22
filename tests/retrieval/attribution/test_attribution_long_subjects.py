"""A plain speech verb after a subject too long or too joined for the phrase rules
(``attribution/long_subjects.py``), a participle after an adverb (", repeatedly saying") and a
written thing as the subject of a stance verb (``attribution/text_subjects.py``)."""

from __future__ import annotations

import pytest

LONG_SUBJECT_ROWS = [
    (
        "a description holding a relative clause",
        "Hours before the vote lawyers for Ardena Rail, a company through which the two brothers own the depot, said they would appeal.",
        ["lawyers for Ardena Rail"],
    ),
    (
        "a name closing a clause, then who",
        "The deal comes after union leader Tom Reyes, who represents most drivers in the region and sat in the talks, said on Monday that it was done.",
        ["Tom Reyes"],
    ),
    (
        "a quoted title inside the description",
        "Jo Bloggs, a presenter on the radio show “Morning Ardena,” who later ran the station, said the depot would close.",
        ["Jo Bloggs"],
    ),
    (
        "a restrictive who clause, then an aside",
        "The inspectors who visited the depot in May, for instance, said the brakes were worn.",
        ["The inspectors"],
    ),
    (
        "an opening phrase, then the subject and its description",
        "Across the two towns that share the depot, some drivers who have worked there for decades, on the night shift or at weekends, said they would strike.",
        ["some drivers"],
    ),
    (
        "the subject inside a which clause",
        "The fares rose twice this year, which several drivers, including Jo Bloggs, said was unfair.",
        ["several drivers"],
    ),
    ("a joined subject", "Lawyers and judges said the depot had been broken into twice.", ["Lawyers and judges"]),
    # negative rows
    ("passive", "The depot will close, the drivers were told on Monday.", [None]),
    ("a byline", "Tom Reyes reported from Leeds and Jo Bloggs wrote from London.", [None]),
    (
        "a description of a name inside a clause",
        "The figures contradict what both he and Reyes, the head of the drivers' union, have said in the past.",
        [None],
    ),
    ("a thing before which", "The bill now goes to the council, which will vote on it as most members are away, officials said.", ["officials"]),
    ("a book someone wrote", "The book he wrote about the depot sold well.", [None]),
    ("a thing joined to a thing", "Sales and profits said little about the depot.", [None]),
]


@pytest.mark.parametrize("name, text, expected", LONG_SUBJECT_ROWS, ids=[row[0] for row in LONG_SUBJECT_ROWS])
def test_long_subjects(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


PARTICIPLE_ROWS = [
    ("an adverb before the participle", "Jo Bloggs has avoided talking about the race, repeatedly saying she will back the winner.", ["Jo Bloggs"]),
    ("then before the participle", "Tom Reyes closed the depot on Friday, then warning drivers to stay away.", ["Tom Reyes"]),
    # negative rows
    ("adding to a thing", "The storm hit the coast, quickly adding to the damage.", [None]),
]


@pytest.mark.parametrize("name, text, expected", PARTICIPLE_ROWS, ids=[row[0] for row in PARTICIPLE_ROWS])
def test_adverbs_before_participles(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


TEXT_ROWS = [
    ("a complaint accuses", "An unsealed criminal complaint accused the driver of lying to the inspectors.", ["An unsealed criminal complaint"]),
    ("a lawsuit portrays", "The lawsuit portrays the depot's treatment of its drivers as part of a wider neglect.", ["The lawsuit"]),
    ("an adverb before the verb", "The letter also blames the council for the delays.", ["The letter"]),
    # negative rows
    ("a passive", "The letter was praised for its tone.", [None]),
    ("a participle describing the book", "The book attacked in reviews sold well.", [None]),
    ("the man who filed it", "The man who filed the complaint blamed the weather.", [None]),
]


@pytest.mark.parametrize("name, text, expected", TEXT_ROWS, ids=[row[0] for row in TEXT_ROWS])
def test_written_things_take_stances(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
