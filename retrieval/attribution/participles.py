"""Whose words a participle reports, and whether a base-form verb agrees with its subject.

A reporting participle has no subject of its own: ``reported an official saying ...`` reports the
official's words (nested), ``police issued a statement saying ...`` the police's, ``..., with one
user tweeting: ...`` the user's. Pure functions over a sentence's tokens.
"""

from __future__ import annotations

from typing import Sequence

from retrieval.attribution.cue_checks import can_speak
from retrieval.attribution.groups import plural_group
from retrieval.attribution.lexicon import Verb, lexicon
from retrieval.attribution.phrases import Span, left_phrase, valid_phrase
from retrieval.attribution.tokens import Token
from retrieval.lexicon import words

__all__ = ["MAX_WITH_WORDS", "agrees", "carrier_owner", "carrier_subject", "participle_source"]

# "with one of the critics saying": words between "with" and the participle, at most.
MAX_WITH_WORDS = 6
# "released a short video statement saying": words from the determiner to the carrier, at most.
MAX_CARRIER_WORDS = 4
_PLURAL_PRONOUNS = frozenset({"i", "we", "you", "they"})  # take a base-form verb
_PARTICLES = frozenset({"out", "up"})  # "put out a statement", "sent out a message", "put up a post"
_TIME_OPENERS = frozenset({"on", "late", "early"})  # "later on Monday", "late Tuesday"


def participle_source(toks: Sequence[Token], end: int, span: Span | None) -> tuple[Span, str] | None:
    """The speaker of a participle whose phrase before it (``span``) ends at token ``end``, with
    its layout (``PARTICIPLE`` or ``NESTED``); None when the participle reports no one's words
    ("people saying ...", "attacked the plans saying ...")."""
    absolute = _with_phrase(toks, end)
    if absolute is not None:
        return absolute, "PARTICIPLE"
    span = span if span is not None else _carrier_phrase(toks, end)
    if span is None:
        return None
    opener = span.first - 1
    head = toks[span.last]
    if head.lower in words("carrier_nouns.txt"):
        subject = carrier_subject(toks, span)
        return (subject, "PARTICIPLE") if subject is not None else None
    if opener < 0 or toks[opener].lower not in lexicon().verbs or not can_speak(head):
        return None
    return span, "NESTED"  # "State TV reported an official saying ...": the official's words


def _carrier_phrase(toks: Sequence[Token], end: int) -> Span | None:
    """``she released a statement saying``: the phrase of a thing carrying words, from its
    determiner, when the walk before it found no speaker phrase (a pronoun subject makes
    "she released a statement" no phrase of its own)."""
    if end < 1 or toks[end].lower not in words("carrier_nouns.txt"):
        return None
    determiners = words("carrier_determiners.txt")
    k = end - 1
    while k > 0 and end - k < MAX_CARRIER_WORDS and toks[k].is_word and toks[k].lower not in determiners:
        k -= 1
    return Span(k, end, "word") if toks[k].lower in determiners else None


def agrees(toks: Sequence[Token], span: Span, verb: Verb) -> bool:
    """A base form is a verb only after a plural subject ("Richards and Yelling agree she could",
    "the men agree"); after a singular one it is a noun ("Battleground state Florida is ...")."""
    if verb.form != verb.lemma:
        return True
    phrase = toks[span.first : span.last + 1]
    lowered = [t.lower for t in phrase]
    return lowered[-1] in _PLURAL_PRONOUNS or "and" in lowered or plural_group(" ".join(t.text for t in phrase))


def _with_phrase(toks: Sequence[Token], end: int) -> Span | None:
    """``with one analyst`` right before a participle: an absolute clause whose speaker is the
    phrase after "with" ("Shares fell, with investors saying growth would slow")."""
    k = end
    while k >= 0 and end - k < MAX_WITH_WORDS and toks[k].is_word and toks[k].lower != "with":
        k -= 1
    if k < 0 or k == end or toks[k].lower != "with" or not valid_phrase(toks, k + 1, end) or not can_speak(toks[end]):
        return None
    return Span(k + 1, end, "word")


def carrier_subject(toks: Sequence[Token], span: Span) -> Span | None:
    """``police issued a statement saying``: the statement carries the words of the subject of
    the verb that put it out, found before the phrase's determiner."""
    dets = [k for k in range(span.first, span.last) if toks[k].lower in words("carrier_determiners.txt")]
    verb_at = dets[-1] - 1 if dets and dets[-1] > span.first else span.first - 1
    if verb_at > 1 and toks[verb_at].lower in _PARTICLES:
        verb_at -= 1  # "he put out a statement saying", "sent out a message"
    if verb_at < 1 or not toks[verb_at].is_word or toks[verb_at].is_cap or toks[verb_at].lower in lexicon().words["aux"]:
        return None  # "It was a statement saying nothing": a copula puts nothing out
    if toks[verb_at].lower in lexicon().words["preposition"]:
        return None  # "More from the report: ...": no verb put it out
    subject = left_phrase(toks, _before_verb_group(toks, verb_at - 1))
    return subject if subject is not None and can_speak(toks[subject.last]) else None


def _before_verb_group(toks: Sequence[Token], k: int) -> int:
    """The last token of the subject before a verb whose group ends at ``k``: auxiliaries,
    adverbs and a time phrase between are passed over ("The department **later on Monday**
    released a statement")."""
    words_of = lexicon().words
    while k > 0 and toks[k].is_word:
        lowered = toks[k].lower
        adverb = lowered.endswith("ly") and not toks[k].is_cap
        if not (lowered in words_of["aux"] or lowered in words_of["time"] or lowered in _TIME_OPENERS or adverb):
            break
        k -= 1
    return k


def carrier_owner(toks: Sequence[Token], span: Span) -> Span:
    """``the ISIS message warned``, ``the White House statement said``, ``the campaign's email
    said``: the name or owner before a thing that carries words is the speaker; ``The messages
    threatened`` keeps its phrase."""
    if span.last == span.first or toks[span.last].is_cap or toks[span.last].lower not in words("carrier_nouns.txt"):
        return span
    if span.last - 1 > span.first and toks[span.last - 1].lower.endswith(("’s", "'s")) and not toks[span.last - 1].is_cap:
        # "the campaign's email said": the owner of the carrier speaks (its possessive is cut by ``_claim``).
        return Span(span.first, span.last - 1, span.boundary, span.appositive)
    names = [k for k in range(span.first, span.last) if toks[k].is_cap and toks[k].lower not in lexicon().words["determiner"]]
    if not names or names != list(range(names[0], span.last)):
        return span
    return Span(names[0], span.last - 1, span.boundary, span.appositive)
