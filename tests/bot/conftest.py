"""Fixtures for the bot tests.

Slack: the fake Web API, the made-up corpus, `quotebot serve` running. Command line and console
(test_cli, test_console): small made-up articles in a folder, and a clean environment.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Callable, Iterator

import pytest
import requests

from tests.bot.redis_server import RedisServer, start_redis
from tests.bot.slack_fakes import (
    BOT_TOKEN,
    CHANNELS_TOML,
    SIGNING_SECRET,
    FakeSlack,
    Served,
    clean_env,
    start_serve,
    stop_serve,
    write_corpus,
)
from tests.bot.slack_requests import post_to


@pytest.fixture(scope="session")
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack()
    yield fake
    fake.close()


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """A real redis-server on 127.0.0.1 and a free port, for the whole session."""
    server = start_redis(tmp_path_factory.mktemp("redis"))
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> Iterator[str]:
    """The session's Redis, emptied before each test."""
    import redis

    redis.Redis.from_url(redis_server.url).flushdb()
    yield redis_server.url


@pytest.fixture(scope="session")
def feedback_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the served app keeps its votes."""
    return tmp_path_factory.mktemp("feedback") / "feedback.sqlite3"


@pytest.fixture(scope="session")
def served(
    fake_slack: FakeSlack, corpus_dir: Path, feedback_db: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Served]:
    """`quotebot serve` in HTTP mode against the fake Web API and the made-up corpus, with channel settings."""
    channels_file = tmp_path_factory.mktemp("channels") / "channels.toml"
    channels_file.write_text(CHANNELS_TOML, encoding="utf-8")
    env = clean_env(
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        QUOTEBOT_SLACK_API_URL=fake_slack.api_url,
        QUOTEBOT_CORPUS=str(corpus_dir),
        QUOTEBOT_FEEDBACK_DB=str(feedback_db),
        QUOTEBOT_CHANNELS=str(channels_file),
    )
    served = start_serve(tmp_path_factory.mktemp("serve"), env)
    yield served
    stop_serve(served)


@pytest.fixture(scope="session")
def replicas(
    fake_slack: FakeSlack, corpus_dir: Path, redis_server: RedisServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Served, Served]]:
    """Two `quotebot serve` processes in HTTP mode sharing one Redis (deliveries, threads, pacing)."""
    env = clean_env(
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        QUOTEBOT_SLACK_API_URL=fake_slack.api_url,
        QUOTEBOT_CORPUS=str(corpus_dir),
        QUOTEBOT_REDIS_URL=redis_server.url,
    )
    started = []
    try:
        for name in ("replica-a", "replica-b"):
            started.append(start_serve(tmp_path_factory.mktemp(name), env))
        yield started[0], started[1]
    finally:
        for served in started:
            stop_serve(served)


@pytest.fixture
def post(served: Served) -> Callable[..., requests.Response]:
    """POST a body to /slack/events as Slack would: signed, with a fresh timestamp."""
    return functools.partial(post_to, served.url)


@pytest.fixture(autouse=True)
def _no_slack_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each test sees no Slack or quotebot variable (but a feedback file of its own) and no `.env`."""
    for name in list(os.environ):
        if name.startswith(("SLACK_", "QUOTEBOT_")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    # An app built in-process keeps votes here, never in the developer's data folder.
    monkeypatch.setenv("QUOTEBOT_FEEDBACK_DB", str(tmp_path / "feedback.sqlite3"))


@pytest.fixture(scope="session")
def slack_engine(corpus_dir: Path):
    """An engine over the Slack tests' corpus."""
    from retrieval.engine import Engine

    engine, _ = Engine.from_paths([corpus_dir])
    return engine


@pytest.fixture
def http_settings(fake_slack: FakeSlack, tmp_path: Path):
    from bot.settings import Settings

    return Settings(slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET, slack_api_url=fake_slack.api_url,
                    feedback_db=tmp_path / "feedback.sqlite3")


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
