"""Finds the figure a sentence gives for a "how many" question ("15 missiles", "22 rockets").

Times, years and percentages are not counts; a count is a number (digits or a number word) that
stands next to a noun, and the figure chosen is the one nearest the words asked about.
"""

from __future__ import annotations

import functools
import re
from typing import Sequence

from retrieval.index.terms import tokenize
from retrieval.lexicon import words

__all__ = ["count_figure", "has_count"]

# "1:30", "2230 GMT", "December 2018" and "3.5%" are when and how much, not how many.
_YEAR = re.compile(r"^(?:1[89]|20)\d{2}$")
_CLOCK_ZONE = re.compile(r"\s*(?:GMT|UTC|ET|EST|EDT|PT|PST|CET|local time|hours?\b|hrs\b)")
_NUMBER = re.compile(r"(?<![\w.,:$])\$?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w%:]|\.\d)")
_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+(?:[’'-][^\W\d_]+)*)")
# Capitalised words allowed between a number and its noun: "5,000 US troops", "two Iraqi facilities".
_MAX_NAME_WORDS = 2


def count_figure(sentence: str, terms: Sequence[str]) -> str | None:
    """The count in ``sentence`` nearest to one of the question's ``terms``, with its noun.

    Args:
        sentence: a sentence's text.
        terms: the question's index terms (from ``tokenize``).

    Returns:
        e.g. "15 missiles", or None when the sentence gives no count.
    """
    counts = _counts(sentence)
    if not counts:
        return None
    wanted = set(terms)
    positions = [m.start() for m in _WORD.finditer(sentence) if set(tokenize(m.group())) & wanted]
    if not positions:
        start, end = counts[0]
    else:
        start, end = min(counts, key=lambda span: min(abs(span[0] - p) for p in positions))
    return sentence[start : _noun_end(sentence, end)]


def has_count(sentence: str) -> bool:
    """Whether ``count_figure`` finds a count in ``sentence`` (for any terms), without finding it."""
    for m in _NUMBER.finditer(sentence):
        if not _YEAR.match(m.group(1)) and not _CLOCK_ZONE.match(sentence, m.end()):
            return True
    if not _any_number_word().search(sentence.lower()):
        return False  # no number word even inside another word: the word scan cannot find one
    number_words = words("number_words.txt")
    return any(_is_number_word(sentence, m, number_words) for m in _WORD.finditer(sentence))


@functools.cache
def _any_number_word() -> re.Pattern[str]:
    """Finds any number word anywhere, even inside another word: a cheap test before the word scan."""
    return re.compile("|".join(map(re.escape, sorted(words("number_words.txt")))))


def _noun_end(sentence: str, end: int) -> int:
    """Where the noun counted by the number ending at ``end`` ends (``end`` when there is none)."""
    names = 0
    position = end
    while (word := _NEXT_WORD.match(sentence, position)) is not None:
        position = word.end()
        if word.group(1)[0].isupper() and names < _MAX_NAME_WORDS:
            names += 1
            continue
        noun = word.group(1)
        # "12 were hurt": a function word after a number means the noun was left out.
        return position if noun[0].islower() and noun.lower() not in words("query_stopwords.txt") else end
    return end


def _counts(sentence: str) -> list[tuple[int, int]]:
    number_words = words("number_words.txt")
    spans = [
        m.span()
        for m in _NUMBER.finditer(sentence)
        if not _YEAR.match(m.group(1)) and not _CLOCK_ZONE.match(sentence, m.end())
    ]
    spans += [m.span() for m in _WORD.finditer(sentence) if _is_number_word(sentence, m, number_words)]
    return sorted(spans)


def _is_number_word(sentence: str, word: re.Match[str], number_words: frozenset[str]) -> bool:
    """A number word that counts on its own ("billion" in "$4.7 billion" belongs to the number)."""
    return word.group().lower() in number_words and not sentence[: word.start()].rstrip()[-1:].isdigit()
