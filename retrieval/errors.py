"""Errors quotebot raises on purpose, each with a message a user can act on.

    QuotebotError
    ├── CorpusError            a corpus path is missing, or nothing in it could be read
    ├── IndexFormatError       a saved index is corrupt, truncated or from another version
    ├── IndexWriteError        the index folder cannot be written (permissions, disk full)
    ├── SourceError            an article source cannot be read, or a URL is refused or fails
    └── QuestionError          the question is empty, too long, or otherwise unanswerable

Anything else escaping the package is a bug and keeps its traceback.
"""

from __future__ import annotations

__all__ = ["QuotebotError", "CorpusError", "IndexFormatError", "IndexWriteError", "SourceError", "QuestionError"]


class QuotebotError(Exception):
    """Base class: the message is meant for the user, as is."""


class CorpusError(QuotebotError):
    """A corpus path does not exist, or no article in it could be read."""


class IndexFormatError(QuotebotError):
    """A saved index cannot be trusted (corrupt, truncated, wrong version); rebuild it."""


class IndexWriteError(QuotebotError):
    """The index could not be saved where asked; the corpus itself is fine."""


class SourceError(QuotebotError):
    """An article source (URL, page, export, feed) cannot be read, or was refused; nothing was stored."""


class QuestionError(QuotebotError):
    """The question cannot be asked as given (empty, too long)."""
