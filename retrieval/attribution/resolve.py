"""Resolution: link pronouns, bare surnames and role nouns to the people named in the article.

A bare surname goes to the person of that surname mentioned most recently, never to a namesake
not yet named; "he"/"she" to the subject of the same sentence, else to a fitting person who opened
a sentence after the last fitting speaker, else to a newcomer introduced in full (``salience``), else to the
last fitting speaker; "the spokesman" to the last one described so, "the source" to an unnamed one (``informants``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from retrieval.attribution.aliases import ArticleAliases
from retrieval.attribution.backrefs import pair_of, repeated_document
from retrieval.attribution.documents import generic_document
from retrieval.attribution.cut_names import whole_name
from retrieval.attribution.descriptions import described, named_before, other_role, person_noun, possessive_owner
from retrieval.attribution.groups import group_referent, partitive, partitive_name, plural_group, recent_group, together
from retrieval.attribution.informants import refers_back, repeats_source
from retrieval.attribution.kin import Couples, owned_relative
from retrieval.attribution.kin_names import named_relative
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.mentions import mentioned_representative
from retrieval.attribution.misspelt import misspelt
from retrieval.attribution.owned_sources import owner_speaks
from retrieval.attribution.organisations import Organisation, described_body, longer_name, scan_organisations
from retrieval.attribution.people import Person, by_surname, is_initial, person_key
from retrieval.attribution.ranking import rank
from retrieval.attribution.salience import MAX_PRONOUN_GAP, PronounAt, described_person, rule_pick, titled_person
from retrieval.attribution.speakers import Phrase, named_appositive, owned_name
from retrieval.models import Resolution

__all__ = ["Resolved", "Resolver", "plural_group"]

# "A local obstetrician calls ... He says ... the doctor says": an unnamed source a "he" goes back to
# within this many clauses spoke again.
UNNAMED_TAIL = 3


@dataclass(frozen=True, slots=True)
class Resolved:
    speaker: str
    description: str | None
    resolution: Resolution


class Resolver:
    """Resolves speaker phrases in article order, remembering who has spoken."""

    def __init__(
        self, people: Sequence[Person], masked: Sequence[str] = (), group_subject: Callable[[int], str | None] | None = None, paragraph_of: Sequence[int] = ()
    ) -> None:
        """``masked``: the article's sentences with quotations hidden, read for organisation names only
        when a description like "the company" needs them. ``group_subject``: the plural group opening a sentence, if any ("Three firefighters").
        ``paragraph_of``: each sentence's paragraph number, which a "he"/"she" weighs."""
        self._paragraph_of = paragraph_of
        self._people = {p.key: p for p in people}
        self._group_subject = group_subject
        self._masked = masked
        self._bodies: list[Organisation] | None = None
        self._aliases = ArticleAliases(masked)  # "BW said" after "British Widgets (BW)"
        self._couples = Couples(masked, self._people)  # "his family" after "Erica and Roger Triantafilo"
        self._history: list[tuple[str, str, str | None, str | None, int]] = []  # speaker, class, gender, description, sentence
        self._learned: dict[str, str] = {}  # speaker -> gender, from a "he"/"she" that referred to them
        self._documents: dict[str, str] = {}  # document noun -> the speaker who put out the last one ("report" -> Marshall)
        self._index = 0

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

    def resolve(self, phrase: Phrase, index: int, appositive: str | None = None, at_start: bool = True) -> Resolved:
        """The canonical speaker for a phrase in sentence ``index``.

        Args:
            phrase: the words naming the speaker, read by ``speakers.read_phrase``.
            index: the sentence number within the article.
            appositive: a description given beside the name (", a nurse").
            at_start: the phrase opens the sentence (so the sentence has no other subject).
        """
        phrase = owner_speaks(phrase) or phrase  # "according to Twitter's data", "his tweet continued"
        if appositive and (named := named_appositive(phrase, appositive) or named_relative(phrase, appositive)) is not None:
            phrase, appositive = named  # "Motel 6's parent company, G6 Hospitality LLC, said"
        phrase, appositive = whole_name(phrase, self._masked[index] if index < len(self._masked) else "", appositive)  # "Small Arms Analytics | & Forecasting"
        found = self._resolve(phrase, index, appositive, at_start)
        if phrase.document and found.resolution != "unresolved":
            self._documents[phrase.document] = found.speaker  # "according to Marshall's report"
        return found

    def hear_again(self, speaker: str) -> None:
        """ "Bremmer quoted Trump as saying ...": the reporter, heard before the source, is the latest speaker."""
        self._history.extend([entry for entry in self._history if entry[0] == speaker][-1:])

    def note_documents(self, nouns: Sequence[str], speaker: str) -> None:
        """ "Marshall issued a report saying ...": a later "the report" is Marshall's."""
        self._documents.update((noun, speaker) for noun in nouns)

    def _resolve(self, phrase: Phrase, index: int, appositive: str | None, at_start: bool) -> Resolved:
        self._index = index
        document = self._documents.get(repeated_document(phrase.name) or "")
        known = document or self._aliases.full(phrase.name)
        if known is not None:
            # "BW said" after "British Widgets (BW)": one speaker, however the article writes it;
            # "according to the report" after "Marshall issued a report": the report's author.
            person = next((p for p in self._people.values() if p.name == known), None)
            if not document:  # a document's author is not heard anew: "the letter said ... they wrote"
                self._remember(known, "person" if person else "organisation", person.gender if person else None, None)
            return Resolved(known, phrase.name if document else None, "role" if document else "alias")
        if phrase.kind != "person" and (titled := titled_person(self._people.values(), phrase.name, index)) is not None:
            self._remember(titled.name, "person", titled.gender, titled.description)
            return Resolved(titled.name, titled.description, "role")
        if phrase.kind not in ("person", "surname", "pronoun") and (owned := self._owned(phrase, index, at_start)) is not None:
            return owned
        if phrase.kind == "person":
            person = self._person(phrase.name, phrase, index)
            description = appositive or phrase.description or person.description
            if person.description is None:
                person.description = description
            self._remember(person.name, "person", person.gender, description)
            return Resolved(person.name, description, "direct")
        other = self._written_otherwise(phrase, index)
        if other is not None:
            return other
        if phrase.kind == "surname":
            return self._surname(phrase, index, appositive)
        if phrase.kind == "pronoun":
            return self._pronoun(phrase, index, at_start)
        quantity = partitive(phrase.name)
        if quantity is not None:
            return self._partitive(quantity, phrase, index)
        if phrase.kind == "role":
            return self._role(phrase, index)
        if phrase.kind == "organisation" and phrase.name.lower().startswith("the "):
            for speaker, cls, _, description, _ in reversed(self._history):
                if cls == "organisation" and phrase.head in speaker.lower() and speaker.lower() != phrase.name.lower():
                    return Resolved(speaker, description, "role")
        if phrase.kind in ("unnamed", "group") and refers_back(phrase.name):
            for speaker, cls, _, description, said in reversed(self._history):
                if cls in ("unnamed", "group") and speaker.lower() != phrase.name.lower() and repeats_source(phrase.name, phrase.head, speaker, index - said):
                    return Resolved(speaker, description, "role")  # "a person familiar with the matter" ... "the source"
            found = described(self._history, self._people.values(), phrase.name, phrase.head, index) if phrase.head in lexicon().titles else None
            if found is not None and not found[2]:
                return Resolved(found[0], found[1], "role")  # "the speaker" after "House Speaker John Boehner"
        if phrase.kind in ("organisation", "unnamed"):
            document = generic_document(phrase.name, self._history, self._masked, index)  # "A lawsuit says ... the document"
            body = self._body(phrase, index) or (Resolved(document, phrase.name, "role") if document else None)
            if body is not None:
                return body
        cls = {"organisation": "organisation", "unnamed": "unnamed"}.get(phrase.kind, "group")
        self._remember(phrase.name, cls, None, appositive)
        return Resolved(phrase.name, appositive, "direct")

    def _owned(self, phrase: Phrase, index: int, at_start: bool) -> Resolved | None:
        """ "His defense team argued" -> "Bradley Manning's defense team": the person a "his"/"her"
        opening the phrase points to (by the rules of a "he"/"she"), named as the owner."""
        first, _, rest = phrase.name.partition(" ")
        pronoun = possessive_owner(first)
        if not rest or pronoun not in lexicon().pronoun_genders:
            return None
        at = PronounAt(list(self._people.values()), self._history, self._learned, lexicon().pronoun_genders[pronoun], index, at_start)
        pick = rule_pick(at)
        if pick is None or not any(p.name == pick.name for p in self._people.values()):
            return None  # "his allies" after "one aide said": an owner never named stays as written
        name = self._couples.of(rest, pick.name.split()[-1].lower()) or owned_name(pick.name, rest)  # "his family"
        self._remember(name, "organisation", None, None)
        return Resolved(name, None, "pronoun")

    def _written_otherwise(self, phrase: Phrase, index: int) -> Resolved | None:
        """Speakers named before, written another way: "Richards and Yelling agree" -> "Hugh
        Richards and Liz Yelling" (``groups.together``); "the Syrian Observatory said" -> the longer
        name heard before (``_longer_body``); "Both leaders said", "Tara's owners said" -> the two
        people named last (``backrefs.pair_of``)."""
        pair = (self._couples.of(phrase.name) if phrase.kind != "person" else None) or (
            pair_of(list(self._people.values()), self._history, phrase.name, index) if phrase.kind in ("group", "role", "unnamed", "organisation") else None
        )
        if pair is not None:
            self._remember(pair, "group", None, phrase.name)
            return Resolved(pair, phrase.name, "role")
        if phrase.kind == "group":
            named = lambda n: getattr(self._by_surname(n, None, index), "name", None)  # noqa: E731
            if (joined := together(phrase.name, named)) is not None:
                self._remember(joined, "group", None, None)
                return Resolved(joined, None, "surname")
        return self._longer_body(phrase.name) if phrase.kind == "organisation" else None

    def _longer_body(self, name: str) -> Resolved | None:
        """ "Syrian Observatory", "Pew" -> a body heard before under a longer name those words open."""
        longer = longer_name(name, [speaker for speaker, cls, *_ in self._history if cls == "organisation"]) if name[:1].isupper() else None
        if longer is None:
            return None
        self._remember(longer, "organisation", None, None)
        return Resolved(longer, None, "alias")

    def _surname(self, phrase: Phrase, index: int, appositive: str | None) -> Resolved:
        """ "Hoffman said" -> the Hoffman named before; an unknown single name stays as written."""
        person = self._by_surname(phrase.name, phrase.gender, index) or misspelt(self._people.values(), phrase.name, index)
        if person is not None:
            person.mentions.append(index)
            description = appositive or phrase.description or person.description
            self._remember(person.name, "person", person.gender, description)
            return Resolved(person.name, description, "surname")
        # An unknown single name ("DuVernay", "Iraq") may be a person or a country; a known first name ("Melanie said") is a person.
        gender = phrase.gender or lexicon().first_names.get(phrase.name.lower())
        if not (gender or phrase.description) and (body := self._longer_body(phrase.name)):
            return body  # "the Pew study found" after "the Pew Research Center": its first word
        cls = "person" if appositive or phrase.description or gender else "name"
        self._remember(phrase.name, cls, gender, appositive or phrase.description)
        return Resolved(phrase.name, appositive or phrase.description, "direct")

    def _role(self, phrase: Phrase, index: int) -> Resolved:
        """ "the spokesman said" -> the last person described as one, else the last person
        speaker for a listed role, else the one body that fits ("the company")."""
        found = described(self._history, self._people.values(), phrase.name, phrase.head, index)
        if found is not None:
            speaker, description, unnamed = found
            if unnamed:
                self._remember(speaker, "unnamed", None, description)
            return Resolved(speaker, description, "role")
        if phrase.head in lexicon().roles:
            for speaker, cls, _, description, _ in reversed(self._history):
                # "Deputy Prime Minister John Pratt" is nobody "the prime minister" refers to.
                if cls == "person" and not (description and phrase.head in description.lower().split()) and not other_role(description, phrase.head):
                    return Resolved(speaker, description, "role")
        person, gender = person_noun(phrase.head)
        person = person and not owned_relative(phrase.name)  # "the victim's sister": not whoever spoke last
        found = (self._described_person(gender, index) if person else None) or self._body(phrase, index)
        mentioned = None if found else mentioned_representative(phrase.name, phrase.head, self._masked, index)  # "A spokesperson for X provided a statement"
        return found or (Resolved(mentioned, None, "role") if mentioned else Resolved(phrase.name, None, "unresolved"))

    def _described_person(self, gender: str | None, index: int) -> Resolved | None:
        """ "Mr Bannatyne withdrew his threat, the entrepreneur said": ``salience.described_person``."""
        found = described_person(PronounAt(list(self._people.values()), self._history, self._learned, gender or "", index, False))
        if found is None:
            return None
        if found.unnamed:
            self._remember(found.name, "unnamed", None, found.description)
        return Resolved(found.name, found.description, "role")

    def _partitive(self, quantity: str, phrase: Phrase, index: int) -> Resolved:
        """ "One of them said": one of the group that spoke or opened a sentence just before."""
        group = recent_group(self._history, index, self._group_subject)
        name = partitive_name(quantity, group) if group is not None else phrase.name
        self._remember(name, "unnamed", None, None)
        return Resolved(name, None, "pronoun" if group is not None else "unresolved")

    def _scanned_bodies(self) -> list[Organisation]:
        self._bodies = self._bodies if self._bodies is not None else scan_organisations(self._masked)
        return self._bodies

    def _body(self, phrase: Phrase, index: int) -> Resolved | None:
        """ "The company said" -> ``organisations.described_body``; "the real estate mogul" -> ``descriptions.named_before``."""
        name = described_body(phrase.name.split(), phrase.head, self._scanned_bodies, self._history, index, self._masked)
        if name is None:  # a role ("the president") has its own look-ups (``_role``)
            return Resolved(found.name, found.description, "role") if phrase.kind != "role" and (found := named_before(self._people.values(), phrase.name, phrase.head, index, self._masked)) else None
        self._remember(name, "organisation", None, phrase.name)
        return Resolved(name, " ".join(phrase.name.split()[1:]), "role")

    def _pronoun(self, phrase: Phrase, index: int, at_start: bool) -> Resolved:
        fits = lexicon().pronouns.get(phrase.head, "")
        if phrase.head in lexicon().pronoun_genders:
            gender = lexicon().pronoun_genders[phrase.head]
            people = list(self._people.values())
            found = re.search(rf"\b{re.escape(phrase.name)}\b", self._masked[index], re.IGNORECASE) if index < len(self._masked) else None
            at = PronounAt(people, self._history, self._learned, gender, index, at_start)
            pick = rank(at, rule_pick(at, found.start() if found else None), self._paragraph_of)
            if pick is None:
                return Resolved(phrase.name, None, "unresolved")
            if pick.learn:
                self._learn(pick.name, gender)
            unnamed = any(speaker == pick.name and cls == "unnamed" for speaker, cls, *_ in self._history[-UNNAMED_TAIL:])
            if pick.remember or unnamed:
                self._remember(pick.name, "unnamed" if unnamed else "person", pick.gender, pick.description)
            return Resolved(pick.name, pick.description, "pronoun")
        found = group_referent(self._history, index, MAX_PRONOUN_GAP) if fits == "group" else None  # "they said" after "the union said"
        return Resolved(found[0], found[1], "pronoun") if found else Resolved(phrase.name, None, "unresolved")
