"""A bare surname one letter off the surname of the one person named in full before it is that
person (copy is not always proofread); made-up sentences, with rows where it must not fire."""

from __future__ import annotations

import pytest

from retrieval.attribution.misspelt import one_letter_off

ARTICLES = [
    (
        "a letter dropped",
        "Judge Thomas Brandtner ruled on Monday.\n\nBrandner said the state had proved its case.",
        [None, "Thomas Brandtner"],
    ),
    (
        "a letter added",
        "Lawyer Michael Ullman spoke after the verdict.\n\nUllmann said the company would appeal.",
        [None, "Michael Ullman"],
    ),
    (
        "a letter changed",
        "Analyst Jessica Vaughan said the plan was an amnesty.\n\nVaughen said more people would come.",
        ["Jessica Vaughan", "Jessica Vaughan"],
    ),
    # negative rows
    (
        "a short name is another name",
        "Police chief Ann Grey said the road was closed.\n\nGray said the bridge was safe.",
        ["Ann Grey", "Gray"],
    ),
    (
        "two people the name could be",
        "Analyst Jessica Vaughan said the plan was an amnesty.\n\n"
        "Senator Mark Vaughen said it was not.\n\nVaughn said more people would come.",
        ["Jessica Vaughan", "Mark Vaughen", "Vaughn"],
    ),
    (
        "a name no one was given before",
        "Brandner said the state had proved its case.\n\nJudge Thomas Brandtner ruled on Monday.",
        ["Brandner", None],
    ),
]


@pytest.mark.parametrize("name, text, expected", ARTICLES, ids=[row[0] for row in ARTICLES])
def test_misspelt_surname(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "a, b, off",
    [
        ("balman", "balkman", True),
        ("ullman", "ullmann", True),
        ("vaughn", "vaughan", True),
        ("giulini", "giuliani", True),
        ("keidis", "kiedis", True),  # two letters swapped
        ("vaughan", "vaughan", False),
        ("cohen", "comey", False),
        ("johnson", "jackson", False),
    ],
)
def test_one_letter_off(a: str, b: str, off: bool) -> None:
    assert one_letter_off(a, b) is off
