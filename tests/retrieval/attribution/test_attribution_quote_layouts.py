"""Quotation layouts across publishers: a quotation of several sentences, however short each one,
and the sentences after it, which are the reporter's again; a quotation closed by a comma and
the person named in the few words after it, whatever shape those words take."""

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
    # negative rows
    (
        "a name after a preposition is the one spoken to or about",
        "The council met on Monday.\n\n"
        '"We will win this," came the reply to Jane Roe.',
        [None, None],
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
