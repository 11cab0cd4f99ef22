"""Sentences and attributions of many articles as a few flat arrays.

A million ``Sentence`` and ``Attribution`` objects cost seconds to create and gigabytes to hold,
and cannot be memory-mapped. A ``Segment`` holds the same facts for a run of consecutive
articles as columns: numbers in numpy arrays, sentence texts as one UTF-8 blob with offsets,
every attribution string as an id into one string table, and the sentences' term counts.
Objects are made on demand, one at a time. Segments are what worker processes return, what
the on-disk index stores, and what an index refresh cuts and splices (``slice``, ``concat``).
"""

from __future__ import annotations

import datetime as _dt
import functools
from dataclasses import dataclass
from typing import Any, NamedTuple, Sequence

import numpy as np

from retrieval.attribution import attribute
from retrieval.index.terms import tokenize
from retrieval.index.vocabulary import TermCounts
from retrieval.models import Article, Attribution, Sentence
from retrieval.text.sentences import article_sentences
from retrieval.sources.article import text_fingerprint

__all__ = ["DocumentRecord", "Segment", "ATTRIBUTION_FIELDS", "SENTENCE_FIELDS", "document_row", "document_record"]

# Column order of Segment.attribution; every value is a string id, -1 for None.
ATTRIBUTION_FIELDS = ("speaker", "mention", "description", "cue", "kind", "resolution", "via")
# Attribution.via is stored as one string, its names joined by this character (never in a name).
VIA_SEPARATOR = "\x1f"
# Column order of Segment.numbers (int32, one row per sentence).
SENTENCE_FIELDS = ("document", "paragraph", "index", "start", "end")


class DocumentRecord(NamedTuple):
    """What a segment keeps about one article besides its sentences.

    A named tuple: loading an index makes one per article, tens of thousands at every start.
    """

    document: str
    date: _dt.date | None
    tags: tuple[str, ...]
    path: str | None
    sentence_count: int
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    author: str | None = None
    fingerprint: str | None = None  # of the prose (retrieval.sources.article.text_fingerprint): finds the same text twice


