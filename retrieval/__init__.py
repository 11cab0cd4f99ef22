"""quotebot's engine: news articles in, verbatim attributed quotes out. Knows nothing of Slack.

The public API is re-exported here: ``Engine`` answers questions with ``Answer`` values holding
``Quote``s; ``Article``, ``Sentence`` and ``Attribution`` are what the corpus is made of; every
error raised on purpose is a ``QuotebotError``. The wings below it are ``text`` (files to
sentences), ``attribution`` (who said each sentence), ``index`` (columns, BM25, disk) and
``answer`` (question to matched sentences); ``engine`` sits on top of them.

The names are loaded on first use (PEP 562), so importing one submodule, as index workers do,
does not load the whole engine.
"""

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from retrieval.engine import DEFAULT_TOP, MAX_QUESTION_CHARS, Engine
    from retrieval.errors import (
        CorpusError,
        IndexCorpusError,
        IndexFormatError,
        IndexWriteError,
        QuestionError,
        QuotebotError,
    )
    from retrieval.index.store import IndexReport
    from retrieval.models import Article, Attribution, Paragraph, Sentence, SkippedFile
    from retrieval.results import Answer, CorpusSummary, DocumentSummary, Intent, Quote, SpeakerSummary

# Each public name and the module that defines it.
_HOMES = {
    "Answer": "retrieval.results",
    "Article": "retrieval.models",
    "Attribution": "retrieval.models",
    "CorpusError": "retrieval.errors",
    "CorpusSummary": "retrieval.results",
    "DEFAULT_TOP": "retrieval.engine",
    "DocumentSummary": "retrieval.results",
    "Engine": "retrieval.engine",
    "IndexCorpusError": "retrieval.errors",
    "IndexFormatError": "retrieval.errors",
    "IndexReport": "retrieval.index.store",
    "IndexWriteError": "retrieval.errors",
    "Intent": "retrieval.results",
    "MAX_QUESTION_CHARS": "retrieval.engine",
    "Paragraph": "retrieval.models",
    "QuestionError": "retrieval.errors",
    "Quote": "retrieval.results",
    "QuotebotError": "retrieval.errors",
    "Sentence": "retrieval.models",
    "SkippedFile": "retrieval.models",
    "SpeakerSummary": "retrieval.results",
}

__all__ = [
    "Answer",
    "Article",
    "Attribution",
    "CorpusError",
    "CorpusSummary",
    "DEFAULT_TOP",
    "DocumentSummary",
    "Engine",
    "IndexCorpusError",
    "IndexFormatError",
    "IndexReport",
    "IndexWriteError",
    "Intent",
    "MAX_QUESTION_CHARS",
    "Paragraph",
    "QuestionError",
    "Quote",
    "QuotebotError",
    "Sentence",
    "SkippedFile",
    "SpeakerSummary",
]


def __getattr__(name: str) -> object:
    """Load a public name from its module the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'retrieval' has no attribute {name!r}")
    value = getattr(_importlib.import_module(home), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
