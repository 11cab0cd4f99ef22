"""``per X`` names a source as "according to X" does (``attribution.per_sources``). The
negative rows keep rates, "per capita" and a lower-case "per" from naming anyone."""

from __future__ import annotations

import pytest

ROWS = [
    ("closing a quotation", "The mayor “will stay at home for 14 days,” per CNN, which first reported the news.", ["CNN"]),
    ("between commas", "The closures affect 25 million students, per Education Week's tracker, and a key source of income.", ["Education Week's tracker"]),
    ("opening the sentence", "Per the Ardena Herald, the depot will close in May.", ["Ardena Herald"]),
    # negative rows
    ("a rate", "Prices rose 5 percent per year in Ardena.", [None]),
    ("per capita", "Ardena spends more per capita than any other town.", [None]),
    ("no break before it", "The fee is $5 per Ardena resident.", [None]),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_per_sources(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_the_kind_is_according_to(only) -> None:
    found = only("Per the Ardena Herald, the depot will close in May.")
    assert found is not None and found.kind == "ACCORDING_TO" and found.cue == "Per"


def test_a_plan_is_no_source(speakers) -> None:
    assert speakers("A quarter of that, per the McKinley plan, is $40,000.") == [None]
