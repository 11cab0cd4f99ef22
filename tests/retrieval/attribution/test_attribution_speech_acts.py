"""Speech acts said with a light verb and its noun ("expressed skepticism", "offered praise",
"gave a robust defense") or a copula and a stance adjective ("was critical of", "is adamant
that"), read from ``lexicon/speech_act_nouns.tsv`` and ``stance_adjectives.tsv``. The negative
rows keep acts (a profit, money, a letter), things as subjects, circumstances without content and
negated or empty subjects from speaking."""

from __future__ import annotations

import pytest

ROWS = [
    ("expressed, people as subject", "The council's senior judges expressed skepticism about the new rule.", ["The council's senior judges"]),
    ("voiced support", "The board's newest members voiced support for the depot.", ["The board's newest members"]),
    ("offered praise", "Jo Bloggs on Friday offered praise for the mayor's choice.", ["Jo Bloggs"]),
    ("did offer advice", "Jo Bloggs runs the depot.\n\nShe did offer some advice for the new mayor.", [None, "Jo Bloggs"]),
    ("made references", "Councillors made references to a 1998 bylaw.", ["Councillors"]),
    ("gave a defense", "In reply, Tom Reyes gave a robust defense of his plan.", ["Tom Reyes"]),
    ("sent a warning", "Tom Reyes sent an apparent warning to rival bidders.", ["Tom Reyes"]),
    ("a participle after a comma", "Tom Reyes pressed ahead with the plan, making a public appeal to residents.", ["Tom Reyes"]),
    ("was critical of", "Jo Bloggs was also critical of the depot's safety record.", ["Jo Bloggs"]),
    ("is adamant that", "Tom Reyes, a former mayor, is adamant that the depot will reopen.", ["Tom Reyes"]),
    ("has been firm that", "The Ardena government has been firm that talks must come first.", ["Ardena government"]),
    # negative rows
    ("a thing raises objections", "The move raised objections from unions.", [None]),
    ("money, no words", "The firm gave financial support to the victims.", [None]),
    ("a noun modifying a noun", "The agency sent a warning letter to the depot.", [None]),
    ("an act, no speech noun", "Jo Bloggs made a profit on the sale.", [None]),
    ("only a place after the noun", "Tom Reyes made the pledge at a rally in Ardena on Monday.", [None]),
    ("an empty subject", "It is critical that the depot reopens.", [None]),
    ("negated", "Jo Bloggs was not critical of the plan.", [None]),
    ("an infinitive", "The depot has a duty to express concern.", [None]),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_speech_acts(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_the_cue_is_the_verb_and_its_noun(only) -> None:
    found = only("The council's senior judges expressed strong skepticism about the new rule.")
    assert found is not None and found.cue == "expressed strong skepticism" and found.kind == "SV"


def test_a_plural_noun_is_no_light_verb(speakers) -> None:
    """ "issues" is a noun, and a verb between it and "appeal" ends the object."""
    assert speakers("That means the party's stance on social issues undercuts its potential appeal to younger voters.") == [None]
