"""Layouts of British tabloid, broadcaster and US web copy, who the speaker phrase is: sources after
"according to", speakers named by a noun or an idiom, owners, appositions, particle names and
unnamed groups. Each table has rows that must attribute and rows that must not."""

from __future__ import annotations

import pytest


PHRASES = [
    ("a noun ending in -ly is no adverb", "Another attorney for the Rice family has said the city was wrong.", ["Another attorney for the Rice family"]),
    ("a time phrase after a passive source", "The case was first reported by The Northshire Post on Wednesday.", ["Northshire Post"]),
    ("a parenthetical source", "The National Security Staff, one source said, is concerned about the plan.", ["one source"]),
    ("a name then its description without the comma", "Katrina Bull, a prospective parliamentary candidate said the mood was good.", ["Katrina Bull"]),
    ("a subject opened by a determiner", "The letter maintained that a future president could reverse it and said the deal needed approval.", ["The letter"]),
    ("what it says is: a noun phrase", "ISIS has captured large areas for what it says is its caliphate.", [None]),
    ("maintaining a road is an act", "The firm maintained the road for ten years.", [None]),
]


@pytest.mark.parametrize("name, text, expected", PHRASES, ids=[row[0] for row in PHRASES])
def test_speaker_phrases(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


NOMINAL = [
    ("an assessment after the words", "\"The voters are keener on us than the members,\" is the dry assessment of Jane Doe, a councillor.", ["Jane Doe"]),
    ("an opinion that came from someone", "One dissenting opinion came from Jane Doe, an analyst at Gartner.", ["Jane Doe"]),
    ("the choice of someone", "Staunton is also the personal choice of Jane Doe, an editor.", ["Jane Doe"]),
    ("as someone put it", "They could rely on one \"secret weapon\", as one activist put it.", ["one activist"]),
    ("putting a thing somewhere", "He put it on the table.", [None]),
    ("a view of a place", "The view of the valley from the ridge is fine.", [None]),
]


@pytest.mark.parametrize("name, text, expected", NOMINAL, ids=[row[0] for row in NOMINAL])
def test_speaker_named_by_a_noun_or_idiom(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


QUOTED_AND_LABELLED = [
    ("a subject quoted as saying", "\"The biggest challenge is disease,\" the aid agency was quoted as saying.", ["the aid agency"]),
    ("quoted in a paper names no source", "He was quoted in the paper.", [None]),
    ("a label after a pronoun needs no quotation", "Jane Doe, of Plaid Cymru, called it a budget for Middle England.", ["Jane Doe"]),
    ("calling it a day is a set phrase", "After 20 years, Jane Doe called it a day.", [None]),
    ("said earlier this month is speech", "\"The authorities are proud of the economy,\" Jane Doe, an IMF director, said earlier this month.", ["Jane Doe"]),
    ("a relative after a clause's object", "It also drew rebuttal from the foreign minister, who called it a propaganda ploy.", ["the foreign minister"]),
]


@pytest.mark.parametrize("name, text, expected", QUOTED_AND_LABELLED, ids=[row[0] for row in QUOTED_AND_LABELLED])
def test_quoted_as_and_labels(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


SOURCES_AFTER_ACCORDING_TO = [
    ("papers filed", "He paid the fine, according to court papers filed in June.", ["court papers"]),
    ("a poll released by a body", "Jane Doe leads with 34% support, according to a poll released Monday by Carver University.", ["Carver University"]),
    ("revised figures stay whole", "According to the revised figures, growth slowed.", ["the revised figures"]),
    ("said, opening the sentence", "Said Jane Doe: \"We are warriors.\"", ["Jane Doe"]),
]


@pytest.mark.parametrize("name, text, expected", SOURCES_AFTER_ACCORDING_TO, ids=[row[0] for row in SOURCES_AFTER_ACCORDING_TO])
def test_sources_and_inverted_openers(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


def test_plural_possessive_before_an_appositive_name(speakers) -> None:
    text = "The rebels' spokesman, Abu Mohammed al Adnani, called reports of their defeat \"delusional and fake.\""
    assert speakers(text) == ["Abu Mohammed al Adnani"]


OWNERS_AND_LABELS = [
    ("the name before a message is its speaker", "That bloodshed is \"just the start,\" the ISIS message warned.", ["ISIS"]),
    ("a newspaper's name keeps its last word", "The New York Post reports that the team avoided the hospital.", ["New York Post"]),
    ("a message with no name stays as written", "The messages threatened to 'bring hurt and pain' to his family.", ["The messages"]),
    ("a role then a name in apposition", "The defection was the result of a deal, alleged Popular Force secretary general, Jose Chlimper.", ["Jose Chlimper"]),
    ("a slash joins a poll's makers", "Healthcare is the top concern, according to a Reuters/Ipsos poll conducted this month.", ["Reuters/Ipsos"]),
    (
        "a caption word the article writes in lower case is no speaker",
        "Jane Doe offered a reward for the capture of the coward.\n\nReward: Jane Doe sent out this message to her followers .",
        [None, None],
    ),
]


@pytest.mark.parametrize("name, text, expected", OWNERS_AND_LABELS, ids=[row[0] for row in OWNERS_AND_LABELS])
def test_owners_appositions_and_caption_labels(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


NAMES_AND_CIRCUMSTANCES = [
    ("a name opened by a particle and a hyphen", "Officials believe \"this is a response to the operation in the north,\" al-Issawi said.", ["al-Issawi"]),
    ("an agent, then where it said so", "John Roe was accused by the FBI in the indictment of attempting to provide support.", ["FBI"]),
    ("a speaker, then the statement", "Prices rose, said Jane Doe in a statement.", ["Jane Doe"]),
]


@pytest.mark.parametrize("name, text, expected", NAMES_AND_CIRCUMSTANCES, ids=[row[0] for row in NAMES_AND_CIRCUMSTANCES])
def test_particle_names_and_circumstances(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


UNNAMED_GROUPS = [
    ("a description with a contact clause", "Every activist I spoke to said they were proud of the new hospitals.", ["Every activist I spoke to"]),
    ("others interviewed", "Still, others interviewed said the economy was the most important issue.", ["others interviewed"]),
]


@pytest.mark.parametrize("name, text, expected", UNNAMED_GROUPS, ids=[row[0] for row in UNNAMED_GROUPS])
def test_unnamed_groups(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


def test_agencies_named_by_example(speakers) -> None:
    text = "Other agencies, such as the Asian Development Bank, have said that it is too early to comment."
    assert speakers(text) == ["Other agencies"]


def test_an_inverted_source_opened_by_a_role(speakers) -> None:
    text = "John Roe is not expected to plead guilty at that time, said spokesman Thom Mrozek of the U.S. Attorney's Office."
    assert speakers(text) == ["Thom Mrozek"]


def test_a_work_named_by_its_title_in_apposition(speakers) -> None:
    assert speakers("According to a new book, The Long Road Home, Mr Blair went back on a pledge.") == ["Long Road Home"]
