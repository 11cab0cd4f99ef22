"""Someone who "described" something gives an account in their own words, label or not
(``attribution.accounts``); a thing that describes, a passive, "self-described" and a participle
are no one's account, and the label layouts stay as they were."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Five other women described similar encounters at the studio.", "Five other women"),
        ("Jo Bloggs described her plane behavior with a chuckle, but she was serious.", "Jo Bloggs"),
        ("Meanwhile, professional traders described a sense of lingering unease.", "professional traders"),
        ("Jo Bloggs described the deal as “a disgrace”.", "Jo Bloggs"),
    ],
)
def test_an_account_is_speech(only, text: str, speaker: str) -> None:
    found = only(text)
    assert found is not None and found.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The map describes the route to the depot.",
        "The law, which describes the route, passed.",
        "It does describe the route.",
        "He was described as a hero.",
        "The self-described socialist won the state.",
        "The events described in his email were true.",
    ],
)
def test_no_account(only, text: str) -> None:
    assert only(text) is None
