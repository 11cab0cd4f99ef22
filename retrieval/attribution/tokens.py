"""Word tokens with offsets, as the attribution rules need them (not the search tokenizer)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.quotes import MARK, QUOTED

__all__ = ["Token", "tokenize"]

# Words keep inner apostrophes, hyphens and periods ("Iran’s", "al-Asad", "U.S."); a run of
# quoted characters is one token; any other non-space character is a token of its own.
_TOKEN = re.compile(rf"\w(?:[\w’'\-&]*\w)?(?:\.\w+)*\.?|{QUOTED}+|\S")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    lower: str
    is_word: bool
    is_cap: bool  # starts with an upper-case letter or a digit-free acronym
    is_quote: bool  # a quotation mark or a run of quoted words


def tokenize(masked: str) -> list[Token]:
    """Tokens of a masked sentence; a final period is split off unless it marks an abbreviation."""
    abbreviations = lexicon().words["abbreviation"]
    out: list[Token] = []
    for m in _TOKEN.finditer(masked):
        text, start, end = m.group(), m.start(), m.end()
        if len(text) > 1 and text.endswith(".") and "." not in text[:-1] and len(text) > 2:
            if text.lower() not in abbreviations:
                out.append(_make(text[:-1], start, end - 1))
                out.append(_make(".", end - 1, end))
                continue
        out.append(_make(text, start, end))
    return out


def _make(text: str, start: int, end: int) -> Token:
    first = text[0]
    is_word = first.isalnum()
    return Token(start, end, text, text.lower(), is_word, is_word and first.isupper(), first in (MARK, QUOTED))
