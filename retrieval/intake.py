"""Add articles to a corpus: read sources, refuse duplicates, store ``.txt`` files, index them.

``add_articles`` is what ``quotebot add``, ``@quotebot add <url>`` and the feed poller share. Each
article a source holds is checked against the corpus (the same URL, or the same prose however
it is wrapped or headed, is not stored twice), written into the corpus folder as a ``.txt`` in
quotebot's own format (written under a temporary name and renamed, so a reader never sees half
a file), and the index is refreshed as its next generation (``retrieval.index.splice``): only
the new files are processed. If indexing fails, the files written are removed again, so a
failed add leaves nothing behind.

A sharded index (``quotebot index --shards K``) is rebuilt as a whole, not spliced: its new
articles are stored and reported ``saved`` (not searchable until the sharded index is built
again), and its current generation is left as it is.
"""

from __future__ import annotations

import datetime as _dt
import os
import uuid
from pathlib import Path
from typing import Callable, Literal, Sequence

from pydantic import BaseModel, ConfigDict

from retrieval.text.corpus import parse_article
from retrieval.errors import CorpusError, SourceError
from retrieval.models import Article
from retrieval.sources.article import text_fingerprint
from retrieval.sources.read import Read, Reader
from retrieval.index.columns import DocumentRecord
from retrieval.index.generations import is_sharded, read_generation
from retrieval.index.library import Library
from retrieval.index.store import IndexReport, OpenedIndex, open_index
from retrieval.answer.summary import example_questions

__all__ = ["Added", "AddOutcome", "add_articles", "read_all"]

# "saved": stored in the corpus folder, searchable once the sharded index it waits for is built again.
Status = Literal["added", "saved", "duplicate", "refused"]
# Example questions shown per added article (Slack's reply shows two).
_EXAMPLES = 2


class Added(BaseModel):
    """What happened to one article of a source."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    origin: str  # the URL, file or "file.jsonl line 3" it came from
    status: Status
    document: str | None = None  # the stored file's name (for a duplicate: the one already stored)
    title: str | None = None
    date: _dt.date | None = None
    url: str | None = None
    publisher: str | None = None
    sentences: int = 0
    quotes: int = 0
    example_questions: list[str] = []
    reason: str | None = None  # why it was refused, what it duplicates, or why it is not searchable yet


class AddOutcome(BaseModel):
    """Every article's outcome, and the refreshed library (not part of the JSON)."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    articles: list[Added]
    library: Library | None = None
    report: IndexReport | None = None
    shards: int | None = None  # a sharded index's shard count: its ``saved`` articles wait for a rebuild


def read_all(sources: Sequence[str], reader: Reader) -> list[Read]:
    """Every article of every source; a source that cannot be read at all is one refused ``Read``."""
    reads: list[Read] = []
    for source in sources:
        try:
            reads.extend(reader.read(source))
        except SourceError as error:
            reads.append(Read(source, None, str(error).removeprefix(f"{source}: ")))
    return reads


def add_articles(
    reads: Sequence[Read],
    corpus_dir: Path,
    corpus_paths: Sequence[Path],
    index_dir: Path | None,
    base: OpenedIndex | None = None,
    ready: Callable[[OpenedIndex], None] | None = None,
) -> AddOutcome:
    """Store and index the articles of ``reads`` that are new.

    Args:
        reads: what the sources held (``read_all``).
        corpus_dir: the folder new ``.txt`` files go to: one of ``corpus_paths`` or inside one.
        corpus_paths: the whole corpus.
        index_dir: the saved index to refresh, or None to keep it in memory.
        base: the index already in memory, if any (else it is opened from ``index_dir``).
        ready: given the new library as soon as it can answer, before it is saved (see ``open_index``).

    Returns:
        One ``Added`` per read, in order, and the refreshed library when anything was added
        (for a sharded ``index_dir``: the articles ``saved``, the library None, ``shards`` its count).

    Raises:
        CorpusError: ``corpus_dir`` is not part of the corpus, or the corpus cannot be read.
        IndexFormatError, IndexWriteError: the index cannot be used (nothing is left stored).
    """
    corpus_dir = Path(corpus_dir)
    paths = list(corpus_paths)
    if not _within(corpus_dir, paths):  # an article stored outside the corpus would never be read
        raise CorpusError("is not part of the corpus; store added articles in a corpus folder", corpus_dir)
    if index_dir is not None and is_sharded(index_dir):
        return _save_for_rebuild(reads, corpus_dir, index_dir)
    if base is None and any(r.article for r in reads):
        base = open_index(paths, index_dir)
    outcomes = _sort_out(reads, _known(base.library.segment.documents if base is not None else ()), corpus_dir)
    written = [o[2] for o in outcomes if isinstance(o, tuple)]
    if not written:
        return AddOutcome(articles=[o for o in outcomes if isinstance(o, Added)])
    _write_all([(o[1], o[2]) for o in outcomes if isinstance(o, tuple)], corpus_dir)
    try:
        library, report = open_index(paths, index_dir, base=base, must_save=index_dir is not None, ready=ready, changed=written)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return AddOutcome(articles=[o if isinstance(o, Added) else _added(o[0], o[2], library) for o in outcomes], library=library, report=report)


