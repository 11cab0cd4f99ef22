"""Words closing a speaker phrase that name no one ("Donald Trump himself", "Republicans in
particular"): made-up sentences, with rows where nothing may be dropped."""

from __future__ import annotations

import pytest

from retrieval.attribution.phrase_tails import trimmed

ARTICLES = [
    (
        "a reflexive after a full name",
        "Lena Ortiz has long opposed the tax.\n\nOrtiz herself said the plan was unfair.",
        [None, "Lena Ortiz"],
    ),
    (
        "a focus adverbial after a group",
        "Republicans in particular have insisted that the fee be paid first.",
        ["Republicans"],
    ),
    (
        "a degree adverbial after a body",
        "Iowa State University (ISU) changed its rules in May.\n\nBut ISU pretty much admits it will stifle speech.",
        [None, "Iowa State University"],
    ),
]


@pytest.mark.parametrize("name, text, expected", ARTICLES, ids=[row[0] for row in ARTICLES])
def test_phrase_tail_dropped(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "phrase, kept",
    [
        ("Donald Trump himself", "Donald Trump"),
        ("the company itself", "the company"),
        ("Republicans in particular", "Republicans"),
        # nothing to drop, or nothing but the tail
        ("himself", "himself"),
        ("the Friends of the Vell Museum", "the Friends of the Vell Museum"),
        ("a particular official", "a particular official"),
        ("Jo Much", "Jo Much"),
    ],
)
def test_trimmed(phrase: str, kept: str) -> None:
    assert trimmed(phrase) == kept
