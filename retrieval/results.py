"""What a question returns: the typed answer every front end renders.

These are pydantic models because they cross process boundaries as JSON (``--json``, Slack,
tests); the CLI prints exactly ``Answer.model_dump_json()``.
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import BaseModel, ConfigDict

__all__ = [
    "Intent",
    "MatchedWord",
    "Quote",
    "SpeakerTally",
    "TimelinePoint",
    "Period",
    "Answer",
    "DocumentSummary",
    "SpeakerSummary",
    "CorpusSummary",
    "via_text",
]

# "speakers": who is quoted most about something; "timeline": what someone said over time.
Intent = Literal["who_said", "what_did_say", "how_many", "search", "help", "speakers", "timeline"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class MatchedWord(_Frozen):
    """A word of the quote that stood in for a word of the question (``matched: "casualties" for "deaths"``)."""

    word: str  # as written in the quote (when ``nearby``: as the question writes it)
    stands_for: str  # as written in the question
    # The quote lacks the word; a sentence beside it in the article holds it (``matched: "Iran" nearby``).
    nearby: bool = False


class Quote(_Frozen):
    """One verbatim sentence from the corpus, with who said it and where it stands."""

    text: str
    speaker: str | None
    speaker_mention: str | None
    speaker_description: str | None
    cue: str | None
    document: str
    date: _dt.date | None
    title: str | None = None  # the article's, from its header or the page it was read from
    url: str | None = None
    publisher: str | None = None
    paragraph: int
    sentence: int
    start: int
    end: int
    score: float | None = None
    figure: str | None = None  # for "how many" questions: the count this sentence gives ("15 missiles")
    # Related words the second pass matched instead of the question's own; empty for a literal match.
    matched: list[MatchedWord] = []
    # Why quotebot believes the speaker: layout/rule name and how the name was resolved.
    kind: str | None = None
    resolution: str | None = None
    # (start, end) offsets into ``text`` of the words that matched the question, in order.
    highlights: list[tuple[int, int]] = []
    # Outer sources of a nested attribution, nearest first ("an official", quoted by "state TV").
    via: list[str] = []


def via_text(via: list[str] | tuple[str, ...]) -> str:
    """The chain of a nested attribution as words after the speaker's name: ``("an official",
    "state television")`` -> ``", quoted by an official, via state television"``."""
    if not via:
        return ""
    return f", quoted by {via[0]}" + "".join(f", via {name}" for name in via[1:])


class SpeakerTally(_Frozen):
    """One speaker in an aggregate answer ("who is quoted most about X?"): how often, and examples."""

    name: str
    description: str | None = None
    # Their quotes about the topic: those matching it, and the rest of theirs in the articles about
    # it (``retrieval.answer.aggregates``); a body's spokesman and a bare surname counted in.
    count: int
    # Best first: a matching quote, or the speaker's own words beside it (at most three).
    quotes: list[Quote] = []


class TimelinePoint(_Frozen):
    """How many matching quotes one date has, for answers over time."""

    date: _dt.date
    count: int


class Period(_Frozen):
    """The dates a question asked about ("in January 2020", "last week"), both ends included."""

    phrase: str  # the words of the question that said it
    start: _dt.date | None = None  # None: open-ended ("before the election")
    end: _dt.date | None = None


class Answer(_Frozen):
    """The reply to one question: what was understood, and the quotes that answer it."""

    question: str
    intent: Intent
    subject: str | None = None  # the speaker asked about ("Zarif" in "what did Zarif say?")
    topic: str | None = None  # what the quotes should be about ("casualties")
    answers: list[Quote] = []
    total: int = 0  # how many sentences matched before the top-k limit cut the list
    message: str | None = None  # set when there is nothing to quote, or for help
    # A follow-up in a thread: the words typed, when ``question`` was rebuilt from the thread's last answer.
    follow_up: str | None = None
    offset: int = 0  # how many matching quotes came before these (shown earlier: "more")
    # Aggregate answers: speakers by number of quotes, or quote counts by date; drawn as charts.
    speakers: list[SpeakerTally] = []
    timeline: list[TimelinePoint] = []
    # The dates the question was understood to ask about: only articles of that period are quoted.
    period: Period | None = None
    # The publisher the question was understood to ask about ("in the Reuters articles"): only its articles are quoted.
    publisher: str | None = None


class DocumentSummary(_Frozen):
    document: str
    date: _dt.date | None
    sentences: int
    quotes: int  # sentences with a speaker


class SpeakerSummary(_Frozen):
    name: str
    description: str | None
    quotes: int


class CorpusSummary(_Frozen):
    """What the engine knows, for App Home, help texts and the console banner."""

    documents: list[DocumentSummary]
    sentences: int
    quotes: int
    top_speakers: list[SpeakerSummary]
    example_questions: list[str]
