"""Index generations: a new library made from the previous one by splicing, not rebuilding.

A generation is the library for one state of the corpus. When articles are added, changed or
removed, the next generation keeps every unchanged document's sentences, attributions and term
counts as they are, and only the new documents are split, attributed and counted (a fresh
``Segment``). What BM25 needs is then assembled without re-inverting the corpus:

- Term ids are stable: the previous generation's ids stay, new terms are appended, terms no
  longer used are dropped (ids are storage numbers, not the first-appearance order; the
  first-appearance order that rank-bm25's IDF average is summed in is read from the rows,
  ``bm25.first_appearance``).
- Postings stay grouped by term and sorted by sentence. Kept postings get their new sentence
  numbers (one shift per kept run of documents: monotone, so each term's list stays sorted), and
  the new documents' postings are inserted into each term's list in one ``np.insert`` pass.
- The corpus-wide statistics (N, average length, every IDF, the epsilon floor) are recomputed,
  a pass over the terms and the sentences; each posting's score is then made from them and the
  stored term frequencies and sentence lengths, term by term as questions use them and all at
  once before the generation is saved (``scoring.LazyScores``).

The postings, lengths and statistics are exactly those a fresh build of the same corpus has, so
scores and answers are bit-identical to it (``tests/retrieval/index/test_splice.py`` compares
them). The cost is a few linear passes over the postings arrays: no tokenising, splitting or
attribution of old text, and no sort of the whole index. The same inputs (segments in corpus
order, per-term postings with term frequencies, per-sentence lengths) are what a sharded index
needs: each shard can keep its own postings while N, the lengths' sum, the document
frequencies and the first-appearance order are summed across shards before scoring.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from retrieval.index.scoring import LazyScores, first_appearance, sentence_lengths
from retrieval.index.columns import Segment
from retrieval.index.library import Library
from retrieval.index.vocabulary import TermCounts

__all__ = ["Placement", "splice"]

Placement = tuple[bool, int]
"""One document of the new generation: ``(True, j)`` is document j of the previous library,
``(False, k)`` document k of the fresh segment."""

# Up to this many new postings are inserted slice by slice; more (a large batch) go through np.insert.
_SLICED_INSERT_MAX = 50_000
# (from the previous generation?, first document, stop document, first sentence in the new order)
_Run = tuple[bool, int, int, int]


def splice(base: Library, layout: Sequence[Placement], fresh: Segment | None) -> Library:
    """The library holding the documents of ``layout``, in that order.

    Args:
        base: the previous generation.
        layout: every document of the new generation, in corpus order; documents of ``base``
            must keep their relative order (any of them may be left out: removed).
        fresh: the newly processed documents (None when only removing).

    Returns:
        A library whose search scores equal a fresh build of the same documents.

    Raises:
        ValueError: ``layout`` reorders documents of ``base`` or names one twice.
    """
    kept = [j for from_base, j in layout if from_base]
    if any(b <= a for a, b in zip(kept, kept[1:])):
        raise ValueError("the layout reorders the previous generation's documents")
    empty = Segment.concat([])
    fresh = fresh if fresh is not None else empty
    runs = _runs(base.segment, fresh, layout)
    counts = _counts(base, fresh, runs)
    parts = [(base.segment if b else fresh).slice(first, stop) for b, first, stop, _ in runs]
    segment = Segment.concat(parts, counts=counts)
    bm25, lazy = _postings(base, fresh, runs, counts)
    return Library(segment, bm25, lazy=lazy)


def _runs(base: Segment, fresh: Segment, layout: Sequence[Placement]) -> list[_Run]:
    """Consecutive documents of one source as runs, with where each run starts in the new order."""
    starts = {True: base.document_starts(), False: fresh.document_starts()}
    runs: list[list] = []
    sentence = 0
    for from_base, j in layout:
        if runs and runs[-1][0] == from_base and runs[-1][2] == j:
            runs[-1][2] = j + 1
        else:
            runs.append([from_base, j, j + 1, sentence])
        sentence += int(starts[from_base][j + 1] - starts[from_base][j])
    return [tuple(r) for r in runs]  # type: ignore[misc]


def _fresh_ids(base: Library, fresh: Segment) -> np.ndarray:
    """Storage id of each fresh term: the previous id, or a new one after all previous ids."""
    known = base._term_ids
    ids = np.empty(len(fresh.counts.vocabulary), np.int32)
    added = len(known)
    for k, term in enumerate(fresh.counts.vocabulary):
        found = known.get(term)
        if found is None:
            found, added = added, added + 1
        ids[k] = found
    return ids


def _counts(base: Library, fresh: Segment, runs: list[_Run]) -> TermCounts:
    """The new generation's term counts, in storage ids, unused terms dropped."""
    fresh_ids = _fresh_ids(base, fresh)
    vocabulary = list(base.segment.counts.vocabulary) + [
        t for t, i in zip(fresh.counts.vocabulary, fresh_ids.tolist()) if i >= len(base.segment.counts.vocabulary)
    ]
    terms, tfs, lengths = [], [], []
    for from_base, first, stop, _ in runs:
        source = base.segment if from_base else fresh
        starts = source.document_starts()
        rows = source.counts.rows(int(starts[first]), int(starts[stop]))
        terms.append(np.asarray(rows.terms) if from_base else fresh_ids[rows.terms])
        tfs.append(np.asarray(rows.tfs))
        lengths.append(np.diff(rows.ptr))
    merged = np.concatenate(terms).astype(np.int32, copy=False) if terms else np.empty(0, np.int32)
    ptr = np.zeros(sum(len(x) for x in lengths) + 1, np.int64)
    if lengths:
        np.cumsum(np.concatenate(lengths), out=ptr[1:])
    # Only a removed document can leave a term unused; with none removed, skip the count.
    removed = sum(stop - first for b, first, stop, _ in runs if b) < len(base.segment.documents)
    used = np.bincount(merged, minlength=len(vocabulary)) > 0 if removed else None
    if used is not None and not used.all():
        renumber = (np.cumsum(used) - 1).astype(np.int32)
        merged = renumber[merged]
        vocabulary = [t for t, u in zip(vocabulary, used.tolist()) if u]
    return TermCounts(tuple(vocabulary), ptr, merged, np.concatenate(tfs).astype(np.int32, copy=False) if tfs else np.empty(0, np.int32))


