"""Pronoun resolution across short made-up articles: which named person "he"/"she" goes to when
several people fit (a later subject, an owner opening a sentence, a newcomer, a lone name, a
listener). Each table has rows where the rule must decide and rows where it must not."""

from __future__ import annotations

import pytest


LATER_SUBJECT = [
    (
        "a person opening a sentence after the last speaker, with the speaker mentioned again",
        "“We will build the bridge,” said Mark Hollis.\n\n"
        "Paul Devane at the county board agreed with Hollis about the plan.\n\n"
        "“It is overdue,” he said.",
        ["Mark Hollis", None, "Paul Devane"],
    ),
    (
        "a later subject whose sentence is followed by a passing mention of another man",
        "“The vote is close,” said Mark Hollis.\n\n"
        "Paul Devane, the board chairman, was more hopeful.\n\n"
        "The plan was drafted by Tom Ashby last spring.\n\n"
        "“I think the votes are there,” he said.",
        ["Mark Hollis", None, None, "Paul Devane"],
    ),
    (
        "no later subject: the last speaker keeps the pronoun over a person named before",
        "Paul Devane chairs the county board.\n\n"
        "“We will build the bridge,” said Mark Hollis.\n\n"
        "The county board met on Monday with Devane.\n\n"
        "“It is overdue,” he said.",
        [None, "Mark Hollis", None, "Mark Hollis"],
    ),
    (
        "a later subject of the other gender does not take the pronoun",
        "“We will build the bridge,” said Mark Hollis.\n\n"
        "Anna Devane at the county board agreed with Hollis about the plan.\n\n"
        "“It is overdue,” he said.",
        ["Mark Hollis", None, "Mark Hollis"],
    ),
]


@pytest.mark.parametrize("name, text, expected", LATER_SUBJECT, ids=[row[0] for row in LATER_SUBJECT])
def test_a_later_subject_takes_the_pronoun(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


OWNER_OPENS = [
    (
        "a titled owner opening the sentence before takes “he”",
        "“It will be first-order business,” Mr. Hollis said.\n\n"
        "Mrs. Crane has been pilloried for the plan.\n\n"
        "He noted that the plan had support.\n\n"
        "Mr. Devane’s bet is that the plan will last.\n\n"
        "He says that his successor should keep it.",
        ["Hollis", None, "Hollis", None, "Devane"],
    ),
    (
        "an owner known by full name, given as a surname",
        "“We will build the bridge,” said Mark Hollis.\n\n"
        "Paul Devane was there too.\n\n"
        "“It is overdue,” Hollis said.\n\n"
        "Devane’s plan is cheaper.\n\n"
        "He said the bridge could open in May.",
        ["Mark Hollis", None, "Mark Hollis", None, "Paul Devane"],
    ),
    (
        "an owner of the other gender leaves the pronoun to the last speaker",
        "“We will build the bridge,” said Mark Hollis.\n\n"
        "Ms. Devane’s plan is cheaper.\n\n"
        "He said the bridge could open in May.",
        ["Mark Hollis", None, "Mark Hollis"],
    ),
    (
        "a possessive place before a name is no person",
        "“We will build the bridge,” said Mark Hollis.\n\n"
        "Norvania’s plan is cheaper.\n\n"
        "He said the bridge could open in May.",
        ["Mark Hollis", None, "Mark Hollis"],
    ),
]


@pytest.mark.parametrize("name, text, expected", OWNER_OPENS, ids=[row[0] for row in OWNER_OPENS])
def test_an_owner_opening_a_sentence_is_its_subject(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


NEWCOMER = [
    (
        "a woman introduced in full just before takes “she” over an earlier speaker",
        "Mayor Jane Reed answered questions on Monday.\n\n"
        "“The plan is sound,” said Reed.\n\n"
        "During the meeting, a local teacher named Anna Crane had a question for the mayor.\n\n"
        "“Why are the schools left out?” she said.",
        [None, "Jane Reed", None, "Anna Crane"],
    ),
    (
        "a newcomer of the other gender leaves the pronoun to the last speaker",
        "“The plan is sound,” said Tom Reed.\n\n"
        "During the meeting, a local teacher named Anna Crane had a question for the mayor.\n\n"
        "“We will start in May,” he said.",
        ["Tom Reed", None, "Tom Reed"],
    ),
    (
        "a person named before is no newcomer",
        "“The plan is sound,” said Jane Ellery.\n\n"
        "Anna Crane was at the meeting too.\n\n"
        "“We will start in May,” said Ellery.\n\n"
        "The mayor later visited the teacher, Anna Crane, at her school.\n\n"
        "“We owe her a lot,” she said.",
        ["Jane Ellery", None, "Jane Ellery", None, "Jane Ellery"],
    ),
    (
        "two newcomers who could both be “she”: the last speaker keeps it",
        "“The plan is sound,” said Jane Ellery.\n\n"
        "Later, the board heard from Anna Crane and Maria Lopez.\n\n"
        "“We will start in May,” she said.",
        ["Jane Ellery", None, "Jane Ellery"],
    ),
    (
        "a person opening a sentence after the last speaker outranks a newcomer",
        "“The plan is sound,” said Jane Ellery.\n\n"
        "Maria Lopez, the board chairwoman, was more hopeful.\n\n"
        "The plan was drafted by the engineer Anna Crane last spring.\n\n"
        "“We will start in May,” she said.",
        ["Jane Ellery", None, None, "Maria Lopez"],
    ),
    (
        "a speaker in the sentence before keeps the pronoun over a person she names",
        "“The plan is sound,” said Jane Ellery, who thanked Anna Crane for her work.\n\n"
        "“We will start in May,” she said.",
        ["Jane Ellery", "Jane Ellery"],
    ),
]


@pytest.mark.parametrize("name, text, expected", NEWCOMER, ids=[row[0] for row in NEWCOMER])
def test_a_newcomer_named_just_before_takes_the_pronoun(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


LONE_NAMES_AND_LISTENERS = [
    (
        "a lone name that spoke twice just before is the 'he', not a listener named in passing",
        "“It was a mistake,” he told the Ledger's Sam Pell.\n\n"
        "Asked about the vote, Marwick responded, “I would not do it again,” tapping Pell's arm.\n\n"
        "Marwick also denied that the mayor had called him.\n\n"
        "He said the council would meet on Friday.",
        ["he", "Marwick", "Marwick", "Marwick"],
    ),
    (
        "a lone name that spoke once stays out of reach of a later pronoun",
        "Chastened, Ravensby said the plan would change.\n\n"
        "The board met again in June with Tom Ashby.\n\n"
        "“We will wait,” he said.",
        ["Ravensby", None, "Tom Ashby"],
    ),
    (
        "the one spoken to ('told ... Sam Pell') is no fallback for a later 'he'",
        "“It was a mistake,” he told the Ledger's Sam Pell.\n\n"
        "The vote was close.\n\n"
        "“We will try again,” he said.",
        ["he", None, "he"],
    ),
]


@pytest.mark.parametrize("name, text, expected", LONE_NAMES_AND_LISTENERS, ids=[row[0] for row in LONE_NAMES_AND_LISTENERS])
def test_lone_names_and_listeners(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected
