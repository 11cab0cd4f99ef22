"""Everything the question layer reads: sentences, their speakers, and a BM25 index over them.

The library keeps columns, not objects (see ``retrieval.index.columns``), so a million sentences load
from disk in well under a second, memory-mapped; ``sentence(i)`` and ``attribution(i)`` build
the one object asked for. Scores are rank-bm25's BM25Okapi scores, computed exactly from an
inverted index (see ``retrieval.index.bm25``).

Contract:
- ``Library(segment)`` indexes a segment (``retrieval.index.workers`` makes one from articles).
- ``len(lib)``; ``lib.sentence(i) -> Sentence``; ``lib.attribution(i) -> Attribution | None``.
- ``lib.documents``: one ``DocumentInfo`` per article, in load order; ``lib.document_of(i)``
  the one holding sentence i.
- ``lib.speakers``: one ``SpeakerInfo`` per canonical speaker; ``lib.speaker_ids`` an int32
  array with, per sentence, the index into ``lib.speakers`` or -1.
- ``lib.search(terms, k, candidates=None) -> Hits``: rank-bm25 BM25Okapi scores over sentences
  containing at least one of ``terms`` (already tokenised), restricted to the sentence indices
  in ``candidates`` when given, best first (ties: lower index first), at most ``k``.
- ``lib.document_frequency(term) -> int``: how many sentences contain the (tokenised) term.
- ``lib.contains(indices, terms) -> bool array``: which terms each of those sentences contains.
- ``lib.text(i) -> str``: sentence i's text alone (cheaper than ``sentence(i).text``).
"""

from __future__ import annotations

import datetime as _dt
import functools
from dataclasses import dataclass
from typing import Mapping, Protocol, Sequence

import numpy as np

from retrieval.index.bm25 import BM25Index, Hits, bm25_arrays
from retrieval.index.scoring import LazyScores
from retrieval.index.columns import Segment
from retrieval.models import Attribution, Sentence

__all__ = ["Library", "Searcher", "DocumentInfo", "SpeakerInfo", "Hits", "BM25_ARRAYS"]

# Arrays of the BM25 index, as bm25_arrays returns them and the store saves them.
BM25_ARRAYS = ("term_ptr", "post_sentences", "post_tfs", "doc_len", "post_scores", "term_max", "idf")


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    document: str
    date: _dt.date | None
    tags: tuple[str, ...]
    path: str | None
    first_sentence: int  # index of its first sentence in the library
    sentence_count: int
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    author: str | None = None
    fingerprint: str | None = None


@dataclass(frozen=True, slots=True)
class SpeakerInfo:
    name: str
    descriptions: tuple[str, ...]  # every role the articles give this speaker, most frequent first
    quote_count: int


class Searcher(Protocol):
    """What the question layer reads of an index: a ``Library``, or a sharded index's fan-out
    (``retrieval.index.fanout.ShardedLibrary``). The contract is the module docstring's."""

    speakers: tuple[SpeakerInfo, ...]
    speaker_ids: np.ndarray

    @property
    def documents(self) -> tuple[DocumentInfo, ...]: ...
    def __len__(self) -> int: ...
    def sentence(self, i: int) -> Sentence: ...
    def text(self, i: int) -> str: ...
    def attribution(self, i: int) -> Attribution | None: ...
    def newest_date(self) -> _dt.date | None: ...
    def document_of(self, i: int) -> DocumentInfo: ...
    def document_frequency(self, term: str) -> int: ...
    def contains(self, indices: np.ndarray | Sequence[int], terms: Sequence[str]) -> np.ndarray: ...
    def search(self, terms: Sequence[str], k: int, candidates: np.ndarray | Sequence[int] | None = None) -> Hits: ...


