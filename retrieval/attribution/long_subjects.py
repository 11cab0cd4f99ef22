"""A second reading of a sentence the cue rules found no clause in: a plain speech verb ("said",
"told") whose subject is too long or too joined for the phrase rules.

``Hours before the auction lawyers for Menatep, a group through which ... control Yukos, said``,
``Sam Solovey, a contestant on ..., who went on to work alongside Trump, said``, ``Lawyers and
judges said``, ``The judges who ruled that ..., for instance, said``, ``questions that gun-rights
groups say they will challenge``, ``violations he said he committed``: the verb is speech whatever
stands before it, so the only question is where its subject starts. The subject is the first
phrase of the clause (after any opening phrase), the descriptions between commas or dashes after
it, and a restrictive "who" clause, all passed over; or the phrase after a clause word; or a
pronoun right before the verb. It must be able to speak, and a verb with no words after it ("the
book he wrote about ...") reports nothing. The verbs are in ``lexicon/plain_speech_verbs.txt``
(PolNeAR train counts in the lexicon README).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from retrieval.attribution.claims import Claim
from retrieval.attribution.cue_checks import can_speak
from retrieval.attribution.descriptions import person_noun
from retrieval.attribution.layouts import make_claim
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.segments import Span
from retrieval.attribution.tokens import Token
from retrieval.attribution.validity import is_named, proper, valid_phrase
from retrieval.lexicon import words as word_list

__all__ = ["long_subject_claims"]

# The pieces between the subject and its verb ("X, a nurse, of Leeds, who ..., said"), at most.
MAX_PIECES = 6
# Tokens from the subject's first word to the verb, at most: past that it is no one phrase.
MAX_CHAIN_TOKENS = 45
# A joined subject ("Ms. Toretti, Mrs. Rao and other prominent bundlers in both parties") is at
# most this many tokens: longer, the words before the verb are a clause of their own.
MAX_JOINED_TOKENS = 14
_SEPARATORS = frozenset({",", "—", "–", "--", ";"})
_RELATIVE = frozenset({"who", "whose", "which"})
# "questions that gun-rights groups say they will challenge": a subject right after a clause word,
# at most this many tokens.
MAX_SUBORDINATE_SUBJECT = 6
_BASE_FORMS = frozenset({"say"})  # a base form is a verb only after a plural subject
# "comments ..., which several candidates said were racist": the subject inside an object clause.
_RELATIVE_OBJECTS = frozenset({"which", "that"})
# A piece opening so (or with a determiner, a number or a preposition) describes the name
# before it or the circumstance of its words ("a nurse", "70", "who ...", "of Leeds", "however").
_DESCRIPTION_OPENERS = frozenset({"who", "whose", "which", "including", "now", "then", "herself", "himself", "themselves", "itself", "formerly", "meanwhile", "however", "though", "too", "also"})


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return word_list("plain_speech_verbs.txt")


def long_subject_claims(text: str, toks: Sequence[Token]) -> tuple[Claim, ...]:
    """The clause of the first plain speech verb whose subject this reading finds; empty when none.

    Args:
        text: the sentence as written.
        toks: ``tokenize`` of the masked sentence (quoted words hidden).

    Returns:
        One ``SV`` claim, or nothing.
    """
    verbs = _verbs()
    for i, tok in enumerate(toks):
        if tok.text not in verbs or i == 0:
            continue
        start = _group_start(toks, i)
        if start is None or start == 0 or (i + 1 < len(toks) and toks[i + 1].lower in lexicon().verbs[tok.text].not_before):
            continue  # "Laura Smith-Spark wrote from London": a byline
        before = start - 1
        if toks[before].text in _SEPARATORS:
            span: Span | None = _piece_subject(toks, before)
        elif not _reports(toks, i + 1):
            span = None  # "the book he wrote about the depot": no words reported after it
        elif toks[before].lower in lexicon().subject_pronouns and toks[before].lower != "you":
            # "something he says he did", "violations he said he committed"; "what it says is its
            # caliphate" is the reporter's naming of a thing
            span = Span(before, before, "word") if before == 0 or toks[before - 1].lower != "what" else None
        else:
            span = _joined_subject(toks, before) or _subordinate_subject(toks, before)
        if span is not None and tok.text in _BASE_FORMS and not _plural(toks, span):
            span = None  # "the Trump administration say": no verb after a singular
        if span is not None:
            cue = text[toks[start].start : tok.end]
            return (make_claim(text, toks, span, cue, "SV"),)
    return ()


def _group_start(toks: Sequence[Token], i: int) -> int | None:
    """Where the verb group ("has also said", "on Monday told") starts; None when it is passive
    ("was told") or negated, which report no one's words."""
    words = lexicon().words
    k = i - 1
    while k >= 0 and toks[k].is_word and not toks[k].is_cap and (toks[k].lower in words["aux"] or toks[k].lower in words["time"] or toks[k].lower in words["leading"] or toks[k].lower.endswith("ly")):
        if toks[k].lower in words["passive"] or toks[k].lower in ("not", "never") or toks[k].lower.endswith(("n't", "n’t")):
            return None
        k -= 1
    while k >= 0 and toks[k].is_cap and toks[k].lower in words["time"]:  # "Trumka, ..., said Monday" / "Monday said"
        k -= 1
    return k + 1


