"""Shared builders for the attribution tests: a made-up article's text in, its attributions out."""

from __future__ import annotations

from typing import Callable

import pytest

from retrieval.attribution import attribute
from retrieval.models import Attribution
from retrieval.text.corpus import parse_article
from retrieval.text.sentences import article_sentences

Attributed = Callable[[str], list[tuple[str, Attribution | None]]]


@pytest.fixture(scope="session")
def attributed() -> Attributed:
    """Each sentence of a made-up article with its attribution (None where nobody speaks)."""

    def build(text: str) -> list[tuple[str, Attribution | None]]:
        article = parse_article("made-up.txt", text)
        sentences = article_sentences(article)
        return list(zip((s.text for s in sentences), attribute(article, sentences)))

    return build


@pytest.fixture(scope="session")
def speakers(attributed: Attributed) -> Callable[[str], list[str | None]]:
    """The speaker of each sentence of a made-up article (None where nobody speaks)."""
    return lambda text: [a.speaker if a else None for _, a in attributed(text)]


@pytest.fixture(scope="session")
def only(attributed: Attributed) -> Callable[[str], Attribution | None]:
    """The attribution of a one-sentence text."""

    def build(text: str) -> Attribution | None:
        pairs = attributed(text)
        assert len(pairs) == 1, pairs
        return pairs[0][1]

    return build
