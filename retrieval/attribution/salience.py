"""Salience: which person named in the article a "he"/"she" most likely points back to.

Pure look-ups over ``people.Person`` records (the sentences naming each person and those they
open as the subject) and the speakers resolved so far; ``resolve.Resolver`` decides the order in
which to ask them.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from retrieval.attribution.people import Person

__all__ = ["MAX_PRONOUN_GAP", "introduced", "last_named", "repeated_name"]

# "he"/"she" looks back at most this many sentences for its speaker.
MAX_PRONOUN_GAP = 30
# "Corker responded ... Corker denied ... He said ...": a lone unknown name that spoke this many
# times, the last within NAME_PRONOUN_GAP sentences, is a person a "he"/"she" may go back to; a
# name that spoke once may be a country, a body or a capitalised opener ("Chastened, ...").
NAME_SPEAKER_TIMES = 2
NAME_PRONOUN_GAP = 2


def last_named(
    people: Iterable[Person], gender: str | None, index: int, subjects: bool = False, same: bool = False
) -> Person | None:
    """The person of a fitting gender named (or, with ``subjects``, opening a sentence) most
    recently before sentence ``index`` (or in it, with ``same``), within ``MAX_PRONOUN_GAP``."""
    best, best_seen = None, -1
    for person in people:
        if gender and person.gender and person.gender != gender:
            continue
        # A person only spoken to ("he told CNN's Jo Bloggs") is no one a later pronoun points to.
        pool = person.subject_of if subjects else [m for m in person.mentions if m not in person.addressed]
        seen = max((m for m in pool if m < index or (same and m == index)), default=-1)
        if seen > best_seen and index - seen <= MAX_PRONOUN_GAP:
            best, best_seen = person, seen
    return best


def introduced(people: Iterable[Person], spoken: Sequence[tuple[str, int]], gender: str, index: int) -> Person | None:
    """ "During a town hall, Tina Houchins had a question. “...,” she said.": the one person who
    could be "she", introduced in full in the sentence before and not yet a speaker, when nobody
    spoke in that sentence. A person named earlier is no newcomer: the last speaker keeps the
    pronoun over them.

    Args:
        people: everyone the article names.
        spoken: (speaker, sentence) for every clause resolved so far, in order.
        gender: the pronoun's gender.
        index: the sentence holding the pronoun.
    """
    if any(said >= index - 1 for _, said in spoken):
        return None
    near = [p for p in people if index - 1 in p.mentions and p.gender in (None, gender)]
    if len(near) != 1 or near[0].gender != gender or not near[0].key[0] or min(near[0].mentions) != index - 1:
        return None
    if any(speaker == near[0].name for speaker, _ in spoken):
        return None
    return near[0]


def repeated_name(history: Sequence[tuple], name: str, index: int) -> bool:
    """``name``, a lone name of no known person (class "name"), spoke NAME_SPEAKER_TIMES times in
    ``history`` (speaker, class, ..., sentence), the last within NAME_PRONOUN_GAP of ``index``."""
    said = [entry[-1] for entry in history if entry[0] == name and entry[1] == "name"]
    return len(said) >= NAME_SPEAKER_TIMES and index - said[-1] <= NAME_PRONOUN_GAP
