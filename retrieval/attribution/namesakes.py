"""One person under several names in an article: a lone surname or an office with a surname
("President Obama", "Mr. Xi") folded into the one full name that article gives them."""

from __future__ import annotations

from retrieval.attribution.person import Person

__all__ = ["merge_surnames"]


def merge_surnames(people: dict[tuple[str, str], Person]) -> list[Person]:
    """Fold "President Obama" into "Barack Obama" when the article names one Obama in full, and
    "President Xi" into "Xi Jinping" when no one has Xi for a surname."""
    full: dict[str, list[Person]] = {}
    for person in people.values():
        if person.key[0]:
            full.setdefault(person.surname, []).append(person)
    out = []
    # "President Xi" after "Xi Jinping": a family name written first is the one full name opening with it.
    first = {}
    for person in people.values():
        if person.key[0]:
            first.setdefault(person.key[0], []).append(person)
    for person in people.values():
        namesakes = full.get(person.surname) or first.get(person.surname, [])
        if not person.key[0] and len(namesakes) == 1:
            namesakes[0].mentions = sorted(namesakes[0].mentions + person.mentions)
            namesakes[0].subject_of = sorted(namesakes[0].subject_of + person.subject_of)
            namesakes[0].opens_clause = sorted(namesakes[0].opens_clause + person.opens_clause)
            for index, at in person.first_at.items():
                namesakes[0].first_at[index] = min(at, namesakes[0].first_at.get(index, at))
            namesakes[0].addressed = sorted(namesakes[0].addressed + person.addressed)
            if namesakes[0].gender is None:
                namesakes[0].gender = person.gender
            continue
        out.append(person)
    return out
