"""The "he"/"she" ranker and the speaker-choice rules beside it, on short made-up articles: the
learned weights load and override the rules only when clearly surer; a described name keeps the
speaker however long its descriptions; possessive owners fold; an opening phrase is skipped."""

from __future__ import annotations

import pytest

from retrieval.attribution import ranking
from retrieval.attribution.people import scan_people
from retrieval.attribution.salience import Pick, PronounAt


def test_the_shipped_weights_cover_every_feature() -> None:
    model = ranking.weights()
    assert model is not None and len(model) == len(ranking.FEATURES)
    assert any(w != 0 for w in model)


def test_without_weights_the_rules_pick_stands() -> None:
    people = scan_people(["Paul Devane spoke.", "Mark Hollis spoke.", "He left."])
    pick = Pick("Paul Devane", None, "male")
    with ranking.recording(None) as records:
        chosen = ranking.rank(PronounAt(people, [("Mark Hollis", "person", "male", None, 1)], {}, "male", 2, True), pick)
    assert chosen is pick
    assert len(records) == 1 and {c.pick.name for c in records[0][2]} == {"Paul Devane", "Mark Hollis"}


def test_a_firm_pick_is_never_ranked() -> None:
    people = scan_people(["Mark Hollis spoke.", "Paul Devane, who chairs the board, agreed, he said."])
    pick = Pick("Paul Devane", None, "male", firm=True)
    with ranking.recording(ranking.weights()) as records:
        chosen = ranking.rank(PronounAt(people, [("Mark Hollis", "person", "male", None, 0)], {}, "male", 1, False), pick)
    assert chosen is pick and records == []


def test_a_strong_score_overrides_the_rules() -> None:
    """A model that only trusts the last speaker takes the pronoun from the rules' newcomer."""
    people = scan_people(["“We will build it,” said Mark Hollis.", "Paul Devane agreed.", "“It is late,” he said."])
    trusts_last_speaker = [10.0 if name == "last_speaker" else 0.0 for name in ranking.FEATURES]
    pick = Pick("Paul Devane", None, "male")
    history = [("Mark Hollis", "person", "male", None, 0)]
    with ranking.recording(trusts_last_speaker):
        chosen = ranking.rank(PronounAt(people, history, {}, "male", 2, True), pick)
    assert chosen is not None and chosen.name == "Mark Hollis" and not chosen.learn


RANKED = [
    (
        "a spokesman named after his boss spoke takes the pronoun over the boss",
        "“We will not move on the nominee,” said Mitch Connell.\n\n"
        "Connell spokesman Don Stewart would not say when the Senate will vote.\n\n"
        "“I don't have any new announcements yet,” he said.",
        ["Mitch Connell", None, "Don Stewart"],
    ),
    (
        "the subject of the pronoun's own sentence only when it comes before the pronoun",
        "“We will not give in,” said Arsene Wenger.\n\n"
        "But now he claims Alex Ferguson should be punished by the association.",
        ["Arsene Wenger", "Arsene Wenger"],
    ),
    (
        "a name after the pronoun that opens the sentence is not its subject",
        "Trump lost the delegate fights to John Kasich, who leads in the state.\n\n"
        "“We need a candidate that is likable,” said Kyle Babcock, a party insider. Babcock said Trump is his third choice.\n\n"
        "He’s leaning toward Kasich, he said, because he prizes electability.",
        [None, "Kyle Babcock", "Kyle Babcock", "Kyle Babcock"],
    ),
    (
        "the subject after an opening phrase takes a pronoun later in its sentence",
        "On Monday, Vice President Joe Biden toured a nuclear weapons lab.\n\n"
        "During an interview in April, Donald Trump was talking about defense when he told reporters, “So, North Korea has nukes.”",
        [None, "Donald Trump"],
    ),
    (
        "a person of the other gender the rules learned nothing about is not taken",
        "“We will fight this bill,” House leader Hakeem Jeffries said.\n\n"
        "Rep. Suzanne Bonamici, a Democrat from Oregon, offered a bill that she argued would help parents.\n\n"
        "“We want parents to be involved,” she said.",
        ["Hakeem Jeffries", "Suzanne Bonamici", "Suzanne Bonamici"],
    ),
]


@pytest.mark.parametrize("name, text, expected", RANKED, ids=[row[0] for row in RANKED])
def test_pronouns_across_an_article(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


CHOICE = [
    (
        "a name with two descriptions",
        "Alixandria Lapp, executive director of the House Majority PAC, a Democratic super PAC, said donors were excited.",
        ["Alixandria Lapp"],
    ),
    ("a description ending in a place", "Rachel Berg, a philanthropist from Monsey, New York, said the speeches moved her.", ["Rachel Berg"]),
    (
        "a description holding a relative clause",
        "Laurence Meyer, a former Fed governor who argued with Ms. Brainard, said in an interview that Congress had acted.",
        ["Laurence Meyer"],
    ),
    ("a description that holds a cue-like word", "Brad Komar, Clinton's Colorado state director, said they were ready.", ["Brad Komar"]),
    ("a place opening the sentence is no speaker", "At Boca West, where it costs $70,000 to join, Jay DiPietro, the club's president, said times were hard.", ["Jay DiPietro"]),
    ("a list of names stays a list", "Germany, Denmark, Norway and Poland said they would act.", ["Germany, Denmark, Norway and Poland"]),
    ("an owner's spokesman", "Cameron’s spokesman said the prime minister stood by his comments.", ["Cameron’s spokesman"]),
    ("a body named like a document", "The U.S. Geological Survey said it detected an earthquake.", ["U.S. Geological Survey"]),
    ("an owner's office", "Powell’s office said he could not recall the dinner.", ["Powell’s office"]),
    ("a time phrase before the subject", "Hours later, Trump returned the compliment, telling reporters he was pleased.", ["Trump"]),
    (
        "a place with commas before the subject",
        "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton expanded on her statement, saying the country should lead.",
        ["Clinton"],
    ),
    ("an -ing phrase before the subject", "Walking to the next address, Ebeling smiled, and said their views had changed.", ["Ebeling"]),
]


@pytest.mark.parametrize("name, text, expected", CHOICE, ids=[row[0] for row in CHOICE])
def test_which_words_name_the_speaker(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected
