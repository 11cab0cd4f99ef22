"""Fixtures for the bot tests.

Slack: the fake Web API, the made-up corpus, `quotebot serve` running. Command line and console
(test_cli, test_console): small made-up articles in a folder, and a clean environment.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
import requests

from tests.bot.slack_fakes import (
    BOT_TOKEN,
    SIGNING_SECRET,
    FakeSlack,
    Served,
    clean_env,
    signature,
    start_serve,
    stop_serve,
    write_corpus,
)


@pytest.fixture(scope="session")
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack()
    yield fake
    fake.close()


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="session")
def served(fake_slack: FakeSlack, corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """`quotebot serve` in HTTP mode against the fake Web API and the made-up corpus."""
    env = clean_env(
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        QUOTEBOT_SLACK_API_URL=fake_slack.api_url,
        QUOTEBOT_CORPUS=str(corpus_dir),
    )
    served = start_serve(tmp_path_factory.mktemp("serve"), env)
    yield served
    stop_serve(served)


@pytest.fixture
def post(served: Served) -> Callable[..., requests.Response]:
    """POST a body to /slack/events as Slack would: signed, with a fresh timestamp."""

    def _post(body: dict[str, Any] | str, *, form: bool = False, timestamp: int | None = None,
              secret: str = SIGNING_SECRET, headers: dict[str, str] | None = None) -> requests.Response:
        text = body if isinstance(body, str) else json.dumps(body)
        ts = str(timestamp if timestamp is not None else int(time.time()))
        all_headers = {
            "Content-Type": "application/x-www-form-urlencoded" if form else "application/json",
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": signature(text, ts, secret),
            **(headers or {}),
        }
        return requests.post(served.url + "/slack/events", data=text.encode(), headers=all_headers, timeout=10)

    return _post


@pytest.fixture(autouse=True)
def _no_slack_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each test sees no Slack or quotebot variable and no `.env` from the developer's machine."""
    for name in list(os.environ):
        if name.startswith(("SLACK_", "QUOTEBOT_")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="session")
def slack_engine(corpus_dir: Path):
    """An engine over the Slack tests' corpus."""
    from retrieval.engine import Engine

    engine, _ = Engine.from_paths([corpus_dir])
    return engine


@pytest.fixture
def http_settings(fake_slack: FakeSlack):
    from bot.settings import Settings

    return Settings(slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET, slack_api_url=fake_slack.api_url)


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
def runner():
    """Runs the command line in this process (click's CliRunner)."""
    from click.testing import CliRunner

    return CliRunner()


@pytest.fixture
def engine(corpus: Path):
    """An engine over the made-up articles of the command line and console tests."""
    from retrieval.engine import Engine

    return Engine.from_paths([corpus])[0]


@pytest.fixture
def article_texts(corpus: Path) -> dict[str, str]:
    """Each article's file text by file name (the ``document`` of its quotes)."""
    return {p.name: p.read_text(encoding="utf-8") for p in corpus.rglob("*.txt")}


@pytest.fixture(autouse=True)
def _clean_cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No colour or data-folder settings from the outside (quotebot and Slack ones: see above);
    the user cache folder, where default indexes go, is the test's own."""
    for name in list(os.environ):
        if name in ("NO_COLOR", "XDG_DATA_HOME"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