def _pieces(toks: Sequence[Token], comma: int) -> list[tuple[int, int]] | None:
    """The comma- or dash-separated pieces ending at ``comma``, left to right, back to the
    sentence start; None when there are too many or too long ones to be one subject."""
    pieces: list[tuple[int, int]] = []
    end = comma - 1
    k = end
    while k >= -1:
        if k == -1 or toks[k].text in _SEPARATORS:
            if k + 1 <= end:
                pieces.append((k + 1, end))
            if k == -1:
                break
            end = k - 1
        k -= 1
        if len(pieces) > MAX_PIECES:
            return None
    pieces.reverse()
    return pieces


def _piece_subject(toks: Sequence[Token], comma: int) -> Span | None:
    """``X, <descriptions>, said``: the first piece that names a speaker, the pieces after it all
    descriptions of it. An opening phrase or clause before it is passed over ("In a meeting with
    Trump, the senator, a Republican, said", "They are not alone — multiple groups, like ...,
    said"), unless it ends with a name the next piece describes ("what he and Fauci, the director
    of ..., have said")."""
    pieces = _pieces(toks, comma)
    words = lexicon().words
    for n, (first, last) in enumerate(pieces or ()):
        while first <= last and toks[first].lower in words["leading"]:
            first += 1
        if first > last or comma - first > MAX_CHAIN_TOKENS:
            continue
        rest = pieces[n + 1 :]  # type: ignore[index]
        opener = toks[first].lower
        opening = opener in words["preposition"] or (opener in words["boundary"] and opener not in _RELATIVE | _RELATIVE_OBJECTS)
        span = _phrase_in(toks, first, last)
        if span is None and not opening and rest and _introduces(toks[rest[0][0]]):
            span = _closing_name(toks, first, last)
        if span is None and (opener in _RELATIVE_OBJECTS or (opening and opener in words["boundary"])) and first < last and _speaks(toks, first + 1, last):
            # "comments, which several other candidates, including Booker, said were", "a meeting
            # in Springfield, where Jose Gonzalez, director of ..., said"
            span = Span(first + 1, last, "word")
        if span is not None and all(_describes(toks, *piece) for piece in rest):
            if rest and not is_named(toks[span.last]) and proper(toks, *rest[0]):
                # "Another senior navigation official, Ehab Mohieeldin, meanwhile told": the name
                return Span(rest[0][0], rest[0][1], "comma", " ".join(t.text for t in toks[span.first : span.last + 1]))
            return span
        if span is None and (opener in _RELATIVE | _RELATIVE_OBJECTS or (not opening and toks[last].is_cap and rest and _introduces(toks[rest[0][0]]))):
            return None  # a relative clause describes the piece before it; so does "the director of ..."
    return None


def _phrase_in(toks: Sequence[Token], first: int, last: int) -> Span | None:
    """The speaker phrase a piece holds: all of it, or the part before a restrictive "who" ("The
    judges who ruled that ...")."""
    relative = next((k for k in range(first + 1, last + 1) if toks[k].lower in _RELATIVE and not toks[k].is_cap), None)
    if relative is not None:
        last = relative - 1
    return Span(first, last, "start" if first == 0 else "word") if _speaks(toks, first, last) else None


def _closing_name(toks: Sequence[Token], first: int, last: int) -> Span | None:
    """The phrase closing a piece after a clause word or preposition, when a description of it
    follows: "Hours before the auction | lawyers for Menatep, a group ...", "Pelosi's announcement
    comes after | AFL-CIO President Richard Trumka, who represents ..."."""
    words = lexicon().words
    for k in range(first + 1, last + 1):
        if toks[k - 1].lower in words["boundary"] or toks[k - 1].lower in words["preposition"]:
            if _speaks(toks, k, last):
                # "the vote lawyers for Ardena Rail": the lower-case words before the head are
                # the opening phrase's ("before the vote"), not the speaker's.
                while k < last and not toks[k].is_cap and not _people(toks[k]) and _speaks(toks, k + 1, last):
                    k += 1
                return Span(k, last, "word")
    return None


def _introduces(tok: Token) -> bool:
    """A piece opening so describes a person named before it ("who ...", "a nurse"); "which"
    describes a thing ("the House, which will ...")."""
    return tok.lower == "who" or tok.lower in lexicon().words["determiner"]


