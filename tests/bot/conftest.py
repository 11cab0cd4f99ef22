"""Fixtures for the command-line and console tests (test_cli, test_console): small made-up articles and a clean environment."""

from __future__ import annotations

from pathlib import Path

import pytest

# Made-up wire-style articles; each file has a date header, paragraphs and attributed sentences.
MADE_UP_ARTICLES = {
    "harbour.txt": (
        " date 2021-03-04 business\n"
        "\n"
        "The harbour authority said on Tuesday that cargo volumes fell 12% in February.\n"
        "\n"
        "“We expect a recovery by the summer,” said Maria Lindqvist, the authority's director. "
        "She added that two new cranes would arrive in April.\n"
        "\n"
        "Dock workers told reporters the night shifts had been cut.\n"
    ),
    "election/council.txt": (
        " date 2021-05-10 politics\n"
        "\n"
        "Councillor Tom Okafor said the budget vote would be delayed until June.\n"
        "\n"
        "“The budget numbers do not add up,” Okafor said. The mayor's office declined to comment.\n"
        "\n"
        "According to the city treasurer, the budget deficit reached $4.7 million last year.\n"
    ),
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of the made-up articles, one of them in a subfolder."""
    root = tmp_path / "corpus"
    for name, text in MADE_UP_ARTICLES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def article_texts(corpus: Path) -> dict[str, str]:
    """Each article's file text by file name (the ``document`` of its quotes)."""
    return {p.name: p.read_text(encoding="utf-8") for p in corpus.rglob("*.txt")}


@pytest.fixture(autouse=True)
def _clean_cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No quotebot, Slack or colour settings from the outside, and no stray ``.env`` file."""
    import os

    for name in list(os.environ):
        if name.startswith(("QUOTEBOT_", "SLACK_")) or name in ("NO_COLOR", "XDG_DATA_HOME"):
            monkeypatch.delenv(name)
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
