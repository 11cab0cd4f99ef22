"""Which speaker: sentences where speech is found and the question is only who speaks, by class
of error seen across publishers (made-up sentences of the same shapes)."""

from __future__ import annotations

import pytest

UNNAMED_SOURCES = [
    (
        "a description repeating an unnamed source's words",
        "A senior Dutch official involved in the inquiry said the data was lost.\n\n"
        "“I do not like it,” said the Dutch official.\n\n"
        "Bram Visser, a pilot, said it was odd.\n\n"
        "“We know little,” the official said.",
        [
            "A senior Dutch official involved in the inquiry",
            "A senior Dutch official involved in the inquiry",
            "Bram Visser",
            "A senior Dutch official involved in the inquiry",
        ],
    ),
    (
        "one of several officials",
        "The plan was drawn up in May, two Greek officials said.\n\n"
        "“It will fail,” one of the officials told Reuters.\n\n"
        "The official added that talks would go on.",
        ["two Greek officials", "one of the officials", "one of the officials"],
    ),
    (
        "a pronoun after an unnamed relative who spoke",
        "Karl Weber said his son had left in May.\n\n"
        "A cousin of Jonas, who asked not to be named, told CNN that the family was shocked.\n\n"
        "“We are all shocked,” he said.",
        ["Karl Weber", "A cousin of Jonas", "A cousin of Jonas"],
    ),
    (
        "a spokesperson of the family, not the last named speaker",
        "“We are grateful,” Police Chief Tom Reed said.\n\n"
        "“We are sorry for the victims,” a family spokesperson told reporters.\n\n"
        "“She can go home now,” the spokesperson added.",
        ["Tom Reed", "a family spokesperson", "a family spokesperson"],
    ),
    # negative row: a description with other words is someone else
    (
        "a description that does not repeat the source",
        "A senior Dutch official said the data was lost.\n\n“It is odd,” the British official said.",
        ["A senior Dutch official", "British official"],
    ),
]

OWNERS = [
    (
        "his team named by its owner",
        "Paul Harmon was sentenced on Monday.\n\nHis defense team argued that he had been ill.",
        [None, "Paul Harmon's defense team"],
    ),
    (
        "the owner is not the speaker for a later pronoun",
        "Paul Harmon was sentenced on Monday.\n\nHis legal team said he should be freed.\n\n“I am sorry,” he said in a statement.",
        [None, "Paul Harmon's legal team", "Paul Harmon"],
    ),
    # negative row: an owner nobody named stays as written
    ("an unnamed owner", "“It was late,” one aide said.\n\nHis allies say he will help.", ["one aide", "His allies"]),
]


