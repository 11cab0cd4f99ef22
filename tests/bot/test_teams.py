"""Slack for a team, end to end against `quotebot serve`: follow-ups in threads, channel settings,
feedback votes, and a reply Slack refuses falling back to plain text (charts: test_charts.py).

The served app reads ``CHANNELS_TOML``: CFARMING searches only articles tagged "farming" with one
quote an answer, CQUIET answers thread replies only when mentioned, CNOFOLLOW keeps no context.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from urllib.parse import urlencode

import pytest

from tests.bot.slack_fakes import BOT_USER, Failure, clean_env, ratelimited
from tests.bot.slack_requests import blocks_of, channel_message, contexts_of, event_body, mention, unique

SETTLE_SECONDS = 0.5  # time for a wrongly triggered reply to show up before asserting there is none


def _text(call) -> str:
    return (call.params.get("text") or "") + json.dumps(blocks_of(call), ensure_ascii=False)


def _ask(post, fake_slack, channel: str, question: str):
    """Mention the bot with ``question`` in ``channel``; the reply, and the thread it opened."""
    event = mention(f"<@{BOT_USER}> {question}", channel)
    post(event_body(event))
    (reply,) = fake_slack.wait_for("chat.postMessage", channel=channel, thread_ts=event["ts"])
    return reply, event["ts"]


def _replies(fake_slack, channel: str, thread_ts: str, count: int):
    return fake_slack.wait_for("chat.postMessage", count=count, channel=channel, thread_ts=thread_ts)


@pytest.mark.parametrize(
    "first, follow_up, asked, speakers",
    [
        ("who said the pier will stay closed?", "what else did she say?", "what did Marta Quell say?", {"Marta Quell"}),
        ("what did Quell say?", "and about the dockworkers?", "what did Marta Quell say about the dockworkers?",
         {"Marta Quell"}),
        ("who said the pier will stay closed?", "what about the crane inspection?", "who said the crane inspection?",
         {"Tomas Brenn"}),
    ],
)
def test_a_reply_in_the_thread_is_answered_from_its_context(post, fake_slack, first, follow_up, asked, speakers):
    channel = unique("C")
    _, thread = _ask(post, fake_slack, channel, first)
    post(event_body(channel_message(follow_up, channel, thread_ts=thread)))  # no mention
    answer = _replies(fake_slack, channel, thread, 2)[1]
    assert f"Question: {asked} (follow-up: “{follow_up}”)" in contexts_of(answer)
    named = {s for s in ("Marta Quell", "Tomas Brenn", "Lena Okafor") if f"*{s}*" in _text(answer)}
    assert named == speakers


def test_more_shows_the_next_quotes_of_the_same_question(post, fake_slack):
    first, thread = _ask(post, fake_slack, "CFARMING", "apples")  # one quote an answer in CFARMING
    assert "and 1 more match; reply “more” for the next ones" in contexts_of(first)
    post(event_body(channel_message("more", "CFARMING", thread_ts=thread)))
    second = _replies(fake_slack, "CFARMING", thread, 2)[1]
    assert "Question: apples (follow-up: “more”) · quotes 2–2" in contexts_of(second)
    assert "[2] orchard.txt" in _text(second)
    quoted = [b["text"]["text"] for r in (first, second) for b in blocks_of(r) if b["type"] == "section"]
    assert len(quoted) == 2 and quoted[0] != quoted[1]


def test_more_and_who_else_go_on_from_the_last_answer(post, fake_slack):
    channel = unique("C")
    first, thread = _ask(post, fake_slack, channel, "what did Quell say?")
    post(event_body(channel_message("who else?", channel, thread_ts=thread)))
    # "what did Quell say?" has no topic, so "who else?" is asked as it is, and reads as a question
    others = _replies(fake_slack, channel, thread, 2)[1]
    assert not any("follow-up" in c for c in contexts_of(others))
    _, pier = _ask(post, fake_slack, channel, "who said the pier will stay closed?")
    post(event_body(channel_message("who else said that?", channel, thread_ts=pier)))
    nobody = _replies(fake_slack, channel, pier, 2)[1]
    assert "Question: who said the pier will stay closed? (follow-up: “who else said that?”)" in contexts_of(nobody)
    assert "*Marta Quell*" not in _text(nobody)


@pytest.mark.parametrize(
    "reply",
    [
        channel_message("what else did she say?", "X", thread_ts="T", bot_id="BOTHER", user="UOTHERBOT"),  # another bot
        channel_message("what else did she say?", "X", thread_ts="T", user=BOT_USER, bot_id="BQUOTEBOT"),  # itself
        channel_message("what else did she say?", "X", thread_ts="T", subtype="message_changed"),  # an edit
        channel_message("thanks, that helps", "X", thread_ts="T"),  # chatter, not a question
    ],
    ids=["other bot", "own message", "edit", "chatter"],
)
def test_thread_messages_that_are_not_follow_ups_are_ignored(post, fake_slack, reply):
    channel = unique("C")
    _, thread = _ask(post, fake_slack, channel, "who said the pier will stay closed?")
    post(event_body({**reply, "channel": channel, "thread_ts": thread, "ts": f"{time.time():.6f}"}))
    time.sleep(SETTLE_SECONDS)
    assert len(fake_slack.find("chat.postMessage", channel=channel)) == 1


def test_a_direct_message_follows_up_on_the_last_one(post, fake_slack):
    channel = unique("D")
    dm = {"type": "message", "channel_type": "im", "channel": channel, "user": "UASKER"}
    post(event_body({**dm, "text": "who said the pier will stay closed?", "ts": f"{time.time():.6f}"}))
    fake_slack.wait_for("chat.postMessage", channel=channel)
    post(event_body({**dm, "text": "what else did she say?", "ts": f"{time.time():.6f}"}))
    answer = fake_slack.wait_for("chat.postMessage", count=2, channel=channel)[1]
    assert "Question: what did Marta Quell say? (follow-up: “what else did she say?”)" in contexts_of(answer)
    assert answer.params.get("thread_ts") is None


def test_a_thread_the_bot_never_answered_is_left_alone(post, fake_slack):
    channel = unique("C")
    post(event_body(channel_message("what else did she say?", channel, thread_ts="1600000000.000100")))
    time.sleep(SETTLE_SECONDS)
    assert fake_slack.find("chat.postMessage", channel=channel) == []


def test_a_mention_only_channel_answers_follow_ups_only_when_mentioned(post, fake_slack):
    _, thread = _ask(post, fake_slack, "CQUIET", "who said the pier will stay closed?")
    post(event_body(channel_message("what else did she say?", "CQUIET", thread_ts=thread)))
    time.sleep(SETTLE_SECONDS)
    assert len(fake_slack.find("chat.postMessage", channel="CQUIET", thread_ts=thread)) == 1
    post(event_body(mention(f"<@{BOT_USER}> what else did she say?", "CQUIET", thread_ts=thread)))
    answer = _replies(fake_slack, "CQUIET", thread, 2)[1]
    assert "Question: what did Marta Quell say? (follow-up: “what else did she say?”)" in contexts_of(answer)


def test_a_channel_without_follow_ups_asks_every_mention_afresh(post, fake_slack):
    _, thread = _ask(post, fake_slack, "CNOFOLLOW", "who said the pier will stay closed?")
    post(event_body(channel_message("more", "CNOFOLLOW", thread_ts=thread)))
    time.sleep(SETTLE_SECONDS)
    assert len(fake_slack.find("chat.postMessage", channel="CNOFOLLOW", thread_ts=thread)) == 1
    post(event_body(mention(f"<@{BOT_USER}> what else did she say?", "CNOFOLLOW", thread_ts=thread)))
    answer = _replies(fake_slack, "CNOFOLLOW", thread, 2)[1]
    assert "Question: what else did she say?" in contexts_of(answer)


@pytest.mark.parametrize(
    "channel, question, documents",
    [
        ("CFARMING", "who said the pier will stay closed?", set()),  # the harbour article is tagged "ports"
        ("CFARMING", "apples", {"orchard.txt"}),
        (None, "who said the pier will stay closed?", {"harbour.txt"}),  # any other channel: everything
    ],
)
def test_channel_settings_restrict_what_it_searches(post, fake_slack, channel, question, documents):
    reply, _ = _ask(post, fake_slack, channel or unique("C"), question)
    cited = {d for d in ("harbour.txt", "orchard.txt") if f"] {d} ·" in _text(reply)}
    assert cited == documents
    quotes = [b for b in blocks_of(reply) if b["type"] == "section" and b["text"]["text"].startswith(">")]
    assert len(quotes) <= (1 if channel == "CFARMING" else 5)  # CFARMING: one quote an answer
    if not documents:  # nothing quoted, and the engine's nothing-found message says so
        assert quotes == [] and "found no" in reply.params["text"].replace("nothing", "no")


def _vote(post, fake_slack, action_id: str, value: str, user: str, channel: str, message_ts: str) -> None:
    path = "/" + unique("respond")
    payload = {
        "type": "block_actions", "team": {"id": "T0001"}, "user": {"id": user}, "api_app_id": "A0001",
        "channel": {"id": channel}, "container": {"type": "message", "message_ts": message_ts, "channel_id": channel},
        "trigger_id": unique("9.9."), "response_url": fake_slack.url + path,
        "actions": [{"type": "button", "action_id": action_id, "block_id": "b", "value": value, "action_ts": "1.2"}],
    }
    assert post(urlencode({"payload": json.dumps(payload)}), form=True).status_code == 200
    (thanks,) = fake_slack.wait_for(path)
    assert thanks.params["response_type"] == "ephemeral" and "recorded" in thanks.params["text"]


def _feedback(db) -> list[dict]:
    result = subprocess.run([sys.executable, "-m", "bot", "feedback", "--json"], env=clean_env(QUOTEBOT_FEEDBACK_DB=str(db)),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_feedback_buttons_store_and_replace_votes(post, fake_slack, feedback_db):
    channel = unique("C")
    reply, thread = _ask(post, fake_slack, channel, "who said the pier will stay closed?")
    buttons = {e["action_id"]: e["value"] for b in blocks_of(reply) if b["type"] == "actions" for e in b["elements"]}
    assert set(buttons) == {"feedback_up", "feedback_down"}
    message_ts = unique("1700000000.")
    _vote(post, fake_slack, "feedback_up", buttons["feedback_up"], "UVOTER", channel, message_ts)
    _vote(post, fake_slack, "feedback_down", buttons["feedback_down"], "UVOTER", channel, message_ts)  # changes her mind
    _vote(post, fake_slack, "feedback_up", buttons["feedback_up"], "UOTHER", channel, message_ts)
    votes = [v for v in _feedback(feedback_db) if v["channel"] == channel]  # read by another process
    assert sorted((v["user"], v["vote"]) for v in votes) == [("UOTHER", "up"), ("UVOTER", "down")]
    assert all(v["question"] == "who said the pier will stay closed?" and v["message_ts"] == message_ts for v in votes)
    assert votes[0]["quotes"] and all(q["document"] == "harbour.txt" and q["end"] > q["start"] for q in votes[0]["quotes"])


@pytest.mark.parametrize(
    "failure, logged",
    [("invalid_blocks", "invalid_blocks"), ("msg_too_long", "msg_too_long"), (Failure("internal_error", 500), "HTTP 500")],
    ids=["invalid_blocks", "msg_too_long", "5xx"],
)
def test_a_refused_reply_falls_back_to_plain_text(post, fake_slack, served, failure, logged):
    channel = unique("C")
    fake_slack.failures[("chat.postMessage", channel)] = [failure]
    event = mention(f"<@{BOT_USER}> who said the pier will stay closed?", channel)
    post(event_body(event))
    refused, plain = fake_slack.wait_for("chat.postMessage", count=2, channel=channel)
    assert blocks_of(refused) and not blocks_of(plain)
    assert plain.params["thread_ts"] == event["ts"]
    assert "The pier will stay closed" in plain.params["text"] and len(plain.params["text"]) <= 1500
    assert f"({logged}); sending it as plain text" in served.output()


def test_a_refused_ask_response_falls_back_to_plain_text(post, fake_slack, served):
    path = "/" + unique("respond")
    fake_slack.failures[(path, None)] = [Failure("invalid_blocks", 400)]
    body = urlencode({"token": "unused", "team_id": "T0001", "channel_id": unique("C"), "user_id": "UASKER",
                      "command": "/ask", "text": "apples", "trigger_id": unique("1.2."),
                      "response_url": fake_slack.url + path, "api_app_id": "A0001"})
    assert post(body, form=True).status_code == 200
    refused, plain = fake_slack.wait_for(path, count=2)
    assert refused.params["blocks"] and "blocks" not in plain.params
    assert "We picked more apples" in plain.params["text"] and plain.params["response_type"] == "ephemeral"
    assert "Slack refused a response (HTTP 400); sending it as plain text." in served.output()


def test_a_ratelimited_reply_is_sent_again_after_retry_after(post, fake_slack):
    channel = unique("C")
    fake_slack.failures[("chat.postMessage", channel)] = [ratelimited(retry_after=1)]
    post(event_body(mention(f"<@{BOT_USER}> apples", channel)))
    refused, sent = fake_slack.wait_for("chat.postMessage", count=2, channel=channel)
    assert sent.at - refused.at >= 0.9 and blocks_of(sent)  # the same message, after Retry-After
    time.sleep(SETTLE_SECONDS)
    assert len(fake_slack.find("chat.postMessage", channel=channel)) == 2
