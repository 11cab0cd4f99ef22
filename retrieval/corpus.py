"""Read news article files into ``Article`` records: header, paragraphs, and what was skipped.

A file may open with a header line such as `` date 2020-01-08 advertisement`` (``date``, an ISO
date, then tags); it becomes ``Article.date`` and ``Article.tags`` and is never prose. Paragraphs
are separated by blank lines; headings and wire boilerplate are left out by narrowing spans
(``retrieval.boilerplate``), never by rewriting, so every offset indexes the decoded file.
A file that is binary, not UTF-8 or empty is skipped with its reason; the rest still loads.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path, PurePath
from typing import Sequence

from retrieval.boilerplate import prose_span
from retrieval.errors import CorpusError
from retrieval.models import Article, CorpusLoad, Paragraph, SkippedFile

__all__ = ["parse_article", "read_article", "load_corpus"]

# The optional first line: " date 2020-01-08 advertisement" (a BOM and leading blanks allowed).
_HEADER = re.compile(r"\A\ufeff?\s*date:?[ \t]+(\d{4}-\d{2}-\d{2})\b([^\r\n]*)(?:\r?\n|\r|\Z)", re.IGNORECASE)
# A paragraph break: a line holding nothing but whitespace.
_PARAGRAPH_BREAK = re.compile(r"\r?\n[ \t\f\v]*(?:\r?\n[ \t\f\v]*)+|\r[ \t]*\r")
# Control characters other than tab, line feed, form feed and carriage return: more than this share
# of a file's characters means it is not text, even if it decodes as UTF-8.
MAX_CONTROL_SHARE = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _header(text: str) -> tuple[dt.date | None, tuple[str, ...], int]:
    """(date, tags, where the body starts) from the header line, if there is one."""
    match = _HEADER.match(text)
    if not match:
        return None, (), 0
    try:
        date = dt.date.fromisoformat(match.group(1))
    except ValueError:  # shaped like a date but not one (2020-13-45): keep the header out anyway
        date = None
    return date, tuple(match.group(2).split()), match.end()


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
    date, tags, body = _header(text)
    kept = (prose_span(text, a, b) for a, b in _paragraph_spans(text, body))
    paragraphs = tuple(Paragraph(i, a, b) for i, (a, b) in enumerate(s for s in kept if s))
    return Article(document, text, date, tags, paragraphs, path)


def _decode(data: bytes) -> str:
    """The file's text, or CorpusError saying why it is not a readable article."""
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
        CorpusError: the file cannot be read, is binary, not UTF-8, empty, or holds no prose.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        text = _decode(data)
    except CorpusError as exc:
        raise CorpusError(f"{path}: {exc}") from None
    article = parse_article(document or path.name, text, str(path))
    if not article.paragraphs:
        raise CorpusError(f"{path}: no article text (only a header, headings or boilerplate)")
    return article


def _files(paths: Sequence[Path | str]) -> list[Path]:
    """Every file named, and every ``*.txt`` under each folder (sorted), each once."""
    files: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not found:
                raise CorpusError(f"{path}: folder has no .txt files; point --corpus at article files")
        elif path.is_file():
            found = [path]
        else:
            raise CorpusError(f"{path}: no such file or folder")
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                files.append(file)
    return files


def _document_names(files: list[Path]) -> list[str]:
    """File names, or paths from the nearest common folder where two files share a name."""
    by_name: dict[str, list[Path]] = {}
    for file in files:
        by_name.setdefault(file.name, []).append(file)
    names = []
    for file in files:
        clash = by_name[file.name]
        if len(clash) == 1:
            names.append(file.name)
            continue
        resolved = [p.resolve() for p in clash]
        common = Path(os.path.commonpath(resolved))
        names.append(PurePath(file.resolve().relative_to(common)).as_posix())
    return names


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
    if not paths:
        raise CorpusError("no corpus given; name an article file or a folder of .txt files")
    files = _files(paths)
    articles: list[Article] = []
    skipped: list[SkippedFile] = []
    for file, name in zip(files, _document_names(files)):
        try:
            articles.append(read_article(file, name))
        except CorpusError as exc:
            reason = str(exc).removeprefix(f"{file}: ")
            skipped.append(SkippedFile(str(file), reason))
    if not articles:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped)
        raise CorpusError(f"no article could be read ({reasons})")
    return CorpusLoad(tuple(articles), tuple(skipped))
