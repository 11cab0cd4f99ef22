"""A voice named by whom it speaks for, with the owner as the article names them in full: "a
spokesman for Feinstein" after "Sen. Dianne Feinstein", "An RNC spokesman" after "the Republican
National Committee (RNC)"; an owner the article never names otherwise stays as written."""

from __future__ import annotations

import pytest

ROWS = [
    (
        "a surname of a person named in full",
        "Sen. Dianne Feinstein sold no stock.\n\nA spokesman for Feinstein said her assets are in a blind trust.",
        [None, "a spokesman for Dianne Feinstein"],
    ),
    (
        "the title dropped before a person's name",
        "Sen. Kelly Loeffler was informed.\n\nA spokesman for Sen. Kelly Loeffler confirmed the inquiry was dropped.",
        [None, "a spokesman for Kelly Loeffler"],
    ),
    (
        "an alias the article spelled out",
        "The Republican National Committee (RNC) met in May.\n\nAn RNC spokesman told Reuters that the party paid the fees.",
        [None, "a spokesman for Republican National Committee"],
    ),
    (
        "the later description keeps the same name",
        "Sen. Dianne Feinstein sold no stock.\n\nA spokesman for Feinstein said her assets are in a trust.\n\n\"She has no involvement,\" the spokesman said.",
        [None, "a spokesman for Dianne Feinstein", "a spokesman for Dianne Feinstein"],
    ),
    # negative rows: the rule must not fire
    ("an owner never named otherwise", "A spokesman for the Pentagon said the drill was routine.", ["A spokesman for the Pentagon"]),
    (
        "a title that is part of how the owner is known",
        "Adil Abdul-Mahdi spoke on Monday.\n\nA spokesman for Prime Minister Mahdi said the talks would go on.",
        [None, "A spokesman for Prime Minister Mahdi"],
    ),
    (
        "a surname two people share",
        "Ann Romney and Mitt Romney voted.\n\nA spokesman for Romney said they were pleased.",
        [None, "A spokesman for Romney"],
    ),
]


@pytest.mark.parametrize("name, text, expected", ROWS, ids=[row[0] for row in ROWS])
def test_voices(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
