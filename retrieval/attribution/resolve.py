"""Resolution: link pronouns, bare surnames and role nouns to the people named in the article.

People are found once per article (a run of capitalised words that starts with a known first
name or follows a title: "Pentagon spokesman Jonathan Hoffman"). A bare surname goes to the
person of that surname mentioned most recently, never to a namesake not yet named; "he"/"she"
to the last fitting speaker; "the spokesman" to the last person described as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.speakers import NAME_PARTICLES, Phrase, name_run
from retrieval.attribution.tokens import Token, tokenize
from retrieval.models import Resolution

__all__ = ["Person", "Resolved", "Resolver", "scan_people"]

# How many words before a name may make up its title ("Iran’s Supreme Leader Ali Khamenei").
MAX_TITLE_WORDS = 4
_CAPITALISED = re.compile(r"\b[A-Z][\w’'\-]*\.?")
# Capitalised words in a row, with name particles inside ("Osama bin Laden", "Ali al-Sistani").
_CAPITAL_RUN = re.compile(
    r"\b[A-Z][\w’'\-]*\.?(?:[ \t]+(?:(?:al|bin|ibn|de|del|la|le|van|von|der|da|di|el)[ \t]+)*[A-Z][\w’'\-]*\.?)*"
)
# "he"/"she" looks back at most this many sentences for its speaker; further back, a reader
# no longer links the pronoun to that name either.
MAX_PRONOUN_GAP = 30
# A name starting within this many tokens of the sentence start is taken as its subject
# ("Former Pennsylvania Gov. Ed Rendell, who ..., agreed").
MAX_SUBJECT_START = 4
_SUFFIXES = frozenset({"jr.", "sr.", "jr", "sr", "ii", "iii", "iv"})
_HONORIFIC_GENDER = {"mr.": "male", "mr": "male", "mrs.": "female", "mrs": "female", "ms.": "female", "ms": "female"}
_PERSON_PRONOUNS = {"he": "male", "she": "female"}


@dataclass
class Person:
    name: str
    surname: str  # lower case
    key: tuple[str, str]  # (first name, surname) lower case: "Donald J. Trump" is "Donald Trump"
    gender: str | None
    description: str | None
    mentions: list[int] = field(default_factory=list)  # sentence numbers naming them in full
    subject_of: list[int] = field(default_factory=list)  # sentences they open as the subject


@dataclass(frozen=True, slots=True)
class Resolved:
    speaker: str
    description: str | None
    resolution: Resolution


def _key(words: Sequence[str]) -> tuple[str, str]:
    return words[0].lower(), words[-1].lower()


def _alone(masked: Sequence[str]) -> tuple[set[str], set[str]]:
    """Capitalised words that stand on their own somewhere in the article, and those that end
    a run of capitalised words somewhere, lower case."""
    alone: set[str] = set()
    ending: set[str] = set()
    for text in masked:
        for run in _CAPITAL_RUN.findall(text):
            last = _bare(run.rsplit(None, 1)[-1])
            (ending if " " in run.strip() else alone).add(last)
    return alone, ending


def _bare(word: str) -> str:
    return word.rstrip(".").removesuffix("’s").removesuffix("'s").lower()


def _runs(text: str):
    """(words, words before them in the sentence, the sentence text before them) per run of
    capitalised words; a possessive ends a run ("Spain’s | Lucia Ortiz")."""
    for m in _CAPITAL_RUN.finditer(text):
        words = m.group().split()
        before = len(text[: m.start()].split())
        first = 0
        for k, word in enumerate(words):
            if word.endswith(("’s", "'s")) and k + 1 < len(words):
                yield words[first : k + 1], before + first, text[: m.start()]
                first = k + 1
        yield words[first:], before + first, text[: m.start()]


def scan_people(masked: Sequence[str]) -> list[Person]:
    """Every person named in the article, with their title and the sentences naming them.

    Works on capitalised runs found by a regular expression, so that sentences need no
    tokenizing here. A run is a person when it starts with a known first name, follows or holds
    a title ("Pentagon spokesman Jonathan Hoffman", "U.S. President Donald Trump"), or ends in a
    word the article also uses alone ("Lucia Ortiz" ... "Ortiz said").
    """
    lex = lexicon()
    skip = set().union(*lex.words.values())
    # Only an office or honorific makes a lone capitalised word a person ("President Obama").
    offices = lex.roles | lex.words["abbreviation"]
    alone, ending = _alone(masked)
    alone -= skip
    surnames: set[str] = set()
    people: dict[tuple[str, str], Person] = {}
    for index, text in enumerate(masked):
        for words, before, prefix in _runs(text):
            lowered = [w.lower() for w in words]
            last_title = max((k for k, w in enumerate(lowered) if w in lex.titles), default=-1)
            start = last_title + 1
            while start < len(words) and (lowered[start] in skip or lowered[start] in lex.groups or lowered[start].endswith(("’s", "'s"))):
                start += 1
            end = len(words)
            while end > start and lowered[end - 1] in _SUFFIXES:
                end -= 1
            name = words[start:end]
            if not name or len(name) > 4 or any(lex.groups.get(_bare(w)) == "organisation" for w in name):
                continue
            previous = prefix.rsplit(None, 1)[-1].lower() if prefix.strip() else ""
            titled = last_title >= 0 or previous in lex.titles
            described = [w for w in words[:start] if w.lower() not in _HONORIFIC_GENDER]
            if last_title < 0 and previous in lex.titles:
                described = [w for w in prefix.split()[-MAX_TITLE_WORDS:] if w.lower() in lex.titles or w[:1].isupper()]
            description = " ".join(described) or None
            at = before + start
            surname = _bare(name[-1])
            if len(name) == 1:
                office = lowered[start - 1] if start else previous
                if titled and office in offices:
                    honorific = _HONORIFIC_GENDER.get(office)
                    key = ("", surname)
                    person = people.setdefault(key, Person(name[0].rstrip(".,"), surname, key, honorific, description))
                    _mention(person, index, at)
                elif surname in surnames:
                    # "Trump thinks ...": a surname already given in full is a mention too.
                    namesakes = [p for p in people.values() if p.surname == surname and p.key[0]]
                    if len(namesakes) == 1:
                        _mention(namesakes[0], index, at)
                continue
            gender = lex.first_names.get(name[0].lower())
            if gender is None and not titled and not (surname in alone and name[0].lower() not in alone):
                continue
            kept = [w for w in name if len(w.rstrip(".")) > 1 or w is name[0]]
            key = (kept[0].lower(), surname)
            person = people.get(key)
            if person is None:
                full = " ".join(words[start:])
                if full.endswith(".") and len(words[-1]) > 2 and words[-1].lower() not in _SUFFIXES:
                    full = full[:-1]  # the sentence's full stop, not an initial
                person = Person(full.removesuffix("’s").removesuffix("'s"), surname, key, gender, description)
                people[key] = person
                surnames.add(surname)
            _mention(person, index, at)
    return _merge_surnames(people)


def _mention(person: Person, index: int, at: int) -> None:
    person.mentions.append(index)
    if at <= MAX_SUBJECT_START:
        person.subject_of.append(index)


def _merge_surnames(people: dict[tuple[str, str], Person]) -> list[Person]:
    """Fold "President Obama" into "Barack Obama" when the article names one Obama in full."""
    full: dict[str, list[Person]] = {}
    for person in people.values():
        if person.key[0]:
            full.setdefault(person.surname, []).append(person)
    out = []
    for person in people.values():
        namesakes = full.get(person.surname, [])
        if not person.key[0] and len(namesakes) == 1:
            namesakes[0].mentions = sorted(namesakes[0].mentions + person.mentions)
            namesakes[0].subject_of = sorted(namesakes[0].subject_of + person.subject_of)
            if namesakes[0].gender is None:
                namesakes[0].gender = person.gender
            continue
        out.append(person)
    return out


class Resolver:
    """Resolves speaker phrases in article order, remembering who has spoken."""

    def __init__(self, people: Sequence[Person]) -> None:
        self._people = {p.key: p for p in people}
        self._history: list[tuple[str, str, str | None, str | None, int]] = []  # speaker, class, gender, description, sentence
        self._index = 0

    def _person(self, name: str, phrase: Phrase, index: int) -> Person:
        words = [w for w in name.split() if len(w.rstrip(".")) > 1 or w == name.split()[0]]
        key = _key(words)
        person = self._people.get(key)
        if person is None:
            person = Person(name, key[1], key, phrase.gender, phrase.description)
            self._people[key] = person
        if person.gender is None:
            person.gender = phrase.gender or lexicon().first_names.get(key[0])
        person.mentions.append(index)
        return person

    def _by_surname(self, surname: str, gender: str | None, index: int) -> Person | None:
        best, best_seen = None, -1
        candidates = [p for p in self._people.values() if p.surname == surname.lower()]
        # A full name beats a bare "Mr. Smith" entry for the same surname.
        candidates = [p for p in candidates if p.key[0]] or candidates
        for person in candidates:
            if gender and person.gender and gender != person.gender:
                continue
            seen = max((m for m in person.mentions if m <= index), default=-1)
            if seen > best_seen:
                best, best_seen = person, seen
        return best

    def _last_named(self, gender: str | None, index: int, subjects: bool = False, same: bool = False) -> Person | None:
        best, best_seen = None, -1
        for person in self._people.values():
            if gender and person.gender and person.gender != gender:
                continue
            pool = person.subject_of if subjects else person.mentions
            seen = max((m for m in pool if m < index or (same and m == index)), default=-1)
            if seen > best_seen and index - seen <= MAX_PRONOUN_GAP:
                best, best_seen = person, seen
        return best

    def _remember(self, speaker: str, cls: str, gender: str | None, description: str | None) -> None:
        self._history.append((speaker, cls, gender, description, self._index))

    def resolve(self, phrase: Phrase, index: int, appositive: str | None = None, at_start: bool = True) -> Resolved:
        """The canonical speaker for a phrase in sentence ``index``.

        Args:
            phrase: the words naming the speaker, read by ``speakers.read_phrase``.
            index: the sentence number within the article.
            appositive: a description given beside the name (", a nurse").
            at_start: the phrase opens the sentence (so the sentence has no other subject).
        """
        lex = lexicon()
        self._index = index
        if phrase.kind == "person":
            person = self._person(phrase.name, phrase, index)
            description = appositive or phrase.description or person.description
            if person.description is None:
                person.description = description
            self._remember(person.name, "person", person.gender, description)
            return Resolved(person.name, description, "direct")
        if phrase.kind == "surname":
            person = self._by_surname(phrase.name, phrase.gender, index)
            if person is not None:
                person.mentions.append(index)
                description = appositive or phrase.description or person.description
                self._remember(person.name, "person", person.gender, description)
                return Resolved(person.name, description, "surname")
            # An unknown single name ("DuVernay", "Iraq") may be a person or a country.
            cls = "person" if phrase.description or phrase.gender else "name"
            self._remember(phrase.name, cls, phrase.gender, appositive or phrase.description)
            return Resolved(phrase.name, appositive or phrase.description, "direct")
        if phrase.kind == "pronoun":
            return self._pronoun(phrase, index, at_start)
        if phrase.kind == "role":
            for speaker, cls, _, description, _ in reversed(self._history):
                if cls == "person" and description and phrase.head in description.lower():
                    return Resolved(speaker, description, "role")
            for person in sorted(self._people.values(), key=lambda p: max((m for m in p.mentions if m <= index), default=-1), reverse=True):
                if person.description and phrase.head in person.description.lower() and any(m <= index for m in person.mentions):
                    return Resolved(person.name, person.description, "role")
            if phrase.head in lex.roles:
                for speaker, cls, _, description, _ in reversed(self._history):
                    if cls == "person":
                        return Resolved(speaker, description, "role")
            return Resolved(phrase.name, None, "direct")
        if phrase.kind == "organisation" and phrase.name[:4].lower() == "the ":
            for speaker, cls, _, description, _ in reversed(self._history):
                if cls == "organisation" and phrase.head in speaker.lower() and speaker.lower() != phrase.name.lower():
                    return Resolved(speaker, description, "role")
        cls = {"organisation": "organisation", "unnamed": "unnamed"}.get(phrase.kind, "group")
        self._remember(phrase.name, cls, None, appositive)
        return Resolved(phrase.name, appositive, "direct")

    def _pronoun(self, phrase: Phrase, index: int, at_start: bool) -> Resolved:
        fits = lexicon().pronouns.get(phrase.head, "")
        if phrase.head in _PERSON_PRONOUNS:
            gender = _PERSON_PRONOUNS[phrase.head]
            # A person named after the last speaker is the likelier "he" ("Ed Rendell, who ...,
            # agreed ... “...,” he said").
            if not at_start:
                # "Ed Rendell, who ..., agreed ..., he said": the subject of this very sentence.
                here = self._last_named(gender, index, subjects=True, same=True)
                if here is not None and index in here.subject_of:
                    self._remember(here.name, "person", here.gender, here.description)
                    return Resolved(here.name, here.description, "pronoun")
            named = self._last_named(gender, index, subjects=True)
            named_at = max((m for m in named.subject_of if m < index), default=-1) if named else -1
            for speaker, cls, known, description, said in reversed(self._history):
                if index - said > MAX_PRONOUN_GAP:
                    break
                if named is not None and named_at > said and named.name != speaker:
                    break
                if (cls == "person" or (cls == "name" and said == index)) and known in (None, gender):
                    # "DuVernay said she felt ... “...,” she said."
                    self._remember(speaker, "person", known, description)
                    return Resolved(speaker, description, "pronoun")
                if cls == "unnamed":
                    # "an official ... said. He added ...": the unnamed source, not an earlier name.
                    return Resolved(speaker, description, "pronoun")
            # Nobody has spoken yet: the last fitting person the article named.
            person = self._last_named(gender, index)
            if person is not None:
                self._remember(person.name, "person", person.gender, person.description)
                return Resolved(person.name, person.description, "pronoun")
        elif fits == "group":
            for speaker, cls, known, description, said in reversed(self._history):
                if index - said > MAX_PRONOUN_GAP:
                    break
                if cls in ("organisation", "group", "name"):
                    return Resolved(speaker, description, "pronoun")
        return Resolved(phrase.name, None, "direct")
