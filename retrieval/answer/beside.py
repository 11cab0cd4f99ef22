"""A speaker's own words beside the reporter's sentence that matched the question.

"who said the co-pilot wanted to destroy the plane?" matches the reporter's "The co-pilot ...
appeared to want to "destroy the plane," Brice Robin ... said today", and the prosecutor's own
"The intention was to destroy the plane," he said stands next to it, holding fewer of the
question's words. A matched sentence whose speaker speaks first in it is their words already;
one where the reporter speaks first is followed (or preceded) by the same speaker's quotation
within ``OWN_WORDS_REACH`` sentences of the same article, which the answer then shows too. The
association is the article's own (which sentence stands next to which, and who the attribution
says speaks in each); a sentence is added only beside one that answers, so a question nothing
answers still gets no quote.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from retrieval.answer.own_words import opens_with_quote
from retrieval.answer.search import Ranked
from retrieval.index.library import Searcher

__all__ = ["own_words_beside", "with_own_words", "OWN_WORDS_REACH"]

# A reporter's sentence about a speaker ("Howard attacked the Budget") is followed or preceded by
# their own words within this many sentences of the same article.
OWN_WORDS_REACH = 2


def own_words_beside(library: Searcher, i: int, terms: Sequence[str] = (), held: bool = False) -> int | None:
    """The nearest sentence of the same speaker and article, within ``OWN_WORDS_REACH``, that
    opens with their words (or, given ``terms``, holds one of them: a transcript's turn, a
    quotation closing a sentence; with ``held``, only one holding them); None when none does
    (or sentence ``i`` has no speaker)."""
    who = int(library.speaker_ids[i])
    if who < 0:
        return None
    doc = library.document_of(i)
    end = doc.first_sentence + doc.sentence_count
    for d in range(1, OWN_WORDS_REACH + 1):
        for near in (i + d, i - d):
            if doc.first_sentence <= near < end and int(library.speaker_ids[near]) == who and _speaks(library, near, terms, held):
                return near
    return None


def _speaks(library: Searcher, i: int, terms: Sequence[str], held: bool) -> bool:
    if not held and opens_with_quote(library.text(i)):
        return True
    return bool(terms) and bool(library.contains(np.array([i], np.int64), list(terms)).any())


def with_own_words(library: Searcher, ranked: Ranked, terms: Sequence[str], top: int, held: bool = False) -> Ranked:
    """``ranked`` with, when it holds fewer than ``top`` sentences, the own words beside each of
    its reporter's sentences after them all (scored below the last, best match's first), each
    saying which of ``terms`` only the sentence beside it holds. ``held``: only own words holding
    one of ``terms`` (asked of everyone: "who said hospitals?" shows only what mentions them)."""
    if not len(ranked) or len(ranked) >= top:
        return ranked
    have = set(ranked.indices.tolist())
    known = list(dict.fromkeys(terms))
    added: list[int] = []
    sources: list[int] = []
    for i in ranked.indices.tolist():
        if opens_with_quote(library.text(int(i))):
            continue  # the speaker speaks first: their own words already
        near = own_words_beside(library, int(i), known, held)
        if near is not None and near not in have:
            have.add(near)
            added.append(near)
            sources.append(int(i))
        if len(ranked) + len(added) >= top:
            break
    if not added:
        return ranked
    holds = library.contains(np.array(sources + added, np.int64), known) if known else np.zeros((2 * len(added), 0), bool)
    stand_ins = tuple(
        tuple((t, t) for t, h, o in zip(known, holds[j], holds[len(added) + j]) if h and not o) for j in range(len(added))
    )
    floor = float(ranked.scores.min()) if len(ranked.scores) else 0.0
    scores = floor * np.linspace(0.9, 0.5, len(added)) if floor > 0 else np.zeros(len(added))
    return Ranked(np.concatenate([ranked.indices, np.array(added, np.int64)]), np.concatenate([ranked.scores, scores]), ranked.stand_ins + stand_ins)
