"""Read news article files into ``Article`` records: header, paragraphs, and what was skipped.

A file may open with header lines such as `` date 2020-01-08 advertisement`` (``date``, an ISO
date, then tags) and `` title: ...``, `` url: ...``, `` publisher: ...``, `` author: ...``
(``retrieval.sources.header``); they become the ``Article``'s fields and are never prose. Paragraphs
are separated by blank lines; headings and wire boilerplate are left out by narrowing spans
(``retrieval.text.boilerplate``), never by rewriting, so every offset indexes the decoded file.
A file that is binary, UTF-16 or UTF-32, otherwise not UTF-8, or empty is skipped with its
reason; the rest still loads.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import NamedTuple, Sequence

from retrieval.errors import CorpusError
from retrieval.models import Article, CorpusLoad, Paragraph, SkippedFile
from retrieval.sources.header import parse_header
from retrieval.text.boilerplate import prose_span

__all__ = [
    "parse_article",
    "read_article",
    "article_from_bytes",
    "load_corpus",
    "list_corpus",
    "size_problem",
    "CorpusFile",
    "MAX_ARTICLE_BYTES",
]

# A paragraph break: a line holding nothing but whitespace.
_PARAGRAPH_BREAK = re.compile(r"\r?\n[ \t\f\v]*(?:\r?\n[ \t\f\v]*)+|\r[ \t]*\r")
# Control characters other than tab, line feed, form feed and carriage return: more than this share
# of a file's characters means it is not text, even if it decodes as UTF-8.
MAX_CONTROL_SHARE = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Byte order marks of the wide Unicode encodings, longest first (UTF-32LE starts like UTF-16LE).
_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))
# Without a byte order mark, UTF-16 text in a Latin script has a NUL in every other byte: when at
# least this share of the odd (or even) bytes of the file's start are NUL, and almost none of the
# others, it is UTF-16 text.
UTF16_NUL_SHARE = 0.9
_UTF16_SAMPLE = 4096  # bytes looked at
# The longest news articles and interview transcripts are a few hundred KB. A bigger file holds
# many articles, or is no article, and attributing it in one piece takes gigabytes of memory.
MAX_ARTICLE_BYTES = 5_000_000


def _paragraph_spans(text: str, start: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for brk in _PARAGRAPH_BREAK.finditer(text, start):
        spans.append((cursor, brk.start()))
        cursor = brk.end()
    spans.append((cursor, len(text)))
    return spans


def parse_article(document: str, text: str, path: str | None = None) -> Article:
    """Parse one article's decoded text.

    Args:
        document: the name users see for the article (usually the file name).
        text: the whole decoded file; it is kept unchanged as ``Article.text``.
        path: where the text was read from, if a file.

    Returns:
        The article with its header metadata and prose paragraphs (offsets into ``text``).
    """
    header, body = parse_header(text)
    kept = (prose_span(text, a, b) for a, b in _paragraph_spans(text, body))
    paragraphs = tuple(Paragraph(i, a, b) for i, (a, b) in enumerate(s for s in kept if s))
    return Article(
        document, text, header.date, header.tags, paragraphs, path, header.title, header.url, header.publisher, header.author
    )


def size_problem(size: int) -> str | None:
    """Why a file of ``size`` bytes is not read as one article, or None when it can be."""
    if size <= MAX_ARTICLE_BYTES:
        return None
    return f"too large for one article ({size / 1e6:,.1f} MB, over {MAX_ARTICLE_BYTES / 1e6:,.0f} MB); split it into article files"


def _wide_encoding(data: bytes) -> str | None:
    """"UTF-16" or "UTF-32" when the bytes are text in one of those encodings, else None."""
    for bom, name in _WIDE_BOMS:
        if data.startswith(bom):
            return name
    sample = data[:_UTF16_SAMPLE]
    halves = sample[0::2], sample[1::2]
    if len(sample) < 2 or len(sample) % 2:
        return None
    for nuls, others in (halves, halves[::-1]):
        if nuls.count(0) >= UTF16_NUL_SHARE * len(nuls) and others.count(0) <= (1 - UTF16_NUL_SHARE) * len(others):
            return "UTF-16"
    return None


def _decode(data: bytes) -> str:
    """The file's text, or CorpusError saying why it is not a readable article."""
    wide = _wide_encoding(data)
    if wide:
        raise CorpusError(f"{wide} text, not UTF-8; save it as UTF-8")
    if b"\x00" in data:
        raise CorpusError("binary file (it contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        ) from None
    if len(_CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text):
        raise CorpusError("binary file (too many control characters), not text")
    if not text.strip("\ufeff \t\r\n\f\v"):
        raise CorpusError("empty file")
    return text


def read_article(path: Path, document: str | None = None) -> Article:
    """Read and parse one article file.

    Args:
        path: a UTF-8 text file.
        document: the name to show for it; the file name when omitted.

    Returns:
        The parsed article. Line endings and a byte order mark are kept, so offsets index
        exactly the decoded bytes of the file.

    Raises:
        CorpusError: the file cannot be read, is too large, binary, not UTF-8, empty, or holds no prose.
    """
    path = Path(path)
    try:
        too_large = size_problem(path.stat().st_size)
        if too_large:
            raise CorpusError(too_large, path)
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"cannot be read ({exc.strerror or exc})", path) from None
    return article_from_bytes(path, data, document)


def article_from_bytes(path: Path, data: bytes, document: str | None = None) -> Article:
    """Parse an article file whose bytes were already read (the index hashes the same bytes).

    Raises:
        CorpusError: the bytes are binary, not UTF-8, empty, or hold no prose.
    """
    try:
        text = _decode(data)
    except CorpusError as exc:
        raise CorpusError(exc.reason, path) from None
    article = parse_article(document or path.name, text, str(path))
    if not article.paragraphs:
        raise CorpusError("no article text (only a header, headings or boilerplate)", path)
    return article


class CorpusFile(NamedTuple):
    """One file of a corpus listing, with what identifies its content without reading it.

    A named tuple: a listing makes one per file, tens of thousands at every start.
    """

    path: str  # under the named folder, resolved once (so absolute); file symlinks kept as named
    document: str  # the name users see (see ``list_corpus``)
    size: int
    mtime_ns: int


# (path, file name, stat, is a symbolic link) of one listed file.
_Found = tuple[str, str, os.stat_result, bool]


def list_corpus(paths: Sequence[Path | str]) -> list[CorpusFile]:
    """Every file named, and every ``*.txt`` under each folder (sorted), each once, with its name.

    A document is named by its file name, or, where two files share a name, by its path from
    their nearest common folder. Folders are walked with ``os.scandir`` and each file is stat'ed
    once: a corpus of 40,000 files is listed in a fraction of a second. Symbolic links to folders
    are not followed (as ``Path.rglob``); a file reached twice (named twice, or through a link)
    is listed once, where first seen.

    Args:
        paths: files and folders.

    Returns:
        The files in order: named paths in the order given, each folder's files sorted by path.

    Raises:
        CorpusError: no path given, a path does not exist, or a folder holds no ``.txt`` file.
    """
    if not paths:
        raise CorpusError("no corpus given; name an article file or a folder of .txt files")
    found: list[_Found] = []
    seen: set[str] = set()
    for raw in paths:
        # Resolved once per named path, not per file: resolving each of 40,000 files costs seconds.
        root = os.path.realpath(raw)
        if os.path.isdir(root):
            listed: list[_Found] = []
            _walk(root, listed)
            if not listed:
                raise CorpusError("folder has no .txt files; point the corpus at article files", root)
        elif os.path.isfile(root):
            listed = [(root, os.path.basename(root), os.stat(root), False)]
        else:
            raise CorpusError("no such file or folder", root)
        for item in listed:
            key = os.path.realpath(item[0]) if item[3] else item[0]
            if key not in seen:
                seen.add(key)
                found.append(item)
    names = _document_names(found)
    return [CorpusFile(path, name, stat.st_size, stat.st_mtime_ns) for (path, _, stat, _), name in zip(found, names)]


def _walk(folder: str, out: list[_Found]) -> None:
    """Append every ``*.txt`` file under ``folder`` to ``out``, in path order."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError:  # an unreadable sub-folder is left out, as Path.rglob does
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                _walk(entry.path, out)
            elif entry.name.endswith(".txt") and entry.is_file():
                out.append((entry.path, entry.name, entry.stat(), entry.is_symlink()))
        except OSError:  # vanished or unreadable while listing
            continue


def _document_names(files: list[_Found]) -> list[str]:
    """File names, or paths from the nearest common folder where two files share a name."""
    by_name: dict[str, list[str]] = {}
    for path, name, _, _ in files:
        by_name.setdefault(name, []).append(path)
    common = {name: os.path.commonpath(clash) for name, clash in by_name.items() if len(clash) > 1}
    return [
        os.path.relpath(path, common[name]).replace(os.sep, "/") if name in common else name
        for path, name, _, _ in files
    ]


def load_corpus(paths: Sequence[Path | str]) -> CorpusLoad:
    """Read every article under ``paths``, skipping unreadable files.

    Args:
        paths: files and folders; folders contribute every ``*.txt`` inside, recursively.

    Returns:
        The articles in path order, and one ``SkippedFile`` per file left out, with the reason.

    Raises:
        CorpusError: a path does not exist, a folder holds no ``.txt`` file, or no file at all
            could be read.
    """
    articles: list[Article] = []
    skipped: list[SkippedFile] = []
    for file in list_corpus(paths):
        try:
            articles.append(read_article(Path(file.path), file.document))
        except CorpusError as exc:
            skipped.append(SkippedFile(file.path, exc.reason))
    if not articles:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped)
        raise CorpusError(f"no article could be read ({reasons})")
    return CorpusLoad(tuple(articles), tuple(skipped))
