"""Where quotations are: masks quoted words so the cue rules see only the reporter's words.

Quote state runs across the sentences of one paragraph (a quotation may span several sentences)
and restarts at each paragraph, as English news style reopens a continued quotation with a new
mark. Quoted characters become ``QUOTED``, marks become ``MARK``; offsets are unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
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


def _count_words(chars: list[str], text: str, quoted: bool) -> int:
    count, in_word = 0, False
    for ch, shown in zip(text, chars):
        word = ch.isalnum() and ((shown == QUOTED) == quoted)
        if word and not in_word:
            count += 1
        in_word = word
    return count


def mask_paragraph(texts: Sequence[str]) -> list[QuoteView]:
    """Mask quotations in the consecutive sentences of one paragraph."""
    pairs = lexicon().quote_pairs
    openers = {o: c for o, c in pairs}
    closers = {c for _, c in pairs}
    views: list[QuoteView] = []
    closing: str | None = None
    for text in texts:
        open_at_start = closing is not None
        chars = list(text)
        for i, ch in enumerate(text):
            if closing is not None and ch == closing:
                chars[i], closing = MARK, None
            elif closing is None and ch in openers:
                chars[i], closing = MARK, openers[ch]
            elif closing is None and ch in closers and ch not in openers:
                # A closing mark with no opening one: the sentence began inside a quotation.
                chars[:i] = [QUOTED if c.strip() else c for c in text[:i]]
                chars[i] = MARK
            elif closing is not None:
                chars[i] = QUOTED if ch.strip() else ch
        first = next((c for c in chars if c.strip()), "")
        views.append(
            QuoteView(
                masked="".join(chars),
                open_at_start=open_at_start,
                open_at_end=closing is not None,
                opens_with_quote=first in (MARK, QUOTED),
                quoted_words=_count_words(chars, text, True),
                outside_words=_count_words(chars, text, False),
            )
        )
    return views
