"""A word of judgement after "called it" needs no quotation marks ("called it unconstitutional
and refused to defend it"): the caller speaks (``cue_checks.labels``). A particle, a time, a
preposition, a name or a set phrase after the pronoun is a call, not a judgement."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Attorney General Jo Bloggs called it unconstitutional and refused to defend it.",
        "Jo Bloggs, the party's chairwoman, called it sad and disappointing for him to leave.",
        "Jo Bloggs called it unfair.",
    ],
)
def test_a_bare_judgement_is_speech(only, text: str) -> None:
    found = only(text)
    assert found is not None and found.speaker == "Jo Bloggs"


@pytest.mark.parametrize(
    "text",
    [
        "Jo Bloggs called him back.",
        "Jo Bloggs called them in.",
        "Jo Bloggs called him Bob.",
        "Jo Bloggs called it quits.",
        "Jo Bloggs called her yesterday.",
        "Jo Bloggs called them asking for help.",
    ],
)
def test_a_call_is_no_judgement(only, text: str) -> None:
    assert only(text) is None
