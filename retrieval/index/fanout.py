"""A sharded index read as one ``Library``: each question fanned out to the shards and merged.

``ShardServer`` answers for one shard in global sentence ids (its hits, which of some terms its
sentences hold, the sentences themselves). ``ShardedLibrary`` offers the question layer the same
reads as ``Library`` (the ``Searcher`` seam: ``len``, ``sentence``, ``text``, ``attribution``,
``documents``, ``document_of``, ``speakers``, ``speaker_ids``, ``document_frequency``, ``contains``,
``search``), holding only the global parts (``retrieval.index.generations``) and reaching the shards
through a ``Transport``: ``LocalShards`` in this process, or shard actors on a Ray cluster
(``retrieval.index.ray_serve``). Shards score with the corpus-wide statistics, so merging their top k
by (score desc, global id asc) is the single index's ranking (``retrieval.index.shards``).

A shard that does not answer is never left out silently: ``search`` and ``contains`` record it
for the question being answered (``missing_shards``), and reading a sentence of it raises
``ShardUnavailableError``; the engine turns both into an answer that says so.
"""

from __future__ import annotations

import datetime as _dt
import functools
import os
import threading
import weakref
from collections import OrderedDict
from pathlib import Path
from typing import Any, NamedTuple, Protocol, Sequence

import numpy as np

from retrieval.errors import IndexFormatError
from retrieval.index.availability import MISSING, ShardUnavailableError, report_missing
from retrieval.index.bm25 import Hits
from retrieval.index.generations import Generation, ShardEntry
from retrieval.index.library import DocumentInfo, Library
from retrieval.index.store import load_library
from retrieval.models import Attribution, Sentence

__all__ = ["ShardHits", "ShardServer", "Transport", "LocalShards", "ShardedLibrary"]

# Rows (sentence and attribution) kept in the fan-out process: a few answers' worth of pages.
ROW_CACHE = 8192
# Reading one sentence of a shard brings this many following ones too: the summary and
# "what did X say?" read runs of sentences, one remote call per run instead of one per sentence.
READ_AHEAD = 256
# Candidate lists at least this long (every attributed sentence) are split per shard once and kept.
SPLIT_CACHE_MIN = 4096

Row = tuple[Sentence, "Attribution | None"]


class ShardHits(NamedTuple):
    """One shard's best hits in global ids, with what the question layer reads of them next."""

    indices: np.ndarray
    scores: np.ndarray
    rows: list[Row]  # sentence and attribution of each hit
    present: np.ndarray  # bool [hits, terms]: which query terms each hit holds


class ShardServer:
    """One shard, answering in global sentence ids; what a shard actor holds."""

    def __init__(self, library: Library, first_sentence: int) -> None:
        self.library = library
        self.first = first_sentence

    @classmethod
    def open(cls, folder: Path, entry: ShardEntry) -> ShardServer:
        """Open the shard saved in ``folder`` (memory-mapped) and check it is the one expected.

        Raises:
            IndexFormatError: the shard is missing, damaged or not the one the manifest lists.
        """
        library = load_library(folder)
        if len(library) != entry.sentences or len(library.segment.documents) != entry.documents:
            raise IndexFormatError(f"{folder}: the shard does not hold what the global manifest lists")
        return cls(library, entry.first_sentence)

    def search(self, terms: Sequence[str], k: int, candidates: np.ndarray | None) -> ShardHits:
        local = None if candidates is None else np.asarray(candidates, np.int64) - self.first
        hits = self.library.search(terms, k, local)
        return ShardHits(hits.indices + self.first, hits.scores, self._rows(hits.indices), self.library.contains(hits.indices, terms))

    def contains(self, indices: np.ndarray, terms: Sequence[str]) -> np.ndarray:
        return self.library.contains(np.asarray(indices, np.int64) - self.first, terms)

    def rows(self, indices: np.ndarray) -> list[Row]:
        return self._rows(np.asarray(indices, np.int64) - self.first)

    def _rows(self, local: np.ndarray) -> list[Row]:
        lib = self.library
        return [(lib.sentence(i), lib.attribution(i)) for i in local.tolist()]

    def pid(self) -> int:
        """The serving process (operators and tests find a shard's process by it)."""
        return os.getpid()


class Transport(Protocol):
    """How the fan-out reaches its shards."""

    def call(self, calls: Sequence[tuple[int, str, tuple[Any, ...]]]) -> list[Any]:
        """Run ``(shard, method, args)`` calls concurrently; ``MISSING`` for a shard that did not answer."""

    def share(self, shard: int, value: np.ndarray) -> Any:
        """How a large argument kept for many calls travels to ``shard`` (itself in this process)."""


class LocalShards:
    """Every shard in this process: the sharded index without a cluster."""

    def __init__(self, servers: Sequence[ShardServer]) -> None:
        self.servers = list(servers)

    def call(self, calls: Sequence[tuple[int, str, tuple[Any, ...]]]) -> list[Any]:
        return [getattr(self.servers[j], method)(*args) for j, method, args in calls]

    def share(self, shard: int, value: np.ndarray) -> Any:
        return value


