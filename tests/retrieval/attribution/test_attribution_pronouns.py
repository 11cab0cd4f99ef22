"""Pronoun resolution across short made-up articles: which named person "he"/"she" goes to when
several people fit. Each table has rows where the rule must decide and rows where it must not."""

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


FIRST_NAME_ALONE = [
    (
        "a speaker known only by her first name takes a later “she”",
        "Jane Ellery, a reporter, wrote about the town.\n\n"
        "“I would,” Melanie said to the television.\n\n"
        "The crowd cheered on the screen.\n\n"
        "“It is finished,” she said.",
        [None, "Melanie", None, "Melanie"],
    ),
    (
        "a first name alone does not take a pronoun of the other gender",
        "“We will build the bridge,” said Mark Hollis.\n\n"
        "“I would,” Melanie said to the television.\n\n"
        "“It is overdue,” he said.",
        ["Mark Hollis", "Melanie", "Mark Hollis"],
    ),
    (
        "a listed first name keeps a man out of a later “she”",
        "“We need the money,” said Jane Ellery.\n\n"
        "“We will not pay,” Barack Obama said in a statement.\n\n"
        "“It is unfair,” she said.",
        ["Jane Ellery", "Barack Obama", "Jane Ellery"],
    ),
    (
        "a single name that is no first name stays out of a later “she”",
        "“We need the money,” said Jane Ellery.\n\n"
        "“We will not pay,” Norvania said in a statement.\n\n"
        "“It is unfair,” she said.",
        ["Jane Ellery", "Norvania", "Jane Ellery"],
    ),
]


@pytest.mark.parametrize("name, text, expected", FIRST_NAME_ALONE, ids=[row[0] for row in FIRST_NAME_ALONE])
def test_a_first_name_alone_is_a_person(name: str, text: str, expected: list, speakers) -> None:
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


TITLED_NAMES = [
    (
        "a first name that is also a preposition, after a title",
        "Deputy Governor Per Aune said on Tuesday the bank was watching prices.\n\n"
        "He added that households were feeling the squeeze.",
        ["Per Aune", "Per Aune"],
    ),
    (
        "a title then a plain name, for comparison",
        "Deputy Governor Jan Aune said on Tuesday the bank was watching prices.\n\n"
        "He added that households were feeling the squeeze.",
        ["Jan Aune", "Jan Aune"],
    ),
    (
        "a person before the preposition still ends the name",
        "“The race is close,” said Cameron Easley for Morning Consult.\n\n"
        "“It will stay close,” he said.",
        ["Cameron Easley", "Cameron Easley"],
    ),
]


@pytest.mark.parametrize("name, text, expected", TITLED_NAMES, ids=[row[0] for row in TITLED_NAMES])
def test_a_titled_name_is_a_person_a_pronoun_can_follow(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


APPOSITIVE_OFFICE = [
    (
        "an unlisted first name followed by an office in an appositive",
        "Trump has tried to lower expectations.\n\n"
        "Jo-Renee Formicola, political science professor at Seton Hall University, described his approach.\n\n"
        "“He would try to deflect them,” she said.",
        [None, None, "Jo-Renee Formicola"],
    ),
    (
        "the office gives the full name to a later titled surname",
        "Minyon Moore, a Democratic strategist, was at the rally.\n\n"
        "“It is a little bit of magic,” Ms. Moore said.",
        [None, "Minyon Moore"],
    ),
    (
        "an appositive with no office makes no person",
        "The team played Kirov Dynamo, a club from the north, on Sunday.\n\n"
        "“It was hard,” she said.",
        [None, "she"],
    ),
    (
        "an office far into the appositive describes something else",
        "The team played Kirov Dynamo, whose new stadium was opened by the mayor, on Sunday.\n\n"
        "“It was hard,” she said.",
        [None, "she"],
    ),
]


@pytest.mark.parametrize("name, text, expected", APPOSITIVE_OFFICE, ids=[row[0] for row in APPOSITIVE_OFFICE])
def test_an_office_in_an_appositive_marks_a_person(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


PARTICIPLE_AFTER_CLAUSE = [
    (
        "a participle clause after “he said” names no speaker",
        "Bobby Scott was asked about money.\n\n"
        "“I have raised all I needed,” he said, cutting off a reporter who asked about finances.",
        [None, "Bobby Scott"],
    ),
    (
        "an -ing adjective before a plural noun is still a source",
        "The company chose to file in Richmond, where restructuring experts said the court moves quickly.",
        ["restructuring experts"],
    ),
    (
        "an -ing word in a title before a name is no clause",
        "“We will appeal,” said Jane Doe, acting director of the agency.",
        ["Jane Doe"],
    ),
]


@pytest.mark.parametrize("name, text, expected", PARTICIPLE_AFTER_CLAUSE, ids=[row[0] for row in PARTICIPLE_AFTER_CLAUSE])
def test_a_participle_clause_is_no_speaker(name: str, text: str, expected: list, speakers) -> None:
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


def test_family_name_first_after_a_title(speakers) -> None:
    text = (
        "Premier Wen Tao met the delegation on Monday.\n\n"
        "“We welcome the visit,” said President Wen.\n\n"
        "“Trade will grow,” Wen said."
    )
    assert speakers(text) == [None, "Wen Tao", "Wen Tao"]
