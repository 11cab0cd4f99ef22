"""RSS and Atom feeds -> the pages they link to, each read as a web page.

feedparser reads every flavour of RSS and Atom (and is lenient with broken ones); each entry's
link is then fetched and extracted like any page (``retrieval.sources.pages``). What the entry
itself says (title, date, author) fills in what the page's metadata leaves out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any, NamedTuple

from retrieval.errors import SourceError
from retrieval.models import Article
from retrieval.sources.dates import parse_date
from retrieval.sources.header import Header, render_header

__all__ = ["FeedEntry", "feed_entries", "with_entry_metadata", "looks_like_feed"]


class FeedEntry(NamedTuple):
    """One feed entry: the page it links to and what the feed says about it."""

    link: str
    title: str | None
    date: dt.date | None
    author: str | None


def looks_like_feed(data: bytes) -> bool:
    """True when the bytes open like an RSS, RDF or Atom document."""
    head = data[:2048].lstrip().lower()
    return head.startswith(b"<?xml") and any(tag in data[:4096].lower() for tag in (b"<rss", b"<feed", b"<rdf:rdf")) or head.startswith((b"<rss", b"<feed"))


def feed_entries(data: bytes, where: str) -> tuple[str | None, list[FeedEntry]]:
    """The feed's title and its entries that link to a page, in feed order.

    Raises:
        SourceError: the bytes are not a feed feedparser can read.
    """
    import feedparser  # only needed when a feed is read

    parsed: Any = feedparser.parse(data)
    if parsed.get("bozo") and not parsed.get("entries") and not parsed.get("feed"):
        raise SourceError(f"{where}: not an RSS or Atom feed ({type(parsed.get('bozo_exception')).__name__})")
    if not parsed.get("version") and not parsed.get("entries"):
        raise SourceError(f"{where}: not an RSS or Atom feed")
    entries = []
    for entry in parsed.get("entries", []):
        link = entry.get("link")
        if not link:
            continue
        published = entry.get("published") or entry.get("updated")
        entries.append(FeedEntry(link, entry.get("title") or None, parse_date(published), entry.get("author") or None))
    return parsed.get("feed", {}).get("title") or None, entries


def with_entry_metadata(article: Article, entry: FeedEntry, publisher: str | None) -> Article:
    """``article`` with the entry's title, date and author where the page gave none."""
    header = Header(
        date=article.date or entry.date,
        tags=article.tags,
        title=article.title or entry.title,
        url=article.url or entry.link,
        publisher=article.publisher or publisher,
        author=article.author or entry.author,
    )
    if (header.date, header.title, header.url, header.publisher, header.author) == (
        article.date, article.title, article.url, article.publisher, article.author
    ):
        return article
    old_head_end = article.paragraphs[0].start if article.paragraphs else 0
    head = render_header(header)
    head += "\n" if head else ""
    shift = len(head) - old_head_end
    paragraphs = tuple(replace(p, start=p.start + shift, end=p.end + shift) for p in article.paragraphs)
    return replace(
        article, text=head + article.text[old_head_end:], date=header.date, paragraphs=paragraphs, title=header.title,
        url=header.url, publisher=header.publisher, author=header.author,
    )  # fmt: skip



