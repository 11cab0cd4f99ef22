"""The question layer: turns a question into an ``Answer`` of verbatim, attributed sentences.

``Engine`` is the one object every front end holds (CLI, console, Slack). It reads the question
(``questions``), picks candidate sentences (attributed ones, one speaker's, all), ranks them with
BM25 (``library``), keeps only real matches (``matching``) and packs them as ``Quote`` models.
It reads its index through the ``Searcher`` seam: one ``Library``, or a ``ShardedLibrary`` that
fans each read out to the shards of a sharded index (``retrieval.index.fanout``); while a shard
does not answer, the answer says that part of the archive is unavailable.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace
from pathlib import Path
from typing import Collection, Iterator, Sequence

import numpy as np

from retrieval.answer.intents import Answering
from retrieval.answer.publishers import find_source, names_a_source
from retrieval.answer.questions import ParsedQuestion, parse_question
from retrieval.answer.quoting import quote
from retrieval.answer.scope import Scope, restrict, sentence_mask
from retrieval.answer.summary import example_questions, summarize
from retrieval.answer.usage import help_text
from retrieval.answer.when import find_period
from retrieval.errors import QuestionError
from retrieval.index.availability import ShardUnavailableError, missing_shards, unavailable_message
from retrieval.index.library import Searcher
from retrieval.index.store import IndexReport, open_index
from retrieval.index.workers import Progress
from retrieval.models import SkippedFile
from retrieval.results import Answer, CorpusSummary, Period, Quote

__all__ = ["Engine", "MAX_QUESTION_CHARS", "DEFAULT_TOP"]

MAX_QUESTION_CHARS = 1000  # longer input is a pasted article, not a question
DEFAULT_TOP = 5
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Relative dates ("last week") only filter by article date; absolute ones ("in 2003") may instead
# be what the quote talks about, when no article is from then.
_PREPOSITION = re.compile(r"^(?:in|during|on|since|after|from|before|until|by)\s+", re.I)
_RELATIVE = re.compile(r"\b(?:last|this|past|previous|ago|yesterday|today)\b", re.I)


class Engine:
    """Answers questions over one loaded ``Searcher``; safe to share between threads (read-only)."""

    def __init__(self, library: Searcher, report: IndexReport | None = None) -> None:
        """Answer from ``library``; ``report`` is what opening it did, when it was opened from a corpus."""
        self.library = library
        self.report = report
        self._answering = Answering(library)
        self._attributed = self._answering.attributed
        self._scope_masks: dict[tuple[Scope, str | None], np.ndarray] = {}

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

    def ask(self, question: str, top: int = DEFAULT_TOP, scope: Scope | None = None) -> Answer:
        """Answer one question.

        Args:
            question: plain text (Slack markup already removed by the caller).
            top: at most this many quotes in the answer.
            scope: quote only from these folders or tags (a Slack channel's part of the corpus); None: all.

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
        parsed = parse_question(text)  # read once: the handlers are given it
        if parsed.intent == "help":
            return Answer(question=text, intent="help", message=self.help_text())
        with missing_shards() as missing:
            try:
                answer = self._ask(text, top, scope, parsed)
            except ShardUnavailableError as error:
                return Answer(question=text, intent=parsed.intent, subject=parsed.subject, topic=parsed.topic, message=str(error))
        if not missing:
            return answer
        note = unavailable_message(missing.shards, missing.total)
        return answer.model_copy(update={"message": f"{note} {answer.message}" if answer.message else note})

    def _ask(self, text: str, top: int, scope: Scope | None, whole: ParsedQuestion) -> Answer:
        # The publishers are read (every article's record) only for a question shaped like one naming one.
        source = find_source(text, self._publishers) if names_a_source(text) and self._publishers else None
        if source is not None and self._answering.speakers.find(whole.subject or ""):
            source = None  # "what did Reuters say?" when Reuters is quoted: the speaker
        parsed, within, period = self._understand(source.rest) if source else self._understand(text, whole)
        if scope is not None:  # the channel's part of the corpus, as a candidate mask
            within = restrict(within, self._scope_mask(scope))
        if source is not None:  # only that publisher's articles
            within = restrict(within, self._mask(Scope(), source.publisher))
        handler = {
            "what_did_say": self._answering.what_did_say,
            "timeline": self._answering.what_did_say,
            "how_many": self._answering.how_many,
            "speakers": self._answering.speakers_most,
        }.get(parsed.intent, self._answering.who_said)
        answer = handler(text, parsed, top, within, period)
        if not answer.answers and period is not None and not _RELATIVE.search(period.phrase):
            # "who said steel prices jumped since January?": nothing of then answers, so the date
            # may be what the quote says; tried as words of the topic over every article.
            topic = f"{parsed.topic or ''} {_PREPOSITION.sub('', period.phrase)}".strip()
            unfiltered = self._unfiltered(scope, source)
            said = handler(text, replace(parsed, topic=topic), top, unfiltered, None)
            answer = said if said.answers else answer
        return answer.model_copy(update={"publisher": source.publisher}) if source else answer

    def _unfiltered(self, scope: Scope | None, source) -> np.ndarray | None:  # type: ignore[no-untyped-def]
        """The sentences a question may quote with no period: the channel's and publisher's, or all."""
        within = restrict(None, self._scope_mask(scope)) if scope is not None else None
        return restrict(within, self._mask(Scope(), source.publisher)) if source is not None else within

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
    def _examples(self) -> list[str]:
        return example_questions(self.library)  # reads a sample of sentences: once per engine

    def _understand(self, text: str, parsed: ParsedQuestion | None = None) -> tuple[ParsedQuestion, np.ndarray | None, Period | None]:
        """The parsed question, the sentences its period allows (None: all), and the period
        (``parsed``: ``text`` already parsed, or None)."""
        period, rest = find_period(text, self._newest)
        if period is None:
            return (parsed if parsed is not None else parse_question(text)), None, None
        within = self._in_period(period)
        parsed = parse_question(rest)
        if len(within) == 0 and (parsed.intent == "how_many" or not _RELATIVE.search(period.phrase)):
            # No article is from then: "in 2003" is what the quotes talk about, a topic word.
            date_words = _PREPOSITION.sub("", period.phrase)
            return replace(parsed, topic=f"{parsed.topic or ''} {date_words}".strip()), None, None
        if parsed.intent == "help":  # only a date was asked: "last week?"
            parsed = parse_question(f"who said anything {rest}".strip())
        return parsed, within, period

    @functools.cached_property
    def _newest(self) -> dt.date | None:
        """The date of the newest article: what "last week" counts back from."""
        return self.library.newest_date()

    def _in_period(self, period: Period) -> np.ndarray:
        """Indices of the sentences of the articles dated within ``period``, in corpus order."""
        spans = [
            np.arange(d.first_sentence, d.first_sentence + d.sentence_count)
            for d in self.library.documents
            if d.date is not None and (period.start is None or d.date >= period.start) and (period.end is None or d.date <= period.end)
        ]
        return np.concatenate(spans).astype(np.int64) if spans else np.empty(0, np.int64)

    def _scope_mask(self, scope: Scope) -> np.ndarray:
        """Which sentences ``scope`` admits; one mask per scope, made on first use."""
        return self._mask(scope, None)

    def _mask(self, scope: Scope, publisher: str | None) -> np.ndarray:
        """Which sentences ``scope`` (or, given, ``publisher``'s articles) admits; made on first use."""
        key = (scope, publisher)
        mask = self._scope_masks.get(key)
        if mask is None:  # two threads may both build it: the same array, no harm
            if publisher is None:
                mask = sentence_mask(self.library.documents, len(self.library), scope)
            else:
                mask = np.zeros(len(self.library), bool)
                for d in self.library.documents:
                    if d.publisher == publisher:
                        mask[d.first_sentence : d.first_sentence + d.sentence_count] = True
            self._scope_masks[key] = mask
        return mask

    @functools.cached_property
    def _publishers(self) -> tuple[str, ...]:
        """The publishers the articles name, which a question may restrict itself to."""
        return tuple(sorted({d.publisher for d in self.library.documents if d.publisher}))

    def _quote(self, i: int) -> Quote:
        return quote(self.library, i)
