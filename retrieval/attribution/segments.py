"""Speaker-phrase primitives: the span type and the walk from a cue to the start of the phrase
before it (a clause boundary, an auxiliary, another verb), shared by the left-hand phrase rules
(``phrases``) and the comma layouts (``commas``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Sequence

from retrieval.attribution.descriptions import person_noun
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.tokens import Token
from retrieval.attribution.validity import LIST_JOINERS, people_head

__all__ = ["MAX_SUBJECT_TOKENS", "Boundary", "Span", "boundary_before", "parenthesis_after_name", "segment", "stops"]

# A speaker phrase longer than this is a clause, not a name ("the man who ... said").
MAX_SUBJECT_TOKENS = 12
# "(R-Ariz.)", "(D-N.Y.)": a bracket after a name holds at most this many tokens.
MAX_BRACKET_TOKENS = 8

# "on Monday", "late Tuesday": words opening a time phrase that is no part of a speaker.
_TIME_OPENERS = ("on", "late", "early")

Boundary = Literal["start", "quote", "comma", "word"]


@dataclass(frozen=True, slots=True)
class Span:
    first: int  # token indices, inclusive
    last: int
    boundary: Boundary  # what stands before the phrase
    appositive: str | None = None


def boundary_before(toks: Sequence[Token], k: int) -> Boundary:
    """What stands at token ``k``, just before a phrase."""
    if k < 0:
        return "start"
    if toks[k].is_quote or (toks[k].text == "," and k > 0 and toks[k - 1].is_quote):
        return "quote"
    return "comma" if toks[k].text == "," else "word"


def stops(tok: Token, at_end: bool) -> bool:
    """Does this word end a speaker phrase walking left?"""
    if tok.is_cap and tok.start > 0:
        return False  # "Theresa May", "Will Smith": capitalised mid-sentence is a name
    words = lexicon().words
    if tok.lower in words["boundary"] or (tok.lower in words["aux"] and not at_end):
        return True
    verb = lexicon().verbs.get(tok.lower)
    # "Every activist I spoke to said", "Sanders made the following claim": a verb that speaks
    # only with its particle is no boundary.
    return verb is not None and verb.finite and not verb.needs and not at_end


def parenthesis_after_name(toks: Sequence[Token], close: int) -> int | None:
    """The "(" of the bracket closing at ``close`` when a name stands before it ("Cotton (R-AR)")."""
    if toks[close].text != ")":
        return None
    k = close - 1
    while k > 0 and toks[k].text not in "()" and close - k <= MAX_BRACKET_TOKENS:
        k -= 1
    return k if k > 0 and toks[k].text == "(" and toks[k - 1].is_cap else None


def _joined_people(toks: Sequence[Token], k: int, end: int) -> bool:
    """ "Keith Scott's brother and cousin", "his friend and business partner Don Rivers", "the
    mayor and police chief": "and" at ``k`` joins a role or people noun to more of the subject."""
    if k == 0 or k >= end or not toks[k - 1].is_word or toks[k - 1].is_cap:
        return False
    lex = lexicon()
    before = toks[k - 1].lower
    return before in lex.roles or before in lex.titles or lex.groups.get(before) in ("group", "unnamed") or people_head(toks[k - 1]) or person_noun(before)[0]


def _time_after_bracket(toks: Sequence[Token], end: int) -> int:
    """``Dianne Feinstein (D-Calif.) last week said``: time words after a name's bracket are
    passed over, so the bracket and the name before it are reached; else ``end`` as given."""
    time = lexicon().words["time"]
    k = end
    while k >= 0 and (toks[k].lower in time or toks[k].lower in _TIME_OPENERS):
        k -= 1
    return k if k < end and k >= 0 and toks[k].text == ")" else end


def segment(toks: Sequence[Token], end: int) -> tuple[int, int, int] | None:
    """(first, last, stop) of the phrase ending at ``end``; ``stop`` is the token before it."""
    if end < 0:
        return None
    end = _time_after_bracket(toks, end)
    while end >= 0 and toks[end].text == ")":  # "Jason Chaffetz (R-Utah) said"
        while end >= 0 and toks[end].text != "(":
            end -= 1
        end -= 1
    k, count = end, 0
    while k >= 0:
        tok = toks[k]
        opened = parenthesis_after_name(toks, k) if tok.text == ")" and k < end and toks[k + 1].lower in LIST_JOINERS else None
        if opened is not None:
            k = opened - 1  # "Tom Cotton (R-AR) and David Perdue": a name's bracket inside a list
            continue
        if not tok.is_word or stops(tok, k == end):
            break
        if tok.lower in LIST_JOINERS:  # only a joiner asks whether a name stands before it
            named_before = k > 0 and (toks[k - 1].is_cap or parenthesis_after_name(toks, k - 1) is not None)
            if not (named_before and k < end and toks[k + 1].is_cap) and not _joined_people(toks, k, end):
                break
        count += 1
        if count > MAX_SUBJECT_TOKENS:
            return None
        k -= 1
    words = lexicon().words
    first, last = k + 1, end
    while first <= last and toks[first].lower in words["leading"]:
        first += 1
    # "Trump on Monday said", "Iran late Tuesday said": time words are not the speaker.
    while last >= first and (toks[last].lower in words["time"] or toks[last].lower in _TIME_OPENERS or toks[last].lower in words["leading"]):
        last -= 1  # "The foreign secretary meanwhile said": a sentence adverb is no part of the speaker
    return (first, last, k) if first <= last else None