class Library:
    """Sentences, attributions and BM25 index of a corpus; see the module docstring."""

    def __init__(
        self,
        segment: Segment,
        bm25: Mapping[str, np.ndarray] | None = None,
        speakers: tuple[tuple[SpeakerInfo, ...], np.ndarray] | None = None,
        lazy: LazyScores | None = None,
    ) -> None:
        """Wrap a segment; BM25 arrays and the speaker table are computed unless given (loaded).

        ``lazy``: ``bm25``'s scores are filled per term on first use (see ``complete_scores``).
        """
        self.segment = segment
        self.bm25 = dict(bm25) if bm25 is not None else bm25_arrays(
            segment.counts.ptr, segment.counts.terms, segment.counts.tfs, len(segment.counts.vocabulary)
        )
        self.speakers, self.speaker_ids = speakers if speakers is not None else _speaker_table(segment)
        self._starts = segment.document_starts()
        self._term_ids = {t: i for i, t in enumerate(segment.counts.vocabulary)}
        b = self.bm25
        self._index = BM25Index(b["term_ptr"], b["post_sentences"], b["post_scores"], b["term_max"], len(segment), lazy)

    def complete_scores(self) -> None:
        """Compute every BM25 contribution not computed yet, so ``bm25`` can be saved or shared."""
        self._index.complete()

    def __len__(self) -> int:
        return len(self.segment)

    def sentence(self, i: int) -> Sentence:
        return self.segment.sentence(i)

    def text(self, i: int) -> str:
        return self.segment.text(i)

    def attribution(self, i: int) -> Attribution | None:
        return self.segment.attribution_of(i)

    @functools.cached_property
    def documents(self) -> tuple[DocumentInfo, ...]:
        """Made on first use: tens of thousands of records would slow every index load."""
        return tuple(self._document_info(j) for j in range(len(self.segment.documents)))

    def newest_date(self) -> _dt.date | None:
        """The date of the newest dated article (read from the records: no ``DocumentInfo`` made)."""
        return max((d.date for d in self.segment.documents if d.date is not None), default=None)

    def document_of(self, i: int) -> DocumentInfo:
        """The document holding sentence ``i``."""
        return self._document_info(int(self._document_ids[i]))

    @functools.cached_property
    def _document_ids(self) -> np.ndarray:
        """Each sentence's document, a plain array over the same memory: indexing a loaded
        index's memmap costs microseconds of Python each time."""
        return np.asarray(self.segment.numbers)[:, 0]

    def _document_info(self, j: int) -> DocumentInfo:
        d = self.segment.documents[j]
        return DocumentInfo(
            d.document, d.date, d.tags, d.path, int(self._starts[j]), d.sentence_count, d.title, d.url, d.publisher, d.author, d.fingerprint
        )

    def document_frequency(self, term: str) -> int:
        return self._index.document_frequency(self._term_ids.get(term, -1))

    def contains(self, indices: np.ndarray | Sequence[int], terms: Sequence[str]) -> np.ndarray:
        """Which of ``terms`` each sentence in ``indices`` holds, from the index (no re-tokenising).

        Args:
            indices: sentence indices.
            terms: tokenised terms.

        Returns:
            bool array [len(indices), len(terms)]: row j, column c is True when sentence
            ``indices[j]`` contains ``terms[c]``, i.e. ``terms[c] in tokenize(sentence text)``.
        """
        indices = np.asarray(indices, dtype=np.int64).ravel()
        present = np.zeros((len(indices), len(terms)), bool)
        for c, term in enumerate(terms):
            present[:, c] = self._index.contains(self._term_ids.get(term, -1), indices)
        return present

    def search(self, terms: Sequence[str], k: int, candidates: np.ndarray | Sequence[int] | None = None) -> Hits:
        """Best ``k`` sentences containing any of ``terms``, by rank-bm25's BM25Okapi score.

        Args:
            terms: tokenised query terms (``retrieval.index.terms.tokenize``); repeats count.
            k: how many hits at most.
            candidates: sentence indices the hits must come from, or None for all.

        Returns:
            Hits(indices, scores), best first, ties broken by lower sentence index.
        """
        ids = [self._term_ids.get(t, -1) for t in terms]
        return self._index.search(ids, k, candidates)


def _speaker_table(segment: Segment) -> tuple[tuple[SpeakerInfo, ...], np.ndarray]:
    """One SpeakerInfo per distinct speaker (in order of first quote) and each sentence's speaker."""
    speaker = segment.attribution[:, 0]
    description = segment.attribution[:, 2]
    quoted = np.flatnonzero(speaker >= 0)
    names, first, inverse, counts = np.unique(speaker[quoted], return_index=True, return_inverse=True, return_counts=True)
    rank = np.empty(len(names), np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(names))
    ids = np.full(len(segment), -1, np.int32)
    ids[quoted] = rank[inverse]
    described = quoted[description[quoted] >= 0]
    pairs = ids[described].astype(np.int64) * (len(segment.strings) + 1) + description[described]
    keys, pair_first, pair_counts = np.unique(pairs, return_index=True, return_counts=True)
    roles: list[list[tuple[int, int, str]]] = [[] for _ in names]
    for key, at, count in zip(keys.tolist(), pair_first.tolist(), pair_counts.tolist()):
        who, what = divmod(key, len(segment.strings) + 1)
        roles[who].append((-count, at, segment.strings[what]))
    order = np.argsort(first, kind="stable")
    speakers = tuple(
        SpeakerInfo(segment.strings[int(names[j])], tuple(r[2] for r in sorted(roles[r_])), int(counts[j]))
        for r_, j in enumerate(order)
    )
    return speakers, ids
