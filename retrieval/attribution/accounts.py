"""An account given: a labelling verb ("described") is speech with no label after it when its
subject can speak.

    Five other women described similar encounters.
    Ezike described her plane behavior with a chuckle.
    Professional traders from New York to Hong Kong described a sense of lingering unease.

``cues`` reads "described" as a verb that gives a label ("described the deal as “a disgrace”"),
and one with no label after it as no speech ("described the scene"). But a person or a group
who describes something gives an account of it in their own words, which the labelling rules
(``evals/news/README.md``) count as speech: 12 such sentences over the news sets (Vox, WSJ,
Chicago Tribune, Texas Tribune, Free Beacon, Al Jazeera ...), none labelled as no speech. The
verbs are data (``lexicon/account_verbs.txt``). A subject that cannot speak ("The scene
described", "The map describes") and a label's layout left to the label rules ("described as",
a quotation right after the verb) are not accounts, nor is "it" or "which" ("a measure which
describes large swaths of voters").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from retrieval.attribution.cue_checks import can_speak
from retrieval.attribution.lexicon import Verb
from retrieval.attribution.phrases import left_phrase
from retrieval.attribution.tokens import Token
from retrieval.lexicon import words

__all__ = ["gives_account"]

# Subjects that stand for a thing, never a speaker giving an account.
_THINGS = frozenset({"it", "which", "that", "this"})


@lru_cache(maxsize=1)
def _account_verbs() -> frozenset[str]:
    return words("account_verbs.txt")


def gives_account(toks: Sequence[Token], j: int, verb: Verb, before: int) -> bool:
    """The verb, a labelling one listed as giving an account, has an object of its own at ``j``
    (not "as" or a quotation) and a subject ending at ``before`` that can speak."""
    if verb.lemma not in _account_verbs() or verb.participle or j >= len(toks):
        return False
    follows = toks[j]
    if follows.is_quote or follows.lower == verb.via or not follows.is_word:
        return False
    if before >= 0 and toks[before].lower in _THINGS:
        return False  # "a measure which describes large swaths of voters", "it does describe"
    span = left_phrase(toks, before)
    return span is not None and toks[span.last].lower not in _THINGS and can_speak(toks[span.last])
