"""A question's generic verbs ("give", "make", "want") weigh in the match rule as its own verb
does: held, they add to a sentence's share of the question; missing, they take nothing from it.

"what justification did Barr **give** for bringing back federal executions?" asks about a
justification and executions; "who **wants** to expand the Supreme Court?" about expanding it. In
a small corpus such a verb can be the question's rarest word the articles hold and then weigh the
most, though the article says it with another ("proposed a plan that would increase ...").
Alone they answer nothing (``beyond_generic``): a sentence holding only "gave" is no answer to
"who gave the award?", whose share it would otherwise carry when "award" is the rarer word.
Dropped from the question instead (BM25 then no longer ranks by them), one question fewer was
answered and an aggregate was lost ("getting rid of bad cops"). A phrasal verb with relatives of its own ("give up") stays asked.
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
