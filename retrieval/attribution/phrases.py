"""Speaker-phrase extraction: the words naming a speaker, found left or right of a cue.

Walks tokens from the cue to a clause boundary (a comma, a quotation, "that", "who", an
auxiliary, another verb) and checks that what it collected can name someone. Handles the
comma layouts of news copy: ``X, who ..., said``, ``X, a nurse, said``, ``a spokesman for
Trump, Jason Miller, said`` and lists (``Germany, Denmark, Norway and Poland said``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Sequence

from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.tokens import Token
from retrieval.lexicon import words as word_list
from retrieval.attribution.validity import (
    LIST_JOINERS,
    bare_name,
    description_of_someone,
    is_list,
    is_named,
    joined,
    name_like,
    object_of_clause,
    parenthetical,
    titled_name,
    contact_clause,
    trailing_name,
    reduced_relative,
    TIME_PREPOSITIONS,
    plain,
    proper,
    unnamed,
    valid_phrase,
)

__all__ = ["Span", "boundary_before", "is_named", "left_phrase", "right_phrase", "valid_phrase"]

# A speaker phrase longer than this is a clause, not a name ("the man who ... said").
MAX_SUBJECT_TOKENS = 12
# "(R-Ariz.)", "(D-N.Y.)": a bracket after a name holds at most this many tokens.
MAX_BRACKET_TOKENS = 8
# Comma-separated pieces between a name and its verb ("Donna Rawlings, 59, of Ashton, Md., who ..., said").
MAX_APPOSITIVE_SEGMENTS = 6
# "Germany, Denmark, Norway and Poland said": each earlier name of a list is at most this many words.
MAX_LIST_ITEM_WORDS = 3
_RELATIVE = frozenset({"who", "which", "that"})
_CIRCUMSTANCE = frozenset({"in", "at", "on", "during"})  # place and time after a name
# "released late on Monday by": words between a participle and the "by" of its agent, at most.
MAX_AGENT_DISTANCE = 4

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


def _stops(tok: Token, at_end: bool) -> bool:
    """Does this word end a speaker phrase walking left?"""
    if tok.is_cap and tok.start > 0:
        return False  # "Theresa May", "Will Smith": capitalised mid-sentence is a name
    words = lexicon().words
    if tok.lower in words["boundary"] or (tok.lower in words["aux"] and not at_end):
        return True
    verb = lexicon().verbs.get(tok.lower)
    return verb is not None and verb.finite and not at_end


def _parenthesis_after_name(toks: Sequence[Token], close: int) -> int | None:
    """The "(" of the bracket closing at ``close`` when a name stands before it ("Cotton (R-AR)")."""
    if toks[close].text != ")":
        return None
    k = close - 1
    while k > 0 and toks[k].text not in "()" and close - k <= MAX_BRACKET_TOKENS:
        k -= 1
    return k if k > 0 and toks[k].text == "(" and toks[k - 1].is_cap else None


def _segment(toks: Sequence[Token], end: int) -> tuple[int, int, int] | None:
    """(first, last, stop) of the phrase ending at ``end``; ``stop`` is the token before it."""
    if end < 0:
        return None
    while end >= 0 and toks[end].text == ")":  # "Jason Chaffetz (R-Utah) said"
        while end >= 0 and toks[end].text != "(":
            end -= 1
        end -= 1
    k, count = end, 0
    while k >= 0:
        tok = toks[k]
        opened = _parenthesis_after_name(toks, k) if tok.text == ")" and k < end and toks[k + 1].lower in LIST_JOINERS else None
        if opened is not None:
            k = opened - 1  # "Tom Cotton (R-AR) and David Perdue": a name's bracket inside a list
            continue
        if not tok.is_word or _stops(tok, k == end):
            break
        named_before = k > 0 and (toks[k - 1].is_cap or _parenthesis_after_name(toks, k - 1) is not None)
        if tok.lower in LIST_JOINERS and not (named_before and k < end and toks[k + 1].is_cap):
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
    while last >= first and (toks[last].lower in words["time"] or toks[last].lower in ("on", "late", "early") or toks[last].lower in words["leading"]):
        last -= 1  # "The foreign secretary meanwhile said": a sentence adverb is no part of the speaker
    return (first, last, k) if first <= last else None


def left_phrase(toks: Sequence[Token], end: int) -> Span | None:
    """The speaker phrase ending at token ``end`` (just before the verb and its auxiliaries)."""
    if end < 0:
        return None
    if toks[end].text == ",":
        return _named_head(toks, end) or _comma_chain(toks, end)
    if toks[end].lower in ("who", "which"):
        return _before_relative(toks, end)  # "Ted Cruz endorses Trump, who says he is honored."
    seg = _segment(toks, end)
    if seg is None:
        return None
    first, last, stop = seg
    if not valid_phrase(toks, first, last):
        opener = toks[stop].lower if stop >= 0 else ""
        after_preposition = opener in lexicon().words["preposition"] or (opener in lexicon().words["boundary"] and opener not in _RELATIVE)
        if after_preposition and last > first and toks[last].lower in lexicon().subject_pronouns and not toks[last - 1].is_cap:
            # "Speaking after a summit meeting he said": a pronoun ends the opening phrase
            # ("read the guides I wrote" is a relative clause: no preposition opens it).
            return Span(last, last, "word")
        named_from = trailing_name(toks, first, last)  # "In a Bloomberg interview Trump declared"
        if named_from is None and contact_clause(toks, first, last):
            return Span(first, last, boundary_before(toks, stop))  # "Every activist I spoke to said"
        return _before_relative(toks, end) or (Span(named_from, last, "word") if named_from is not None else None)
    if stop >= 1 and toks[stop].text == "," and unnamed(toks, first, last) and not parenthetical(toks, end):
        # "Katrina Bull, a prospective parliamentary candidate said": a name, then its description
        # with the closing comma left out.
        name = _segment(toks, stop - 1)
        if name is not None and all(t.is_cap for t in toks[name[0] : name[1] + 1]) and name_like(toks, name[0], name[1]):
            return Span(name[0], name[1], boundary_before(toks, name[2]), joined(toks, first, last))
    if stop >= 0 and toks[stop].text == "," and is_list(toks, first, last):
        # "Germany, Denmark, Norway and Poland said": take in the names before the commas.
        while stop >= 1 and toks[stop].text == "," and toks[stop - 1].is_cap:
            outer = _segment(toks, stop - 1)
            if outer is None or outer[1] - outer[0] + 1 > MAX_LIST_ITEM_WORDS or not all(t.is_cap for t in toks[outer[0] : outer[1] + 1]):
                break
            first, stop = outer[0], outer[2]
    return Span(first, last, boundary_before(toks, stop))


def _before_relative(toks: Sequence[Token], end: int) -> Span | None:
    """``a senior official who asked not to be named said``: the phrase before "who"."""
    k = end
    while k >= 0 and end - k <= MAX_SUBJECT_TOKENS and toks[k].is_word:
        if toks[k].lower in _RELATIVE and not toks[k].is_cap:
            antecedent = k - 2 if k >= 1 and toks[k - 1].text == "," else k - 1
            seg = _segment(toks, antecedent)
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


def _comma_chain(toks: Sequence[Token], comma: int) -> Span | None:
    """``X, <appositives or a relative clause>, said``: X, with the pieces as its description.

    A person's name anywhere in the chain wins over a nearer organisation or role ("Michael
    Mulgrew, president of the United Federation of Teachers, which represents ..., said").
    """
    words = lexicon().words
    pieces: list[tuple[int, int]] = []
    fallback: Span | None = None
    k = comma
    for _ in range(MAX_APPOSITIVE_SEGMENTS):
        j, first = k - 1, k - 1
        while first >= 0 and toks[first].text != "," and not toks[first].is_quote:
            if toks[first].text == ")":
                while first > 0 and toks[first].text != "(":
                    first -= 1
            first -= 1
        if first + 1 > j:
            break
        pieces.append((first + 1, j))
        if len(pieces) == 2 and description_of_someone(toks, *pieces[1]) and bare_name(toks, *pieces[0]):
            # "An uncle of Yassine Labidi, Abeld Malik Labidi, told CNN": the name, described.
            return Span(pieces[0][0], pieces[0][1], boundary_before(toks, first), joined(toks, *pieces[1]))
        if len(pieces) >= 2:
            seg = _segment(toks, j)
            opener = toks[pieces[-2][0]]
            whole = seg is not None and all(t.lower in words["leading"] for t in toks[first + 1 : seg[0]])
            if seg is not None and whole and valid_phrase(toks, seg[0], seg[1]):
                relative = opener.lower in ("who", "which")
                described = None if relative else joined(toks, pieces[-2][0], pieces[0][1])
                span = Span(seg[0], seg[1], boundary_before(toks, first), described)
                if name_like(toks, seg[0], seg[1]):
                    return span
                loose = relative or opener.lower in words["determiner"] or boundary_before(toks, first) != "comma"
                named = any(
                    (is_named(t) and t.lower not in words["determiner"]) or t.lower in lexicon().groups for t in toks[seg[0] : seg[1] + 1]
                )  # "Two campaign aides, speaking on condition of anonymity, said"
                if fallback is None and loose and named:
                    fallback = span
            name = _before_of(toks, *pieces[0])
            capitals = all(t.is_cap or t.lower in words["name_particle"] for t in toks[pieces[0][0] : name + 1])
            if len(pieces) == 2 and capitals and name_like(toks, pieces[0][0], name) and not name_like(toks, *pieces[1]):
                # "a spokesman for Trump, Jason Miller, said", "Dell's campaign manager, Kevin Sato, said",
                # "Another pollster, David Woodard of Clemson University, said"
                return Span(pieces[0][0], name, boundary_before(toks, first), joined(toks, *pieces[1]))
            if len(pieces) == 2 and unnamed(toks, *pieces[1]) and proper(toks, *pieces[0]):
                # "A group of collectors, the Friends of the Vell Museum, said", "The architect, Aissata Konde, said"
                role = pieces[1][0] + 1
                return Span(pieces[0][0], pieces[0][1], boundary_before(toks, first), joined(toks, role, pieces[1][1]) or None)
        if first < 0 or toks[first].is_quote:
            break
        k = first
    return fallback


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
    while k < len(toks) and toks[k].is_word and not (k > j and _stops(toks[k], False)):
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
    if closing and k < len(toks) and toks[k].is_word and toks[k].lower not in words["preposition"]:
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


def _before_of(toks: Sequence[Token], s: int, e: int) -> int:
    """The last token of a name before its "of"/"for"/"at" ("David Woodard | of Clemson University")."""
    for k in range(s + 1, e):
        if toks[k].lower in ("of", "for", "at") and toks[k - 1].is_cap:
            return k - 1
    return e


def _named_head(toks: Sequence[Token], comma: int) -> Span | None:
    """``Jo Bloggs, chief executive of Acme, a widget maker, said``: a person's name opening the
    clause, then descriptions between commas (a lower-case word or an age first), is the speaker,
    however many capitalised words the descriptions hold ("executive director of the House
    Majority PAC", "a philanthropist from Monsey, New York")."""
    k, right = comma, comma
    for _ in range(MAX_APPOSITIVE_SEGMENTS):
        first = k - 1
        while first >= 0 and toks[first].text != "," and not toks[first].is_quote:
            first -= 1
        if first < 0 or toks[first].is_quote:
            seg = _segment(toks, k - 1)
            words = lexicon().words
            opening = toks[first + 1 : seg[0]] if seg is not None else []
            # "But Mark Holden, ...", "Even Rendell, a stalwart supporter, said"
            if seg is None or k == right or not all(t.lower in words["leading"] or (len(opening) == 1 and (t.lower in words["boundary"] or t.lower in words["aux"])) for t in opening):
                return None
            opener = toks[k + 1]
            # "Rendell, a stalwart Clinton supporter, said", "Elkins, 70, said": a lone name, described.
            age = right == k + 2 and opener.text.isdigit()
            alone = seg[0] == seg[1] and toks[seg[0]].is_cap and (opener.lower in words["determiner"] or age)
            if not (bare_name(toks, seg[0], seg[1]) or alone) or toks[seg[0]].lower in words["preposition"]:
                return None  # "At Boca West, where ...": a place
            if opener.is_cap or not (opener.is_word or opener.text[:1].isdigit()) or opener.lower in ("and", "or", "where", "when"):
                return None  # "Germany, Denmark and Norway said": a list, not a described name
            return Span(seg[0], seg[1], boundary_before(toks, first), joined(toks, k + 1, right - 1) or None)
        k = first
    return None

