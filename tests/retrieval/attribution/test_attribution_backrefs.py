"""Which speaker, by reference back: a document's author, two people as one description, and a
description whose appositive names the speaker (made-up sentences in the shapes news copy uses)."""

from __future__ import annotations

import pytest

from retrieval.attribution.backrefs import introduced_documents, pair_head, repeated_document

DOCUMENTS = [
    (
        "a report a named official issued, then cited as the report",
        "Governor Dana Whitfield said in a report on Monday that the bridge had been neglected.\n\n"
        "Inspectors found cracks in three of the piers, according to the report.",
        ["Dana Whitfield", "Dana Whitfield"],
    ),
    (
        "a statement, then the statement said",
        "Harbour Rail said in a statement that two carriages had left the track.\n\n"
        "No passengers were hurt, the statement said.",
        ["Harbour Rail", "Harbour Rail"],
    ),
    (
        "a statement from a body named after it",
        "The Kestrel County Sheriff's Department opened an inquiry.\n\n"
        "Four deputies were sent to the farm, according to a statement from the department.",
        [None, "Kestrel County Sheriff's Department"],
    ),
    # negative row: a report nobody was said to put out stays as written
    (
        "a report with no author named before",
        "Ticket sales rose by a fifth in March, according to the report.",
        ["the report"],
    ),
]

PAIRS = [
    (
        "both leaders after a meeting of two",
        "Prime Minister Ana Costa met President Lukas Brandt in Lisbon on Monday.\n\n"
        "Both leaders said they would meet again in the autumn.",
        [None, "Ana Costa and Lukas Brandt"],
    ),
    (
        "the two men after two speakers",
        "“We will appeal,” said Omar Haddad.\n\n“So will I,” said Peter Lindqvist.\n\n"
        "The two men said the ruling was unfair.",
        ["Omar Haddad", "Peter Lindqvist", "Omar Haddad and Peter Lindqvist"],
    ),
    # negative row: "the two officers" with nobody named stays as written
    (
        "a pair with nobody named",
        "The two officers said the road was closed.",
        ["The two officers"],
    ),
]

APPOSITIVES = [
    (
        "an owner's description beside a company's name",
        "Brightwater’s parent company, Solent Holdings Ltd, said the plant would close.",
        "Solent Holdings Ltd",
    ),
    (
        "a role beside a person's name",
        "The charity's new director, Maria Okafor, said donations had doubled.",
        "Maria Okafor",
    ),
]


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in DOCUMENTS], ids=[n for n, _, _ in DOCUMENTS])
def test_a_document_speaks_for_its_author(speakers, text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in PAIRS], ids=[n for n, _, _ in PAIRS])
def test_a_description_of_two_names_both(speakers, text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in APPOSITIVES], ids=[n for n, _, _ in APPOSITIVES])
def test_an_appositive_name_is_the_speaker(only, text, expected):
    found = only(text)
    assert found is not None and found.speaker == expected


def test_documents_are_introduced_by_an_indefinite_article():
    assert introduced_documents(" issued an online report saying it") == ["report"]
    assert introduced_documents(" said in a statement on Monday") == ["statement"]
    assert introduced_documents(" said that a report was wrong") == []  # after "that": the words reported
    assert introduced_documents(" said the report was wrong") == []  # not introduced here


def test_a_repeated_document_is_a_lower_case_definite_description():
    assert repeated_document("the 40-page report") == "report"
    assert repeated_document("the Pew report") is None
    assert repeated_document("the spokesman") is None


def test_pair_heads():
    assert pair_head("Both Haddads", ["haddad"]) == "haddad"
    assert pair_head("the pair", []) == "pair"
    assert pair_head("both leaders", []) == "leaders"
    assert pair_head("both sides", []) is None