def _sort_out(reads: Sequence[Read], known: dict[str, str], corpus_dir: Path) -> list[Added | tuple[Read, Article, Path]]:
    """Each read refused, a duplicate (an ``Added``), or new: (read, article, where it is stored)."""
    outcomes: list[Added | tuple[Read, Article, Path]] = []
    for read in reads:
        if read.article is None:
            outcomes.append(Added(origin=read.origin, status="refused", reason=read.error))
            continue
        duplicate = _duplicate(read.article, known, corpus_dir)
        if duplicate:
            outcomes.append(Added(origin=read.origin, status="duplicate", document=duplicate[0], title=read.article.title, url=read.article.url, reason=duplicate[1]))
            continue
        path = corpus_dir / read.article.document
        for key in (_key("url", read.article.url), _key("text", _fingerprint(read.article)), _key("name", read.article.document)):
            known[key] = read.article.document
        outcomes.append((read, read.article, path))
    return outcomes


def _save_for_rebuild(reads: Sequence[Read], corpus_dir: Path, index_dir: Path) -> AddOutcome:
    """Store the new articles for a sharded index, which takes them when it is built again.

    Duplicates are found against the current generation's articles, as for a single index.
    """
    generation = read_generation(index_dir)
    outcomes = _sort_out(reads, _known(generation.documents), corpus_dir)
    new = [o for o in outcomes if isinstance(o, tuple)]
    if new:
        _write_all([(o[1], o[2]) for o in new], corpus_dir)
    return AddOutcome(articles=[o if isinstance(o, Added) else _saved(o[0], o[2]) for o in outcomes], shards=len(generation.shards))


def _saved(read: Read, path: Path) -> Added:
    article = read.article
    assert article is not None
    if not parse_article(path.name, article.text).paragraphs:  # as the next build would find it
        path.unlink(missing_ok=True)
        return Added(origin=read.origin, status="refused", reason="no article text once stored (only headings or boilerplate)")
    return Added(
        origin=read.origin, status="saved", document=path.name, title=article.title, date=article.date, url=article.url,
        publisher=article.publisher, reason="not searchable until the sharded index is built again",
    )  # fmt: skip


def _within(folder: Path, paths: Sequence[Path]) -> bool:
    real = os.path.realpath(folder)
    return any(real == (p := os.path.realpath(path)) or real.startswith(p + os.sep) for path in paths)


def _key(kind: str, value: str | None) -> str:
    return f"{kind}:{value}" if value else ""


def _fingerprint(article: Article) -> str:
    """The fingerprint the index will record for the stored file (its prose as the loader reads it)."""
    stored = parse_article(article.document, article.text)
    return text_fingerprint([stored.text[p.start : p.end] for p in stored.paragraphs])


def _known(documents: Sequence[DocumentRecord]) -> dict[str, str]:
    known: dict[str, str] = {}
    for d in documents:
        for key in (_key("url", d.url), _key("text", d.fingerprint)):
            if key:
                known.setdefault(key, d.document)
    return known


def _duplicate(article: Article, known: dict[str, str], corpus_dir: Path) -> tuple[str, str] | None:
    if article.url and _key("url", article.url) in known:
        return known[_key("url", article.url)], "the same URL is already stored"
    if _key("text", _fingerprint(article)) in known:
        return known[_key("text", _fingerprint(article))], "the same text is already stored"
    if (corpus_dir / article.document).exists() or _key("name", article.document) in known:
        return article.document, "a file of that name is already in the corpus folder"
    return None


def _write_all(items: list[tuple[Article, Path]], corpus_dir: Path) -> None:
    """Write every file, or none: each under a temporary name first, then all renamed."""
    corpus_dir.mkdir(parents=True, exist_ok=True)
    temporary = []
    try:
        for article, path in items:
            tmp = corpus_dir / f".{path.name}.{uuid.uuid4().hex[:8]}.tmp"
            temporary.append(tmp)
            with open(tmp, "w", encoding="utf-8", newline="\n") as f:
                f.write(article.text)
                f.flush()
                os.fsync(f.fileno())
        for tmp, (_, path) in zip(temporary, items):
            os.replace(tmp, path)
    except OSError as error:
        for tmp in temporary:
            tmp.unlink(missing_ok=True)
        for _, path in items:
            path.unlink(missing_ok=True)
        raise SourceError(f"cannot write to the corpus folder {corpus_dir} ({error.strerror or error})") from None


def _added(read: Read, path: Path, library: Library) -> Added:
    article = read.article
    assert article is not None
    real = os.path.realpath(path)
    j = next((j for j, d in enumerate(library.segment.documents) if d.path and os.path.realpath(d.path) == real), None)
    if j is None:  # the loader found no prose in it after all (only boilerplate): not kept
        path.unlink(missing_ok=True)
        return Added(origin=read.origin, status="refused", reason="no article text once stored (only headings or boilerplate)")
    info = library.documents[j]
    span = range(info.first_sentence, info.first_sentence + info.sentence_count)
    return Added(
        origin=read.origin, status="added", document=info.document, title=info.title, date=info.date, url=info.url,
        publisher=info.publisher, sentences=info.sentence_count,
        quotes=int((library.speaker_ids[span.start : span.stop] >= 0).sum()),
        example_questions=example_questions(library, span)[:_EXAMPLES],
    )  # fmt: skip
