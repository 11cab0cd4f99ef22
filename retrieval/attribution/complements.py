"""What may stand between a reporting verb and the particle it needs ("spoke **fondly** of",
"made **it** clear"), and between the verb and the words it reports: a sentence adverb set off
by commas ("Spohr added, **however**, “...”") and a time ("The union confirmed **Tuesday** it
would ...", "ruled **late Friday afternoon** that ..."). Pure functions over a sentence's
tokens; the cue rules call them before they look for a quotation, "that" or a that-less clause
after the verb."""

from __future__ import annotations

from typing import Sequence

from retrieval.attribution.lexicon import Verb, lexicon
from retrieval.attribution.tokens import Token

__all__ = ["particle_end", "past_aside", "past_time"]

# "ruled late Friday afternoon that": time words between a verb and its complement, at most.
MAX_TIME_WORDS = 4


def _aside(tok: Token) -> bool:
    return tok.is_word and not tok.is_cap and tok.lower in lexicon().words["aside"]


def past_aside(toks: Sequence[Token], j: int) -> int:
    """The token after ``, however,`` when one starts at ``j``, else ``j``."""
    if j + 2 < len(toks) and toks[j].text == "," and _aside(toks[j + 1]) and toks[j + 2].text == ",":
        return j + 3
    return j


def past_time(toks: Sequence[Token], j: int) -> int:
    """The token after the time words starting at ``j`` ("Tuesday", "late on Friday", "earlier
    this week"), when something follows them; else ``j``. A leading word ("on", "late", "last")
    counts only before a time word: "continuing on how to ..." holds none."""
    words = lexicon().words
    k = j
    while k < len(toks) and k - j < MAX_TIME_WORDS and toks[k].is_word and not toks[k].is_quote:
        lowered = toks[k].lower
        if lowered in words["when"] or (lowered in words["when_lead"] and k + 1 < len(toks) and toks[k + 1].lower in words["when"] | words["when_lead"]):
            k += 1
            continue
        break
    return k if k > j and k < len(toks) and (toks[k].is_word or toks[k].is_quote) else j


def particle_end(toks: Sequence[Token], i: int, verb: Verb) -> int | None:
    """The token after the particle the verb at ``i`` needs ("pointed **out**"), an -ly adverb
    ("spoke **fondly** of") or "it" ("made **it** clear") allowed before it; None without one."""
    if not verb.needs:
        return None
    k = i + 1
    if k + 1 < len(toks) and toks[k].is_word and not toks[k].is_cap and (toks[k].lower.endswith("ly") or toks[k].lower == "it"):
        k += 1
    return k + 1 if k < len(toks) and toks[k].lower in verb.needs else None
