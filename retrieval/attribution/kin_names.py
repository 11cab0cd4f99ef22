"""Relatives named beside their relation: "Steinle’s father, Jim, told the Chronicle", "Dorn's
wife, police Sgt. Ann Marie Dorn, told the outlet".

A relative is often introduced by relation and named in apposition. With a full name there
("police Sgt. Ann Marie Dorn": the words of office before it passed over) the name speaks, the
relation its description. With a first name alone ("Jim") the relative of a family line of
``relation_nouns.txt`` bears the owner's surname: Jim Steinle. A partner ("Dorn's girlfriend,
Jo,") or a first name the lexicon does not know stays as written. Pure, for ``resolve.Resolver``.
"""

from __future__ import annotations

from functools import lru_cache

from retrieval.attribution.kin import owned_relative
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.speakers import Phrase, read_phrase
from retrieval.lexicon import lines

__all__ = ["named_relative"]


@lru_cache(maxsize=1)
def _family() -> frozenset[str]:
    """The relation nouns of relatives who mostly share the owner's surname (all lines but the last)."""
    return frozenset(w.lower() for line in lines("relation_nouns.txt")[:-1] for w in line.split())


def named_relative(phrase: Phrase, appositive: str) -> tuple[Phrase, str] | None:
    """The relative's name read as the phrase and the relation as its appositive, or None."""
    words = phrase.name.split()
    if not owned_relative(phrase.name) or len(words) != 2 or not words[0][:1].isupper():
        return None
    lex = lexicon()
    named = appositive.split()
    while named and (named[0][:1].islower() or named[0].lower() in lex.titles or named[0].lower().rstrip(".") in lex.titles):
        named = named[1:]  # "police Sgt. Ann Marie Dorn"
    if not named or not all(w[:1].isupper() for w in named):
        return None
    if len(named) == 1:
        owner = words[0].removesuffix("’s").removesuffix("'s")
        if words[1].lower() not in _family() or named[0].lower() not in lex.first_names or not owner[:1].isupper():
            return None
        named = [named[0], owner]  # "Steinle’s father, Jim," -> Jim Steinle
    found = read_phrase(" ".join(named))
    return (found, phrase.name) if found.kind == "person" else None
