"""Which words of each quote matched the question, as character offsets into the quote's text.

The words to mark are the question's topic and subject as index terms (question words and speech
verbs left out, as the search leaves them out), so "who said X?" lights up X, not every "said".
A word of the quote is marked when one of its index terms is among them: words are tokenised the
same way as the index, so a stemmed or case-folded question word still finds the word it matched.
Front ends only render the offsets; they never tokenise.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable

from retrieval.answer.matching import query_terms
from retrieval.index.terms import tokenize

__all__ = ["highlight_terms", "highlights"]

# A word as a reader sees it, apostrophes included ("Iran’s"), so a highlight never splits one.
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def highlight_terms(question: str, subject: str | None, topic: str | None) -> frozenset[str]:
    """The index terms worth marking in the quotes answering ``question``: its topic and subject.

    Falls back to the question's own words when the question layer found neither.
    """
    if topic or subject:
        return frozenset(query_terms(topic) + query_terms(subject))
    return frozenset(query_terms(question))


def highlights(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) offsets into ``text`` of every word whose index terms meet ``terms``, in order."""
    wanted = frozenset(terms)
    if not wanted:
        return []
    return [m.span() for m in _WORD.finditer(text) if not wanted.isdisjoint(_word_terms(m.group()))]


# Every answer looks up each word of its quotes; the words of a corpus repeat, so each is
# tokenised once (a bounded cache: a few MB at most).
@functools.lru_cache(maxsize=1 << 16)
def _word_terms(word: str) -> tuple[str, ...]:
    return tuple(tokenize(word))
