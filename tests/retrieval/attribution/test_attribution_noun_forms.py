"""Reporting words read as nouns or adjectives ("the jobs report has", "a campaign promise",
"most Southern states", "his home state", "was welcome", "of alleged fraud"), and subjects
saying nobody answered ("Neither the mayor nor his aide responded"); beside each, the verb the
rule must leave alone."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The strong jobs report has cleared the way for a rate rise.",
        "The harbour report also counted fewer boats than last year.",
        "Most coastal states that will vote in March have large fishing fleets.",
        "Strong showings in the dozen states that held votes helped the mayor.",
        "Harbour councillors on Friday passed a plan aimed at fulfilling a campaign promise to give fishermen more say.",
        "She is ahead of her rival, Sen. Tom Reyes, who has won the race in his home state of Maine.",
        "While Tuesday's rise in the share price was welcome to investors, many doubted it would last.",
        "The trust faces a lawsuit over alleged discrimination against a new mother.",
        "Neither Tom Reyes nor his attorney responded to requests for comment on Monday.",
    ],
)
def test_a_noun_or_no_answer_names_nobody(speakers, text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Harbour Post reports that the pier will reopen in May.", "Harbour Post"),
        ("The fishing fleet, which many economists say is the future of the town, grew.", "many economists"),
        ("His aides say the pier will reopen in May.", "His aides"),
        ("Tom Reyes said the pier was welcome news for the town.", "Tom Reyes"),
        ("Neither the mayor nor the trust has won a vote and Tom Reyes suggested they should step aside.", "Tom Reyes"),
        ("No wonder Tom Reyes said the plan was reckless.", "Tom Reyes"),
    ],
)
def test_the_verb_still_speaks(speakers, text: str, speaker: str) -> None:
    found = speakers(text)[0]
    assert found is not None and speaker.lower() in found.lower()
