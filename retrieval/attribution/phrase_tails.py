"""Words a speaker phrase ends with that name no one: "Donald Trump himself said", "Republicans in
particular have insisted", "ISU pretty much admits".

Pure: ``trimmed`` gives the phrase without them, for ``speakers.read_phrase``. The closing words
are data (``speaker_tails.txt``).
"""

from __future__ import annotations

from functools import lru_cache

from retrieval.lexicon import lines

__all__ = ["trimmed", "unkinded"]


@lru_cache(maxsize=1)
def _tails() -> tuple[tuple[str, ...], ...]:
    """The closing words, longest first, each as its lower-case words."""
    return tuple(sorted((tuple(line.lower().split()) for line in lines("speaker_tails.txt")), key=len, reverse=True))


@lru_cache(maxsize=1)
def _last_words() -> frozenset[str]:
    return frozenset(tail[-1] for tail in _tails())


def trimmed(text: str) -> str:
    """The phrase without a closing reflexive or adverbial; the phrase itself when nothing is
    dropped, or when only such words remain ("himself")."""
    words = text.split()
    if not words or words[-1].lower().strip(",") not in _last_words():
        return text  # most phrases: no closing word to look at
    lowered = [w.lower().strip(",") for w in words]
    for tail in _tails():
        if len(words) > len(tail) and tuple(lowered[-len(tail) :]) == tail:
            return trimmed(" ".join(words[: -len(tail)]).rstrip(","))
    return text


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[str, ...], ...]:
    """The kind nouns written after a body's name (``kind_tails.txt``), longest first."""
    return tuple(sorted((tuple(line.lower().split()) for line in lines("kind_tails.txt")), key=len, reverse=True))


def unkinded(text: str) -> str:
    """ "Union Pacific railroad" -> "Union Pacific", "AFP news agency" -> "AFP": a body's name
    without the lower-case noun of its kind after it, when the name is two capitalised words or
    more, or an acronym; the phrase itself otherwise ("Republican group", "the company")."""
    words = text.split()
    for tail in _kinds():
        if len(words) > len(tail) and tuple(w.lower() for w in words[-len(tail) :]) == tail and all(w.islower() for w in words[-len(tail) :]):
            name = words[: -len(tail)]
            named = all(w[:1].isupper() for w in name) and (len(name) >= 2 or (name[0].isupper() and name[0].isalpha() and len(name[0]) > 1))
            return " ".join(name) if named else text
    return text
