"""Words that look like a speaker or a cue but are none: a picture credit before a colon (in title
case or in capitals), "adding to" after a comma."""

from __future__ import annotations

import pytest

ARTICLE = "Jo Bloggs said the pier would reopen in May.\n\nThe pier, which is run by the Harbour Trust, was closed in March after a storm damaged its deck. {credit}\n\nThe council agreed."


@pytest.mark.parametrize(
    "credit",
    ["Photograph: Sam Lee/Harbour Press", "FILE: Jo Bloggs speaks with reporters at the pier, May 3, 2024.", "Picture: Sam Lee"],
)
def test_a_picture_credit_names_nobody(speakers, credit: str) -> None:
    assert speakers(ARTICLE.format(credit=credit))[1:3] == [None, None]


def test_a_speaker_before_a_colon_still_speaks(speakers) -> None:
    assert speakers("BLOGGS: We will reopen the pier in May.") == ["BLOGGS"]


def test_adding_to_adds_nothing_said(speakers) -> None:
    text = "Rumours of a second storm spread on the radio, adding to the panic at the harbour."
    assert speakers(text) == [None]


# A tabloid's picture caption, marked by the space before its full stop, glued after a quotation
# the page left open: the reporter's line, not the speaker's.
UNCLOSED = "Jo Bloggs, the harbour master, said: \u201cThe pier will reopen in May.\u201d\n\n\u201cWe have waited long enough and the town paid for it. {line}"


def test_a_caption_after_an_unclosed_quotation_is_nobodys(speakers) -> None:
    line = "Jo Bloggs was speaking at the harbour on Monday with his deputy Ann Smith ."
    assert speakers(UNCLOSED.format(line=line)) == ["Jo Bloggs", "Jo Bloggs", None]


def test_an_unclosed_quotation_goes_on_without_a_caption(speakers) -> None:
    line = "The deck is safe again and the boats are back."
    assert speakers(UNCLOSED.format(line=line)) == ["Jo Bloggs", "Jo Bloggs", "Jo Bloggs"]
