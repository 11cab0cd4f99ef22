"""Cue detection: find the reporting words in one sentence and the phrase naming their speaker.

Works on the masked sentence (quoted words hidden), so a verb inside a quotation never fires.
Each layout has a name that ends up in ``Attribution.kind`` (after GenderGapTracker's labels):

- ``QSV``  “...,” Trump said.            ``QVS``  “...,” said Smith, a nurse.
- ``SVQ``  Trump said: “...”             ``SV``   Trump said (that) ...
- ``CSV``  ..., the ministry said.       ``CVS``  ..., said the senator.
- ``ACCORDING_TO``  ... according to X.  ``PARTICIPLE``  X ..., saying that ...
- ``COLON``  PENCE: We will ...
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from retrieval.attribution.lexicon import Verb, lexicon
from retrieval.attribution.tokens import Token, tokenize

__all__ = ["Claim", "detect", "may_hold_cue"]

# A speaker phrase longer than this is a clause, not a name ("the man who ... said").
MAX_SUBJECT_TOKENS = 12
# What may follow a trailing ", X said" before the sentence ends ("in a statement on Monday").
MAX_TAIL_TOKENS = 12
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you", "it", "this", "that", "there", "what"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you"})
_LIST_JOINERS = frozenset({"and", "&"})
_COMPLEMENT = frozenset({"that", ":"})
_COLON_SPEAKER = re.compile(r"\s*((?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*)\s*:\s+\S")


@dataclass(frozen=True, slots=True)
class Claim:
    """One sentence's reporting clause: who (as written), the cue and the layout."""

    start: int  # offsets of the speaker phrase within the sentence
    end: int
    cue: str
    kind: str
    appositive: str | None = None  # ", a nurse" kept as a description


_WORDS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    return frozenset(lexicon().verbs) | {"according"}


def may_hold_cue(masked: str) -> bool:
    """Cheap test run before tokenizing: does the sentence hold a cue word or a colon at all?"""
    return ":" in masked or not _cue_words().isdisjoint(_WORDS.findall(masked.lower()))


def detect(text: str, masked: str, toks: Sequence[Token] | None = None) -> Claim | None:
    """The reporting clause of one sentence, or None when it reports no one's words.

    Args:
        text: the sentence as written.
        masked: the same sentence with quotations hidden (``quotes.mask_paragraph``).
        toks: ``tokenize(masked)`` when the caller has it already.
    """
    colon = _colon(text, masked)
    if colon is not None:
        return colon
    if toks is None:
        if not may_hold_cue(masked):
            return None
        toks = tokenize(masked)
    verbs = lexicon().verbs
    found: list[tuple[Claim, bool]] = []
    for i, tok in enumerate(toks):
        if tok.lower == "according" and i + 1 < len(toks) and toks[i + 1].lower == "to":
            claim = _right_phrase(text, toks, i + 2, f"{tok.text} {toks[i + 1].text}", "ACCORDING_TO")
            if claim is not None:
                found.append((claim, False))
            continue
        verb = verbs.get(tok.lower) if tok.is_word else None
        if verb is not None:
            hit = _at_verb(text, toks, i, verb)
            if hit is not None:
                found.append(hit)
    if not found:
        return None
    trailing = [claim for claim, is_trailing in found if is_trailing]
    # A closing ", X said." governs everything before it; otherwise the leftmost clause does
    # ("He said Clinton told him ...": the outer speaker is his).
    return trailing[-1] if trailing else found[0][0]


def _colon(text: str, masked: str) -> Claim | None:
    m = _COLON_SPEAKER.match(masked)
    if m is None:
        return None
    name = m.group(1)
    letters = [ch for ch in name if ch.isalpha()]
    # Transcript speakers are set in capitals ("PENCE:", "MR. TRUMP:"); a headline's "Poll:" is not.
    if len(letters) < 2 or not all(ch.isupper() for ch in letters):
        return None
    return Claim(m.start(1), m.end(1), ":", "COLON")