def _postings(base: Library, fresh: Segment, runs: list[_Run], counts: TermCounts) -> tuple[dict[str, np.ndarray], LazyScores]:
    """BM25 arrays of the new generation from the previous postings and the fresh rows; the
    scores are filled per term as questions use them (``LazyScores``)."""
    b = base.bm25
    old_ptr = np.asarray(b["term_ptr"])
    n_old_terms = len(old_ptr) - 1
    # New number of every previous sentence, -1 when its document is gone.
    new_number = np.full(len(base.segment), -1, np.int32)
    base_starts = base.segment.document_starts()
    for from_base, first, stop, at in runs:
        if from_base:
            lo, hi = int(base_starts[first]), int(base_starts[stop])
            new_number[lo:hi] = np.arange(at, at + hi - lo, dtype=np.int32)
    mapped = new_number[np.asarray(b["post_sentences"])]
    removed = sum(stop - first for from_base, first, stop, _ in runs if from_base) < len(base.segment.documents)
    keep = mapped >= 0 if removed else None
    if keep is None:
        kept_sentences, kept_tfs, kept_count = mapped, np.asarray(b["post_tfs"]), np.diff(old_ptr)
    else:
        cum = np.concatenate(([0], np.cumsum(keep, dtype=np.int64)))
        kept_count = cum[old_ptr[1:]] - cum[old_ptr[:-1]]
        kept_sentences, kept_tfs = mapped[keep], np.asarray(b["post_tfs"])[keep]
    del mapped, keep
    fresh_ids = _fresh_ids(base, fresh)
    n_terms = max(n_old_terms, int(fresh_ids.max()) + 1 if len(fresh_ids) else 0)
    kept_count = np.concatenate((kept_count, np.zeros(n_terms - n_old_terms, np.int64)))
    kept_ptr = np.concatenate(([0], np.cumsum(kept_count)))
    new_terms, new_sentences, new_tfs = _fresh_postings(fresh, fresh_ids, runs)
    positions = np.empty(len(new_terms), np.int64)
    bounds = np.flatnonzero(np.diff(new_terms, prepend=-1, append=-1))  # runs of one term (sorted)
    for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
        t = int(new_terms[lo])
        a, z = int(kept_ptr[t]), int(kept_ptr[t + 1])
        positions[lo:hi] = a + np.searchsorted(kept_sentences[a:z], new_sentences[lo:hi])
    post_sentences = _insert(kept_sentences, positions, new_sentences)
    post_tfs = _insert(kept_tfs, positions, new_tfs)
    total = kept_count + np.bincount(new_terms, minlength=n_terms)
    used = total > 0
    term_ptr = np.concatenate(([0], np.cumsum(total[used], dtype=np.int64)))
    first = first_appearance(term_ptr, post_sentences, counts.ptr, counts.terms)
    doc_len = _lengths(base, fresh, runs)
    lazy = LazyScores(term_ptr, post_sentences, post_tfs, doc_len, first)
    arrays = dict(term_ptr=term_ptr, post_sentences=post_sentences, post_tfs=post_tfs, doc_len=doc_len)
    return {**arrays, "post_scores": lazy.post_scores, "term_max": lazy.term_max, "idf": lazy.idf}, lazy


