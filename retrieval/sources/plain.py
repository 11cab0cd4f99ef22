"""A ``.txt`` article file, in quotebot's own format (header lines, blank line, paragraphs).

Read as the corpus loader reads it, so a file added with ``quotebot add`` is stored with the same
header and prose; only whitespace inside a paragraph is normalised.
"""

from __future__ import annotations

from retrieval.models import Article
from retrieval.sources.article import make_article
from retrieval.sources.header import parse_header

__all__ = ["article_from_text"]


def article_from_text(text: str, document: str | None = None) -> Article:
    """The article in a decoded ``.txt`` file.

    Args:
        text: the whole file.
        document: the name to store it under (the file's own name, usually).

    Raises:
        SourceError: the file holds only a header, or nothing.
    """
    header, body = parse_header(text)
    return make_article(
        text[body:], title=header.title, date=header.date, url=header.url, publisher=header.publisher,
        author=header.author, tags=header.tags, document=document,
    )  # fmt: skip
