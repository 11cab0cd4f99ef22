"""Errors quotebot raises on purpose, each with a message a user can act on.

    QuotebotError
    ├── CorpusError            a corpus path is missing, or nothing in it could be read
    ├── IndexFormatError       a saved index is corrupt, truncated or from another version
    ├── IndexCorpusError       a saved index belongs to another corpus
    ├── IndexWriteError        the index folder cannot be written (permissions, disk full)
    └── QuestionError          the question is empty, too long, or otherwise unanswerable

Anything else escaping the package is a bug and keeps its traceback.
"""

from __future__ import annotations

__all__ = ["QuotebotError", "CorpusError", "IndexFormatError", "IndexCorpusError", "IndexWriteError", "QuestionError"]


class QuotebotError(Exception):
    """Base class: the message is meant for the user, as is."""


class CorpusError(QuotebotError):
    """A corpus path does not exist, or no article in it could be read."""


class IndexFormatError(QuotebotError):
    """A saved index cannot be trusted (corrupt, truncated, wrong version); rebuild it."""


class IndexCorpusError(QuotebotError):
    """A saved index was built for another corpus; it is neither used nor replaced unasked."""


class IndexWriteError(QuotebotError):
    """The index could not be saved where asked; the corpus itself is fine."""


class QuestionError(QuotebotError):
    """The question cannot be asked as given (empty, too long)."""
