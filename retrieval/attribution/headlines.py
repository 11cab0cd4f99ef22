"""``title_case``: whether a sentence is a title-case headline ("Clinton Hid Health Problems,
Former White House Doctor Says."), where a reporting verb is capitalised like every other word."""

from __future__ import annotations

from typing import Sequence

from retrieval.attribution.tokens import Token

__all__ = ["title_case"]

# A sentence is a title-case headline when this share of its longer words is capitalised.
HEADLINE_CAPITALS = 0.8
MIN_HEADLINE_WORDS = 4
# Words this short ("of", "the", "and") stay lower case in a title-case headline, so they are not counted.
HEADLINE_SHORT_WORD = 3


def title_case(toks: Sequence[Token]) -> bool:
    """At least ``MIN_HEADLINE_WORDS`` longer words, ``HEADLINE_CAPITALS`` of them capitalised."""
    capitals = [t.is_cap for t in toks if t.is_word and len(t.text) > HEADLINE_SHORT_WORD]
    return len(capitals) >= MIN_HEADLINE_WORDS and sum(capitals) >= HEADLINE_CAPITALS * len(capitals)
