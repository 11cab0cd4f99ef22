"""The comma layouts of a speaker before its verb: ``X, <appositives or a relative clause>,
said``, ``a spokesman for Trump, Jason Miller, said``, ``Jo Bloggs, chief executive of Acme, a
widget maker, said``."""

from __future__ import annotations

from typing import Sequence

from retrieval.attribution.descriptions import document_noun, person_noun
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.segments import Span, boundary_before, segment
from retrieval.attribution.tokens import Token
from retrieval.lexicon import words as word_list
from retrieval.attribution.validity import (
    bare_name,
    description_of_someone,
    is_named,
    joined,
    name_like,
    proper,
    unnamed,
    valid_phrase,
)

__all__ = ["MAX_APPOSITIVE_SEGMENTS", "before_of", "comma_chain", "named_head"]

# Comma-separated pieces between a name and its verb ("Donna Rawlings, 59, of Ashton, Md., who ..., said").
MAX_APPOSITIVE_SEGMENTS = 6

def comma_chain(toks: Sequence[Token], comma: int) -> Span | None:
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
            seg = segment(toks, j)
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
                ) or _described_head(toks, seg[0], seg[1])  # "Two campaign aides, speaking on condition of anonymity, said"
                if fallback is None and loose and named:
                    fallback = span
            name = before_of(toks, *pieces[0])
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


def _described_head(toks: Sequence[Token], first: int, last: int) -> bool:
    """ "The family of the victim, who ..., said", "The email, which Bezos published, said", "Many
    journalists, including some ..., noted": a description opened by a determiner or a count whose
    head is people, a role or a thing that carries words."""
    words = lexicon().words
    head = toks[last].lower
    opened = toks[first].lower in words["determiner"] or toks[first].lower in words["partitive"] or toks[first].lower in words["count_opener"]
    heads = {toks[k].lower for k in range(first, last + 1) if k == last or toks[k + 1].lower in ("of", "for")}
    speaks = any(h in lexicon().roles or h in lexicon().groups or h in word_list("people_words.txt") or document_noun(h) or person_noun(h)[0] for h in heads)
    return opened and speaks and head.lower not in lexicon().subject_pronouns


def before_of(toks: Sequence[Token], s: int, e: int) -> int:
    """The last token of a name before its "of"/"for"/"at" ("David Woodard | of Clemson University")."""
    for k in range(s + 1, e):
        if toks[k].lower in ("of", "for", "at") and toks[k - 1].is_cap:
            return k - 1
    return e


def named_head(toks: Sequence[Token], comma: int) -> Span | None:
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
            seg = segment(toks, k - 1)
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
