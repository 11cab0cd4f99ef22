"""A colon lead-in that says what follows is someone's words ("He also posted a statement to
Facebook:") names the speaker of the unmarked paragraph after it (``attribution.block_leads``,
then ``colon_blocks``). The negative rows keep a colon before facts, a pointer to a video, an
imperative, a lead-in whose subject cannot speak and a bulleted list from being anyone's."""

from __future__ import annotations

from retrieval.attribution.block_leads import block_lead
from retrieval.attribution.tokens import tokenize

OPENING = "Jo Bloggs, the mayor of Ardena, visited the depot on Monday.\n\n"


def test_a_statement_posted_is_the_posters(speakers) -> None:
    text = OPENING + "She also posted a statement to Facebook:\n\nI am grateful to the crews. We will rebuild.\n\nThe depot reopened in May."
    assert speakers(text)[1:] == ["Jo Bloggs", "Jo Bloggs", "Jo Bloggs", None]


def test_a_spokesman_who_spoke_to_an_outlet(speakers) -> None:
    text = OPENING + "A council spokesman spoke to the Ledger:\n\nThe depot will reopen in May."
    found = speakers(text)
    assert found[1] is not None and found[1] == found[2] and "spokesman" in found[1]


def test_a_subject_with_an_appositive(speakers) -> None:
    text = "Ardena Rail, the company that runs the depot, published a statement on its website:\n\nSafety is our first concern."
    assert speakers(text) == ["Ardena Rail", "Ardena Rail"]


def test_a_colon_before_facts_is_nobodys(speakers) -> None:
    assert speakers("The company has three plants:\n\nOne is in Ardena.") == [None, None]


def test_a_pointer_to_a_video_is_nobodys(speakers) -> None:
    text = OPENING + "Footage of the mayor can be seen in the following video:\n\nThe depot was closed for a week."
    assert speakers(text)[1:] == [None, None]


def test_an_imperative_names_no_one(speakers) -> None:
    assert speakers(OPENING + "Check out the letter below:\n\nThe depot was closed for a week.")[1:] == [None, None]


def test_no_speech_word_no_lead() -> None:
    masked = "The council published these figures:"
    assert block_lead(masked, tokenize(masked), "The depot cost 3 million.") == ()


def test_a_quoted_or_bulleted_paragraph_is_left_alone() -> None:
    masked = "The council posted a statement:"
    assert block_lead(masked, tokenize(masked), "“We are grateful.”") == ()
    assert block_lead(masked, tokenize(masked), "• The depot is closed.") == ()
    assert block_lead(masked, tokenize(masked), None) == ()  # not the paragraph's last sentence
    found = block_lead(masked, tokenize(masked), "The depot is closed.")
    assert [(masked[c.start : c.end], c.cue) for c in found] == [("The council", "posted")]


def test_a_subject_that_cannot_speak() -> None:
    masked = "The findings are in the report:"
    assert block_lead(masked, tokenize(masked), "Crime fell by a third.") == ()


def test_a_heading_colon_is_nobodys(speakers) -> None:
    assert speakers(OPENING + "The bottom line:\n\nThe depot will close in May.")[1:] == [None, None]
    assert speakers(OPENING + "Among the findings:\n\nCrime fell by a third.")[1:] == [None, None]


def test_the_paragraph_after_the_block_is_the_writers_again(speakers) -> None:
    text = OPENING + "She posted a statement:\n\nI am grateful to the crews.\n\nThe fire was the third this year.\n\nCrews left at noon."
    assert speakers(text)[1:] == ["Jo Bloggs", "Jo Bloggs", None, None]
