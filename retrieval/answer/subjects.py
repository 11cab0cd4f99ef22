"""Whose quotes "what did X say?" searches: the speakers X names, and the sentences that are theirs.

Tried in turn until one finds someone: the speakers named by name, role or acronym
(``speakers``; for an owner's role, also those a sentence describes so beside their name), or as an
owner's document or voice (``owned``); for a body, also those an
article describes by its name (``described``); a role headed by a place or a body ("the Clippers
coach", ``described.headed_speakers``). The person's quotes filed under another name of theirs
are added (``namesakes``), and for a body those who answer for it in articles naming it
(``body_voices``: "a company spokeswoman"); with nobody found, a full-named owner is tried by the
surname alone, by name or description ("Kate Steinle's father" as "Steinle's father"), then the sentences reported
through a source the question names (``described.via_sentences``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

import numpy as np

from retrieval.answer.body_voices import voice_quotes
from retrieval.answer.described import described_speakers, headed_speakers, via_sentences
from retrieval.answer.namesakes import namesake_quotes
from retrieval.answer.owned import owned_speakers
from retrieval.answer.speakers import SpeakerMatcher
from retrieval.attribution.lexicon import lexicon
from retrieval.index.library import Searcher
from retrieval.lexicon import words

__all__ = ["Asked", "asked_speakers"]


@dataclass(frozen=True, slots=True)
class Asked:
    """The speakers a subject names and the sentences searched for their words."""

    found: list[int]  # speaker indices
    also: np.ndarray  # their quotes filed under another name (``namesakes``), their voices' (``body_voices``)
    through: list[int]  # with nobody found: sentences reported through the source asked about

    def pool(self, quoted_by: Callable[[list[int]], np.ndarray]) -> np.ndarray:
        """Every sentence searched for the answer, in corpus order."""
        if not self.found and not len(self.also):
            return np.array(self.through, np.int64)
        own = quoted_by(self.found) if self.found else np.empty(0, np.int64)
        return np.union1d(own, self.also).astype(np.int64) if len(self.also) else own

    def __bool__(self) -> bool:
        return bool(self.found or len(self.also) or self.through)


def asked_speakers(
    library: Searcher, matcher: SpeakerMatcher, attributed: np.ndarray, subject: str, role: Callable[[str], list[int]], quoted_by: Callable[[list[int]], np.ndarray]
) -> Asked:
    """Whom ``subject`` names (``role``: the speakers a bare role names, for a headed role)."""
    found = matcher.find(subject) or owned_speakers(subject, matcher.find, library.speakers)
    if found and _owned_role(subject) and not matcher.bodies(found):
        # "Linton's lawyer": an owner's role is held by whoever a sentence so describes beside
        # their name too ("Linton's attorney, Adam Richards"), not only by those the attribution
        # describes (only for an owner's: reading the sentences costs what not finding anyone does).
        found = list(dict.fromkeys(found + described_speakers(library, attributed, subject)))
    if not found or matcher.bodies(found):
        # "what did the IMF say?": the fund's own statements and those of "an IMF director"
        names = [n for n in [subject, *map(matcher.initials, found)] if n and _plain_name(n)]
        found = list(dict.fromkeys(found + [i for n in names for i in described_speakers(library, attributed, n)]))
    found = found or headed_speakers(library, subject, role, quoted_by, matcher.person_named)
    if not found and (surnamed := _by_surname(subject)):
        # "Kate Steinle's father": the article names her "Steinle" ("Steinle's father, Jim, told");
        # only as written beside a name, never a role in an article naming another "Hunter".
        found = matcher.find(surnamed) or described_speakers(library, attributed, surnamed)
    also = np.union1d(namesake_quotes(library, subject, found, matcher.find, matcher.bodies, quoted_by), voice_quotes(library, subject, matcher.find, quoted_by))
    through = [] if found or len(also) else via_sentences(library, attributed, subject)
    return Asked(found, also.astype(np.int64), through)


# "Kate Steinle's father", "the late Samantha Dean's sister": a person's full name owning a role.
_FULL_OWNER = re.compile(r"^(?P<lead>(?:the\s+)?)(?P<given>[A-Z][a-z]+)\s+(?P<rest>[A-Z][\w’'.-]*['’]s\s+\S.*)$")


def _by_surname(subject: str) -> str | None:
    """The subject with a possessive owner's given name dropped, as articles name a person after
    the first mention ("Steinle's father"); None unless the owner's first word is a given name
    (``first_names``): "West Virginia's environment chief" keeps its state whole."""
    match = _FULL_OWNER.match(subject.strip())
    if match is None or match.group("given").lower() not in lexicon().first_names:
        return None
    return match.group("lead") + match.group("rest")


def _plain_name(subject: str) -> bool:
    """Whether no word of ``subject`` is also a question word: "the WHO" is, so no sentence
    describing someone "who ..." names one of its people."""
    stop = words("query_stopwords.txt")
    return not any(w.lower() in stop for w in subject.split() if w.lower() not in ("the", "a", "an"))


# "Linton's lawyer", "the mayor's press aide": a possessive, then lower-case words to the end.
_OWNED_ROLE = re.compile(r"^.*\S['’]s?\s+(?:[a-z][\w-]*\s+)*[a-z][\w-]*$")


def _owned_role(subject: str) -> bool:
    """Whether ``subject`` is an owner's lower-case role ("Linton's lawyer", "the mayor's aide"),
    not a name ("Adam Richards", "Linton's Law Firm") nor a bare role ("the police chief")."""
    return bool(_OWNED_ROLE.match(subject.strip()))
