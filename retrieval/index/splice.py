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
    segment = _columns(base.segment, fresh, runs, counts)
    bm25, lazy = _postings(base, fresh, runs, counts)
    return Library(segment, bm25, lazy=lazy)


def _runs(base: Segment, fresh: Segment, layout: Sequence[Placement]) -> list[_Run]:
    """Consecutive documents of one source as runs, with where each run starts in the new order."""
    starts = {True: base.document_starts().tolist(), False: fresh.document_starts().tolist()}
    runs: list[list] = []
    for from_base, j in layout:
        if runs and runs[-1][0] == from_base and runs[-1][2] == j:
            runs[-1][2] = j + 1
        else:
            runs.append([from_base, j, j + 1, 0])
    sentence = 0
    for run in runs:  # where each run starts: the sentences of the runs before it
        run[3] = sentence
        sentence += starts[run[0]][run[2]] - starts[run[0]][run[1]]
    return [tuple(r) for r in runs]  # type: ignore[misc]


def _columns(base: Segment, fresh: Segment, runs: list[_Run], counts: TermCounts) -> Segment:
    """The new generation's sentences and attributions, each column written once, in place.

    The previous generation's string table comes first, unchanged, so its attribution ids stay;
    the fresh strings it lacks follow.
    """
    table = {text: i for i, text in enumerate(base.strings)}
    strings = list(base.strings)
    for text in fresh.strings:
        if text not in table:
            table[text] = len(strings)
            strings.append(text)
    fresh_ids = np.array([table[text] for text in fresh.strings] + [-1], np.int32)  # -1 indexes the -1
    starts = {True: base.document_starts(), False: fresh.document_starts()}
    spans = [(b, int(starts[b][first]), int(starts[b][stop])) for b, first, stop, _ in runs]
    blob_size = sum(int((base if b else fresh).text_ptr[hi]) - int((base if b else fresh).text_ptr[lo]) for b, lo, hi in spans)
    n = sum(hi - lo for _, lo, hi in spans)
    numbers = np.empty((n, base.numbers.shape[1]), np.int32)
    attribution = np.empty((n, base.attribution.shape[1]), np.int32)
    text_ptr = np.empty(n + 1, np.int64)
    blob = np.empty(blob_size, np.uint8)
    documents: list = []
    at = text_at = 0
    for (from_base, first, stop, _), (_, lo, hi) in zip(runs, spans):
        source = base if from_base else fresh
        rows = slice(at, at + hi - lo)
        numbers[rows] = source.numbers[lo:hi]
        numbers[rows, 0] += len(documents) - first
        if from_base:
            attribution[rows] = source.attribution[lo:hi]
        else:
            np.take(fresh_ids, source.attribution[lo:hi], out=attribution[rows])
        tlo, thi = int(source.text_ptr[lo]), int(source.text_ptr[hi])
        np.subtract(source.text_ptr[lo:hi], tlo - text_at, out=text_ptr[rows])
        blob[text_at : text_at + thi - tlo] = source.text_blob[tlo:thi]
        documents.extend(source.documents[first:stop])
        at, text_at = at + hi - lo, text_at + thi - tlo
    text_ptr[n] = text_at
    return Segment(tuple(documents), numbers, text_ptr, blob, attribution, tuple(strings), counts)


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
    """The new generation's term counts, in storage ids, unused terms dropped; each array
    written once, run by run."""
    fresh_ids = _fresh_ids(base, fresh)
    vocabulary = list(base.segment.counts.vocabulary) + [
        t for t, i in zip(fresh.counts.vocabulary, fresh_ids.tolist()) if i >= len(base.segment.counts.vocabulary)
    ]
    spans = []
    for from_base, first, stop, _ in runs:
        source = base.segment if from_base else fresh
        lo, hi = int(source.document_starts()[first]), int(source.document_starts()[stop])
        spans.append((from_base, source.counts, lo, hi, int(source.counts.ptr[lo]), int(source.counts.ptr[hi])))
    n, entries = sum(hi - lo for _, _, lo, hi, _, _ in spans), sum(z - a for *_, a, z in spans)
    ptr, merged, tfs = np.empty(n + 1, np.int64), np.empty(entries, np.int32), np.empty(entries, np.int32)
    at = entry = 0
    for from_base, source, lo, hi, a, z in spans:
        np.add(source.ptr[lo:hi], entry - a, out=ptr[at : at + hi - lo])
        if from_base:
            merged[entry : entry + z - a] = source.terms[a:z]
        else:
            np.take(fresh_ids, source.terms[a:z], out=merged[entry : entry + z - a])
        tfs[entry : entry + z - a] = source.tfs[a:z]
        at, entry = at + hi - lo, entry + z - a
    ptr[n] = entry
    # Only a removed document can leave a term unused; with none removed, skip the count.
    removed = sum(stop - first for b, first, stop, _ in runs if b) < len(base.segment.documents)
    used = np.bincount(merged, minlength=len(vocabulary)) > 0 if removed else None
    if used is not None and not used.all():
        renumber = (np.cumsum(used) - 1).astype(np.int32)
        merged = renumber[merged]
        vocabulary = [t for t, u in zip(vocabulary, used.tolist()) if u]
    return TermCounts(tuple(vocabulary), ptr, merged, tfs)


