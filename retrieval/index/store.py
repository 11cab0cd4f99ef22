"""Open a corpus from a saved index, refreshing only what changed; or build one from scratch.

A saved index remembers every corpus file's name, size, modification time and content hash.
Opening it again lists the corpus, and a file whose size and modification time are unchanged
is reused as saved; when only the time differs, the content hash decides. New and changed
files are read, split and attributed (on every core); removed files are dropped. The BM25
statistics depend on the whole corpus, so they are recomputed whenever anything changed: the
refreshed library is the saved one's next generation (``retrieval.index.splice``), its
postings spliced and rescored rather than rebuilt, and it is saved under a lock that every
process sharing the folder takes, numbered so a process can tell another saved a newer one. A saved index that is damaged or from another format version is
rebuilt from the corpus, and the report says why: answers never come from a doubtful index.
The format itself is described in ``retrieval.index.files``.
"""

from __future__ import annotations

import os
import time
from dataclasses import replace
from pathlib import Path
from typing import Callable, Collection, Sequence

from retrieval.errors import CorpusError, IndexFormatError, IndexWriteError
from retrieval.index.columns import Segment
from retrieval.index.durable import remove_stale
from retrieval.index.files import IndexParts, check_replaceable, load_index, save_index
from retrieval.index.splice import Placement, splice
from retrieval.index.library import Library
from retrieval.index.listing import corpus_listing
from retrieval.index.manifest import FileEntry
from retrieval.index.report import IndexReport, OpenedIndex, index_report
from retrieval.index.sharing import saved_generation, writer_lock
from retrieval.index.workers import FileStatus, Progress, content_hash, segment_files
from retrieval.models import SkippedFile
from retrieval.text.corpus import CorpusFile

__all__ = ["IndexReport", "OpenedIndex", "build_index", "open_library", "open_index", "load_library", "saved_generation"]

# A save that finds another process saved first starts again from that generation, this many times.
_SAVE_ATTEMPTS = 3
_FROM_MEMORY = "; answering from memory this time."


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
    base: OpenedIndex | None = None,
    ready: Callable[[OpenedIndex], None] | None = None,
    changed: Collection[Path | str] | None = None,
) -> OpenedIndex:
    """Like ``open_library``, returning the library with the full ``IndexReport`` (warnings included).

    An index folder that cannot be written is a warning (the answers come from memory) unless
    ``must_save``, as for ``quotebot index``, where it raises ``IndexWriteError``.

    Args:
        base: an index already in memory (the current generation of a running process): it is
            refreshed instead of the saved index when it is the generation saved in ``index_dir``
            (or when there is no ``index_dir``), so nothing is read from disk but changed files.
        ready: called with the new library as soon as it can answer, before it is saved (its
            report still carries the previous generation number), so a running process can
            answer from it while the save goes on.
        changed: every file that may have changed since ``base`` (a watcher's events, the files
            an add wrote): when ``base`` is refreshed, the corpus is not listed again.
    """
    started = time.perf_counter()
    if index_dir is not None:
        check_replaceable(Path(index_dir))  # before hours of work, not after
        remove_stale(Path(index_dir))
    corpus = [os.path.realpath(p) for p in paths]
    for _ in range(_SAVE_ATTEMPTS):
        warnings: list[str] = []
        listed = corpus_listing(paths, base, changed if not rebuild else None)
        saved, generation = _previous(index_dir, corpus, rebuild, base, warnings)
        if changed is not None and (base is None or saved is None or saved[0] is not base.library):
            listed = corpus_listing(paths, None, None)  # not refreshing ``base`` after all: list
        library, entries, changed, reused, fresh_skips = _refreshed(listed, saved, progress)
        if ready is not None and changed:
            pending = index_report(library, entries, reused, len(listed), started, warnings, generation, False, fresh_skips)
            ready(OpenedIndex(library, pending))
        if index_dir is None or not changed:
            break
        try:
            with writer_lock(Path(index_dir)):
                if saved_generation(Path(index_dir)) != (generation or None):
                    base = None  # another process saved a newer generation meanwhile: start again from it
                    continue
                _save(library, entries, Path(index_dir), corpus, generation + 1, progress)
                generation += 1
        except IndexWriteError as error:
            if must_save:
                raise
            warnings.append(f"{error}{_FROM_MEMORY}")
        break
    saved_now = index_dir is not None and changed and not any(w.endswith(_FROM_MEMORY) for w in warnings)
    return OpenedIndex(library, index_report(library, entries, reused, len(listed), started, warnings, generation, saved_now, fresh_skips))


def _previous(
    index_dir: Path | None, corpus: list[str], rebuild: bool, base: OpenedIndex | None, warnings: list[str]
) -> tuple[tuple[Library, tuple[FileEntry, ...]] | None, int]:
    """The generation to refresh (library and its corpus file entries) and its number.

    Raises:
        IndexCorpusError: the saved index belongs to another corpus; it is neither used nor replaced.
    """
    if base is not None and not rebuild:
        if index_dir is None or saved_generation(Path(index_dir)) == (base.report.generation or None):
            return (base.library, base.report.files), base.report.generation
    if index_dir is None or rebuild:
        return None, saved_generation(Path(index_dir)) or 0 if index_dir is not None else 0
    try:
        parts, files = load_index(Path(index_dir), corpus)
        return (Library(parts.segment, parts.bm25, (parts.speakers, parts.speaker_ids)), files), saved_generation(Path(index_dir)) or 1
    except IndexFormatError as error:
        if Path(index_dir).is_dir() and any(Path(index_dir).iterdir()):
            warnings.append(f"The saved index could not be used ({error}); rebuilt it from the corpus.")
    return None, saved_generation(Path(index_dir)) or 0


