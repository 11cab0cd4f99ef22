"""`quotebot serve` in HTTP mode, driven as Slack drives it: signed requests to /slack/events.

Every assertion is on what reached the fake Slack Web API (or a response URL pointed at it).
"""

from __future__ import annotations

import json
import time

import pytest
import requests

from bot.render.slack import APOLOGY
from tests.bot.slack_fakes import BOT_TOKEN, BOT_USER, event_body, mention, unique
from tests.bot.slack_fakes import ask_command as _command
from tests.bot.slack_fakes import payload_text as _payload_text

SETTLE_SECONDS = 0.5  # time for a wrongly triggered reply to show up before asserting there is none


def test_healthz_reports_loaded_corpus(served):
    response = requests.get(served.url + "/healthz", timeout=5)
    assert response.status_code == 200
    assert response.json()["articles"] == 2
    assert response.json()["mode"] == "http"


def test_url_verification_returns_challenge(post):
    response = post({"token": "x", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", "type": "url_verification"})
    assert response.status_code == 200
    assert "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" in response.text


@pytest.mark.parametrize("thread_ts", [None, "1600000000.000100"], ids=["top-level", "in-thread"])
def test_mention_is_answered_in_thread_with_the_quote(post, fake_slack, thread_ts):
    channel = unique("C")
    event = mention(f"<@{BOT_USER}> the pier will stay closed", channel, thread_ts=thread_ts)
    assert post(event_body(event)).status_code == 200
    (reply,) = fake_slack.wait_for("chat.postMessage", channel=channel)
    assert reply.params["thread_ts"] == (thread_ts or event["ts"])
    assert "The pier will stay closed until the crane is removed" in _payload_text(reply)
    assert "harbour.txt · 2021-03-04" in _payload_text(reply)
    assert BOT_USER not in _payload_text(reply)  # the mention was stripped from the question


@pytest.mark.parametrize(
    "question, sentence, speaker",
    [
        ("who said the pier will stay closed?", "The pier will stay closed", "Marta Quell"),
        ("who said the crane failed a safety inspection?", "failed a safety inspection", "Tomas Brenn"),
        ("who said we picked more apples?", "We picked more apples", "Lena Okafor"),
    ],
)
def test_mention_reply_names_the_speaker(post, fake_slack, question, sentence, speaker):
    channel = unique("C")
    post(event_body(mention(f"<@{BOT_USER}> {question}", channel)))
    (reply,) = fake_slack.wait_for("chat.postMessage", channel=channel)
    blocks = json.loads(reply.params["blocks"]) if isinstance(reply.params["blocks"], str) else reply.params["blocks"]
    first = blocks[0]["text"]["text"]
    assert sentence in first and f"*{speaker}*" in first


@pytest.mark.parametrize("text", [f"<@{BOT_USER}>", f"<@{BOT_USER}>   ", f"<@{BOT_USER}> help", f"<@{BOT_USER}> Help!"])
def test_empty_mention_or_help_gets_usage_and_examples(post, fake_slack, text):
    channel = unique("C")
    post(event_body(mention(text, channel)))
    (reply,) = fake_slack.wait_for("chat.postMessage", channel=channel)
    assert "/ask" in reply.params["text"] and "Try:" in reply.params["text"]


@pytest.mark.parametrize(
    "text, shown",
    [
        (f"<@{BOT_USER}> who said &lt;!channel&gt; keep away?", "&lt;!channel&gt;"),  # typed literally by a user
        (f"<@{BOT_USER}> who said <!channel> <!here> keep away?", "@channel @here"),  # Slack's own markup
        (f"<@{BOT_USER}> notice taped to the gate", "read &lt;!"),  # the article itself holds <!channel>
        (f"<@{BOT_USER}> passes for the southern pier", "&lt;@U024BE7LH&gt;"),  # the article holds a user ping
    ],
)
def test_pings_are_escaped_in_replies(post, fake_slack, text, shown):
    channel = unique("C")
    post(event_body(mention(text, channel)))
    (reply,) = fake_slack.wait_for("chat.postMessage", channel=channel)
    rendered = _payload_text(reply)
    assert shown in rendered
    assert "<!" not in rendered and "<@U024BE7LH>" not in rendered


def test_overlong_question_gets_the_engine_message_not_an_error(post, fake_slack):
    channel = unique("C")
    post(event_body(mention(f"<@{BOT_USER}> " + "pier " * 900, channel)))
    (reply,) = fake_slack.wait_for("chat.postMessage", channel=channel)
    assert "characters long" in reply.params["text"] and "Traceback" not in reply.params["text"]


def test_question_with_no_match_says_so(post, fake_slack):
    channel = unique("C")
    post(event_body(mention(f"<@{BOT_USER}> 🦄🦄 zyzzyva", channel)))
    (reply,) = fake_slack.wait_for("chat.postMessage", channel=channel)
    assert "I found nothing in the articles about" in reply.params["text"]


def test_retried_event_is_answered_once(post, fake_slack):
    channel = unique("C")
    body = event_body(mention(f"<@{BOT_USER}> apples", channel))
    assert post(body).status_code == 200
    for attempt in (1, 2):
        retry = post(body, headers={"X-Slack-Retry-Num": str(attempt), "X-Slack-Retry-Reason": "http_timeout"})
        assert retry.status_code == 200
    fake_slack.wait_for("chat.postMessage", channel=channel)
    time.sleep(SETTLE_SECONDS)
    assert len(fake_slack.find("chat.postMessage", channel=channel)) == 1


@pytest.mark.parametrize(
    "kind, signing",
    [
        ("wrong secret", {"secret": "not-the-secret"}),
        ("stale timestamp", {"timestamp": -6 * 60}),  # seconds from now, taken when the test runs
        ("future timestamp", {"timestamp": 6 * 60}),
    ],
)
def test_bad_signature_is_rejected_and_nothing_answered(post, fake_slack, kind, signing):
    channel = unique("C")
    if "timestamp" in signing:
        signing = {"timestamp": int(time.time()) + signing["timestamp"]}
    response = post(event_body(mention(f"<@{BOT_USER}> apples", channel)), **signing)
    assert response.status_code == 401
    time.sleep(SETTLE_SECONDS)
    assert fake_slack.find("chat.postMessage", channel=channel) == []


def test_unsigned_request_is_rejected(served, fake_slack):
    channel = unique("C")
    body = json.dumps(event_body(mention(f"<@{BOT_USER}> apples", channel)))
    response = requests.post(served.url + "/slack/events", data=body, headers={"Content-Type": "application/json"}, timeout=5)
    assert response.status_code == 401
    time.sleep(SETTLE_SECONDS)
    assert fake_slack.find("chat.postMessage", channel=channel) == []


def _dm(text: str, channel: str, **extra) -> dict:
    return {"type": "message", "channel_type": "im", "channel": channel, "user": "UASKER", "text": text,
            "ts": f"{time.time():.6f}", **extra}


def test_direct_message_is_answered_without_mention(post, fake_slack):
    channel = unique("D")
    post(event_body(_dm("apples", channel)))
    (reply,) = fake_slack.wait_for("chat.postMessage", channel=channel)
    assert "We picked more apples than ever before" in _payload_text(reply)
    assert reply.params.get("thread_ts") is None


@pytest.mark.parametrize(
    "extra",
    [
        {"bot_id": "BOTHER", "user": "UOTHERBOT"},  # another bot
        {"user": BOT_USER, "bot_id": "BQUOTEBOT"},  # this bot's own message
        {"subtype": "message_changed"},
        {"subtype": "channel_join"},
        {"channel_type": "channel"},  # channel chatter without a mention
    ],
)
def test_messages_that_are_not_questions_are_ignored(post, fake_slack, extra):
    channel = unique("D")
    assert post(event_body(_dm("apples", channel, **extra))).status_code == 200
    time.sleep(SETTLE_SECONDS)
    assert fake_slack.find("chat.postMessage", channel=channel) == []


def test_mention_inside_a_direct_message_is_answered_once(post, fake_slack):
    channel = unique("D")
    text = f"<@{BOT_USER}> apples"
    post(event_body(mention(text, channel)))
    post(event_body(_dm(text, channel)))
    fake_slack.wait_for("chat.postMessage", channel=channel)
    time.sleep(SETTLE_SECONDS)
    assert len(fake_slack.find("chat.postMessage", channel=channel)) == 1


def test_app_home_publishes_what_the_bot_knows(post, fake_slack):
    user = unique("U")
    post(event_body({"type": "app_home_opened", "user": user, "channel": unique("D"), "tab": "home", "event_ts": "1.2"}))
    (call,) = fake_slack.wait_for("views.publish", user_id=user)
    view = call.params["view"] if isinstance(call.params["view"], dict) else json.loads(call.params["view"])
    text = json.dumps(view, ensure_ascii=False)
    assert view["type"] == "home"
    assert "*harbour.txt* · 2021-03-04" in text and "*orchard.txt* · 2022-09-15" in text
    assert "Most quoted" in text and "Try asking" in text


def test_app_home_messages_tab_publishes_nothing(post, fake_slack):
    user = unique("U")
    post(event_body({"type": "app_home_opened", "user": user, "channel": unique("D"), "tab": "messages", "event_ts": "1.2"}))
    time.sleep(SETTLE_SECONDS)
    assert fake_slack.find("views.publish", user_id=user) == []


def test_ask_acks_then_answers_only_the_asker_with_share_button(post, fake_slack):
    path = "/" + unique("respond")
    response = post(_command("crane safety inspection", path, fake_slack), form=True)
    assert response.status_code == 200 and response.text == ""
    (call,) = fake_slack.wait_for(path)
    assert call.params["response_type"] == "ephemeral"
    assert "failed a safety inspection" in _payload_text(call)
    buttons = [e for b in call.params["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert [b["action_id"] for b in buttons] == ["share_answer"]


@pytest.mark.parametrize("text", ["", "   ", f"<@{BOT_USER}>"])
def test_ask_without_question_gets_usage_in_the_ack(post, fake_slack, text):
    path = "/" + unique("respond")
    response = post(_command(text, path, fake_slack), form=True)
    assert response.status_code == 200
    assert "Usage: /ask" in response.text
    time.sleep(SETTLE_SECONDS)
    assert fake_slack.find(path) == []


def test_ask_with_overlong_question_tells_the_asker(post, fake_slack):
    path = "/" + unique("respond")
    post(_command("apples " * 600, path, fake_slack), form=True)
    (call,) = fake_slack.wait_for(path)
    assert "characters long" in call.params["text"]


def test_listener_error_gets_a_short_apology_and_no_details(post, fake_slack, served):
    channel = unique("C")
    fake_slack.failures[("chat.postMessage", channel)] = ["channel_not_found"]  # the answer fails; the apology goes through
    event = mention(f"<@{BOT_USER}> apples", channel)
    post(event_body(event))
    calls = fake_slack.wait_for("chat.postMessage", count=2, channel=channel)
    apology = calls[1]
    assert apology.params["text"] == APOLOGY
    assert apology.params["thread_ts"] == event["ts"]
    for leak in ("Traceback", "channel_not_found", BOT_TOKEN, "/", ".py"):
        assert leak not in _payload_text(apology).replace("\\/", "")
    assert "Traceback" in served.output()  # logged with its traceback
    assert BOT_TOKEN not in served.output()


def test_engine_help_intent_gets_slack_usage(post, fake_slack):
    channel = unique("C")
    post(event_body(mention(f"<@{BOT_USER}> what can you do", channel)))
    (reply,) = fake_slack.wait_for("chat.postMessage", channel=channel)
    assert "/ask" in reply.params["text"] and "Try:" in reply.params["text"]
