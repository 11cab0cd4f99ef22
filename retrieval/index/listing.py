"""The corpus listing a refresh plans against: listed again, or the previous one brought up to date.

A refresh that knows which files changed since the generation it starts from (a folder
watcher's events, the files ``quotebot add`` wrote) need not stat the whole corpus again: the
previous listing is rebuilt from that generation's file entries and the changes applied to it
(``retrieval.text.corpus_changes``). Anything the changes cannot tell lists the corpus again.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Collection, Sequence

from retrieval.index.report import OpenedIndex
from retrieval.text.corpus import CorpusFile, list_corpus
from retrieval.text.corpus_changes import relist

__all__ = ["corpus_listing"]


def corpus_listing(paths: Sequence[Path], base: OpenedIndex | None, changed: Collection[Path | str] | None) -> list[CorpusFile]:
    """``list_corpus(paths)``, computed from ``base``'s listing when ``changed`` names every
    file that may differ from it (None: unknown, list the corpus).

    Raises:
        CorpusError: as ``list_corpus``.
    """
    if base is not None and changed is not None:
        documents = base.library.segment.documents
        previous = [
            CorpusFile(e.path, documents[e.document].document if e.document is not None else os.path.basename(e.path), e.size, e.mtime_ns)
            for e in base.report.files
        ]
        listed = relist(paths, previous, changed)
        if listed is not None:
            return listed
    return list_corpus(paths)
