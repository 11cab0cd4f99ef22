"""Drops a question's generic verbs before its sentences are matched: held or not, they say
nothing of what was asked.

"what justification did Barr **give** for bringing back federal executions?" asks about a
justification and executions; "who **wants** to expand the Supreme Court?" about expanding it. In
a small corpus such a verb can be the question's rarest word the articles hold and then weigh the
most, though the article says it with another ("proposed a plan that would increase ...").
Weighed as a soft word (held, it would add to a sentence's share), a sentence holding only "gave"
would answer "who gave the award?" over articles that never say "award"; dropped, it cannot.
A phrasal verb with relatives of its own ("give up", "take off") is kept whole.
"""

from __future__ import annotations

import functools
from typing import Sequence

import numpy as np

from retrieval.answer.related import related_terms
from retrieval.index.terms import tokenize
from retrieval.lexicon import words

__all__ = ["beyond_generic", "generic_terms"]


@functools.cache
def _generic() -> frozenset[str]:
    return frozenset(t for w in words("generic_verbs.txt") for t in tokenize(w))


def generic_terms(terms: Sequence[str]) -> list[str]:
    """The generic verbs of ``terms`` ("give", "want"), in order; never one forming a phrase with
    related words of its own with the term beside it ("give_up")."""
    generic = _generic()
    return [
        t
        for n, t in enumerate(terms)
        if t in generic
        and not (n + 1 < len(terms) and related_terms(f"{t}_{terms[n + 1]}"))
        and not (n > 0 and related_terms(f"{terms[n - 1]}_{t}"))
    ]


def beyond_generic(present: np.ndarray, columns: Sequence[str], generic: Sequence[str]) -> np.ndarray:
    """Which sentences hold a column that is no generic verb: "gave" alone answers no "who gave
    the award?", whose share it would otherwise carry when "award" is a rarer word than it.

    Args:
        present: bool [sentences, len(columns)], which of ``columns`` each sentence holds.
        columns: the index terms of ``present``'s columns.
        generic: the question's generic verbs (``generic_terms``).
    """
    hard = [c for c, t in enumerate(columns) if t not in generic]
    if not hard or len(hard) == len(columns):
        return np.ones(len(present), bool)
    return present[:, hard].any(axis=1)
