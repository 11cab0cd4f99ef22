"""Layouts of British tabloid, broadcaster and US web copy: quotations resumed after captions,
statements put out "saying", "with X saying" and a pronoun ending an opening phrase. Each table
has rows that must attribute and rows that must not."""

from __future__ import annotations

import pytest

CONTINUATIONS = [
    (
        "a quotation resumes after caption paragraphs, its speaker carried by continuation",
        "'We will win the league,' Jane Doe said on Monday.\n\n'I know it in my bones.\n\n'We have the players.'\n\n"
        "Caption text about a match photo .\n\nThe away side had looked in control .\n\n'They switch off late in games.'",
        ["Jane Doe", "Jane Doe", "Jane Doe", None, None, "Jane Doe"],
    ),
    (
        "a quotation after a quoted paragraph goes on it whoever the next sentence names",
        "'We cannot say how it will be shown yet,' Jane Doe said.\n\n'But it will be shown.' "
        "Later this week, John Roe threatened more court action against the studio.",
        ["Jane Doe", "Jane Doe", "John Roe"],
    ),
    (
        "an unattributed quotation after reported speech stays with the next speaker's claim",
        "Jane Doe said the plan was late.\n\n“It is a shambles from start to finish.” John Roe said the builders were to blame.",
        ["Jane Doe", None, "John Roe"],
    ),
]


@pytest.mark.parametrize("name, text, expected", CONTINUATIONS, ids=[row[0] for row in CONTINUATIONS])
def test_quotations_carried_across_paragraphs(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


PUT_OUT = [
    ("a statement issued saying", "Last night, Northshire Police issued a statement saying: 'We are looking into the threats.'", ["Northshire Police"]),
    ("a message posted saying", "Although the tweet was deleted, Jane Doe posted another message saying: 'The reward stands.'", ["Jane Doe"]),
    ("with a person saying", "Criticism poured in, with one user tweeting: 'You are wrong about this.'", ["one user"]),
    ("with a group saying", "Shares fell across Asia, with investors saying that growth would slow.", ["investors"]),
    ("a thing shown is no speech", "The ministry released a video showing the damage to the bridge.", [None]),
    ("the plans say nothing", "Jane Doe attacked the plans for pensioners saying they came too late.", ["Jane Doe"]),
]


@pytest.mark.parametrize("name, text, expected", PUT_OUT, ids=[row[0] for row in PUT_OUT])
def test_words_put_out_by_the_subject(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


PRONOUN_OPENERS = [
    ("a pronoun after an opening phrase", "Jane Doe met the ministers.\n\nSpeaking after a summit meeting she said the talks would go on.", [None, "Jane Doe"]),
    ("a relative clause is no speaker", "Please read the two guides I wrote in 2014 for people in that spot.", [None]),
]


@pytest.mark.parametrize("name, text, expected", PRONOUN_OPENERS, ids=[row[0] for row in PRONOUN_OPENERS])
def test_pronoun_ending_an_opening_phrase(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected
