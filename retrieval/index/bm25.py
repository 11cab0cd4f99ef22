"""Exact rank-bm25 BM25Okapi scores, computed only where a query term occurs.

rank-bm25's ``BM25Okapi.get_scores`` walks every sentence for every query term, about a second
a question at a million sentences. This module gives the same floating-point numbers (bit for
bit: same formula, same operation order, same summation order) from an inverted index:

- At index time (``retrieval.index.scoring``) every (term, sentence) pair gets its contribution
  ``idf(t) * tf * (k1 + 1) / (tf + k1 * (1 - b + b * len / avgdl))`` precomputed (the bm25s
  idea), so a question is a sum of a few score columns.
- rank-bm25 sums a sentence's score term by term in query order, adding 0.0 for absent terms;
  adding 0.0 changes no float, so summing only present terms in query order is identical.
- IDF is rank-bm25's ``log(N - df + 0.5) - log(df + 0.5)``, with negative values floored at
  ``epsilon * average idf``; the average is summed in the order terms first appear in the corpus,
  as rank-bm25's dict does, so the floor is bit-identical too. Term ids may follow any order:
  the first-appearance order is read from the sentences' rows (``first_appearance``).
- Very common terms are cheap by exact pruning (MaxScore): a sentence holding none of the rarer
  query terms scores at most the sum of the common terms' largest contributions; when the k-th
  best sentence among those holding a rarer term beats that bound, nothing else can enter the
  top k, and the common terms are only looked up for those candidates (which terms count as
  common: ``pruning``).

Matching is "contains a query term", never "score > 0": on tiny corpora rank-bm25's floored IDF
can be zero or negative, and those sentences still match.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import NamedTuple, Sequence

import numpy as np

from retrieval.index.candidates import CandidateMasks, in_range
from retrieval.index.pruning import common_terms
from retrieval.index.scoring import B, EPSILON, K1, LazyScores, bm25_arrays, idf_table

__all__ = ["K1", "B", "EPSILON", "Hits", "BM25Index", "bm25_arrays", "idf_table"]

# When the postings of a query's terms hold fewer entries than this share of all sentences,
# sorting those few ids is cheaper than marking and scanning a mask of every sentence.
SPARSE_MATCH_FRACTION = 1 / 16
# A candidate restriction this many times smaller than the postings to scan is scored by
# binary search into the postings instead of scattering them all.
CANDIDATE_LOOKUP_RATIO = 8


class Hits(NamedTuple):
    """Search results, best first: ties broken by lower sentence index."""

    indices: np.ndarray  # int64 sentence indices
    scores: np.ndarray  # float64 BM25Okapi scores, same order


@dataclass(frozen=True)
class _Arrays:
    term_ptr: np.ndarray  # int64 [n_terms + 1]: postings of term t are [term_ptr[t], term_ptr[t+1])
    post_sentences: np.ndarray  # int32 sentence index per posting, ascending within a term
    post_scores: np.ndarray  # float64 precomputed contribution per posting
    term_max: np.ndarray  # float64 largest contribution of each term
    n_sentences: int


class BM25Index:
    """Ranks sentences by rank-bm25's BM25Okapi score for a query of term ids."""

    def __init__(
        self, term_ptr: np.ndarray, post_sentences: np.ndarray, post_scores: np.ndarray, term_max: np.ndarray, n_sentences: int,
        lazy: LazyScores | None = None,
    ) -> None:  # fmt: skip
        """``lazy``: the scores are ``lazy``'s arrays, filled per term on first use (a new generation)."""
        self._a = _Arrays(*map(np.asarray, (term_ptr, post_sentences, post_scores, term_max)), n_sentences)  # plain views: memmap slices cost µs each
        self._lock = threading.Lock()
        self._acc: np.ndarray | None = None  # scratch score per sentence, kept all-zero between calls
        self._mask: np.ndarray | None = None
        self._masks = CandidateMasks(n_sentences)
        self._lazy = lazy
        self._scored = np.zeros(len(term_ptr) - 1, bool) if lazy is not None else None
        # Pruning is only sound when no contribution is negative (tiny corpora can floor IDF below 0).
        self._prunable = lazy.nonnegative if lazy is not None else bool(len(post_scores) == 0 or post_scores.min() >= 0)

    def complete(self) -> None:
        """Score every posting not scored yet (before the arrays are saved)."""
        with self._lock:
            if self._lazy is not None:
                self._lazy.score_all()
                self._lazy, self._scored = None, None

    @property
    def n_sentences(self) -> int:
        return self._a.n_sentences

    def document_frequency(self, term: int) -> int:
        """How many sentences contain term id ``term`` (0 for -1, the unknown term)."""
        if term < 0:
            return 0
        return int(self._a.term_ptr[term + 1] - self._a.term_ptr[term])

    def contains(self, term: int, sentences: np.ndarray) -> np.ndarray:
        """Whether each sentence index in ``sentences`` contains term id ``term`` (-1: never)."""
        sentences = np.asarray(sentences, dtype=np.int64)
        if term < 0:
            return np.zeros(len(sentences), bool)
        return _lookup(self._postings(term)[0], sentences)[1]

    def search(self, query: Sequence[int], k: int, candidates: np.ndarray | Sequence[int] | None = None) -> Hits:
        """Top ``k`` sentences containing at least one query term.

        Args:
            query: term ids in query order, repeats kept (each counts, as in rank-bm25); -1 for a
                term the corpus does not contain.
            k: how many to return at most.
            candidates: when given, only these sentence indices may be returned. An array
                given again (the same object, not changed since) reuses the mask made for it.

        Returns:
            Hits with BM25Okapi scores identical to rank-bm25's, best first, ties by index.
        """
        terms = [int(t) for t in query if t >= 0]
        if not terms or k <= 0 or self._a.n_sentences == 0:
            return _empty()
        with self._lock:
            self._score(terms)
            if candidates is not None:
                return self._search_candidates(terms, k, candidates)
            pruned = self._search_pruned(terms, k)
            return pruned if pruned is not None else self._search_all(terms, k)

    def _score(self, terms: list[int]) -> None:
        """Make sure the terms' contributions are computed (under the lock)."""
        if self._scored is not None and self._lazy is not None:
            for t in terms:
                if not self._scored[t]:
                    self._lazy.score_term(t)
                    self._scored[t] = True

    def _postings(self, t: int) -> tuple[np.ndarray, np.ndarray]:
        a = self._a
        lo, hi = a.term_ptr[t], a.term_ptr[t + 1]
        return a.post_sentences[lo:hi], a.post_scores[lo:hi]

    def _scratch(self) -> tuple[np.ndarray, np.ndarray]:
        if self._acc is None:
            self._acc = np.zeros(self._a.n_sentences)
            self._mask = np.zeros(self._a.n_sentences, bool)
        return self._acc, self._mask  # type: ignore[return-value]

    def _search_all(self, terms: list[int], k: int) -> Hits:
        matched, scores = self._score_all(terms)
        return _top(matched, scores, k)

    def _score_all(self, terms: list[int]) -> tuple[np.ndarray, np.ndarray]:
        if len(terms) == 1:  # the most common question: one term's postings are the answer
            ids, scores = self._postings(terms[0])
            return ids, np.array(scores)
        acc, _ = self._scratch()
        for t in terms:
            ids, scores = self._postings(t)
            acc[ids] += scores  # ids are distinct within a term, so fancy += is a true scatter-add
        matched = self._union([self._postings(t)[0] for t in set(terms)])
        return matched, self._collect(matched)

    def _score_within(self, terms: list[int], allowed: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``_score_all`` over the sentences ``allowed`` marks: each term's postings are cut to
        them before they are added up (the same sums, in the same order, for every sentence kept)."""
        if len(terms) == 1:
            ids, scores = self._postings(terms[0])
            keep = allowed[ids]
            return ids[keep], scores[keep]
        acc, _ = self._scratch()
        held: dict[int, np.ndarray] = {}
        for t in terms:
            ids, scores = self._postings(t)
            keep = allowed[ids]
            held[t] = ids[keep]
            acc[held[t]] += scores[keep]  # distinct within a term, as in _score_all
        matched = self._union(list(held.values()))
        return matched, self._collect(matched)

    def _union(self, id_lists: list[np.ndarray]) -> np.ndarray:
        """The sentences in any of ``id_lists``, ascending: sorted when few, else through a mask."""
        if sum(len(ids) for ids in id_lists) < SPARSE_MATCH_FRACTION * self._a.n_sentences:
            return _sorted_unique(np.concatenate(id_lists))
        _, mask = self._scratch()
        for ids in id_lists:
            mask[ids] = True
        matched = np.flatnonzero(mask)
        mask[matched] = False
        return matched

    def _collect(self, matched: np.ndarray) -> np.ndarray:
        """The accumulated scores of ``matched``, leaving the scratch all-zero again."""
        acc = self._acc
        assert acc is not None
        scores = acc[matched]
        acc[matched] = 0.0
        return scores

    def _search_pruned(self, terms: list[int], k: int, allowed: np.ndarray | None = None) -> Hits | None:
        """MaxScore (module docstring) among the sentences ``allowed`` marks if given; None when
        it cannot prove its top ``k`` exact."""
        a = self._a
        common = common_terms({t: self.document_frequency(t) for t in terms}, a.n_sentences) if self._prunable else set()
        if not common:
            return None
        bound = 0.0
        for t in terms:  # summed in query order: an upper bound on any float sum of these terms
            if t in common:
                bound += float(a.term_max[t])
        rare = [t for t in set(terms) if t not in common]
        matched = _sorted_unique(np.concatenate([self._postings(t)[0] for t in rare]))
        if len(matched) < k:
            return None
        acc, _ = self._scratch()
        for t in terms:
            ids, scores = self._postings(t)
            if t in common:
                pos, found = _lookup(ids, matched)
                acc[matched[found]] += scores[pos[found]]
            else:
                acc[ids] += scores
        scores = self._collect(matched)
        if allowed is not None:
            keep = allowed[matched]
            matched, scores = matched[keep], scores[keep]
            if len(matched) < k:
                return None
        hits = _top(matched, scores, k)
        if hits.scores[-1] > bound:
            return hits
        return None

    def _search_candidates(self, terms: list[int], k: int, given: np.ndarray | Sequence[int]) -> Hits:
        postings = sum(self.document_frequency(t) for t in terms)
        kept = self._masks.kept(given)
        ascending = False
        if kept is None:
            candidates, ascending = in_range(np.asarray(given, dtype=np.int64).ravel(), self._a.n_sentences)
            count = len(candidates)
        else:
            count = kept[0]
        if count * CANDIDATE_LOOKUP_RATIO > postings:
            if kept is None:
                kept = self._masks.keep(given, candidates)  # kept for next time when large
            pruned = self._search_pruned(terms, k, kept[1]) if self._masks.keeps(count) else None
            if pruned is not None:
                return pruned
            return _top(*self._score_within(terms, kept[1]), k)
        if kept is not None:  # a kept mask, but few enough postings to look the candidates up
            candidates, ascending = np.flatnonzero(kept[1]), True
        candidates = candidates if ascending else _sorted_unique(candidates)
        scores = np.zeros(len(candidates))
        matched = np.zeros(len(candidates), bool)
        for t in terms:
            ids, contribution = self._postings(t)
            pos, found = _lookup(ids, candidates)
            scores[found] += contribution[pos[found]]
            matched |= found
        return _top(candidates[matched], scores[matched], k)


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)``, by sorting: numpy's hash-based unique is several times slower on
    the tens of thousands of sentence ids a common term brings."""
    values = np.sort(values)
    if len(values) < 2:
        return values
    keep = np.empty(len(values), bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def _lookup(sorted_ids: np.ndarray, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positions of ``wanted`` in ``sorted_ids`` and whether each is there."""
    if len(sorted_ids) == 0:
        return np.zeros(len(wanted), np.int64), np.zeros(len(wanted), bool)
    pos = np.searchsorted(sorted_ids, wanted)
    pos[pos == len(sorted_ids)] = 0
    return pos, sorted_ids[pos] == wanted


def _top(indices: np.ndarray, scores: np.ndarray, k: int) -> Hits:
    """Best ``k`` by score, then by lower index; ``indices`` ascending."""
    if len(indices) > k:
        kth = np.partition(scores, len(scores) - k)[len(scores) - k]
        keep = scores >= kth  # every tie at the boundary, so the index tie-break is honoured
        indices, scores = indices[keep], scores[keep]
    order = np.lexsort((indices, -scores))[:k]
    return Hits(indices[order].astype(np.int64), scores[order].astype(np.float64))


def _empty() -> Hits:
    return Hits(np.empty(0, np.int64), np.empty(0, np.float64))
