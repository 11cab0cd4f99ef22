"""Typed records shared by every stage of the pipeline.

Data flows one way: files -> ``Article`` -> ``Sentence`` -> ``Attribution`` -> index -> answer.
Every offset is a Python ``str`` index into ``Article.text`` (the file's decoded text), so
``article.text[s.start:s.end] == s.text`` holds for every sentence and quoting stays verbatim.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "Paragraph",
    "Article",
    "Sentence",
    "Attribution",
    "Resolution",
    "SkippedFile",
    "CorpusLoad",
]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of prose between blank lines, boilerplate already trimmed off its ends."""

    index: int  # 0-based position among the article's kept paragraphs
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: the decoded file text plus what the loader learned about it."""

    document: str  # file name shown to users and used as the article's id within a corpus
    text: str  # the whole decoded file; every offset in the pipeline points into this
    date: _dt.date | None
    tags: tuple[str, ...]
    paragraphs: tuple[Paragraph, ...]  # prose only: header, headings and boilerplate left out
    path: str | None = None  # where it was read from, when it came from a file
    # From the header (retrieval.sources.header) or the source it was read from; None when unknown.
    title: str | None = None
    url: str | None = None
    publisher: str | None = None  # the site or organisation that published it ("Reuters")
    author: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an article, quoted verbatim."""

    document: str
    paragraph: int  # Paragraph.index of the paragraph holding it
    index: int  # 0-based sentence number within the article
    start: int
    end: int
    text: str  # == article.text[start:end]


# How the speaker's name was reached from the words in the sentence.
Resolution = Literal[
    "direct",  # the sentence names the speaker in full ("Pentagon spokesman Jonathan Hoffman said")
    "surname",  # a bare surname resolved to a full name given earlier ("Hoffman said")
    "pronoun",  # he / she / they resolved to the last fitting speaker
    "role",  # a role noun ("the spokesman") resolved to the person who holds it
    "continuation",  # the sentence goes on a quote attributed in a nearby sentence
    "unresolved",  # a pronoun or role noun with nobody fitting before it: kept as written ("He")
    "alias",  # a short form the article gave for a name ("SR" for Suzie Rayner (SR), "BW")
]


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who is quoted or reported in one sentence, and how quotebot knows."""

    speaker: str  # canonical: full name once known, organisation or group as written
    mention: str  # the words naming the speaker in this sentence ("he", "Hoffman", "Iraq")
    description: str | None  # role kept from the article ("Pentagon spokesman")
    cue: str | None  # the reporting words ("said", "according to", "told", ":")
    kind: str  # named quote layout / rule that fired, e.g. "QCS" for “...,” X said.
    resolution: Resolution
    # Outer sources the words came through, nearest first: "State TV reported an official
    # saying ..." -> speaker "an official", via ("State TV",).
    via: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SkippedFile:
    """A corpus file that was not loaded, and why (for one warning line)."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class CorpusLoad:
    """The result of reading corpus paths: what loaded and what was skipped."""

    articles: tuple[Article, ...]
    skipped: tuple[SkippedFile, ...]
