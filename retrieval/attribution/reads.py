"""A text's words read out: a written thing that "reads" (or "read") before a colon or a comma and
a quotation is its owner's words.

- "His latest message to the hacker reads: '...'": the message's owner, "His", speaks;
- "Morey's original, deleted tweet read: "..."": Morey;
- "The letter reads: “...”", "Part of the holiday message, which was released on Monday, reads as
  follows:": no owner written, the text itself, as resolution reads it.

A sign, a shirt or a banner that reads is nobody's words (``read_nouns.txt`` holds only texts
someone writes or puts out, with ``document_nouns.txt``, ``carrier_nouns.txt`` and ``text_nouns.txt``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from retrieval.attribution.claims import Claim
from retrieval.attribution.layouts import make_claim
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.phrases import left_phrase
from retrieval.attribution.segments import Span
from retrieval.attribution.tokens import Token
from retrieval.lexicon import words as word_list

__all__ = ["READ_VERBS", "read_out"]

READ_VERBS = frozenset({"read", "reads"})
_POSSESSIVE_ENDINGS = ("’s", "'s", "s’", "s'")
_FOLLOWS = ("as", "follows")
# "Part of the holiday message reads": a share of a text, whose words are the text's.
_PARTS = frozenset({"part", "parts", "portion", "section", "excerpt", "passage", "some", "much", "most", "rest", "end", "start"})
# "Morey's original, deleted tweet": tokens between a possessive and its text noun, at most.
MAX_DESCRIBED_TOKENS = 5


@lru_cache(maxsize=1)
def _text_nouns() -> frozenset[str]:
    return frozenset().union(*(word_list(name) for name in ("read_nouns.txt", "document_nouns.txt", "carrier_nouns.txt", "text_nouns.txt")))


def read_out(text: str, toks: Sequence[Token]) -> list[tuple[Claim, bool]]:
    """The owner (or the text itself) of each text that reads out a quotation in the sentence."""
    out: list[tuple[Claim, bool]] = []
    for i, tok in enumerate(toks):
        if tok.text not in READ_VERBS or not _opens_words(toks, i + 1):
            continue
        k = i - 1
        while k >= 0 and toks[k].is_word and not toks[k].is_cap and toks[k].lower in lexicon().words["aux"] and toks[k].lower not in lexicon().words["modal"]:
            k -= 1  # "simply read", "now reads"
        if k == i - 1 and k >= 0 and toks[k].lower.endswith("ly") and toks[k].is_word:
            k -= 1
        if k < 0 or not toks[k].is_word or toks[i - 1].lower == "to":
            continue  # "changed her bio to read": an aim, its subject elsewhere
        span = left_phrase(toks, k) or _described_noun(toks, k)
        noun = _text_noun(toks, span) if span is not None else None
        if span is None or noun is None:
            continue
        part = next((k for k in range(span.first + 1, noun) if toks[k].lower == "of" and toks[k - 1].lower in _PARTS), None)
        if part is not None:
            span = Span(part + 1, span.last, "word")  # "Part of the message": the message's words
        owner = _owner(toks, span, noun)
        if owner is None:  # "His latest message": the text up to its noun, which resolution reads for its owner
            out.append((make_claim(text, toks, Span(span.first, noun, span.boundary), tok.text, "SVQ"), False))
            continue
        end = toks[owner.last].end
        if toks[owner.last].lower.endswith(_POSSESSIVE_ENDINGS):
            end -= 1 if toks[owner.last].lower.endswith(("s’", "s'")) else 2  # "Morey's" -> "Morey", "Jones'" -> "Jones"
        out.append((Claim(toks[owner.first].start, end, tok.text, "SVQ"), False))
    return out


def _opens_words(toks: Sequence[Token], j: int) -> bool:
    """ "reads: “...”", "read, “...”", "reads as follows:" (at the sentence's end, the quotation
    opening the next paragraph)."""
    if tuple(t.lower for t in toks[j : j + 2]) == _FOLLOWS:
        j += 2
    if j >= len(toks) or toks[j].text not in ":,":
        return False
    after = toks[j + 1] if j + 1 < len(toks) else None
    return (after is not None and after.is_quote) or (after is None and toks[j].text == ":")


def _described_noun(toks: Sequence[Token], k: int) -> Span | None:
    """ "Morey's original, deleted tweet": a text noun whose describing words hold a comma or a
    participle, which the speaker-phrase rules stop at; the phrase runs back to a capitalised
    possessive at most ``MAX_DESCRIBED_TOKENS`` before it."""
    if toks[k].lower not in _text_nouns():
        return None
    for first in range(k - 1, max(-1, k - 1 - MAX_DESCRIBED_TOKENS), -1):
        if not toks[first].is_word and toks[first].text != ",":
            return None
        if toks[first].is_cap and toks[first].lower.endswith(_POSSESSIVE_ENDINGS):
            while first > 0 and toks[first - 1].is_cap and toks[first - 1].is_word:
                first -= 1  # "Daryl Morey's"
            return Span(first, k, "word")
    return None


def _text_noun(toks: Sequence[Token], span: Span) -> int | None:
    """The text noun heading the phrase: its last word, or before its preposition ("message to
    the hacker", "Part of the holiday message")."""
    nouns = _text_nouns()
    prepositions = lexicon().words["preposition"]
    for k in range(span.first, span.last + 1):
        if toks[k].lower in nouns and (k == span.last or toks[k + 1].lower in prepositions):
            return k
    return None


def _owner(toks: Sequence[Token], span: Span, noun: int) -> Span | None:
    """ "Morey's original, deleted tweet": the name whose possessive stands before the noun."""
    for k in range(noun - 1, span.first - 1, -1):
        if not toks[k].lower.endswith(_POSSESSIVE_ENDINGS):
            continue
        if toks[k].is_cap:
            first = span.first + 1 if toks[span.first].lower in lexicon().words["determiner"] and span.first < k else span.first
            return Span(first, k, "word")
        if k == span.first + 1 and toks[span.first].lower == "the":
            return Span(span.first, k, "word")  # "the council's holiday message": the council
    return None