def load_library(index_dir: Path) -> Library:
    """The library saved in ``index_dir``, as saved (no corpus check).

    Raises:
        IndexFormatError: missing, truncated, altered, inconsistent, or of another version.
    """
    parts, _ = load_index(index_dir)
    return Library(parts.segment, parts.bm25, (parts.speakers, parts.speaker_ids))


def _refreshed(
    listed: list[CorpusFile], saved: tuple[Library, tuple[FileEntry, ...]] | None, progress: Progress | None
) -> tuple[Library, Sequence[FileEntry], bool, int, tuple[SkippedFile, ...]]:
    """(library, corpus file entries, whether anything changed, files reused, files skipped when
    read this time) for the listing."""
    plan = _plan(listed, saved[1]) if saved else [None] * len(listed)
    reused = sum(1 for e in plan if e is not None)
    if saved and reused == len(listed) and [e.path for e in saved[1]] == [f.path for f in listed]:
        library, entries, changed = saved[0], saved[1], False  # a new mtime alone is re-hashed, not saved
    else:
        library, entries = _assemble(listed, plan, saved[0] if saved else None, progress)
        changed = True
    fresh_skips = tuple(SkippedFile(e.path, e.skipped) for e, kept in zip(entries, plan) if kept is None and e.skipped is not None)
    return _renamed(library, _names(listed, entries)), entries, changed, reused, fresh_skips


def _save(
    library: Library, entries: Sequence[FileEntry], index_dir: Path, corpus: list[str], generation: int, progress: Progress | None
) -> None:
    if progress:
        progress("saving", 0, 1)
    library.complete_scores()  # a new generation answers before all its postings are scored
    save_index(IndexParts(library.segment, library.bm25, library.speakers, library.speaker_ids), entries, index_dir, corpus, generation)
    if progress:
        progress("saving", 1, 1)


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
    files: list[CorpusFile], plan: list[FileEntry | None], saved: Library | None, progress: Progress | None
) -> tuple[Library, list[FileEntry]]:
    """Splice saved documents of unchanged files with freshly processed ones, in corpus order.

    With a saved library, the new one is its next generation (``retrieval.index.splice``): only
    the new files' text is processed and the postings are spliced. Returns the library and the
    corpus file entries to save with it.
    """
    todo = [Path(f.path) for f, entry in zip(files, plan) if entry is None]
    fresh, fresh_statuses = segment_files(todo, progress) if todo else (None, [])
    fresh_by_path = {str(s.path): _entry(s) for s in fresh_statuses}
    pieces: list[tuple[Segment, int, int]] = []  # (source, first document, stop document) runs
    layout: list[Placement] = []
    entries: list[FileEntry] = []
    placed = 0  # documents placed so far: the next one's number in the new order
    for file, entry in zip(files, plan):
        source = saved.segment if entry is not None else fresh
        if entry is None:
            entry = fresh_by_path[file.path]
        if entry.document is not None:
            assert source is not None
            document = entry.document
            layout.append((source is not fresh, document))
            if pieces and pieces[-1][0] is source and pieces[-1][2] == document:
                pieces[-1] = (source, pieces[-1][1], document + 1)
            else:
                pieces.append((source, document, document + 1))
            if document != placed:  # built directly: dataclasses.replace costs seconds at 40,000 files
                entry = FileEntry(entry.path, entry.size, entry.mtime_ns, entry.blake2b, placed, entry.skipped)
            placed += 1
        entries.append(entry)
    if not any(e.document is not None for e in entries):
        reasons = "; ".join(f"{e.path}: {e.skipped}" for e in entries if e.skipped is not None)
        raise CorpusError(f"no article could be read ({reasons})")
    if progress:
        progress("indexing", 0, 1)
    kept = [j for from_saved, j in layout if from_saved]
    if saved is not None and all(a < b for a, b in zip(kept, kept[1:])):
        library = splice(saved, layout, fresh)
    else:  # nothing saved, or the corpus order changed (paths given in another order): build
        segment = Segment.concat([source.slice(first, stop) for source, first, stop in pieces])
        library = Library(_renamed_segment(segment, _names(files, entries)))
    if progress:
        progress("indexing", 1, 1)
    return library, entries


def _names(files: list[CorpusFile], entries: Sequence[FileEntry]) -> list[str]:
    """The current corpus names of the documents in the index, in index order."""
    return [f.document for f, e in zip(files, entries) if e.document is not None]


def _renamed_segment(segment: Segment, names: list[str]) -> Segment:
    """The segment with documents named for the current corpus (a name clash can come or go)."""
    if names == [d.document for d in segment.documents]:
        return segment
    documents = tuple(d._replace(document=n) for d, n in zip(segment.documents, names, strict=True))
    return replace(segment, documents=documents)


def _renamed(library: Library, names: list[str]) -> Library:
    """A loaded library with documents named for the current corpus (itself when none changed)."""
    segment = _renamed_segment(library.segment, names)
    if segment is library.segment:
        return library
    library.complete_scores()  # the arrays move to a new Library, without the scores still to make
    return Library(segment, library.bm25, (library.speakers, library.speaker_ids))


def _entry(status: FileStatus) -> FileEntry:
    return FileEntry(
        path=str(status.path),
        size=status.fingerprint.size,
        mtime_ns=status.fingerprint.mtime_ns,
        blake2b=status.fingerprint.blake2b,
        document=status.document,
        skipped=status.skipped.reason if status.skipped else None,
    )
