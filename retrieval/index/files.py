"""The on-disk index format: a versioned manifest plus plain .npy arrays and JSON tables.

Layout of an index folder (format version ``FORMAT_VERSION``)::

    manifest.json     {"format": "quotebot-index", "version", "generation", "created", "sentences", "documents",
                       "terms", "corpus": [the corpus paths, resolved], "files": [corpus file entries],
                       "parts": {file name: {"bytes", "crc32", and for arrays "dtype", "shape"}}}
    documents.json    [[document, date or null, [tags], path or null, sentence_count, title, url,
                        publisher, author, fingerprint (each string or null)], ...]
    strings.json      attribution strings; attribution.npy holds ids into this list
    vocabulary.json   terms by id (stable storage ids: see retrieval.index.splice)
    speakers.json     [[name, [descriptions], quote_count], ...]; speaker_ids.npy indexes it
    numbers.npy       int32 [n, 5] document, paragraph, sentence number, start, end
    text_ptr.npy      int64 [n + 1] byte offsets of each sentence in text_blob.npy (uint8, UTF-8)
    attribution.npy   int32 [n, 7] speaker, mention, description, cue, kind, resolution, via (-1: none)
    counts_*.npy      per-sentence term counts (CSR: ptr, terms, tfs), kept for index refreshes
    term_ptr.npy, post_sentences.npy, post_tfs.npy, doc_len.npy, post_scores.npy, term_max.npy,
    idf.npy           the BM25 index (tfs and lengths let the next generation rescore, no re-inverting)
``generation`` counts the saves of this index (1 for the first); see ``retrieval.index.sharing``.

Corpus file entries are ``{"path", "size", "mtime_ns", "blake2b", "document", "skipped"}``:
``document`` is the file's index in documents.json, or null with ``skipped`` the reason; they are
read as ``retrieval.index.manifest.FileEntry`` values, checked as the manifest is read. This module
takes and returns ``IndexParts`` (columns, BM25 arrays, speakers), never a ``Library``.

Arrays are memory-mapped when loaded: nothing is unpickled (``allow_pickle=False``) and only
the pages a question touches are read. Every part's size and CRC-32 is checked at load, so a
truncated or altered index is refused (``IndexFormatError``), never answered from. A folder is
written under a temporary name, flushed to disk, and renamed into place in one step, so an
interrupted write never leaves an index that loads (the writing and sealing helpers are
``retrieval.index.durable``).
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import shutil
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Mapping, NamedTuple, Sequence

import numpy as np

from retrieval.errors import IndexCorpusError, IndexFormatError
from retrieval.index.columns import Segment, document_record, document_row
from retrieval.index.durable import fsync_dir, remove_stale, seal, write_durably, write_error
from retrieval.index.library import BM25_ARRAYS, SpeakerInfo
from retrieval.index.manifest import FileEntry
from retrieval.index.vocabulary import TermCounts

__all__ = [
    "FORMAT", "FORMAT_VERSION", "MANIFEST", "FileEntry", "IndexParts", "save_index", "load_index", "check_replaceable",
]  # fmt: skip

FORMAT = "quotebot-index"
# Bump whenever a file's meaning changes, and also when tokenising or BM25 changes: an index
# built by other rules would give other answers, so an older one is rebuilt, never used.
FORMAT_VERSION = 3  # 2: attribution gained its via column; 3: article title, url, publisher, author, fingerprint; post_tfs, doc_len; generation
MANIFEST = "manifest.json"
_ARRAYS = (
    "numbers", "text_ptr", "text_blob", "attribution", "speaker_ids",
    "counts_ptr", "counts_terms", "counts_tfs",
) + BM25_ARRAYS  # fmt: skip
_TABLES = ("documents", "strings", "vocabulary", "speakers")
_PARTS = {f"{n}.npy" for n in _ARRAYS} | {f"{n}.json" for n in _TABLES} | {MANIFEST}
# zlib computes CRCs without holding the GIL, so parts are checked on two threads at once.
_CRC_THREADS = 2


class IndexParts(NamedTuple):
    """What an index folder holds besides the file list: the columns, the BM25 arrays, the speakers."""

    segment: Segment
    bm25: Mapping[str, np.ndarray]
    speakers: tuple[SpeakerInfo, ...]
    speaker_ids: np.ndarray  # per sentence, the index into ``speakers`` or -1


def save_index(
    parts: IndexParts, files: Sequence[FileEntry], index_dir: Path, corpus: Sequence[str] = (), generation: int = 1
) -> None:
    """Write ``parts`` (and the corpus file entries they came from) to ``index_dir``, atomically.

    ``corpus`` (the corpus paths, resolved) is recorded, so ``load_index`` can refuse another's;
    so is ``generation`` (see the module docstring).

    Raises:
        IndexFormatError: ``index_dir`` exists and holds something other than a quotebot index.
        IndexWriteError: the folder cannot be written (permissions, read-only or full disk).
    """
    index_dir = Path(index_dir)
    check_replaceable(index_dir)
    try:
        _save(parts, files, index_dir, list(corpus), generation)
    except OSError as error:
        raise write_error(index_dir, error) from None


def _save(parts: IndexParts, files: Sequence[FileEntry], index_dir: Path, corpus: list[str], generation: int) -> None:
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(index_dir)
    tmp = index_dir.parent / f".{index_dir.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir()
    try:
        manifest = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "generation": generation,
            "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
            "sentences": len(parts.segment),
            "documents": len(parts.segment.documents),
            "terms": len(parts.segment.counts.vocabulary),
            "corpus": corpus,
            "files": [entry.to_json() for entry in files],
            "parts": _write_parts(parts, tmp),
        }
        write_durably(tmp / MANIFEST, json.dumps(manifest, ensure_ascii=False).encode("utf-8"))
        fsync_dir(tmp)
        old = index_dir.parent / f".{index_dir.name}.old-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        if index_dir.exists():
            os.rename(index_dir, old)
        os.rename(tmp, index_dir)
        fsync_dir(index_dir.parent)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def load_index(index_dir: Path, corpus: Sequence[str] | None = None) -> tuple[IndexParts, tuple[FileEntry, ...]]:
    """Open a saved index, checking every part and every file entry of the manifest.

    Args:
        index_dir: the index folder.
        corpus: the corpus paths (resolved) it is opened for; an index that recorded other ones is
            refused (one saved before corpora were recorded is taken as this corpus's).

    Raises:
        IndexFormatError: missing, truncated, altered, inconsistent, or of another version.
        IndexCorpusError: the index was built for another corpus.
    """
    index_dir = Path(index_dir)
    try:
        manifest = json.loads((index_dir / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise IndexFormatError(f"{index_dir}: no saved index") from None
    except (OSError, ValueError) as error:
        raise IndexFormatError(f"{index_dir}: the index manifest is unreadable ({error})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise IndexFormatError(f"{index_dir}: not a quotebot index")
    if manifest.get("version") != FORMAT_VERSION:
        raise IndexFormatError(
            f"{index_dir}: the index is format {manifest.get('version')}, this quotebot reads format {FORMAT_VERSION}"
        )
    _check_corpus(manifest.get("corpus"), corpus, index_dir)
    try:
        files = tuple(FileEntry.from_json(raw) for raw in manifest["files"])
    except (KeyError, TypeError, ValueError) as error:  # a manifest edited by hand
        raise IndexFormatError(f"{index_dir}: the index's file list is damaged ({error})") from None
    try:
        return _load_parts(index_dir, manifest), files
    except IndexFormatError:
        raise
    except (OSError, ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError) as error:
        raise IndexFormatError(f"{index_dir}: the index is damaged ({error})") from None


def _write_parts(index: IndexParts, folder: Path) -> dict[str, dict[str, Any]]:
    seg = index.segment
    arrays = {
        "numbers": seg.numbers, "text_ptr": seg.text_ptr, "text_blob": seg.text_blob,
        "attribution": seg.attribution, "speaker_ids": index.speaker_ids,
        "counts_ptr": seg.counts.ptr, "counts_terms": seg.counts.terms, "counts_tfs": seg.counts.tfs,
        **{name: index.bm25[name] for name in BM25_ARRAYS},
    }  # fmt: skip
    tables = {
        "documents": [document_row(d) for d in seg.documents],
        "strings": list(seg.strings),
        "vocabulary": list(seg.counts.vocabulary),
        "speakers": [[s.name, list(s.descriptions), s.quote_count] for s in index.speakers],
    }
    parts: dict[str, dict[str, Any]] = {}
    for name, array in arrays.items():
        array = np.ascontiguousarray(array)
        with open(folder / f"{name}.npy", "wb") as f:
            np.save(f, array, allow_pickle=False)
        parts[f"{name}.npy"] = {"dtype": array.dtype.str, "shape": list(array.shape), **seal(folder / f"{name}.npy")}
    for name, table in tables.items():
        write_durably(folder / f"{name}.json", json.dumps(table, ensure_ascii=False).encode("utf-8"))
        parts[f"{name}.json"] = seal(folder / f"{name}.json")
    for name in parts:
        with open(folder / name, "rb+") as f:
            os.fsync(f.fileno())
    return parts


def _load_parts(folder: Path, manifest: dict[str, Any]) -> IndexParts:
    parts = manifest["parts"]
    if set(parts) != _PARTS - {MANIFEST}:
        raise IndexFormatError(f"{folder}: the index lists other files than this version writes")
    names = sorted(parts, key=lambda name: -parts[name]["bytes"])  # largest first: threads finish together
    with ThreadPoolExecutor(_CRC_THREADS) as pool:
        seals = dict(zip(names, pool.map(lambda name: seal(folder / name), names)))
    for name, expected in parts.items():
        if seals[name] != {"bytes": expected["bytes"], "crc32": expected["crc32"]}:
            raise IndexFormatError(f"{folder}: {name} is truncated or altered")
    a = {}
    for name in _ARRAYS:
        expected = parts[f"{name}.npy"]
        size = int(np.prod(expected["shape"]))
        a[name] = np.load(folder / f"{name}.npy", mmap_mode="r" if size else None, allow_pickle=False)
        if a[name].dtype.str != expected["dtype"] or list(a[name].shape) != expected["shape"]:
            raise IndexFormatError(f"{folder}: {name}.npy does not have the recorded type and shape")
    t = {name: json.loads((folder / f"{name}.json").read_text(encoding="utf-8")) for name in _TABLES}
    documents = tuple(document_record(row) for row in t["documents"])
    counts = TermCounts(tuple(t["vocabulary"]), a["counts_ptr"], a["counts_terms"], a["counts_tfs"])
    segment = Segment(documents, a["numbers"], a["text_ptr"], a["text_blob"], a["attribution"], tuple(t["strings"]), counts)
    n = len(segment)
    if not (n == manifest["sentences"] == len(a["text_ptr"]) - 1 == len(a["attribution"]) == len(counts) == len(a["speaker_ids"])):
        raise IndexFormatError(f"{folder}: the index parts disagree on the number of sentences")
    if sum(d.sentence_count for d in documents) != n or len(a["term_ptr"]) != len(counts.vocabulary) + 1:
        raise IndexFormatError(f"{folder}: the index parts disagree on documents or terms")
    speakers = tuple(SpeakerInfo(name, tuple(roles), count) for name, roles, count in t["speakers"])
    bm25 = {name: a[name] for name in BM25_ARRAYS}
    return IndexParts(segment, bm25, speakers, a["speaker_ids"])


def check_replaceable(index_dir: Path) -> None:
    """Refuse a folder that holds anything but a quotebot index, before any work is done.

    Raises:
        IndexFormatError: the folder exists and holds other files.
    """
    if index_dir.exists() and (not index_dir.is_dir() or not {p.name for p in index_dir.iterdir()} <= _PARTS):
        raise IndexFormatError(
            f"{index_dir}: exists and is not a quotebot index; choose an empty or new folder for the index",
            setting="index_dir",
        )


def _check_corpus(saved: Any, corpus: Sequence[str] | None, index_dir: Path) -> None:
    if corpus is None or not isinstance(saved, list) or not saved:
        return
    if sorted(map(str, saved)) != sorted(corpus):
        raise IndexCorpusError(
            f"{index_dir} holds the index of another corpus ({', '.join(map(str, saved))}); choose another "
            f"index folder for {', '.join(corpus)}, or rebuild this one for it"
        )
