"""Delayed naming: an article's lead that describes its speaker and names them just after.

News leads often hold back the name: "Iraq's ambassador to the United States warned on Monday
that ... Lukman Faily said ...", "A former secretary of state admitted ... “...,” Colin Powell
said". When a description of one office-holder speaks in the first sentences and the next
speaker is a person named there for the first time, the description was that person; every
attribution to the description, later ones too ("the former secretary of state said"), goes to
the name, with the description kept as the role.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from retrieval.attribution.descriptions import person_noun
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.people import Person
from retrieval.attribution.speakers import read_phrase
from retrieval.models import Attribution

__all__ = ["name_lead_descriptions"]

# The headline and the lead: a description speaking this early may be named in the next lines.
LEAD_SENTENCES = 3
# The name follows within this many sentences of the description, with no other speaker between.
NAMING_WINDOW = 3
_NAMING = ("direct", "surname")


def name_lead_descriptions(out: Sequence[Attribution | None], people: Sequence[Person]) -> list[Attribution | None]:
    """``out`` with each lead description that the next speaker names replaced by that name.

    Args:
        out: the article's attributions, one per sentence (None where nobody speaks).
        people: the people the article names (``people.scan_people``), with their mentions.

    Returns:
        The attributions, the described ones given the person's name.
    """
    result = list(out)
    first_named = {p.name: min(p.mentions) for p in people if p.mentions}
    for i, found in enumerate(out[:LEAD_SENTENCES]):
        if found is None or found.resolution not in ("direct", "unresolved") or not (_office_holder(found.speaker) or _two_office_holders(found.speaker)):
            continue
        name = _named_next(out, i, found.speaker, first_named) if _office_holder(found.speaker) else _pair_named_next(i, found.speaker, people)
        if name is None:
            continue
        for k in range(i, len(out)):
            if (seen := result[k]) is not None and seen.speaker == found.speaker:
                result[k] = replace(seen, speaker=name, description=seen.description or found.speaker, resolution="role")
    return result


def _named_next(out: Sequence[Attribution | None], i: int, description: str, first_named: dict[str, int]) -> str | None:
    """The next speaker after sentence ``i`` when they are a person first named after it."""
    for k in range(i + 1, min(len(out), i + 1 + NAMING_WINDOW)):
        found = out[k]
        if found is None or found.speaker == description:
            continue
        named_after = first_named.get(found.speaker, -1) > i
        return found.speaker if found.resolution in _NAMING and named_after and not _other_office(found.description, description) else None
    return None


@lru_cache(maxsize=256)
def _office_holder(speaker: str) -> bool:
    """ "Iraq's ambassador to the United States", "a former secretary of state": one person
    described by an office or a person noun, not an anonymous source ("a spokesman", "an
    official") nor a body or a group."""
    if not speaker[:1].isalpha() or speaker.split()[0].lower() in lexicon().pronouns:
        return False
    phrase = read_phrase(speaker)
    head = phrase.head
    if head not in speaker.split():
        return False  # "the White House": a capitalised head is a name, not an office
    if phrase.kind in ("person", "surname", "pronoun", "group") or lexicon().groups.get(head) is not None:
        return False
    return head in lexicon().roles or head in lexicon().titles or person_noun(head)[0]


def _two_office_holders(speaker: str) -> bool:
    """ "two powerful Republican senators", "the two aldermen": two people described by a plural
    office or person noun."""
    words = speaker.lower().split()
    words = words[1:] if words[:1] == ["the"] else words
    if len(words) < 2 or words[0] != "two" or not words[-1].endswith(("s", "men")):
        return False
    noun = words[-1][:-2] + "an" if words[-1].endswith("men") else words[-1][:-1]
    return noun in lexicon().roles or person_noun(noun)[0]


def _pair_named_next(i: int, description: str, people: Sequence[Person]) -> str | None:
    """ "two powerful Republican senators alleged ... Sens. Chuck Grassley, R-Iowa, and Lindsey
    Graham, R-S.C., sent a letter to FBI Director Christopher Wray": the first two people named in
    the first sentence after ``i`` that names anyone new, as "A and B", when the first of them
    opens it (the two are its subject, not whom it names after its verb)."""
    for k in range(i + 1, i + 1 + NAMING_WINDOW):
        named = sorted((p for p in people if p.mentions and min(p.mentions) == k), key=lambda p: p.first_at.get(k, 1 << 30))
        if named:
            return f"{named[0].name} and {named[1].name}" if len(named) >= 2 and k in named[0].subject_of else None
    return None


def _other_office(description: str | None, lead: str) -> bool:
    """The named speaker's own office differs from the lead's ("Lawyer Jo Bloggs" after "the judge")."""
    if not description:
        return False
    heads = [w.lower().strip(".,") for w in description.split()]
    # "official", "aide" fit any office; "Dr." is a courtesy, not an office.
    offices = [w for w in heads if (w in lexicon().roles or person_noun(w)[0]) and lexicon().groups.get(w) != "unnamed"]
    return bool(offices) and read_phrase(lead).head not in offices
