"""Open a corpus from a saved index, refreshing only what changed; or build one from scratch.

A saved index remembers every corpus file's name, size, modification time and content hash.
Opening it again lists the corpus, and a file whose size and modification time are unchanged
is reused as saved; when only the time differs, the content hash decides. New and changed
files are read, split and attributed (on every core); removed files are dropped. The BM25
statistics depend on the whole corpus, so they are recomputed whenever anything changed, and
the refreshed index is saved. A saved index that is damaged or from another format version is
rebuilt from the corpus, and the report says why: answers never come from a doubtful index.
The format itself is described in ``retrieval.index_files``.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import Any, Sequence

from retrieval.columns import Segment
from retrieval.errors import CorpusError, IndexFormatError
from retrieval.index_files import load_library, save_library
from retrieval.library import Library
from retrieval.models import SkippedFile
from retrieval.parallel import FileStatus, Fingerprint, Progress, content_hash, segment_files

__all__ = ["IndexReport", "build_index", "open_library", "open_index", "corpus_files"]


@dataclass(frozen=True, slots=True)
class IndexReport:
    """What opening or building an index did, for one summary line and any warnings."""

    documents: int
    sentences: int
    quotes: int  # sentences with a speaker
    skipped: tuple[SkippedFile, ...]
    reused: int  # corpus files taken from the saved index as they were
    processed: int  # corpus files read, split and attributed this time
    seconds: float
    saved: bool  # the index folder was (re)written
    warnings: tuple[str, ...] = ()  # e.g. why a saved index could not be used and was rebuilt


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
    """
    _, report = open_index(paths, index_dir, progress, rebuild=rebuild)
    return report


def open_library(
    paths: Sequence[Path], index_dir: Path | None, progress: Progress | None = None
) -> tuple[Library, tuple[SkippedFile, ...]]:
    """The library for the corpus at ``paths``, from the index in ``index_dir`` when there is one.

    With ``index_dir=None`` everything is built in memory and nothing is saved. Otherwise see
    ``open_index``; the report is also left on ``library.index_report``.

    Raises:
        CorpusError: a corpus path does not exist, or no article could be read.
        IndexFormatError: ``index_dir`` exists but is not a quotebot index.
    """
    library, report = open_index(paths, index_dir, progress)
    return library, report.skipped


def open_index(
    paths: Sequence[Path], index_dir: Path | None, progress: Progress | None = None, rebuild: bool = False
) -> tuple[Library, IndexReport]:
    """Like ``open_library``, returning the full ``IndexReport`` (warnings included)."""
    started = time.perf_counter()
    files = corpus_files(paths)
    names = _document_names(files)
    warnings: list[str] = []
    saved: tuple[Library, dict[str, Any]] | None = None
    if index_dir is not None and not rebuild:
        try:
            saved = load_library(index_dir)
        except IndexFormatError as error:
            if Path(index_dir).is_dir() and any(Path(index_dir).iterdir()):
                warnings.append(f"The saved index could not be used ({error}); rebuilt it from the corpus.")
    plan = _plan(files, saved[1]["files"] if saved else [])
    if saved and all(status is not None for status in plan) and [e["path"] for e in saved[1]["files"]] == [str(f) for f in files]:
        library = saved[0]
        statuses: list[FileStatus] = plan  # type: ignore[assignment]
        changed = False
    else:
        library, statuses = _assemble(files, plan, saved[0] if saved else None, progress)
        changed = True
    library = _renamed(library, [n for n, s in zip(names, statuses) if s.document is not None])
    if index_dir is not None and changed:
        if progress:
            progress("saving", 0, 1)
        save_library(library, [_entry(s) for s in statuses], Path(index_dir))
        if progress:
            progress("saving", 1, 1)
    reused = sum(1 for s in plan if s is not None)
    report = IndexReport(
        documents=len(library.documents),
        sentences=len(library),
        quotes=int((library.speaker_ids >= 0).sum()),
        skipped=tuple(s.skipped for s in statuses if s.skipped is not None),
        reused=reused,
        processed=len(files) - reused,
        seconds=time.perf_counter() - started,
        saved=index_dir is not None and changed,
        warnings=tuple(warnings),
    )
    library.index_report = report
    return library, report


