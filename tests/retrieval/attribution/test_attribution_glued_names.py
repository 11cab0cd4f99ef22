"""A verb opening a sentence is no first name: "Carving Trump out of the photo took effort" names
Trump, "Said Timme: ..." is Drew Timme's. Made-up sentences, with rows where a name that opens a
sentence is a person's own."""

from __future__ import annotations

import pytest

from retrieval.attribution.glued_names import glued_verb, unglued
from retrieval.attribution.person import Person

ARTICLES = [
    (
        "a reporting verb glued to a surname with a namesake",
        "The forward Mark Timme scored 30 points on Saturday.\n\nSaid Timme: \u201cWe are warriors.\u201d",
        [None, "Mark Timme"],
    ),
]


@pytest.mark.parametrize("name, text, expected", ARTICLES, ids=[row[0] for row in ARTICLES])
def test_glued_names(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def _person(name: str, at: int = 0) -> Person:
    first, last = name.split()[0].lower(), name.split()[-1].lower()
    return Person(name, last, (first, last), None, None, mentions=[3], first_at={3: at})


@pytest.mark.parametrize(
    "name, at, glued",
    [
        ("Carving Trump", 0, True),  # an -ing form opening the sentence
        ("Said Timme", 0, True),  # a reporting verb opening the sentence
        # must not fire
        ("Irving Brown", 0, False),  # a first name that ends in -ing
        ("Carving Trump", 12, False),  # not at the sentence's start
        ("Donald Trump", 0, False),  # a first name
    ],
)
def test_glued_verb(name: str, at: int, glued: bool) -> None:
    assert glued_verb(_person(name, at)) is glued


def test_unglued_drops_a_glued_namesake_and_renames_a_lone_one() -> None:
    drew, said = _person("Drew Timme", 40), _person("Said Timme")
    assert unglued([drew, said]) == [drew]
    carving = _person("Carving Trump")
    assert [p.name for p in unglued([carving])] == ["Trump"]
