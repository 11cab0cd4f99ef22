"""A quoted label right after "called" / "described as", the thing labelled standing before the
clause ("what the operator called “severe disruption”"), is the speaker's words."""

from __future__ import annotations

import pytest

ROWS = [
    ("what X called", "The closures caused what the ferry operator Harbour Lines called “severe disruption” to crossings.", "Harbour Lines"),
    ("whom she called", "Jo Bloggs said the pier would reopen.\n\nShe had only praise for the council, whom she called “a tremendous asset”.", "Jo Bloggs"),
    ("that X described as", "The vote came hours before the summit, an event that Bloggs described as a “photo op”.", "Bloggs"),
    ("which X described as", "The inquiry faulted the harbour office, which a former pilot described as “a shambles”.", "a former pilot"),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_a_gapped_label_names_its_speaker(speakers, name: str, text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jo Bloggs called off the parade.",
        "The leaflet described the scene at the pier.",
        "The mayor called it a day and went home.",
        "The play is an adaptation of a show called “Harbour Lights”, written by a local troupe.",
        "The shop sells a collection from the cartoonist Sam Lee called “Pier Pressure”.",
    ],
)
def test_no_label_no_speech(speakers, text: str) -> None:
    assert speakers(text) == [None]


def test_a_gapped_label_opens_no_quotation(speakers) -> None:
    text = "Jo Bloggs said the ferry was safe.\n\nShe warned of what she called “serious gaps”. The gaps are in the hull."
    assert speakers(text)[1:] == ["Jo Bloggs", None]
