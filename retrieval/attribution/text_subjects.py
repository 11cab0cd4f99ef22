"""A written thing as the subject of a stance verb: ``An unsealed criminal complaint accused one
of the men of ...``, ``The lawsuit portrays the policy as ...``, ``The messages threatened to ...``.

The stance verbs mined from PolNeAR (``mined_verbs.tsv``) and the hand-written ones flagged
``speaks`` (threaten, pledge, request) need a subject that can speak, so the
cue rules pass over a letter, a lawsuit or a petition; those take a stance in their own words,
and PolNeAR's annotators mark them as sources. Read only in a sentence the cue rules found no
clause in; the heads are in ``lexicon/text_nouns.txt``.
"""

from __future__ import annotations

from typing import Sequence

from retrieval.attribution.claims import Claim
from retrieval.attribution.layouts import make_claim
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.segments import Span
from retrieval.attribution.subjects import sentence_subject
from retrieval.attribution.tokens import Token
from retrieval.lexicon import words as word_list

__all__ = ["MAX_TEXT_WORDS", "text_subject_claims"]

# "An unsealed criminal complaint": words from the subject's first to its head noun, at most.
MAX_TEXT_WORDS = 5


def text_subject_claims(text: str, toks: Sequence[Token]) -> tuple[Claim, ...]:
    """The clause of a mined stance verb right after the sentence's subject when that subject is
    a written thing ("The letter also accused ..."); empty when there is none.

    Args:
        text: the sentence as written.
        toks: ``tokenize`` of the masked sentence (quoted words hidden).

    Returns:
        One ``SV`` claim, or nothing.
    """
    lex = lexicon()
    nouns = word_list("text_nouns.txt")
    if not any(t.lower in nouns for t in toks):
        return ()  # no written thing: nothing to read (and no subject to look for)
    span = sentence_subject(toks)
    if span is None:
        # "The lawsuit portrays California's treatment ...": the subject from the first word
        first = next((k for k, t in enumerate(toks) if t.lower not in lex.words["leading"]), 0)
        span = Span(first, first, "start" if first == 0 else "word")
    head = next((k for k in range(span.first, min(span.first + MAX_TEXT_WORDS, len(toks))) if toks[k].lower in nouns), None)
    if head is None or any(not t.is_word or t.lower in lex.verbs for t in toks[span.first : head]):
        return ()  # "An unsealed criminal complaint", never "The man who filed the complaint"
    k = head + 1
    while k < len(toks) and toks[k].is_word and not toks[k].is_cap and toks[k].lower in lex.words["aux"] and toks[k].lower not in lex.words["passive"]:
        k += 1  # "The letter also accuses", "the complaint has repeatedly blamed"
    verb = lex.verbs.get(toks[k].lower) if k < len(toks) and not toks[k].is_cap else None
    if verb is None or not (verb.mined or verb.speaks) or verb.participle or verb.form == verb.lemma or k + 1 >= len(toks) or not toks[k + 1].is_word:
        return ()
    if toks[k + 1].lower in lex.words["preposition"] and not (verb.speaks and toks[k + 1].lower == "to"):
        return ()  # "the book attacked in reviews": no one's stance on anyone ("The messages threatened to" is one)
    cue = text[toks[head + 1].start : toks[k].end]
    return (make_claim(text, toks, Span(span.first, head, span.boundary), cue, "SV"),)
