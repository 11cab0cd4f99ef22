"""An excerpt a colon introduces without quotation marks is the introducer's words
(``attribution.colon_blocks``). The negative rows keep bulleted lists, credits, introductions
naming nobody and the paragraph after the excerpt from being given a speaker."""

from __future__ import annotations

from retrieval.attribution.colon_blocks import colon_blocks
from retrieval.models import Attribution

INTRO = "The Ardena Herald reports on the depot fire:\n\n"


def test_the_excerpt_goes_on_the_introducer(speakers) -> None:
    text = INTRO + "The fire started in the boiler room. Crews arrived within minutes.\n\nThe depot reopened in May."
    assert speakers(text) == ["Ardena Herald", "Ardena Herald", "Ardena Herald", None]


def test_a_sentence_with_its_own_speaker_keeps_it(speakers) -> None:
    text = INTRO + "The fire started in the boiler room. “It was chaos,” said Jo Bloggs, a guard."
    assert speakers(text) == ["Ardena Herald", "Ardena Herald", "Jo Bloggs"]


HERALD = Attribution("Ardena Herald", "The Ardena Herald", None, "reports", "SV", "direct")


def test_a_bulleted_list_is_the_reporters() -> None:
    texts = ["The Herald highlighted a few fires:", "• Crews arrived within minutes.", "The depot reopened."]
    assert colon_blocks([[0], [1, 2]], texts, [False, False], [HERALD, None, None]) == [HERALD, None, None]


def test_a_bracketed_credit_is_nobodys() -> None:
    texts = ["The Herald reports on the fire:", "The fire started in the boiler room.", "[Ardena Herald]"]
    found = colon_blocks([[0], [1, 2]], texts, [False, False], [HERALD, None, None])
    assert found[1] is not None and found[1].speaker == "Ardena Herald" and found[1].kind == "CONTINUATION"
    assert found[2] is None


def test_a_quoted_paragraph_is_left_to_the_quotation_rules() -> None:
    texts = ["The Herald reports on the fire:", "“It was chaos.”"]
    assert colon_blocks([[0], [1]], texts, [False, True], [HERALD, None]) == [HERALD, None]


def test_an_introduction_naming_nobody_gives_none(speakers) -> None:
    assert speakers("Here is what happened:\n\nThe fire started in the boiler room.") == [None, None]


def test_no_colon_no_excerpt(speakers) -> None:
    text = "The Ardena Herald reports on the depot fire.\n\nThe fire started in the boiler room."
    assert speakers(text)[-1] is None
