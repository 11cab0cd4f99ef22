"""Carried speech: a quotation whose speaker is named only by the reporter's sentence before it,
points enumerated after the sentence that announces them, and speech run on without marks."""

from __future__ import annotations

import pytest

ROWS = [
    (
        "a pronoun's sentence leads into the quotation after it",
        "“We must act now,” Ruth Alvarez wrote.\n\n"
        "She goes on to contrast the two parties. “One wants a wall, the other wants a bridge.”",
        ["Ruth Alvarez", None, "Ruth Alvarez"],
    ),
    (
        "the lead-in names the person in full earlier in the article",
        "Omar Haddad chairs the board.\n\nHaddad was unmoved. “That report is simply wrong on the numbers.”",
        [None, None, "Omar Haddad"],
    ),
    (
        "a role in lower case before the name still leads in",
        "The pier closed in May. Irish foreign minister Omar Haddad held a press conference on Monday. "
        "“What happened on Sunday was a disgrace and it must never happen again.”",
        [None, None, "Omar Haddad"],
    ),
    (
        "a lead-in at a paragraph's end gives the next paragraph's opening quotation",
        "“The mill will stay open,” said Peter Lund.\n\nHis rival, Maria Costa, disagreed sharply at the meeting.\n\n"
        "Costa looked at the figures again.\n\n“Nobody can keep a mill like that running for long.”",
        ["Peter Lund", None, None, "Maria Costa"],
    ),
    (
        "a quotation that runs to the paragraph's end stays with the lead-in's person",
        "“I have served for thirty years,” Karen Oduya said.\n\n"
        "She then turns to the budget. “We cannot cut again. The schools are already short of staff.",
        ["Karen Oduya", None, "Karen Oduya", "Karen Oduya"],
    ),
    (
        "the points of a list go on the speaker who announced them",
        "Lena Fischer, a health economist, outlined three steps. First, every clinic must test its staff. "
        "Second, the results must be shared within a day. Third, the wards must be kept apart.",
        ["Lena Fischer", "Lena Fischer", "Lena Fischer", "Lena Fischer"],
    ),
    (
        "a readout printing words without marks goes on while it speaks in the first or second person",
        "The ministry released its account of the call.\n\n"
        "Ines Kovac said Minister Lund you are a good friend. You have done fine work. "
        "Our two countries are close. I will visit you in May. The visit is planned for two days.",
        [None, "Ines Kovac", "Ines Kovac", "Ines Kovac", "Ines Kovac", None],
    ),
    (
        "words quoted within the reporter's sentence after someone's quotation are still theirs",
        "“The budget is balanced,” said Carla Mendes.\n\nThough “the numbers are tight this year,” “the schools will not lose a cent of it.”",
        ["Carla Mendes", "Carla Mendes"],
    ),
    (
        "the speaker named as the subject of the reporter's sentence",
        "The ministry said the plant was safe. Further, the ministry found “no sign of any leak at the site.”",
        ["The ministry", "The ministry"],
    ),
    # negative rows
    (
        "a reporter's sentence quoting words with a name of its own",
        "“The budget is balanced,” said Carla Mendes.\n\nThe file from Ravi Shah held “a full account of the school funds.”",
        ["Carla Mendes", None],
    ),
    (
        "a reporter's sentence about the speaker, naming them past its opening words",
        "The council said the depot would close. One thing unknown to the council is that “the land was sold in May.”",
        ["The council", None],
    ),
    (
        "a reporter's sentence echoing the words just quoted",
        "“Officers use contacts with the public to teach safety,” the force said.\n\n"
        "At a time when “contacts with the public” are a risk, that seems unwise.",
        ["the force", None],
    ),
    (
        "quoted terms in a list are no one's words",
        "“We kept every record,” the archivist said. Staff searched for “flood,” “storm,” “levee” and “pump station.”",
        ["the archivist", None],
    ),
    (
        "a one-word quotation is a term, not someone's words",
        "“The law is cruel,” the mayor said. The state passed the so-called “show-me-your-papers” law in May.",
        ["the mayor", None],
    ),
    (
        "words that address nobody are a report, and the reporter's sentences after it are not carried",
        "Ines Kovac said the talks went well. I was not at the meeting.",
        ["Ines Kovac", None],
    ),
    (
        "unmarked speech stops at the next reporting clause",
        "Ines Kovac said Minister Lund you are welcome. Lund said the offer was kind. We leave tomorrow.",
        ["Ines Kovac", "Lund", None],
    ),
    (
        "an ordinal after the reporter's own sentence names nobody",
        "The council met twice this week. First, it voted on the budget.",
        [None, None],
    ),
    (
        "an ordinal that is no adverb opens no point",
        "Lena Fischer said the clinic was ready. Second place went to the hospital in Leeds.",
        ["Lena Fischer", None],
    ),
    (
        "a thing as the subject leads into nobody's words",
        "“The plan is sound,” said Rhea Patel.\n\nThe report was published on Monday. “Sound and costed” is its motto.",
        ["Rhea Patel", None, None],
    ),
    (
        "a club or a company is no person to lead in",
        "Gary Holt coaches the side.\n\nArsenal scored first. “They always do that in the big games at home.”",
        [None, None, None],
    ),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_carried_speech(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
