"""Stopping `quotebot serve` (SIGTERM, as Docker does): answers in flight reach Slack, within a bound."""

from __future__ import annotations

import json
import signal
import threading
import time

import requests

from bot.shutdown import ANSWER_GRACE_SECONDS, SHUTDOWN_GRACE_SECONDS, AnswerExecutor
from tests.bot.slack_fakes import (
    BOT_TOKEN,
    BOT_USER,
    SIGNING_SECRET,
    FakeSlack,
    clean_env,
    event_body,
    mention,
    signature,
    start_serve,
)

# Time for the process to start exiting after the grace period: interpreter teardown, log flush.
EXIT_SLACK_SECONDS = 5


def _serve(tmp_path, corpus_dir, fake):
    env = clean_env(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET,
                    QUOTEBOT_SLACK_API_URL=fake.api_url, QUOTEBOT_CORPUS=str(corpus_dir))
    return start_serve(tmp_path, env)


def _mention(served, channel: str) -> None:
    body = json.dumps(event_body(mention(f"<@{BOT_USER}> pier", channel)))
    ts = str(int(time.time()))
    headers = {"Content-Type": "application/json", "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature(body, ts)}
    assert requests.post(served.url + "/slack/events", data=body, headers=headers, timeout=5).status_code == 200


def test_sigterm_drains_answers_then_stops(tmp_path, corpus_dir):
    fake = FakeSlack()
    try:
        served = _serve(tmp_path, corpus_dir, fake)
        channels = [f"CSTOP{i}" for i in range(5)]
        for channel in channels:
            _mention(served, channel)
        served.process.send_signal(signal.SIGTERM)
        served.process.wait(timeout=30)
        for channel in channels:
            assert len(fake.find("chat.postMessage", channel=channel)) == 1
        assert "quotebot stopped; every answer was sent." in served.output()
    finally:
        fake.close()


def test_sigterm_with_a_stuck_answer_stops_within_the_grace_period_and_counts_it(tmp_path, corpus_dir):
    fake = FakeSlack()
    fake.delays[("chat.postMessage", "CSTUCK")] = SHUTDOWN_GRACE_SECONDS + 30  # Slack never answers in time
    try:
        served = _serve(tmp_path, corpus_dir, fake)
        _mention(served, "CSTUCK")
        _mention(served, "CQUICK")
        fake.wait_for("chat.postMessage", channel="CQUICK")
        stopped_at = time.monotonic()
        served.process.send_signal(signal.SIGTERM)
        served.process.wait(timeout=SHUTDOWN_GRACE_SECONDS + EXIT_SLACK_SECONDS)
        assert time.monotonic() - stopped_at < SHUTDOWN_GRACE_SECONDS + EXIT_SLACK_SECONDS
        assert f"quotebot stopped; 1 answer dropped (not finished within {ANSWER_GRACE_SECONDS:.0f} s)." in served.output()
    finally:
        fake.close()


def test_drain_counts_what_did_not_finish_and_cancels_the_queue():
    executor = AnswerExecutor(max_workers=1)
    release = threading.Event()
    ran: list[int] = []
    executor.submit(release.wait)
    for n in range(3):
        executor.submit(ran.append, n)
    assert executor.pending() == 4
    assert executor.drain(0.2) == 4
    release.set()
    time.sleep(0.2)
    assert ran == []  # the queued ones were cancelled, not run after the stop
    assert executor.pending() == 0


def test_drain_of_an_idle_pool_drops_nothing():
    executor = AnswerExecutor(max_workers=2)
    assert executor.submit(sum, [1, 2]).result() == 3
    assert executor.drain(0.2) == 0
