"""A news web page (fetched, or saved as ``.html``) -> ``Article``, extracted by trafilatura.

trafilatura finds the article body among menus, comments and advertisements, and reads the
title, author, publication date and site name from the page's metadata (Open Graph, JSON-LD,
``<meta>``, ``<time>``). Its plain-text output has one paragraph a line; those become the
stored article's paragraphs. No HTML is scraped by hand here.
"""

from __future__ import annotations

from retrieval.errors import SourceError
from retrieval.models import Article
from retrieval.sources.article import make_article
from retrieval.sources.dates import parse_date

__all__ = ["article_from_html", "decode_html", "MIN_ARTICLE_WORDS"]

# Fewer words than this is a menu, an error page or a paywall teaser, not an article.
MIN_ARTICLE_WORDS = 20


def article_from_html(html: str, url: str | None = None, *, document: str | None = None, origin: str | None = None) -> Article:
    """Extract the article of one page.

    Args:
        html: the page's markup.
        url: where it was fetched from (kept as the article's URL when the page names none).
        document: the file name to store it under (by default from the title).
        origin: how to name the page in an error (by default its URL).

    Returns:
        The article with title, date, author, site name and URL as the page gives them.

    Raises:
        SourceError: no article text was found on the page.
    """
    import trafilatura  # heavy (lxml, language data): loaded only when a page is read

    where = origin or url or "the page"
    try:
        extracted = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except (ValueError, TypeError) as error:  # markup lxml cannot parse at all
        raise SourceError(f"{where}: not a readable HTML page ({error})") from None
    if extracted is None or not (extracted.text or "").strip():
        raise SourceError(f"{where}: no article text found on the page")
    body = "\n\n".join(line for line in extracted.text.splitlines() if line.strip())
    if len(body.split()) < MIN_ARTICLE_WORDS:
        raise SourceError(f"{where}: no article text found on the page (only {len(body.split())} words)")
    try:
        return make_article(
            body,
            title=extracted.title,
            date=parse_date(extracted.date),
            url=url or extracted.url,
            publisher=extracted.sitename or extracted.hostname,
            author=extracted.author,
            document=document,
        )
    except SourceError as error:
        raise SourceError(f"{where}: {error}") from None


def decode_html(data: bytes, charset: str | None = None) -> str:
    """The page's text: the declared charset, else UTF-8, else what the markup declares (via lxml's
    guess in trafilatura)."""
    for encoding in (charset, "utf-8"):
        if encoding:
            try:
                return data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    from trafilatura.utils import decode_file

    return decode_file(data)
