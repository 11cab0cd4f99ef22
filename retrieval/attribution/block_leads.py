"""A lead-in to an unmarked block: a sentence ending in a colon, last in its paragraph, before a
paragraph of someone's words printed without quotation marks, names their speaker by its subject
when it says what the words are.

    A county spokesman spoke to the Ledger:

    The depot will reopen in May. Crews are still on site.

    He also posted a statement to Facebook:

    I am grateful to the crews.

Fact-checkers and blogs set a source's words off as a block quotation, which the extracted text
keeps as a plain paragraph (Snopes, New York Magazine). The cue rules read no clause there: the
verb reports no words of its own ("spoke to the Ledger", "posted a statement", "shared this image
along with the following caption"). The lead-in counts when its subject can speak and a speech
word follows the subject (a reporting verb of the lexicon, or a thing that carries words:
``lexicon/block_lead_nouns.txt``); ``colon_blocks`` then gives the paragraph after it to the same
speaker. A colon before a list of facts ("The company has three plants:"), one before a quoted
paragraph (``colon.introducing_claim`` reads that), one before a bulleted list and a lead-in whose
subject cannot speak ("The findings are:") give none.
"""

from __future__ import annotations

from functools import lru_cache

from retrieval.attribution.claims import Claim
from retrieval.attribution.colon_blocks import BULLETS
from retrieval.attribution.cue_checks import can_speak
from retrieval.attribution.lexicon import lexicon
from retrieval.attribution.quotes import opens_with_mark
from retrieval.attribution.subjects import sentence_subject
from retrieval.attribution.tokens import Token, tokenize
from retrieval.lexicon import words

__all__ = ["block_lead"]

@lru_cache(maxsize=1)
def _carriers() -> frozenset[str]:
    return words("block_lead_nouns.txt")


def block_lead(masked: str, toks: list[Token] | None, next_paragraph: str | None) -> tuple[Claim, ...]:
    """The subject of a colon lead-in before an unmarked paragraph, as a claim (or none).

    Args:
        masked: the sentence with its quotations masked.
        toks: its tokens, or None when it was not tokenized.
        next_paragraph: the first sentence of the paragraph after it, or None when the sentence
            does not end its paragraph.
    """
    if next_paragraph is None or not masked.rstrip().endswith(":"):
        return ()
    opening = next_paragraph.lstrip()
    if not opening or opens_with_mark(opening) or opening.startswith(BULLETS):
        return ()
    toks = toks if toks is not None else tokenize(masked)
    span = sentence_subject(toks)
    if span is None or not can_speak(toks[span.last]) or not _verb_next(toks, span.last + 1):
        return ()
    cue = _speech_word(toks[span.last + 1 :])
    if cue is None:
        return ()
    return (Claim(toks[span.first].start, toks[span.last].end, cue, "SVQ"),)


def _verb_next(toks: list[Token], k: int) -> bool:
    """A verb (or its auxiliary) follows the subject, or an appositive's comma: "Check out the
    letter below:" and "Here's the official transcript:" have no subject before a verb."""
    if k >= len(toks):
        return False
    after = toks[k]
    lex = lexicon()
    if after.text == "," or after.lower in lex.words["aux"] or after.lower in lex.words["modal"]:
        return True
    verb = lex.verbs.get(after.lower)
    return (verb is not None and verb.finite) or (after.lower.endswith(("ed", "s")) and not after.is_cap)


def _speech_word(rest: list[Token]) -> str | None:
    """The first reporting verb or word-carrying noun among the words after the subject."""
    lex = lexicon()
    carriers = _carriers()
    for tok in rest:
        verb = lex.verbs.get(tok.lower)
        if (verb is not None and verb.finite) or tok.lower in carriers:
            return tok.text
    return None
