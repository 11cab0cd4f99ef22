"""Shared builders for the retrieval tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.engine import Engine

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    """The bundled seed articles."""
    paths = sorted(SEEDS.glob("*.txt"))
    assert paths, f"no seed articles in {SEEDS}"
    return paths


FLOOD = """ date 2021-03-04 weather

Health Minister Maria Lopez said hospitals had treated 40 patients after the flood.

“We are stretched to the limit,” Lopez said. “But nobody will be turned away.”

The city council said 35 people were treated in hospitals.

River levels fell on Tuesday.
"""

BRIDGE = """ date 2021-03-05

Mayor Tom Reyes told reporters the bridge would reopen on Friday.

He said repairs would cost $2 million.

Engineers inspected the bridge overnight.
"""


@pytest.fixture(scope="session")
def news_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("news")
    (folder / "flood.txt").write_text(FLOOD, encoding="utf-8")
    (folder / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def engine(news_dir) -> Engine:
    built, skipped = Engine.from_paths([news_dir])
    assert skipped == ()
    return built


def _attributed(text: str):
    from retrieval.attribution import attribute
    from retrieval.text.corpus import parse_article
    from retrieval.text.sentences import article_sentences

    article = parse_article("made-up.txt", text)
    sentences = article_sentences(article)
    return list(zip((s.text for s in sentences), attribute(article, sentences)))


@pytest.fixture(scope="session")
def attributed():
    """(sentence, Attribution or None) for every sentence of a made-up article."""
    return _attributed


@pytest.fixture(scope="session")
def speakers():
    """The speaker of every sentence of a made-up article (None: nobody)."""
    return lambda text: [a.speaker if a else None for _, a in _attributed(text)]


@pytest.fixture(scope="session")
def engine_over(tmp_path_factory):
    """An engine over made-up articles given as {file name: text}; every article must be read."""

    def build(articles: dict[str, str]) -> Engine:
        folder = tmp_path_factory.mktemp("articles")
        for name, text in articles.items():
            (folder / name).write_text(text, encoding="utf-8")
        built, skipped = Engine.from_paths([folder])
        assert skipped == ()
        return built

    return build
