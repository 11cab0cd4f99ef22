"""PROVISIONAL loader. Contract: parse_article(document, text), read_article(path), load_corpus(paths)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Sequence

from retrieval.errors import CorpusError
from retrieval.models import Article, CorpusLoad, Paragraph, SkippedFile

__all__ = ["parse_article", "read_article", "load_corpus"]

_BLOCK = re.compile(r"\S(?:.*\S)?(?:\n[ \t]*\S.*)*")


def parse_article(document: str, text: str, path: str | None = None) -> Article:
    paragraphs = tuple(Paragraph(i, m.start(), m.end()) for i, m in enumerate(_BLOCK.finditer(text)))
    return Article(document, text, None, (), paragraphs, path)


def read_article(path: Path) -> Article:
    return parse_article(path.name, path.read_text(encoding="utf-8"), str(path))


def load_corpus(paths: Sequence[Path]) -> CorpusLoad:
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(p.rglob("*.txt")))
        elif p.is_file():
            files.append(p)
        else:
            raise CorpusError(f"{p}: no such file or folder")
    return CorpusLoad(tuple(read_article(f) for f in files), ())
