"""Definite descriptions that refer back: "the actress", "the 74-year-old", "the sources".

Pure look-ups for ``resolve.Resolver``: the gender a person noun tells (``person_nouns.tsv``),
and the earlier unnamed source a description repeats ("a person familiar with the matter" ...
"the person said").
"""

from __future__ import annotations

from functools import lru_cache
from retrieval.lexicon import lines

__all__ = ["person_noun", "repeats_source", "SOURCE_HEAD_WORDS"]

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
