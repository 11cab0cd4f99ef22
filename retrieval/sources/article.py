"""Put a source's body and metadata together as the ``Article`` quotebot stores.

Every reader ends here: the article's text is exactly the ``.txt`` file that will be written
(header lines, a blank line, then the body's paragraphs separated by blank lines), and its
paragraphs are offsets into that text, so what is stored is what was read. The document name is
a slug of the title (or the first words) plus a short hash of the body, so two different
articles never share a file name and the same text always gets the same one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata

from retrieval.errors import SourceError
from retrieval.models import Article, Paragraph
from retrieval.sources.header import Header, render_header

__all__ = ["make_article", "text_fingerprint", "document_name", "MAX_SLUG_CHARS"]

MAX_SLUG_CHARS = 60  # keeps file names readable in a listing and far below any file system's limit
_HASH_CHARS = 10  # 40 bits: tells apart articles that share a title
_SLUG_WORDS = 8  # words of the body used when there is no title
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def make_article(
    body: str,
    *,
    title: str | None = None,
    date: dt.date | None = None,
    url: str | None = None,
    publisher: str | None = None,
    author: str | None = None,
    tags: tuple[str, ...] = (),
    document: str | None = None,
) -> Article:
    """The article for ``body`` and its metadata, as it will be stored.

    Args:
        body: the article's prose, paragraphs separated by blank lines; whitespace inside a
            paragraph (a hard-wrapped line) becomes one space.
        title, date, url, publisher, author, tags: what the source says about it.
        document: the file name to store it under; by default ``document_name(title, body)``.

    Returns:
        The article, ``text`` holding the header and the body.

    Raises:
        SourceError: the body holds no text.
    """
    paragraphs = [p for p in (" ".join(part.split()) for part in _split(body)) if p]
    if not paragraphs:
        raise SourceError("no article text found")
    header = Header(date=date, tags=tags, title=_clean(title), url=_clean(url), publisher=_clean(publisher), author=_clean(author))
    head = render_header(header)
    text = head + ("\n" if head else "")
    spans = []
    for i, paragraph in enumerate(paragraphs):
        if i:
            text += "\n\n"
        spans.append(Paragraph(i, len(text), len(text) + len(paragraph)))
        text += paragraph
    text += "\n"
    name = document or document_name(header.title, "\n\n".join(paragraphs))
    return Article(name, text, date, tags, tuple(spans), None, header.title, header.url, header.publisher, header.author)


def text_fingerprint(paragraphs: list[str] | tuple[str, ...]) -> str:
    """A hash of an article's prose with whitespace and case folded: the same text, however
    it was wrapped or headed, has the same fingerprint."""
    folded = " ".join(" ".join(paragraphs).split()).casefold()
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=16).hexdigest()


def document_name(title: str | None, body: str) -> str:
    """``<slug>-<hash>.txt``: the title's (or first words') slug and a hash of the body."""
    words = title or " ".join(body.split()[:_SLUG_WORDS])
    ascii_words = unicodedata.normalize("NFKD", words).encode("ascii", "ignore").decode("ascii").lower()
    slug = _NOT_SLUG.sub("-", ascii_words).strip("-")[:MAX_SLUG_CHARS].rstrip("-") or "article"
    return f"{slug}-{text_fingerprint([body])[:_HASH_CHARS]}.txt"


def _split(body: str) -> list[str]:
    return _PARAGRAPH_BREAK.split(body.replace("\r\n", "\n").replace("\r", "\n"))


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None
