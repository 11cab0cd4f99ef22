"""Embedded social-media posts flattened into the text: a paragraph signed "— Name (@handle)
Month D, YYYY" is the poster's, every sentence of it; a paragraph that only mentions a handle,
or a dash before a name without a handle and a date, is not a post."""

from __future__ import annotations

import pytest

from retrieval.attribution.posts import poster

POSTS = [
    (
        "every sentence of a signed post is the poster's, resolved to the person named before",
        "Senator Jane Doe was in court on Monday.\n\n"
        "This decision is a disgrace. We will appeal it. — Jane Doe (@SenJaneDoe) March 4, 2019",
        [None, "Jane Doe", "Jane Doe", "Jane Doe"],
    ),
    (
        "a post reporting others is still the poster's, and a later pronoun goes back to the poster",
        "The mayor answered online.\n\nTwo aides tell me the budget is dead. pic.twitter.com/Ab12Cd — Tom Roe (@tomroe) Jan. 9, 2020\n\n"
        "“We will find the money,” he said later.",
        [None, "Tom Roe", "Tom Roe", "Tom Roe"],
    ),
    (
        "a display name styled in lower case is read as the person",
        "Alan Smith apologised.\n\nI should have been clearer. My apologies. — alan smith (@asmith) May 27, 2019",
        [None, "Alan Smith", "Alan Smith", "Alan Smith"],
    ),
    (
        "a post that opens with the display name and handle, the way some pages embed it",
        "The depot closes on Friday.\n\nNina Brandt (@ninabrandt) I have written to the council about the depot. You can read it here.",
        [None, "Nina Brandt", "Nina Brandt"],
    ),
]


@pytest.mark.parametrize("name, text, expected", POSTS, ids=[row[0] for row in POSTS])
def test_embedded_posts_are_the_posters(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


NOT_POSTS = [
    ("a handle mentioned in running text", "The group replied to @cityhall on Tuesday — and got no answer."),
    ("a dash before a name with no handle", "It was a long night — Jane Doe (pictured) March 4, 2019"),
    ("a handle but no date", "Thanks to everyone who came. — Jane Doe (@SenJaneDoe)"),
    ("a handle in brackets inside a sentence", "The mayor, Nina Brandt (@ninabrandt) said the depot would close."),
    ("no name before the handle", "Thanks to everyone. — (@SenJaneDoe) March 4, 2019"),
]


@pytest.mark.parametrize("name, text", NOT_POSTS, ids=[row[0] for row in NOT_POSTS])
def test_not_a_post(name: str, text: str) -> None:
    assert poster(text) is None


def test_signature_name() -> None:
    assert poster("A huge step. #Vote pic.twitter.com/x1 — Mayor Jo Bloggs, Jr. (@MayorJo) July 8, 2020") == "Mayor Jo Bloggs, Jr."