def _speaks(toks: Sequence[Token], first: int, last: int) -> bool:
    """A phrase that can name a speaker, headed by people ("lawyers", "an economist") or ending
    with a name ("lawyers for Menatep")."""
    if not (_people(toks[last]) or (is_named(toks[last]) and toks[last].lower not in lexicon().words["determiner"])):
        return False  # "The fares rose twice this year": no one heads it
    return valid_phrase(toks, first, last) or _plain(toks, first, last)


def _plain(toks: Sequence[Token], first: int, last: int) -> bool:
    """Words of one noun phrase: no auxiliary, clause word, verb or opening preposition
    ("Witnesses", "the epidemiologist", "survivors of the crash")."""
    words = lexicon().words
    closed = words["aux"] | words["boundary"] | lexicon().subject_pronouns
    span = toks[first : last + 1]
    return (
        span[0].lower not in words["preposition"]
        and all(t.is_word and t.lower not in closed and (t.is_cap or t.lower not in lexicon().verbs) for t in span)
        and not any(t.lower.endswith("ing") and not t.is_cap for t in span)
    )


def _people(head: Token) -> bool:
    """A head that can speak, in the singular or the plural ("judges", "witnesses")."""
    if can_speak(head):
        return True
    lex = lexicon()
    lowered = head.lower
    forms = [lowered, lowered[:-1] if lowered.endswith("s") else "", lowered[:-2] if lowered.endswith("es") else ""]
    return any(f and (person_noun(f)[0] or f in lex.roles or f in lex.groups or f in lex.titles) for f in forms)


def _describes(toks: Sequence[Token], first: int, last: int) -> bool:
    """A piece after a name that describes it ("a nurse", "70", "who ...", "of Leeds", "in a
    statement", "Mrs. Rao and other bundlers"), not a clause of its own."""
    tok = toks[first]
    words = lexicon().words
    if tok.lower in _DESCRIPTION_OPENERS or tok.lower in words["determiner"] or tok.lower in words["preposition"] or tok.text[:1].isdigit():
        return True
    if tok.is_quote or not tok.is_word:
        return True  # a quoted title inside a description ("the co-author of “Going Viral,”")
    return valid_phrase(toks, first, last)


def _joined_subject(toks: Sequence[Token], last: int) -> Span | None:
    """``Witnesses and survivors said``, ``Organizers of the push to boycott the speech said``: the
    clause's first phrase up to the verb, when every part of it joined by "and" can speak."""
    words = lexicon().words
    first = last
    while first > 0 and toks[first - 1].is_word and last - first < MAX_JOINED_TOKENS:
        first -= 1
    if first > 0 and toks[first - 1].text not in _SEPARATORS:
        return None
    while first <= last and toks[first].lower in words["leading"]:
        first += 1
    joins = [k for k in range(first, last + 1) if toks[k].lower == "and"]
    if not joins or last - first >= MAX_JOINED_TOKENS:
        return None
    bounds = [first - 1, *joins, last + 1]
    parts = [(a + 1, b - 1) for a, b in zip(bounds, bounds[1:])]
    if any(a > b or not _speaks(toks, a, b) for a, b in parts):
        return None
    return Span(first, last, "start" if first == 0 else "comma")


def _subordinate_subject(toks: Sequence[Token], last: int) -> Span | None:
    """``questions that gun-rights groups say they will challenge``, ``after police said``: the
    subject of a clause opened by a clause word ("that", "after", "because") just before it."""
    words = lexicon().words
    first = last
    while first > 0 and last - first < MAX_SUBORDINATE_SUBJECT and toks[first - 1].is_word and toks[first - 1].lower not in words["boundary"]:
        first -= 1
    if first == 0 or toks[first - 1].lower not in words["boundary"] or toks[first - 1].lower == "what":
        return None  # "what he and Fauci have said": the reporter's words about theirs
    return Span(first, last, "word") if _speaks(toks, first, last) else None


def _plural(toks: Sequence[Token], span: Span) -> bool:
    """A subject a base form agrees with: a plural pronoun, people in the plural, a joined subject."""
    phrase = [t.lower for t in toks[span.first : span.last + 1]]
    return phrase[-1] in ("i", "we", "they") or "and" in phrase or (phrase[-1].endswith("s") and _people(toks[span.last]))


def _reports(toks: Sequence[Token], j: int) -> bool:
    """What follows the verb at ``j`` is what was said: a clause ("he did", "it would", "was"),
    "that", or a listener ("told Mr Brown"); "wrote about the depot" reports nothing."""
    if j >= len(toks):
        return False
    tok = toks[j]
    lex = lexicon()
    opens = lex.subject_pronouns | lex.words["complement"] | lex.words["determiner"] | word_list("finite_auxiliaries.txt")
    return tok.lower in opens or tok.is_cap or tok.is_quote or tok.text == ":"
