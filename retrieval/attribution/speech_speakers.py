"""Who speaks in a sentence the speech model finds reported speech in, from what the rules read.

Three readings, each of which may be missing: the person the article names who opens the
sentence as its subject (the people scan's ``subject_of`` and ``opens_clause``); the sentence's
subject phrase ("The company", "Lawyer Pat Cipollone", "Aides"), resolved like any speaker's
phrase, left out when it is a pronoun, stays unresolved, or names nothing that speaks (neither a
person nor a head the lexicon knows as a role, title or group: "The bridge", "The book"); the speaker the rules gave the
sentence just before, in the same paragraph, or across a paragraph break when the sentence goes
on a quotation left open. ``choose`` takes the first present in ``ORDER``; a pronoun subject
takes only the sentence before's speaker ("He followed that with a tweet ..."), and with none
of them the sentence keeps no speaker: a wrong speaker is as wrong as none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from retrieval.attribution.descriptions import possessive_owner
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.people import Person
from retrieval.attribution.resolve import Resolver
from retrieval.attribution.speakers import read_phrase
from retrieval.attribution.phrases import Span
from retrieval.attribution.subjects import sentence_subject
from retrieval.attribution.tokens import Token

__all__ = ["Candidates", "ORDER", "candidates", "choose"]

# The readings tried in turn (see the module's docstring); fixed by leave-one-set-out measurement
# in evals/train_speech_model.py.
ORDER = ("previous", "person", "phrase")
# Subject phrases read as these kinds may speak whatever their head; any other needs a head the
# lexicon knows as a role, a title or a group ("The company", "Aides"), never "The bridge".
SPEAKING_KINDS = frozenset({"person", "surname"})
_POSSESSIVE = re.compile(r"[’'](?:s\b|(?=\s))")  # "Romney’s", "Davis' sister"


@dataclass(frozen=True, slots=True)
class Candidates:
    """The readings of one sentence's speaker; None where there is none."""

    person: str | None
    phrase: str | None
    previous: str | None
    pronoun: bool  # the sentence's subject is a pronoun
    phrase_kind: str | None = None  # how the subject phrase reads ("organisation", "role", ...)
    phrase_head: str = ""  # the subject phrase's head noun, lower case ("company", "bridge")
    paragraph: str | None = None  # the latest speaker the rules gave earlier in the paragraph
    named: str | None = None  # the first person the sentence names anywhere but as the one spoken to
    following: str | None = None  # the speaker the rules gave the next sentence, in the paragraph


def candidates(
    i: int, toks: Sequence[Token], text: str, people: Sequence[Person], resolver: Resolver, previous: str | None,
    paragraph: str | None = None, following: str | None = None,
) -> Candidates:
    """The readings of sentence ``i`` (``toks``: its masked tokens, ``text``: as written);
    ``previous``: the speaker the rules gave the sentence before, when it may go on;
    ``paragraph``: the latest one they gave earlier in its paragraph; ``following``: the one they
    gave the next sentence in it."""
    span = sentence_subject(toks)
    opening = [p for p in people if (i in p.subject_of or i in p.opens_clause) and _heads_subject(p, i, toks, span, text)]
    person = min(opening, key=lambda p: p.first_at.get(i, len(text))).name if opening else None
    naming = [p for p in people if i in p.first_at and i not in p.addressed]
    named = min(naming, key=lambda p: p.first_at[i]).name if naming else None
    phrase, pronoun, kind, head = None, False, None, ""
    if span is not None and span.last < len(toks):
        written = text[toks[span.first].start : toks[span.last].end]
        read = read_phrase(written, list(toks[span.first : span.last + 1]))
        kind, head = read.kind, read.head
        if read.kind == "pronoun" or toks[span.first].lower in lexicon().subject_pronouns or possessive_owner(toks[span.first].lower):
            # A pronoun, or a subject a pronoun owns ("his campaign"): only the speaker before may say
            # who, since the resolver has already read the article's later sentences.
            pronoun = True
        else:
            found = resolver.resolve(read, i)
            phrase = found.speaker if found.resolution != "unresolved" and _may_speak(kind, head) else None
    return Candidates(person, phrase, previous, pronoun, kind, head, paragraph, named, following)


def _heads_subject(person: Person, i: int, toks: Sequence[Token], span: Span | None, text: str) -> bool:
    """The person opening sentence ``i`` is its subject: not an owner ("Romney’s wife, Ann,
    blamed ..." is not Romney's), and inside the subject phrase when that phrase describes
    someone else ("Within moments of Donald Trump finishing ..., his campaign sent" is the
    campaign's; "The Trump campaign has made ... excuses ...: Whatever you think, Michelle Obama
    did not invent ..." is not Obama's). A subject read as a bare capitalised run ("Related Video In a speech ...,
    Mark Zuckerberg discussed") may be the scan's misreading, and the person stands."""
    at = person.first_at.get(i)
    if at is None:
        return True
    end = text.lower().find(person.surname, at)
    if end >= 0 and _POSSESSIVE.match(text, end + len(person.surname)):
        return False
    if span is None or span.last >= len(toks) or not _described(toks[span.first].lower):
        return True
    return toks[span.first].start <= at < toks[span.last].end


def _described(first: str) -> bool:
    """A subject phrase opened by a determiner or an owner pronoun ("the campaign", "his aide")."""
    return first in lexicon().words["determiner"] or possessive_owner(first) is not None


def _may_speak(kind: str, head: str) -> bool:
    lex = lexicon()
    return kind in SPEAKING_KINDS or head in lex.roles or head in lex.titles or head in lex.groups


def choose(found: Candidates, order: Sequence[str] = ORDER) -> tuple[str, str] | None:
    """(speaker, the reading it came from): the first reading of ``order`` that is present; a
    pronoun subject takes only ``previous``."""
    if found.pronoun:
        return (found.previous, "previous") if found.previous else None
    return next(((getattr(found, name), name) for name in order if getattr(found, name)), None)
