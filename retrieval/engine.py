"""PROVISIONAL engine facade. Contract used by bot/:

- ``Engine(library)``; ``Engine.from_paths(paths) -> tuple[Engine, tuple[SkippedFile, ...]]``
- ``engine.ask(question: str, top: int = 5) -> Answer`` (raises QuestionError for empty/too long)
- ``engine.summary() -> CorpusSummary``
- ``engine.quotes(documents: Collection[str] | None = None) -> Iterator[Quote]``: attributed sentences
"""

from __future__ import annotations

from pathlib import Path
from typing import Collection, Iterator, Sequence

from retrieval.corpus import load_corpus
from retrieval.errors import QuestionError
from retrieval.library import Library
from retrieval.models import SkippedFile
from retrieval.parallel import Progress
from retrieval.store import open_library
from retrieval.results import Answer, CorpusSummary, DocumentSummary, Quote, SpeakerSummary
from retrieval.tokens import tokenize

__all__ = ["Engine", "MAX_QUESTION_CHARS"]

MAX_QUESTION_CHARS = 1000  # longer input is a pasted article, not a question


class Engine:
    def __init__(self, library: Library) -> None:
        self.library = library

    @classmethod
    def from_paths(
        cls, paths: Sequence[Path], index_dir: Path | None = None, progress: Progress | None = None
    ) -> tuple[Engine, tuple[SkippedFile, ...]]:
        """Engine over the corpus at ``paths``; with ``index_dir``, from (and kept in) a saved index."""
        library, skipped = open_library(paths, index_dir, progress)
        return cls(library), skipped

    def ask(self, question: str, top: int = 5) -> Answer:
        question = question.strip()
        if not question:
            raise QuestionError("The question is empty. Ask something like: who said casualties?")
        if len(question) > MAX_QUESTION_CHARS:
            raise QuestionError(f"The question is {len(question)} characters long; keep it under {MAX_QUESTION_CHARS}.")
        hits = self.library.search(tokenize(question), top)
        quotes = [self._quote(int(i), float(s)) for i, s in zip(hits.indices, hits.scores)]
        message = None if quotes else f"I found nothing in the articles about “{question}”."
        return Answer(question=question, intent="search", topic=question, answers=quotes, total=len(quotes), message=message)

    def quotes(self, documents: Collection[str] | None = None) -> Iterator[Quote]:
        for i in range(len(self.library)):
            if self.library.attribution(i) is not None and (documents is None or self.library.sentence(i).document in documents):
                yield self._quote(i, None)

    def summary(self) -> CorpusSummary:
        lib = self.library
        documents = [
            DocumentSummary(
                document=d.document,
                date=d.date,
                sentences=d.sentence_count,
                quotes=int((lib.speaker_ids[d.first_sentence : d.first_sentence + d.sentence_count] >= 0).sum()),
            )
            for d in lib.documents
        ]
        speakers = sorted(lib.speakers, key=lambda s: -s.quote_count)[:10]
        return CorpusSummary(
            documents=documents,
            sentences=len(lib),
            quotes=int((lib.speaker_ids >= 0).sum()),
            top_speakers=[SpeakerSummary(name=s.name, description=(s.descriptions or (None,))[0], quotes=s.quote_count) for s in speakers],
            example_questions=["who said casualties?"],
        )

    def _quote(self, i: int, score: float | None) -> Quote:
        s = self.library.sentence(i)
        a = self.library.attribution(i)
        doc = next(d for d in self.library.documents if d.document == s.document)
        return Quote(
            text=s.text,
            speaker=a.speaker if a else None,
            speaker_mention=a.mention if a else None,
            speaker_description=a.description if a else None,
            cue=a.cue if a else None,
            document=s.document,
            date=doc.date,
            paragraph=s.paragraph,
            sentence=s.index,
            start=s.start,
            end=s.end,
            score=score,
            kind=a.kind if a else None,
            resolution=a.resolution if a else None,
        )
