"""Errors quotebot raises on purpose, each with a message a user can act on.

    QuotebotError
    ├── CorpusError            a corpus path is missing, or nothing in it could be read
    ├── IndexFormatError       a saved index is corrupt, truncated or from another version
    ├── IndexCorpusError       a saved index belongs to another corpus
    ├── IndexWriteError        the index folder cannot be written (permissions, disk full)
    ├── SourceError            an article source cannot be read, or a URL is refused or fails
    └── QuestionError          the question is empty, too long, or otherwise unanswerable

Anything else escaping the package is a bug and keeps its traceback. A message names the thing
to change (the corpus, the index folder); ``setting`` names the ``Engine``/``open_index``
argument it came from, so a front end can add its own name for it (a CLI flag, a variable).
"""

from __future__ import annotations

import os
from typing import Literal

__all__ = [
    "Setting",
    "QuotebotError",
    "CorpusError",
    "IndexFormatError",
    "IndexCorpusError",
    "IndexWriteError",
    "SourceError",
    "QuestionError",
]


Setting = Literal["corpus", "index_dir"]


class QuotebotError(Exception):
    """Base class: the message is meant for the user, as is.

    Attributes:
        setting: the argument the user should change to fix it, if one.
    """

    setting: Setting | None = None

    def __init__(self, message: str, *, setting: Setting | None = None) -> None:
        super().__init__(message)
        if setting is not None:
            self.setting = setting


class CorpusError(QuotebotError):
    """A corpus path does not exist, or no article in it could be read.

    Attributes:
        reason: what is wrong, without the path ("empty file").
        path: the file or folder it concerns, or None for the corpus as a whole.
    """

    setting: Setting | None = "corpus"

    def __init__(self, reason: str, path: str | os.PathLike[str] | None = None) -> None:
        self.reason = reason
        self.path = os.fspath(path) if path is not None else None
        super().__init__(f"{self.path}: {reason}" if self.path is not None else reason)


class IndexFormatError(QuotebotError):
    """A saved index cannot be trusted (corrupt, truncated, wrong version); rebuild it."""


class IndexCorpusError(QuotebotError):
    """A saved index was built for another corpus; it is neither used nor replaced unasked."""

    setting: Setting | None = "index_dir"


class IndexWriteError(QuotebotError):
    """The index could not be saved where asked; the corpus itself is fine."""

    setting: Setting | None = "index_dir"


class SourceError(QuotebotError):
    """An article source (URL, page, export, feed) cannot be read, or was refused; nothing was stored."""


class QuestionError(QuotebotError):
    """The question cannot be asked as given (empty, too long)."""
