"""Per-sentence term counts, and the vocabulary numbering that makes BM25 scores exact.

Each sentence is stored as its distinct terms in order of first occurrence with their counts
(rank-bm25's ``doc_freqs``), in CSR form. Term ids number the vocabulary in order of first
appearance in the corpus, which is the order rank-bm25 sums IDF in (see ``retrieval.index.bm25``).
Counts are made per chunk of articles (in worker processes, or from a saved index) and merged;
``TermCounts.concat`` renumbers so the merged ids are again in corpus first-appearance order.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

__all__ = ["TermCounts"]


@dataclass(frozen=True)
class TermCounts:
    """Term counts of consecutive sentences: row i is sentence i."""

    vocabulary: tuple[str, ...]  # term of each id, ids in first-appearance order, all used
    ptr: np.ndarray  # int64 [n + 1]
    terms: np.ndarray  # int32 term id per entry, a row's terms in first-occurrence order
    tfs: np.ndarray  # int32 count per entry

    def __len__(self) -> int:
        return len(self.ptr) - 1

    @classmethod
    def count(cls, token_lists: Iterable[Sequence[str]]) -> TermCounts:
        """Count the tokens of each sentence."""
        ids: dict[str, int] = {}
        lengths: list[int] = []
        terms: list[int] = []
        tfs: list[int] = []
        for tokens in token_lists:
            counted = Counter(tokens)  # keeps first-occurrence order, counts in C
            lengths.append(len(counted))
            terms.extend([ids.setdefault(t, len(ids)) for t in counted])
            tfs.extend(counted.values())
        ptr = np.zeros(len(lengths) + 1, np.int64)
        np.cumsum(lengths, out=ptr[1:])
        return cls(tuple(ids), ptr, np.array(terms, np.int32), np.array(tfs, np.int32))

    def rows(self, start: int, stop: int) -> TermCounts:
        """Sentences ``start:stop`` (vocabulary left as is; ``concat`` compacts it)."""
        lo, hi = int(self.ptr[start]), int(self.ptr[stop])
        return TermCounts(self.vocabulary, self.ptr[start : stop + 1] - lo, self.terms[lo:hi], self.tfs[lo:hi])

    @classmethod
    def concat(cls, parts: Sequence[TermCounts]) -> TermCounts:
        """Sentences of ``parts`` one after another, renumbered in first-appearance order."""
        # int32 ids and per-part temporaries: at 10M sentences the merged rows hold 150M entries.
        ids: dict[str, int] = {}
        mapped: list[np.ndarray] = []
        for part in parts:
            local = np.array([ids.setdefault(t, len(ids)) for t in part.vocabulary], np.int32)
            mapped.append(local[part.terms] if len(part.terms) else np.empty(0, np.int32))
        vocabulary = tuple(ids)
        entries = sum(len(m) for m in mapped)
        # Parts may carry unused or out-of-order vocabulary (rows cut from a saved index), so
        # renumber by where each term first occurs in the merged rows.
        first = np.full(len(vocabulary), entries, np.int64)
        offset = 0
        for m in mapped:
            np.minimum.at(first, m, np.arange(offset, offset + len(m)))
            offset += len(m)
        terms = np.concatenate(mapped) if mapped else np.empty(0, np.int32)
        del mapped
        used = np.flatnonzero(first < entries)
        order = used[np.argsort(first[used], kind="stable")]
        renumber = np.full(len(vocabulary), -1, np.int32)
        renumber[order] = np.arange(len(order), dtype=np.int32)
        lengths = [np.diff(p.ptr) for p in parts]
        ptr = np.zeros(sum(len(p) for p in parts) + 1, np.int64)
        if len(ptr) > 1:
            np.cumsum(np.concatenate(lengths), out=ptr[1:])
        return cls(
            tuple(vocabulary[i] for i in order),
            ptr,
            renumber[terms],
            np.concatenate([p.tfs for p in parts]).astype(np.int32) if parts else np.empty(0, np.int32),
        )