def _postings(base: Library, fresh: Segment, runs: list[_Run], counts: TermCounts) -> tuple[dict[str, np.ndarray], LazyScores]:
    """BM25 arrays of the new generation from the previous postings and the fresh rows; the
    scores are filled per term as questions use them (``LazyScores``)."""
    b = base.bm25
    old_ptr, old_sentences, old_tfs = np.asarray(b["term_ptr"]), np.asarray(b["post_sentences"]), np.asarray(b["post_tfs"])
    n_old_terms = len(old_ptr) - 1
    # New number of every previous sentence, -1 when its document is gone.
    new_number = np.full(len(base.segment), -1, np.int32)
    base_starts = base.segment.document_starts()
    for from_base, first, stop, at in runs:
        if from_base:
            lo, hi = int(base_starts[first]), int(base_starts[stop])
            new_number[lo:hi] = np.arange(at, at + hi - lo, dtype=np.int32)
    fresh_ids = _fresh_ids(base, fresh)
    new_terms, new_sentences, new_tfs = _fresh_postings(fresh, fresh_ids, runs)
    n_terms = max(n_old_terms, int(fresh_ids.max()) + 1 if len(fresh_ids) else 0)
    removed = sum(stop - first for from_base, first, stop, _ in runs if from_base) < len(base.segment.documents)
    if removed or len(new_terms) > _SLICED_INSERT_MAX:
        kept_sentences, kept_tfs, kept_count = _kept(old_ptr, new_number[old_sentences], old_tfs, removed)
        kept_ptr = np.concatenate(([0], np.cumsum(kept_count), np.full(n_terms - n_old_terms, len(kept_sentences))))
        positions = _positions(kept_ptr, kept_sentences, new_terms, new_sentences)
        post_sentences = _insert(kept_sentences, positions, new_sentences)
    else:  # nothing dropped: every previous posting stays, renumbered as it is copied
        kept_tfs, kept_count = old_tfs, np.diff(old_ptr)
        kept_ptr = np.concatenate((old_ptr, np.full(n_terms - n_old_terms, old_ptr[-1])))
        # Renumbering keeps order, so a fresh sentence goes before the first previous one numbered after it.
        positions = _positions(kept_ptr, old_sentences, new_terms, np.searchsorted(new_number, new_sentences).astype(np.int32))
        post_sentences = _insert(old_sentences, positions, new_sentences, new_number)
    post_tfs = _insert(kept_tfs, positions, new_tfs)
    kept_count = np.concatenate((kept_count, np.zeros(n_terms - n_old_terms, np.int64)))
    total = kept_count + np.bincount(new_terms, minlength=n_terms)
    used = total > 0
    term_ptr = np.concatenate(([0], np.cumsum(total[used], dtype=np.int64)))
    first = first_appearance(term_ptr, post_sentences, counts.ptr, counts.terms)
    doc_len = _lengths(base, fresh, runs)
    lazy = LazyScores(term_ptr, post_sentences, post_tfs, doc_len, first)
    arrays = dict(term_ptr=term_ptr, post_sentences=post_sentences, post_tfs=post_tfs, doc_len=doc_len)
    return {**arrays, "post_scores": lazy.post_scores, "term_max": lazy.term_max, "idf": lazy.idf}, lazy


def _kept(old_ptr: np.ndarray, mapped: np.ndarray, old_tfs: np.ndarray, removed: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(renumbered sentences, tfs, count per term) of the previous postings that stay."""
    if not removed:
        return mapped, old_tfs, np.diff(old_ptr)
    keep = mapped >= 0
    cum = np.concatenate(([0], np.cumsum(keep, dtype=np.int64)))
    return mapped[keep], old_tfs[keep], cum[old_ptr[1:]] - cum[old_ptr[:-1]]


def _positions(ptr: np.ndarray, sentences: np.ndarray, terms: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Where each new posting goes: in its term's list, before the first sentence not below ``wanted``."""
    positions = np.empty(len(terms), np.int64)
    bounds = np.flatnonzero(np.diff(terms, prepend=-1, append=-1))  # runs of one term (sorted)
    for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
        t = int(terms[lo])
        a, z = int(ptr[t]), int(ptr[t + 1])
        positions[lo:hi] = a + np.searchsorted(sentences[a:z], wanted[lo:hi])
    return positions


def _insert(kept: np.ndarray, positions: np.ndarray, values: np.ndarray, renumber: np.ndarray | None = None) -> np.ndarray:
    """``np.insert(kept, positions, values)`` for a few sorted positions, written slice by slice
    into one new array (numpy's general insert sorts and masks the whole array); with
    ``renumber``, kept values are replaced by ``renumber[value]`` as they are copied."""
    if len(positions) > _SLICED_INSERT_MAX:
        assert renumber is None
        return np.insert(kept, positions, values)
    out = np.empty(len(kept) + len(positions), kept.dtype)
    start = 0
    for j, (at, value) in enumerate(zip(positions.tolist(), values.tolist())):
        _copy(kept[start:at], out[start + j : at + j], renumber)
        out[at + j] = value
        start = at
    _copy(kept[start:], out[start + len(positions) :], renumber)
    return out


def _copy(source: np.ndarray, target: np.ndarray, renumber: np.ndarray | None) -> None:
    if renumber is None:
        target[...] = source
    else:
        np.take(renumber, source, out=target)


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
