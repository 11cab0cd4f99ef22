"""A person described instead of named: "the real estate mogul", "the retired U.S. Army lieutenant
general", "the key task force member" go back to the person named just before; a description of
someone new, one with two people before it, or one far from any name stays as written."""

from __future__ import annotations

import pytest

ROWS = [
    (
        "the person named in the sentence before",
        "As part of his plea, Michael Flynn agreed to cooperate.\n\nThe retired U.S. Army lieutenant general admitted that he lied.",
        [None, "Michael Flynn"],
    ),
    (
        "the person named earlier in the same sentence",
        "His statement did not mention Anthony Fauci, but the key task force member told CBS News he would wear a mask.",
        ["Anthony Fauci"],
    ),
    (
        "a possessive of the person before",
        "The talks come amid questions over Donald Trump's tax returns.\n\n\"I would love to give the tax returns,\" the real estate mogul said.",
        [None, "Donald Trump"],
    ),
    (
        "of two named before, the one opening the clause",
        "Months after he lost to Barack Obama, Mitt Romney says it kills him.\n\nIn his first interview, the former Massachusetts governor told Fox News that he was sorry.",
        ["Mitt Romney", "Mitt Romney"],
    ),
    # negative rows: the rule must not fire
    (
        "two people before and neither opens it",
        "The dinner was held for Barack Obama and Mitt Romney.\n\nThe real estate mogul said he was not invited.",
        [None, "The real estate mogul"],
    ),
    (
        "a relation names someone of their own",
        "Rayshard Brooks was shot on Friday.\n\n\"We understand the frustration,\" the girl's mother said.",
        [None, "the girl's mother"],
    ),
    (
        "a name two sentences back",
        "Michael Flynn was in court.\n\nThe hearing lasted an hour.\n\nThe retired lieutenant general admitted that he lied.",
        [None, None, "The retired lieutenant general"],
    ),
    (
        "a body's description is no person",
        "Jo Bloggs opened the depot.\n\nThe campaign said it would respond.",
        [None, "The campaign"],
    ),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_epithets(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
