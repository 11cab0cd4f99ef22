"""The form a speaker is shown in: words the article wrote, one speaker however it writes them.

Owners' possessives ("Kemp’s office", "the Kemp office") fold into one speaker, shown by the first
form the article wrote."""

from __future__ import annotations

import pytest

from retrieval.attribution.owners import fold_owner


OWNED = [
    ("an owner's office as written", "Jo Bloggs’s office insisted that the order was not binding.", ["Jo Bloggs’s office"]),
    ("an owner's campaign with a straight mark", "Jane Doe's campaign on Friday slammed the release as a distraction.", ["Jane Doe's campaign"]),
    ("an owner's team", "Mr. Roe’s team has said the actor has paid enough.", ["Mr. Roe’s team"]),
    (
        "the possessive written first names both sentences",
        "Doe’s campaign said the poll was wrong.\n\nThe Doe campaign said on Monday it would appeal.",
        ["Doe’s campaign", "Doe’s campaign"],
    ),
    (
        "the folded form written first stays as written",
        "The Doe campaign said the poll was wrong.\n\nDoe’s campaign said on Monday it would appeal.",
        ["Doe campaign", "Doe campaign"],
    ),
]

NOT_OWNED = [
    ("a possessive before other words is kept as it is", "Jo Bloggs's defense team argued that the sentence was too harsh.", ["Jo Bloggs's defense team"]),
    ("a person is not an owner", "Jane Doe said the poll was wrong.", ["Jane Doe"]),
    ("a body with no owner", "The Acme campaign said the poll was wrong.", ["Acme campaign"]),
]


@pytest.mark.parametrize("name, text, expected", OWNED + NOT_OWNED, ids=[row[0] for row in OWNED + NOT_OWNED])
def test_owned_speakers_shown_as_written(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Kemp’s office", "Kemp office"),
        ("Sanders’ aides", "Sanders aides"),
        ("the Clinton campaign", "the Clinton campaign"),
        ("Kemp’s policy", "Kemp’s policy"),  # not a speaker's noun
        ("the ministry's spokesman", "the ministry's spokesman"),  # lower case: no owner's name
    ],
)
def test_fold_owner(text: str, folded: str) -> None:
    assert fold_owner(text) == folded


# A verb is never part of the speaker's words: a past form with its particle, a past form before
# its object, the adverbs before a noun cue.
VERB_OUTSIDE = [
    (
        "a past form and its particle before an adverb and a participle",
        "After the hearing, the union leaders hit back immediately saying the ruling was unfair.",
        ["the union leaders"],
    ),
    ("a past form and its particle before a comma", "The mayor lashed out, saying the budget was a sham.", ["The mayor"]),
    (
        "a noun cue after an owner and an adverb",
        "Acme Weekly fired back at Jane Doe's earlier claim that she had turned the paper down, calling it “false.”",
        ["Acme Weekly"],
    ),
    (
        "an irregular past before its object",
        "The Acme board gave the workers some welcome news on Friday, saying pay would rise.",
        ["Acme board"],
    ),
]

VERB_KEPT = [
    # A past form and its particle inside a description (a relative clause) stay in it.
    ("a description with a past form and its particle", "Parents signed up for the scheme said it was a lifeline.", ["Parents signed up for the scheme"]),
    ("a description with a past form, its particle and an agent", "Voters turned off by the race said they would stay home.", ["Voters turned off by the race"]),
]


@pytest.mark.parametrize("name, text, expected", VERB_OUTSIDE + VERB_KEPT, ids=[row[0] for row in VERB_OUTSIDE + VERB_KEPT])
def test_verb_outside_speaker(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected


SHORT_FORMS = [
    (
        "a body's first word after its full name",
        "A new report from the Acme Research Institute shows that fewer people vote.\n\nThe Acme study found that turnout fell.",
        ["Acme Research Institute", "Acme Research Institute"],
    ),
    (
        "a person of that surname comes first",
        "Jo Acme, a driver, said sales fell.\n\nA report from the Acme Research Institute shows that fewer people vote.\n\nAcme said later the figures were wrong.",
        ["Jo Acme", "Acme Research Institute", "Jo Acme"],
    ),
    (
        "no longer name heard before: the word stays as written",
        "The Acme study found that turnout fell.",
        ["Acme"],
    ),
]


@pytest.mark.parametrize("name, text, expected", SHORT_FORMS, ids=[row[0] for row in SHORT_FORMS])
def test_short_forms_of_bodies(name: str, text: str, expected: list, speakers) -> None:
    assert speakers(text) == expected
