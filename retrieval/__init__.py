"""quotebot's engine: news articles in, verbatim attributed quotes out. Knows nothing of Slack.

The public API is re-exported here: ``Engine`` answers questions with ``Answer`` values holding
``Quote``s; ``Article``, ``Sentence`` and ``Attribution`` are what the corpus is made of; every
error raised on purpose is a ``QuotebotError``. The wings below it are ``text`` (files to
sentences), ``attribution`` (who said each sentence), ``index`` (columns, BM25, disk) and
``answer`` (question to matched sentences); ``engine`` sits on top of them.
"""

from retrieval.engine import DEFAULT_TOP, MAX_QUESTION_CHARS, Engine
from retrieval.errors import CorpusError, IndexFormatError, IndexWriteError, QuestionError, QuotebotError
from retrieval.index.store import IndexReport
from retrieval.models import Article, Attribution, Paragraph, Sentence, SkippedFile
from retrieval.results import Answer, CorpusSummary, DocumentSummary, Intent, Quote, SpeakerSummary

__all__ = [
    "Answer",
    "Article",
    "Attribution",
    "CorpusError",
    "CorpusSummary",
    "DEFAULT_TOP",
    "DocumentSummary",
    "Engine",
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
