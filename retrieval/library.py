"""Everything the question layer reads: sentences, their speakers, and a BM25 index over them.

PROVISIONAL in-memory version; the contract below is what the rest of the code relies on.

Contract:
- ``Library.build(articles)`` splits, attributes and indexes articles.
- ``len(lib)``; ``lib.sentence(i) -> Sentence``; ``lib.attribution(i) -> Attribution | None``.
- ``lib.documents``: one ``DocumentInfo`` per article, in load order.
- ``lib.speakers``: one ``SpeakerInfo`` per canonical speaker; ``lib.speaker_ids`` an int32
  array with, per sentence, the index into ``lib.speakers`` or -1.
- ``lib.search(terms, k, candidates=None) -> Hits``: rank-bm25 BM25Okapi scores over sentences
  containing at least one of ``terms`` (already tokenised), restricted to the sentence indices
  in ``candidates`` when given, best first, at most ``k``.
- ``lib.document_frequency(term) -> int``: how many sentences contain the (tokenised) term.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import NamedTuple, Sequence

import numpy as np
from rank_bm25 import BM25Okapi

from retrieval.attribution import attribute
from retrieval.models import Article, Attribution, Sentence
from retrieval.sentences import article_sentences
from retrieval.tokens import tokenize

__all__ = ["Library", "DocumentInfo", "SpeakerInfo", "Hits"]


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    document: str
    date: _dt.date | None
    tags: tuple[str, ...]
    path: str | None
    first_sentence: int  # index of its first sentence in the library
    sentence_count: int


@dataclass(frozen=True, slots=True)
class SpeakerInfo:
    name: str
    descriptions: tuple[str, ...]  # every role the articles give this speaker, most frequent first
    quote_count: int


class Hits(NamedTuple):
    indices: np.ndarray  # int64 sentence indices, best first
    scores: np.ndarray  # float64 BM25 scores, same order


class Library:
    def __init__(
        self,
        documents: Sequence[DocumentInfo],
        sentences: Sequence[Sentence],
        attributions: Sequence[Attribution | None],
    ) -> None:
        self.documents = tuple(documents)
        self._sentences = tuple(sentences)
        self._attributions = tuple(attributions)
        self.speakers, self.speaker_ids = _speaker_table(self._attributions)
        self._tokens = [tokenize(s.text) for s in self._sentences]
        self._bm25 = BM25Okapi(self._tokens) if self._tokens else None

    @classmethod
    def build(cls, articles: Sequence[Article]) -> Library:
        documents, sentences, attributions = [], [], []
        for article in articles:
            split = article_sentences(article)
            documents.append(
                DocumentInfo(article.document, article.date, article.tags, article.path, len(sentences), len(split))
            )
            sentences.extend(split)
            attributions.extend(attribute(article, split))
        return cls(documents, sentences, attributions)

    def __len__(self) -> int:
        return len(self._sentences)

    def sentence(self, i: int) -> Sentence:
        return self._sentences[i]

    def attribution(self, i: int) -> Attribution | None:
        return self._attributions[i]

    def document_frequency(self, term: str) -> int:
        return sum(term in t for t in self._tokens)

    def search(self, terms: Sequence[str], k: int, candidates: np.ndarray | None = None) -> Hits:
        if self._bm25 is None or not terms:
            return Hits(np.empty(0, np.int64), np.empty(0, np.float64))
        scores = np.asarray(self._bm25.get_scores(list(terms)), dtype=np.float64)
        wanted = set(terms)
        matching = np.array([bool(wanted.intersection(t)) for t in self._tokens])
        if candidates is not None:
            allowed = np.zeros(len(self), bool)
            allowed[candidates] = True
            matching &= allowed
        idx = np.flatnonzero(matching)
        order = np.argsort(-scores[idx], kind="stable")[:k]
        return Hits(idx[order].astype(np.int64), scores[idx[order]])


def _speaker_table(attributions: Sequence[Attribution | None]) -> tuple[tuple[SpeakerInfo, ...], np.ndarray]:
    names: dict[str, int] = {}
    descriptions: dict[str, Counter[str]] = defaultdict(Counter)
    counts: Counter[str] = Counter()
    ids = np.full(len(attributions), -1, dtype=np.int32)
    for i, attribution in enumerate(attributions):
        if attribution is None:
            continue
        ids[i] = names.setdefault(attribution.speaker, len(names))
        counts[attribution.speaker] += 1
        if attribution.description:
            descriptions[attribution.speaker][attribution.description] += 1
    speakers = tuple(
        SpeakerInfo(name, tuple(d for d, _ in descriptions[name].most_common()), counts[name]) for name in names
    )
    return speakers, ids
