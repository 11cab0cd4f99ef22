"""Couples: "his family", "Tara's owners", "the couple" in an article naming one couple.

An article about a family often names the couple once ("Erica and Roger Triantafilo") and then
quotes them as "his family", "the couple" or the pet's "owners". When the article names exactly
one couple (two first names sharing a surname), such a phrase whose owner is absent, not a
person, or one of the couple, is that couple.
"""

from __future__ import annotations

import re
from typing import Iterable, Mapping, Sequence

from retrieval.attribution.descriptions import possessive_owner
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.people import Person
from retrieval.lexicon import words as word_list

__all__ = ["Couples", "couples", "couple_for", "is_kin", "owned_relative"]

# "Erica and Roger Triantafilo": two first names, then the surname they share.
_COUPLE = re.compile(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][\w’'\-]+)")


def couples(masked: Sequence[str]) -> tuple[str, ...]:
    """The couples an article names, as written ("Erica and Roger Triantafilo"), once each."""
    names = lexicon().first_names
    found: dict[str, None] = {}
    for text in masked:
        for m in _COUPLE.finditer(text):
            if m.group(1).lower() in names and m.group(2).lower() in names and m.group(3).lower() not in names:
                found.setdefault(m.group(), None)
    return tuple(found)


def is_kin(phrase: str) -> bool:
    """The phrase ends in a kin noun ("his family", "Tara's owners", "the couple")."""
    words = phrase.split()
    return bool(words) and words[-1].lower() in word_list("kin_nouns.txt")


def owned_relative(phrase: str) -> bool:
    """ "the victim's sister", "her father": a relation noun (``relation_nouns.txt``) with an owner
    (a possessive before it), naming a relative of someone rather than describing a speaker."""
    words = phrase.split()
    if len(words) < 2 or words[-1].lower() not in word_list("relation_nouns.txt"):
        return False
    owner = words[-2].lower()
    return owner.endswith(("’s", "'s", "s’", "s'")) or possessive_owner(owner) is not None


def couple_for(phrase: str, named: Sequence[str], people: Iterable[Person], owner_surname: str | None = None) -> str | None:
    """The one couple ``named`` that a kin phrase stands for; ``owner_surname``: the surname of
    the person the phrase belongs to ("his family"), else an owner written in it ("Smith's
    family") must not be a person of another surname. None when the article names no couple or
    several."""
    if len(named) != 1 or not is_kin(phrase):
        return None
    surname = named[0].split()[-1].lower()
    owner = phrase.split()[0].lower().removesuffix("’s").removesuffix("'s")
    if owner_surname is None and any(p.surname == owner for p in people):
        owner_surname = owner  # "Smith's family" is no family of the Triantafilos
    return named[0] if owner_surname in (None, surname) else None


class Couples:
    """An article's couples, read from its sentences only when a kin phrase needs them."""

    def __init__(self, masked: Sequence[str], people: Mapping[object, Person]) -> None:
        self._masked = masked
        self._people = people
        self._named: tuple[str, ...] | None = None

    def of(self, phrase: str, owner_surname: str | None = None) -> str | None:
        """``couple_for`` over the article's couples and people."""
        if not is_kin(phrase):
            return None
        self._named = couples(self._masked) if self._named is None else self._named
        return couple_for(phrase, self._named, self._people.values(), owner_surname)
