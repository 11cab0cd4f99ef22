"""A speaker written as a quoted name: ``“60 Minutes” said later Sunday it stood by its reporting.``,
``“Karen” told the woman “to go back to her country.”``.

A sentence opening with a quoted title (``QuoteView.opens_with_title``: a short quotation of
capitalised words, closed with no punctuation) hides its subject from the cue rules, which read
only unquoted words. When a reporting verb follows the closing mark, the quoted name is the
subject that speaks: a programme, a nickname, a handle. A title followed by anything else
(“Fire and Fury” sold well) names no speaker.
"""

from __future__ import annotations

import re

from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.quotes import QuoteView

__all__ = ["MAX_NAME_WORDS", "quoted_subject"]

# A quoted name is a few words ("60 Minutes", "Saturday Night Live"); a longer title is a work's.
MAX_NAME_WORDS = 4
# Adverbs that may stand between the name and its verb (“Karen” then confronts ...).
_BETWEEN = frozenset({"then", "later", "also", "again", "once", "first", "had", "has", "have"})
# Words read after the closing mark: the verb and up to three of those adverbs before it.
WORDS_READ = 4
_OPENING = re.compile(r"\s*[“\"‘']([^“”\"‘’']+)[”\"’']\s+")
_WORD = re.compile(r"[A-Za-z]+")


def quoted_subject(text: str, view: QuoteView) -> tuple[int, int] | None:
    """The character span of the quoted name opening ``text`` when a reporting verb follows it."""
    if not view.opens_with_title or view.open_at_start:
        return None
    m = _OPENING.match(text)
    if m is None or len(m.group(1).split()) > MAX_NAME_WORDS:
        return None
    verbs = lexicon().verbs
    for word in _WORD.findall(text[m.end() :])[:WORDS_READ]:
        lowered = word.lower()
        if lowered in _BETWEEN:
            continue
        verb = verbs.get(lowered)
        return m.span(1) if verb is not None and verb.finite and not verb.strict else None
    return None
