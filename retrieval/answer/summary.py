"""What a loaded corpus holds, for App Home, help texts and the console banner.

Example questions are drawn from the corpus itself (its most quoted speakers, a word they use,
a counted noun), so the help a user sees always has answers.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

from retrieval.index.library import Library
from retrieval.lexicon import words
from retrieval.results import CorpusSummary, DocumentSummary, SpeakerSummary

__all__ = ["summarize", "example_questions", "TOP_SPEAKERS"]

TOP_SPEAKERS = 10  # enough to show who dominates a corpus without scrolling
# Sentences read to pick example words; a sample keeps start-up cheap on huge corpora.
_SAMPLE_SENTENCES = 2000
_MIN_TOPIC_LETTERS = 6  # short words are rarely topics ("said", "that", "will")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# A plural noun after a number: "15 missiles", "5,000 troops".
_COUNTED_NOUN = re.compile(r"\b\d[\d,]*\s+([a-z]{3,}s)\b")


def summarize(library: Library, examples: list[str]) -> CorpusSummary:
    """Counts per article and the most quoted speakers."""
    ids = library.speaker_ids
    documents = [
        DocumentSummary(
            document=d.document,
            date=d.date,
            sentences=d.sentence_count,
            quotes=int((ids[d.first_sentence : d.first_sentence + d.sentence_count] >= 0).sum()),
        )
        for d in library.documents
    ]
    speakers = sorted(library.speakers, key=lambda s: (-s.quote_count, s.name))[:TOP_SPEAKERS]
    return CorpusSummary(
        documents=documents,
        sentences=len(library),
        quotes=int((ids >= 0).sum()),
        top_speakers=[
            SpeakerSummary(name=s.name, description=s.descriptions[0] if s.descriptions else None, quotes=s.quote_count)
            for s in speakers
        ],
        example_questions=examples,
    )


def example_questions(library: Library, within: range | None = None) -> list[str]:
    """Up to three questions this corpus can answer; empty for an empty corpus.

    Args:
        library: the corpus.
        within: only sentences in this range (one article's), so the questions are about it.
    """
    span = within if within is not None else range(len(library))
    if len(span) == 0:
        return []
    stop = words("query_stopwords.txt")
    attributed = (np.flatnonzero(library.speaker_ids[span.start : span.stop] >= 0) + span.start)[:_SAMPLE_SENTENCES]
    texts = [library.text(int(i)) for i in attributed] or [library.text(i) for i in span[:_SAMPLE_SENTENCES]]
    # Words naming the speaker or the reporting act ("state television", "according") are no topic.
    context = words("attribution_context.txt")
    attribution_words = [_attribution_words(library, int(i)) for i in attributed] or [set()] * len(texts)
    topics = Counter(
        w
        for t, skip in zip(texts, attribution_words)
        for w in dict.fromkeys(_LOWER_WORD.findall(t))  # first-seen order: ties break the same in every process
        if len(w) >= _MIN_TOPIC_LETTERS and w not in stop and w not in skip and w not in context
    )
    questions = []
    if topics:
        questions.append(f"who said {topics.most_common(1)[0][0]}?")
    quoted = {int(j) for j in library.speaker_ids[attributed]} if within is not None else None
    people = [s for j, s in enumerate(library.speakers) if " " in s.name and s.name[0].isupper() and (quoted is None or j in quoted)]
    if people:
        best = max(people, key=lambda s: (s.quote_count, s.name))
        questions.append(f"what did {best.name.split()[-1]} say?")
    units = words("measure_words.txt")
    counted = Counter(
        m.group(1) for t in texts for m in _COUNTED_NOUN.finditer(t) if m.group(1) not in stop and m.group(1) not in units
    )
    if counted:
        questions.append(f"how many {counted.most_common(1)[0][0]}?")
    return questions


def _attribution_words(library: Library, i: int) -> set[str]:
    attribution = library.attribution(i)
    if attribution is None:
        return set()
    return set(_LOWER_WORD.findall(f"{attribution.mention} {attribution.cue or ''}".lower()))
