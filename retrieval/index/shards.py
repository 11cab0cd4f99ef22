"""Exact sharding: contiguous runs of documents, each scored with the whole corpus's statistics.

A rank-bm25 score depends only on a sentence's own term counts and length plus corpus-wide
values: N, the total length (an integer, so ``avgdl`` is one division), each term's document
frequency, and the epsilon floor over the average IDF, summed in the order terms first occur in
the corpus. Each shard is summarised (``summarize_shard``: its length, vocabulary in its own
first-occurrence order, document frequencies, speakers), the summaries are reduced once in shard
order (``reduce_summaries``; merging vocabularies in shard order reproduces the corpus's
first-occurrence order), and every shard is then scored with the result (``score_shard``). Every
(sentence, term) contribution is then the very float the single index holds, so a sentence's
score is too, and merging the shards' top k by (score desc, global sentence id asc) gives the
single index's ranking, ties included. The speaker table is reduced the same way: speakers in
order of first quote, roles most frequent first, ties by first use, as ``Library`` orders them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from retrieval.errors import IndexFormatError
from retrieval.index.bm25 import EPSILON, bm25_arrays, idf_table
from retrieval.index.columns import Segment
from retrieval.index.library import Library, SpeakerInfo

__all__ = [
    "ShardSummary",
    "GlobalStatistics",
    "shard_bounds",
    "split_segment",
    "summarize_shard",
    "reduce_summaries",
    "score_shard",
    "global_speaker_ids",
]


@dataclass(frozen=True)
class ShardSummary:
    """What one shard contributes to the corpus-wide statistics (small: sent to the reduce)."""

    first_sentence: int  # global id of the shard's first sentence
    sentences: int
    total_length: int  # sum of its sentences' lengths in terms
    vocabulary: tuple[str, ...]  # its terms in order of first occurrence in the shard
    df: np.ndarray  # int64 document frequency of each of its term ids
    speakers: dict[str, tuple[int, int]]  # name -> (global id of the first quote, quotes)
    roles: dict[tuple[str, str], tuple[int, int]]  # (name, description) -> (first global id, uses)


@dataclass(frozen=True)
class GlobalStatistics:
    """The corpus-wide values every shard scores with, reduced once per index generation."""

    sentences: int  # N
    total_length: int
    vocabulary: tuple[str, ...]  # every term, in order of first occurrence in the corpus
    df: np.ndarray  # int64 per global term id
    idf: np.ndarray  # float64 floored IDF per global term id, as rank-bm25 computes it
    average_idf: float  # summed in first-occurrence order, as rank-bm25 sums it
    speakers: tuple[SpeakerInfo, ...]  # the whole corpus's speaker table

    @property
    def idf_floor(self) -> float:
        """The IDF a term with a negative IDF gets: rank-bm25's ``epsilon * average_idf``."""
        return EPSILON * self.average_idf

    @property
    def avgdl(self) -> float:
        return self.total_length / self.sentences if self.sentences else 0.0


def shard_bounds(sentence_counts: Sequence[int], shards: int) -> list[int]:
    """Document boundaries of ``shards`` contiguous runs holding about equal numbers of sentences.

    Args:
        sentence_counts: sentences of each document, in corpus order.
        shards: how many runs; at least 1, at most the number of documents.

    Returns:
        ``shards + 1`` ascending document indices from 0 to ``len(sentence_counts)``; run j is
        documents ``bounds[j]:bounds[j + 1]``, never empty.

    Raises:
        IndexFormatError: more shards than documents, or fewer than one.
    """
    documents = len(sentence_counts)
    if shards < 1 or shards > documents:
        raise IndexFormatError(f"cannot cut {documents} documents into {shards} shards; choose between 1 and {documents}")
    ends = np.cumsum(np.asarray(sentence_counts, np.int64))
    total = int(ends[-1])
    bounds = [0]
    for j in range(1, shards):
        # The first document boundary at or past j/shards of the sentences, leaving every run
        # (this one and the ones after it) at least one document.
        cut = int(np.searchsorted(ends, total * j / shards, side="left")) + 1
        bounds.append(min(max(cut, bounds[-1] + 1), documents - (shards - j)))
    bounds.append(documents)
    return bounds


def split_segment(segment: Segment, bounds: Sequence[int]) -> list[Segment]:
    """The shards of ``segment`` cut at document ``bounds``, each with a compact vocabulary."""
    # concat renumbers the terms of a cut in the cut's own first-occurrence order.
    return [Segment.concat([segment.slice(a, b)]) for a, b in zip(bounds[:-1], bounds[1:])]


def summarize_shard(segment: Segment, first_sentence: int) -> ShardSummary:
    """The shard's contribution to the global statistics.

    Args:
        segment: the shard's sentences, vocabulary in first-occurrence order (``split_segment``).
        first_sentence: global id of its first sentence.
    """
    counts = segment.counts
    df = np.bincount(np.asarray(counts.terms), minlength=len(counts.vocabulary)).astype(np.int64)
    speakers, roles = _speaker_stats(segment, first_sentence)
    return ShardSummary(
        first_sentence, len(segment), int(np.asarray(counts.tfs).sum(dtype=np.int64)), counts.vocabulary, df, speakers, roles
    )


def reduce_summaries(summaries: Sequence[ShardSummary]) -> GlobalStatistics:
    """Merge shard summaries, given in shard order, into the statistics every shard scores with."""
    ids: dict[str, int] = {}
    for s in summaries:
        for term in s.vocabulary:
            ids.setdefault(term, len(ids))
    df = np.zeros(len(ids), np.int64)
    for s in summaries:
        if s.vocabulary:
            np.add.at(df, np.fromiter((ids[t] for t in s.vocabulary), np.int64, len(s.vocabulary)), s.df)
    n = sum(s.sentences for s in summaries)
    idf = idf_table(df, n) if len(ids) else np.empty(0)
    return GlobalStatistics(
        sentences=n,
        total_length=sum(s.total_length for s in summaries),
        vocabulary=tuple(ids),
        df=df,
        idf=idf,
        average_idf=_average_idf(df, n),
        speakers=_merge_speakers(summaries),
    )


def score_shard(segment: Segment, statistics: GlobalStatistics, term_ids: dict[str, int] | None = None) -> Library:
    """The shard as a ``Library`` whose BM25 contributions use the corpus-wide statistics.

    ``term_ids`` (term -> global id) may be passed when scoring many shards, to build it once.
    """
    ids = term_ids if term_ids is not None else {t: i for i, t in enumerate(statistics.vocabulary)}
    counts = segment.counts
    local = np.fromiter((ids[t] for t in counts.vocabulary), np.int64, len(counts.vocabulary))
    arrays = bm25_arrays(
        counts.ptr, counts.terms, counts.tfs, len(counts.vocabulary), idf=statistics.idf[local], avgdl=statistics.avgdl
    )
    return Library(segment, arrays)


def global_speaker_ids(segment: Segment, statistics: GlobalStatistics) -> np.ndarray:
    """int32 per sentence of the shard: its speaker's index in the global table, or -1."""
    index = {s.name: i for i, s in enumerate(statistics.speakers)}
    lookup = np.array([index.get(s, -1) for s in segment.strings] + [-1], np.int32)
    return lookup[np.asarray(segment.attribution[:, 0])]  # -1 (no speaker) reads the trailing -1


def _speaker_stats(segment: Segment, offset: int) -> tuple[dict[str, tuple[int, int]], dict[tuple[str, str], tuple[int, int]]]:
    speaker = np.asarray(segment.attribution[:, 0])
    description = np.asarray(segment.attribution[:, 2])
    strings = segment.strings
    quoted = np.flatnonzero(speaker >= 0)
    names, first, counts = np.unique(speaker[quoted], return_index=True, return_counts=True)
    speakers = {strings[n]: (offset + int(quoted[f]), int(c)) for n, f, c in zip(names.tolist(), first.tolist(), counts.tolist())}
    described = quoted[description[quoted] >= 0]
    width = len(strings) + 1
    pairs = speaker[described].astype(np.int64) * width + description[described]
    keys, pair_first, pair_counts = np.unique(pairs, return_index=True, return_counts=True)
    roles = {
        (strings[k // width], strings[k % width]): (offset + int(described[f]), int(c))
        for k, f, c in zip(keys.tolist(), pair_first.tolist(), pair_counts.tolist())
    }
    return speakers, roles


def _merge_speakers(summaries: Sequence[ShardSummary]) -> tuple[SpeakerInfo, ...]:
    first: dict[str, int] = {}
    quotes: dict[str, int] = {}
    roles: dict[tuple[str, str], list[int]] = {}
    for s in summaries:  # shard order: a name's first shard holds its first quote
        for name, (at, count) in s.speakers.items():
            first.setdefault(name, at)
            quotes[name] = quotes.get(name, 0) + count
        for pair, (at, count) in s.roles.items():
            seen = roles.setdefault(pair, [at, 0])
            seen[1] += count
    by_name: dict[str, list[tuple[int, int, str]]] = {}
    for (name, role), (at, count) in roles.items():
        by_name.setdefault(name, []).append((-count, at, role))  # most used first, then first used
    order = sorted(first, key=first.__getitem__)
    return tuple(SpeakerInfo(name, tuple(r for _, _, r in sorted(by_name.get(name, []))), quotes[name]) for name in order)


def _average_idf(df: np.ndarray, n: int) -> float:
    """rank-bm25's average IDF before flooring, summed in term id (first-occurrence) order."""
    if len(df) == 0:
        return 0.0
    values, inverse = np.unique(df, return_inverse=True)
    raw = np.array([math.log(n - int(f) + 0.5) - math.log(int(f) + 0.5) for f in values.tolist()])[inverse]
    return float(np.cumsum(raw)[-1]) / len(raw)
