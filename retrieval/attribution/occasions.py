"""Speech reported by the occasion it was given on, whatever the verb.

Papers often tell what someone said with a verb that is no reporting verb, and name the speech
by its occasion: "**In a speech at Georgetown University**, Mark Zuckerberg discussed the ways
...", "The campaign confirmed the arrangement **in an emailed statement**", "Trump showered Sharif
with praise **during a phone call**", "the United boss, **in an interview with** The Independent,
discussed ...". The occasion (a
statement, an interview, a speech, a news conference: ``speech_occasions.txt``) makes the
sentence its subject's words. Three layouts: the occasion opens the sentence and the subject
follows; it stands after the subject's verb in the same clause; or it is an aside between the
subject and its verb. The subject must be able to speak ("The interview led to questions"
reports nothing) and its verb must not be negated ("In his remarks, Netanyahu did not say").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from retrieval.attribution.cue_checks import EMPTY_SUBJECTS, can_speak
from retrieval.attribution.descriptions import person_noun
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.phrases import Span, left_phrase, valid_phrase
from retrieval.attribution.sentence_words import holds_any
from retrieval.attribution.subjects import sentence_subject
from retrieval.attribution.tokens import Token
from retrieval.lexicon import lines

__all__ = ["may_hold_occasion", "occasion_sources"]

# "in a separate statement", "in his first televised interview": words between the determiner
# and the occasion noun, at most.
MAX_OCCASION_MODIFIERS = 3
# "Louisville Police did give more details about the shooting in a media briefing": tokens between
# the subject and the occasion after its verb, at most; further on the occasion is another clause's.
MAX_VERB_GAP = 20
_PREPOSITIONS = frozenset({"in", "during", "at"})
# Before the subject, or as an aside after it, only "in" gives the words' medium ("In a speech,
# X discussed"); "at" or "during" gives the event's time or place, where someone may only act
# ("At a news conference, Boehner held up a card").
_WORDS_IN = frozenset({"in"})
_OWNERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "this", "that"})
# After the verb only an occasion of the subject's own counts: "in a statement", "in remarks"
# (a plural with no determiner) or "in televised remarks"; "during his speech" or "in the
# interview" may be someone else's.
_OWN_ACT = frozenset({"a", "an"})
# Words after the noun that make it no occasion: "in the release of emails", "at the call for".
_NOT_AFTER = frozenset({"of", "for"})


@lru_cache(maxsize=1)
def _nouns() -> dict[str, frozenset[str]]:
    """Each occasion noun -> the words one of which must stand before it ("news" or "press"
    before "conference"); empty when it needs none."""
    out: dict[str, set[str]] = {}
    for line in lines("speech_occasions.txt"):
        *before, noun = line.lower().split()
        out.setdefault(noun, set()).update(before or [""])
    return {noun: frozenset() if "" in before else frozenset(before) for noun, before in out.items()}


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    return frozenset(_nouns())


def may_hold_occasion(lowered: str) -> bool:
    """Cheap test on the lower-cased sentence: does it name an occasion of speech?"""
    return holds_any(lowered, _cue_words())


def _occasion_noun(toks: Sequence[Token], k: int) -> bool:
    """An occasion noun at ``k``, with the word it needs before it, and not "the release of"."""
    before = _nouns().get(toks[k].lower)
    if before is None or (k + 1 < len(toks) and toks[k + 1].lower in _NOT_AFTER):
        return False
    return not before or (k > 0 and toks[k - 1].lower in before)


def occasion_sources(toks: Sequence[Token]) -> list[tuple[Span, str, str]]:
    """The speaker phrase of a sentence that names the occasion of its subject's words, with the
    occasion as written as its cue; empty when there is none."""
    nouns = _cue_words()
    for k in [n for n, t in enumerate(toks) if t.lower in nouns]:  # one set test per token
        if toks[k].is_cap or not toks[k].is_word:
            continue
        p = _preposition_of(toks, k) if _occasion_noun(toks, k) else None
        span = _speaker(toks, p, k) if p is not None else None
        if span is not None:
            return [(span, " ".join(t.text for t in toks[p : k + 1]), "SV")]
    return []


def _preposition_of(toks: Sequence[Token], k: int) -> int | None:
    """The "in", "during" or "at" that opens the occasion noun at ``k``: "in a short statement",
    "during a videoconference", "in remarks" (after "in" a plural needs no determiner: "showing
    up at college speeches" attends them)."""
    lex = lexicon().words
    closed = lex["boundary"] | lex["aux"] | lex["preposition"]
    for j in range(k - 1, max(k - 3 - MAX_OCCASION_MODIFIERS, -1), -1):
        tok = toks[j]
        if tok.lower in _PREPOSITIONS and (toks[j + 1].lower in _OWNERS or (tok.lower == "in" and toks[k].lower.endswith("s"))):
            return j
        if not tok.is_word or (tok.lower in closed and tok.lower not in _OWNERS):
            return None
    return None


def _speaker(toks: Sequence[Token], p: int, end: int) -> Span | None:
    """Whose words the occasion from ``p`` to ``end`` gives, by the three layouts."""
    leading = lexicon().words["leading"]
    if all(t.lower in leading or t.text == "," for t in toks[:p]) and toks[p].lower in _WORDS_IN:
        span = sentence_subject(toks)  # "In a speech at Georgetown University, Mark Zuckerberg discussed"
        return span if span is not None and span.first > end and _speaks(toks, span, _clause_end(toks, span.last)) else None
    if p >= 2 and toks[p - 1].text == "," and toks[p].lower in _WORDS_IN and _verb_after_aside(toks, end):
        span = left_phrase(toks, p - 2)  # "the United boss, in an interview with ..., discussed"
        return span if span is not None and _speaks(toks, span, p) else None
    span = sentence_subject(toks)  # "The campaign confirmed the arrangement in an emailed statement"
    if span is None or span.last >= p or p - span.last > MAX_VERB_GAP or toks[p + 1].lower in _OWNERS - _OWN_ACT:
        return None  # "Protesters gathered outside during his speech": someone else's
    between = toks[span.last + 1 : p]
    boundary = lexicon().words["boundary"]
    if not any(t.is_word and not t.is_cap for t in between) or any(t.lower in boundary or t.text in ";:" for t in between):
        return None
    return span if _speaks(toks, span, p) else None


def _clause_end(toks: Sequence[Token], k: int) -> int:
    """Where the subject's clause after ``k`` ends: at a comma or a clause word ("Rubio appeared
    all in, pronouncing himself optimistic that legislation **can** be won" is no future)."""
    boundary = lexicon().words["boundary"]
    return next((j for j in range(k + 1, len(toks)) if toks[j].text in ",;:" or toks[j].lower in boundary), len(toks))


def _verb_after_aside(toks: Sequence[Token], end: int) -> bool:
    """The aside holding the occasion closes with a comma and a lower-case verb follows."""
    lex = lexicon().words
    closed = lex["preposition"] | lex["determiner"] | lex["boundary"]
    comma = next((k for k in range(end + 1, len(toks)) if toks[k].text in ",;:"), None)
    if comma is None or toks[comma].text != "," or comma + 1 >= len(toks):
        return False
    after = toks[comma + 1]
    return after.is_word and not after.is_cap and after.lower not in closed


def _speaks(toks: Sequence[Token], span: Span, until: int) -> bool:
    """A subject that can speak, whose verb (up to ``until``) is not negated or only to come
    ("He will participate in an interview", "has made no attempt")."""
    head = toks[span.last]
    speaks = can_speak(head) or (not head.is_cap and person_noun(head.lower)[0])  # "the prosecutor"
    if head.lower in EMPTY_SUBJECTS or head.lower in lexicon().words["time"] or not speaks or not valid_phrase(toks, span.first, span.last):
        return False
    after = toks[span.last + 1] if span.last + 1 < len(toks) else None
    if after is not None and after.is_word and not after.is_cap and person_noun(after.lower)[0]:
        return False  # "Democratic presidential contender Hillary Clinton": only a modifier
    lex = lexicon().words
    return not any(t.lower in lex["negation"] or t.lower in lex["modal"] or t.lower == "no" for t in toks[span.last + 1 : until])
