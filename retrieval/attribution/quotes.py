"""Where quotations are: masks quoted words so the cue rules see only the reporter's words.

Quote state runs across the sentences of one paragraph (a quotation may span several sentences)
and restarts at each paragraph, as English news style reopens a continued quotation with a new
mark. Quoted characters become ``QUOTED``, marks become ``MARK``; offsets are unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from retrieval.attribution.lexicon import lexicon

__all__ = ["MARK", "QUOTED", "QuoteView", "mask_paragraph"]

MARK = '"'
QUOTED = "\u2591"  # not a word character, so no rule ever reads a quoted word
# A quotation shorter than this many words is a title or scare quote ("slap in the face"),
# not someone's words carried into the next sentence or paragraph.
QUOTE_MIN_WORDS = 4


@dataclass(frozen=True, slots=True)
class QuoteView:
    """One sentence as the cue rules see it."""

    masked: str  # same length as the sentence; quoted text hidden
    open_at_start: bool  # the sentence begins inside a quotation from an earlier sentence
    open_at_end: bool  # a quotation is still open when the sentence ends
    opens_with_quote: bool  # first character is quoted or a mark: the sentence is someone's words
    quoted_words: int  # words inside quotation marks
    outside_words: int  # words outside them


_WORD = re.compile(r"[^\W_]+")
_NON_SPACE = re.compile(r"\S")


@lru_cache(maxsize=1)
def _marks() -> tuple[dict[str, str], frozenset[str], re.Pattern[str]]:
    pairs = lexicon().quote_pairs
    openers = {o: c for o, c in pairs}
    closers = frozenset(c for _, c in pairs)
    marks = sorted(set(openers) | closers, key=len, reverse=True)
    return openers, closers, re.compile("|".join(map(re.escape, marks)))


# Copy that mixes straight and curly marks ("Oz has a huge bully pulpit,” said ...) closes a
# quotation with either.
_ANY_CLOSER = frozenset({"”", '"'})


def _hide(text: str) -> str:
    return _NON_SPACE.sub(QUOTED, text)


def mask_paragraph(texts: Sequence[str]) -> list[QuoteView]:
    """Mask quotations in the consecutive sentences of one paragraph."""
    openers, closers, pattern = _marks()
    views: list[QuoteView] = []
    closing: str | None = None
    nested = 0  # “inner” quotations inside a "straight" one (or the reverse)
    for text in texts:
        open_at_start = closing is not None
        pieces: list[str] = []
        at = 0  # text[:at] is already in pieces
        for m in pattern.finditer(text):
            i, ch = m.start(), m.group()
            if i < at:
                continue
            if closing is not None and ch in openers and ch != closing and ch not in _ANY_CLOSER:
                nested += 1  # "PENCE: ... an episode of “Shark Tank.” But ..."
            elif closing is not None and nested and ch in _ANY_CLOSER and ch != closing:
                nested -= 1
            elif closing is not None and (ch == closing or ch in _ANY_CLOSER):
                pieces.append(_hide(text[at:i]) + MARK * len(ch))
                at, closing, nested = i + len(ch), None, 0
            elif closing is None and ch in openers:
                pieces.append(text[at:i] + MARK * len(ch))
                at, closing = i + len(ch), openers[ch]
            elif closing is None and ch in closers:
                # A closing mark with no opening one: the sentence began inside a quotation.
                pieces = [_hide(text[:i]) + MARK * len(ch)]
                at = i + len(ch)
        if not pieces and closing is None:
            # No quotation here (most sentences): nothing to mask or count.
            views.append(QuoteView(text, False, False, False, 0, len(text.split())))
            continue
        pieces.append(_hide(text[at:]) if closing is not None else text[at:])
        masked = "".join(pieces)
        outside = len(_WORD.findall(masked))
        first = masked.lstrip()[:1]
        views.append(
            QuoteView(
                masked=masked,
                open_at_start=open_at_start,
                open_at_end=closing is not None,
                opens_with_quote=first in (MARK, QUOTED),
                quoted_words=len(_WORD.findall(text)) - outside,
                outside_words=outside,
            )
        )
    return views
