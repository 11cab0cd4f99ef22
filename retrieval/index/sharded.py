"""Build a sharded index from a corpus, and open one in this process.

``build_sharded_index`` reads, splits, attributes and tokenises the corpus on every core (as a
single index is built), cuts it into K contiguous document ranges, reduces the global statistics
once, scores every shard with them and writes a new generation (``retrieval.index.generations``),
swapped in atomically. ``retrieval.index.ray_build`` does the same work as Ray tasks. A sharded
index is always built whole from the corpus: each build is a new generation.
``open_sharded`` opens the current generation with every shard in this process.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from retrieval.errors import CorpusError
from retrieval.index.columns import DocumentRecord, Segment
from retrieval.index.fanout import LocalShards, ShardedLibrary, ShardServer
from retrieval.index.files import IndexParts, save_index
from retrieval.index.manifest import FileEntry
from retrieval.index.generations import GenerationWriter, ShardEntry, read_generation
from retrieval.index.shards import (
    GlobalStatistics,
    global_speaker_ids,
    reduce_summaries,
    score_shard,
    shard_bounds,
    split_segment,
    summarize_shard,
)
from retrieval.index.store import IndexReport
from retrieval.index.workers import FileStatus, Progress, segment_files
from retrieval.models import SkippedFile
from retrieval.text.corpus import CorpusFile, list_corpus

__all__ = ["build_sharded_index", "open_sharded", "shard_entries", "write_shard", "file_entries", "named_documents", "build_report"]


def build_sharded_index(paths: Sequence[Path], index_dir: Path, shards: int, progress: Progress | None = None) -> IndexReport:
    """Build the corpus at ``paths`` as ``shards`` shard indexes plus the global manifest.

    Returns:
        What was done (every file is processed: a sharded build starts from the corpus).

    Raises:
        CorpusError: a corpus path does not exist, or no article could be read.
        IndexFormatError: ``index_dir`` holds something other than a sharded index, or there are
            fewer documents than shards.
        IndexWriteError: ``index_dir`` cannot be written.
    """
    started = time.perf_counter()
    writer = GenerationWriter(index_dir)  # refuses a folder that is no sharded index, before any work
    try:
        return _build(paths, shards, writer, progress, started)
    except BaseException:
        writer.abandon()
        raise


def _build(paths: Sequence[Path], shards: int, writer: GenerationWriter, progress: Progress | None, started: float) -> IndexReport:
    listed = list_corpus(paths)
    segment, statuses = segment_files([Path(f.path) for f in listed], progress)
    segment = named_documents(segment, listed, statuses)
    if progress:
        progress("indexing", 0, 1)
    bounds = shard_bounds([d.sentence_count for d in segment.documents], shards)
    parts = split_segment(segment, bounds)
    documents = segment.documents
    del segment
    entries = shard_entries(parts, bounds)
    statistics = reduce_summaries([summarize_shard(p, e.first_sentence) for p, e in zip(parts, entries)])
    term_ids = {t: i for i, t in enumerate(statistics.vocabulary)}
    speaker_ids = [write_shard(p, statistics, writer.shard_folder(j), term_ids) for j, p in enumerate(parts)]
    if progress:
        progress("indexing", 1, 1)
        progress("saving", 0, 1)
    writer.commit(statistics, entries, documents, np.concatenate(speaker_ids), file_entries(statuses))
    if progress:
        progress("saving", 1, 1)
    return build_report(statistics, documents, speaker_ids, statuses, time.perf_counter() - started)


def open_sharded(index_dir: Path) -> ShardedLibrary:
    """The current generation of the sharded index in ``index_dir``, every shard in this process.

    Raises:
        IndexFormatError: no sharded index there, or a part of it is damaged.
    """
    generation = read_generation(index_dir)
    servers = [ShardServer.open(generation.shard_folder(j), entry) for j, entry in enumerate(generation.shards)]
    return ShardedLibrary(generation, LocalShards(servers))


def named_documents(segment: Segment, listed: Sequence[CorpusFile], statuses: Sequence[FileStatus]) -> Segment:
    """The segment's documents named as the corpus listing names them (as a single index does).

    Raises:
        CorpusError: no article could be read.
    """
    names = [f.document for f, s in zip(listed, statuses, strict=True) if s.document is not None]
    if not names:
        reasons = "; ".join(f"{s.skipped.path}: {s.skipped.reason}" for s in statuses if s.skipped is not None)
        raise CorpusError(f"no article could be read ({reasons})")
    return replace(segment, documents=tuple(d._replace(document=n) for d, n in zip(segment.documents, names, strict=True)))


def shard_entries(parts: Sequence[Segment] | Sequence[int], bounds: Sequence[int]) -> list[ShardEntry]:
    """Where each shard sits, from the shards (or their sentence counts) and document bounds."""
    sizes = [p if isinstance(p, int) else len(p) for p in parts]
    firsts = np.concatenate(([0], np.cumsum(sizes, dtype=np.int64)))
    return [
        ShardEntry(f"shard-{j:03}", int(firsts[j]), int(sizes[j]), int(bounds[j]), int(bounds[j + 1] - bounds[j]))
        for j in range(len(sizes))
    ]


def write_shard(segment: Segment, statistics: GlobalStatistics, folder: Path, term_ids: dict[str, int] | None = None) -> np.ndarray:
    """Score one shard with the global statistics and save it; returns its global speaker ids."""
    library = score_shard(segment, statistics, term_ids)
    save_index(IndexParts(library.segment, library.bm25, library.speakers, library.speaker_ids), (), folder)
    return global_speaker_ids(segment, statistics)


def file_entries(statuses: Sequence[FileStatus]) -> list[dict[str, Any]]:
    """The corpus file entries of the global manifest (the single index's entry format)."""
    return [
        FileEntry(str(s.path), s.fingerprint.size, s.fingerprint.mtime_ns, s.fingerprint.blake2b, s.document, s.skipped.reason if s.skipped else None).to_json()
        for s in statuses
    ]


def build_report(
    statistics: GlobalStatistics, documents: Sequence[DocumentRecord], speaker_ids: list[np.ndarray], statuses: Sequence[FileStatus], seconds: float
) -> IndexReport:
    """What a sharded build did, as the single index reports it."""
    skipped = tuple(s.skipped for s in statuses if s.skipped is not None)
    return IndexReport(
        documents=len(documents),
        sentences=statistics.sentences,
        quotes=int(sum(int((ids >= 0).sum()) for ids in speaker_ids)),
        skipped=tuple(SkippedFile(k.path, k.reason) for k in skipped),
        reused=0,
        processed=len(statuses),
        seconds=seconds,
        saved=True,
    )
