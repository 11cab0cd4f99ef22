"""Requests as Slack sends them: signed bodies, event envelopes, mentions and channel messages.

Builders only; the fake Web API and `quotebot serve` helpers are in ``slack_fakes``.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import os
import time
from typing import Any
from urllib.parse import urlencode

import requests

from tests.bot.slack_fakes import BOT_USER, SIGNING_SECRET, Call


def post_to(url: str, body: dict[str, Any] | str, *, form: bool = False, timestamp: int | None = None,
            secret: str = SIGNING_SECRET, headers: dict[str, str] | None = None) -> requests.Response:
    """POST a body to ``url``/slack/events as Slack would: signed, with a fresh timestamp."""
    text = body if isinstance(body, str) else json.dumps(body)
    ts = str(timestamp if timestamp is not None else int(time.time()))
    all_headers = {
        "Content-Type": "application/x-www-form-urlencoded" if form else "application/json",
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": signature(text, ts, secret),
        **(headers or {}),
    }
    return requests.post(url + "/slack/events", data=text.encode(), headers=all_headers, timeout=10)


def signature(body: str, timestamp: str, secret: str = SIGNING_SECRET) -> str:
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


_ids = itertools.count(1)


def unique(prefix: str) -> str:
    return f"{prefix}{os.getpid()}x{next(_ids)}"


def event_body(event: dict[str, Any], event_id: str | None = None) -> dict[str, Any]:
    return {
        "token": "unused",
        "team_id": "T0001",
        "api_app_id": "A0001",
        "type": "event_callback",
        "event_id": event_id or unique("Ev"),
        "event_time": int(time.time()),
        "authorizations": [{"team_id": "T0001", "user_id": BOT_USER, "is_bot": True}],
        "event": event,
    }


def mention(text: str, channel: str, ts: str | None = None, thread_ts: str | None = None, user: str = "UASKER") -> dict[str, Any]:
    event = {"type": "app_mention", "user": user, "text": text, "channel": channel, "ts": ts or f"{time.time():.6f}",
             "event_ts": ts or f"{time.time():.6f}"}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def channel_message(text: str, channel: str, thread_ts: str | None = None, ts: str | None = None, user: str = "UASKER",
                    **extra: Any) -> dict[str, Any]:
    """A ``message`` event in a channel (message.channels), a thread reply when ``thread_ts`` is given."""
    event = {"type": "message", "channel_type": "channel", "user": user, "text": text, "channel": channel,
             "ts": ts or f"{time.time():.6f}", **extra}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def blocks_of(call: Call) -> list[dict[str, Any]]:
    blocks = call.params.get("blocks") or []
    return json.loads(blocks) if isinstance(blocks, str) else blocks


def contexts_of(call: Call) -> list[str]:
    """The context lines of a posted message ("Question: ...")."""
    return [e["text"] for b in blocks_of(call) if b["type"] == "context" for e in b["elements"]]


def signed_request(body: str, content_type: str = "application/json", timestamp: int | None = None):
    """A BoltRequest as the HTTP adapter would build it from a signed Slack request."""
    from slack_bolt import BoltRequest

    ts = str(timestamp if timestamp is not None else int(time.time()))
    headers = {"content-type": [content_type], "x-slack-request-timestamp": [ts], "x-slack-signature": [signature(body, ts)]}
    return BoltRequest(body=body, headers=headers)


def payload_text(call: Call) -> str:
    """Everything a message carries that Slack would render: fallback text and blocks.

    A button's ``value`` is never shown (it comes back to the app when clicked), so it is left out.
    """
    blocks = blocks_of(call)
    shown = [
        {**b, "elements": [{k: v for k, v in e.items() if k != "value"} for e in b["elements"]]} if b["type"] == "actions" else b
        for b in blocks
    ]
    return (call.params.get("text") or "") + json.dumps(shown, ensure_ascii=False)


def ask_command(text: str, response_path: str, fake_slack: Any) -> str:
    """The form body of ``/ask text`` whose response URL is ``response_path`` on the fake."""
    return urlencode({
        "token": "unused", "team_id": "T0001", "channel_id": unique("C"), "user_id": "UASKER",
        "command": "/ask", "text": text, "trigger_id": unique("1.2."),  # Slack's are unique per command
        "response_url": fake_slack.url + response_path, "api_app_id": "A0001",
    })