@dataclass(frozen=True)
class Segment:
    """Sentences of consecutive articles; row i is the segment's i-th sentence."""

    documents: tuple[DocumentRecord, ...]
    numbers: np.ndarray  # int32 [n, 5]: SENTENCE_FIELDS; "document" indexes self.documents
    text_ptr: np.ndarray  # int64 [n + 1]: byte range of each sentence in text_blob
    text_blob: np.ndarray  # uint8: UTF-8 sentence texts, back to back
    attribution: np.ndarray  # int32 [n, 7]: ATTRIBUTION_FIELDS as ids into strings
    strings: tuple[str, ...]
    counts: TermCounts

    def __len__(self) -> int:
        return len(self.numbers)

    @classmethod
    def from_articles(cls, articles: Sequence[Article]) -> Segment:
        """Split, attribute and tokenise articles (in this process)."""
        strings: dict[str, int] = {}
        documents, numbers, texts, attributions = [], [], [], []
        for d, article in enumerate(articles):
            sentences = article_sentences(article)
            documents.append(_record(article, len(sentences)))
            for s, a in zip(sentences, attribute(article, sentences)):
                numbers.append((d, s.paragraph, s.index, s.start, s.end))
                texts.append(s.text)
                attributions.append(_intern(a, strings))
        encoded = [t.encode("utf-8") for t in texts]
        ptr = np.zeros(len(encoded) + 1, np.int64)
        np.cumsum([len(b) for b in encoded], out=ptr[1:])
        return cls(
            tuple(documents),
            np.array(numbers, np.int32).reshape(-1, len(SENTENCE_FIELDS)),
            ptr,
            np.frombuffer(b"".join(encoded), np.uint8),
            np.array(attributions, np.int32).reshape(-1, len(ATTRIBUTION_FIELDS)),
            tuple(strings),
            TermCounts.count(tokenize(t) for t in texts),
        )

    @functools.cached_property
    def _plain(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """numbers, text_ptr, text_blob and attribution as plain arrays over the same memory.

        Indexing an ``np.memmap`` costs microseconds of Python per access (it wraps every result
        in a new memmap); a question reads hundreds of rows. Rows are read with one ``.tolist()``.
        """
        return np.asarray(self.numbers), np.asarray(self.text_ptr), np.asarray(self.text_blob), np.asarray(self.attribution)

    def text(self, i: int) -> str:
        _, ptr, blob, _ = self._plain
        lo, hi = ptr[i : i + 2].tolist()
        return blob[lo:hi].tobytes().decode("utf-8")

    def sentence(self, i: int) -> Sentence:
        d, paragraph, index, start, end = self._plain[0][i].tolist()
        return Sentence(self.documents[d].document, paragraph, index, start, end, self.text(i))

    def attribution_of(self, i: int) -> Attribution | None:
        ids = self._plain[3][i].tolist()
        if ids[0] < 0:
            return None
        speaker, mention, description, cue, kind, resolution, via = (self.strings[j] if j >= 0 else None for j in ids)
        chain = tuple(via.split(VIA_SEPARATOR)) if via else ()
        return Attribution(speaker, mention, description, cue, kind, resolution, chain)  # type: ignore[arg-type]

    def document_starts(self) -> np.ndarray:
        """Index of each document's first sentence, plus the total at the end (read-only)."""
        return self._starts

    @functools.cached_property
    def _starts(self) -> np.ndarray:  # made once: a refresh asks for it several times
        starts = np.zeros(len(self.documents) + 1, np.int64)
        np.cumsum([d.sentence_count for d in self.documents], out=starts[1:])
        starts.flags.writeable = False
        return starts

    def slice(self, first_document: int, stop_document: int) -> Segment:
        """The documents ``first_document:stop_document`` and their sentences."""
        starts = self.document_starts()
        lo, hi = int(starts[first_document]), int(starts[stop_document])
        numbers = np.array(self.numbers[lo:hi])
        numbers[:, 0] -= first_document
        tlo, thi = int(self.text_ptr[lo]), int(self.text_ptr[hi])
        return Segment(
            self.documents[first_document:stop_document],
            numbers,
            self.text_ptr[lo : hi + 1] - tlo,
            self.text_blob[tlo:thi],
            self.attribution[lo:hi],
            self.strings,
            self.counts.rows(lo, hi),
        )

    @classmethod
    def concat(cls, parts: Sequence[Segment], counts: TermCounts | None = None) -> Segment:
        """One segment holding ``parts`` one after another.

        ``counts``, when given, are the merged term counts already made (by
        ``retrieval.index.splice``, which keeps term ids stable instead of renumbering them).
        """
        strings: dict[str, int] = {}
        numbers, ptrs, attributions = [], [], []
        documents: list[DocumentRecord] = []
        text_offset = 0
        remaps: dict[int, np.ndarray] = {}  # parts cut from one saved index share its string table
        for part in parts:
            remap = remaps.get(id(part.strings))
            if remap is None:
                remap = np.array([strings.setdefault(s, len(strings)) for s in part.strings] + [-1], np.int32)
                remaps[id(part.strings)] = remap
            shifted = np.array(part.numbers, np.int32).reshape(-1, len(SENTENCE_FIELDS))
            shifted[:, 0] += len(documents)
            numbers.append(shifted)
            ptrs.append(part.text_ptr[:-1] + text_offset)
            text_offset += int(part.text_ptr[-1])
            attributions.append(remap[part.attribution])  # -1 indexes the trailing -1
            documents.extend(part.documents)
        ptrs.append(np.array([text_offset], np.int64))
        return cls(
            tuple(documents),
            np.concatenate(numbers) if numbers else np.empty((0, len(SENTENCE_FIELDS)), np.int32),
            np.concatenate(ptrs).astype(np.int64),
            np.concatenate([p.text_blob for p in parts]) if parts else np.empty(0, np.uint8),
            np.concatenate(attributions) if attributions else np.empty((0, len(ATTRIBUTION_FIELDS)), np.int32),
            tuple(strings),
            counts if counts is not None else TermCounts.concat([p.counts for p in parts]),
        )


def document_row(d: DocumentRecord) -> list[Any]:
    """One row of an index's documents.json (see ``retrieval.index.files``)."""
    return [d.document, d.date.isoformat() if d.date else None, list(d.tags), d.path, d.sentence_count, d.title, d.url, d.publisher, d.author, d.fingerprint]


def document_record(row: Sequence[Any]) -> DocumentRecord:
    """The document a row of documents.json describes."""
    document, date, tags, path, count, *rest = row
    return DocumentRecord(document, _dt.date.fromisoformat(date) if date else None, tuple(tags), path, count, *rest)


def _record(article: Article, sentences: int) -> DocumentRecord:
    prose = [article.text[p.start : p.end] for p in article.paragraphs]
    return DocumentRecord(
        article.document, article.date, tuple(article.tags), article.path, sentences,
        article.title, article.url, article.publisher, article.author, text_fingerprint(prose),
    )  # fmt: skip


def _intern(attribution: Attribution | None, strings: dict[str, int]) -> tuple[int, ...]:
    if attribution is None:
        return (-1,) * len(ATTRIBUTION_FIELDS)
    values = (VIA_SEPARATOR.join(attribution.via) or None if f == "via" else getattr(attribution, f) for f in ATTRIBUTION_FIELDS)
    return tuple(-1 if v is None else strings.setdefault(v, len(strings)) for v in values)
