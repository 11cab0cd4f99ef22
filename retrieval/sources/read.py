"""Read any source ``quotebot add`` accepts: a URL, or a ``.html``, ``.jsonl``, ``.csv``, feed or ``.txt`` file.

A URL is fetched (``retrieval.sources.fetch``) and read by what the server says it is: a page or
a feed. A file is read by its extension (``.html``/``.htm``, ``.jsonl``/``.ndjson``, ``.csv``,
``.xml``/``.rss``/``.atom``, ``.txt``). One source may hold many articles (an export, a feed), so
the result is one ``Read`` per article found, each with the article or why it was refused; a
source that cannot be read at all raises ``SourceError``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, NamedTuple

import requests

from retrieval.errors import SourceError
from retrieval.models import Article
from retrieval.sources.exports import article_from_record, csv_records, jsonl_records
from retrieval.sources.feeds import feed_entries, looks_like_feed, with_entry_metadata
from retrieval.sources.fetch import FEED_TYPES, HTML_TYPES, FetchPolicy, Resolver, fetch
from retrieval.sources.pages import article_from_html, decode_html
from retrieval.sources.plain import article_from_text

__all__ = ["Read", "Reader", "read_source", "is_url", "SOURCE_KINDS"]

# File extension -> kind of source.
SOURCE_KINDS = {
    ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
    ".xml": "feed", ".rss": "feed", ".atom": "feed", ".txt": "txt",
}  # fmt: skip
# Entries read from one feed at most: a feed lists its latest items, and each is a fetch.
MAX_FEED_ENTRIES = 50


class Read(NamedTuple):
    """One article a source held: the article, or why it could not be used."""

    origin: str  # the URL, the file, or "file.jsonl line 3"
    article: Article | None
    error: str | None


@dataclass
class Reader:
    """Reads sources under one fetch policy (and one HTTP session, reused across fetches)."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    session: requests.Session | None = None
    resolve: Resolver | None = None

    def read(self, source: str) -> list[Read]:
        """Every article in ``source`` (a URL or a file path).

        Raises:
            SourceError: the source cannot be read at all (missing file, refused URL, unknown kind).
        """
        if is_url(source):
            return self._read_url(source)
        return self._read_file(Path(source))

    def page(self, url: str) -> Article:
        """Fetch and extract one web page.

        Raises:
            SourceError: refused, failed, or no article text on the page.
        """
        page = fetch(url, HTML_TYPES, self.policy, session=self.session, resolve=self.resolve)
        return article_from_html(decode_html(page.body, page.charset), url=page.url)

    def _read_url(self, url: str) -> list[Read]:
        page = fetch(url, HTML_TYPES | FEED_TYPES, self.policy, session=self.session, resolve=self.resolve)
        if page.content_type in FEED_TYPES or looks_like_feed(page.body):
            return self._read_feed(page.body, url)
        return [Read(url, article_from_html(decode_html(page.body, page.charset), url=page.url), None)]

    def _read_feed(self, data: bytes, where: str) -> list[Read]:
        title, entries = feed_entries(data, where)
        reads = []
        for entry in entries[:MAX_FEED_ENTRIES]:
            try:
                reads.append(Read(entry.link, with_entry_metadata(self.page(entry.link), entry, title), None))
            except SourceError as error:
                reads.append(Read(entry.link, None, str(error).removeprefix(f"{entry.link}: ")))
        if not reads:
            raise SourceError(f"{where}: the feed lists no entries with a link")
        return reads

    def _read_file(self, path: Path) -> list[Read]:
        kind = SOURCE_KINDS.get(path.suffix.lower())
        if kind is None:
            known = ", ".join(sorted(SOURCE_KINDS))
            raise SourceError(f"{path}: unknown kind of source; give a URL or a file ending in {known}")
        try:
            data = path.read_bytes()
        except OSError as error:
            raise SourceError(f"{path}: cannot be read ({error.strerror or error})") from None
        if kind == "feed":
            return self._read_feed(data, str(path))
        if kind == "html":
            return [_one(str(path), lambda: article_from_html(decode_html(data), origin=str(path)))]
        text = _utf8(path, data)
        if kind == "txt":
            return [_one(str(path), lambda: article_from_text(text, path.name))]
        try:
            records = list(jsonl_records(text) if kind == "jsonl" else csv_records(text))
        except SourceError as error:
            raise SourceError(f"{path}: {error}") from None
        return [
            Read(f"{path} line {n}", None, record) if isinstance(record, str) else _one(f"{path} line {n}", lambda r=record: article_from_record(r))
            for n, record in records
        ]


def read_source(source: str, policy: FetchPolicy = FetchPolicy()) -> list[Read]:
    """``Reader(policy).read(source)``: every article in a URL or file."""
    return Reader(policy).read(source)


def is_url(source: str) -> bool:
    """True for a source with a URL scheme (``https://``, ``file://``, ...), not a file path."""
    scheme, sep, _ = source.partition("://")
    return bool(sep) and scheme.isalpha() and not os.path.exists(source)


def _one(origin: str, make: Callable[[], Article]) -> Read:
    try:
        return Read(origin, make(), None)
    except SourceError as error:
        return Read(origin, None, str(error).removeprefix(f"{origin}: "))


def _utf8(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SourceError(f"{path}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); save it as UTF-8") from None
