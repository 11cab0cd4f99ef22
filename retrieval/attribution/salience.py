"""Salience: which person named in the article a "he"/"she" most likely points back to.

Pure look-ups over ``people.Person`` records (the sentences naming each person and those they
open as the subject) and the speakers resolved so far; ``resolve.Resolver`` decides the order in
which to ask them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from retrieval.attribution.descriptions import unnamed_person
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.people import Person

__all__ = ["MAX_PRONOUN_GAP", "Described", "described_person", "LEARN_GENDER_GAP", "Spoken", "Pick", "PronounAt", "introduced", "last_named", "repeated_name", "rule_pick", "titled_person"]

# "he"/"she" looks back at most this many sentences for its speaker.
MAX_PRONOUN_GAP = 30
# A "he"/"she" this close to its speaker's own clause tells that speaker's gender for the rest of
# the article; further away the link is a guess, and a wrong guess would spread.
LEARN_GENDER_GAP = 1
# "an obstetrician said ... The doctor says": a person noun goes back to an unnamed source that
# spoke at most this many sentences before, when nobody spoke since.
MAX_UNNAMED_GAP = 2
# "The House Speaker", "the Supreme Leader": a capitalised title of at most this many words.
MAX_TITLE_WORDS = 3

# One resolved clause: speaker, class ("person", "organisation", "unnamed", ...), gender,
# description, sentence number.
Spoken = tuple[str, str, "str | None", "str | None", int]


@dataclass(frozen=True, slots=True)
class Pick:
    """Who a "he"/"she" goes to by the rules, and what resolving to them teaches."""

    name: str
    description: str | None
    gender: str | None
    learn: bool = False  # the pronoun tells this speaker's gender from now on
    remember: bool = True  # the pick becomes the latest speaker
    firm: bool = False  # the subject of the pronoun's own sentence: no ranking overrides it


@dataclass(frozen=True, slots=True)
class PronounAt:
    """A "he"/"she" to resolve: who the article has named and heard so far, and where it stands."""

    people: Sequence[Person]
    history: Sequence[Spoken]  # the clauses resolved so far, in order
    learned: Mapping[str, str]  # speaker -> gender told by an earlier pronoun
    gender: str  # the pronoun's
    index: int  # its sentence
    at_start: bool  # it opens its sentence
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


def rule_pick(at: PronounAt, pronoun_at: int | None = None) -> Pick | None:
    """The speaker a "he"/"she" in sentence ``index`` goes to by the rules: the subject of the
    same sentence (when the pronoun does not open it), a person who opened a sentence after the
    last speaker, a newcomer introduced just before, the last fitting speaker, else the last
    fitting person named. ``pronoun_at``: the pronoun's character offset in the sentence, when known."""
    people, history, learned, gender, index, at_start = at.people, at.history, at.learned, at.gender, at.index, at.at_start
    if not at_start:
        # "Ed Rendell, who ..., agreed ..., he said": the subject of this very sentence, when it
        # comes before the pronoun ("But now he claims Ferguson should ..." is not Ferguson).
        # "During an interview in April, Trump was talking ... when he told": a subject after an
        # opening phrase counts too.
        here = [
            (p.first_at[index], n, p)
            for n, p in enumerate(people)
            if (index in p.subject_of or index in p.opens_clause)
            and index in p.first_at
            and p.gender in (None, gender)
            and (pronoun_at is None or p.first_at[index] < pronoun_at)
        ]
        if here:
            first = min(here)[2]
            return Pick(first.name, first.description, first.gender, firm=True)
    named = last_named(people, gender, index, subjects=True)
    named_at = max((m for m in named.subject_of if m < index), default=-1) if named else -1
    spoken = [(speaker, said) for speaker, *_, said in history]
    # A person opening a sentence after the last speaker outranks a newcomer named in passing.
    newcomer = introduced(people, spoken, gender, index) if named_at <= max((s for _, s in spoken), default=-1) else None
    if newcomer is not None:
        return Pick(newcomer.name, newcomer.description, newcomer.gender)
    for speaker, cls, known, description, said in reversed(history):
        if index - said > MAX_PRONOUN_GAP:
            break
        if named is not None and named_at > said and named.name != speaker:
            # "Dan McLaughlin ... agreed with Matthews. “...,” he wrote.": the person who
            # opened a sentence after the last speaker, not a later passing mention.
            return Pick(named.name, named.description, named.gender)
        known = known or learned.get(speaker)
        if (cls == "person" or (cls == "name" and (said == index or repeated_name(history, speaker, index)))) and known in (None, gender):
            # "DuVernay said she felt ... “...,” she said."
            return Pick(speaker, description, gender, learn=index - said <= LEARN_GENDER_GAP)
        if cls == "unnamed":
            # "an official ... said. He added ...": the unnamed source, not an earlier name.
            return Pick(speaker, description, None, remember=False)
    # Nobody has spoken yet: the last fitting person the article named.
    person = last_named(people, gender, index)
    return Pick(person.name, person.description, person.gender) if person is not None else None


