"""The speaker's words: where the name in a phrase begins and ends when an apposition, a place or
an office stands beside it (made-up sentences of shapes seen across publishers)."""

from __future__ import annotations

import pytest

APPOSITIONS = [
    (
        "a name and its description open the sentence, then said and a clause",
        "Omvar Selk, a senior U.S. economist at Northgate Bank, said the tweet creates a conundrum for traders.",
        ["Omvar Selk"],
    ),
    (
        "a description, then the name between commas, then said and a named clause",
        "A council spokeswoman, Ines Varga, said Holm left the post in June.",
        ["Ines Varga"],
    ),
    # negative rows: the speaker does follow the verb
    (
        "an age beside the subject, then a clause and an inverted speaker",
        "Holm, 34, is due in court on Friday, but he will not plead, said spokesman Piet Brandt of the county court.",
        ["Piet Brandt"],
    ),
    (
        "a clause with an aside, then an inverted speaker",
        "Rising debt, notably if it falls due soon, could hurt the banks, said a second official familiar with the talks.",
        ["a second official familiar with the talks"],
    ),
]


@pytest.mark.parametrize("name, text, expected", APPOSITIONS, ids=[row[0] for row in APPOSITIONS])
def test_an_opening_apposition_keeps_its_speaker(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


PLACES_AND_OFFICES = [
    (
        "a two-word place after a titled name",
        "Senate Majority Whip Dana Kell of New Mexico said the bill was dead.",
        ["Dana Kell"],
    ),
    (
        "a body and the city it is in",
        "University Hospital in Port Alder said it had treated four patients.",
        ["University Hospital"],
    ),
    (
        "a nationality before an office is no person a pronoun can go to",
        "Former North Ruritanian president Tomas Okafor backed the plan at a dinner. Ruritanian banks were wary.\n\n"
        "He said the debt had to go.",
        [None, None, "Tomas Okafor"],
    ),
    # negative rows: "of" inside a body's name, "in" after a group
    (
        "a bureau of something is one name",
        "The Federal Bureau of Fisheries said it was looking into the spill.",
        ["Federal Bureau of Fisheries"],
    ),
    (
        "a group in a city stays as written",
        "Police in Port Alder said the road would reopen.",
        ["Police in Port Alder"],
    ),
]


@pytest.mark.parametrize("name, text, expected", PLACES_AND_OFFICES, ids=[row[0] for row in PLACES_AND_OFFICES])
def test_places_and_offices_are_no_part_of_the_name(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


LEADS = [
    (
        "an office in the lead, the name in the next sentence",
        "Ruritania's ambassador to the United Nations warned on Monday that the truce could fail.\n\n"
        "Peter Vrba said the talks had stalled.",
        ["Peter Vrba", "Peter Vrba"],
    ),
    (
        "a lead description, a quotation naming the speaker, the description again later",
        "In a sharp rebuke, a former foreign minister of a conservative government admitted that he no longer trusts the cabinet.\n\n"
        "“Let me give you an example,” Harold Moen said on Sunday.\n\n"
        "The river flooded in May.\n\n"
        "“We owe the voters more,” the former foreign minister said.",
        ["Harold Moen", "Harold Moen", None, "Harold Moen"],
    ),
    (
        "a possessive office, the name given before that person speaks",
        "Port Alder's former chief medical examiner insisted that the death was no accident.\n\n"
        "Forensic pathologist Dr. Edda Lunt was hired by the family.\n\n"
        "“The evidence points the other way,” Lunt said.",
        ["Edda Lunt", None, "Edda Lunt"],
    ),
    # negative rows: an anonymous source, another office, a name given before the lead
    (
        "an anonymous spokesman is nobody named after him",
        "A spokesman for the ministry said the plan was on hold.\n\n" "Peter Vrba said the talks had stalled.",
        ["A spokesman for the ministry", "Peter Vrba"],
    ),
    (
        "the next speaker holds another office",
        "The county's chief judge ruled on Monday that the vote must be held again.\n\n" "Lawyer Peter Vrba said his client would appeal.",
        ["The county's chief judge", "Peter Vrba"],
    ),
    (
        "the next speaker was named before the description",
        "Harold Moen toured the site on Monday.\n\n"
        "Ruritania's ambassador to the United Nations warned that the truce could fail.\n\n"
        "Moen said the talks had stalled.",
        [None, "Ruritania's ambassador to the United Nations", "Harold Moen"],
    ),
]


@pytest.mark.parametrize("name, text, expected", LEADS, ids=[row[0] for row in LEADS])
def test_a_lead_description_is_the_person_named_next(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


TITLES = [
    (
        "a capitalised title of two words goes to who holds it",
        "Port Alder Assembly Speaker Maria Osei opened the session.\n\n"
        "Osei said the budget was tight.\n\n"
        "Finance Director Tom Weir said the figures were wrong.\n\n"
        "The Assembly Speaker dismissed the complaint, saying “we did what we could.”",
        [None, "Maria Osei", "Tom Weir", "Maria Osei"],
    ),
    (
        "an abbreviated title holds the office",
        "Sen. Carla Mendes criticised Governor Tom Weir on Sunday, saying he had ignored the flood.\n\n"
        "Weir said he was sorry.\n\n"
        "The Ohio senator said the apology came too late.",
        ["Carla Mendes", "Tom Weir", "Carla Mendes"],
    ),
    # negative rows: a name holding the title's first words, a leader of another office
    (
        "a body's name inside a person's title is not the title",
        "Palace Press Secretary Jan Holm spoke on Monday.\n\n" "Holm said the visit was off.\n\n" "The Royal Palace announced a new policy.",
        [None, "Jan Holm", "Royal Palace"],
    ),
    (
        "any office-holder is a leader",
        "Prime Minister Ana Ruiz met the envoy.\n\n" "Ruiz said the talks went well.\n\n" "The Iberian leader said she would travel in May.",
        [None, "Ana Ruiz", "Ana Ruiz"],
    ),
]


@pytest.mark.parametrize("name, text, expected", TITLES, ids=[row[0] for row in TITLES])
def test_titles_and_offices_go_to_who_holds_them(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


BODIES = [
    (
        "a company whose name tells no kind, heard just before",
        "Stay 8 said it would stop sharing guest lists.\n\n“Stay 8 apologizes for this,” the company said.",
        ["Stay 8", "Stay 8"],
    ),
    # negative row: no body heard in the sentences just before
    (
        "a company long after any body spoke stays as written",
        "Stay 8 said it would stop sharing guest lists.\n\n"
        "River levels fell on Tuesday. Roads were closed. Schools shut.\n\n"
        "“We will act,” the company said.",
        ["Stay 8", None, None, None, "the company"],
    ),
]


@pytest.mark.parametrize("name, text, expected", BODIES, ids=[row[0] for row in BODIES])
def test_a_company_goes_to_the_body_just_heard(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


NESTED_THEN_PRONOUN = [
    (
        "a pronoun after a nested quotation is the reporter who quoted",
        "Ian Holt wrote a column on Monday.\n\n"
        "Holt in a post on Twitter quoted Mayor Dan Reyes as saying “the bridge is safe.”\n\n"
        "He also responded to a reader by saying “it is plausible.”",
        ["Ian Holt", "Dan Reyes", "Ian Holt"],
    ),
    # negative row: the quoted person speaks again in their own clause
    (
        "the quoted person named again keeps their words",
        "Holt in a post on Twitter quoted Mayor Dan Reyes as saying “the bridge is safe.”\n\n" "Reyes later said the bridge would reopen.",
        ["Dan Reyes", "Dan Reyes"],
    ),
]


@pytest.mark.parametrize("name, text, expected", NESTED_THEN_PRONOUN, ids=[row[0] for row in NESTED_THEN_PRONOUN])
def test_a_pronoun_after_a_nested_quotation(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


COUPLES = [
    (
        "a pet's owners and his family are the couple the article names",
        "Erica and Roger Holt said their dog was safe.\n\n"
        "Tara's owners said the cat had been with them for years.\n\n"
        "In an interview, his family said she slept by the crib.",
        ["Erica and Roger Holt", "Erica and Roger Holt", "Erica and Roger Holt"],
    ),
    # negative rows: another person's family, two couples
    (
        "the family of someone with another surname stays theirs",
        "Erica and Roger Holt said their dog was safe.\n\n" "Mayor Tom Reyes said the park would close.\n\n" "Reyes's family said they were moving.",
        ["Erica and Roger Holt", "Tom Reyes", "Reyes's family"],
    ),
    (
        "with two couples named, the couple is the pair named last, not a guess among couples",
        "Erica and Roger Holt said their dog was safe.\n\n" "Anna and David Weir said their cat was lost.\n\n" "The couple said they would sue.",
        ["Erica and Roger Holt", "Anna and David Weir", "Anna Weir and David Weir"],
    ),
]


@pytest.mark.parametrize("name, text, expected", COUPLES, ids=[row[0] for row in COUPLES])
def test_kin_phrases_are_the_couple_named(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


DOCUMENT_OWNERS = [
    (
        "a poll with a modifier between its owner and the noun",
        "A Harbor Research tracking poll released Friday found that support for the plan fell.",
        ["Harbor Research"],
    ),
    (
        "an analysis with a participle after it",
        "A Northgate University analysis published May 20 estimated that 300 homes were lost.",
        ["Northgate University"],
    ),
    # negative row: a poll nobody owns stays as written
    ("a poll with no owner", "A new poll released Friday found that support for the plan fell.", ["A new poll"]),
]


@pytest.mark.parametrize("name, text, expected", DOCUMENT_OWNERS, ids=[row[0] for row in DOCUMENT_OWNERS])
def test_a_document_is_its_owners(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_a_titled_name_before_and_takes_no_surname_after_it(speakers) -> None:
    text = "The fund is led by Prince Henry and Sofia Lind.\n\nIn a statement, Prince Henry said the fund would grow."
    assert speakers(text) == [None, "Henry"]
