"""Speech heard or recorded (``attribution.heard``, ``lexicon/heard_verbs.txt``): the subject of a
passive "is heard saying" or the object of an active "could hear police calling" is the speaker.
The negative rows keep sounds, things and hearers from speaking."""

from __future__ import annotations

import pytest

ROWS = [
    ("a modal before the passive", "“Stay back,” the younger woman can be heard saying.", ["the younger woman"]),
    ("a contracted is", "Tom Reyes was arrested on Monday.\n\nHe’s heard yelling “Get off me,” and “Let me go.”", [None, "Tom Reyes"]),
    ("an adverb before heard", "Tom Reyes is then heard commanding a clerk to open the safe.", ["Tom Reyes"]),
    ("a strict participle once heard", "On the call, Jo Bloggs can be heard asking the mayor for a “favor” before the vote.", ["Jo Bloggs"]),
    ("the recording's medium between", "Tom Reyes was caught on camera telling staff to delete the files.", ["Tom Reyes"]),
    ("an active hearing: the object speaks", "A reporter at the scene could hear police calling, “Come out with your hands up.”", ["police"]),
    ("a vocal word with a quotation", "Jo Bloggs can be heard screaming “Help me!”", ["Jo Bloggs"]),
    # negative rows
    ("a sound, no words", "Jo Bloggs is also heard screaming throughout the videos.", [None]),
    ("a thing heard", "A chair can be heard being moved.", [None]),
    ("music heard", "The song can be heard playing in the background.", [None]),
    ("heard things, no speaker", "Residents heard gunshots and saw smoke rising.", [None]),
    ("crying is no speech", "Jo Bloggs heard her son crying in the next room.", [None]),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_heard_speech(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_the_hearer_is_not_the_speaker(only) -> None:
    found = only("A reporter at the scene could hear police calling, “Come out with your hands up.”")
    assert found is not None and found.speaker == "police" and found.mention == "police"


def test_the_cue_runs_from_the_perception_verb_to_the_participle(only) -> None:
    found = only("Tom Reyes is then heard commanding a clerk to open the safe.")
    assert found is not None and found.cue == "heard commanding" and found.kind == "PARTICIPLE"
