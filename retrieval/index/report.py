"""What opening an index did: the ``IndexReport``, and the ``OpenedIndex`` it comes with.

The report is also what the next generation is planned against: it carries the generation
number and the corpus file entries the library was made from (see ``retrieval.index.store``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import NamedTuple, Sequence

from retrieval.index.library import Library
from retrieval.index.manifest import FileEntry
from retrieval.models import SkippedFile

__all__ = ["IndexReport", "OpenedIndex", "index_report"]


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
    generation: int = 0  # of the saved index this library is (0: never saved)
    # The corpus file entries the library was made from (see retrieval.index.files): what the
    # next generation is planned against.
    files: tuple[FileEntry, ...] = ()
    newly_skipped: tuple[SkippedFile, ...] = ()  # the files of ``skipped`` that were read this time


class OpenedIndex(NamedTuple):
    """An opened index: the library to answer from, and the report of what opening it did."""

    library: Library
    report: IndexReport


def index_report(
    library: Library, entries: Sequence[FileEntry], reused: int, listed: int, started: float, warnings: list[str],
    generation: int, saved: bool, newly_skipped: tuple[SkippedFile, ...] = (),
) -> IndexReport:  # fmt: skip
    """The report for ``library``, made from ``entries`` of ``listed`` corpus files, ``reused`` as saved."""
    return IndexReport(
        documents=len(library.segment.documents),
        sentences=len(library),
        quotes=int((library.speaker_ids >= 0).sum()),
        skipped=tuple(SkippedFile(e.path, e.skipped) for e in entries if e.skipped is not None),
        reused=reused,
        processed=listed - reused,
        seconds=time.perf_counter() - started,
        saved=saved,
        warnings=tuple(warnings),
        generation=generation,
        files=tuple(entries),
        newly_skipped=newly_skipped,
    )
