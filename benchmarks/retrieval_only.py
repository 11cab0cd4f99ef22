"""Retrieval-only benchmark at sizes where splitting a corpus of files would take too long.

The wire generator's sentences (same vocabulary, speakers, figures and layouts as the file
corpus) are made in memory, tokenised and counted with quotebot's own code (``tokenize``,
``TermCounts``), and indexed by ``Library`` exactly as a built corpus is. What is skipped:
writing and reading files, sentence splitting and attribution (so no sentence has a speaker).
Search latency, whole-question latency and the BM25 build are measured as for a real index.
rank-bm25 is not run here: its per-sentence dictionaries need about 1 GB per million sentences.
Instead each question's top 10 is checked against scoring every matching sentence (the
candidate path, which never prunes).
"""

from __future__ import annotations

import multiprocessing
import random
import resource
import time

import numpy as np

from benchmarks.timing import time_questions, timed
from benchmarks.wire_corpus import SENTENCES_PER_ARTICLE, _Writer, questions
from retrieval.index.columns import ATTRIBUTION_FIELDS, SENTENCE_FIELDS, DocumentRecord, Segment
from retrieval.index.terms import tokenize
from retrieval.index.vocabulary import TermCounts

__all__ = ["measure"]

CHUNK = 250_000  # sentences per worker task: about 30 MB of results to send back
WORKERS = 2
TOP = 10


def _chunk(task: tuple[int, int]) -> Segment:
    """Sentences ``count`` of chunk ``number``: articles of 15 to 33 sentences, as the generator writes."""
    number, count = task
    writer = _Writer(1)  # seed 1: the corpus's words and people, as the questions use
    writer.rng = random.Random(1000 + number)  # each chunk draws its own sentences
    writer.np_rng = np.random.default_rng(1000 + number)
    texts: list[str] = []
    documents: list[DocumentRecord] = []
    while len(texts) < count:
        size = min(writer.rng.randint(15, 33), count - len(texts))
        cast = [writer.rng.choice(writer.people) for _ in range(3)]
        seen: set = set()
        for _ in range(size):
            speaker = writer.rng.choice(cast)
            texts.append(writer.sentence(speaker, speaker not in seen))
            seen.add(speaker)
        documents.append(DocumentRecord(f"{number:03}-{len(documents):06}.txt", None, (), None, size))
    encoded = [t.encode("utf-8") for t in texts]
    ptr = np.zeros(len(encoded) + 1, np.int64)
    np.cumsum([len(b) for b in encoded], out=ptr[1:])
    document = np.repeat(np.arange(len(documents), dtype=np.int32), [d.sentence_count for d in documents])
    numbers = np.zeros((len(texts), len(SENTENCE_FIELDS)), np.int32)
    numbers[:, 0] = document
    return Segment(
        tuple(documents),
        numbers,
        ptr,
        np.frombuffer(b"".join(encoded), np.uint8),
        np.full((len(texts), len(ATTRIBUTION_FIELDS)), -1, np.int32),
        (),
        TermCounts.count(tokenize(t) for t in texts),
    )


def related_questions(library, count: int) -> list[str]:
    """Questions that send ``Engine.ask`` through the related-words pass: a word the corpus holds
    fewer than three times (or not at all) whose relatives it holds, asked plainly and negated."""
    from retrieval.answer.related import _table, related_terms
    from retrieval.index.terms import tokenize

    out: list[str] = []
    for term in sorted(_table()):
        if len(out) >= count:
            break
        if term.isalpha() and tokenize(term) == [term] and library.document_frequency(term) < 3:
            if any(library.document_frequency(r) > 0 for r in related_terms(term)):
                out.append(f"who said {term}?" if len(out) % 2 else f"who said there was no {term}?")
    return out


def time_second_pass(library, count: int) -> list[float]:
    """Milliseconds of ``Engine.ask`` on ``related_questions`` (empty when the corpus has none)."""
    from retrieval import Engine

    asked = related_questions(library, count)
    engine = Engine(library)
    return timed([lambda q=q: engine.ask(q) for q in asked])[0] if asked else []


def measure(size: int, n_questions: int) -> dict:
    """Build a retrieval-only library of ``size`` sentences and time questions on it."""
    from retrieval.index.library import Library

    started = time.perf_counter()
    tasks = [(i, min(CHUNK, size - i * CHUNK)) for i in range((size + CHUNK - 1) // CHUNK)]
    with multiprocessing.get_context("fork").Pool(WORKERS) as pool:
        parts = list(pool.imap(_chunk, tasks))
    generated_s = time.perf_counter() - started
    segment = Segment.concat(parts)
    del parts
    library = Library(segment)
    build_s = time.perf_counter() - started
    bm25_mb = sum(a.nbytes for a in library.bm25.values()) / 1e6
    terms, search_ms, hits, ask_ms = time_questions(library, questions(n_questions), TOP)
    second_ms = time_second_pass(library, n_questions)
    everything = np.arange(len(library))
    unpruned = [library.search(t, TOP, everything) for t in terms]
    same = sum(h.indices.tolist() == u.indices.tolist() and h.scores.tolist() == u.scores.tolist() for h, u in zip(hits, unpruned))
    return {
        "sentences": len(library),
        "generate_tokenize_s": generated_s,
        "build_s": build_s,
        "bm25_mb": bm25_mb,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "search_ms": search_ms,
        "ask_ms": ask_ms,
        "second_ms": second_ms,
        "same_as_unpruned": same,
        "compared": len(terms),
        "sentences_per_article": SENTENCES_PER_ARTICLE,
    }
