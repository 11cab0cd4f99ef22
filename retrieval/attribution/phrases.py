"""Speaker-phrase extraction: the words naming a speaker, found left or right of a cue.

Walks tokens from the cue to a clause boundary (a comma, a quotation, "that", "who", an
auxiliary, another verb) and checks that what it collected can name someone. Handles the
comma layouts of news copy: ``X, who ..., said``, ``X, a nurse, said``, ``a spokesman for
Trump, Jason Miller, said`` and lists (``Germany, Denmark, Norway and Poland said``); the comma
layouts themselves are in ``commas``, the walk to a phrase's start in ``segments``.
"""

from __future__ import annotations

from typing import Sequence

from retrieval.attribution.commas import comma_chain, named_head
from retrieval.attribution.cue_checks import can_speak
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.segments import (
    MAX_SUBJECT_TOKENS,
    Span,
    boundary_before,
    segment,
    stops,
)
from retrieval.attribution.tokens import Token
from retrieval.attribution.validity import (
    TIME_PREPOSITIONS,
    contact_clause,
    is_list,
    is_named,
    joined,
    name_like,
    object_of_clause,
    parenthetical,
    phrasal_verb_at,
    plain,
    proper,
    reduced_relative,
    titled_name,
    trailing_name,
    unnamed,
    valid_phrase,
)
from retrieval.lexicon import words as word_list

__all__ = ["Span", "boundary_before", "is_named", "left_phrase", "opening_apposition", "right_phrase", "valid_phrase"]

# "advisers—some of whom had geared up to receive a flood of inquiries—said": an aside between
# dashes holds at most this many tokens.
MAX_ASIDE_TOKENS = 20
_DASHES = frozenset({"—", "–", "--"})
# "Germany, Denmark, Norway and Poland said": each earlier name of a list is at most this many words.
MAX_LIST_ITEM_WORDS = 3
_RELATIVE = frozenset({"who", "which", "that"})
_CIRCUMSTANCE = frozenset({"in", "at", "on", "during"})  # place and time after a name
# "released late on Monday by": words between a participle and the "by" of its agent, at most.
MAX_AGENT_DISTANCE = 4


def left_phrase(toks: Sequence[Token], end: int) -> Span | None:
    """The speaker phrase ending at token ``end`` (just before the verb and its auxiliaries)."""
    if end < 0:
        return None
    if toks[end].text == ",":
        return named_head(toks, end) or comma_chain(toks, end)
    if toks[end].lower in ("who", "which") and not toks[end].text.isupper():
        return _before_relative(toks, end)  # "Ted Cruz endorses Trump, who says he is honored."
    if toks[end].text in _DASHES:
        return _before_dashes(toks, end)
    seg = segment(toks, end)
    if seg is None:
        return None
    first, last, stop = seg
    verb_at = phrasal_verb_at(toks, first, last)
    if verb_at is not None and valid_phrase(toks, first, verb_at - 1) and not is_list(toks, first, verb_at - 1):
        return Span(first, verb_at - 1, boundary_before(toks, stop))  # "officials fired back immediately saying"
    if not valid_phrase(toks, first, last):
        opener = toks[stop].lower if stop >= 0 else ""
        after_preposition = opener in lexicon().words["preposition"] or (opener in lexicon().words["boundary"] and opener not in _RELATIVE)
        opening = (stop < 0 or (stop == 0 and toks[0].text == "(")) and _opens_phrase(toks[first])  # "(On Monday he said ...)"
        named_before = toks[last - 1].is_cap and toks[last - 1].lower not in lexicon().words["time"]
        if (after_preposition or opening) and last > first and toks[last].lower in lexicon().subject_pronouns and not named_before:
            # "Speaking after a summit meeting he said", "On Monday he said": a pronoun ends the
            # opening phrase ("read the guides I wrote" is a relative clause: no preposition opens it).
            return Span(last, last, "word")
        subject = _after_opening(toks, first, last) if opening else None
        if subject is not None:
            return Span(subject, last, "word")  # "On Tuesday an unnamed official told ..."
        described = _before_participle(toks, first, last)
        if described is not None:
            return Span(first, described, boundary_before(toks, stop), joined(toks, described + 1, last))
        named_from = trailing_name(toks, first, last)  # "In a Bloomberg interview Trump declared"
        if named_from is None and contact_clause(toks, first, last):
            return Span(first, last, boundary_before(toks, stop))  # "Every activist I spoke to said"
        return _before_relative(toks, end) or (Span(named_from, last, "word") if named_from is not None else None)
    if stop >= 1 and toks[stop].text == "," and unnamed(toks, first, last) and not parenthetical(toks, end):
        # "Katrina Bull, a prospective parliamentary candidate said": a name, then its description
        # with the closing comma left out.
        name = segment(toks, stop - 1)
        # "In February, the company announced": an opening phrase before the comma names no one.
        if name is not None and all(t.is_cap for t in toks[name[0] : name[1] + 1]) and name_like(toks, name[0], name[1]) and not _opens_phrase(toks[name[0]]):
            return Span(name[0], name[1], boundary_before(toks, name[2]), joined(toks, first, last))
    if stop >= 0 and toks[stop].text == "," and is_list(toks, first, last):
        # "Germany, Denmark, Norway and Poland said": take in the names before the commas.
        while stop >= 1 and toks[stop].text == "," and toks[stop - 1].is_cap:
            outer = segment(toks, stop - 1)
            if outer is None or outer[1] - outer[0] + 1 > MAX_LIST_ITEM_WORDS or not all(t.is_cap for t in toks[outer[0] : outer[1] + 1]):
                break
            first, stop = outer[0], outer[2]
    return Span(first, last, boundary_before(toks, stop))


