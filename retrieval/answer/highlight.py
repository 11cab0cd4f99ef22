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
    candidates = _candidate_words(frozenset(t[0] for t in wanted if t))
    return [m.span() for m in candidates.finditer(text) if not wanted.isdisjoint(_word_terms(m.group()))]


@functools.lru_cache(maxsize=1 << 10)
def _candidate_words(firsts: frozenset[str]) -> re.Pattern[str]:
    """The words ``_WORD`` finds, but only those that can give a term starting with one of ``firsts``.

    A word's terms start with its first letter case-folded, so only words opening with such a
    letter (either case) are tokenised; any word opening with a non-ASCII character is kept too,
    as its case folding may differ. The look-behinds start a match exactly where ``_WORD``
    would: not inside a word, nor after an apostrophe joining two parts of one ("Iran’s").
    """
    letters = "".join(sorted({c for f in firsts for c in (f, f.upper())}))
    return re.compile(rf"(?<!\w)(?<!\w['’])(?=[{re.escape(letters)}\x80-\U0010ffff])" + _WORD.pattern)


# Every answer looks up each word of its quotes; the words of a corpus repeat, so each is
# tokenised once (a bounded cache: a few MB at most).
@functools.lru_cache(maxsize=1 << 16)
def _word_terms(word: str) -> tuple[str, ...]:
    return tuple(tokenize(word))