CUT_PHRASES = [
    (
        "a plural role noun opening the sentence",
        "Lawyers for the Okoro family said the inquiry had ignored two witnesses.",
        "Lawyers for the Okoro family",
    ),
    (
        "a calling between a modifier and the name, before a second verb",
        "Village pastor Elias Mbeki, who has led the church for 20 years, did not attend but said the vote was fair.",
        "Elias Mbeki",
    ),
    (
        "an office whose name holds 'of' before the person",
        "Minister of Transport Karin Solberg criticised the airline on Friday, saying its delays were unacceptable.",
        "Karin Solberg",
    ),
]


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in CUT_PHRASES], ids=[n for n, _, _ in CUT_PHRASES])
def test_the_whole_speaker_phrase_is_read(only, text, expected):
    found = only(text)
    assert found is not None and found.speaker == expected


CLAUSES_AS_PHRASES = [
    (
        "a past verb and its object before a noun read as a cue",
        "Ms. Arden filed a police report in May, saying a man had followed her home.",
        "Arden",
    ),
    (
        "an -ing clause after the speaker's own clause",
        "The talks will resume in June, Kovacs said, speaking in an interview on state radio.",
        "Kovacs",
    ),
    (
        "a document owned by a titled person, with a modifier between",
        "The rules were unlawful, according to Chief Judge Miriam Hale’s 40-page ruling.",
        "Miriam Hale",
    ),
    (
        "a body's estimates",
        "Ten million homes lack power, according to Harbour Energy Board estimates.",
        "Harbour Energy Board",
    ),
]


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in CLAUSES_AS_PHRASES], ids=[n for n, _, _ in CLAUSES_AS_PHRASES])
def test_a_clause_is_no_speaker_phrase(only, text, expected):
    found = only(text)
    assert found is not None and found.speaker == expected


def test_an_unnamed_source_a_pronoun_went_back_to_stays_the_person_noun(speakers):
    text = (
        "Judge Harriet Vance ruled that the clinic could stay open.\n\n"
        "Vance also noted that the state had offered no evidence.\n\n"
        "A local pediatrician who treats many of the clinic's patients calls the ruling “a relief.”\n\n"
        "The doctor says the families had been frightened for weeks.\n\n"
        "He says some had already moved away.\n\n"
        "“Nobody knew what would happen,” he says.\n\n"
        "As the hearing approached, the doctor says he told families to keep their appointments."
    )
    doctor = "A local pediatrician who treats many of the clinic's patients"
    assert speakers(text)[2:] == [doctor] * 5


def test_a_short_forms_possessive_is_owned_by_the_full_name(speakers):
    text = (
        "The National Farmers Union criticised the new import rules on Monday.\n\n"
        "“This will ruin small farms,” the NFU’s Welsh branch said."
    )
    assert speakers(text)[1] == "National Farmers Union's Welsh branch"



def test_a_bare_surname_opening_a_sentence_is_the_full_name_not_a_captions_run():
    from retrieval.attribution.people import scan_people

    masked = [
        "| EPA Photos Haddad, Lind clash over the budget",
        "Mayor Omar Haddad presented the city budget on Monday.",
        "“It is a reckless plan,” said council member Peter Lind.",
        "Haddad, meanwhile, stayed calm through the session.",
    ]
    haddad = next(p for p in scan_people(masked) if p.name == "Omar Haddad")
    assert 3 in haddad.mentions and 3 in haddad.subject_of


def test_a_name_modifying_a_noun_is_no_subject_for_a_pronoun(speakers):
    text = (
        "The Rev. Mark Kowalski leads the parish church.\n\n"
        "The flooding that killed Tomas Brenner, a farmer, in March had shaken the valley.\n\n"
        "“We are all in mourning,” Kowalski said.\n\n"
        "But the Brenner tragedy brought neighbours together, he said."
    )
    assert speakers(text)[-1] == "Mark Kowalski"


def test_a_name_after_the_and_before_a_noun_is_a_mention_only():
    from retrieval.attribution.people import scan_people

    masked = ["Officers shot Tomas Brenner in March.", "But the Brenner shooting started a protest, he said."]
    brenner = next(p for p in scan_people(masked) if p.name == "Tomas Brenner")
    assert 1 in brenner.mentions and 1 not in brenner.subject_of
