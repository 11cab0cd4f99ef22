"""References back: "he", "his defense team", "the spokesman", "one of them", "the company".

The resolution of a phrase that names no one itself, from what ``resolve_memory.ArticleMemory``
remembers: a pronoun by the ranker (``ranking``), a role by the last person described so
(``descriptions``), a description of a body by the organisations named (``organisations``).
"""

from __future__ import annotations

import re

from retrieval.attribution.appositives import owned_name
from retrieval.attribution.descriptions import described, named_before, other_role, person_noun, possessive_owner
from retrieval.attribution.groups import group_referent, partitive_name, recent_group
from retrieval.attribution.kin import owned_relative
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.mentions import mentioned_representative
from retrieval.attribution.organisations import described_body
from retrieval.attribution.ranking import rank
from retrieval.attribution.resolve_memory import ArticleMemory, Resolved
from retrieval.attribution.salience import MAX_PRONOUN_GAP, PronounAt, described_person, rule_pick
from retrieval.attribution.speakers import Phrase

__all__ = ["References", "UNNAMED_TAIL"]

# "A local obstetrician calls ... He says ... the doctor says": an unnamed source a "he" goes back to
# within this many clauses spoke again.
UNNAMED_TAIL = 3


class References(ArticleMemory):
    """Resolves the phrases that refer back to someone heard or named before."""

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
