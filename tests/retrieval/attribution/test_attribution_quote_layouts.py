"""Quotation layouts across publishers: a quotation of several sentences, however short each one;
and the sentences after it, which are the reporter's again."""

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
    # negative rows
    (
        "short sentences after a closed quotation are the reporter's",
        "“President Trump, please listen,” Charlotte Charles said in an interview. The family is broken. We know. It rained.",
        ["Charlotte Charles", None, None, None],
    ),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_quote_layouts(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
