"""Stopping `quotebot serve` (SIGTERM, as Docker does) lets answers in flight reach Slack."""

from __future__ import annotations

import json
import signal
import time

import requests

from tests.bot.slack_fakes import BOT_TOKEN, BOT_USER, SIGNING_SECRET, FakeSlack, clean_env, start_serve
from tests.bot.slack_requests import event_body, mention, signature


def test_sigterm_drains_answers_then_stops(tmp_path, corpus_dir):
    fake = FakeSlack()
    try:
        env = clean_env(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET,
                        QUOTEBOT_SLACK_API_URL=fake.api_url, QUOTEBOT_CORPUS=str(corpus_dir))
        served = start_serve(tmp_path, env)
        channels = [f"CSTOP{i}" for i in range(5)]
        for channel in channels:
            body = json.dumps(event_body(mention(f"<@{BOT_USER}> pier", channel)))
            ts = str(int(time.time()))
            headers = {"Content-Type": "application/json", "X-Slack-Request-Timestamp": ts,
                       "X-Slack-Signature": signature(body, ts)}
            assert requests.post(served.url + "/slack/events", data=body, headers=headers, timeout=5).status_code == 200
        served.process.send_signal(signal.SIGTERM)
        served.process.wait(timeout=30)
        for channel in channels:
            assert len(fake.find("chat.postMessage", channel=channel)) == 1
        assert "quotebot stopped." in served.output()
    finally:
        fake.close()
