"""What a resolver remembers of one article: its people, who has spoken, which documents and aliases.

``ArticleMemory`` holds the state ``references`` and ``resolve`` read and add to as they go through
an article in order: the people named (``people.Person``), the speakers heard (speaker, class,
gender, description, sentence), genders learned from a "he"/"she", and who put out each document.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from retrieval.attribution.aliases import ArticleAliases
from retrieval.attribution.glued_names import unglued
from retrieval.attribution.kin import Couples
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.organisations import Organisation, scan_organisations
from retrieval.attribution.people import Person, by_surname, is_initial, person_key
from retrieval.attribution.speakers import Phrase
from retrieval.models import Resolution

__all__ = ["ArticleMemory", "Resolved"]


@dataclass(frozen=True, slots=True)
class Resolved:
    speaker: str
    description: str | None
    resolution: Resolution


class ArticleMemory:
    """What a resolver knows of one article so far: its people, who has spoken, documents and aliases."""

    def __init__(
        self, people: Sequence[Person], masked: Sequence[str] = (), group_subject: Callable[[int], str | None] | None = None, paragraph_of: Sequence[int] = ()
    ) -> None:
        """``masked``: the article's sentences with quotations hidden, read for organisation names only
        when a description like "the company" needs them. ``group_subject``: the plural group opening a sentence, if any ("Three firefighters").
        ``paragraph_of``: each sentence's paragraph number, which a "he"/"she" weighs."""
        self._paragraph_of = paragraph_of
        self._people = {p.key: p for p in unglued(people)}  # not "Carving Trump", "Said Timme"
        self._group_subject = group_subject
        self._masked = masked
        self._bodies: list[Organisation] | None = None
        self._aliases = ArticleAliases(masked)  # "BW said" after "British Widgets (BW)"
        self._couples = Couples(masked, self._people)  # "his family" after "Erica and Roger Triantafilo"
        self._history: list[tuple[str, str, str | None, str | None, int]] = []  # speaker, class, gender, description, sentence
        self._learned: dict[str, str] = {}  # speaker -> gender, from a "he"/"she" that referred to them
        self._documents: dict[str, str] = {}  # document noun -> the speaker who put out the last one ("report" -> Marshall)
        self._index = 0
        self._read_alone: set[tuple[str, str]] = set()  # people by one word whose lone mentions were read (``lone_names``)

    def _person(self, name: str, phrase: Phrase, index: int) -> Person:
        words = [w for w in name.split() if not is_initial(w) or w == name.split()[0]]
        key = person_key(words)
        if key not in self._people:
            self._people[key] = Person(name, key[1], key, phrase.gender, phrase.description)
        person = self._people[key]
        if person.gender is None:
            person.gender = phrase.gender or lexicon().first_names.get(key[0])
        person.mentions.append(index)
        return person

    def _by_surname(self, surname: str, gender: str | None, index: int) -> Person | None:
        spoke = lambda: {speaker for speaker, cls, *_ in self._history if cls == "person"}  # noqa: E731
        return by_surname(self._people.values(), spoke, surname, gender, index)

    def _learn(self, speaker: str, gender: str) -> None:
        """ "Ortega said ... He said ...": Ortega is a man from now on, so a later "she" skips him."""
        self._learned[speaker] = gender
        for person in self._people.values():
            if person.name == speaker and person.gender is None:
                person.gender = gender

    def _remember(self, speaker: str, cls: str, gender: str | None, description: str | None) -> None:
        self._history.append((speaker, cls, gender, description, self._index))


    def hear_again(self, speaker: str) -> None:
        """ "Bremmer quoted Trump as saying ...": the reporter, heard before the source, is the latest speaker."""
        self._history.extend([entry for entry in self._history if entry[0] == speaker][-1:])

    def note_documents(self, nouns: Sequence[str], speaker: str) -> None:
        """ "Marshall issued a report saying ...": a later "the report" is Marshall's."""
        self._documents.update((noun, speaker) for noun in nouns)


    def _scanned_bodies(self) -> list[Organisation]:
        self._bodies = self._bodies if self._bodies is not None else scan_organisations(self._masked)
        return self._bodies
