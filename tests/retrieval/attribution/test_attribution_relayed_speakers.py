"""Which speaker, across publishers: a publisher's ", the Post reports" relaying the quotation
before it, a relative named by relation, and a name opened by "Neither" (made-up sentences)."""

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
        "an inverted closing clause",
        "Lena Holt runs the shelter.\n\n“We are full,” said Holt, the Daily Ledger reported on Tuesday.",
        ["Lena Holt"],
    ),
    (
        "a quotation's closing clause with words after its verb",
        "Carl Pike died in June.\n\n“The story has yet to be told,” Pike’s father said in a statement, the Daily Ledger reports.\n\n"
        "“We miss him dearly and would do anything to have him back.”",
        ["Pike’s father", "Pike’s father"],
    ),
    # negative rows: the outlet's own report stays the outlet's
    (
        "reported speech without quotation marks",
        "Ana Ruiz met Carl Pike when she was 16.\n\n"
        "Ruiz said Pike told her she owed him, the Daily Ledger reports.",
        ["Daily Ledger"],
    ),
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
    text = "“It is over,” Ruiz said, the Ledger reports."
    close = Claim(text.index("the Ledger"), text.index(" reports"), "reports", "CSV")
    said = Claim(text.index("Ruiz"), text.index(" said"), "said", "QSV")
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


INTRODUCED = [
    (
        "a body introduced by its kind in the same sentence",
        "The nonprofit Harbour Voices has tested the creek: “The water was black,” the group said.",
        ["Harbour Voices"],
    ),
    (
        "a body introduced by its kind in the sentence before",
        "Founded in 2014, the non-profit Clear Slate Fund has cancelled $1 billion in debt.\n\n"
        "“Debt destroys the stability of families,” says the organization.",
        ["Clear Slate Fund"],
    ),
    # negative rows: a kind that does not fit the head, or an introduction too far back
    (
        "a company is not what the group refers to",
        "The retailer Harbour Mart has tested the creek: “The water was black,” the group said.",
        ["the group"],
    ),
    (
        "an introduction two sentences back",
        "The nonprofit Harbour Voices has tested the creek.\n\nThe water was black.\n\n“It is dead,” the group said.",
        ["the group"],
    ),
]


@pytest.mark.parametrize("name, text, expected", INTRODUCED, ids=[row[0] for row in INTRODUCED])
def test_a_body_introduced_by_its_kind(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert [s for s in speakers(text) if s is not None] == expected


def test_an_introduction_names_no_person_or_day() -> None:
    from retrieval.attribution.introduced import introduced_body

    assert introduced_body("group", ["The nonprofit Harbour Voices said so."], 0) == "Harbour Voices"
    assert introduced_body("group", ["The group President Ames chairs met."], 0) is None
    assert introduced_body("museum", ["The nonprofit Harbour Voices said so."], 0) is None


DOCUMENTS = [
    (
        "the document after a lawsuit that spoke",
        "Ella Moss was shot at home in March.\n\n"
        "A lawsuit filed April 27 says that police came to the wrong apartment.\n\n"
        "According to the document, officers did not knock.",
        ["A lawsuit filed April 27", "A lawsuit filed April 27"],
    ),
    (
        "the document after an affidavit the reporter named",
        "A warrant was issued for Rep. Luis Ortega on Thursday.\n\n"
        "The affidavit was attached to a request for a DNA test.\n\n"
        "The document says that the envelope bore his seal.",
        ["the affidavit"],
    ),
    # negative row: a document named too long before stays as written
    (
        "a document named four sentences before",
        "The affidavit was filed in May.\n\nOrtega was away.\n\nHis office was shut.\n\nNobody answered.\n\n"
        "The document says that the envelope bore his seal.",
        ["The document"],
    ),
]


@pytest.mark.parametrize("name, text, expected", DOCUMENTS, ids=[row[0] for row in DOCUMENTS])
def test_the_document_is_the_one_named_before(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert [s for s in speakers(text) if s is not None] == expected


CUT_NAMES = [
    (
        "a body's name holding an ampersand",
        "More guns were sold in May, according to an analysis by Harbour Arms Research & Forecasting.",
        ["Harbour Arms Research & Forecasting"],
    ),
    (
        "a body's name holding 'on'",
        "The Northern Regional Council on Water Quality said last year the river had recovered.",
        ["Northern Regional Council on Water Quality"],
    ),
    # negative rows: a place, a day, a person's medium
    (
        "a place after 'in' is where the body is",
        "Harbour Regional Health in San Marco said it had received two patients.",
        ["Harbour Regional Health"],
    ),
    (
        "a day after 'on' is a time",
        "The Northern Regional Council on Tuesday said the river had recovered.",
        ["Northern Regional Council"],
    ),
    (
        "a person's name does not run on",
        "Dana Wolfe on Twitter said the river had recovered.",
        ["Dana Wolfe"],
    ),
]


@pytest.mark.parametrize("name, text, expected", CUT_NAMES, ids=[row[0] for row in CUT_NAMES])
def test_a_name_cut_at_a_joiner_is_read_whole(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert [s for s in speakers(text) if s is not None] == expected


NAMED_RELATIVES = [
    (
        "a first name beside a family relation bears the owner's surname",
        "Kate Morrow was killed on the pier in 2015.\n\n"
        "Morrow’s father, James, told the Chronicle that “justice was rendered, but it was not served.”",
        ["James Morrow"],
    ),
    (
        "a full name after words of office",
        "Dale Wren was shot outside the shop.\n\nWren's wife, police Sgt. Ann Lee Wren, told the outlet that he was a friend of the owner.",
        ["Ann Lee Wren"],
    ),
    # negative row: a partner's first name says nothing of a surname
    (
        "a partner named by first name alone",
        "Dale Wren was shot outside the shop.\n\nWren's girlfriend, Susan, told the outlet that he was a friend of the owner.",
        ["Wren's girlfriend"],
    ),
]


@pytest.mark.parametrize("name, text, expected", NAMED_RELATIVES, ids=[row[0] for row in NAMED_RELATIVES])
def test_a_relative_named_beside_the_relation(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert [s for s in speakers(text) if s is not None] == expected


def test_a_kind_noun_after_a_body_name_is_no_part_of_it() -> None:
    from retrieval.attribution.phrase_tails import unkinded

    assert unkinded("Harbour Pacific railroad") == "Harbour Pacific" and unkinded("AFP news agency") == "AFP"
    # negative: one capitalised adjective, a bare description, a campaign (another speaker)
    assert unkinded("Republican group") == "Republican group" and unkinded("the company") == "the company"
    assert unkinded("Trump campaign") == "Trump campaign"


def test_the_body_speaks_without_its_kind_noun(speakers) -> None:
    text = "Harbour Pacific railroad said in a statement that the people were found in two cars."
    assert [s for s in speakers(text) if s is not None] == ["Harbour Pacific"]


OWNED_SOURCES = [
    ("a body's data", "But according to Harbour Labs’ data, the gap is real.", ["Harbour Labs"]),
    (
        "a pronoun's tweet after its owner",
        "Dana Wolfe said she would not run.\n\n“I would have to agree to a photo shoot,” her tweet continued.",
        ["Dana Wolfe", "Dana Wolfe"],
    ),
    # negative row: data named by a modifier, not a possessive, is a source of its own
    ("data with no owner", "According to 2015 Census data, steel mills employed 140,000 people.", ["2015 Census data"]),
]


@pytest.mark.parametrize("name, text, expected", OWNED_SOURCES, ids=[row[0] for row in OWNED_SOURCES])
def test_an_owned_source_is_its_owner(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert [s for s in speakers(text) if s is not None] == expected
