"""Confessions, pledges, requests and threats are said by someone (``reporting_verbs.txt``):
"confessed to killing", "has long pledged to send", "requested that", "threatened to send". The
negative rows keep things, sums of money, delegates and requests for things from speaking."""

from __future__ import annotations

import pytest

ROWS = [
    ("a confession, any subject that speaks", "A young woman confessed to killing her trafficker after he drugged her.", ["A young woman"]),
    ("a confession by name", "Tom Reyes is a clerk.\n\nReyes confessed to his struggle with debt.", [None, "Tom Reyes"]),
    ("a pledge with an infinitive", "Tom Reyes has long pledged to send in federal troops.", ["Tom Reyes"]),
    ("a pledge of support", "International agencies have pledged their support.", ["International agencies"]),
    ("a request that", "The nurses' union also requested that clinicians be granted permission to work.", ["The nurses' union"]),
    ("a threat by a role", "Relations soured after the mayor threatened to send officers into the city.", ["the mayor"]),
    # negative rows
    ("a thing threatens", "The storm threatened to flood the town.", [None]),
    ("costs threaten", "Rising costs threaten the project.", [None]),
    ("pledged delegates", "Tom Reyes has won 1,600 pledged delegates so far.", [None]),
    ("allegiance is an oath", "Tom Reyes pledged allegiance to the group.", [None]),
    ("an oath past a possessive", "The group, to whom Tom Reyes pledged his allegiance, was banned.", [None]),
    ("a request for a thing", "Tom Reyes requested the clearance.", [None]),
    ("a request as a noun", "Tom Reyes's request was denied.", [None]),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_pledges_and_confessions(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
