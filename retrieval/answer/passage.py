"""The passage pass: one speaker's quote answers when the sentence beside it says what was asked.

A quote seldom repeats its topic: "what did Kerry say about the Iran talks?" is answered by
“We don't want just any deal,” he said, in a paragraph about the Iran talks; "what did Belmar
say about the shooting?" by “We could have buried two police officers.” When the literal and
related-words passes find fewer of the speaker's quotes than the answer shows, the sentences
around each of them in the same article (``PASSAGE_REACH`` either side) are read: the quote and
one of them together must hold ``PASSAGE_COVERAGE`` of the question's weight ("Argentine
authorities ... the economy" beside "Argentina"). The association is the
corpus's own, which sentences stand next to which, read from the index at question time (no
table, nothing built in advance, no re-tokenising). Such quotes rank after every literal and
related match, their scores weighed down by ``PASSAGE_WEIGHT``, and each says which of the
question's words only its neighbour holds (a stand-in of a word for itself, ``search.StandIn``).
Asked of one speaker by name, a quote's neighbours are read together (the quote between a sentence
naming the rule and one naming the delay), and a quote holding some of the question's words itself
ranks before one only its paragraph holds. For one speaker's quotes the article's opening sentences (``LEAD_SENTENCES``) count as a
neighbour of every quote in it: "what did Sharpton say after the Charleston shooting?" is answered
by “We must go forward in uniting the community” in the article whose lead is about the shooting.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from retrieval.answer.matching import TermWeights
from retrieval.index.bm25 import Hits
from retrieval.index.library import Searcher

__all__ = ["passage_ranked", "PASSAGE_REACH", "PASSAGE_WEIGHT", "PASSAGE_COVERAGE", "PASSAGE_HITS", "MAX_NEIGHBOURS"]

# Sentences either side of a candidate read as its passage: a quote and the sentence that
# introduces or follows it; further away the article has often moved on.
PASSAGE_REACH = 2
# The opening sentences of an article say what all of it is about ("Sen. Booker criticised Biden's
# record on race on Sunday"): a quote in it whose words never name the topic is still about it.
LEAD_SENTENCES = 2
# A lead alone (no quote of the speaker in its article answering) must hold all of a question of
# at least two words: one word ("vaccines") a lead mentions in passing says little of the article.
LEAD_ALONE_COVERAGE = 1.0
LEAD_ALONE_TERMS = 2
# Passage scores are scaled by this, under the related-words pass's 0.5: the sentence itself
# does not say what was asked, its paragraph does.
PASSAGE_WEIGHT = 0.25
# The sentence and its neighbour together must hold this share of the question's weight, above
# the literal pass's half: holding "Mosul" but not "offensive" makes no passage about the Mosul offensive.
PASSAGE_COVERAGE = 0.75
# Over many quotes, the best sentences holding the question's words whose neighbours are read;
# over at most this many neighbours of a few quotes (one speaker's), every one of them.
PASSAGE_HITS = 100
MAX_NEIGHBOURS = 20_000


def passage_ranked(
    library: Searcher,
    starts: np.ndarray,
    weights: TermWeights,
    candidates: np.ndarray | None,
    min_coverage: float,
    exclude: np.ndarray,
    own_word: bool = False,
    window: bool = False,
) -> tuple[np.ndarray, np.ndarray, tuple[tuple[tuple[str, str], ...], ...]]:
    """Sentences near a sentence that matches the question by itself, best first.

    Args:
        library: the index.
        starts: the first sentence of each document, ascending (what "the same article" is).
        weights: the question's terms and their weights (only ``known`` terms are searched).
        candidates: sorted sentence indices the answers must come from, or None for all.
        min_coverage: share of the question's weight the neighbouring sentence must hold.
        exclude: sentences already answered by an earlier pass.
        own_word: the sentence must hold a word of the question itself (over everyone's quotes).
        window: the sentence and all its neighbours together, not one of them, must hold
            ``PASSAGE_COVERAGE`` (one speaker's quotes asked about by name).

    Returns:
        (indices, scores, stand-ins): per sentence, ``(term, term)`` for each question term its
        neighbour holds and it does not.
    """
    known = weights.known
    n = len(library)
    hits, led, leads = _passage_hits(library, known, starts, candidates, own_word)
    if not len(hits.indices):
        return _NONE
    present = library.contains(hits.indices, known)
    rows = np.flatnonzero(weights.coverages(present) > 0.0)
    c, s, r = _neighbours(hits.indices[rows].astype(np.int64), hits.scores[rows], rows, starts, n, after_only=own_word)
    if len(leads):
        lc, ls, lr = _lead_pairs(library, weights, hits.indices[rows].astype(np.int64), hits.scores[rows], rows, present[rows], led, exclude, starts)
        c, s, r = np.concatenate([c, lc]), np.concatenate([s, ls]), np.concatenate([r, lr])
    keep = ~_member(c, np.sort(exclude)) & (_member(c, candidates) if candidates is not None else True)
    c, s, r = c[keep], s[keep], r[keep]
    if not len(c):
        return _NONE
    # The sentence and its neighbour together must say what was asked; in a ``window``, the
    # sentence and all its neighbours (a judge's quote between two naming the rule, one the delay).
    own = library.contains(c, known)
    held = _window(c, present[r] | own) if window else present[r] | own
    together = weights.coverages(held) >= max(min_coverage, PASSAGE_COVERAGE)
    if own_word:
        together &= own.any(axis=1)
    c, s, r = c[together], s[together], r[together]
    if not len(c):
        return _NONE
    c, s, r = _best_first(c, s, r)
    own = library.contains(c, known)
    if window:  # a quote holding some of what was asked itself before one only its paragraph holds
        first = np.argsort(-weights.coverages(own), kind="stable")
        c, s, r, own = c[first], s[first], r[first], own[first]
    return c, s, tuple(_nearby(known, present[row], own[j]) for j, row in enumerate(r.tolist()))


def _passage_hits(
    library: Searcher, known: list[str], starts: np.ndarray, candidates: np.ndarray | None, own_word: bool
) -> tuple[Hits, np.ndarray, np.ndarray]:
    """The sentences that match the question by themselves, and the candidates whose articles'
    leads count as their neighbours (with those leads)."""
    n = len(library)
    few = candidates is not None and len(candidates) * len(_OFFSETS) <= MAX_NEIGHBOURS
    led = np.asarray(candidates, np.int64) if few and not own_word else np.empty(0, np.int64)
    leads = _leads(led, starts, n) if len(led) else led
    if few:
        # A few quotes (one speaker's): read exactly the sentences beside them (and their articles' leads).
        around = (np.asarray(candidates, np.int64)[:, None] + _OFFSETS[None, :]).ravel()
        around = _sorted_unique(np.concatenate([around[(around >= 0) & (around < n)], leads]))
        return library.search(known, len(around), around), led, leads
    return library.search(known, PASSAGE_HITS, None), led, leads


def _neighbours(
    matched: np.ndarray, scores: np.ndarray, rows: np.ndarray, starts: np.ndarray, n: int, after_only: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each matching sentence's neighbours in its own article: (neighbour, score, row of the
    matching sentence), the score falling with the distance. ``after_only``: only the sentences
    after it, which it introduces (over everyone's quotes: the sentence after a quote often moves
    on, "... he said. Amazon has shown interest in drones" says nothing of his words)."""
    near = matched[:, None] + _OFFSETS[None, :]
    distance = np.abs(_OFFSETS)[None, :].repeat(len(matched), 0)
    inside = (near >= 0) & (near < n) & ((_OFFSETS > 0)[None, :] if after_only else True)
    docs = np.searchsorted(starts, np.where(inside, near, 0), side="right")
    inside &= docs == np.searchsorted(starts, matched, side="right")[:, None]
    score = scores[:, None] / (1 + distance)  # the nearer the matching sentence, the surer
    source = np.broadcast_to(rows[:, None], near.shape)
    return near[inside], score[inside], source[inside]


def _window(c: np.ndarray, held: np.ndarray) -> np.ndarray:
    """Each row's terms with those of every other row of the same sentence: what its passage holds."""
    order = np.argsort(c, kind="stable")
    sc = c[order]
    first = np.flatnonzero(np.r_[True, sc[1:] != sc[:-1]])
    union = np.logical_or.reduceat(held[order], first, axis=0)
    out = np.empty_like(held)
    out[order] = union[np.repeat(np.arange(len(first)), np.diff(np.r_[first, len(sc)]))]
    return out


def _best_first(c: np.ndarray, s: np.ndarray, r: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each sentence once, with its best neighbour's score weighed down, best first."""
    order = np.lexsort((-s, c))  # by sentence, its best neighbour first
    c, s, r = c[order], s[order], r[order]
    first = np.flatnonzero(np.r_[True, c[1:] != c[:-1]])
    c, s, r = c[first], s[first] * PASSAGE_WEIGHT, r[first]
    order = np.lexsort((c, -s))
    return c[order], s[order], r[order]


def _lead_pairs(
    library: Searcher,
    weights: TermWeights,
    matched: np.ndarray,
    scores: np.ndarray,
    rows: np.ndarray,
    present: np.ndarray,
    led: np.ndarray,
    exclude: np.ndarray,
    starts: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(candidate, score, row) for each of ``led`` in the article of a matching lead sentence.

    The lead speaks for a speaker's other quotes in an article where one already answers; alone
    it says what the article is about, not what each speaker in it talked about, unless it holds
    every word of a question of two or more. A lead that is someone else's quote says what they
    talked about, not the article's topic.
    """
    if len(weights.terms) >= LEAD_ALONE_TERMS:
        whole = weights.coverages(present) >= LEAD_ALONE_COVERAGE
    else:
        whole = np.zeros(len(rows), bool)
    answered = _document(np.asarray(exclude, np.int64), starts)
    sure = whole | _member(np.searchsorted(starts, matched, side="right") - 1, answered)
    c, s, r = _led(matched[sure], scores[sure], rows[sure], led, starts)
    ids = np.asarray(library.speaker_ids)
    lead_speaker = ids[matched[sure]][_position(rows[sure], r)] if len(r) else np.empty(0, np.int64)
    mine = (lead_speaker == -1) | (lead_speaker == ids[c])
    return c[mine], s[mine], r[mine]


def _position(rows: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Where each of ``wanted`` stands in ``rows`` (every one is there; ``rows`` ascending)."""
    return np.searchsorted(rows, wanted)


def _document(sentences: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """The sorted, distinct documents holding ``sentences``."""
    return np.unique(np.searchsorted(starts, sentences, side="right") - 1)


def _leads(candidates: np.ndarray, starts: np.ndarray, n: int) -> np.ndarray:
    """The first ``LEAD_SENTENCES`` sentences of each article holding one of ``candidates``."""
    docs = _document(candidates, starts)
    ends = np.append(starts, n)[docs + 1]
    lead = (starts[docs][:, None] + np.arange(LEAD_SENTENCES)[None, :]).ravel()
    return lead[lead < np.repeat(ends, LEAD_SENTENCES)]


def _led(matched: np.ndarray, scores: np.ndarray, rows: np.ndarray, candidates: np.ndarray, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each matching lead sentence's candidates in its own article: (candidate, score, row), the
    score that of a sentence further away than any neighbour."""
    first = starts[np.searchsorted(starts, matched, side="right") - 1]
    lead = matched - first < LEAD_SENTENCES
    docs = np.searchsorted(starts, candidates, side="right") - 1
    pairs = [(k, np.flatnonzero(docs == d)) for k, d in enumerate(np.searchsorted(starts, matched, side="right") - 1) if lead[k]]
    if not pairs:
        return np.empty(0, np.int64), np.empty(0), np.empty(0, np.int64)
    which = np.concatenate([np.full(len(js), k) for k, js in pairs])
    picked = np.concatenate([js for _, js in pairs])
    return candidates[picked], scores[which] / (2 + PASSAGE_REACH), rows[which]


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    values = np.sort(values)
    return values[np.r_[True, values[1:] != values[:-1]]] if len(values) else values


def _member(values: np.ndarray, pool: np.ndarray) -> np.ndarray:
    """Which of ``values`` are in the sorted array ``pool`` (a binary search: no hashing)."""
    at = np.searchsorted(pool, values)
    return (at < len(pool)) & (np.asarray(pool)[np.minimum(at, len(pool) - 1)] == values) if len(pool) else np.zeros(len(values), bool)


_OFFSETS = np.array([d for d in range(-PASSAGE_REACH, PASSAGE_REACH + 1) if d], np.int64)
_NONE: tuple[np.ndarray, np.ndarray, tuple] = (np.empty(0, np.int64), np.empty(0), ())


def _nearby(known: Sequence[str], held: np.ndarray, own: np.ndarray) -> tuple[tuple[str, str], ...]:
    """The question's terms the neighbour holds and the sentence does not, each as ``(term, term)``."""
    return tuple((t, t) for t, h, o in zip(known, held, own) if h and not o)
