"""Which speaker, across publishers: a publisher's ", the Post reports" relaying the clause before
it, a relative named by relation, and a name opened by "Neither" (made-up sentences)."""

from __future__ import annotations

import pytest

from retrieval.attribution.claims import Claim
from retrieval.attribution.kin import owned_relative
from retrieval.attribution.relays import governing, relaying

RELAYED = [
    (
        "a closing clause before the outlet's close, and the quotation after it",
        "Jon Marsh, the county prosecutor, charged her in May.\n\n"
        "“We did not know her age,” Marsh said, the Daily Ledger reports.\n\n"
        "“So we could not know the charge.”",
        ["Jon Marsh", "Jon Marsh"],
    ),
    (
        "a leading clause whose content names another speaker",
        "Ana Ruiz met Carl Pike when she was 16.\n\n"
        "Ruiz said Pike told her she owed him, the Daily Ledger reports.",
        ["Ana Ruiz"],
    ),
    (
        "an inverted closing clause",
        "Lena Holt runs the shelter.\n\n“We are full,” said Holt, the Daily Ledger reported on Tuesday.",
        ["Lena Holt"],
    ),
    # negative rows: the outlet's own report stays the outlet's
    (
        "a close with no clause of the sentence's own",
        "Ana Ruiz met Carl Pike when she was 16, the Daily Ledger reports.",
        ["Daily Ledger"],
    ),
    (
        "a reporting verb in the middle of the sentence is no close",
        "Ana Ruiz said the Daily Ledger reported the story first and that she was misquoted.",
        ["Ana Ruiz"],
    ),
]


@pytest.mark.parametrize("name, text, expected", RELAYED, ids=[row[0] for row in RELAYED])
def test_an_outlets_close_relays_the_clause_before_it(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert [s for s in speakers(text) if s is not None][-len(expected) :] == expected


def test_the_relaying_outlet_is_kept_as_via(attributed) -> None:
    pairs = attributed("Jon Marsh, the county prosecutor, charged her in May.\n\n“We did not know her age,” Marsh said, the Daily Ledger reports.")
    last = pairs[-1][1]
    assert last is not None and last.speaker == "Jon Marsh" and last.via == ("Daily Ledger",)


def test_relaying_needs_a_comma_and_a_close() -> None:
    text = "Ruiz said it, the Ledger reports."
    close = Claim(text.index("the Ledger"), text.index(" reports"), "reports", "CSV")
    said = Claim(0, 4, "said", "SV")
    assert relaying(text, close) and governing(text, (close, said)) is said
    middle = "The Ledger reports that Ruiz said it."
    assert not relaying(middle, Claim(0, 10, "reports", "SV"))
    alone = "Ruiz met Pike, the Ledger reports."
    only = Claim(alone.index("the Ledger"), alone.index(" reports"), "reports", "CSV")
    assert governing(alone, (only,)) is only


RELATIVES = [
    (
        "a sister is not the daughter who spoke before",
        "Mia Cole, the victim's daughter, filmed the arrest.\n\n"
        "“They shot him,” Mia Cole told the police.\n\n"
        "The victim's sister has also claimed that he was unarmed.",
        ["Mia Cole", "The victim's sister"],
    ),
    # negative row: a relative the article described so is that person
    (
        "a relative described so before",
        "“He was kind,” said Rosa Lind, the victim's sister.\n\n“We miss him,” the victim's sister said.",
        ["Rosa Lind", "Rosa Lind"],
    ),
]


@pytest.mark.parametrize("name, text, expected", RELATIVES, ids=[row[0] for row in RELATIVES])
def test_an_owned_relative_is_not_whoever_spoke_last(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert [s for s in speakers(text) if s is not None] == expected


def test_owned_relatives() -> None:
    assert owned_relative("the victim's sister") and owned_relative("her father") and owned_relative("Taylor’s widow")
    assert not owned_relative("the sister") and not owned_relative("the victim's lawyer") and not owned_relative("sister")


def test_a_name_opened_by_neither_is_the_person_named_before(speakers) -> None:
    text = (
        "A warrant was issued for Rep. Luis Ortega on Thursday.\n\n"
        "Neither Ortega’s office nor the district attorney responded to a request for comment.\n\n"
        "Ortega said last week he was retiring."
    )
    assert [s for s in speakers(text) if s is not None] == ["Luis Ortega"]


MENTIONS = [
    (
        "a spokesperson introduced by a sentence with no words of theirs",
        "A spokesperson for Dana Wolfe on Tuesday provided a statement to the Ledger.\n\n"
        "In the statement, the spokesperson said the trip was paid for in 2015.",
        ["A spokesperson for Dana Wolfe"],
    ),
    # negative rows: a mention too far back, or of another kind of voice, is not the one meant
    (
        "a spokesman is not the spokesperson's mention of another noun",
        "A lawyer for Dana Wolfe on Tuesday provided a statement to the Ledger.\n\n"
        "In the statement, the spokesperson said the trip was paid for in 2015.",
        ["the spokesperson"],
    ),
]


@pytest.mark.parametrize("name, text, expected", MENTIONS, ids=[row[0] for row in MENTIONS])
def test_the_spokesperson_goes_back_to_a_mention(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert [s for s in speakers(text) if s is not None] == expected


def test_a_mention_further_back_than_the_gap_is_not_used() -> None:
    from retrieval.attribution.mentions import MENTION_GAP, mentioned_representative

    masked = ["A spokesperson for Dana Wolfe declined the offer."] + ["The trip went ahead."] * MENTION_GAP + ["x"]
    assert mentioned_representative("the spokesperson", "spokesperson", masked, MENTION_GAP) == "A spokesperson for Dana Wolfe"
    assert mentioned_representative("the spokesperson", "spokesperson", masked, MENTION_GAP + 1) is None
    assert mentioned_representative("the official", "official", masked, 1) is None