@pytest.mark.parametrize("name, text, expected", UNNAMED_SOURCES, ids=[row[0] for row in UNNAMED_SOURCES])
def test_unnamed_sources_are_referred_back_to(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("name, text, expected", OWNERS, ids=[row[0] for row in OWNERS])
def test_a_possessive_names_its_owner(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected

BODIES = [
    (
        "the agency after an acronym that spoke",
        "The FBI says its findings came from an inquiry.\n\n“This is intimidation,” Senator Jo Marsh said.\n\n"
        "The agency says the code matched older attacks.",
        ["FBI", "Jo Marsh", "FBI"],
    ),
    (
        "the group after a body with no group word",
        "Fighting went on in the north, according to the Syrian Observatory for Human Rights.\n\n"
        "Dozens of fighters were killed, the group said.",
        ["Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"],
    ),
    (
        "a body's name kept short",
        "Shelling went on, the Syrian Observatory for Human Rights said.\n\nTwo towns fell, the Syrian Observatory said.",
        ["Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"],
    ),
    (
        "a club is a body, so its it",
        "In a statement, the Kashmir Press Club condemned the charges.\n\n“It is very unfortunate,” it said.",
        ["Kashmir Press Club", "Kashmir Press Club"],
    ),
    # negative rows: a body heard long before, and a longer phrase that is no name
    (
        "a body heard too long before",
        "The FBI says its findings came from an inquiry.\n\nJo Marsh said it was odd.\n\nShe said so twice.\n\n"
        "Tom Reed said it was not.\n\nHe said so again.\n\nThe agency says the code matched.",
        ["FBI", "Jo Marsh", "Jo Marsh", "Tom Reed", "Tom Reed", "The agency"],
    ),
    (
        "a longer phrase that adds a common noun",
        "Union Pacific yard crews said they were saddened.\n\nUnion Pacific said it would help.",
        ["Union Pacific yard crews", "Union Pacific"],
    ),
]


@pytest.mark.parametrize("name, text, expected", BODIES, ids=[row[0] for row in BODIES])
def test_descriptions_and_short_forms_of_bodies(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected

ROLES = [
    (
        "an office without the deputy's rank",
        "Deputy Attorney General Rob Hale said Attorney General William Barton is being open.\n\n"
        "The attorney general in that letter said the inquiry found nothing.",
        ["Rob Hale", "William Barton"],
    ),
    (
        "a title that is the speaker's own",
        "House Speaker John Boland spoke on Tuesday.\n\n“Jobs come first,” Boland said.\n\n"
        "Nevertheless, the speaker accused the administration of arrogance and said officials were not frank.",
        [None, "John Boland", "John Boland"],
    ),
    (
        "chief of staff is a title, not a name",
        "White House Chief of Staff Denis Moran told Senator Bob Kerr that a deal was close.",
        ["Denis Moran"],
    ),
    # negative row: the deputy is never "the prime minister"
    (
        "a deputy is not the office",
        "Deputy Prime Minister John Pratt said the talks were over.\n\nThe prime minister said they were not.",
        ["John Pratt", "The prime minister"],
    ),
]


@pytest.mark.parametrize("name, text, expected", ROLES, ids=[row[0] for row in ROLES])
def test_roles_go_to_who_holds_them(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected

PERSON_NOUNS = [
    (
        "a person noun after an unnamed person who just spoke",
        "Judge Lee Yates ruled on Friday that the law was void, the court said.\n\n"
        "A local Austin pediatrician who treats poor children calls the ruling “wise.”\n\n"
        "The doctor says the law would have closed his clinic.\n\n"
        "He says he cannot afford a new one.",
        ["the court", "A local Austin pediatrician", "A local Austin pediatrician", "A local Austin pediatrician"],
    ),
    (
        "a possessive owner's email",
        "Jon Fine, a lawyer, sent the letter.\n\nFine’s email also said: “We will not publish.”",
        [None, "Jon Fine"],
    ),
    (
        "a body's email, then its it",
        "The Harbour Foods campaign sent a survey.\n\n“We do not trust the media,” the campaign’s email said.\n\n"
        "The survey was long, and as such, it echoed the same themes:",
        [None, "the campaign", "the campaign"],
    ),
    # negative row: too far back, the unnamed source is not "the doctor"
    (
        "an unnamed person long before",
        "A local pediatrician calls the ruling “wise.”\n\nThe court met.\n\nThe law was read.\n\nThe judge left.\n\n"
        "Dr. Ann Moss said it was odd.\n\nThe doctor said so twice.",
        ["A local pediatrician", None, None, None, "Ann Moss", "Ann Moss"],
    ),
]


@pytest.mark.parametrize("name, text, expected", PERSON_NOUNS, ids=[row[0] for row in PERSON_NOUNS])
def test_person_nouns_and_owners(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected

TOGETHER = [
    (
        "two surnames joined",
        "Coach Hugh Rowe said the heat hurt her.\n\nThe runner Liz Yale said she was fit.\n\n"
        "And Rowe and Yale agree she could win in New York.",
        ["Hugh Rowe", "Liz Yale", "Hugh Rowe and Liz Yale"],
    ),
    # negative row: a surname nobody has stays as written
    (
        "an unknown surname in the pair",
        "Coach Hugh Rowe said the heat hurt her.\n\nAnd Rowe and Yale agree she could win.",
        ["Hugh Rowe", "Rowe and Yale"],
    ),
]


@pytest.mark.parametrize("name, text, expected", TOGETHER, ids=[row[0] for row in TOGETHER])
def test_joined_surnames_are_named_in_full(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
