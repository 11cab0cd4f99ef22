"""First names from the SSA counts: a pronoun finds the bearer of a name the hand list lacks, an
untitled pair of such a name is a person, and the table leaves out common words, surnames,
places and names borne by both sexes."""

from __future__ import annotations

import pytest

from retrieval.attribution.lexicon import lexicon

ROWS = [
    (
        "a pronoun skips the man for a woman named outside the hand list",
        "Felix Tshisekedi met Christiane Amanpour in Kinshasa.\n\n\"We will not give up,\" she said.",
        [None, "Christiane Amanpour"],
    ),
    (
        "a pronoun skips the woman for the man",
        "Christiane Amanpour met Felix Tshisekedi in Kinshasa.\n\n\"We will not give up,\" he said.",
        [None, "Felix Tshisekedi"],
    ),
    ("an untitled pair is a person", "Kelvin MacKenzie was in the studio.\n\nHe said the paper had lied.", [None, "Kelvin MacKenzie"]),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_first_names(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize("name, gender", [("christiane", "female"), ("felix", "male"), ("john", "male"), ("kelvin", "male")])
def test_table_holds_names_beyond_the_hand_list(name: str, gender: str) -> None:
    assert lexicon().first_names[name] == gender


@pytest.mark.parametrize("word", ["will", "grant", "warren", "clinton", "jordan", "india", "june"])
def test_table_leaves_out_words_surnames_places_and_shared_names(word: str) -> None:
    assert word not in lexicon().first_names
