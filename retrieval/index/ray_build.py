"""Build a sharded index with Ray: splitting, attribution and tokenising as tasks, reduced on the cluster.

The corpus is listed here and cut into batches of files; each batch is one task that reads, splits,
attributes and tokenises its files (``segment_files`` in the task's own process). Only the batches'
document lists come back here, to place the shard boundaries exactly as ``build_sharded_index``
does; the segments stay in the object store. One task per shard assembles its documents and
summarises them, one task reduces the summaries (in shard order) to the global statistics, and
one task per shard scores and writes its shard with them. This process then writes the global
parts and swaps the new generation in. Files are read, and shards written, by the cluster's
nodes: corpus and index must be on storage every node sees at the same path.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import ray

from retrieval.errors import CorpusError
from retrieval.index.columns import DocumentRecord, Segment
from retrieval.index.generations import GenerationWriter, ShardEntry
from retrieval.index.ray_cluster import connect
from retrieval.index.shards import GlobalStatistics, ShardSummary, reduce_summaries, shard_bounds, summarize_shard
from retrieval.index.sharded import build_report, file_entries, shard_entries, write_shard
from retrieval.index.store import IndexReport
from retrieval.index.workers import PARALLEL_MIN_ARTICLES, FileStatus, Progress, segment_files
from retrieval.text.corpus import CorpusFile, list_corpus

__all__ = ["build_on_cluster", "shard_on_cluster", "BATCH_FILES"]

# Files per task: below the size at which segment_files starts its own worker processes, so each
# task stays in the one process Ray gave it and Ray alone decides how many run at once.
BATCH_FILES = PARALLEL_MIN_ARTICLES - 1


@ray.remote(num_returns=3)
def _segment_batch(files: list[CorpusFile]) -> tuple[Segment, list[FileStatus], tuple[DocumentRecord, ...]]:
    segment, statuses = segment_files([Path(f.path) for f in files])
    names = [f.document for f, s in zip(files, statuses, strict=True) if s.document is not None]
    documents = tuple(d._replace(document=n) for d, n in zip(segment.documents, names, strict=True))
    return replace(segment, documents=documents), statuses, documents


@ray.remote(num_returns=2)
def _assemble_shard(first_sentence: int, pieces: list[tuple[int, int]], *batches: Segment) -> tuple[Segment, ShardSummary]:
    shard = Segment.concat([batch.slice(lo, hi) for batch, (lo, hi) in zip(batches, pieces)])
    return shard, summarize_shard(shard, first_sentence)


@ray.remote
def _reduce(*summaries: ShardSummary) -> GlobalStatistics:
    return reduce_summaries(summaries)


@ray.remote
def _write_shard(shard: Segment, statistics: GlobalStatistics, folder: str) -> np.ndarray:
    return write_shard(shard, statistics, Path(folder))


def build_on_cluster(paths: Sequence[Path], index_dir: Path, shards: int, address: str, progress: Progress | None = None) -> IndexReport:
    """``build_sharded_index`` with the work done by Ray tasks on the cluster at ``address``.

    Raises:
        ClusterError: the cluster cannot be reached.
        CorpusError, IndexFormatError, IndexWriteError: as ``build_sharded_index``.
    """
    started = time.perf_counter()
    connect(address)
    writer = GenerationWriter(index_dir)
    try:
        return _build(paths, shards, writer, progress, started)
    except BaseException:
        writer.abandon()
        raise


def _build(paths: Sequence[Path], shards: int, writer: GenerationWriter, progress: Progress | None, started: float) -> IndexReport:
    listed = list_corpus(paths)
    batches = [listed[i : i + BATCH_FILES] for i in range(0, len(listed), BATCH_FILES)]
    segments, status_refs, document_refs = zip(*(_segment_batch.remote(b) for b in batches)) if batches else ((), (), ())
    statuses, documents = _gather(list(status_refs), list(document_refs), len(listed), progress)
    if not any(documents):
        reasons = "; ".join(f"{s.skipped.path}: {s.skipped.reason}" for batch in statuses for s in batch if s.skipped)
        raise CorpusError(f"no article could be read ({reasons})")
    if progress:
        progress("indexing", 0, 1)
    every = [d for batch in documents for d in batch]
    statistics, entries, speaker_ids = shard_on_cluster(segments, documents, shards, writer)
    if progress:
        progress("indexing", 1, 1)
        progress("saving", 0, 1)
    flat = _global_statuses(statuses, documents)
    writer.commit(statistics, entries, every, np.concatenate(speaker_ids), file_entries(flat))
    if progress:
        progress("saving", 1, 1)
    return build_report(statistics, every, speaker_ids, flat, time.perf_counter() - started)


def shard_on_cluster(
    segments: Sequence[Any], documents: Sequence[Sequence[DocumentRecord]], shards: int, writer: GenerationWriter
) -> tuple[GlobalStatistics, list[ShardEntry], list[np.ndarray]]:
    """Cut batch segments (object refs, in corpus order) into shards, reduce, score and write them.

    Args:
        segments: one ref per batch; ``documents`` holds each batch's documents, in the same order.
        shards: how many shards.
        writer: the generation the shards are written into (its ``commit`` is left to the caller).

    Returns:
        The global statistics, where each shard sits, and each shard's global speaker ids.
    """
    every = [d for batch in documents for d in batch]
    bounds = shard_bounds([d.sentence_count for d in every], shards)
    sizes = [sum(d.sentence_count for d in every[a:b]) for a, b in zip(bounds[:-1], bounds[1:])]
    entries = shard_entries(sizes, bounds)
    batch_starts = np.concatenate(([0], np.cumsum([len(d) for d in documents])))
    shard_refs, summary_refs = [], []
    for entry in entries:
        pieces, refs = _pieces(entry.first_document, entry.first_document + entry.documents, batch_starts, segments)
        shard, summary = _assemble_shard.remote(entry.first_sentence, pieces, *refs)
        shard_refs.append(shard)
        summary_refs.append(summary)
    statistics_ref = _reduce.remote(*summary_refs)
    speaker_refs = [_write_shard.remote(s, statistics_ref, str(writer.shard_folder(j).resolve())) for j, s in enumerate(shard_refs)]
    speaker_ids = ray.get(speaker_refs)
    return ray.get(statistics_ref), entries, speaker_ids


def _gather(status_refs: list[Any], document_refs: list[Any], total: int, progress: Progress | None) -> tuple[list, list]:
    """Every batch's file statuses and documents, in batch order, with progress as batches finish."""
    position = {ref: i for i, ref in enumerate(document_refs)}
    pending, done_files = list(document_refs), 0
    while pending:
        ready, pending = ray.wait(pending, num_returns=1)
        done_files += len(ray.get(status_refs[position[ready[0]]]))
        if progress:
            progress("reading", done_files, total)
    return ray.get(status_refs), ray.get(document_refs)


def _pieces(first: int, stop: int, batch_starts: np.ndarray, segments: Sequence[Any]) -> tuple[list[tuple[int, int]], list[Any]]:
    """The (first, stop) document range of each batch overlapping documents ``first:stop``."""
    pieces, refs = [], []
    for b in range(len(segments)):
        lo, hi = max(first, int(batch_starts[b])), min(stop, int(batch_starts[b + 1]))
        if lo < hi:
            pieces.append((lo - int(batch_starts[b]), hi - int(batch_starts[b])))
            refs.append(segments[b])
    return pieces, refs


def _global_statuses(statuses: list[list[FileStatus]], documents: list[tuple[DocumentRecord, ...]]) -> list[FileStatus]:
    out, offset = [], 0
    for batch, docs in zip(statuses, documents):
        out.extend(s if s.document is None else replace(s, document=s.document + offset) for s in batch)
        offset += len(docs)
    return out
