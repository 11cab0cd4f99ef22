"""Open a corpus from a saved index, refreshing only what changed; or build one from scratch.

A saved index remembers every corpus file's name, size, modification time and content hash.
Opening it again lists the corpus, and a file whose size and modification time are unchanged
is reused as saved; when only the time differs, the content hash decides. New and changed
files are read, split and attributed (on every core); removed files are dropped. The BM25
statistics depend on the whole corpus, so they are recomputed whenever anything changed, and
the refreshed index is saved. A saved index that is damaged or from another format version is
rebuilt from the corpus, and the report says why: answers never come from a doubtful index.
The format itself is described in ``retrieval.index.files``.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple, Sequence

from retrieval.errors import CorpusError, IndexFormatError, IndexWriteError
from retrieval.index.columns import Segment
from retrieval.index.files import IndexParts, check_replaceable, load_index, remove_stale, save_index
from retrieval.index.manifest import FileEntry
from retrieval.index.library import Library
from retrieval.index.workers import FileStatus, Progress, content_hash, segment_files
from retrieval.models import SkippedFile
from retrieval.text.corpus import CorpusFile, list_corpus

__all__ = ["IndexReport", "OpenedIndex", "build_index", "open_library", "open_index", "load_library"]


@dataclass(frozen=True, slots=True)
class IndexReport:
    """What opening or building an index did, for one summary line and any warnings."""

    documents: int
    sentences: int
    quotes: int  # sentences with a speaker
    skipped: tuple[SkippedFile, ...]  # every file left out, including those a saved index recorded
    reused: int  # corpus files taken from the saved index as they were
    processed: int  # corpus files read, split and attributed this time
    seconds: float
    saved: bool  # the index folder was (re)written
    warnings: tuple[str, ...] = ()  # e.g. why a saved index could not be used and was rebuilt
    newly_skipped: tuple[SkippedFile, ...] = ()  # the files of ``skipped`` that were read this time


class OpenedIndex(NamedTuple):
    """An opened index: the library to answer from, and the report of what opening it did."""

    library: Library
    report: IndexReport


def build_index(paths: Sequence[Path], index_dir: Path, progress: Progress | None = None, rebuild: bool = False) -> IndexReport:
    """Bring the index in ``index_dir`` up to date with the corpus at ``paths`` and save it.

    Args:
        paths: corpus files and folders (every ``*.txt`` inside a folder, recursively).
        index_dir: where the index lives; created when missing.
        progress: called as ``progress(stage, done, total)`` during long work.
        rebuild: ignore any saved index and process every file again.

    Returns:
        What was done: counts, files reused and re-processed, seconds, warnings.

    Raises:
        CorpusError: a corpus path does not exist, or no article could be read.
        IndexFormatError: ``index_dir`` exists but is not a quotebot index.
        IndexWriteError: ``index_dir`` cannot be written.
    """
    _, report = open_index(paths, index_dir, progress, rebuild=rebuild, must_save=True)
    return report


def open_library(
    paths: Sequence[Path], index_dir: Path | None, progress: Progress | None = None
) -> tuple[Library, tuple[SkippedFile, ...]]:
    """The library for the corpus at ``paths``, from the index in ``index_dir`` when there is one.

    With ``index_dir=None`` everything is built in memory and nothing is saved. Otherwise see
    ``open_index``, which also returns the full report.

    Raises:
        CorpusError: a corpus path does not exist, or no article could be read.
        IndexFormatError: ``index_dir`` exists but is not a quotebot index.
    """
    library, report = open_index(paths, index_dir, progress)
    return library, report.skipped


def open_index(
    paths: Sequence[Path],
    index_dir: Path | None,
    progress: Progress | None = None,
    rebuild: bool = False,
    must_save: bool = False,
) -> OpenedIndex:
    """Like ``open_library``, returning the library with the full ``IndexReport`` (warnings included).

    An index folder that cannot be written is a warning (the answers come from memory) unless
    ``must_save``, as for ``quotebot index``, where it raises ``IndexWriteError``.
    """
    started = time.perf_counter()
    if index_dir is not None:
        check_replaceable(Path(index_dir))  # before hours of work, not after
        remove_stale(Path(index_dir))
    listed = list_corpus(paths)
    corpus = [os.path.realpath(p) for p in paths]
    warnings: list[str] = []
    saved = _saved(Path(index_dir), corpus, warnings) if index_dir is not None and not rebuild else None
    plan = _plan(listed, saved[1]) if saved else [None] * len(listed)
    changed = not (saved and all(e is not None for e in plan) and [e.path for e in saved[1]] == [f.path for f in listed])
    if saved and not changed:
        entries = saved[1]
        library = _library(saved[0], _names(listed, entries))
    else:
        segment, entries = _assemble(listed, plan, saved[0].segment if saved else None, progress)
        library = _built(segment, progress)
    saved_now = index_dir is not None and changed and _save(library, entries, Path(index_dir), corpus, must_save, warnings, progress)
    reused = sum(1 for e in plan if e is not None)
    report = IndexReport(
        documents=len(library.segment.documents),
        sentences=len(library),
        quotes=int((library.speaker_ids >= 0).sum()),
        skipped=tuple(SkippedFile(e.path, e.skipped) for e in entries if e.skipped is not None),
        newly_skipped=tuple(
            SkippedFile(e.path, e.skipped) for e, kept in zip(entries, plan) if kept is None and e.skipped is not None
        ),
        reused=reused,
        processed=len(listed) - reused,
        seconds=time.perf_counter() - started,
        saved=saved_now,
        warnings=tuple(warnings),
    )
    return OpenedIndex(library, report)


def load_library(index_dir: Path) -> Library:
    """The library saved in ``index_dir``, as saved (no corpus check).

    Raises:
        IndexFormatError: missing, truncated, altered, inconsistent, or of another version.
    """
    parts, _ = load_index(index_dir)
    return Library(parts.segment, parts.bm25, (parts.speakers, parts.speaker_ids))


def _saved(index_dir: Path, corpus: list[str], warnings: list[str]) -> tuple[IndexParts, tuple[FileEntry, ...]] | None:
    """The saved index and its file entries, or None (with a warning when one was there but unusable).

    Raises:
        IndexCorpusError: the index belongs to another corpus; it is neither used nor replaced.
    """
    try:
        return load_index(index_dir, corpus)
    except IndexFormatError as error:
        if index_dir.is_dir() and any(index_dir.iterdir()):
            warnings.append(f"The saved index could not be used ({error}); rebuilt it from the corpus.")
        return None


def _library(parts: IndexParts, names: list[str]) -> Library:
    """The library of a saved index, its documents named for the current corpus."""
    segment = _renamed_segment(parts.segment, names)
    return Library(segment, parts.bm25, (parts.speakers, parts.speaker_ids))


def _built(segment: Segment, progress: Progress | None) -> Library:
    """The library of a freshly assembled segment: BM25 and the speaker table computed."""
    if progress:
        progress("indexing", 0, 1)
    library = Library(segment)
    if progress:
        progress("indexing", 1, 1)
    return library


def _save(
    library: Library,
    entries: Sequence[FileEntry],
    index_dir: Path,
    corpus: list[str],
    must_save: bool,
    warnings: list[str],
    progress: Progress | None,
) -> bool:
    """Save the library; whether it was saved (a write failure is a warning unless ``must_save``)."""
    if progress:
        progress("saving", 0, 1)
    try:
        parts = IndexParts(library.segment, library.bm25, library.speakers, library.speaker_ids)
        save_index(parts, entries, index_dir, corpus)
        saved = True
    except IndexWriteError as error:
        if must_save:
            raise
        warnings.append(f"{error}; answering from memory this time.")
        saved = False
    if progress:
        progress("saving", 1, 1)
    return saved


def _plan(files: list[CorpusFile], saved_files: Sequence[FileEntry]) -> list[FileEntry | None]:
    """Per corpus file, its saved entry when the saved copy is still good, else None.

    Plain comparisons of the listing with the manifest: at 40,000 files this check runs at
    every start.
    """
    saved = {entry.path: entry for entry in saved_files}
    return [_still_good(file, entry) if (entry := saved.get(file.path)) else None for file in files]


def _still_good(file: CorpusFile, entry: FileEntry) -> FileEntry | None:
    """The saved entry when size and time match the listing, or when the content hash does."""
    if file.size != entry.size:
        return None
    if file.mtime_ns == entry.mtime_ns:
        return entry
    try:
        same = content_hash(Path(file.path)) == entry.blake2b
    except OSError:
        return None
    return replace(entry, mtime_ns=file.mtime_ns) if same else None


def _assemble(
    files: list[CorpusFile], plan: list[FileEntry | None], saved: Segment | None, progress: Progress | None
) -> tuple[Segment, list[FileEntry]]:
    """Splice saved documents of unchanged files with freshly processed ones, in corpus order.

    Returns the segment, its documents named for the current corpus, and the corpus file
    entries to save with it.
    """
    todo = [Path(f.path) for f, entry in zip(files, plan) if entry is None]
    fresh, fresh_statuses = segment_files(todo, progress) if todo else (None, [])
    fresh_by_path = {str(s.path): _entry(s) for s in fresh_statuses}
    pieces: list[tuple[Segment, int, int]] = []  # (source, first document, stop document) runs
    entries: list[FileEntry] = []
    for file, entry in zip(files, plan):
        source = saved if entry is not None else fresh
        if entry is None:
            entry = fresh_by_path[file.path]
        if entry.document is not None:
            assert source is not None
            document = entry.document
            if pieces and pieces[-1][0] is source and pieces[-1][2] == document:
                pieces[-1] = (source, pieces[-1][1], document + 1)
            else:
                pieces.append((source, document, document + 1))
            entry = replace(entry, document=sum(stop - first for _, first, stop in pieces) - 1)
        entries.append(entry)
    if not any(e.document is not None for e in entries):
        reasons = "; ".join(f"{e.path}: {e.skipped}" for e in entries if e.skipped is not None)
        raise CorpusError(f"no article could be read ({reasons})")
    segment = Segment.concat([source.slice(first, stop) for source, first, stop in pieces])
    return _renamed_segment(segment, _names(files, entries)), entries


def _names(files: list[CorpusFile], entries: Sequence[FileEntry]) -> list[str]:
    """The current corpus names of the documents in the index, in index order."""
    return [f.document for f, e in zip(files, entries) if e.document is not None]


def _renamed_segment(segment: Segment, names: list[str]) -> Segment:
    """The segment with documents named for the current corpus (a name clash can come or go)."""
    if names == [d.document for d in segment.documents]:
        return segment
    documents = tuple(d._replace(document=n) for d, n in zip(segment.documents, names, strict=True))
    return replace(segment, documents=documents)


def _entry(status: FileStatus) -> FileEntry:
    return FileEntry(
        path=str(status.path),
        size=status.fingerprint.size,
        mtime_ns=status.fingerprint.mtime_ns,
        blake2b=status.fingerprint.blake2b,
        document=status.document,
        skipped=status.skipped.reason if status.skipped else None,
    )
