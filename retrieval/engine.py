"""The question layer: turns a question into an ``Answer`` of verbatim, attributed sentences.

``Engine`` is the one object every front end holds (CLI, console, Slack). It reads the question
(``questions``), picks candidate sentences (attributed ones, one speaker's, all), ranks them with
BM25 (``library``), keeps only real matches (``matching``) and packs them as ``Quote`` models.
It reads its index through the ``Searcher`` seam: one ``Library``, or a ``ShardedLibrary`` that
fans each read out to the shards of a sharded index (``retrieval.index.fanout``); while a shard
does not answer, the answer says that part of the archive is unavailable.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Collection, Iterator, Sequence

import numpy as np

from retrieval.answer.figures import count_figure, has_count
from retrieval.answer.highlight import highlight_terms, highlights
from retrieval.answer.matching import MIN_TOPIC_COVERAGE, SpeakerMatcher, TermWeights, query_terms
from retrieval.answer.questions import ParsedQuestion, parse_question
from retrieval.answer.summary import example_questions, summarize
from retrieval.answer.usage import help_text
from retrieval.errors import QuestionError
from retrieval.index.availability import ShardUnavailableError, missing_shards, unavailable_message
from retrieval.index.library import Hits, Searcher
from retrieval.index.store import IndexReport, open_index
from retrieval.index.workers import Progress
from retrieval.models import SkippedFile
from retrieval.results import Answer, CorpusSummary, Quote

__all__ = ["Engine", "MAX_QUESTION_CHARS", "DEFAULT_TOP"]

MAX_QUESTION_CHARS = 1000  # longer input is a pasted article, not a question
DEFAULT_TOP = 5
# How many ranked sentences to look at per answer shown: the match rule drops some of them.
_CANDIDATES_PER_ANSWER = 10
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_MIN_CANDIDATES = 50


class Engine:
    """Answers questions over one loaded ``Searcher``; safe to share between threads (read-only)."""

    def __init__(self, library: Searcher, report: IndexReport | None = None) -> None:
        """Answer from ``library``; ``report`` is what opening it did, when it was opened from a corpus."""
        self.library = library
        self.report = report
        self._attributed = np.flatnonzero(library.speaker_ids >= 0)


    @classmethod
    def from_paths(
        cls, paths: Sequence[Path], index_dir: Path | None = None, progress: Progress | None = None
    ) -> tuple[Engine, tuple[SkippedFile, ...]]:
        """Engine over the corpus at ``paths``; with ``index_dir``, from (and kept in) a saved index."""
        library, report = open_index(paths, index_dir, progress)
        return cls(library, report), report.skipped

    @classmethod
    def from_sharded(cls, index_dir: Path, ray_address: str | None = None) -> Engine:
        """Engine over the sharded index in ``index_dir``: its shards in this process, or served by
        one Ray actor each on the cluster at ``ray_address`` (``local``: a cluster in this process).

        Raises:
            IndexFormatError: no sharded index there, or a part of it is damaged.
            ClusterError: the cluster cannot be reached (or Ray is not installed).
        """
        if ray_address is None:
            from retrieval.index.sharded import open_sharded

            return cls(open_sharded(index_dir))
        from retrieval.index.ray_cluster import connect  # Ray loads only for --ray

        connect(ray_address)  # first: a clear error when Ray is not installed or the cluster is away
        from retrieval.index.ray_serve import open_on_cluster

        return cls(open_on_cluster(index_dir, ray_address))

    @property
    def warnings(self) -> tuple[str, ...]:
        """What opening the corpus had to say (a saved index rebuilt or not saved); empty if nothing."""
        return self.report.warnings if self.report is not None else ()

    def ask(self, question: str, top: int = DEFAULT_TOP) -> Answer:
        """Answer one question.

        Args:
            question: plain text (Slack markup already removed by the caller).
            top: at most this many quotes in the answer.

        Returns:
            The answer; ``answers`` is empty and ``message`` says why when nothing matched.

        Raises:
            QuestionError: the question is empty or longer than ``MAX_QUESTION_CHARS``.
        """
        # Control characters (a NUL pasted from a terminal) would be echoed back; drop them.
        text = " ".join(_CONTROL.sub(" ", question).split())
        if not text:
            raise QuestionError("The question is empty. Ask something like: who said casualties?")
        if len(text) > MAX_QUESTION_CHARS:
            raise QuestionError(
                f"The question is {len(text):,} characters long; keep it under {MAX_QUESTION_CHARS:,} characters."
            )
        parsed = parse_question(text)
        with missing_shards() as missing:
            try:
                answer = self._ask(text, parsed, top)
            except ShardUnavailableError as error:
                return self._answer(text, parsed, [], 0, str(error))
        if not missing:
            return answer
        note = unavailable_message(missing.shards, missing.total)
        return answer.model_copy(update={"message": f"{note} {answer.message}" if answer.message else note})

    def _ask(self, text: str, parsed: ParsedQuestion, top: int) -> Answer:
        if parsed.intent == "help":
            return Answer(question=text, intent="help", message=self.help_text())
        marks = highlight_terms(text, parsed.subject, parsed.topic)  # the words to mark in each quote
        if parsed.intent == "what_did_say":
            return self._what_did_say(text, parsed, top, marks)
        if parsed.intent == "how_many":
            return self._how_many(text, parsed, top, marks)
        candidates = self._attributed if parsed.intent == "who_said" else None
        terms = query_terms(parsed.topic)
        if parsed.intent == "who_said" and parsed.verb:
            terms = list(dict.fromkeys(query_terms(parsed.verb) + terms))
        hits = self._ranked(terms, candidates, top)
        return self._answer(text, parsed, self._quotes(hits, top, marks), len(hits.indices))

    def quotes(self, documents: Collection[str] | None = None) -> Iterator[Quote]:
        """Every attributed sentence, in corpus order, optionally of some documents only."""
        for i in self._attributed:
            if documents is None or self.library.document_of(int(i)).document in documents:
                yield self._quote(int(i))

    def summary(self) -> CorpusSummary:
        """What the engine knows: articles, counts, most quoted speakers, example questions."""
        return self._summary

    @functools.cached_property
    def _summary(self) -> CorpusSummary:
        return summarize(self.library, self._examples)  # the library never changes under an engine

    def help_text(self) -> str:
        """Usage and example questions, as plain text (the answer to a help request)."""
        return help_text(self._examples)

    def wants_help(self, question: str) -> bool:
        """True when ``question`` asks how to use quotebot (or asks nothing) rather than about the articles.

        Front ends that answer help in their own words (Slack's usage) ask this before ``ask``.
        """
        return parse_question(question).intent == "help"

    @functools.cached_property
    def _speaker_matcher(self) -> SpeakerMatcher:
        """Made on first "what did X say" question: a new generation swaps in without waiting for it."""
        return SpeakerMatcher([s.name for s in self.library.speakers], [s.descriptions for s in self.library.speakers])

    @functools.cached_property
    def _examples(self) -> list[str]:
        return example_questions(self.library)  # reads a sample of sentences: once per engine

    @functools.cached_property
    def _by_speaker(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each attributed sentence's speaker; attributed sentences grouped by speaker (ascending
        within each group); where each group starts."""
        ids = np.asarray(self.library.speaker_ids[self._attributed])
        grouped = self._attributed[np.argsort(ids, kind="stable")]
        starts = np.zeros(len(self.library.speakers) + 1, np.int64)
        np.cumsum(np.bincount(ids, minlength=len(self.library.speakers)), out=starts[1:])
        return ids, grouped, starts

    def _quoted_by(self, speakers: list[int]) -> np.ndarray:
        """Sentences attributed to any of ``speakers``, in corpus order."""
        ids, grouped, starts = self._by_speaker
        if len(speakers) == 1:
            return grouped[starts[speakers[0]] : starts[speakers[0] + 1]]
        # Several speakers ("the police chief"): filter in corpus order, no merging or sorting.
        wanted = np.zeros(len(starts) - 1, bool)
        wanted[speakers] = True
        return self._attributed[wanted[ids]]

    def _what_did_say(self, text: str, parsed: ParsedQuestion, top: int, marks: frozenset[str]) -> Answer:
        subject = parsed.subject or ""
        speakers = self._speaker_matcher.find(subject)
        if not speakers:
            return self._answer(text, parsed, [], 0, f"I found no quotes from “{subject}” in the articles.")
        candidates = self._quoted_by(speakers)
        if parsed.topic:
            hits = self._ranked(query_terms(parsed.topic), candidates, top)
            missing = f"I found nothing {subject} said about “{parsed.topic}” in the articles."
            return self._answer(text, parsed, self._quotes(hits, top, marks), len(hits.indices), missing)
        return self._answer(text, parsed, [self._quote(int(i), marks=marks) for i in candidates[:top]], len(candidates))

    def _how_many(self, text: str, parsed: ParsedQuestion, top: int, marks: frozenset[str]) -> Answer:
        terms = query_terms(parsed.topic)
        # A count can use a neighbouring word ("22 rockets" for "how many missiles were fired?"),
        # so one asked-for word is enough once the sentence gives a number.
        hits = self._ranked(terms, None, top * _CANDIDATES_PER_ANSWER, min_coverage=0.0)
        texts = [self.library.text(int(i)) for i in hits.indices]
        counted = [j for j, sentence in enumerate(texts) if has_count(sentence)]
        quotes = [
            self._quote(int(hits.indices[j]), float(hits.scores[j]), count_figure(texts[j], terms), marks)
            for j in counted[:top]
        ]
        note = None
        if len({q.figure for q in quotes}) > 1:
            claims = "; ".join(f"{q.figure} ({q.speaker or 'unattributed'})" for q in quotes)
            note = f"The articles give different figures: {claims}."
        return self._answer(text, parsed, quotes, len(counted), note=note)

    def _ranked(
        self, terms: list[str], candidates: np.ndarray | None, top: int, min_coverage: float = MIN_TOPIC_COVERAGE
    ) -> Hits:
        """The best-ranked sentences that hold enough of ``terms`` (see ``matching``), best first."""
        lib = self.library
        weights = TermWeights(terms, [lib.document_frequency(t) for t in terms], len(lib))
        if not weights.answerable:
            return Hits(np.empty(0, np.int64), np.empty(0))
        hits = lib.search(weights.known, max(top * _CANDIDATES_PER_ANSWER, _MIN_CANDIDATES), candidates)
        if min_coverage <= 0.0:  # every coverage is at least 0: no sentence is left out
            return hits
        keep = weights.coverages(lib.contains(hits.indices, weights.known)) >= min_coverage
        return Hits(hits.indices[keep], hits.scores[keep])

    def _quotes(self, hits: Hits, top: int, marks: frozenset[str]) -> list[Quote]:
        return [self._quote(int(i), float(score), marks=marks) for i, score in zip(hits.indices[:top], hits.scores[:top])]

    def _answer(
        self,
        text: str,
        parsed: ParsedQuestion,
        quotes: list[Quote],
        total: int,
        missing: str | None = None,
        note: str | None = None,
    ) -> Answer:
        """Pack the quotes shown (at most ``top``) of ``total`` matching sentences.

        ``missing`` is the message when there are none, ``note`` one shown beside them.
        """
        message = note
        if not quotes:
            message = missing or f"I found nothing in the articles about “{parsed.topic or parsed.subject or text}”."
        return Answer(
            question=text,
            intent=parsed.intent,
            subject=parsed.subject,
            topic=parsed.topic,
            answers=quotes,
            total=total,
            message=message,
        )

    def _quote(self, i: int, score: float | None = None, figure: str | None = None, marks: frozenset[str] = frozenset()) -> Quote:
        """Sentence ``i`` as a quote; the words whose terms are among ``marks`` are its highlights."""
        s = self.library.sentence(i)
        a = self.library.attribution(i)
        d = self.library.document_of(i)
        return Quote(
            text=s.text,
            speaker=a.speaker if a else None,
            speaker_mention=a.mention if a else None,
            speaker_description=a.description if a else None,
            cue=a.cue if a else None,
            document=s.document,
            date=d.date,
            title=d.title,
            url=d.url,
            publisher=d.publisher,
            paragraph=s.paragraph,
            sentence=s.index,
            start=s.start,
            end=s.end,
            score=score,
            kind=a.kind if a else None,
            resolution=a.resolution if a else None,
            figure=figure,
            highlights=highlights(s.text, marks),
        )
