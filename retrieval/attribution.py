"""PROVISIONAL: attributes nothing yet. Contract: attribute(article, sentences) -> aligned tuple."""

from __future__ import annotations

from typing import Sequence

from retrieval.models import Article, Attribution, Sentence

__all__ = ["attribute"]


def attribute(article: Article, sentences: Sequence[Sentence]) -> tuple[Attribution | None, ...]:
    return tuple(None for _ in sentences)
