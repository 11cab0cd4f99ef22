"""Words a speaker phrase ends with that name no one: "Donald Trump himself said", "Republicans in
particular have insisted", "ISU pretty much admits".

Pure: ``trimmed`` gives the phrase without them, for ``speakers.read_phrase``. The closing words
are data (``speaker_tails.txt``).
"""

from __future__ import annotations

from functools import lru_cache

from retrieval.lexicon import lines

__all__ = ["trimmed"]


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
