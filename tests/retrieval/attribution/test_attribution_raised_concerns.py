"""Concerns raised and alarms sounded are speech acts (``lexicon/speech_act_nouns.tsv``); a thing
that raises concerns causes them, and says nothing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Both Democrats and Republicans raised national security concerns over the deal.", ["Both Democrats and Republicans"]),
        ("While rights advocates sound alarms about the judge, his backers are cheering.", ["rights advocates"]),
        ("The move raised concerns among experts.", [None]),
        ("The fire alarms sounded at noon.", [None]),
    ],
)
def test_raised_concerns_and_sounded_alarms(speakers, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
