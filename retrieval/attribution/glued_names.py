"""A verb opening a sentence read as a first name: "Carving Trump out of such a photo takes
deliberation", "Said Timme: “We’re warriors.”".

The scan reads capitalised runs, so a sentence that opens with an -ing form or a reporting verb
before a surname gives a "person" ("Carving Trump", "Said Timme") beside the one the article
means (Donald Trump, Drew Timme); a later "Trump said" then went to the glued name. A glued person is left out of an
article's people when a namesake remains and named by the rest of the name when none does
(``unglued``, read once by ``resolve_memory.ArticleMemory``).
"""

from __future__ import annotations

from typing import Iterable

from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.person import Person

__all__ = ["glued_verb", "unglued"]


def glued_verb(person: Person) -> bool:
    """The person's "first name" is a verb that opened the sentence naming them: an -ing form or
    a reporting verb's form ("Carving", "Said", "Says"), no known first name ("Sterling" is one),
    with the name first written at the very start of a sentence."""
    first = person.key[0]
    lex = lexicon()
    if not first or first in lex.first_names or not (first.endswith("ing") or first in lex.verbs):
        return False
    named = min(person.mentions, default=None)
    return named is not None and person.first_at.get(named) == 0


def unglued(people: Iterable[Person]) -> list[Person]:
    """``people`` without the glued names (``glued_verb``) that have a namesake ("Said Timme"
    beside Drew Timme); a glued name with none is renamed by its other words ("Carving Trump" is
    Trump, the one the article means)."""
    people = list(people)
    out = []
    for person in people:
        if not glued_verb(person):
            out.append(person)
        elif not any(p.surname == person.surname and p is not person and not glued_verb(p) for p in people):
            person.name = person.name.split(None, 1)[1]
            out.append(person)
    return out
