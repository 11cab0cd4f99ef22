"""Definite descriptions that refer back: "the actress", "the 74-year-old", "the sources".

Pure look-ups for ``resolve.Resolver``: the gender a person noun tells (``person_nouns.tsv``),
and the earlier unnamed source a description repeats ("a person familiar with the matter" ...
"the person said").
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from retrieval.attribution.lexicon import lexicon
from retrieval.lexicon import lines

if TYPE_CHECKING:
    from retrieval.attribution.people import Person

__all__ = ["person_noun", "repeats_source", "titled_person", "SOURCE_HEAD_WORDS"]

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


def titled_person(people: Iterable[Person], name: str, index: int) -> Person | None:
    """ "the Ayatollah" after "Supreme Leader Ayatollah Ali Khamenei": the person last named by
    sentence ``index`` with that one title word, capitalised, before their name; else None."""
    title = name.lower().removeprefix("the ")
    if " " in title or title not in lexicon().titles or not name.split()[-1][:1].isupper():  # "the defense" is no title
        return None
    seen = [(max((m for m in p.mentions if m <= index), default=-1), p) for p in people if p.description and title in p.description.lower().split()]
    last, best = max(seen, key=lambda pair: pair[0], default=(-1, None))
    return best if last >= 0 else None
