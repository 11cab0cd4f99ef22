"""Quotation layouts across publishers: a quotation of several sentences, however short each one,
and the sentences after it, which are the reporter's again; a quotation closed by a comma and
the person named in the few words after it, whatever shape those words take; a label naming
whose words follow ("What she's saying:", "From Bloomberg:"), and a name right before a colon that
opens a quotation ("... doesn't surprise pollster Daron Shaw: “...”")."""

from __future__ import annotations

import pytest

ROWS = [
    (
        "short sentences inside one quotation all go on its speaker",
        "“President Trump, please listen,” Charlotte Charles said in an interview. “We’re a family in ruin. "
        'We’re broken. We can’t grieve. Please, please, let her come. Come back to the UK."\n\n'
        "The family met the president on Tuesday. They are broken. We are sad.",
        ["Charlotte Charles"] * 6 + [None, None, None],
    ),
    (
        "a verb the cue rules do not read before the name",
        "Pete Maysmith runs Conservation Colorado.\n\n"
        '"We hear a lot from the industry about trust," commented Conservation Colorado director Pete Maysmith.',
        [None, "Pete Maysmith"],
    ),
    (
        "a stray comma after the verb and a description after the name",
        '"He is innocent as a matter of fact," argued, Alan Dershowitz, the president\'s lawyer.',
        ["Alan Dershowitz"],
    ),
    (
        "the speaker's surname in an 'as X described' clause",
        "Paco Fabian speaks for the group. “Bernie and beyond,” as Fabian described their efforts.",
        [None, "Paco Fabian"],
    ),
    (
        "the speaker's name between commas and a phrasal verb after it",
        '"They are clichés," another delegate, Maggie Maloney, also of Naples, broke in.',
        ["Maggie Maloney"],
    ),
    (
        "a label naming whose words follow, and the quoted paragraph after it",
        "Betsy DeVos told Fox that schools should reopen.\n\n"
        'What she\'s saying: "American investment in education is a promise to students and families."\n\n'
        '"Then give it to the families to decide which school meets that promise."',
        ["Betsy DeVos", "Betsy DeVos", "Betsy DeVos"],
    ),
    (
        "a label with a name",
        'Nancy Pelosi spoke on Saturday.\n\nWhat Pelosi said: "We live in a democracy, not a banana republic."',
        [None, "Nancy Pelosi"],
    ),
    (
        "a round-up's 'from' label before a quotation, a description after the name",
        "Shannon Wright is a pastor.\n\n"
        'And from pastor Shannon Wright, a Baltimore Republican: "There is a set amount of core values in any speech."',
        [None, "Shannon Wright"],
    ),
    (
        "a 'from' label on a line of its own before a quoted paragraph",
        'Markets fell.\n\nFrom Bloomberg:\n\n"Stocks fell sharply on Monday as investors fled to bonds."',
        [None, "Bloomberg", "Bloomberg"],
    ),
    (
        "a name right before a colon that opens a quotation, in a sentence with no clause",
        "Daron Shaw is a pollster.\n\n"
        "The timing of the surge does not surprise Republican pollster Daron Shaw: “Historically, lesser-known "
        "candidates see the biggest boost.”",
        [None, "Daron Shaw"],
    ),
    (
        "a round-up item after a heading and a dash",
        "Carl Bialik writes for a website.\n\nPollsters agree - Carl Bialik: “Keep on contacting voters as late as possible.”",
        [None, "Carl Bialik"],
    ),
    # negative rows
    (
        "a name before a colon and a slogan inside the reporter's sentence",
        "Donald Trump spoke.\n\nThe rally featured Donald Trump: “Make America Great Again” hats were everywhere.",
        [None, None],
    ),
    (
        "a name a preposition governs before the colon: words about them",
        "Melania Trump spoke on Monday.\n\nThey were also united in their praise for Melania Trump: “Fabulous and elegant.”",
        [None, None],
    ),
    (
        "a byline before an excerpt",
        "The Bronx has a new art show.\n\n“Art show confronts gentrification,” by DNAinfo's Eddie Small: “Curators of a pop-up art show are determined.”",
        [None, None],
    ),
    (
        "a 'from' label of time or place before no quotation names nobody",
        "From left: Jo Bloggs and Tom Smith.\n\nFrom Monday: shops will open again.",
        [None, None],
    ),
    (
        "a round-up label and a section label name nobody",
        "Schools in Ohio reopened on Monday.\n\n"
        'What they\'re saying: "Schools will reopen in the fall."\n\nWhat it means: Schools will open in the fall.',
        [None, None, None],
    ),
    (
        "a name after a preposition is the one spoken to or about",
        "The council met on Monday.\n\n"
        '"We will win this," came the reply to Jane Roe.',
        [None, None],
    ),
    (
        "after a quantity an -s form is a plural noun, not the verb of a closing clause",
        "Judge Jo Bloggs said if the council is going to “single out” some states, “it should do it by name.”",
        ["Jo Bloggs"],
    ),
    (
        "a quantity with a plural verb still speaks after a quotation",
        "The pier reopened on Monday.\n\n“The pier is safe,” some say.\n\n“It is too late,” one states.",
        [None, "some", "one"],
    ),
    (
        "a speaker written as a quoted name before a reporting verb",
        "The network aired the interview on Sunday.\n\n\u201cHarbour Watch\u201d said on Monday it stood by its reporting.\n\n"
        "\u201cHarbour Watch\u201d later told viewers the pier was unsafe.",
        [None, "Harbour Watch", "Harbour Watch"],
    ),
    (
        "a quoted title before any other verb names no speaker",
        "\u201cHarbour Watch\u201d sold well.\n\n\u201cThe Last Winter at Sea\u201d told nothing new, critics agreed.",
        [None, "critics"],
    ),
    (
        "short sentences after a closed quotation are the reporter's",
        "“President Trump, please listen,” Charlotte Charles said in an interview. The family is broken. We know. It rained.",
        ["Charlotte Charles", None, None, None],
    ),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_quote_layouts(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
