"""Praise given in public is speech (``reporting_verbs.txt``: laud, hail). The negative rows keep
a birthplace and a passive with its "is" left out from speaking."""

from __future__ import annotations

import pytest

ROWS = [
    ("lauded, a body", "The Ardena Family Council, a conservative group, lauded the judge's rulings on religious freedom.", ["Ardena Family Council"]),
    ("hailed before a quotation", "Tom Reyes hailed the deal as “a new dawn for the depot.”", ["Tom Reyes"]),
    # negative rows
    ("a birthplace", "Tom Reyes, a backer of the mayor, hails from the deep-red 27th District.", [None]),
    ("a passive without its is", "Tom Reyes is more experienced and lauded for his effectiveness.", [None]),
    ("weather", "It hailed for an hour in Ardena on Monday.", [None]),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_praise(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
