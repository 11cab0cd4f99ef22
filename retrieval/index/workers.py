"""Split, attribute and tokenise many articles on every core.

Work is cut into chunks of consecutive articles (or files), each turned into a ``Segment`` by a
worker process; segments come back in order and are concatenated by the caller. Small inputs
are processed in this process: starting workers costs more than it saves. Files are read by the
workers themselves, so article texts never cross a process boundary.
"""

from __future__ import annotations

import ctypes
import hashlib
import multiprocessing
import os
import signal
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence, TypeVar

from retrieval.errors import CorpusError
from retrieval.index.columns import Segment
from retrieval.models import Article, SkippedFile
from retrieval.text.corpus import article_from_bytes, size_problem

__all__ = ["Progress", "FileStatus", "Fingerprint", "content_hash", "segment_articles", "segment_files"]

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)``; stages: "reading", "indexing", "saving"."""

# Below this many articles one process is faster than starting workers (~0.1 s each).
PARALLEL_MIN_ARTICLES = 64
# Bounds on articles per task (see _chunk_size).
CHUNK_MIN = 16
CHUNK_MAX = 1024
# Tasks per worker: enough that the progress bar moves and every core stays busy to the end,
# few enough that the parent's merging work (per chunk) stays small.
TASKS_PER_WORKER = 16
# Files are hashed in blocks of this size so a large file never sits in memory twice.
HASH_BLOCK = 1 << 20
# 128 bits tell changed files apart with no practical chance of a collision, at half the size.
_DIGEST_BYTES = 16
_PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when the thread that made it ends

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What identifies a corpus file's content without reading it (size, mtime) and by reading it (hash)."""

    size: int
    mtime_ns: int
    blake2b: str


@dataclass(frozen=True)
class FileStatus:
    """One corpus file after processing: its document in the segment, or why it was skipped."""

    path: Path
    fingerprint: Fingerprint
    document: int | None  # index into the returned segment's documents
    skipped: SkippedFile | None


def content_hash(path: Path) -> str:
    """The hash the index keeps of a file's bytes, read in blocks."""
    digest = hashlib.blake2b(digest_size=_DIGEST_BYTES)
    with open(path, "rb") as f:
        while block := f.read(HASH_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def segment_articles(articles: Sequence[Article], progress: Progress | None = None) -> Segment:
    """One segment for ``articles``, in order, using every core for large inputs."""
    size = _chunk_size(len(articles))
    chunks = [articles[i : i + size] for i in range(0, len(articles), size)]
    parts = []
    for part in _map(Segment.from_articles, chunks, len(articles)):
        parts.append(part)
        if progress:
            progress("reading", min(len(parts) * size, len(articles)), len(articles))
    return Segment.concat(parts)


def segment_files(paths: Sequence[Path], progress: Progress | None = None) -> tuple[Segment, list[FileStatus]]:
    """Read, split, attribute and tokenise each file, keeping the order of ``paths``.

    A file that cannot be loaded is reported as skipped (with the corpus loader's reason) and
    the rest still load.
    """
    size = _chunk_size(len(paths))
    chunks = [list(paths[i : i + size]) for i in range(0, len(paths), size)]
    parts: list[Segment] = []
    statuses: list[FileStatus] = []
    documents = 0
    for part, chunk_statuses in _map(_process_files, chunks, len(paths)):
        parts.append(part)
        for status in chunk_statuses:
            if status.document is not None:
                status = replace(status, document=status.document + documents)
            statuses.append(status)
        documents += len(part.documents)
        if progress:
            progress("reading", len(statuses), len(paths))
    return Segment.concat(parts), statuses


def _process_files(paths: list[Path]) -> tuple[Segment, list[FileStatus]]:
    articles: list[Article] = []
    statuses = []
    for path in paths:
        stamp = Fingerprint(0, 0, "")  # a file that cannot even be read is tried again next time
        try:
            stat = path.stat()
            too_large = size_problem(stat.st_size)
            if too_large:  # never read: remembered by size and time, so it is not tried again unchanged
                stamp = Fingerprint(stat.st_size, stat.st_mtime_ns, "")
                raise CorpusError(too_large)
            data = path.read_bytes()  # read once: hashed and parsed from the same bytes
            stamp = Fingerprint(stat.st_size, stat.st_mtime_ns, hashlib.blake2b(data, digest_size=_DIGEST_BYTES).hexdigest())
            article = article_from_bytes(path, data)
        except (CorpusError, OSError, UnicodeDecodeError) as error:
            statuses.append(FileStatus(path, stamp, None, SkippedFile(str(path), _reason(error))))
            continue
        statuses.append(FileStatus(path, stamp, len(articles), None))
        articles.append(article)
    return Segment.from_articles(articles), statuses


def _reason(error: Exception) -> str:
    if isinstance(error, CorpusError):
        return error.reason
    if isinstance(error, UnicodeDecodeError):
        return "not UTF-8 text"
    return f"cannot be read ({getattr(error, 'strerror', None) or error})"


def _chunk_size(items: int) -> int:
    return max(CHUNK_MIN, min(CHUNK_MAX, items // (_workers() * TASKS_PER_WORKER) or 1))


def _workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _map(function: Callable[[list], T], chunks: list, items: int) -> Iterator[T]:
    workers = min(_workers(), len(chunks))
    if items < PARALLEL_MIN_ARTICLES or workers < 2:
        yield from map(function, chunks)
        return
    # fork shares the loaded modules and lexicons with the workers at no cost; elsewhere spawn.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with _pool(multiprocessing.get_context(method), workers) as pool:
        yield from pool.imap(function, chunks)


def _pool(context: Any, workers: int) -> Any:
    """A pool of ``workers``, made with Ctrl-C held back: a SIGINT landing inside the pool's own
    set-up leaves a half-made finaliser that prints a traceback at exit. A Ctrl-C pressed
    meanwhile arrives as soon as the pool exists (the workers ignore it, see ``_quiet_worker``)."""
    blockable = hasattr(signal, "pthread_sigmask")
    if blockable:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        return context.Pool(workers, initializer=_quiet_worker, initargs=(os.getpid(),))
    finally:
        if blockable:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _quiet_worker(parent: int) -> None:
    """Leave Ctrl-C to the parent, which stops the pool: the terminal's SIGINT reaches every
    process in the group, and each worker would otherwise print its own KeyboardInterrupt
    traceback. SIGTERM (how the pool stops its workers) ends a worker at once, and on Linux the
    kernel sends it when the parent goes: a worker the pool's maintenance thread forks while a
    `kill` is stopping the parent would otherwise wait on the task queue for ever, holding the
    terminal's pipes open."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # not Linux: no such call
        pass
    if os.getppid() != parent:  # the parent went before the call above
        os._exit(1)
