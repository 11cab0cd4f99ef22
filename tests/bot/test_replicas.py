"""Two `quotebot serve` replicas sharing one real redis-server answer each Slack message once.

Slack can deliver one message as ``app_mention`` and as ``message`` (different event ids) and
retry either, and a load balancer can hand each delivery to a different replica. Both replicas
here (the ``replicas`` fixture) run against the same fake Web API and the same Redis.
"""

from __future__ import annotations

import time
from tests.bot.slack_fakes import BOT_USER
from tests.bot.slack_requests import channel_message, contexts_of, event_body, mention, post_to, unique

SETTLE_SECONDS = 1.0  # time for a duplicate answer to show up before counting


def test_a_mention_its_message_twin_and_retries_get_one_answer(replicas, fake_slack):
    a, b = replicas
    channel = unique("C")
    event = mention(f"<@{BOT_USER}> who said the pier will stay closed?", channel)
    twin = {**event, "type": "message", "channel_type": "channel"}  # the same message, as message.channels
    first, second = event_body(event), event_body(twin)
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    responses = [
        post_to(a.url, first),
        post_to(b.url, second),
        post_to(b.url, first, headers=retry),  # Slack's retry reaches the other replica
        post_to(a.url, second, headers=retry),
    ]
    assert [r.status_code for r in responses] == [200, 200, 200, 200]
    fake_slack.wait_for("chat.postMessage", channel=channel)
    time.sleep(SETTLE_SECONDS)
    (reply,) = fake_slack.find("chat.postMessage", channel=channel)
    assert reply.params["thread_ts"] == event["ts"]


def test_a_follow_up_reaching_the_other_replica_keeps_the_thread_context(replicas, fake_slack):
    a, b = replicas
    channel = unique("C")
    event = mention(f"<@{BOT_USER}> who said the pier will stay closed?", channel)
    post_to(a.url, event_body(event))
    fake_slack.wait_for("chat.postMessage", channel=channel)
    post_to(b.url, event_body(channel_message("what else did she say?", channel, thread_ts=event["ts"])))
    answer = fake_slack.wait_for("chat.postMessage", count=2, channel=channel)[1]
    assert "Question: what did Marta Quell say? (follow-up: “what else did she say?”)" in contexts_of(answer)


def test_both_replicas_answer_different_messages(replicas, fake_slack):
    for served in replicas:
        channel = unique("C")
        post_to(served.url, event_body(mention(f"<@{BOT_USER}> apples", channel)))
        fake_slack.wait_for("chat.postMessage", channel=channel)