def _insert(kept: np.ndarray, positions: np.ndarray, values: np.ndarray) -> np.ndarray:
    """``np.insert(kept, positions, values)`` for a few sorted positions, as one concatenation of
    slices (numpy's general insert sorts and masks the whole array)."""
    if len(positions) == 0:
        return np.asarray(kept).copy()
    if len(positions) > _SLICED_INSERT_MAX:
        return np.insert(kept, positions, values)
    pieces = []
    start = 0
    for at, value in zip(positions.tolist(), values.tolist()):
        pieces.append(kept[start:at])
        pieces.append(np.array([value], dtype=kept.dtype))
        start = at
    pieces.append(kept[start:])
    return np.concatenate(pieces)


def _lengths(base: Library, fresh: Segment, runs: list[_Run]) -> np.ndarray:
    """Tokens per sentence of the new generation: kept sentences' as stored, fresh ones counted."""
    base_len, base_starts = np.asarray(base.bm25["doc_len"]), base.segment.document_starts()
    fresh_len, fresh_starts = sentence_lengths(fresh.counts.ptr, fresh.counts.tfs), fresh.document_starts()
    parts = []
    for from_base, first, stop, _ in runs:
        lengths, starts = (base_len, base_starts) if from_base else (fresh_len, fresh_starts)
        parts.append(lengths[int(starts[first]) : int(starts[stop])])
    return np.concatenate(parts).astype(np.int32, copy=False) if parts else np.empty(0, np.int32)


def _fresh_postings(fresh: Segment, fresh_ids: np.ndarray, runs: list[_Run]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(storage term, new sentence number, tf) of every fresh row entry, sorted by term then sentence."""
    starts = fresh.document_starts()
    terms, sentences, tfs = [], [], []
    for from_base, first, stop, at in runs:
        if from_base:
            continue
        lo, hi = int(starts[first]), int(starts[stop])
        rows = fresh.counts.rows(lo, hi)
        terms.append(fresh_ids[rows.terms])
        sentences.append(np.repeat(np.arange(at, at + hi - lo, dtype=np.int32), np.diff(rows.ptr)))
        tfs.append(np.asarray(rows.tfs, np.int32))
    if not terms:
        return np.empty(0, np.int32), np.empty(0, np.int32), np.empty(0, np.int32)
    t, s, f = np.concatenate(terms), np.concatenate(sentences), np.concatenate(tfs)
    order = np.lexsort((s, t))
    return t[order], s[order], f[order]