def _before_dashes(toks: Sequence[Token], end: int) -> Span | None:
    """``several advisers—some of whom had geared up for calls—said``: the phrase before an aside
    set off by dashes, the aside as its description."""
    opening = next((k for k in range(end - 1, max(end - MAX_ASIDE_TOKENS, 0) - 1, -1) if toks[k].text == toks[end].text), None)
    if opening is None or opening == end - 1:
        return None
    span = left_phrase(toks, opening - 1)
    if span is None or span.appositive is not None:
        return span
    return Span(span.first, span.last, span.boundary, joined(toks, opening + 1, end - 1))


def _before_participle(toks: Sequence[Token], first: int, last: int) -> int | None:
    """``Some passengers trying to reach airports near Paris complained``: people, then an -ing
    phrase describing them; where the people end."""
    for p in range(first + 1, last + 1):
        tok = toks[p]
        if tok.is_word and not tok.is_cap and tok.lower.endswith("ing") and tok.lower not in lexicon().titles:
            head = toks[p - 1]
            return p - 1 if valid_phrase(toks, first, p - 1) and can_speak(head) and head.lower not in lexicon().subject_pronouns else None
    return None


def _opens_phrase(tok: Token) -> bool:
    """A sentence's first word opens a phrase before its subject: a preposition ("On Tuesday"),
    an -ing form ("Speaking on condition of anonymity")."""
    return tok.lower in lexicon().words["preposition"] or (tok.lower.endswith("ing") and tok.lower not in lexicon().titles)


def _after_opening(toks: Sequence[Token], first: int, last: int) -> int | None:
    """Where the subject starts after an opening phrase with no comma: the first determiner after
    a noun whose phrase to the verb can speak ("In the aftermath of the crash | the French and
    Egyptian leaders said"; "of | the crash" follows a preposition, so it is still the opening)."""
    words = lexicon().words
    for m in range(first + 2, last + 1):
        before = toks[m - 1].lower
        if toks[m].lower not in words["determiner"] or before in words["preposition"] or before in words["determiner"]:
            continue
        if valid_phrase(toks, m, last) and not unnamed(toks, first, m - 1) and any(t.is_word for t in toks[m:last + 1]):
            return m
    return None


def _before_relative(toks: Sequence[Token], end: int) -> Span | None:
    """``a senior official who asked not to be named said``: the phrase before "who"."""
    k = end
    while k >= 0 and end - k <= MAX_SUBJECT_TOKENS and toks[k].is_word:
        if toks[k].lower in _RELATIVE and not toks[k].is_cap:
            antecedent = k - 2 if k >= 1 and toks[k - 1].text == "," else k - 1
            seg = segment(toks, antecedent)
            if seg is not None:
                seg = object_of_clause(toks, seg)
            if seg is not None and valid_phrase(toks, seg[0], seg[1]):
                if antecedent == k - 1 and k < end and unnamed(toks, seg[0], seg[1]):
                    # "A woman who lives above the laundromat said": an unnamed speaker is the
                    # whole description, the restrictive clause included.
                    return Span(seg[0], end, boundary_before(toks, seg[2]))
                return Span(seg[0], seg[1], boundary_before(toks, seg[2]))
            if seg is not None:
                # "they turned to the Chicago Police Department which reported": the last noun phrase.
                opener = max((m for m in range(seg[0], seg[1] + 1) if toks[m].lower in ("the", "a", "an")), default=None)
                if opener is not None and opener > seg[0] and valid_phrase(toks, opener, seg[1]):
                    return Span(opener, seg[1], "word")
            return None
        k -= 1
    return None


