"""Subjects of reporting verbs in shapes every paper uses: a description with a relative clause or
an appositive between it and its verb, two roles joined by "and", a dash typed as two hyphens, an
initialism's possessive, a poll's share, a closing clause with a role or a group as its subject.
Each row has a made-up sentence; the negative rows keep things, bodies with numbers and
infinitives from speaking."""

from __future__ import annotations

import pytest

ROWS = [
    # a description, then a relative clause or an appositive, then the verb
    ("description, relative clause", "The family of the driver, who was named as Jo Bloggs, said he had been unarmed.", ["The family of the driver"]),
    ("document, relative clause", "The memo, which the council released on Friday, said the depot would close.", ["The memo"]),
    ("two hyphens as a dash", "Reyes -- a former mayor of Ardena -- said he would run again.", ["Reyes"]),
    # two roles joined by "and"
    ("relatives joined", "Jo Bloggs's sister and cousin have said she was at home that night.", ["Jo Bloggs's sister and cousin"]),
    ("roles joined", "The town's mayor and police chief apologized to the family for naming the wrong man.", ["The town's mayor and police chief"]),
    ("roles joined before a name", "The depot shut on Friday, her friend and business partner Tom Reyes confirmed to the Daily Post.", ["Tom Reyes"]),
    # closing clauses
    ("closing role, firm verb", "The plan would cut the bus budget by a third, the official added.", ["the official"]),
    ("closing group, firm verb", "The plan would cut the bus budget by a third, officials confirmed.", ["officials"]),
    ("closing body with nothing after", "Fares would rise in May, the company added.", ["the company"]),
    ("closing group, base form inverted", "The region has had too little rain for years, say experts.", ["experts"]),
    ("closing group with a substantive adjective", "Polling stations are not following the rules, advocates for the disabled allege.", ["advocates for the disabled"]),
    ("a poll's share", "Only about 3 in 10 commuters say the buses run on time.", ["about 3 in 10 commuters"]),
    # negative rows
    ("a body adding jobs", "Sales slowed in May, the company added 500 jobs.", [None]),
    ("a thing with a relative clause", "The storm, which hit the coast on Monday, forced the depot to close.", [None]),
    ("agreed to terms", "As part of the deal, Tom Reyes agreed to the terms.", [None]),
    ("an infinitive", "As part of the deal, Tom Reyes agreed to pay.", [None]),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_subject_shapes(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_initialism_possessive_before_an_appositive(speakers) -> None:
    """ "The U.N.’s" is one word, so the name before the appositive is read whole."""
    found = speakers("The U.N.’s Harbour Relief Agency, the camp's main supplier, says it needs $5 million.")
    assert len(found) == 1 and found[0] is not None and found[0].endswith("Harbour Relief Agency")


@pytest.mark.parametrize(
    "text, token",
    [("the U.N.’s agency said", "U.N.’s"), ("the U.S.'s envoy said", "U.S.'s"), ("Reyes -- a former mayor -- said", "--")],
)
def test_tokens_keep_possessive_initialisms_and_double_hyphens(text: str, token: str) -> None:
    from retrieval.attribution.tokens import tokenize

    assert token in [t.text for t in tokenize(text)]


def test_a_hyphen_alone_stays_a_token_of_its_own() -> None:
    from retrieval.attribution.tokens import tokenize

    assert [t.text for t in tokenize("decades - old")] == ["decades", "-", "old"]


OPENING_ROWS = [
    # a statement put out, its subject read past time words and a particle
    ("statement after a time phrase", "The ministry later on Monday released a statement saying the line would close.", ["The ministry"]),
    ("put out a statement", "Tom Reyes put out a statement saying the banks had enough cash.", ["Tom Reyes"]),
    ("a report as the carrier", "Jo Bloggs issued an online report saying the case did not merit a trial.", ["Jo Bloggs"]),
    # a closing clause needs a clause before its comma
    ("a clause before the comma", "In 2015 the plan failed, Tom Reyes added.", ["Tom Reyes"]),
    ("'as' opening a clause", "As the council opens the door to drilling, the oil industry is promising more jobs.", ["the oil industry"]),
    # negative rows
    ("an opening phrase, not a clause", "As a member of the board, Tom Reyes has confirmed the new chairman.", [None]),
    ("a title is no closing speaker", "The three candidates trail — Jo Bloggs at 8 percent and Tom Reyes, another former state party chairman, at 3 percent.", [None]),
]


@pytest.mark.parametrize("name, text, expected", OPENING_ROWS, ids=[row[0] for row in OPENING_ROWS])
def test_carriers_and_closing_clauses(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


PASSIVE_ROWS = [
    ("reduced passive with an agent", "The closure, first reported by the Ardena Herald, comes a week after the strike.", ["Ardena Herald"]),
    ("a firm verb, people as agent", "The new post, confirmed by two officials, has not been announced.", ["two officials"]),
    ("a firm verb, passive with people", "The closure was confirmed by two officials.", ["two officials"]),
    # negative rows
    ("a firm verb, a body's vote", "The judge, confirmed by the Senate in May, took office in June.", [None]),
]


@pytest.mark.parametrize("name, text, expected", PASSIVE_ROWS, ids=[row[0] for row in PASSIVE_ROWS])
def test_reduced_and_people_passives(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In other words, the figures show part of the income picture, the wages.",
        "It is not enough - More from the report: “Most online panels are wrong.”",
    ],
)
def test_an_opening_phrase_or_a_preposition_puts_nothing_out(speakers, text: str) -> None:
    assert speakers(text) == [None]
