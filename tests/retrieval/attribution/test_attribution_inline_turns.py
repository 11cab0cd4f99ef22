"""A transcript pasted into one paragraph keeps each turn's speaker up to the next label
(``attribution.inline_turns``); a single label in a paragraph of narration carries nothing."""

from __future__ import annotations

from retrieval.attribution.inline_turns import inline_turns
from retrieval.models import Attribution

BLOGGS = Attribution("Jo Bloggs", "Bloggs", None, ":", "COLON", "surname")
SMITH = Attribution("Ann Smith", "Smith", None, ":", "COLON", "surname")


def test_sentences_after_a_later_label_are_that_turns(speakers) -> None:
    text = (
        "Jo Bloggs, the mayor of Ardena, spoke to Ann Smith of the Ledger on Monday.\n\n"
        "Bloggs: We tried to get answers. Smith: Why does that matter? "
        "Bloggs: Because people have to know. If we are worried about the depot, we should ask. So we will."
    )
    assert speakers(text)[1:] == ["Jo Bloggs", "Ann Smith", "Jo Bloggs", "Jo Bloggs", "Jo Bloggs"]


def test_the_latest_turn_goes_on() -> None:
    out = inline_turns([[0, 1, 2, 3]], [BLOGGS, None, SMITH, None])
    assert [a.speaker if a else None for a in out] == ["Jo Bloggs", "Jo Bloggs", "Ann Smith", "Ann Smith"]
    assert out[3] is not None and out[3].kind == "CONTINUATION"


def test_one_label_is_no_transcript() -> None:
    assert inline_turns([[0, 1]], [BLOGGS, None]) == [BLOGGS, None]


def test_a_paragraph_not_opening_with_a_turn() -> None:
    assert inline_turns([[0, 1, 2, 3]], [None, BLOGGS, SMITH, None]) == [None, BLOGGS, SMITH, None]
