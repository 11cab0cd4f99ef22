"""Definite descriptions that refer back: "the actress", "the 74-year-old", "the sources".

Pure look-ups for ``resolve.Resolver``: the gender a person noun tells (``person_nouns.tsv``),
and the earlier unnamed source a description repeats ("a person familiar with the matter" ...
"the person said").
"""

from __future__ import annotations

from functools import lru_cache
from retrieval.lexicon import lines
from retrieval.lexicon import words as word_list

__all__ = ["document_noun", "person_noun", "possessive_owner", "repeats_source", "repeats_description", "SOURCE_HEAD_WORDS"]

# "four sources familiar with the matter" ... "the sources said": the head noun is among the
# first words of the earlier description.
SOURCE_HEAD_WORDS = 3
_ANY_AGE = "-year-old"


@lru_cache(maxsize=1)
def _nouns() -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for line in lines("person_nouns.tsv"):
        noun, gender = line.split("\t")
        out[noun.strip()] = None if gender.strip() == "-" else gender.strip()
    return out


@lru_cache(maxsize=1)
def _possessives() -> dict[str, str]:
    return {k.strip(): v.strip() for k, v in (line.split("\t") for line in lines("possessives.tsv"))}


def possessive_owner(word: str) -> str | None:
    """The subject pronoun standing for the owner a possessive names ("his" -> "he"), else None."""
    return _possessives().get(word.lower())


def document_noun(head: str) -> bool:
    """ "the statement", "the report": a document (``document_nouns.txt``), which no body speaks as."""
    return head in word_list("document_nouns.txt")


def person_noun(head: str) -> tuple[bool, str | None]:
    """Whether ``head`` describes a person, and the gender it tells (None: either)."""
    if head.endswith(_ANY_AGE):
        return True, None
    nouns = _nouns()
    return (head in nouns), nouns.get(head)


def repeats_source(head: str, earlier: str) -> bool:
    """ "the person" repeats "a person familiar with the matter"; "the sources" repeats "four
    sources familiar with the matter"."""
    forms = {head, head + "s", head.removesuffix("s")}
    return not forms.isdisjoint(w.lower() for w in earlier.split()[:SOURCE_HEAD_WORDS])


def repeats_description(name: str, head: str, earlier: str) -> bool:
    """ "the French official" repeats "a senior French official involved in the investigation",
    "the official" repeats "one of the officials": the head noun (singular or plural) and every
    other word of the description are words of the earlier source's."""
    seen = {w.lower().strip(",") for w in earlier.split()}
    if {head, head + "s", head.removesuffix("s")}.isdisjoint(seen):
        return False
    words = [w.lower() for w in name.split()]
    if words and words[0] == "the":
        words = words[1:]
    return all(w in seen for w in words[:-1])
