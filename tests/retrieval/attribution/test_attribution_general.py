"""Classes of error read on copy from publishers the rules were not written on: trailing group
sources, and phrases that are no speaker at all. Each table has rows that must attribute and
rows that must not."""

from __future__ import annotations

import pytest

GROUPS = [
    ("a trailing 'allies say'", "The senator will run again next year, allies say.", ["allies"]),
    ("a parenthetical 'insiders say'", "The budget, insiders say, is much like last year's.", ["insiders"]),
    ("strategists as a closing source", "The race is tighter than the polls show, party strategists said.", ["party strategists"]),
    ("'allies' with no cue names no one", "The allies met in Brussels on Tuesday.", [None]),
]


@pytest.mark.parametrize("name, text, expected", GROUPS, ids=[row[0] for row in GROUPS])
def test_group_sources(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


NOT_SPEAKERS = [
    (
        "an opening time phrase is no subject of 'and has said'",
        "Jane Doe runs the plant.\n\nEarlier this week, she toured the line and has said the plant will close.",
        [None, "Jane Doe"],
    ),
    (
        "a longer opening time phrase before a group subject",
        "Last Tuesday night, the board met and said nothing would change.",
        ["the board"],
    ),
]


@pytest.mark.parametrize("name, text, expected", NOT_SPEAKERS, ids=[row[0] for row in NOT_SPEAKERS])
def test_phrases_that_name_no_one(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


LABELS_IN_CAPITALS = [
    ("a correction notice", "CORRECTION: An earlier version of this story misstated the date of the vote.", [None]),
    ("an update notice", "UPDATE: The council has since confirmed the closure.", [None]),
    ("a transcript name in capitals still speaks", "PELLING: We will not close the plant this year.", ["PELLING"]),
]


@pytest.mark.parametrize("name, text, expected", LABELS_IN_CAPITALS, ids=[row[0] for row in LABELS_IN_CAPITALS])
def test_labels_in_capitals(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


FLOATING = [
    ("'both' between two speakers and the verb", "The two ministers both said the talks would go on.", ["The two ministers"]),
    ("'all' between a group and the verb", "The nurses all said the ward was short of staff.", ["The nurses"]),
    ("'all' opening the sentence is its subject", "All said the plan was late.", ["All"]),
]


@pytest.mark.parametrize("name, text, expected", FLOATING, ids=[row[0] for row in FLOATING])
def test_floating_quantifiers(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


PROGRAMMES_AND_AMID = [
    ("a name, then the programme it spoke on", "Marwick on BBC's Newsnight on Sunday said the plan was dead.", ["Marwick"]),
    ("a body's name holding 'on' stays whole", "The Council on Foreign Relations said the plan was dead.", ["Council on Foreign Relations"]),
    ("'amid reports' is a noun after a preposition", "The mayor left the hall amid reports the plant would close.", [None]),
]


@pytest.mark.parametrize("name, text, expected", PROGRAMMES_AND_AMID, ids=[row[0] for row in PROGRAMMES_AND_AMID])
def test_programmes_and_amid(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


def test_plural_title_before_an_inverted_source(speakers) -> None:
    text = "“The strike was overdue,” said Sens. Jo Bloggs (R-AZ) and Tom Roe (R-SC)."
    assert speakers(text)[0] in ("Jo Bloggs", "Tom Roe", "Jo Bloggs and Tom Roe")


INTRODUCED = [
    (
        "a sentence ending in a colon before a quoted paragraph introduces it, whatever its verb",
        "Jo Bloggs did not deny the claims in a statement to the Ledger:\n\n“I have always treated staff with respect. I regret nothing.”",
        ["Jo Bloggs", "Jo Bloggs"],
    ),
    (
        "a subject that cannot speak introduces no one's words",
        "The rules are as follows:\n\n“No running near the pool.”",
        [None, None],
    ),
    (
        "a capitalised adjective opening the sentence is no subject",
        "Partial transcript as follows:\n\n“We will not close the plant this year.”",
        [None, None],
    ),
    (
        "a colon before a paragraph that opens with no quotation introduces nothing",
        "Jo Bloggs stood by her statement:\n\nThe company said no claims had been made.",
        [None, "The company"],
    ),
]


@pytest.mark.parametrize("name, text, expected", INTRODUCED, ids=[row[0] for row in INTRODUCED])
def test_colon_introducing_a_quotation(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


BASE_FORMS = [
    ("a base form after one name is a noun", "The mayor's Riverside tweet last week drew a storm of replies.", [None]),
    ("a base form after a plural name is a verb", "Democrats say the plan is late.", ["Democrats"]),
    ("a base form after two names is a verb", "Smith and Jones agree the plan is late.", ["Smith and Jones"]),
]


@pytest.mark.parametrize("name, text, expected", BASE_FORMS, ids=[row[0] for row in BASE_FORMS])
def test_base_forms_after_names(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


CARRIER_OWNERS = [
    ("the owner of an email speaks", "“We do not trust the press,” the campaign’s email said.", ["the campaign"]),
    ("a named owner of a letter speaks", "“We will appeal,” the union's letter said.", ["the union"]),
    ("a carrier with no owner keeps its phrase", "“We will appeal,” the letter said.", ["the letter"]),
]


@pytest.mark.parametrize("name, text, expected", CARRIER_OWNERS, ids=[row[0] for row in CARRIER_OWNERS])
def test_owner_of_a_carrier(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


BRACKETED_LISTS = [
    (
        "two names each with a party bracket, then a relative clause",
        "Jo Bloggs (R-AZ) and Tom Roe (D-NY), who were in the room, said they did not recall the remark.",
        ["Jo Bloggs and Tom Roe"],
    ),
    (
        "a caption bracket before a new sentence is not crossed",
        "The verdict came at Northshire Crown Court (pictured) He added: 'Justice was done.'",
        ["He"],
    ),
]


@pytest.mark.parametrize("name, text, expected", BRACKETED_LISTS, ids=[row[0] for row in BRACKETED_LISTS])
def test_bracketed_lists(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


PASSIVE_PARTICIPLES = [
    ("a recorded quotation", "“We run a big operation,” the mayor is recorded saying.", ["the mayor"]),
    ("heard saying", "Jo Bloggs was heard saying the plan would fail.", ["Jo Bloggs"]),
    ("a thing criticised for saying is no speaker", "The plan was criticised for saying too little.", [None]),
]


@pytest.mark.parametrize("name, text, expected", PASSIVE_PARTICIPLES, ids=[row[0] for row in PASSIVE_PARTICIPLES])
def test_passive_before_a_participle(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected
