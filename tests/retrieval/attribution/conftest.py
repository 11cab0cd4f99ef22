"""Shared builders for the attribution tests: a made-up article's text in, its attributions out."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

import pytest

from retrieval.attribution import attribute
from retrieval.attribution.sentence_words import LETTERS
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


@lru_cache(maxsize=None)
def _word_search(words: frozenset[str]) -> re.Pattern[str]:
    """A pattern finding any of ``words`` as a whole run of letters: its search finds one exactly
    when ``LETTERS.findall(text)`` holds one of them, without listing every word of the text.
    The words share their prefixes (a trie: ``sa(?:id|ys)``), so each position costs one step."""
    trie: dict[str, dict] = {}
    for word in (w for w in words if LETTERS.fullmatch(w)):  # a word with other characters is never a whole run
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict[str, dict]) -> str:
        alternatives = [re.escape(ch) + branch(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        return f"(?:{body})?" if "" in node else body

    return re.compile(rf"(?<![^\W\d_])(?:{branch(trie)})(?![^\W\d_])" if trie else r"(?!)")


@pytest.fixture(scope="session")
def word_search() -> Callable[[frozenset[str]], re.Pattern[str]]:
    """The reference the shared letter runs (``sentence_words``) are checked against: one search
    of the sentence per word list, as the cheap tests before the cue rules once made."""
    return _word_search
