"""Which body a description or a short form names: "the station" or "the outlet" after a news
outlet reported, "the company" after a one-word company spoke, a call sign without its band
("WTOL" for "WTOL-TV"), an alias whose name was written as a possessive ("the Democratic National
Committee’s (DNC)"), and a speaker named through "her campaign" shown with its owner's possessive."""

from __future__ import annotations

import pytest

ROWS = [
    (
        "the station after a call sign",
        "The runner was disqualified, KXAN-TV reported.\n\nNoor Abadi said she was told to change.\n\nOfficials checked uniforms before the race, the station said.",
        ["KXAN-TV", "Noor Abadi", "KXAN-TV"],
    ),
    (
        "the call sign alone",
        "The runner was disqualified, KXAN-TV reported.\n\nShe had run her best time, KXAN said.",
        ["KXAN-TV", "KXAN-TV"],
    ),
    (
        "the outlet after a one-word outlet",
        "The driver had no licence, Patch reported.\n\nHe was later released, the outlet said.",
        ["Patch", "Patch"],
    ),
    (
        "the company after a one-word company",
        "Acmetron has denied any bias.\n\nAt the time, the company said the firings were about leaks.",
        ["Acmetron", "Acmetron"],
    ),
    (
        "the company after a name with a number, read whole",
        "In a second statement issued later Thursday, Motel 9 said it plans to stop sharing guest lists.\n\n“Motel 9 apologizes for this incident,” the company said.",
        ["Motel 9", "Motel 9"],
    ),
    (
        "an alias of a name written as a possessive",
        "She met the Democratic National Committee’s (DNC) threshold.\n\nThe DNC announced new rules on Monday.",
        [None, "Democratic National Committee"],
    ),
    (
        "her campaign shown with the owner's possessive",
        "Rep. Jana Pollard has met the threshold.\n\nHer campaign urged the party to publish its criteria.",
        [None, "Jana Pollard's campaign"],
    ),
    # negative rows: the rule must not fire
    (
        "the station never goes to a body of another kind",
        "The Ohio High School Athletic Association said the rule was clear.\n\nThe race was run on Saturday, the station said.",
        ["Ohio High School Athletic Association", "the station"],
    ),
    (
        "a band that is no band",
        "The runner was disqualified, KXAN-XY reported.\n\nShe had run her best time, KXAN said.",
        ["KXAN-XY", "KXAN"],
    ),
    (
        "an outlet far back is not the one meant",
        "The driver had no licence, Patch reported.\n\nJo Bloggs said one thing.\n\nJo Bloggs said two.\n\nJo Bloggs said three.\n\nJo Bloggs said four.\n\nJo Bloggs said five.\n\nJo Bloggs said six.\n\nHe was released, the outlet said.",
        ["Patch", "Jo Bloggs", "Jo Bloggs", "Jo Bloggs", "Jo Bloggs", "Jo Bloggs", "Jo Bloggs", "the outlet"],
    ),
    (
        "a campaign the article names keeps its wording",
        "The Clinton campaign said it would respond.",
        ["Clinton campaign"],
    ),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_outlets_and_short_forms(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


JOINED = [
    ("a body joined by 'to'", "Texas Right to Life said in a statement that it was disappointed.", ["Texas Right to Life"]),
    ("a body joined by 'for'", "Americans for Prosperity said the bill would fail.", ["Americans for Prosperity"]),
    # negative rows: people and their addressees are no body
    ("a titled person talking to an outlet", "Mayor Ed Murray said he would sign it.\n\nSeattle Mayor Ed Murray to Bloomberg News said more.", ["Ed Murray", "Ed Murray"]),
]


@pytest.mark.parametrize("name, text, expected", JOINED, ids=[row[0] for row in JOINED])
def test_bodies_joined_by_for_or_to(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("phrase", ["Advisers to President Donald Trump", "Seattle Mayor Ed Murray to Bloomberg News", "Aides to Bernie Sanders"])
def test_people_joined_by_to_are_no_body(phrase: str) -> None:
    from retrieval.attribution.speakers import read_phrase

    assert read_phrase(phrase).kind != "organisation"
