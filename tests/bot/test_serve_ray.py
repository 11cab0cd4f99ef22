"""`quotebot serve --ray` answers the seed's questions in Slack exactly as `quotebot serve` does."""

from __future__ import annotations

import json
import time

import pytest
import requests

from retrieval.index.sharded import build_sharded_index
from tests.bot.slack_fakes import BOT_TOKEN, BOT_USER, SIGNING_SECRET, clean_env, event_body, mention, signature, start_serve, stop_serve, unique
from tests.retrieval.conftest import SEEDS

SEED_QUESTIONS = [
    "who said casualties?",
    "What did Zarif say?",
    "what did Trump say?",
    "how many missiles were fired?",
    "who said anything about the stock market in Tokyo?",
    "what did Angela Merkel say?",
    "help",
]


@pytest.fixture(scope="module")
def servers(ray_cluster, fake_slack, tmp_path_factory):
    """Two `quotebot serve` processes over the seed articles: one alone, one with its shard actors on the cluster."""
    index = tmp_path_factory.mktemp("seed-sharded") / "index"
    build_sharded_index([SEEDS], index, 1)  # one article: one shard
    common = dict(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET, QUOTEBOT_SLACK_API_URL=fake_slack.api_url)
    alone = start_serve(tmp_path_factory.mktemp("alone"), clean_env(**common))
    try:
        on_ray = start_serve(
            tmp_path_factory.mktemp("on-ray"), clean_env(**common, QUOTEBOT_RAY_ADDRESS=ray_cluster, QUOTEBOT_INDEX_DIR=str(index))
        )
    except BaseException:
        stop_serve(alone)
        raise
    yield alone, on_ray
    stop_serve(on_ray)
    stop_serve(alone)


def reply(served, fake_slack, question: str) -> dict:
    channel = unique("C")
    body = json.dumps(event_body(mention(f"<@{BOT_USER}> {question}", channel)))
    ts = str(int(time.time()))
    headers = {"Content-Type": "application/json", "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature(body, ts)}
    assert requests.post(served.url + "/slack/events", data=body.encode(), headers=headers, timeout=10).status_code == 200
    (call,) = fake_slack.wait_for("chat.postMessage", channel=channel, timeout=30)
    blocks = call.params.get("blocks")
    return {"text": call.params.get("text"), "blocks": json.loads(blocks) if isinstance(blocks, str) else blocks}


@pytest.mark.parametrize("question", SEED_QUESTIONS)
def test_serve_with_ray_answers_the_seed_questions_as_serve_does(servers, fake_slack, question):
    alone, on_ray = servers
    expected = reply(alone, fake_slack, question)
    assert expected["text"]
    assert reply(on_ray, fake_slack, question) == expected
    assert "Traceback" not in on_ray.output()


def test_healthz_of_serve_with_ray_reports_the_same_corpus(servers):
    alone, on_ray = servers
    got = requests.get(on_ray.url + "/healthz", timeout=5).json()
    assert got == requests.get(alone.url + "/healthz", timeout=5).json() and got["sentences"] > 0