def _at_verb(text: str, toks: Sequence[Token], i: int, verb: Verb) -> tuple[Claim, bool] | None:
    words = lexicon().words
    cue = toks[i].text
    before = i - 1
    while before >= 0 and toks[before].lower in words["aux"]:
        before -= 1
    if verb.participle and before >= 0 and toks[before].text == ",":
        subject = _sentence_subject(toks)
        if subject is None:
            return None
        s, e = subject
        return Claim(toks[s].start, toks[e].end, cue, "PARTICIPLE"), False
    if before < i - 1:
        cue = text[toks[before + 1].start : toks[i].end]
    left = _left_phrase(toks, before)
    after = _tail(toks, i + 1)
    if left is not None:
        s, e, boundary, appositive = left
        if s == e and toks[s].lower in _OBJECT_PRONOUNS and toks[s].lower not in _SUBJECT_PRONOUNS and not toks[s].text.isupper():
            return None
        quoted_before = boundary == "quote"
        trailing = boundary in ("quote", "comma") and after <= MAX_TAIL_TOKENS
        follows = toks[i + 1] if i + 1 < len(toks) else None
        quote_after = follows is not None and (follows.is_quote or (follows.text in ",:" and _next_is_quote(toks, i + 2)))
        if verb.strict and not (trailing or quote_after or (follows is not None and follows.lower in _COMPLEMENT)):
            return None
        if quoted_before:
            kind = "QSV"
        elif trailing:
            kind = "CSV"
        elif quote_after:
            kind = "SVQ"
        else:
            kind = "SV"
        return Claim(toks[s].start, toks[e].end, cue, kind, appositive), trailing
    if verb.invert and verb.finite and before == i - 1 and i > 0 and (toks[i - 1].is_quote or toks[i - 1].text == ","):
        claim = _right_phrase(text, toks, i + 1, cue, "QVS" if _quote_near(toks, i - 1) else "CVS")
        if claim is not None and toks[_index_at(toks, claim.start)].lower not in _OBJECT_PRONOUNS:
            return claim, True
    return None


def _next_is_quote(toks: Sequence[Token], j: int) -> bool:
    return j < len(toks) and toks[j].is_quote


def _quote_near(toks: Sequence[Token], j: int) -> bool:
    return toks[j].is_quote or (j > 0 and toks[j - 1].is_quote)


def _index_at(toks: Sequence[Token], start: int) -> int:
    return next(k for k, t in enumerate(toks) if t.start == start)


def _tail(toks: Sequence[Token], j: int) -> int:
    """Words after the verb up to the sentence end, or a large number when a clause follows."""
    count = 0
    for tok in toks[j:]:
        if tok.is_quote or tok.lower == "that":
            return MAX_TAIL_TOKENS + 1
        if tok.is_word:
            count += 1
        elif tok.text in ",;":
            return count if tok.text == "," and count <= MAX_TAIL_TOKENS else MAX_TAIL_TOKENS + 1
    return count


def _is_name_word(tok: Token) -> bool:
    return tok.is_cap


def _left_phrase(toks: Sequence[Token], end: int) -> tuple[int, int, str, str | None] | None:
    """The speaker phrase ending at token ``end``: (first, last, boundary, appositive)."""
    if end >= 0 and toks[end].text == ",":
        return _after_comma_clause(toks, end)
    segment = _segment_left(toks, end)
    if segment is None:
        return None
    s, e, boundary, stop = segment
    if stop in ("who", "which"):
        # "X, who ..., said" and "an official who asked not to be named said": the speaker
        # is the phrase before the relative clause.
        k = s - 2  # the token before "who"
        if k >= 0 and toks[k].text == ",":
            k -= 1
        outer = _segment_left(toks, k)
        if outer is None or not _valid(toks, outer[0], outer[1]):
            return None
        return outer[0], outer[1], outer[2], None
    if boundary == "comma" and s >= 2:
        outer = _segment_left(toks, s - 2)
        if outer is not None and outer[2] in ("start", "quote") and _valid(toks, outer[0], outer[1]):
            inner_name = all(_is_name_word(t) for t in toks[s : e + 1])
            outer_name = all(_is_name_word(t) for t in toks[outer[0] : outer[1] + 1])
            if outer_name and not inner_name and toks[s].lower in lexicon().words["determiner"]:
                # "Jason Miller, a spokesman for Trump, said"
                appositive = " ".join(t.text for t in toks[s : e + 1])
                return outer[0], outer[1], outer[2], appositive
            if inner_name and not outer_name and toks[outer[0]].lower in ("a", "an", "the"):
                # "a spokesman for Trump, Jason Miller, said"
                return s, e, boundary, " ".join(t.text for t in toks[outer[0] : outer[1] + 1])
            if _is_list(toks, outer[0], e):
                return outer[0], e, outer[2], None
        if _is_list(toks, s, e):
            # "Germany, Denmark, Norway and Poland said": take in the names before the commas.
            while s >= 2 and toks[s - 1].text == "," and toks[s - 2].is_cap:
                outer = _segment_left(toks, s - 2)
                if outer is None or not all(t.is_cap for t in toks[outer[0] : outer[1] + 1]) or outer[1] - outer[0] > 2:
                    break
                s, boundary = outer[0], outer[2]
    if not _valid(toks, s, e):
        return None
    return s, e, boundary, None


