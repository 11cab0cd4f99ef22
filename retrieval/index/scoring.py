"""BM25Okapi's corpus-wide statistics and every posting's precomputed contribution.

A question's score is a sum of per-(term, sentence) contributions; each depends on the term
frequency, the sentence's length, and numbers of the whole corpus: N, the average length, the
term's IDF and the epsilon floor over the average IDF. This module computes the inverted index
from per-sentence counts (``bm25_arrays``) and, separately, the contributions from postings,
lengths and statistics (``score_postings``), so a new index generation (or a shard that is given
the corpus-wide statistics) can rescore without inverting anything again. The formulas and
operation order are rank-bm25's, so the floats are identical (see ``retrieval.index.bm25``).
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["K1", "B", "EPSILON", "BUILD_BLOCK", "bm25_arrays", "idf_table", "score_postings", "LazyScores", "first_appearance", "sentence_lengths"]

# rank-bm25's BM25Okapi defaults; the reference scorer uses them, so we must too.
K1 = 1.5
B = 0.75
EPSILON = 0.25
# Postings whose contributions are computed at once: bounds the temporaries.
BUILD_BLOCK = 1 << 22


def bm25_arrays(
    sent_ptr: np.ndarray, sent_terms: np.ndarray, sent_tfs: np.ndarray, n_terms: int,
    idf: np.ndarray | None = None, avgdl: float | None = None,
) -> dict[str, np.ndarray]:  # fmt: skip
    """Compute the inverted, pre-scored index from per-sentence term counts.

    Args:
        sent_ptr: int64 [n_sentences + 1]; sentence i's terms are ``sent_terms[sent_ptr[i]:sent_ptr[i+1]]``.
        sent_terms: int32 term ids, each sentence's distinct terms in order of first occurrence.
            Every id in ``range(n_terms)`` must be used; ids may number terms in any order (the
            order of first appearance, which the IDF average needs, is read from the rows).
        sent_tfs: int32 count of each term in its sentence.
        n_terms: size of the vocabulary.
        idf, avgdl: the whole corpus's, when these sentences are one shard of it (``retrieval.index.shards``).

    Returns:
        Arrays ``term_ptr``, ``post_sentences``, ``post_tfs``, ``doc_len`` (int32 tokens per
        sentence), ``post_scores``, ``term_max``, ``idf`` (see ``BM25Index`` and
        ``score_postings``), ready to save or to pass to ``BM25Index``.
    """
    n = len(sent_ptr) - 1
    if n_terms == 0:
        empty = np.empty(0, np.int32)
        return dict(
            term_ptr=np.zeros(1, np.int64), post_sentences=empty, post_tfs=empty, doc_len=np.zeros(n, np.int32),
            post_scores=np.empty(0), term_max=np.empty(0), idf=idf if idf is not None else np.empty(0),
        )  # fmt: skip
    order = np.argsort(sent_terms, kind="stable")
    post_tfs = np.asarray(sent_tfs, np.int32)[order]
    post_sentences = np.repeat(np.arange(n, dtype=np.int32), np.diff(sent_ptr))[order]
    del order
    term_ptr = np.concatenate(([0], np.cumsum(np.bincount(sent_terms, minlength=n_terms), dtype=np.int64)))
    first = first_appearance(term_ptr, post_sentences, sent_ptr, sent_terms) if idf is None else None
    doc_len = sentence_lengths(sent_ptr, sent_tfs)
    lazy = LazyScores(term_ptr, post_sentences, post_tfs, doc_len, first, idf=idf, avgdl=avgdl)
    lazy.score_all()
    scored = dict(post_scores=lazy.post_scores, term_max=lazy.term_max, idf=lazy.idf)
    return dict(term_ptr=term_ptr, post_sentences=post_sentences, post_tfs=post_tfs, doc_len=doc_len, **scored)


def sentence_lengths(sent_ptr: np.ndarray, sent_tfs: np.ndarray) -> np.ndarray:
    """int32 number of tokens in each sentence (rank-bm25's ``doc_len``), from its term counts."""
    cum = np.concatenate(([0], np.cumsum(sent_tfs, dtype=np.int64)))
    return (cum[sent_ptr[1:]] - cum[sent_ptr[:-1]]).astype(np.int32)


def first_appearance(term_ptr: np.ndarray, post_sentences: np.ndarray, sent_ptr: np.ndarray, sent_terms: np.ndarray) -> np.ndarray:
    """Term ids in the order the terms first appear in the corpus (rank-bm25's dict order).

    A term's first sentence is its first posting (postings ascend); within that sentence, its
    place in the row (rows keep first-occurrence order). Every term occurs once per row, so
    picking each row entry that sits in its term's first sentence lists every term exactly once.
    """
    first_sentence = post_sentences[term_ptr[:-1]]
    rows = _distinct(first_sentence)  # only these sentences hold a first appearance
    lo, hi = np.asarray(sent_ptr[rows], np.int64), np.asarray(sent_ptr[rows + 1], np.int64)
    lengths = hi - lo
    starts = np.repeat(lo - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
    entries = starts + np.arange(int(lengths.sum()), dtype=np.int64)  # their row entries, in corpus order
    terms = np.asarray(sent_terms)[entries]
    return terms[first_sentence[terms] == np.repeat(rows, lengths)]


def score_postings(
    term_ptr: np.ndarray, post_sentences: np.ndarray, post_tfs: np.ndarray, doc_len: np.ndarray, first: np.ndarray
) -> dict[str, np.ndarray]:
    """Every posting's BM25Okapi contribution from corpus-wide statistics.

    These are the only corpus-wide numbers: N (``len(doc_len)``), the average length, each
    term's IDF (from its document frequency, ``diff(term_ptr)``) and the epsilon floor over the
    average IDF (summed in first-appearance order, ``first``). Given the same postings and
    lengths, the result is the same bit for bit however the postings were assembled, which is
    what lets an index generation be made by splicing postings instead of rebuilding them.

    Returns:
        ``post_scores`` (float64 per posting), ``term_max`` (largest per term) and ``idf``.
    """
    lazy = LazyScores(term_ptr, post_sentences, post_tfs, doc_len, first)
    lazy.score_all()
    return dict(post_scores=lazy.post_scores, term_max=lazy.term_max, idf=lazy.idf)


class LazyScores:
    """Postings' contributions made term by term when first asked for, or all at once.

    A new generation can answer as soon as its corpus-wide statistics (every IDF, each
    sentence's length part) are known, which costs a pass over the terms and the sentences, not
    over the postings; a question scores the few terms it uses. ``score_all`` completes the
    arrays (before saving). Either way every number equals ``score_postings``'s: each is made
    by the same operations on the same inputs.
    """

    def __init__(
        self, term_ptr: np.ndarray, post_sentences: np.ndarray, post_tfs: np.ndarray, doc_len: np.ndarray,
        first: np.ndarray | None, idf: np.ndarray | None = None, avgdl: float | None = None,
    ) -> None:  # fmt: skip
        """``idf`` and ``avgdl`` are given for a shard (the corpus's); else computed (``first``: see ``first_appearance``)."""
        self._ptr, self._sentences, self._tfs = term_ptr, post_sentences, post_tfs
        n = len(doc_len)
        if idf is None:
            assert first is not None
            idf = _idf(np.diff(term_ptr), n, first) if len(term_ptr) > 1 else np.empty(0)
        self.idf = idf
        avgdl = avgdl if avgdl is not None else (int(doc_len.sum()) / n if n else 1.0)
        # rank-bm25's length part, K1 * (1 - B + B * len / avgdl), once per sentence: the same
        # operations on the same numbers as per posting, so the same floats, at a tenth of the work.
        self._norm = K1 * (1 - B + B * doc_len / avgdl)
        self.post_scores = np.empty(len(post_sentences))
        self.term_max = np.zeros(len(term_ptr) - 1)
        # A contribution has its IDF's sign (the tf part is positive): pruning needs none negative.
        self.nonnegative = bool(len(self.idf) == 0 or self.idf.min() >= 0)

    def score_term(self, t: int) -> None:
        """Fill term ``t``'s contributions and its largest one."""
        lo, hi = int(self._ptr[t]), int(self._ptr[t + 1])
        self._score(lo, hi, self.idf[t])
        self.term_max[t] = self.post_scores[lo:hi].max()

    def score_all(self) -> None:
        """Fill every contribution and every term's largest."""
        counts = np.diff(self._ptr)
        for lo in range(0, len(self._sentences), BUILD_BLOCK):  # in blocks: whole-corpus temporaries cost gigabytes at 10M
            hi = min(lo + BUILD_BLOCK, len(self._sentences))
            self._score(lo, hi, _block_repeat(self.idf, self._ptr, counts, lo, hi))
        if len(self.post_scores):
            self.term_max[:] = np.maximum.reduceat(self.post_scores, self._ptr[:-1])  # in place: shared

    def _score(self, lo: int, hi: int, idf: np.ndarray | float) -> None:
        tf = self._tfs[lo:hi].astype(np.float64)
        denominator = self._norm[self._sentences[lo:hi]]
        denominator += tf
        out = self.post_scores[lo:hi]
        # Same operations, same order, as rank_bm25.BM25Okapi.get_scores:
        # idf * (tf * (K1 + 1) / (tf + K1 * (1 - B + B * len / avgdl))), done in place.
        np.multiply(tf, K1 + 1, out=out)
        out /= denominator
        out *= idf


def _block_repeat(values: np.ndarray, term_ptr: np.ndarray, counts: np.ndarray, lo: int, hi: int) -> np.ndarray:
    """``np.repeat(values, counts)[lo:hi]`` without making the whole repeat."""
    first = int(np.searchsorted(term_ptr, lo, side="right")) - 1
    last = int(np.searchsorted(term_ptr, hi, side="left"))
    local = counts[first:last].copy()
    local[0] -= lo - int(term_ptr[first])
    local[-1] -= int(term_ptr[last]) - hi
    return np.repeat(values[first:last], local)


def idf_table(df: np.ndarray, n: int) -> np.ndarray:
    """rank-bm25's floored IDF per term id, ``df`` in first-appearance order (a shard build's)."""
    return _idf(np.asarray(df), n, np.arange(len(df)))


def _distinct(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)`` by sorting: np.unique imports numpy.ma on first use, a fifth of a
    second inside a server's first refresh."""
    ordered = np.sort(values)
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))] if len(ordered) else ordered


def _idf(df: np.ndarray, n: int, first: np.ndarray) -> np.ndarray:
    # rank-bm25 computes math.log per word; many words share a df, so compute each df once.
    values = _distinct(df)
    table = {int(f): math.log(n - int(f) + 0.5) - math.log(int(f) + 0.5) for f in values}
    idf = np.array([table[int(f)] for f in values])[np.searchsorted(values, df)]
    # np.cumsum adds left to right, exactly like rank-bm25's `idf_sum += idf` over its dict,
    # whose order is the order terms first appear in.
    average = float(np.cumsum(idf[first])[-1]) / len(idf)
    idf[idf < 0] = EPSILON * average
    return idf
