"""A person the article names by one word: "pop star Dencia", "President Obama" ... "Obama".

``people.scan_people`` makes a person of a lone capitalised word after an office or a description
("President Obama", "pop star Dencia") but counts that word's later mentions only where the scan
knows its surname from a full name, so "Hypocritical: Dencia is no stranger to controversy; ...
she admitted" did not count as opening with Dencia, and the "she" went to the last woman who
spoke. When ``resolve.Resolver`` first hears such a person by their word, ``read_alone`` reads
the article's masked sentences for it the way the scan reads names: each sentence naming it,
where, and whether it opens the sentence (``lone_person``).
"""

from __future__ import annotations

import re
from typing import Sequence

from retrieval.attribution.people import MAX_SUBJECT_START
from retrieval.attribution.person import Person

__all__ = ["lone_person", "read_alone"]


def lone_person(masked: Sequence[str], name: str, gender: str | None, description: str | None) -> Person:
    """The person a single capitalised ``name`` stands for, with every sentence of ``masked``
    naming it (``Person.mentions``), where it first does in each (``first_at``) and the sentences
    it opens within ``people.MAX_SUBJECT_START`` words (``subject_of``: "Hypocritical: Dencia is
    ..." opens with her after the caption's label). A word inside a longer name ("Dencia Smith",
    "Lady Dencia") is not a mention of it."""
    word = re.compile(rf"(?<![\w’'\-.]){re.escape(name)}(?![\w\-]|[ \t]+[A-Z])")
    person = Person(name, name.lower(), ("", name.lower()), gender, description)
    for index, text in enumerate(masked):
        for match in word.finditer(text):
            before = text[: match.start()].split()
            if before and before[-1][:1].isupper() and before[-1][-1:] not in ".,;:!?":
                continue  # "Lady Dencia": part of another name
            person.mentions.append(index)
            person.first_at.setdefault(index, match.start())
            if len(before) <= MAX_SUBJECT_START and index not in person.subject_of:
                person.subject_of.append(index)
    return person


def read_alone(person: Person, masked: Sequence[str]) -> None:
    """Add to a person known by one word ("President Obama" ... "Obama", "Dencia") the sentences
    of ``masked`` naming them by it that the scan did not count, as ``lone_person`` reads them."""
    found = lone_person(masked, person.name, person.gender, person.description)
    person.mentions[:] = sorted(set(person.mentions) | set(found.mentions))
    for index, at in found.first_at.items():
        person.first_at.setdefault(index, at)
    person.subject_of[:] = sorted(set(person.subject_of) | set(found.subject_of))
