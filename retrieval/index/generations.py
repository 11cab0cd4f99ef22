"""The sharded index on disk: generations of K shard indexes plus the global manifest.

Layout of a sharded index folder (format ``SHARDED_FORMAT``, version ``SHARDED_VERSION``)::

    CURRENT.json          {"format", "version", "generation": "gen-000002-1f2e3d4c"}, replaced in one
                          rename: readers see the old generation or the new one, never a mix
    gen-000002-1f2e3d4c/  one generation, never changed once written
        global.json       the global manifest (below)
        vocabulary.json   every term, in order of first occurrence in the corpus (global term ids)
        df.npy            int64 [terms] document frequency of each term in the whole corpus
        idf.npy           float64 [terms] rank-bm25's floored IDF every shard scores with
        speakers.json     [[name, [descriptions], quote_count], ...] the corpus's speaker table
        speaker_ids.npy   int32 [N] each sentence's index in speakers.json, or -1
        documents.json    [[document, date or null, [tags], path or null, sentence_count, title, url,
                          publisher, author, fingerprint], ...] (as in ``retrieval.index.files``)
        shard-000/ ...    shard j: an index folder in ``retrieval.index.files`` format holding
                          documents ``first_document`` onward, its BM25 scored with these statistics

``global.json`` is ``{"format", "version", "created", "generation", "sentences", "documents",
"total_length", "terms", "average_idf", "idf_floor", "k1", "b", "epsilon", "shard_format",
"shards": [{"name", "first_sentence", "sentences", "first_document", "documents"}], "files":
[corpus file entries, "document" a global index], "parts": {file: {"bytes", "crc32"}}}``. Floats
are written with ``repr`` (JSON round-trips them exactly); ``total_length`` is an integer so every
shard divides the same two integers for ``avgdl``. Every part's size and CRC-32 is checked when a
generation is opened. A generation is written under a temporary name and renamed into place
before ``CURRENT.json`` points to it; the previous generation is kept so that a process that read
the old pointer a moment before the swap can still open it; a generation a killed build left
half-written is removed by the next build.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from retrieval.errors import IndexFormatError
from retrieval.index.bm25 import B, EPSILON, K1
from retrieval.index.columns import DocumentRecord, document_record, document_row
from retrieval.index.durable import alive, fsync_dir, seal, write_durably, write_error
from retrieval.index.files import FORMAT_VERSION
from retrieval.index.library import SpeakerInfo
from retrieval.index.shards import GlobalStatistics

__all__ = ["SHARDED_FORMAT", "SHARDED_VERSION", "POINTER", "ShardEntry", "Generation", "GenerationWriter", "is_sharded", "read_generation", "vars_of"]

SHARDED_FORMAT = "quotebot-sharded-index"
# Bump whenever a file's meaning changes; an index of another version is refused, never read.
SHARDED_VERSION = 2  # 2: documents carry title, url, publisher, author, fingerprint
POINTER = "CURRENT.json"
GLOBAL = "global.json"
# Generations kept on disk: the current one and the one before it (see the module docstring).
KEEP_GENERATIONS = 2
_TABLES = ("vocabulary", "speakers", "documents")
_ARRAYS = ("df", "idf", "speaker_ids")


@dataclass(frozen=True, slots=True)
class ShardEntry:
    """Where shard j sits in the corpus."""

    name: str  # its folder in the generation
    first_sentence: int
    sentences: int
    first_document: int
    documents: int


@dataclass(frozen=True)
class Generation:
    """One opened generation: what the fan-out holds beside the shards themselves."""

    folder: Path
    manifest: dict[str, Any]
    shards: tuple[ShardEntry, ...]
    vocabulary: tuple[str, ...]
    df: np.ndarray
    speakers: tuple[SpeakerInfo, ...]
    speaker_ids: np.ndarray
    documents: tuple[DocumentRecord, ...]

    def shard_folder(self, j: int) -> Path:
        return self.folder / self.shards[j].name


def is_sharded(index_dir: Path) -> bool:
    """Whether ``index_dir`` holds a sharded index (its pointer file)."""
    return (Path(index_dir) / POINTER).is_file()


class GenerationWriter:
    """Writes one new generation: shard folders first (``shard_folder``), then ``commit``."""

    def __init__(self, index_dir: Path) -> None:
        """Start a generation in a temporary folder of ``index_dir``.

        Raises:
            IndexFormatError: ``index_dir`` holds something other than a sharded index.
            IndexWriteError: it cannot be written.
        """
        self.index_dir = Path(index_dir)
        others = [p for p in self.index_dir.iterdir() if not p.name.startswith(".tmp-gen-")] if self.index_dir.is_dir() else []
        if (self.index_dir.exists() and not self.index_dir.is_dir()) or (others and not is_sharded(self.index_dir)):
            raise IndexFormatError(
                f"{self.index_dir}: exists and is not a sharded quotebot index; choose an empty or new folder for --index-dir"
            )
        number = 1 + max((_number(p.name) for p in self.index_dir.glob("gen-*")), default=0)
        self.name = f"gen-{number:06}-{uuid.uuid4().hex[:8]}"
        _remove_abandoned(self.index_dir)
        self.tmp = self.index_dir / f".tmp-{self.name}-{os.getpid()}"
        try:
            self.tmp.mkdir(parents=True)
        except OSError as error:
            raise write_error(self.index_dir, error) from None

    def shard_folder(self, j: int) -> Path:
        """Where shard j is written (``retrieval.index.files.save_index`` creates it)."""
        return self.tmp / f"shard-{j:03}"

    def abandon(self) -> None:
        """Drop the unfinished generation (the build failed); the current one stays."""
        shutil.rmtree(self.tmp, ignore_errors=True)

    def commit(
        self,
        statistics: GlobalStatistics,
        shards: Sequence[ShardEntry],
        documents: Sequence[DocumentRecord],
        speaker_ids: np.ndarray,
        files: list[dict[str, Any]],
    ) -> Path:
        """Write the global parts and manifest, rename the generation into place, point to it.

        Returns:
            The generation's folder.
        """
        try:
            return self._commit(statistics, shards, documents, speaker_ids, files)
        except OSError as error:
            raise write_error(self.index_dir, error) from None
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def _commit(self, statistics, shards, documents, speaker_ids, files) -> Path:  # type: ignore[no-untyped-def]
        tables = {
            "vocabulary": list(statistics.vocabulary),
            "speakers": [[s.name, list(s.descriptions), s.quote_count] for s in statistics.speakers],
            "documents": [document_row(d) for d in documents],
        }
        for name, table in tables.items():
            write_durably(self.tmp / f"{name}.json", json.dumps(table, ensure_ascii=False).encode("utf-8"))
        arrays = {"df": statistics.df.astype(np.int64), "idf": statistics.idf.astype(np.float64), "speaker_ids": speaker_ids.astype(np.int32)}
        for name, array in arrays.items():
            with open(self.tmp / f"{name}.npy", "wb") as f:
                np.save(f, array, allow_pickle=False)
                f.flush()
                os.fsync(f.fileno())
        manifest = {
            "format": SHARDED_FORMAT,
            "version": SHARDED_VERSION,
            "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
            "generation": self.name,
            "sentences": statistics.sentences,
            "documents": len(documents),
            "total_length": statistics.total_length,
            "terms": len(statistics.vocabulary),
            "average_idf": statistics.average_idf,
            "idf_floor": statistics.idf_floor,
            "k1": K1,
            "b": B,
            "epsilon": EPSILON,
            "shard_format": FORMAT_VERSION,
            "shards": [vars_of(s) for s in shards],
            "files": files,
            "parts": {p.name: seal(p) for p in sorted(self.tmp.iterdir()) if p.is_file()},
        }
        write_durably(self.tmp / GLOBAL, json.dumps(manifest, ensure_ascii=False).encode("utf-8"))
        final = self.index_dir / self.name
        os.rename(self.tmp, final)
        fsync_dir(self.index_dir)
        pointer = self.index_dir / f".{POINTER}.{uuid.uuid4().hex[:8]}"
        write_durably(pointer, json.dumps({"format": SHARDED_FORMAT, "version": SHARDED_VERSION, "generation": self.name}).encode())
        os.replace(pointer, self.index_dir / POINTER)  # the atomic swap
        fsync_dir(self.index_dir)
        for old in sorted(self.index_dir.glob("gen-*"), key=lambda p: _number(p.name))[:-KEEP_GENERATIONS]:
            shutil.rmtree(old, ignore_errors=True)
        return final


def vars_of(entry: ShardEntry) -> dict[str, Any]:
    """A shard entry as the JSON object global.json holds."""
    return {f: getattr(entry, f) for f in ShardEntry.__slots__}  # type: ignore[attr-defined]


def read_generation(index_dir: Path) -> Generation:
    """Open the current generation's global parts (the shards are opened by whoever serves them).

    Raises:
        IndexFormatError: no sharded index, another version, or a part missing, truncated or altered.
    """
    index_dir = Path(index_dir)
    pointer = _read_json(index_dir / POINTER, index_dir)
    if not isinstance(pointer, dict) or pointer.get("format") != SHARDED_FORMAT:
        raise IndexFormatError(f"{index_dir}: not a sharded quotebot index")
    if pointer.get("version") != SHARDED_VERSION:
        raise IndexFormatError(f"{index_dir}: the sharded index is format {pointer.get('version')}, this quotebot reads {SHARDED_VERSION}")
    folder = index_dir / str(pointer.get("generation"))
    manifest = _read_json(folder / GLOBAL, index_dir)
    try:
        return _open(folder, manifest)
    except IndexFormatError:
        raise
    except (OSError, ValueError, KeyError, TypeError, IndexError) as error:
        raise IndexFormatError(f"{folder}: the sharded index is damaged ({error})") from None


def _open(folder: Path, manifest: dict[str, Any]) -> Generation:
    if manifest.get("version") != SHARDED_VERSION or manifest.get("shard_format") != FORMAT_VERSION:
        raise IndexFormatError(f"{folder}: the sharded index was written by another version of quotebot; build it again")
    for name, sealed in manifest["parts"].items():
        if seal(folder / name) != sealed:
            raise IndexFormatError(f"{folder}: {name} is truncated or altered")
    t = {name: json.loads((folder / f"{name}.json").read_text(encoding="utf-8")) for name in _TABLES}
    a = {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in _ARRAYS}
    shards = tuple(ShardEntry(**entry) for entry in manifest["shards"])
    documents = tuple(document_record(row) for row in t["documents"])
    if not len(a["speaker_ids"]) == manifest["sentences"] == sum(s.sentences for s in shards) or len(t["vocabulary"]) != len(a["df"]):
        raise IndexFormatError(f"{folder}: the global parts disagree on the number of sentences or terms")
    speakers = tuple(SpeakerInfo(name, tuple(roles), count) for name, roles, count in t["speakers"])
    return Generation(folder, manifest, shards, tuple(t["vocabulary"]), a["df"], speakers, a["speaker_ids"], documents)


def _read_json(path: Path, index_dir: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise IndexFormatError(f"{index_dir}: no sharded index (run `quotebot index --shards K --index-dir {index_dir}`)") from None
    except (OSError, ValueError) as error:
        raise IndexFormatError(f"{index_dir}: {path.name} is unreadable ({error})") from None


def _remove_abandoned(index_dir: Path) -> None:
    """Remove unfinished generations whose writing process is gone (killed in the middle)."""
    for leftover in index_dir.glob(".tmp-gen-*"):
        pid = leftover.name.rsplit("-", 1)[-1]
        if pid.isdigit() and not alive(int(pid)):
            shutil.rmtree(leftover, ignore_errors=True)


def _number(name: str) -> int:
    parts = name.split("-")
    return int(parts[1]) if len(parts) == 3 and parts[1].isdigit() else 0
