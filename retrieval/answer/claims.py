"""The verb of a claim: "who said interest rates would **fall**?" asks who said they would fall.

A sentence sharing the claim's other words ("interest rates") but not what it says happens is no
answer to it: the bank that raised rates did not say they would fall. An answer holds the verb or
a word related to it ("drop", "cut"); when the articles hold none, the question is told so instead
of given the nearest sentence. So with a name the question asks about ("who commented on the
**Brexit** vote?"): when no article uses it, a sentence sharing only "vote" is no answer.
"""

from __future__ import annotations

import calendar
import functools
import re
from typing import Callable

from retrieval.answer.matching import query_terms
from retrieval.answer.related import phrase_frequency, related_terms
from retrieval.index.terms import tokenize
from retrieval.lexicon import words

__all__ = ["claim_verb", "claim_terms", "unheld_claim", "unheld_name"]

_PARTICIPLE = ("ed", "en")  # after an auxiliary, only a participle is the claim's verb
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def claim_verb(topic: str) -> tuple[str, str | None] | None:
    """The verb after a claim's modal ("would fall", "would be overturned") or auxiliary ("had
    postponed", "was injured") and the word after it (a particle: "go up"), as written; None when
    the topic has none."""
    found = _WORDS.findall(topic)
    modals, auxiliaries, fillers = words("claim_modals.txt"), words("claim_auxiliaries.txt"), words("claim_fillers.txt")
    for i, word in enumerate(found):
        if word.lower() not in modals and word.lower() not in auxiliaries:
            continue
        j = i + 1
        while j < len(found) and found[j].lower() in fillers:
            j += 1
        if j < len(found) and found[j].lower() in words("query_stopwords.txt"):
            return None  # "rates will in the end ...": no verb of a claim
        if j < len(found) and (word.lower() in modals or found[j].lower().endswith(_PARTICIPLE)):
            return found[j], (found[j + 1] if j + 1 < len(found) else None)
    return None


def claim_terms(topic: str | None) -> frozenset[str]:
    """Index terms any of which a sentence must hold to say the claim: its verb's and the verb's
    relatives' ("fall": "drop", "fell", "declin", ...; "go up": "rise"); empty with no modal."""
    claim = claim_verb(topic or "")
    if claim is None:
        return frozenset()
    verb, particle = claim
    terms = tokenize(verb)
    phrases = [f"{terms[-1]}_{t}" for t in tokenize(particle)] if particle and terms else []
    if verb.lower() in words("light_verbs.txt") and not any(related_terms(p) for p in phrases):
        return frozenset()  # "would make a great leader": the claim is in what follows
    found = frozenset(terms).union(*(related_terms(key) for key in [*terms, *phrases]))
    # A phrasal verb's words say little alone ("go"), its one-word relatives what it means ("go
    # up": "rise"), and theirs how articles say it ("rise": "increase", "raise").
    return found.union(*(related_terms(r) for p in phrases for r in related_terms(p)))


def unheld_claim(topic: str | None, frequency: Callable[[str], int]) -> str | None:
    """The claim's verb when the articles hold neither it nor a word related to it, else None.

    Args:
        topic: the question's topic ("interest rates would fall").
        frequency: how many sentences hold an index term.
    """
    terms = claim_terms(topic)
    if not terms or any(phrase_frequency(t, frequency) > 0 for t in terms):
        return None
    claim = claim_verb(topic or "")
    return claim[0] if claim else None


def unheld_name(topic: str | None, frequency: Callable[[str], int]) -> str | None:
    """A name the topic asks about (a capitalised word after its first, not an acronym) that no
    article uses and no related word stands for, else None; None too when nothing the topic asks
    is in the articles (the plain "found nothing" says that). A name has no paraphrase a
    sentence could hold instead; a month or a weekday is no name but a date, which a sentence
    may write otherwise ("the September 11 attacks" are "9/11")."""
    if not any(frequency(t) for t in query_terms(topic)):
        return None
    for word in _WORDS.findall(topic or "")[1:]:
        terms = tokenize(word)
        if word.lower() in _calendar_names():
            continue
        if word[:1].isupper() and not word.isupper() and terms and not any(frequency(t) or related_terms(t) for t in terms):
            return word
    return None


@functools.cache
def _calendar_names() -> frozenset[str]:
    """Month and weekday names, lower-case (the calendar's own, English); not their short forms,
    which are names too ("the Sun", "Jan")."""
    names = [*calendar.month_name[1:], *calendar.day_name]
    return frozenset(n.lower() for n in names)