def corpus_files(paths: Sequence[Path]) -> list[Path]:
    """Every file named, and every ``*.txt`` under each folder (sorted), each once.

    Raises:
        CorpusError: no path given, a path does not exist, or a folder holds no ``.txt`` file.
    """
    if not paths:
        raise CorpusError("no corpus given; name an article file or a folder of .txt files")
    files: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        # Resolved once per named path, not per file: resolving each of 40,000 files costs seconds.
        path = Path(raw).resolve()
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not found:
                raise CorpusError(f"{path}: folder has no .txt files; point --corpus at article files")
        elif path.is_file():
            found = [path]
        else:
            raise CorpusError(f"{path}: no such file or folder")
        for file in found:
            if file not in seen:
                seen.add(file)
                files.append(file)
    return files


def _document_names(files: list[Path]) -> list[str]:
    """File names, or paths from the nearest common folder where two files share a name."""
    by_name: dict[str, list[Path]] = {}
    for file in files:
        by_name.setdefault(file.name, []).append(file)
    names = []
    for file in files:
        clash = by_name[file.name]
        common = Path(os.path.commonpath(clash)) if len(clash) > 1 else file.parent
        names.append(PurePath(file.relative_to(common)).as_posix())
    return names


def _plan(files: list[Path], saved_files: list[dict[str, Any]]) -> list[FileStatus | None]:
    """Per corpus file, its saved status when the saved copy is still good, else None."""
    saved = {entry["path"]: entry for entry in saved_files}
    plan: list[FileStatus | None] = []
    for file in files:
        entry = saved.get(str(file))
        plan.append(_still_good(file, entry) if entry else None)
    return plan


def _still_good(file: Path, entry: dict[str, Any]) -> FileStatus | None:
    try:
        stat = file.stat()
        if stat.st_size != entry["size"]:
            return None
        if stat.st_mtime_ns != entry["mtime_ns"] and content_hash(file) != entry["blake2b"]:
            return None
    except OSError:
        return None
    skipped = SkippedFile(str(file), entry["skipped"]) if entry["skipped"] is not None else None
    return FileStatus(file, Fingerprint(stat.st_size, stat.st_mtime_ns, entry["blake2b"]), entry["document"], skipped)


def _assemble(
    files: list[Path], plan: list[FileStatus | None], saved: Library | None, progress: Progress | None
) -> tuple[Library, list[FileStatus]]:
    """Splice saved documents of unchanged files with freshly processed ones, in corpus order."""
    todo = [f for f, status in zip(files, plan) if status is None]
    fresh, fresh_statuses = segment_files(todo, progress) if todo else (None, [])
    fresh_by_path = {s.path: s for s in fresh_statuses}
    pieces: list[tuple[Segment, int, int]] = []  # (source, first document, stop document) runs
    statuses: list[FileStatus] = []
    for file, status in zip(files, plan):
        source = saved.segment if status is not None else fresh
        if status is None:
            status = fresh_by_path[file]
        if status.document is not None:
            assert source is not None
            if pieces and pieces[-1][0] is source and pieces[-1][2] == status.document:
                pieces[-1] = (source, pieces[-1][1], status.document + 1)
            else:
                pieces.append((source, status.document, status.document + 1))
            status = replace(status, document=sum(stop - first for _, first, stop in pieces) - 1)
        statuses.append(status)
    if not any(s.document is not None for s in statuses):
        reasons = "; ".join(f"{s.skipped.path}: {s.skipped.reason}" for s in statuses if s.skipped)
        raise CorpusError(f"no article could be read ({reasons})")
    segment = Segment.concat([source.slice(first, stop) for source, first, stop in pieces])
    if progress:
        progress("indexing", 0, 1)
    library = Library(segment)
    if progress:
        progress("indexing", 1, 1)
    return library, statuses


def _renamed(library: Library, names: list[str]) -> Library:
    """The library with documents named for the current corpus (a name clash can come or go)."""
    if names == [d.document for d in library.segment.documents]:
        return library
    documents = tuple(replace(d, document=n) for d, n in zip(library.segment.documents, names, strict=True))
    segment = replace(library.segment, documents=documents)
    return Library(segment, library.bm25, (library.speakers, library.speaker_ids))


def _entry(status: FileStatus) -> dict[str, Any]:
    return {
        "path": str(status.path),
        "size": status.fingerprint.size,
        "mtime_ns": status.fingerprint.mtime_ns,
        "blake2b": status.fingerprint.blake2b,
        "document": status.document,
        "skipped": status.skipped.reason if status.skipped else None,
    }