def _described_who(toks: Sequence[Token], j: int, k: int) -> bool:
    """``..., said one official who asked not to be named.``: an unnamed description (a
    determiner first) ends at a restrictive "who"; the clause describes the speaker."""
    return toks[k].lower == "who" and k > j + 1 and toks[j].lower in lexicon().words["determiner"]


def right_phrase(toks: Sequence[Token], j: int, closing: bool = False, any_source: bool = False) -> Span | None:
    """The speaker phrase starting at token ``j`` (after "according to", "said" or "by").

    Args:
        toks: the sentence's tokens.
        j: where the phrase starts.
        closing: the phrase must end its clause ("..., said Smith." / "said Smith, a nurse"),
            so that "said Whitaker would skip the debate" is not read as Whitaker speaking.
        any_source: any noun phrase will do ("according to exit polls"), not only a name.
    """
    words = lexicon().words
    k = j
    while k < len(toks) and toks[k].is_word and not (k > j and stops(toks[k], False)):
        if k - j >= MAX_SUBJECT_TOKENS:
            return None
        if k > j and toks[k].lower in _CIRCUMSTANCE and toks[k - 1].is_cap:
            break  # "by the FBI in the indictment of ...", "said Jane Doe in a statement": a name, then circumstances
        if any_source and k > j + 1 and toks[k].lower in ("the", "a", "an") and not toks[k].is_cap and toks[k - 1].is_cap:
            break  # "according to Mr Peston the prime minister said": a new phrase after the name
        if any_source and k > j and reduced_relative(toks, k):
            # "according to a poll released Monday by Carver University": the agent is the
            # source; "according to court papers filed in June": the papers are.
            agent = next((b for b in range(k + 1, min(k + 1 + MAX_AGENT_DISTANCE, len(toks))) if toks[b].lower == "by"), None)
            if agent is not None:
                return right_phrase(toks, agent + 1, closing, any_source)
            break
        k += 1
    if k == j:
        return None
    if closing and k < len(toks) and toks[k].is_word and toks[k].lower not in words["preposition"] and not _described_who(toks, j, k):
        return None
    last = k - 1
    while last > j and (toks[last].lower in words["time"] or (toks[last].lower in TIME_PREPOSITIONS and toks[last + 1].lower in words["time"])):
        last -= 1  # "reported by The Washington Post on Wednesday"
    if not (valid_phrase(toks, j, last) or (any_source and plain(toks, j, last))):
        return None
    appositive = None
    relative = k + 1 < len(toks) and toks[k + 1].lower in ("who", "whose", "which")
    if k < len(toks) and toks[k].text == "," and not relative:
        stop = k + 1
        while stop < len(toks) and toks[stop].text not in ",;" and not toks[stop].is_quote:
            stop += 1
        if stop > k + 1 and stop - k <= MAX_SUBJECT_TOKENS:
            end = stop - 1 if toks[stop - 1].text != "." else stop - 2
            appositive = joined(toks, k + 1, end) or None
            role = toks[last].lower in lexicon().roles or toks[last].lower in lexicon().titles  # "Popular Force secretary general, Jose Chlimper"
            titled = toks[last].lower in word_list("titled_works.txt") and titled_name(toks, k + 1, end)  # "a new book, Brown's Britain,"
            if (unnamed(toks, j, last) or role) and (proper(toks, k + 1, end) or titled):
                # "said the architect, Aissata Konde, who ...": the name is the speaker, the role
                # its description.
                role = j + 1 if toks[j].lower in words["determiner"] else j
                return Span(k + 1, end, "word", joined(toks, role, last) or None)
    return Span(j, last, "word", appositive)


# ", " before a description and room for a space or a closing bracket after it.
_APPOSITION_GAP = 3


def opening_apposition(toks: Sequence[Token], before: int) -> bool:
    """ "Omair Sharif, an economist at a bank, said the tweet ...": the sentence opens with its
    speaker and a description between commas, so no speaker follows the verb."""
    span = left_phrase(toks, before)
    if span is None or span.boundary != "start" or not span.appositive or "," in span.appositive or not all(is_named(t) for t in toks[span.first : span.last + 1]):
        return False
    # One description filling the whole gap to the verb's comma ("Hilton, 20, is due in court ...,
    # said Thom Mrozek" reports a clause after the age).
    return toks[before].start - toks[span.last].end <= len(span.appositive) + _APPOSITION_GAP