def _after_comma_clause(toks: Sequence[Token], comma: int) -> tuple[int, int, str, str | None] | None:
    """``X, who ..., said`` / ``X, a nurse, said``: the phrase before an enclosed clause."""
    words = lexicon().words
    k = comma - 1
    while k >= 0 and toks[k].text != "," and not toks[k].is_quote:
        k -= 1
    if k < 1 or toks[k].text != ",":
        return None
    opener = toks[k + 1].lower
    if opener not in ("who", "which") and opener not in words["determiner"] and not toks[k + 1].text.endswith("ing"):
        return None
    outer = _segment_left(toks, k - 1)
    if outer is None or not _valid(toks, outer[0], outer[1]):
        return None
    appositive = None
    if opener in words["determiner"]:
        appositive = " ".join(t.text for t in toks[k + 1 : comma])
    return outer[0], outer[1], outer[2], appositive


def _is_list(toks: Sequence[Token], s: int, e: int) -> bool:
    names = [t for t in toks[s : e + 1] if t.text != "," and t.lower not in _LIST_JOINERS]
    joiners = [t for t in toks[s : e + 1] if t.lower in _LIST_JOINERS]
    return bool(joiners) and all(t.is_cap for t in names)


def _segment_left(toks: Sequence[Token], end: int) -> tuple[int, int, str, str] | None:
    """Walk left from ``end`` to a boundary: (first, last, boundary kind, stop word)."""
    words = lexicon().words
    leading = words["leading"]
    k = end
    count = 0
    while k >= 0:
        tok = toks[k]
        if tok.text == ")":
            while k >= 0 and toks[k].text != "(":
                k -= 1
            k -= 1
            continue
        if not tok.is_word:
            break
        if tok.lower in words["boundary"] or tok.lower in words["aux"] and k != end:
            break
        if tok.lower in _LIST_JOINERS and not (k > 0 and toks[k - 1].is_cap and k < end and toks[k + 1].is_cap):
            break
        verb = lexicon().verbs.get(tok.lower)
        if verb is not None and verb.finite and k != end:
            break
        count += 1
        if count > MAX_SUBJECT_TOKENS:
            return None
        k -= 1
    first = k + 1
    while first <= end and toks[first].lower in leading:
        first += 1
    # Drop trailing time words ("Trump on Monday said", "Iran late Tuesday said").
    last = end
    while last >= first and toks[last].lower in words["time"] | {"late", "early", "on"}:
        last -= 1
    if first > last:
        return None
    if k < 0:
        boundary = "start"
    elif toks[k].is_quote or (toks[k].text == "," and k > 0 and toks[k - 1].is_quote):
        boundary = "quote"
    elif toks[k].text == ",":
        boundary = "comma"
    else:
        boundary = "word"
    return first, last, boundary, toks[k].lower if k >= 0 else ""


def _valid(toks: Sequence[Token], s: int, e: int) -> bool:
    lex = lexicon()
    span = toks[s : e + 1]
    if any(t.lower in lex.words["aux"] or t.lower in lex.words["boundary"] for t in span):
        return False
    if len(span) == 1 and span[0].lower in _SUBJECT_PRONOUNS:
        return True
    if any(t.lower in _SUBJECT_PRONOUNS for t in span) or span[0].lower in lex.words["preposition"]:
        return False
    return any(t.is_cap or t.lower in lex.groups or t.lower in lex.roles or t.lower in lex.titles for t in span)


def _right_phrase(text: str, toks: Sequence[Token], j: int, cue: str, kind: str) -> Claim | None:
    """The speaker phrase that starts at token ``j`` (after "according to" or "said")."""
    words = lexicon().words
    k = j
    while k < len(toks) and toks[k].is_word and toks[k].lower not in words["boundary"] and toks[k].lower not in words["aux"]:
        if k - j >= MAX_SUBJECT_TOKENS:
            return None
        k += 1
    if k == j:
        return None
    last = k - 1
    while last > j and toks[last].lower in words["time"]:
        last -= 1
    if not _valid(toks, j, last):
        return None
    appositive = None
    if k < len(toks) and toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].lower in ("a", "an", "the"):
        stop = k + 1
        while stop < len(toks) and toks[stop].is_word:
            stop += 1
        appositive = text[toks[k + 1].start : toks[stop - 1].end]
    return Claim(toks[j].start, toks[last].end, cue, kind, appositive)


def _sentence_subject(toks: Sequence[Token]) -> tuple[int, int] | None:
    """The phrase opening the sentence, for ``X ..., saying that``."""
    lex = lexicon()
    s = 0
    while s < len(toks) and toks[s].lower in lex.words["leading"]:
        s += 1
    e = s
    while e < len(toks) and toks[e].is_word and (
        toks[e].is_cap or toks[e].lower in lex.words["determiner"] or toks[e].lower in lex.groups or toks[e].lower in lex.titles
    ):
        e += 1
    if e == s or not _valid(toks, s, e - 1):
        return None
    if toks[s].lower in _SUBJECT_PRONOUNS and e - s > 1:
        e = s + 1
    return s, e - 1
