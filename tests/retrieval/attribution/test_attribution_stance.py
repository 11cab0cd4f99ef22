"""Stance and accusation verbs carry what someone said (mined from PolNeAR train, see
``lexicon/mined_verbs.tsv``); belief, refusal and action verbs and things as subjects do not."""

from __future__ import annotations

import pytest

ROWS = [
    ("denied", "Jo Bloggs denied the claims on Monday.", ["Jo Bloggs"]),
    ("dismissed, with a pronoun", "Jo Bloggs runs the depot.\n\nShe dismissed the report as nonsense.", [None, "Jo Bloggs"]),
    ("hit out at", "Pop star Dencia Mbah has hit out at her rival for a new contract.", ["Dencia Mbah"]),
    ("ruled out", "Finance Minister Tom Reyes ruled out a second vote.", ["Tom Reyes"]),
    ("branded, a quoted label", "Jo Bloggs branded the plan 'reckless'.", ["Jo Bloggs"]),
    ("criticised, British spelling", "Jo Bloggs criticised the council over the delays.", ["Jo Bloggs"]),
    ("blamed, by a body", "Harbour Foods said sales fell.\n\nThe company blamed the weather.", ["Harbour Foods", "Harbour Foods"]),
    # negative rows
    ("a thing rejects nothing", "Jo Bloggs drew up a plan.\n\nThe plan rejected single mothers.", [None, None]),
    ("declined to comment", "A spokesman for the club declined to comment.", [None]),
    ("a belief", "Jo Bloggs believes the plan will fail.", [None]),
    ("a noun", "Her past comments were restrained.", [None]),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_stance_verbs(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


VERB_ROWS = [
    ("pointed to, grounds of an argument", "Tom Reyes pointed to new figures that show fewer passengers.", ["Tom Reyes"]),
    ("point to, a group", "The researchers point to rising costs as the main reason for the closures.", ["The researchers"]),
    ("recommended that", "Jo Bloggs, the inspector, recommended that the depot be closed.", ["Jo Bloggs"]),
    ("demanding that", "Tom Reyes is now demanding that the contract be rewritten.", ["Tom Reyes"]),
    # negative rows
    ("a market points to a loss", "Ardena futures pointed to a 300-point loss before the opening bell.", [None]),
    ("a gesture", "Tom Reyes nodded, pointing to the bottles on the shelf behind the counter.", [None]),
    ("demanded a thing", "Prosecutors have demanded the documents from the depot.", [None]),
    ("a noun", "The demand for bus passes fell by a third last year.", [None]),
]


@pytest.mark.parametrize("name, text, expected", VERB_ROWS, ids=[row[0] for row in VERB_ROWS])
def test_grounds_recommendations_and_demands(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


PUSH_AND_LABEL_ROWS = [
    ("pushed back on", "Councillors pushed back on that argument at the meeting.", ["Councillors"]),
    ("pushed back, then a participle", "Ardena police pushed back, releasing their own files to reporters.", ["Ardena police"]),
    ("referred to ... as", "The paper referred to him as a reckless gambler.", ["The paper"]),
    ("characterized ... as", "Harbour Foods has characterized the outage as an accident.", ["Harbour Foods"]),
    # negative rows
    ("a date moved", "The court pushed back the hearing to May.", [None]),
    ("a thing moved", "Earlier, Tom Reyes gently pushed back news cameras at the door.", [None]),
    ("a reference, no label", "Tom Reyes referred to the report in his long speech on Monday.", [None]),
    ("a clause before 'as'", "The Reyeses characterized the misuse of funds by labeling expenses as “travel.”", [None]),
]


@pytest.mark.parametrize("name, text, expected", PUSH_AND_LABEL_ROWS, ids=[row[0] for row in PUSH_AND_LABEL_ROWS])
def test_pushback_and_labels_after_as(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


LISTENER_ROWS = [
    ("a name as listener, then 'that'", "The driver then informs Control that he is turning back.", ["The driver"]),
    ("'to' and a pronoun, then 'that'", "A depot official confirmed to us that the line would close.", ["A depot official"]),
    ("a pronoun as listener", "Tom Reyes informed him that the depot would close.", ["Tom Reyes"]),
    # negative rows
    ("informed of plans", "The firm informed the board of its plans.", [None]),
    ("an infinitive, then 'that'", "Tom Reyes agreed to talk on the condition that he not be named.", [None]),
]


@pytest.mark.parametrize("name, text, expected", LISTENER_ROWS, ids=[row[0] for row in LISTENER_ROWS])
def test_listener_before_what_was_said(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
