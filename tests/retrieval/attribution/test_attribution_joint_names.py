"""Which speaker: a name written by its first word after being written in full ("Park Sang-hak
... Park said"), two people named jointly ("the Grassley-Graham letter", "Rodriguez Sanchez and
Ramirez-Rosa") and a lead describing two people named in the next sentence ("two senators said
... Sens. Jo Bloggs and Ann Smith"). Made-up sentences, with rows where each rule must not fire."""

from __future__ import annotations

import pytest

from retrieval.attribution.full_names import written_in_full
from retrieval.attribution.groups import together

ARTICLES = [
    (
        "a family name written first",
        "The man they protect is Park Sang-hak, a defector who sends leaflets north.\n\n"
        "\u201cI have almost died twice,\u201d Park said.\n\n\u201cThey send threats,\u201d Park said.\n\n"
        "\u201cI will not stop,\u201d he said.",
        [None, "Park Sang-hak", "Park Sang-hak", "Park Sang-hak"],
    ),
    (
        "a person known by a first name",
        "The tapes were made by Omarosa Manigault-Newman, a former aide.\n\n\u201cWow,\u201d Omarosa says.",
        [None, "Omarosa Manigault-Newman"],
    ),
    (
        "two people joined by a hyphen",
        "Sen. Chuck Grassley and Sen. Lindsey Graham met the director on Monday.\n\n"
        "The Grassley-Graham letter says the statement was drafted early.",
        [None, "Chuck Grassley and Lindsey Graham"],
    ),
    (
        "two surnames of two words and a hyphen",
        "\u201cWe must act,\u201d said Maria Rodriguez Sanchez, who toured the station with Carlos Ramirez-Rosa.\n\n"
        "Rodriguez Sanchez and Ramirez-Rosa said residents should lock their doors.",
        ["Maria Rodriguez Sanchez", "Maria Rodriguez Sanchez and Carlos Ramirez-Rosa"],
    ),
    (
        "a lead describing two people named next",
        "The director drafted his statement early, two Republican senators alleged on Thursday.\n\n"
        "Sens. Chuck Grassley and Lindsey Graham sent a letter to Director Christopher Wray.\n\n"
        "\u201cThe outcome should not be prejudged,\u201d the senators said.",
        ["Chuck Grassley and Lindsey Graham", None, "Chuck Grassley and Lindsey Graham"],
    ),
    # negative rows
    (
        "a name never written in full stays as written",
        "\u201cI have almost died twice,\u201d Park said.",
        ["Park"],
    ),
    (
        "a hyphenated surname of one person",
        "The tapes were made by Omarosa Manigault-Newman, a former aide.\n\n"
        "Manigault-Newman said she recorded them.",
        [None, "Omarosa Manigault-Newman"],
    ),
    (
        "a lead of two whose next sentence names one person",
        "The plan will fail, two Republican senators alleged on Thursday.\n\n"
        "Director Christopher Wray did not reply.",
        ["two Republican senators", None],
    ),
]


@pytest.mark.parametrize("name, text, expected", ARTICLES, ids=[row[0] for row in ARTICLES])
def test_joint_and_full_names(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "masked, word, index, expected",
    [
        (["The man is Park Sang-hak, a defector.", "Park said."], "Park", 1, "Park Sang-hak"),
        (["Chairman Park Sang-hak spoke.", "Park said."], "Park", 1, "Park Sang-hak"),
        # must not fire
        (["Park said.", "The man is Park Sang-hak, a defector."], "Park", 0, None),  # named in full only later
        (["They met in Central Park Conservancy land.", "Park said."], "Park", 1, None),  # the word inside a name
        (["The Park Police came.", "Park said."], "Park", 1, None),  # the word names a body
        (["Park Sang-hak and Park Chung-hee met.", "Park said."], "Park", 1, None),  # two people it could be
        (["The man is Park Sang-hak.", "PARK said."], "PARK", 1, None),  # no name word
        (["Google said it acted.", "It runs Google Ads.", "Google said."], "Google", 2, None),  # written alone first
        (["Twitter Tuesday apologised.", "Twitter said."], "Twitter", 1, None),  # a day, not a name
        (["President Trump Donald John Trump spoke.", "Trump said."], "Trump", 1, None),  # two names run together
        (["Supporters rode on the Trump Train today.", "Trump said."], "Trump", 1, None),  # a thing after "the"
        (["Relatives waited for EgyptAir Flight 804 to land.", "EgyptAir said."], "EgyptAir", 1, None),  # a number after it
        (["Obama Sees Personal Insult if Black Voters Stay Home", "Obama said."], "Obama", 1, None),  # a headline
    ],
)
def test_written_in_full(masked: list[str], word: str, index: int, expected: str | None) -> None:
    assert written_in_full(masked, word, index) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Grassley-Graham", "Chuck Grassley and Lindsey Graham"),
        ("Rodriguez Sanchez and Ramirez-Rosa", "Rossana Rodriguez Sanchez and Carlos Ramirez-Rosa"),
        ("Grassley and Graham", "Chuck Grassley and Lindsey Graham"),
        # must not fire
        ("Manigault-Newman", None),  # one person's name
        ("Grassley-Wray", None),  # one of the two is nobody named
        ("Grassley and Grassley", None),  # one person twice
        ("Grassley and the Senate", None),  # not two surnames
    ],
)
def test_together(name: str, expected: str | None) -> None:
    named = {
        "Grassley": "Chuck Grassley",
        "Graham": "Lindsey Graham",
        "Rodriguez Sanchez": "Rossana Rodriguez Sanchez",
        "Ramirez-Rosa": "Carlos Ramirez-Rosa",
    }
    assert together(name, named.get) == expected
