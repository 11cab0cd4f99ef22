"""A person the article names by one word ("pop star Dencia", "President Obama" ... "Obama") is
weighed like any other wherever the word stands alone: "Hypocritical: Dencia is no stranger to
controversy; ... she admitted" is Dencia's, not the last woman's who spoke. Made-up sentences,
with rows where a word is no mention of the person."""

from __future__ import annotations

import pytest

from retrieval.attribution.lone_names import lone_person, read_alone
from retrieval.attribution.person import Person

ARTICLES = [
    (
        "a one-word name opening a later sentence",
        "Pop star Dencia has hit out at the actress Lupita Nyong'o.\n\n"
        "\u201cMy heart bled,\u201d Nyong'o said.\n\n"
        "Hypocritical: Dencia is no stranger to controversy; in an interview, she admitted the cream lightens skin.",
        ["Dencia", "Lupita Nyong'o", "Dencia"],
    ),
    # must not fire: the one-word name does not open the sentence with the pronoun
    (
        "the one-word name far into the sentence",
        "Pop star Dencia has hit out at the actress Lupita Nyong'o.\n\n"
        "\u201cMy heart bled,\u201d Nyong'o said.\n\n"
        "After the long row over the cream and the letter from Dencia fans, she admitted it hurt.",
        ["Dencia", "Lupita Nyong'o", "Lupita Nyong'o"],
    ),
]


@pytest.mark.parametrize("name, text, expected", ARTICLES, ids=[row[0] for row in ARTICLES])
def test_lone_names(speakers, name: str, text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_lone_person_reads_each_mention_and_skips_longer_names() -> None:
    masked = ["Pop star Dencia spoke.", "Lady Dencia is another singer.", "Dencia Smith came.", "Sources: Dencia is here; Dencia left."]
    person = lone_person(masked, "Dencia", "female", "pop star")
    assert person.mentions == [0, 3, 3]
    assert person.first_at == {0: 9, 3: 9}
    assert person.subject_of == [0, 3]


def test_read_alone_adds_to_what_the_scan_found() -> None:
    person = Person("Obama", "obama", ("", "obama"), "male", "President", mentions=[0], subject_of=[0], first_at={0: 10})
    read_alone(person, ["President Obama said it.", "Obama spoke.", "The Obama Foundation met."])
    assert person.mentions == [0, 1]
    assert person.subject_of == [0, 1]
    assert person.first_at == {0: 10, 1: 0}