def titled_person(people: Iterable[Person], name: str, index: int) -> Person | None:
    """ "the Ayatollah" after "Supreme Leader Ayatollah Ali Khamenei": the person last named by
    sentence ``index`` with that one title word, capitalised, before their name; else None."""
    title = name.lower().removeprefix("the ").split()
    written = name.split()[-len(title) :] if title else []
    # "the defense" is no title; "The House Speaker" is one, held by "House Speaker Nancy Pelosi".
    if not title or len(title) > MAX_TITLE_WORDS or title[-1] not in lexicon().titles or not all(w[:1].isupper() for w in written):
        return None
    seen = [(max((m for m in p.mentions if m <= index), default=-1), p) for p in people if p.description and _holds(p.description.lower().split(), title, len(title) > 1)]
    last, best = max(seen, key=lambda pair: pair[0], default=(-1, None))
    return best if last >= 0 else None


def _holds(words: Sequence[str], title: Sequence[str], last: bool) -> bool:
    """The title's words stand together in the description's words, ``last`` at their end
    ("U.S. House Speaker" holds "House Speaker"; "White House Press Secretary" no "White House")."""
    if last:
        return list(words[-len(title) :]) == list(title)
    return any(list(words[k : k + len(title)]) == list(title) for k in range(len(words) - len(title) + 1))


def repeated_name(history: Sequence[tuple], name: str, index: int) -> bool:
    """``name``, a lone name of no known person (class "name"), spoke NAME_SPEAKER_TIMES times in
    ``history`` (speaker, class, ..., sentence), the last within NAME_PRONOUN_GAP of ``index``."""
    said = [entry[-1] for entry in history if entry[0] == name and entry[1] == "name"]
    return len(said) >= NAME_SPEAKER_TIMES and index - said[-1] <= NAME_PRONOUN_GAP


@dataclass(frozen=True, slots=True)
class Described:
    """Who a person noun ("the entrepreneur", "the doctor") refers to."""

    name: str
    description: str | None
    unnamed: bool  # an unnamed source, which becomes the latest speaker


def described_person(at: PronounAt) -> Described | None:
    """ "Mr Bannatyne withdrew his threat, the entrepreneur said": the person opening sentence
    ``at.index``, else the last person speaker of a fitting gender (``at.gender``; "" for either)
    or an unnamed person who spoke just before ("A local obstetrician ... The doctor says"), else
    the last person named."""
    gender = at.gender or None
    here = last_named(at.people, gender, at.index, subjects=True, same=True)
    if here is not None and at.index in here.subject_of:
        return Described(here.name, here.description, False)
    for speaker, cls, known, description, said in reversed(at.history):
        if at.index - said > MAX_PRONOUN_GAP:
            break
        if cls == "person" and (gender is None or (known or at.learned.get(speaker)) in (None, gender)):
            return Described(speaker, description, False)
        if cls == "unnamed" and at.index - said <= MAX_UNNAMED_GAP and unnamed_person(speaker):
            return Described(speaker, description, True)
    person = last_named(at.people, gender, at.index)
    return Described(person.name, person.description, False) if person is not None else None
