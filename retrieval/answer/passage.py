"""The passage pass: a sentence answers when it and its neighbours hold what was asked.

A quote seldom repeats its topic: "what did Kerry say about the Iran talks?" is answered by
“We don't want just any deal,” he said, in a paragraph about the Iran talks; "what did Belmar
say about the shooting?" by “We could have buried two police officers.” When the literal and
related-words passes find fewer sentences than the answer shows, the question's words are looked
for in the sentences around each candidate in the same article (``PASSAGE_REACH`` either
side): one of them must match as the literal pass would. The association is the corpus's own: which sentences stand next
to which, read from the index at question time (no table, nothing built in advance, no
re-tokenising). Such sentences rank after every literal and related match, their scores weighed
down by ``PASSAGE_WEIGHT``, and each says which of the question's words only its neighbours hold
(a stand-in of a word for itself, see ``search.StandIn``).
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from retrieval.answer.matching import TermWeights
from retrieval.index.library import Searcher

__all__ = ["passage_ranked", "PASSAGE_REACH", "PASSAGE_WEIGHT", "PASSAGE_COVERAGE", "PASSAGE_HITS"]

# Sentences either side of a candidate read as its passage: a quote and the sentence that
# introduces or follows it; further away the article has often moved on.
PASSAGE_REACH = 2
# Passage scores are scaled by this, under the related-words pass's 0.5: the sentence itself
# does not say what was asked, its paragraph does.
PASSAGE_WEIGHT = 0.25
# The neighbour must hold this share of the question's weight, above the literal pass's half:
# a sentence holding "Mosul" but not "offensive" makes no passage about the Mosul offensive.
PASSAGE_COVERAGE = 0.75
# Best sentences holding the question's words whose neighbourhoods are read.
PASSAGE_HITS = 100


def passage_ranked(
    library: Searcher,
    weights: TermWeights,
    candidates: np.ndarray | None,
    min_coverage: float,
    exclude: np.ndarray,
    same_voice: bool = False,
) -> tuple[np.ndarray, np.ndarray, tuple[tuple[tuple[str, str], ...], ...]]:
    """Sentences near a sentence that matches the question by itself, best first.

    Args:
        library: the index.
        weights: the question's terms and their weights (only ``known`` terms are searched).
        candidates: sorted sentence indices the answers must come from, or None for all.
        min_coverage: share of the question's weight the neighbouring sentence must hold.
        exclude: sentences already answered by an earlier pass.
        same_voice: the neighbour must be unattributed (the article's own words introducing
            the quote) or quote the same speaker; over everyone's quotes this keeps out the
            interviewer's question beside an answer and the rival quoted beside an accusation.

    Returns:
        (indices, scores, stand-ins): per sentence, ``(term, term)`` for each question term its
        neighbour holds and it does not.
    """
    known = weights.known
    hits = library.search(known, PASSAGE_HITS, None)
    if not len(hits.indices):
        return _NONE
    present = library.contains(hits.indices, known)
    matching = weights.coverages(present) >= max(min_coverage, PASSAGE_COVERAGE)
    speakers = library.speaker_ids
    best: dict[int, tuple[float, int]] = {}  # candidate -> (score, row of the neighbour giving it)
    for row in np.flatnonzero(matching).tolist():
        h, score = int(hits.indices[row]), float(hits.scores[row])
        doc = library.document_of(h)
        first, last = doc.first_sentence, doc.first_sentence + doc.sentence_count - 1
        for c in range(max(first, h - PASSAGE_REACH), min(last, h + PASSAGE_REACH) + 1):
            if c == h or (same_voice and speakers[h] >= 0 and speakers[h] != speakers[c]):
                continue
            near = score / (1 + abs(c - h))  # the nearer the matching sentence, the surer
            if near > best.get(c, (0.0, -1))[0]:
                best[c] = (near, row)
    chosen = np.fromiter(sorted(best), np.int64, len(best))
    chosen = chosen[~np.isin(chosen, exclude)]
    if candidates is not None:
        chosen = chosen[np.isin(chosen, candidates)]
    if not len(chosen):
        return _NONE
    scores = np.array([best[int(c)][0] * PASSAGE_WEIGHT for c in chosen])
    order = np.lexsort((chosen, -scores))
    chosen, scores = chosen[order], scores[order]
    own = library.contains(chosen, known)
    stand_ins = tuple(_nearby(known, present[best[int(c)][1]], own[j]) for j, c in enumerate(chosen))
    return chosen, scores, stand_ins


_NONE: tuple[np.ndarray, np.ndarray, tuple] = (np.empty(0, np.int64), np.empty(0), ())


def _nearby(known: Sequence[str], held: np.ndarray, own: np.ndarray) -> tuple[tuple[str, str], ...]:
    """The question's terms the neighbour holds and the sentence does not, each as ``(term, term)``."""
    return tuple((t, t) for t, h, o in zip(known, held, own) if h and not o)
