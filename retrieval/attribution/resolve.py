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
# "he"/"she" looks back at most this many sentences for its speaker; further back, a reader
# no longer links the pronoun to that name either.
MAX_PRONOUN_GAP = 30
# A name starting within this many tokens of the sentence start is taken as its subject
# ("Former Pennsylvania Gov. Ed Rendell, who ..., agreed").
MAX_SUBJECT_START = 4
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


def _description(toks: Sequence[Token], start: int) -> str | None:
    lex = lexicon()
    k = start - 1
    while k >= 0 and start - k <= MAX_TITLE_WORDS and toks[k].is_word and (toks[k].lower in lex.titles or toks[k].is_cap):
        k -= 1
    words = [t.text for t in toks[k + 1 : start] if t.lower not in ("mr.", "mrs.", "ms.", "mr", "mrs", "ms")]
    return " ".join(words) or None


def _hints(lex) -> frozenset[str]:
    # Capitalised words that may start or precede a person's name.
    return frozenset(lex.first_names) | lex.titles


def scan_people(masked: Sequence[str], tokenized: Sequence[Sequence[Token] | None]) -> list[Person]:
    """Every person named in the article, with their title and the sentences naming them.

    Args:
        masked: each sentence with quotations hidden.
        tokenized: each sentence's tokens when the caller has them, else None; a sentence
            with no first name, title or known surname in it is not tokenized at all.
    """
    lex = lexicon()
    skip = set().union(*lex.words.values())
    # Only an office or honorific makes a lone capitalised word a person ("President Obama").
    offices = lex.roles | lex.words["abbreviation"]
    hints = _hints(lex)
    surnames: set[str] = set()
    people: dict[tuple[str, str], Person] = {}
    for index, toks in enumerate(tokenized):
        if toks is None:
            capitals = {w.lower() for w in _CAPITALISED.findall(masked[index])}
            if len(capitals) < 1 or (capitals.isdisjoint(hints) and capitals.isdisjoint(surnames)):
                continue
            toks = tokenize(masked[index])
        k = len(toks) - 1
        while k >= 0:
            if not toks[k].is_cap or toks[k].lower in lex.titles:
                k -= 1
                continue
            start = name_run(toks, k)
            end = k
            k = min(start, end) - 1
            while start <= end and (toks[start].lower in skip or toks[start].lower in lex.groups):
                start += 1
            if end < start or end - start > 3:
                continue
            run = toks[start : end + 1]
            if any(lex.groups.get(t.lower) == "organisation" for t in run):
                continue
            titled = start > 0 and toks[start - 1].lower in lex.titles
            if end == start:
                if titled and toks[start - 1].is_cap and toks[start - 1].lower in offices:
                    # "President Obama", "Mr. Clarke": a person known by surname alone.
                    honorific = _HONORIFIC_GENDER.get(toks[start - 1].lower)
                    key = ("", run[0].lower)
                    person = people.setdefault(key, Person(run[0].text, key[1], key, honorific, _description(toks, start)))
                    _mention(person, index, start)
                else:
                    # "Trump thinks ...": a surname already given in full is a mention too.
                    namesakes = [p for p in people.values() if p.surname == run[0].lower and p.key[0]]
                    if len(namesakes) == 1:
                        _mention(namesakes[0], index, start)
                continue
            gender = lex.first_names.get(run[0].lower)
            if gender is None and not titled:
                continue
            words = [t.text for t in run if len(t.text.rstrip(".")) > 1 or t is run[0]]
            key = _key(words)
            person = people.get(key)
            if person is None:
                person = Person(" ".join(t.text for t in run), key[1], key, gender, _description(toks, start))
                people[key] = person
                surnames.add(key[1])
            _mention(person, index, start)
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
