"""Who speaks when nobody is named: stance verbs with people as their subject ("Rights groups
accused ..."), and nouns of speech with their source after "from" ("came under criticism from ...")."""

from __future__ import annotations

import pytest

STANCE = [
    ("accused ... of, by a plural body", "Rights groups accused the border guards of beating migrants.", ["Rights groups"]),
    ("praised, by people", "Meanwhile, passengers praised the new timetable.", ["passengers"]),
    ("complained that, by people", "At the depot, workers complained that the shifts were too long.", ["workers"]),
    # people nouns as the object of a relative clause are not the speaker: the clause's head is
    ("people in a relative clause", "A nurse who treats children told reporters the cuts were cruel.", ["A nurse who treats children"]),
    ("people after 'who' with a stance verb", "A pastor who counsels refugees condemned the raids.", ["A pastor who counsels refugees"]),
    # negative rows: a thing, or "it", takes no stance
    ("a dog attacks", "The dog ran at the boy as it attacked him.", [None]),
    ("a plan rejects nothing", "The new plan rejected older applicants.", [None]),
]

FROM_NOUNS = [
    ("criticism from", "The mayor came under fierce criticism from local traders for the closures.", ["local traders"]),
    ("claims of ... from", "The ruling brought renewed claims of bias from some opposition lawmakers.", ["some opposition lawmakers"]),
    ("condemnation from", "The envoy drew a wave of condemnation from rights groups on Monday.", ["rights groups"]),
    ("opening the sentence, before a name and a verb", "Estimates from survivors in Harbour Town put the death toll in the hundreds.", ["survivors in Harbour Town"]),
    ("a long topic after the source", "The envoy was the subject of condemnation from rights groups over his disregard for the safety of migrants crossing the strait at night.", ["rights groups"]),
    ("estimates from a name, then a verb", "Early estimates from the Harbour Trust put the damage at about $5m.", ["Harbour Trust"]),
    # negative rows
    ("no claim", "There has been no claim of responsibility from any group.", [None]),
    ("a reaction reports no words", "The threats met a mixed reaction from readers.", [None]),
    ("support is no speech", "The bill won support from farmers.", [None]),
]


@pytest.mark.parametrize("name, text, expected", STANCE, ids=[row[0] for row in STANCE])
def test_stance_verbs_with_people_as_subject(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("name, text, expected", FROM_NOUNS, ids=[row[0] for row in FROM_NOUNS])
def test_speech_nouns_name_their_source_after_from(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert [s.removeprefix("the ") if s else s for s in speakers(text)] == expected


def test_a_noun_of_speech_is_its_own_layout(only) -> None:
    found = only("The minister came under criticism from nurses.")
    assert found is not None and found.kind == "NOMINAL" and found.cue == "criticism from"
