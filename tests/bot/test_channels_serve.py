"""The channels file at `quotebot serve` start-up, with serve as a subprocess: a bad file stops it
before the corpus is indexed, and a good one is read once and its settings used.

Reading once is observed through the file itself: QUOTEBOT_CHANNELS names a named pipe (what
``QUOTEBOT_CHANNELS=<(...)`` gives a shell user), which yields its content to one reader only. A
second read would wait for a writer that never comes, and serve would never become healthy.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from tests.bot.slack_fakes import BOT_TOKEN, BOT_USER, CHANNELS_TOML, SIGNING_SECRET, clean_env, start_serve, stop_serve
from tests.bot.slack_requests import contexts_of, event_body, mention, post_to

EXIT_TIMEOUT = 60.0  # seconds for serve to stop on a bad settings file


def _serve_env(fake_slack, corpus_dir: Path, channels: Path, tmp_path: Path) -> dict[str, str]:
    return clean_env(
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        QUOTEBOT_SLACK_API_URL=fake_slack.api_url,
        QUOTEBOT_CORPUS=str(corpus_dir),
        QUOTEBOT_CHANNELS=str(channels),
        QUOTEBOT_FEEDBACK_DB=str(tmp_path / "feedback.sqlite3"),
    )


def _write_once(fifo: Path, text: str) -> threading.Thread:
    """Hand ``text`` to the first process that opens ``fifo``, then close it: there is no second writer."""

    def write() -> None:
        with open(fifo, "w", encoding="utf-8") as pipe:  # blocks until a reader opens the pipe
            pipe.write(text)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    return writer


def _release(fifo: Path, writer: threading.Thread) -> None:
    """Unblock a writer still waiting for a reader (serve failed before opening the pipe)."""
    if writer.is_alive():
        fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        writer.join(timeout=5)
        os.close(fd)


def test_serve_reads_the_channels_file_once_and_uses_it(fake_slack, corpus_dir, tmp_path):
    fifo = tmp_path / "channels.toml"
    os.mkfifo(fifo)
    writer = _write_once(fifo, CHANNELS_TOML)
    try:
        served = start_serve(tmp_path, _serve_env(fake_slack, corpus_dir, fifo, tmp_path))
    finally:
        _release(fifo, writer)
    try:
        assert served.output().count("Channel settings read from channels.toml: 3 channels listed.") == 1
        event = mention(f"<@{BOT_USER}> apples", "CFARMING")
        post_to(served.url, event_body(event))
        (reply,) = fake_slack.wait_for("chat.postMessage", channel="CFARMING", thread_ts=event["ts"])
        # CFARMING's settings from the pipe: one quote an answer, so the second match is held back
        assert "and 1 more match; reply “more” for the next ones" in contexts_of(reply)
    finally:
        stop_serve(served)


def test_a_bad_channels_file_stops_serve_before_the_corpus_is_indexed(fake_slack, corpus_dir, tmp_path):
    channels = tmp_path / "channels.toml"
    channels.write_text("[channels.C1]\ntop = 0\n", encoding="utf-8")
    index_dir = tmp_path / "index"
    calls_before = len(fake_slack.calls)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", "0", "--index-dir", str(index_dir)],
        cwd=tmp_path,
        env=_serve_env(fake_slack, corpus_dir, channels, tmp_path),
        capture_output=True,
        text=True,
        timeout=EXIT_TIMEOUT,
    )
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].startswith("Error: QUOTEBOT_CHANNELS: in channels.toml [channels.C1], top: ")
    assert "Traceback" not in result.stderr
    assert "Opening the corpus" not in result.stdout + result.stderr
    assert not index_dir.exists()
    assert len(fake_slack.calls) == calls_before  # Slack was never dialled