class ShardedLibrary:
    """The question layer's view of a sharded index; see the module docstring."""

    def __init__(self, generation: Generation, transport: Transport) -> None:
        self.generation = generation
        self.transport = transport
        self.speakers = generation.speakers
        self.speaker_ids = generation.speaker_ids
        self._bounds = np.array([s.first_sentence for s in generation.shards] + [len(generation.speaker_ids)], np.int64)
        self._starts = np.concatenate(([0], np.cumsum([d.sentence_count for d in generation.documents], dtype=np.int64)))
        self._term_ids = {t: i for i, t in enumerate(generation.vocabulary)}
        self._rows: OrderedDict[int, Row] = OrderedDict()
        self._lock = threading.Lock()
        self._last = threading.local()  # the last search's "present" rows, for the contains() after it
        self._splits: dict[int, list[Any]] = {}

    def __len__(self) -> int:
        return int(self._bounds[-1])

    @property
    def shard_count(self) -> int:
        return len(self.generation.shards)

    @functools.cached_property
    def documents(self) -> tuple[DocumentInfo, ...]:
        return tuple(self._document_info(j) for j in range(len(self.generation.documents)))

    def newest_date(self) -> _dt.date | None:
        """The date of the newest dated article."""
        return max((d.date for d in self.generation.documents if d.date is not None), default=None)

    def document_of(self, i: int) -> DocumentInfo:
        return self._document_info(int(np.searchsorted(self._starts, i, side="right")) - 1)

    def _document_info(self, j: int) -> DocumentInfo:
        d = self.generation.documents[j]
        return DocumentInfo(
            d.document, d.date, d.tags, d.path, int(self._starts[j]), d.sentence_count, d.title, d.url, d.publisher, d.author, d.fingerprint
        )

    def document_frequency(self, term: str) -> int:
        i = self._term_ids.get(term)
        return 0 if i is None else int(self.generation.df[i])

    def sentence(self, i: int) -> Sentence:
        return self._row(i)[0]

    def text(self, i: int) -> str:
        return self._row(i)[0].text

    def attribution(self, i: int) -> Attribution | None:
        return self._row(i)[1]

    def search(self, terms: Sequence[str], k: int, candidates: np.ndarray | Sequence[int] | None = None) -> Hits:
        """Every shard's best ``k``, merged by (score desc, global id asc): the single index's order."""
        terms = list(terms)
        split = self._split(candidates)
        calls = [(j, "search", (terms, k, split[j] if split else None)) for j in range(self.shard_count) if not split or split[j] is not None]
        answers = self._call(calls)
        found = [a for a in answers if a is not MISSING]
        if not found:
            return Hits(np.empty(0, np.int64), np.empty(0))
        indices = np.concatenate([a.indices for a in found]).astype(np.int64)
        scores = np.concatenate([a.scores for a in found]).astype(np.float64)
        order = np.lexsort((indices, -scores))[:k]
        present = np.concatenate([a.present for a in found]) if len(indices) else np.zeros((0, len(terms)), bool)
        self._remember([row for a in found for row in a.rows], indices)
        self._last.memo = (tuple(terms), dict(zip(indices.tolist(), present)))
        return Hits(indices[order], scores[order])

    def contains(self, indices: np.ndarray | Sequence[int], terms: Sequence[str]) -> np.ndarray:
        """Which of ``terms`` each sentence holds, as ``Library.contains``."""
        indices = np.asarray(indices, np.int64).ravel()
        memo = getattr(self._last, "memo", None)
        if memo and memo[0] == tuple(terms) and all(i in memo[1] for i in indices.tolist()):
            return np.array([memo[1][i] for i in indices.tolist()], bool).reshape(len(indices), len(terms))
        present = np.zeros((len(indices), len(terms)), bool)
        shard = np.searchsorted(self._bounds, indices, side="right") - 1
        groups = [(j, np.flatnonzero(shard == j)) for j in np.unique(shard).tolist()]
        for (j, where), answer in zip(groups, self._call([(j, "contains", (indices[w], list(terms))) for j, w in groups])):
            if answer is not MISSING:
                present[where] = answer
        return present

    def _row(self, i: int) -> Row:
        with self._lock:
            row = self._rows.get(i)
            if row is not None:
                self._rows.move_to_end(i)
                return row
        j = int(np.searchsorted(self._bounds, i, side="right")) - 1
        wanted = np.arange(i, min(i + READ_AHEAD, int(self._bounds[j + 1])), dtype=np.int64)
        (answer,) = self._call([(j, "rows", (wanted,))])
        if answer is MISSING:
            raise ShardUnavailableError({j}, self.shard_count)
        self._remember(answer, wanted)
        return answer[0]

    def _remember(self, rows: list[Row], indices: np.ndarray) -> None:
        with self._lock:
            for i, row in zip(indices.tolist(), rows):
                self._rows[i] = row
                self._rows.move_to_end(i)
            while len(self._rows) > ROW_CACHE:
                self._rows.popitem(last=False)

    def _call(self, calls: list[tuple[int, str, tuple[Any, ...]]]) -> list[Any]:
        answers = self.transport.call(calls) if calls else []
        missing = [j for (j, _, _), a in zip(calls, answers) if a is MISSING]
        if missing:
            report_missing(missing, self.shard_count)
        return answers

    def _split(self, candidates: np.ndarray | Sequence[int] | None) -> list[Any] | None:
        """Candidates per shard (None where a shard holds none); long constant lists are kept."""
        if candidates is None:
            return None
        key = id(candidates)
        if key in self._splits:
            return self._splits[key]
        values = np.asarray(candidates, np.int64).ravel()
        shard = np.searchsorted(self._bounds, values, side="right") - 1
        split = [values[shard == j] for j in range(self.shard_count)]
        split = [self.transport.share(j, s) if len(s) else None for j, s in enumerate(split)]
        if isinstance(candidates, np.ndarray) and len(values) >= SPLIT_CACHE_MIN:
            self._splits[key] = split
            weakref.finalize(candidates, self._splits.pop, key, None)
        return split
