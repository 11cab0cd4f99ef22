"""The words of one sentence, read once and shared by every cheap test run before a rule.

A rule family that can fire only on a word of its own list (a reporting verb, a speech act's
noun and its light verb, an occasion of speech) first asks whether the sentence holds one. Each
list used to search the sentence on its own, and the speech-act lists searched it twice (once
before tokenizing, once inside the cue rules); now the sentence's runs of letters are listed
once and every test is a set intersection with its list. The answer is the one a search for
the list's words as whole runs of letters gives (the tests check it against such a search).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["LETTERS", "holds_any", "letter_runs"]

LETTERS = re.compile(r"[^\W\d_]+")
# Sentences whose runs are kept: more than the longest article holds (199 sentences in PolNeAR),
# as the pipeline tests every sentence of an article before its cue rules test them again.
SENTENCES_KEPT = 4096


@lru_cache(maxsize=SENTENCES_KEPT)
def letter_runs(lowered: str) -> frozenset[str]:
    """The runs of letters of a lower-cased sentence (``[^\\W\\d_]+``), as a set."""
    return frozenset(LETTERS.findall(lowered))


def holds_any(lowered: str, words: frozenset[str]) -> bool:
    """One of ``words`` is a whole run of letters of the lower-cased sentence."""
    return not words.isdisjoint(letter_runs(lowered))
