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
